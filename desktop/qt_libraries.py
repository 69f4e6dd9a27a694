"""Are the system libraries Qt's window plugins link to installed?  Which packages are not?

Qt loads its X11 platform plugin (``libqxcb.so``) when the QApplication is made.  When a
library that plugin links to is missing, Qt blames the wrong one (``xcb-cursor0``) and
aborts the process (exit 134, a core dump).  This module asks ``ldd`` instead — the
dynamic linker's own answer, 35 ms for the plugin here (50-100 ms on a busy machine) —
and names each missing library with the Debian package that holds it.  It never imports
Qt: it must run before Qt loads.

``tools/bootstrap.sh`` runs it as ``python -m desktop.qt_libraries`` after the setup and
installs what it names; ``desktop.ui.app.run`` calls :func:`check_window_libraries`
before it makes the QApplication, and PDF output (``desktop.output.pdf``), which needs
no screen, renders offscreen instead when :func:`missing_for_x11` names anything.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

from index.errors import CaseDeskError

PLUGIN = Path("platforms") / "libqxcb.so"
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
_SONAME = re.compile(r"^(?P<name>.+?)\.so\.(?P<version>[0-9][0-9.]*)$")
FIX_COMMAND = "bash tools/bootstrap.sh"


class MissingLibraries(CaseDeskError):
    """The window cannot start: system libraries Qt needs are not installed."""


@dataclass(frozen=True)
class Missing:
    """One library the dynamic linker could not find, and the package that should hold it."""

    library: str  # libxcb-icccm.so.4
    package: str  # libxcb-icccm4


def qt_folder() -> Path | None:
    """PySide6's ``Qt`` folder (its libraries and plugins), found without importing Qt."""
    spec = find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt"


def window_files(qt: Path) -> list[Path]:
    """Every file of Qt's window plugins for X11 and Wayland whose libraries must be there.

    The X11 plugin and its library, the OpenGL integrations it loads, and the Wayland
    plugin (a Wayland desktop's first choice).
    """
    plugins = qt / "plugins"
    files = [plugins / PLUGIN, qt / "lib" / "libQt6XcbQpa.so.6"]
    files += sorted((plugins / "xcbglintegrations").glob("*.so"))
    files += [plugins / "platforms" / "libqwayland.so", qt / "lib" / "libQt6WaylandClient.so.6"]
    return [f for f in files if f.exists()]


def platform_plugin(environ: Mapping[str, str], qt: Path | None) -> Path | None:
    """The ``libqxcb.so`` Qt will load: the first in ``QT_PLUGIN_PATH``, else PySide6's."""
    folders = [Path(p) for p in environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    if qt is not None:
        folders.append(qt / "plugins")
    return next((f / PLUGIN for f in folders if (f / PLUGIN).is_file()), None)


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """True when Qt will load its X11 plugin: a display, and no other platform chosen."""
    if not environ.get("DISPLAY"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    return not chosen or "xcb" in re.split(r"[;:]", chosen)


def missing_libraries(files: Iterable[Path]) -> tuple[str, ...]:
    """The libraries ``ldd`` reports "not found" for any of ``files``, sorted, each once.

    Empty when ``ldd`` itself is not there (it comes with the C library on every Debian).
    """
    ldd = shutil.which("ldd")
    if ldd is None:
        return ()
    found: set[str] = set()
    for path in files:
        done = subprocess.run([ldd, str(path)], capture_output=True, text=True, check=False)
        found.update(_NOT_FOUND.findall(done.stdout))
    return tuple(sorted(found))


def debian_package(library: str) -> str:
    """The Debian package of a shared library, by Debian's naming rule for them.

    The soname without ``.so.``, in lower case, and a hyphen before the version when the
    name ends in a digit: ``libxcb-icccm.so.4`` → ``libxcb-icccm4``,
    ``libxkbcommon-x11.so.0`` → ``libxkbcommon-x11-0``.  A few packages break the rule
    (``libglib-2.0.so.0`` is in ``libglib2.0-0``); the bootstrap already installs those.
    """
    match = _SONAME.match(library)
    if match is None:
        return library.lower()
    name, version = match["name"].lower(), match["version"]
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def missing(files: Iterable[Path]) -> list[Missing]:
    """Each library missing for ``files``, with its Debian package."""
    return [Missing(lib, debian_package(lib)) for lib in missing_libraries(files)]


def missing_for_x11(environ: Mapping[str, str] = os.environ) -> list[Missing]:
    """What Qt's X11 plugin lacks, when Qt is going to load it (see :func:`uses_xcb`)."""
    if not uses_xcb(environ):
        return []
    plugin = platform_plugin(environ, qt_folder())
    return missing([plugin]) if plugin is not None else []


def check_window_libraries(environ: Mapping[str, str] = os.environ) -> None:
    """Raise :class:`MissingLibraries` when Qt would abort loading its X11 plugin."""
    absent = missing_for_x11(environ)
    if absent:
        raise MissingLibraries(explain(absent))


def explain(absent: list[Missing]) -> str:
    """What is missing and how to fix it, in plain words."""
    libraries = ", ".join(m.library for m in absent)
    packages = " ".join(dict.fromkeys(m.package for m in absent))
    return (
        f"The window cannot start: the system libraries {libraries} are not installed "
        f"(Debian packages: {packages}). Run `{FIX_COMMAND}` in the CaseDesk folder, or "
        f"install them with: sudo apt-get install {packages}"
    )


def main() -> int:
    """``python -m desktop.qt_libraries``: the packages to install, one a line (exit 1), or 0.

    What is missing is said in plain words on standard error.
    """
    qt = qt_folder()
    if qt is None:
        print("PySide6 is not installed in this Python.", file=sys.stderr)
        return 2
    absent = missing(window_files(qt))
    for item in absent:
        print(
            f"Qt's window plugins need {item.library}, which is not installed "
            f"(Debian package {item.package}).",
            file=sys.stderr,
        )
        print(item.package)
    return 1 if absent else 0


if __name__ == "__main__":
    sys.exit(main())
