"""Translations read straight from the ``.ts`` catalogues, without Qt (for the command line).

The window compiles ``resources/i18n/casedesk_<code>.ts`` to ``.qm`` for Qt; the command
line must start without Qt, so it reads the same XML with :mod:`xml.etree` - only when the
language is not English, on the first lookup - and keeps what it read as JSON in the
user's cache (``~/.cache/CaseDesk/i18n/casedesk_<code>.json``, read again until the
``.ts`` is newer): parsing the XML costs about 40 ms a run, the JSON about 1 ms.
Unfinished and empty translations are left out, as ``lrelease`` leaves them out.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[1] / "resources" / "i18n"


def source(code: str) -> Path:
    """The ``.ts`` catalogue of the language ``code``."""
    return SOURCES / f"casedesk_{code}.ts"


def cache_file(code: str) -> Path:
    """Where the translations of ``code`` read from its ``.ts`` are kept as JSON."""
    from platformdirs import user_cache_path  # only for Dari and Pashto: English needs none

    return user_cache_path("CaseDesk", appauthor=False) / "i18n" / f"casedesk_{code}.json"


@cache
def catalogue(code: str) -> dict[tuple[str, str], str]:
    """Every finished translation of ``code``: (context, English text) -> translated text."""
    path, kept = source(code), cache_file(code)
    if not path.is_file():
        return {}
    import json  # English reads no catalogue: a command in English does not pay for it

    try:
        if kept.stat().st_mtime >= path.stat().st_mtime:
            return {(c, t): w for c, t, w in json.loads(kept.read_text(encoding="utf-8"))}
    except (OSError, ValueError):
        pass  # not kept yet, or damaged: read the .ts
    found = read_ts(path)
    _keep(found, kept)
    return found


def _keep(found: dict[tuple[str, str], str], kept: Path) -> None:
    """Write ``found`` to ``kept`` whole or not at all (a full or read-only cache is fine)."""
    import json

    partial = kept.with_name(f"{kept.name}.{os.getpid()}.tmp")
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(
            json.dumps([[c, t, w] for (c, t), w in found.items()], ensure_ascii=False),
            encoding="utf-8",
        )
        partial.replace(kept)
    except OSError:
        partial.unlink(missing_ok=True)


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """The finished translations in the ``.ts`` file ``path``."""
    from xml.etree import ElementTree

    found: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            if translation.text:
                found[(name, message.findtext("source", ""))] = translation.text
    return found


def lookup(code: str, context: str, text: str) -> str:
    """``text`` translated into ``code`` (``text`` itself in English or when not translated)."""
    if code == "en":
        return text
    return catalogue(code).get((context, text), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate finds
    """Mark ``text`` for the catalogues where it is defined; translate it where it is shown."""
    del context
    return text
