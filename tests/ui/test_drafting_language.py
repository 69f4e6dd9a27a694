"""The Drafting view shows a template's own words (title, description, field labels and
help) in the window's language, falling back to English; the letter keeps its own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui import language
from desktop.ui.drafting_view import DraftingDialog
from desktop.ui.session import Session
from tests.support.drafting import CASE_ID
from tests.support.ui_cases import quiet_errors

REFERRAL = "resettlement-referral"
# An office's own template with English words only.
PLAIN = """{#
title = "Hearing letter"
kind = "letter"
description = "Tells the court who represents the applicant."

[fields.court]
label = "Court or office"
help = "As on the summons."
#}
<p>{{ court }} {{ case.id }}</p>
"""


@pytest.fixture
def interface(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    """The application in the language of the test's parameter, English again after."""
    installed = language.apply(qapp, request.param)
    yield request.param
    language.withdraw(qapp, installed)


def _dialog(qtbot, session: Session, template: str) -> DraftingDialog:
    shown = DraftingDialog(session, quiet_errors(session), CASE_ID, [], template=template)
    qtbot.addWidget(shown, before_close_func=lambda w: w.close())
    with qtbot.waitSignal(shown.preview_shown, timeout=10_000) as first:
        shown.show()
    shown.setProperty("first_preview", first.args[0])
    return shown


def _listed(dialog: DraftingDialog) -> dict[str, tuple[str, str]]:
    """Each template listed: its name -> (title shown, description as tooltip)."""
    box = dialog.templates.list
    return {
        box.itemData(i): (box.itemText(i), box.itemData(i, Qt.ItemDataRole.ToolTipRole))
        for i in range(box.count())
    }


@pytest.fixture
def own_template(archive: tuple[Path, dict[str, int]]) -> Path:
    """The archive's own English-only template."""
    folder = archive[0] / "templates"
    folder.mkdir(exist_ok=True)
    (folder / "hearing-letter.html").write_text(PLAIN, encoding="utf-8")
    return folder


@pytest.mark.parametrize("interface", ["ps"], indirect=True)
def test_in_pashto_the_form_shows_the_templates_pashto_words(
    qtbot, interface: str, session: Session, own_template: Path
) -> None:
    """GIVEN the window in Pashto WHEN the Drafting dialog opens on the referral
    THEN the list shows the referral's Pashto title and description, the form its Pashto
    labels and help; an office's template with no translations is listed in English."""
    dialog = _dialog(qtbot, session, REFERRAL)
    listed = _listed(dialog)
    assert listed[REFERRAL] == (
        "د بیا مېشتېدنې لپاره د راجع کولو لیک",
        "اصلي غوښتونکی او د هغه کورنۍ د دلیلونو او ملاتړي اسنادو سره د بیا مېشتېدنې یوه پروګرام ته راجع کوي.",
    )
    assert dialog.templates.current_title() == "د بیا مېشتېدنې لپاره د راجع کولو لیک"
    assert listed["hearing-letter"] == (
        "Hearing letter", "Tells the court who represents the applicant."
    )  # fmt: skip
    form = dialog.fields
    assert "د بیا مېشتېدنې دلیلونه (پېژندنه او ګواښ)" in form.labels["grounds"].text()
    assert form.labels["salutation"].text() == "سلام او خطاب"
    assert form.inputs["situation_in_pakistan"].toolTip() == (
        "قانوني حالت، اسناد، د نیول کېدو یا اېستل کېدو ګواښ."
    )
    assert form.inputs["grounds"].accessibleName() == "د بیا مېشتېدنې دلیلونه (پېژندنه او ګواښ)"
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        dialog.templates.choose("hearing-letter")
    assert "Court or office" in dialog.fields.labels["court"].text()
    assert dialog.fields.inputs["court"].toolTip() == "As on the summons."


def test_in_english_the_form_shows_the_english_words(qtbot, session: Session) -> None:
    """GIVEN the window in English WHEN the Drafting dialog opens on the referral
    THEN the title, labels and help are the English ones, and the Pashto letter is listed
    by its English title."""
    dialog = _dialog(qtbot, session, REFERRAL)
    listed = _listed(dialog)
    assert listed[REFERRAL][0] == "Resettlement referral letter"
    assert listed["resettlement-referral-pashto"][0] == "Resettlement referral letter in Pashto"
    assert "Grounds for resettlement (profile and risk)" in dialog.fields.labels["grounds"].text()
    assert dialog.fields.labels["salutation"].text() == "Salutation"


@pytest.mark.parametrize("interface", ["fa_AF"], indirect=True)
def test_a_pashto_letter_keeps_its_own_words_in_a_dari_window(
    qtbot, interface: str, session: Session
) -> None:
    """GIVEN the window in Dari WHEN the Pashto referral is chosen THEN its form is labelled
    in Dari, but its preview is the letter in Pashto: Pashto months and "ټیلیفون"."""
    dialog = _dialog(qtbot, session, "resettlement-referral-pashto")
    assert dialog.templates.current_title() == "مکتوب ارجاع برای اسکان مجدد به پشتو"
    assert dialog.fields.labels["salutation"].text() == "عنوان و سلام"
    html = dialog.property("first_preview")
    assert "لمریز" in html and "ټیلیفون:" in html and "هـ ش" not in html
