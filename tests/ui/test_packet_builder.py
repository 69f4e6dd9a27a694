"""The Packet builder on a real archive: reorder, leave out, build, cancel, encrypt, print."""

from __future__ import annotations

import json
import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from desktop.ui.cases_view import CasesView
from desktop.ui.main_window import MainWindow
from desktop.ui.packet_view import DIALOG_SIZE, PacketDialog
from desktop.ui.screen_fit import fitted
from desktop.ui.session import Session
from index.archive import Archive
from tests.support.drafting import CASE_ID
from tests.support.packets import FORM_VALUE, build_packet_archive, write_packet_documents
from tests.support.redaction import (
    add_secret_documents,
    every_trace,
    traces_of_secrets,
    write_secret_documents,
)
from tests.support.scanned_letter import build_scan_archive
from tests.support.ui_cases import close_session, quiet_errors
from tests.ui.conftest import LAPTOP, in_view, search

# The case's documents, oldest first, as the builder lists them at first.
DATE_ORDER = ("form.pdf", "mail.eml", "long.pdf", "statement.docx")  # undated last
PAGES = {"form.pdf": 1, "long.pdf": 3, "mail.eml": 1, "statement.docx": 1}


@pytest.fixture
def packet_session(tmp_path: Path) -> tuple[Session, dict[str, int]]:
    """A session on an archive with the case and its four documents; their ids by name."""
    ids = build_packet_archive(tmp_path / "archive", write_packet_documents(tmp_path / "docs"))
    session = Session(tmp_path / "archive")
    yield session, ids
    close_session(session)


@pytest.fixture
def builder(qtbot, packet_session) -> PacketDialog:
    """The builder opened on the case, once its documents are listed."""
    session, _ids = packet_session
    dialog = PacketDialog(session, quiet_errors(session), CASE_ID)
    dialog.opened = []  # type: ignore[attr-defined]  # what was handed to the system
    dialog.open_url = dialog.opened.append  # type: ignore[attr-defined]
    qtbot.addWidget(dialog, before_close_func=lambda w: w.close())
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    yield dialog
    dialog.close()


def names(dialog: PacketDialog, ids: dict[str, int]) -> list[str]:
    """The listed documents by file name, in packet order."""
    by_id = {doc_id: name for name, doc_id in ids.items()}
    return [by_id[doc_id] for doc_id in dialog.documents.ids()]


def select(dialog: PacketDialog, row: int) -> None:
    """Select one row of the documents list and give it the keyboard."""
    dialog.documents.list.setFocus()
    dialog.documents.list.setCurrentRow(row)


def build(qtbot, dialog: PacketDialog):
    """Click Build and wait for the packet to be kept; returns it."""
    with qtbot.waitSignal(dialog.built, timeout=60_000) as built:
        qtbot.mouseClick(dialog.build_button, Qt.MouseButton.LeftButton)
    return built.args[0]


def texts(path: Path, password: str | None = None) -> list[str]:
    """Each page's text, NFKC, white space runs as one space."""
    reader = pypdf.PdfReader(path)
    if password is not None:
        reader.decrypt(password)
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in reader.pages]


def outputs(session: Session) -> set[str]:
    """Every file in the archive's outputs/ folder, hidden ones included."""
    folder = session.root / "outputs"
    return {p.name for p in folder.rglob("*")} if folder.exists() else set()


def audit(session: Session) -> list[tuple[str, dict]]:
    """The archive's audit log, oldest first: (action, detail)."""
    with Archive.open(session.root, write=False) as archive:
        rows = archive.catalog.conn.execute("SELECT action, detail FROM audit ORDER BY id")
        return [(action, json.loads(detail)) for action, detail in rows]


