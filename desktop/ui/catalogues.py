"""The interface's translations: ``resources/i18n/casedesk_<code>.ts`` compiled to ``.qm``,
and our catalogue of Qt's own words for a language Qt has none of (``qtbase_ps.ts``).

The ``.ts`` sources are in the repository (docs/TRANSLATIONS.md); the binary ``.qm`` are
not: they are compiled on first use, and again whenever the source is newer, into the
user's cache folder by ``lrelease`` - the one PySide6's wheel carries, so it is there in
every installation that can show the window.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import PySide6
from platformdirs import user_cache_path

from index.errors import CaseDeskError

SOURCES = Path(__file__).resolve().parents[2] / "resources" / "i18n"


class CatalogueError(CaseDeskError):
    """A translation could not be compiled: the window falls back to English."""


def source(code: str) -> Path:
    """The ``.ts`` source of the language ``code``."""
    return SOURCES / f"casedesk_{code}.ts"


def cache_folder() -> Path:
    """Where compiled catalogues are kept (the user's cache, never the archive)."""
    return user_cache_path("CaseDesk", appauthor=False) / "i18n"


def compiled_catalogue(code: str, cache: Path | None = None) -> Path:
    """The ``.qm`` of ``code``, compiled from its ``.ts`` now if it is missing or older."""
    return compiled(f"casedesk_{code}", cache)


def compiled(name: str, cache: Path | None = None) -> Path:
    """The ``.qm`` of the catalogue ``resources/i18n/<name>.ts``, compiled now if it is
    missing or older than its source."""
    ts = SOURCES / f"{name}.ts"
    qm = (cache or cache_folder()) / f"{name}.qm"
    if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    qm.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [lrelease(), "-silent", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0 or not qm.is_file():
        raise CatalogueError(
            f"The translation {ts.name} could not be prepared; the window stays in English."
        )
    return qm


def lrelease() -> str:
    """Qt's ``lrelease``: the one in PySide6's wheel, else ``pyside6-lrelease`` or
    ``lrelease`` on the PATH."""
    bundled = Path(PySide6.__file__).parent / "lrelease"
    if bundled.is_file():
        return str(bundled)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise CatalogueError("Qt's lrelease is missing; the window stays in English.")
    return found
