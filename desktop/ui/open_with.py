"""Files opened *with* CaseDesk (from the file manager, or ``casedesk FILE...``).

The window asks first — "Add these 3 files to the archive?" with their names — and on
**Add** adds them with its usual background ingest (``MainWindow.add``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.tr import translate

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
        return (
            translate("OpenWith", "Add this folder to the archive?")
            if folders
            else translate("OpenWith", "Add this file to the archive?")
        )
    if folders:
        question = translate("OpenWith", "Add these {count} files and folders to the archive?")
    else:
        question = translate("OpenWith", "Add these {count} files to the archive?")
    return question.format(count=len(paths))


def names(paths: list[Path]) -> str:
    """The names, one a line; past :data:`SHOWN_NAMES`, how many more."""
    shown = [f"{_LRM}{_LRI}{p.name or p}{_PDI}" for p in paths[:SHOWN_NAMES]]
    if len(paths) > SHOWN_NAMES:
        shown.append(
            translate("OpenWith", "… and {count} more").format(count=len(paths) - SHOWN_NAMES)
        )
    return "\n".join(shown)


def ask_to_add(window: QWidget, paths: list[Path]) -> QMessageBox:
    """Ask whether to add ``paths``; **Add** calls ``window.add(paths)``.

    The question is window-modal and does not block the caller (tests find it by its
    object name, :data:`QUESTION_NAME`).
    """
    box = QMessageBox(
        QMessageBox.Icon.Question, translate("OpenWith", "CaseDesk"), question(paths), parent=window
    )
    box.setObjectName(QUESTION_NAME)
    box.setInformativeText(names(paths))
    add = box.addButton(translate("OpenWith", "Add"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(add)
    box.finished.connect(lambda _result: _answered(window, box, add, paths))
    box.open()
    return box


def _answered(window: QWidget, box: QMessageBox, add: object, paths: list[Path]) -> None:
    box.deleteLater()
    if box.clickedButton() is add:
        window.add(paths)  # type: ignore[attr-defined]