def test_reorder_leave_out_and_build_keeps_the_packet_in_that_order(
    qtbot, builder: PacketDialog, packet_session
) -> None:
    """GIVEN the builder on the case's four documents, oldest first
    WHEN the long PDF is moved to the top (button, then Ctrl+Up), the DOCX left out with Delete, and Build clicked
    THEN the packet holds cover, contents and the three documents in that order, each page
    stamped in order, the form's value visible, kept in outputs/ and linked to the case."""
    session, ids = packet_session
    assert names(builder, ids) == list(DATE_ORDER)
    assert builder.options.cover_name() == "packet-cover"
    assert builder.options.title.text() == f"Briefing packet {CASE_ID}"
    select(builder, 2)
    qtbot.mouseClick(builder.documents.up_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(builder.documents.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    select(builder, 3)
    qtbot.keyClick(builder.documents.list, Qt.Key.Key_Delete)
    assert names(builder, ids) == ["long.pdf", "form.pdf", "mail.eml"]
    assert builder.documents.count_label.text() == "3 documents"
    assert not builder.open_button.isEnabled()

    kept = build(qtbot, builder)

    manifest = kept.manifest
    assert [d.id for d in manifest.documents] == [ids[n] for n in names(builder, ids)]
    assert manifest.pages == manifest.cover_pages + manifest.toc_pages + 1 + 1 + 3
    pages = texts(kept.output.path)
    assert len(pages) == manifest.pages
    for number, text in enumerate(pages, start=1):
        assert f"CD-{number:06d}" in text
    form_page = manifest.documents[1].first_page
    assert FORM_VALUE in pages[form_page - 1]
    assert kept.output.path.parent == session.root / "outputs"
    assert "Built" in builder.status.text() and "CD-000001" in builder.status.text()
    assert builder.open_button.isEnabled() and builder.print_button.isEnabled()
    with Archive.open(session.root, write=False) as archive:
        linked = {d.id for d, _ in archive.cases.documents(CASE_ID)}
    assert kept.output.document_id in linked


def test_cancel_leaves_nothing_in_the_archive(qtbot, builder: PacketDialog, packet_session) -> None:
    """GIVEN a build under way WHEN Cancel is clicked at its first page THEN the build is
    refused as cancelled, outputs/ is as it was (no half-written file) and Build is back."""
    session, _ids = packet_session
    before = outputs(session)
    cancelled = []

    def cancel_once(_value: object) -> None:
        if not cancelled:
            cancelled.append(True)
            qtbot.mouseClick(builder.cancel_button, Qt.MouseButton.LeftButton)

    # The builder must wait its turn behind a task that ends only once the test has
    # connected to its progress (else a quick build could pass its first page unseen).
    gate = threading.Event()
    builder.session.writes.start(lambda _task: gate.wait(30))
    with qtbot.waitSignal(builder.refused, timeout=60_000) as refused:
        qtbot.mouseClick(builder.build_button, Qt.MouseButton.LeftButton)
        assert builder.cancel_button.isEnabled() and not builder.build_button.isEnabled()
        assert builder.progress.maximum() == 0  # busy until the first page
        builder.task.signals.progress.connect(cancel_once)
        gate.set()
    assert "cancelled" in refused.args[0]
    assert outputs(session) == before
    assert builder.build_button.isEnabled() and not builder.cancel_button.isEnabled()
    assert builder.kept is None and not builder.open_button.isEnabled()


def test_an_encrypted_packet_needs_the_same_password_twice_and_prints_with_it(
    qtbot, builder: PacketDialog, tmp_path: Path
) -> None:
    """GIVEN Encrypt ticked WHEN the passwords differ THEN Build is refused in plain words;
    WHEN they match THEN the packet is AES-encrypted, opens with the password, and prints
    (to a PDF printer) with as many pages as it has; the audit log notes the printing."""
    options = builder.options
    box = options.encrypt
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    assert options.password.isEnabled()
    qtbot.keyClicks(options.password, "Harbour-7-lamp")
    qtbot.keyClicks(options.again, "Harbour-7-lanp")
    with qtbot.waitSignal(builder.refused, timeout=5000) as refused:
        qtbot.mouseClick(builder.build_button, Qt.MouseButton.LeftButton)
    assert "not the same" in refused.args[0]
    options.again.clear()
    qtbot.keyClicks(options.again, "Harbour-7-lamp")

    kept = build(qtbot, builder)

    reader = pypdf.PdfReader(kept.output.path)
    assert reader.is_encrypted and kept.manifest.encrypted
    assert reader.decrypt("Harbour-7-lamp") != pypdf.PasswordType.NOT_DECRYPTED
    assert "/AESV3" in str(reader.trailer["/Encrypt"])
    assert "Encrypted" in builder.status.text()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(builder.printed, timeout=60_000) as printed:
        builder.print_packet(printer)
    assert printed.args[0] == kept.manifest.pages
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == kept.manifest.pages
    qtbot.waitUntil(lambda: audit(builder.session)[-1][0] == "printed", timeout=10_000)
    assert audit(builder.session)[-1][1] == {
        "case": CASE_ID,
        "output": kept.output.id,
        "kind": "briefing packet",
        "encrypted": True,
        "pages": kept.manifest.pages,
    }


def test_ticked_kinds_are_taken_out_of_the_packet_for_real(qtbot, tmp_path: Path) -> None:
    """GIVEN the case with documents holding its passport number, A-number and address
    WHEN Passport numbers, A-numbers and Addresses are ticked (click, and the keyboard) and
    the packet built THEN no value can be read by any route, the status names the pages
    made pictures, and the audit row records the kinds."""
    root = tmp_path / "archive"
    build_packet_archive(root, write_packet_documents(tmp_path / "docs"))
    add_secret_documents(root, write_secret_documents(tmp_path / "secret"))
    session = Session(root)
    try:
        dialog = PacketDialog(session, quiet_errors(session), CASE_ID)
        qtbot.addWidget(dialog, before_close_func=lambda w: w.close())
        with qtbot.waitSignal(dialog.loaded, timeout=10_000):
            dialog.show()
        boxes = dialog.options.redact
        assert list(boxes) == ["a-number", "passport", "tazkira", "birth-date", "address", "notes"]
        assert not any(box.isChecked() for box in boxes.values())
        for kind in ("passport", "a-number"):
            box = boxes[kind]
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
        boxes["address"].setFocus()
        qtbot.keyClick(boxes["address"], Qt.Key.Key_Space)
        assert dialog.options.redacted() == ("a-number", "passport", "address")

        kept = build(qtbot, dialog)

        assert traces_of_secrets(every_trace(kept.output.path)) == []
        assert kept.manifest.redact == ("a-number", "passport", "address")
        stamps = [p.stamp for p in kept.manifest.redacted]
        assert stamps and f"pages made pictures: {', '.join(stamps)}" in dialog.status.text()
        assert audit(session)[-1][1]["redacted"] == ["a-number", "passport", "address"]
        dialog.close()
    finally:
        close_session(session)


def test_open_show_in_folder_and_save_a_copy(qtbot, builder: PacketDialog, tmp_path: Path) -> None:
    """GIVEN a built packet WHEN Open, Show in folder and Save a copy are used THEN the
    packet and its folder are handed to the system, the copy is the same bytes, and the
    audit log says the packet was built and then exported."""
    kept = build(qtbot, builder)
    qtbot.mouseClick(builder.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(builder.folder_button, Qt.MouseButton.LeftButton)
    assert builder.opened == [  # type: ignore[attr-defined]
        QUrl.fromLocalFile(str(kept.output.path)),
        QUrl.fromLocalFile(str(kept.output.path.parent)),
    ]
    with qtbot.waitSignal(builder.copied, timeout=10_000):
        builder.save_copy(tmp_path / "for-the-embassy.pdf")
    assert (tmp_path / "for-the-embassy.pdf").read_bytes() == kept.output.path.read_bytes()
    assert "Saved a copy" in builder.status.text()
    actions = [action for action, _detail in audit(builder.session)]
    assert actions[-2:] == ["packet built", "exported"]
    assert not list(tmp_path.glob(".*.part"))


def test_a_packet_with_nothing_in_it_is_refused(qtbot, builder: PacketDialog) -> None:
    """GIVEN every document left out WHEN Build is clicked THEN it is refused, saying what
    to do, and "Add the case's documents" brings them back."""
    builder.documents.list.selectAll()
    qtbot.mouseClick(builder.documents.remove_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(builder.refused, timeout=5000) as refused:
        qtbot.mouseClick(builder.build_button, Qt.MouseButton.LeftButton)
    assert refused.args[0] == "Add at least one document to the packet."
    with qtbot.waitSignal(builder.documents.changed, timeout=5000):
        qtbot.mouseClick(builder.add_case_button, Qt.MouseButton.LeftButton)
    assert builder.documents.list.count() == len(DATE_ORDER)


def test_results_selected_in_the_window_open_the_builder_on_them(qtbot, window: MainWindow) -> None:
    """GIVEN two results selected in the main window WHEN "Put selected results in a
    packet" is chosen THEN the builder opens listing those two documents, in that order."""
    search(qtbot, window, "interview")
    results = window.results
    assert len(results.hits) >= 2
    results.clearSelection()
    for row in (0, 1):
        results.item(row).setSelected(True)
    window.case_work.packet_of_selected()
    dialog = window.findChild(PacketDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.documents.list.count() == 2, timeout=10_000)
    assert dialog.documents.ids() == [results.hits[0].id, results.hits[1].id]
    dialog.close()


def test_the_case_view_asks_for_a_packet_of_its_case(qtbot, packet_session) -> None:
    """GIVEN the Cases view showing the case WHEN Packet… is clicked THEN a packet is asked
    for that case."""
    session, _ids = packet_session
    view = CasesView(session, quiet_errors(session))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.editor.loaded is not None, timeout=10_000)
    assert view.packet_button.isEnabled()
    with qtbot.waitSignal(view.packet_requested, timeout=5000) as asked:
        qtbot.mouseClick(view.packet_button, Qt.MouseButton.LeftButton)
    assert asked.args[0] == CASE_ID


def test_the_builder_fits_the_screen_and_a_laptop_shows_it_whole(builder: PacketDialog) -> None:
    """GIVEN the builder on a case WHEN it opens THEN it fits the screen it opens on; sized
    for a 1366×768 laptop, every option and button is in view and the documents' list has
    most of the height (a long case is read without scrolling a short box)."""
    assert builder.screen().availableGeometry().contains(builder.frameGeometry())
    builder.resize(fitted(DIALOG_SIZE, LAPTOP))
    assert builder.width() <= LAPTOP.width() and builder.height() <= LAPTOP.height()
    QApplication.processEvents()
    options = builder.options
    for widget in (
        options.title,
        options.cover,
        options.paper,
        options.redaction.first(),
        options.again,
        builder.build_button,
        builder.close_button,
    ):
        assert in_view(widget, builder), widget.objectName()
    assert builder.documents.list.height() >= builder.height() // 2


def test_scans_too_poor_to_read_are_named_blacked_out_or_refused(qtbot, tmp_path: Path) -> None:
    """GIVEN the case with a clean scan showing its passport number and a scan too blurred
    for OCR to be sure of
    WHEN Passport numbers is ticked and the packet built (the policy beside Remove left at
    "Black them out") THEN the status names the blurred page's stamp as blacked out
    and the clean scan's as made a picture;
    WHEN "Refuse the packet" is chosen and Build clicked again
    THEN the build is refused naming that stamp, and nothing more is kept."""
    root = tmp_path / "archive"
    build_scan_archive(root, tmp_path / "docs", ("scan.pdf", "blurred.pdf"))
    session = Session(root)
    try:
        dialog = PacketDialog(session, quiet_errors(session), CASE_ID)
        qtbot.addWidget(dialog, before_close_func=lambda w: w.close())
        with qtbot.waitSignal(dialog.loaded, timeout=10_000):
            dialog.show()
        policy = dialog.options.scan_policy
        assert policy.currentText() == "Black them out"
        dialog.options.redact["passport"].setChecked(True)
        kept = build(qtbot, dialog)
        (withheld,) = [p.stamp for p in kept.manifest.withheld]
        (redacted,) = [p.stamp for p in kept.manifest.redacted]
        status = dialog.status.text()
        assert f"pages made pictures: {redacted}" in status
        assert f"could not be read well enough to be sure: {withheld}" in status
        kept_before = outputs(session)
        policy.setCurrentIndex(policy.findData("refuse"))
        with qtbot.waitSignal(dialog.refused, timeout=60_000) as refused:
            qtbot.mouseClick(dialog.build_button, Qt.MouseButton.LeftButton)
        assert withheld in refused.args[0] and withheld in dialog.problem.text()
        assert "could not be read well enough" in refused.args[0]
        assert outputs(session) == kept_before
        dialog.close()
    finally:
        close_session(session)


@pytest.fixture
def in_pashto(qapp) -> Iterator[str]:
    """The application in Pashto for the test, English again after."""
    from desktop.ui import language

    installed = language.apply(qapp, "ps")
    yield "ps"
    language.withdraw(qapp, installed)


def test_in_pashto_the_covers_are_listed_by_their_pashto_titles(
    qtbot, in_pashto: str, packet_session
) -> None:
    """GIVEN the window in Pashto WHEN the Packet builder opens THEN the packet cover sheet
    is offered first, by the Pashto title its template gives, as Drafting lists templates."""
    session, _ids = packet_session
    dialog = PacketDialog(session, quiet_errors(session), CASE_ID)
    qtbot.addWidget(dialog, before_close_func=lambda w: w.close())
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    cover = dialog.options.cover
    assert cover.itemData(0) == "packet-cover"
    assert cover.itemText(0) == "د معلوماتي کڅوړې پوښ پاڼه"
    dialog.close()
