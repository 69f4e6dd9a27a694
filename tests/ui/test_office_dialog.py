"""File ▸ Office details…: typed, previewed, saved, seen again and by ``casedesk office``."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFileDialog, QPlainTextEdit

from desktop.ui.office_dialog import DIALOG_SIZE, OfficeDialog
from desktop.ui.screen_fit import fitted
from desktop.ui.session import Session
from tests.cli.conftest import casedesk_command
from tests.support.ui_cases import quiet_errors
from tests.ui.conftest import LAPTOP

NEW = {
    "name": "Riverside Legal Aid (test)",
    "phone": "+92 91 000 1234",
    "email": "desk@riverside.example",
    "signatory": "Farid Example",
    "signatory_title": "Head of Casework",
}
ADDRESS = "House 7, Street 3\nPeshawar"
ADDRESSEES = "Protection Unit\nUNHCR Sub-Office Peshawar\n\nIOM Pakistan\nIslamabad"


def open_dialog(qtbot, session: Session) -> OfficeDialog:
    dialog = OfficeDialog(session, quiet_errors(session))
    qtbot.addWidget(dialog, before_close_func=lambda w: w.close())
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    return dialog


@pytest.fixture
def dialog(qtbot, session: Session) -> OfficeDialog:
    """The dialog on the drafting archive, its details loaded."""
    shown = open_dialog(qtbot, session)
    yield shown
    shown.close()


def logo_png(path: Path) -> Path:
    picture = Image.new("RGB", (160, 60), "#1f3a5f")
    ImageDraw.Draw(picture).rectangle((10, 10, 50, 50), fill="#e8edf3")
    picture.save(path)
    return path


def _type(qtbot, dialog: OfficeDialog, key: str, text: str) -> None:
    box = dialog.inputs[key]
    if isinstance(box, QPlainTextEdit):
        box.clear()
    else:
        box.selectAll()
        qtbot.keyClick(box, Qt.Key.Key_Delete)
    qtbot.keyClicks(box, text.replace("\n", "\r") if isinstance(box, QPlainTextEdit) else text)


def test_office_details_round_trip_with_preview_logo_and_the_cli(
    qtbot, dialog: OfficeDialog, session: Session, tmp_path: Path, monkeypatch
) -> None:
    """GIVEN the office details dialog on an archive WHEN every detail is typed, a logo
    chosen and Letter paper picked THEN the letterhead preview follows the typing; AND WHEN
    saved and the dialog opened again THEN it shows them all and the logo; the logo is a copy
    inside the archive; and casedesk office --json (the real command) shows the same values."""
    assert dialog.inputs["name"].text() == "Hillside Refugee Law Clinic (test)"
    for key, text in NEW.items():
        _type(qtbot, dialog, key, text)
    _type(qtbot, dialog, "address", ADDRESS)
    _type(qtbot, dialog, "addressees", ADDRESSEES)
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(logo_png(tmp_path / "l.png")), "")
    )
    with qtbot.waitSignal(dialog.preview_shown, timeout=5000) as shown:
        qtbot.mouseClick(dialog.choose_logo, Qt.MouseButton.LeftButton)
    assert "Riverside Legal Aid (test)" in shown.args[0] and "<img" in shown.args[0]
    assert "Peshawar" in dialog.preview.toPlainText() and "+92 91 000 1234" in shown.args[0]
    assert dialog.logo_name.text() == "l.png"
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = saved.args[0]
    assert stored.logo == "office/logo.png"
    assert (session.root / "office" / "logo.png").read_bytes() == (tmp_path / "l.png").read_bytes()

    again = open_dialog(qtbot, session)
    assert {k: again.inputs[k].text() for k in NEW} == NEW
    assert again.inputs["address"].toPlainText() == ADDRESS
    assert again.inputs["addressees"].toPlainText() == ADDRESSEES
    assert again.paper.currentData() == "letter" and again.logo_name.text() == "logo.png"
    again.close()

    env = {**os.environ, "CASEDESK_ARCHIVE": str(session.root)}
    shown_by_cli = subprocess.run(
        [*casedesk_command(), "office", "--json"], capture_output=True, text=True, env=env,
        timeout=120, check=True,
    )  # fmt: skip
    office = json.loads(shown_by_cli.stdout)
    assert {k: office[k] for k in NEW} == NEW
    assert (office["address"], office["addressees"], office["paper"], office["logo"]) == (
        ADDRESS, ADDRESSEES, "letter", "office/logo.png",
    )  # fmt: skip


def test_a_picture_that_is_not_one_is_refused_in_plain_words(
    qtbot, dialog: OfficeDialog, tmp_path: Path
) -> None:
    """GIVEN a "logo" that is a text file WHEN it is chosen and Save pressed
    THEN the dialog says it is not a PNG or JPEG picture and stays open; nothing is stored."""
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture")
    dialog.set_logo(fake)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=10_000)
    assert "not a PNG or JPEG picture" in dialog.problem.text()
    assert dialog.isVisible() and not (dialog.session.root / "office").exists()
    assert dialog.errors.shown == []


def test_the_dialog_fits_a_laptop_screen(dialog: OfficeDialog, tmp_path: Path) -> None:
    """GIVEN a 1366×768 laptop WHEN the dialog is laid out THEN its size fits the screen's
    free area and every field has room (a picture of it is kept for a look)."""
    assert fitted(DIALOG_SIZE, LAPTOP) == DIALOG_SIZE
    assert dialog.minimumSizeHint().boundedTo(QSize(1366, 740)) == dialog.minimumSizeHint()
    dialog.resize(DIALOG_SIZE)
    dialog.grab().save(str(tmp_path / "office-dialog.png"))
    assert all(box.width() > 150 for box in dialog.inputs.values())
