"""CaseDesk in the desktop's application menu and its "Open with" list: the menu entry and icon.

Written for the user who runs it (freedesktop.org's places, under ``$XDG_DATA_HOME``,
by default ``~/.local/share``): ``applications/casedesk.desktop``, which starts
``<this .venv>/bin/casedesk gui`` with the files chosen in the file manager, and
``icons/hicolor/scalable/apps/casedesk.svg``.  The entry lists the MIME types of every
format CaseDesk reads (:func:`index.extract.registry.mime_types`), so "Open with" offers
CaseDesk for them without making it the default program for any.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

from index.errors import UsageError
from index.extract.registry import mime_types

APP_ID = "casedesk"
ICON_SOURCE = Path(__file__).resolve().parents[1] / "resources" / "icons" / "casedesk.svg"
# Characters the Desktop Entry Specification reserves in an Exec argument: such an
# argument goes in double quotes, inside which these four take a backslash.
_RESERVED = frozenset(" \t\"'\\><~|&;$*?#()`")
_QUOTED_ESCAPES = frozenset('"`$\\')


@dataclass(frozen=True)
class EntryFiles:
    """Where the menu entry and its icon are (or would be) for this user."""

    entry: Path
    icon: Path


def entry_files() -> EntryFiles:
    """The menu entry's and icon's paths under ``$XDG_DATA_HOME`` (``~/.local/share``)."""
    data = user_data_path()
    return EntryFiles(
        entry=data / "applications" / f"{APP_ID}.desktop",
        icon=data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    )


def casedesk_command() -> list[str]:
    """The command that starts CaseDesk from this environment, as absolute paths."""
    python = Path(sys.executable).absolute()  # not resolved: the venv's own python
    script = python.with_name("casedesk")
    if script.exists():
        return [str(script)]
    return [str(python), "-m", "desktop.cli.main"]


def exec_argument(argument: str) -> str:
    """One argument of an ``Exec=`` line, quoted and escaped as the specification says."""
    if "\n" in argument:
        raise UsageError(
            "CaseDesk cannot be put in the menu from a folder whose name has a line break."
        )
    argument = argument.replace("%", "%%")
    if any(char in _RESERVED for char in argument):
        inner = "".join(f"\\{c}" if c in _QUOTED_ESCAPES else c for c in argument)
        argument = f'"{inner}"'
    return argument.replace("\\", "\\\\")  # the key file's own escaping of every value


def entry_text(command: list[str]) -> str:
    """The ``.desktop`` file that starts ``command gui`` with the files it is given."""
    exec_line = " ".join(exec_argument(a) for a in command)
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=CaseDesk",
        "GenericName=Case document archive",
        "Comment=Search the office's case files, draft letters and build briefing packets",
        f"Exec={exec_line} gui %F",
        f"TryExec={command[0].replace(chr(92), chr(92) * 2)}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "Categories=Office;",
        f"MimeType={''.join(f'{t};' for t in mime_types())}",
        "Keywords=documents;cases;search;archive;refugee;legal aid;",
        "StartupNotify=true",
        "StartupWMClass=CaseDesk",  # the class Qt gives the window: the application name
    ]
    return "\n".join(lines) + "\n"


def install() -> EntryFiles:
    """Write the menu entry and icon for this user (again, if they changed) and refresh."""
    files = entry_files()
    _write(files.icon, ICON_SOURCE.read_bytes())
    _write(files.entry, entry_text(casedesk_command()).encode("utf-8"))
    _refresh(files.entry.parent)
    return files


def remove() -> list[Path]:
    """Remove the menu entry and icon; returns the files that were there."""
    files = entry_files()
    removed = [p for p in (files.entry, files.icon) if p.exists()]
    for path in removed:
        path.unlink()
    _refresh(files.entry.parent)
    return removed


def _write(path: Path, data: bytes) -> None:
    if path.exists() and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.new")
    temporary.write_bytes(data)
    temporary.replace(path)  # the menu never sees half an entry


def _refresh(applications: Path) -> None:
    """Tell the desktop the menu changed, with its tools when they are installed.

    ``update-desktop-database`` rebuilds the MIME cache "Open with" reads; without it
    desktops still find the entry, only later.  A failure here never fails the setup.
    """
    for command in (
        ["update-desktop-database", "-q", str(applications)],
        ["xdg-desktop-menu", "forceupdate"],
    ):
        if applications.is_dir() and shutil.which(command[0]):
            # The entry is written either way; the desktop notices it by itself.
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                subprocess.run(command, capture_output=True, timeout=60, check=False)
