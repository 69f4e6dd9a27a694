"""Quitting (Ctrl+Q, or closing the window) never throws away unsaved work without asking."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit

from desktop.ui.drafting_view import DraftingDialog
from desktop.ui.main_window import MainWindow
from index.archive import Archive
from tests.ui.conftest import shown_window

NEW_CASE = "AFG-2025-00777"
Button = QMessageBox.StandardButton


def answer_next_question(button: Button, asked: list[str]) -> None:
    """Click ``button`` on the next question the window asks (noting its text in ``asked``)."""

    def click() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        shown = [box for box in boxes if box.isVisible()]
        if shown:
            asked.append(shown[0].text())
            shown[0].button(button).click()
        else:
            QTimer.singleShot(20, click)

    QTimer.singleShot(0, click)


def quit_with_keys(qtbot, window: MainWindow) -> None:
    """Press the Quit shortcut (Ctrl+Q) in the window."""
    window.activateWindow()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


def _close_without_questions(window: MainWindow) -> None:
    """Close the window at the end of a test, whatever it left unsaved (nobody would answer)."""
    window.case_work.cases.dirty = False
    for dialog in window.findChildren(DraftingDialog):
        dialog.unsaved = False
    window.close()


@pytest.fixture
def window(qtbot, archive_root: Path) -> Iterator[MainWindow]:
    """The main window on the desk archive, closed at the end without asking about what the
    test left unsaved."""
    yield from shown_window(qtbot, archive_root, _close_without_questions)


def start_a_case(qtbot, window: MainWindow) -> None:
    """New case…, its number and principal typed, not saved."""
    window.case_work.new_case()
    editor = window.case_work.cases.editor
    qtbot.keyClicks(editor.case_id, NEW_CASE)
    qtbot.mouseClick(editor.people.add_button, Qt.MouseButton.LeftButton)
    editor.people.set_text(0, "name", "Gulalai Example")
    assert window.case_work.cases.dirty


def stored_case(root: Path):
    """The new case as the archive holds it (None if it was not saved)."""
    with Archive.open(root, write=False) as archive:
        return archive.cases.get(NEW_CASE)


def test_quit_asks_about_an_unsaved_case_and_cancel_keeps_the_window(
    qtbot, window: MainWindow
) -> None:
    """GIVEN a new case typed but not saved WHEN Ctrl+Q is pressed THEN the window asks
    (Save / Discard / Cancel) naming no person; WHEN Cancel THEN it stays open with the typing."""
    start_a_case(qtbot, window)
    asked: list[str] = []
    answer_next_question(Button.Cancel, asked)
    quit_with_keys(qtbot, window)
    qtbot.waitUntil(lambda: asked != [], timeout=5000)
    assert "not saved" in asked[0] and "Gulalai" not in asked[0]
    assert window.isVisible() and window.case_work.cases.dirty
    assert window.case_work.cases.editor.case_id.text() == NEW_CASE


def test_quit_then_save_keeps_the_case_and_closes(qtbot, window: MainWindow) -> None:
    """GIVEN the unsaved new case WHEN the window is closed and Save chosen THEN the case is
    saved in the archive and then the window closes."""
    start_a_case(qtbot, window)
    asked: list[str] = []
    answer_next_question(Button.Save, asked)
    with qtbot.waitSignal(window.closed, timeout=15_000):
        window.close()
    assert asked and stored_case(window.session.root).people[0].name == "Gulalai Example"


def test_quit_then_discard_closes_without_saving(qtbot, window: MainWindow) -> None:
    """GIVEN the unsaved new case WHEN Ctrl+Q is pressed and Discard chosen THEN the window
    closes and the archive has no such case."""
    start_a_case(qtbot, window)
    asked: list[str] = []
    answer_next_question(Button.Discard, asked)
    with qtbot.waitSignal(window.closed, timeout=15_000):
        quit_with_keys(qtbot, window)
    assert asked and stored_case(window.session.root) is None


def test_quit_asks_about_an_unsaved_draft(qtbot, window: MainWindow) -> None:
    """GIVEN a draft with typing not saved WHEN the window is closed THEN the draft asks first;
    WHEN the volunteer keeps it THEN neither the draft nor the window closes."""
    window.case_work.open_drafting("AFG-2024-00137", [])
    (dialog,) = window.findChildren(DraftingDialog)
    qtbot.waitUntil(
        lambda: dialog.fields is not None and bool(dialog.fields.inputs), timeout=15_000
    )
    dialog.quiet = False  # the test window's errors are quiet, and so would its question be
    typed = next(
        w for w in dialog.fields.inputs.values() if isinstance(w, QLineEdit | QPlainTextEdit)
    )
    qtbot.keyClicks(typed, " typed by the volunteer")
    assert dialog.unsaved
    asked: list[str] = []
    answer_next_question(Button.Cancel, asked)
    window.close()
    qtbot.waitUntil(lambda: asked != [], timeout=5000)
    assert "not been saved" in asked[0]
    assert window.isVisible() and dialog.isVisible()
