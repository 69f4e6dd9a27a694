"""Files opened *with* CaseDesk (from the file manager, or ``casedesk FILE...``).

The window asks first — "Add these 3 files to the archive?" with their names — and on
**Add** adds them with its usual background ingest (``MainWindow.add``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

QUESTION_NAME = "add-files-question"
SHOWN_NAMES = 12  # more would push the buttons off a small screen
# Each name after a LEFT-TO-RIGHT MARK, between LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL
# ISOLATE: a Dari or Pashto name keeps its words right to left, but its line stays a
# left-aligned list entry with ".pdf" at its end, as the file manager shows it (Qt takes
# a line's direction from its first strong letter, isolates or not: hence the mark).
_LRM, _LRI, _PDI = "\u200e", "\u2066", "\u2069"


def question(paths: list[Path]) -> str:
    """ "Add this file…", "Add these 3 files…", or "… files and folders…"."""
    folders = sum(p.is_dir() for p in paths)
    if len(paths) == 1:
        return f"Add this {'folder' if folders else 'file'} to the archive?"
    what = "files and folders" if folders else "files"
    return f"Add these {len(paths)} {what} to the archive?"


def names(paths: list[Path]) -> str:
    """The names, one a line; past :data:`SHOWN_NAMES`, how many more."""
    shown = [f"{_LRM}{_LRI}{p.name or p}{_PDI}" for p in paths[:SHOWN_NAMES]]
    if len(paths) > SHOWN_NAMES:
        shown.append(f"… and {len(paths) - SHOWN_NAMES} more")
    return "\n".join(shown)


def ask_to_add(window: QWidget, paths: list[Path]) -> QMessageBox:
    """Ask whether to add ``paths``; **Add** calls ``window.add(paths)``.

    The question is window-modal and does not block the caller (tests find it by its
    object name, :data:`QUESTION_NAME`).
    """
    box = QMessageBox(QMessageBox.Icon.Question, "CaseDesk", question(paths), parent=window)
    box.setObjectName(QUESTION_NAME)
    box.setInformativeText(names(paths))
    add = box.addButton("Add", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(add)
    box.finished.connect(lambda _result: _answered(window, box, add, paths))
    box.open()
    return box


def _answered(window: QWidget, box: QMessageBox, add: object, paths: list[Path]) -> None:
    box.deleteLater()
    if box.clickedButton() is add:
        window.add(paths)  # type: ignore[attr-defined]
