"""Qt's own words in Pashto and Dari: the file dialog, message boxes, the text fields'
menus."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)

from desktop.ui import catalogues, language
from tests.support.untranslated import is_english, untranslated

Button = QMessageBox.StandardButton
OURS = ("qtbase_ps", "qtbase_fa_AF")


@pytest.fixture
def pashto(qapp: QApplication) -> Iterator[str]:
    """The application in Pashto, back to English after the test."""
    installed = language.apply(qapp, language.PASHTO)
    yield language.PASHTO
    language.withdraw(qapp, installed)


@pytest.fixture(params=[language.PASHTO, language.DARI])
def right_to_left(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """The application in Pashto, then in Dari, back to English after the test."""
    installed = language.apply(qapp, request.param)
    yield request.param
    language.withdraw(qapp, installed)


def _actions_in_english(widget) -> list[str]:
    texts = [action.text().split("\t")[0] for action in widget.findChildren(QAction)]
    return [text for text in texts if text and is_english(text)]


@pytest.mark.parametrize("mode", ["open", "save", "folder"])
def test_the_file_dialog_speaks_pashto_and_dari(
    qtbot, right_to_left: str, tmp_path: Path, mode: str
) -> None:
    """GIVEN the window in Pashto (then Dari) WHEN Qt's own file dialog opens (the one it
    shows when no desktop provides a native one, as under Xvfb), to open, to save or to
    choose a folder THEN its labels, buttons, tool tips, column headings and the actions
    of its menus are translated (in Pashto all were English: Qt ships no Pashto
    catalogue; in Dari "&Look in:" and "Files of &type:", missing from Qt's Persian)."""
    dialog = QFileDialog(None, "سند پرانیستل", str(tmp_path), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    elif mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert len(labels) >= 2  # "Look in:", "File name:"… were looked at
    assert untranslated(dialog) == []
    assert _actions_in_english(dialog) == []


def test_a_message_box_and_a_fields_menu_speak_pashto(qtbot, pashto: str) -> None:
    """GIVEN the window in Pashto WHEN a question with every usual button and its details
    opens, and a text field's own menu THEN no button or menu entry is in English."""
    buttons = Button.Ok | Button.Cancel | Button.Yes | Button.No | Button.Save | Button.Discard
    box = QMessageBox(QMessageBox.Icon.Question, "پوښتنه", "دوام ورکړو؟", buttons)
    box.setDetailedText("تفصیلات")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert untranslated(box) == []
    assert len(box.buttons()) == 7  # six asked for, and "Show Details..."
    for field in (QLineEdit(), QPlainTextEdit()):
        qtbot.addWidget(field)
        menu = field.createStandardContextMenu()
        # The words before the tab; after it the shortcut, in the keyboard's own letters.
        texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
        assert texts and [text for text in texts if is_english(text)] == []
        menu.deleteLater()


@pytest.mark.parametrize("name", OURS)
def test_our_catalogues_of_qts_words_are_finished_and_compile(tmp_path: Path, name: str) -> None:
    """GIVEN resources/i18n/qtbase_ps.ts and qtbase_fa_AF.ts WHEN compiled THEN every
    message has a translation that keeps its placeholders and its accelerator, and the
    .qm is made."""
    text = (catalogues.SOURCES / f"{name}.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    for source, translation in re.findall(
        r"<source>(.*?)</source>.*?<translation>(.*?)</translation>", text, re.S
    ):
        assert translation.strip(), source
        assert re.findall(r"%\d", source) == re.findall(r"%\d", translation), source
        assert ("&amp;" in source) == ("&amp;" in translation), source
    assert catalogues.compiled(name, tmp_path).stat().st_size > 0
