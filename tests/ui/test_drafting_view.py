"""The Drafting dialog on a real archive: template, form, live preview, save, print."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.drafting.citations import CitationRequest
from desktop.ui.drafting_jobs import case_of_hits, citations_from_hits
from desktop.ui.drafting_view import DIALOG_SIZE, DraftingDialog
from desktop.ui.screen_fit import fitted
from desktop.ui.session import Session
from desktop.ui.text_direction import ParagraphsEdit
from index.archive import Archive
from index.search import Hit
from tests.support.drafting import CASE_ID, SECRET_LOCATION, SECRET_PASSPORT
from tests.support.redaction import every_trace, traces_of_secrets
from tests.support.ui_cases import OTHER_CASE, quiet_errors
from tests.ui.conftest import LAPTOP, in_view

REFERRAL = "resettlement-referral"
GROUNDS_LABEL = "Grounds for resettlement (profile and risk)"
GROUNDS = "She presented a radio programme on girls' education in Herat."


@pytest.fixture
def dialog(qtbot, session: Session, archive: tuple[Path, dict[str, int]]) -> DraftingDialog:
    """The dialog for the case, citing the radio station's letter, on the referral letter;
    shown once its form and first preview are there."""
    shown = DraftingDialog(
        session, quiet_errors(session), CASE_ID, [archive[1]["radio-letter.pdf"]], template=REFERRAL
    )
    qtbot.addWidget(shown, before_close_func=lambda w: w.close())
    with qtbot.waitSignal(shown.preview_shown, timeout=10_000):
        shown.show()
    yield shown
    shown.close()


def _text(path: Path) -> str:
    """The PDF's text as a person reads it: NFKC, words separated by single spaces."""
    pages = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", pages).split())


def _type_grounds(qtbot, dialog: DraftingDialog) -> None:
    box = dialog.fields.inputs["grounds"]
    assert isinstance(box, ParagraphsEdit)
    with qtbot.waitSignal(dialog.preview_shown, timeout=5000):
        qtbot.keyClicks(box, GROUNDS)


def _no_file_dialog(*_args: object, **_kw: object) -> tuple[str, str]:
    raise AssertionError("the file dialog must not open for a draft that is refused")


def test_the_form_is_generated_prefilled_and_marks_what_is_missing(dialog: DraftingDialog) -> None:
    """GIVEN the referral letter for the case WHEN the dialog opens THEN every template is
    listed, the form has the template's fields (multiline as a text box, choice as a
    drop-down), prefilled from the case, and the empty required field's label is marked."""
    assert dialog.templates.names()[0:1] and REFERRAL in dialog.templates.names()
    assert dialog.templates.current_title() == "Resettlement referral letter"
    form = dialog.fields
    assert form.values()["programme"] == "UNHCR resettlement submission"
    assert form.values()["salutation"] == "Dear Sir or Madam,"
    assert type(form.inputs["addressee"]).__name__ == "ParagraphsEdit"
    assert type(form.inputs["programme"]).__name__ == "QComboBox"
    assert form.missing == {"grounds"}
    label = form.labels["grounds"]
    assert "<b>" in label.text() and "required" in label.text() and label.toolTip()
    assert "<b>" not in form.labels["salutation"].text()
    assert f"[{GROUNDS_LABEL}]" in dialog.preview.toPlainText()
    assert "Radio station employment letter" in dialog.cited.list.item(0).text()


def test_typing_a_field_updates_the_preview(qtbot, dialog: DraftingDialog) -> None:
    """GIVEN the preview WHEN the grounds are typed THEN after the pause the preview shows
    them and the field is no longer marked missing."""
    _type_grounds(qtbot, dialog)
    qtbot.waitUntil(lambda: GROUNDS in dialog.preview.toPlainText(), timeout=5000)
    assert f"[{GROUNDS_LABEL}]" not in dialog.preview.toPlainText()
    assert dialog.fields.missing == set()
    assert "Shabnam Rahimi" in dialog.preview.toPlainText()


def test_save_as_pdf_writes_the_file_and_keeps_it_in_the_archive(
    qtbot, dialog: DraftingDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN the letter filled in WHEN Save as PDF… is chosen and a file named THEN the PDF
    is written there with the case number and the applicant's name, the same draft is in
    the archive's outputs/, indexed as a letter linked to the case, and the dialog says where."""
    target = tmp_path / "out" / "referral.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _type_grounds(qtbot, dialog)
    with qtbot.waitSignal(dialog.saved, timeout=30_000) as saved:
        qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    kept = saved.args[0]
    text = _text(target)
    assert CASE_ID in text and "Shabnam Rahimi" in text and GROUNDS[:30] in text
    in_archive = kept.saved.output.path
    assert in_archive.parent == dialog.session.root / "outputs"
    assert in_archive.read_bytes() == target.read_bytes()
    with Archive.open(dialog.session.root, write=False) as archive:
        linked = {d.id: d for d, _how in archive.cases.documents(CASE_ID)}
        audit = archive.catalog.conn.execute("SELECT action, detail FROM audit").fetchall()
    assert linked[kept.saved.output.document_id].kind == "letter"
    assert [a for a, _d in audit][-2:] == ["drafted", "exported"]
    assert json.loads(audit[-1][1])["output"] == kept.saved.output.id
    assert str(target) in dialog.status.text() and "Kept in the archive" in dialog.status.text()
    assert dialog.errors.shown == []


def test_a_missing_required_field_refuses_the_save(
    qtbot, dialog: DraftingDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN the grounds left empty WHEN Save as PDF… is clicked THEN nothing is asked or
    saved and the dialog lists the missing field by its label."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", _no_file_dialog)
    with qtbot.waitSignal(dialog.refused, timeout=5000) as refused:
        qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert refused.args[0] == [GROUNDS_LABEL]
    assert GROUNDS_LABEL in dialog.problem.text() and "Nothing was saved" in dialog.problem.text()
    assert list((dialog.session.root / "outputs").glob("*")) == []
    assert dialog.errors.shown == []


def test_print_paints_the_pages_on_the_printer(
    qtbot, dialog: DraftingDialog, tmp_path: Path
) -> None:
    """GIVEN the letter filled in WHEN it is printed on a printer writing PDF THEN the pages
    carry the letter and the "Page i of n" footer, and the audit log notes the printing."""
    _type_grounds(qtbot, dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(dialog.printed, timeout=10_000) as printed:
        dialog.print_to(printer)
    text = _text(tmp_path / "printed.pdf")
    assert CASE_ID in text and "Shabnam Rahimi" in text
    assert f"Page 1 of {printed.args[0]}" in text

    def last_audit() -> tuple[str, str]:
        with Archive.open(dialog.session.root, write=False) as archive:
            return archive.catalog.conn.execute(
                "SELECT action, detail FROM audit ORDER BY id DESC LIMIT 1"
            ).fetchone()

    qtbot.waitUntil(lambda: last_audit()[0] == "printed", timeout=10_000)
    assert json.loads(last_audit()[1]) == {
        "case": CASE_ID,
        "template": REFERRAL,
        "pages": printed.args[0],
    }


def test_confidential_information_only_when_chosen(qtbot, dialog: DraftingDialog) -> None:
    """GIVEN a case whose location and passport are confidential WHEN the preview shows
    THEN they are not in it, until "include confidential" is ticked."""
    assert SECRET_LOCATION not in dialog.preview.toPlainText()
    with qtbot.waitSignal(dialog.preview_shown, timeout=5000):
        dialog.confidential.setChecked(True)
    qtbot.waitUntil(lambda: SECRET_LOCATION in dialog.preview.toPlainText(), timeout=5000)
    assert SECRET_PASSPORT in dialog.preview.toPlainText()


def test_redacted_and_encrypted_for_leaving_the_office(
    qtbot, dialog: DraftingDialog, tmp_path: Path
) -> None:
    """GIVEN confidential information included WHEN Passport numbers and Addresses are
    ticked under "When it leaves the office" THEN the preview no longer shows them; WHEN the
    passport number is typed into the grounds (spaced), Encrypt ticked, the passwords typed
    (first differing: refused) and the letter saved THEN the PDF opens only with the password,
    no value can be read from it by any route, the grounds say [redacted], and the audit
    notes an encrypted, redacted export. An HTML draft cannot be encrypted."""
    with qtbot.waitSignal(dialog.preview_shown, timeout=5000):
        dialog.confidential.setChecked(True)
    qtbot.waitUntil(lambda: SECRET_PASSPORT in dialog.preview.toPlainText(), timeout=5000)
    for kind in ("passport", "address"):
        box = dialog.redact.boxes[kind]
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    qtbot.waitUntil(lambda: SECRET_PASSPORT not in dialog.preview.toPlainText(), timeout=5000)
    assert SECRET_LOCATION not in dialog.preview.toPlainText()
    box = dialog.fields.inputs["grounds"]
    with qtbot.waitSignal(dialog.preview_shown, timeout=5000):
        qtbot.keyClicks(box, f"{GROUNDS} Her passport P 0004 5201 was taken.")
    secret = dialog.secret
    secret.encrypt.setChecked(True)
    qtbot.keyClicks(secret.password, "Cedar-4-river")
    qtbot.keyClicks(secret.again, "Cedar-4-rivet")
    target = tmp_path / "referral.pdf"
    with qtbot.waitSignal(dialog.refused, timeout=5000) as refused:
        dialog.save_to(target)
    assert "not the same" in refused.args[0][0] and not target.exists()
    secret.again.clear()
    qtbot.keyClicks(secret.again, "Cedar-4-river")
    with qtbot.waitSignal(dialog.refused, timeout=5000) as refused:
        dialog.save_to(tmp_path / "referral.html")
    assert "Only a PDF can be encrypted" in refused.args[0][0]

    with qtbot.waitSignal(dialog.saved, timeout=30_000) as saved:
        dialog.save_to(target)

    reader = PdfReader(target)
    assert reader.is_encrypted and reader.decrypt("Cedar-4-river")
    traces = every_trace(target, "Cedar-4-river")
    assert CASE_ID in traces and "[redacted]" in traces
    assert traces_of_secrets(traces) == []
    assert "Encrypted" in dialog.status.text() and "passport, address" in dialog.status.text()
    assert saved.args[0].saved.output.document_id is None  # encrypted: kept, not indexed
    with Archive.open(dialog.session.root, write=False) as archive:
        exported = archive.catalog.audit_log(CASE_ID, ("exported",))[0]
    assert exported.detail["encrypted"] is True
    assert exported.detail["redacted"] == ["passport", "address"]


def test_documents_are_cited_by_id_and_a_wrong_id_is_refused(
    qtbot, dialog: DraftingDialog, archive: tuple[Path, dict[str, int]]
) -> None:
    """GIVEN one cited document WHEN a second is cited by id THEN both are listed and in the
    preview; WHEN an id that does not exist is cited THEN the dialog says so and the list
    stays as it was."""
    statement = archive[1]["statement.txt"]
    dialog.cited.document.setCurrentText(str(statement))
    with qtbot.waitSignal(dialog.preview_shown, timeout=5000):
        qtbot.mouseClick(dialog.cited.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.cited.list.count() == 2)
    assert [r.document_id for r in dialog.cites][-1] == statement
    assert "I worked as a radio presenter in Herat" in dialog.preview.toPlainText()
    dialog.cited.document.setCurrentText("9999")
    qtbot.mouseClick(dialog.cited.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "9999" in dialog.cited.message.text(), timeout=5000)
    assert dialog.cited.list.count() == 2 and len(dialog.cites) == 2
    assert dialog.errors.shown == []


def test_switching_template_keeps_what_was_typed(qtbot, dialog: DraftingDialog) -> None:
    """GIVEN the grounds typed WHEN another template is chosen and then the referral again
    THEN the typed grounds are still there."""
    _type_grounds(qtbot, dialog)
    with qtbot.waitSignal(dialog.form_shown, timeout=5000):
        dialog.templates.choose("case-summary")
    assert "grounds" not in dialog.fields.inputs
    with qtbot.waitSignal(dialog.form_shown, timeout=5000):
        dialog.templates.choose(REFERRAL)
    assert dialog.fields.values()["grounds"] == GROUNDS


def test_cite_these_opens_on_another_case_with_pages(
    qtbot, session: Session, archive: tuple[Path, dict[str, int]]
) -> None:
    """GIVEN search hits (one document twice, the other at page 2) WHEN "cite these" turns
    them into citations and the dialog opens for another case THEN each document is cited
    once, at the page that matched, and the case can be changed in the dialog."""
    radio, statement = archive[1]["radio-letter.pdf"], archive[1]["statement.txt"]
    hits = [
        Hit(radio, "Radio letter", "letter", (CASE_ID,), "", 1.0, "radio-letter.pdf", 2),
        Hit(statement, "Statement", "statement", (CASE_ID,), "", 0.9, "statement.txt", 1),
        Hit(radio, "Radio letter", "letter", (CASE_ID,), "", 0.5, "radio-letter.pdf", 1),
    ]
    cites = citations_from_hits(hits, f'girls "Herat" case:{CASE_ID} -Kabul OR radio')
    assert cites == [
        CitationRequest(radio, 2, "girls Herat radio"),
        CitationRequest(statement, 1, "girls Herat radio"),
    ]
    assert case_of_hits(hits) == CASE_ID and case_of_hits([]) == ""
    dialog = DraftingDialog(session, quiet_errors(session), OTHER_CASE, cites)
    qtbot.addWidget(dialog, before_close_func=lambda w: w.close())
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        dialog.show()
    assert ", p. 2" in dialog.cited.list.item(0).text()
    assert "girls' education" in dialog.cited.list.item(0).text()
    assert dialog.case_box.currentData() == OTHER_CASE
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        dialog.case_box.setCurrentIndex(dialog.case_box.findData(CASE_ID))
        dialog.case_box.activated.emit(dialog.case_box.currentIndex())
    qtbot.waitUntil(lambda: "Shabnam Rahimi" in dialog.preview.toPlainText(), timeout=5000)
    dialog.close()


def test_closing_asks_before_typing_is_lost(qtbot, dialog: DraftingDialog) -> None:
    """GIVEN grounds typed but not saved WHEN Escape is pressed and the volunteer keeps the
    draft THEN the dialog stays open with the typing; WHEN they discard it THEN it closes."""
    _type_grounds(qtbot, dialog)
    dialog.quiet = False
    answers = [False, True]
    dialog._discard_typing = lambda: answers.pop(0)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.fields.values()["grounds"] == GROUNDS
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and answers == [] and dialog.closing


def test_on_a_laptop_every_field_of_a_referral_letter_is_in_view(
    qtbot, dialog: DraftingDialog
) -> None:
    """GIVEN the dialog on the referral letter WHEN it opens THEN it fits the screen it
    opens on; sized for a 1366×768 laptop, every field of the letter's form is in view
    without scrolling, and so are the preview and the choices for what leaves the office."""
    available = dialog.screen().availableGeometry()
    assert available.contains(dialog.frameGeometry())
    dialog.resize(fitted(DIALOG_SIZE, LAPTOP))
    assert dialog.width() <= LAPTOP.width() and dialog.height() <= LAPTOP.height()
    QApplication.processEvents()
    assert len(dialog.fields.inputs) == 6
    for name, widget in dialog.fields.inputs.items():
        assert in_view(widget, dialog.scroll.viewport()), name
    for widget in (dialog.preview, dialog.secret.again, dialog.cited.add_button):
        assert in_view(widget, dialog)
    assert dialog.preview.height() >= 250


def test_save_as_word_writes_a_docx_and_keeps_it_in_the_archive(
    qtbot, dialog: DraftingDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN the letter filled in WHEN Save as Word… is chosen and a name given without its
    suffix THEN letter.docx is written from the template's Word version with the case number,
    the applicant's name and the grounds typed, the same bytes are kept in the archive as a
    letter linked to the case, and the dialog says where."""
    target = tmp_path / "letter"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _type_grounds(qtbot, dialog)
    with qtbot.waitSignal(dialog.saved, timeout=30_000) as saved:
        qtbot.mouseClick(dialog.word_button, Qt.MouseButton.LeftButton)
    written = target.with_name("letter.docx")
    text = "\n".join(p.text for p in Document(str(written)).paragraphs)
    assert CASE_ID in text and "Shabnam Rahimi" in text and GROUNDS in text
    kept = saved.args[0].saved.output
    assert kept.path.suffix == ".docx" and kept.path.read_bytes() == written.read_bytes()
    with Archive.open(dialog.session.root, write=False) as archive:
        linked = {d.id: d for d, _how in archive.cases.documents(CASE_ID)}
    assert linked[kept.document_id].kind == "letter"
    assert str(written) in dialog.status.text() and dialog.errors.shown == []
