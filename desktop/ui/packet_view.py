"""The Packet builder: a case's documents (or chosen results) as one stamped PDF.

The dialog opens on the case's documents, oldest first, or on the search results it
was given.  Documents are put in order by dragging (or Ctrl+Up / Ctrl+Down) and left
out with Delete; "Add the case's documents" appends those not listed yet.  Build
(Ctrl+B) runs on the session's writes lane with a progress bar and Cancel (Escape
while building): a cancelled or refused packet leaves nothing in the archive.  Once
built, the packet is kept in the archive's ``outputs/`` and linked to the case, and
Open, Print… (Ctrl+P), Show in folder and Save a copy… (Ctrl+S) act on it.

The office's own documents — briefing notes, cover sheets, earlier packets — are left
out of the list unless "Include internal documents" is ticked, and the dialog says which
were left out.  When a build finds password-protected PDFs, each is asked for in turn —
its password (checked, used for this build only) or "leave it out" — and the build runs
again.

Signals:

- ``loaded()``: the cases, covers and documents are shown;
- ``built(object)``: a packet was kept (a :class:`~desktop.packets.keep.KeptPacket`);
- ``refused(str)``: Build was refused, or the build failed or was cancelled (why);
- ``printed(int)``: the packet was painted on a printer (its number of pages);
- ``copied(str)``: a copy was saved there.

Building, saving a copy and printing are each noted in the archive's audit log.

Layout: the documents on the left, so a long list gets the dialog's height; the options
on the right; building and what to do with the packet below.  The dialog is sized for
its content and never larger than the screen (:mod:`desktop.ui.screen_fit`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeyEvent, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.digits import number
from desktop.drafting.library import TemplateLibrary
from desktop.packets.keep import KeptPacket
from desktop.packets.model import (
    INTERNAL_WORDS,
    LockedDocuments,
    Manifest,
    Packet,
    PacketOptions,
)
from desktop.packets.sources import opens_with
from desktop.ui import packet_jobs as jobs
from desktop.ui import packet_output
from desktop.ui.case_list import principal_text
from desktop.ui.errors import ErrorBoundary
from desktop.ui.guard import StopsWhenClosed, while_alive
from desktop.ui.locked_pdf import INCLUDE, LEAVE_OUT, LockedPdfDialog
from desktop.ui.notice import Notice
from desktop.ui.packet_list import PacketDocuments
from desktop.ui.packet_options import PacketOptionsForm
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.session import Session
from desktop.ui.tr import error_text, translate
from desktop.ui.workers import Lane, Task
from index.errors import CaseDeskError

DIALOG_SIZE = QSize(1080, 760)  # fitted to the screen it opens on
# desktop.packets.selection.INTERNAL_WORDS, for lupdate (that module has no Qt).
QT_TRANSLATE_NOOP("PacketView", "briefing notes, cover sheets and earlier packets")


class PacketDialog(StopsWhenClosed, QDialog):
    """The Packet builder for one case."""

    loaded = Signal()
    built = Signal(object)
    refused = Signal(str)
    printed = Signal(int)
    copied = Signal(str)

    def __init__(
        self,
        session: Session,
        errors: ErrorBoundary,
        case_id: str,
        doc_ids: Sequence[int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("packet-builder")
        self.session, self.errors = session, errors
        self.case_id = case_id.strip().upper()
        # An office database keeps no templates of its own yet: the shipped ones.
        self.library = TemplateLibrary.for_archive(session.templates_root)
        self.closing = False
        self.task: Task | None = None  # the build running now
        self.kept: KeptPacket | None = None  # the packet built last
        self._options = PacketOptions()  # those it was built with (stamps, password)
        self._internal: list[jobs.Entry] = []  # the case's internal documents, not listed
        self._passwords: dict[int, str] = {}  # locked PDFs' passwords, for one build only
        self._left_out: set[int] = set()  # locked PDFs the user chose to leave out
        self._asking = False  # a locked PDF's password is being asked for
        self._building: Packet | None = None  # the packet the running build makes
        self.print_lane = Lane("casedesk-packet-print", self)
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl  # tests record it
        self._build()
        self._connect()
        self._set_building(False)
        self.setWindowTitle(
            translate("PacketView", "Briefing packet — {case}").format(
                case=self.case_id or translate("PacketView", "choose a case")
            )
        )
        fit_to_screen(self, DIALOG_SIZE)
        self._load(doc_ids)

    # -- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        self.case_box = QComboBox(objectName="packet-case")
        if self.case_id:
            self.case_box.addItem(self.case_id, self.case_id)
        self.documents = PacketDocuments()
        self.add_case_button = QPushButton(
            translate("PacketView", "&Add the case's documents"), objectName="packet-add"
        )
        self.add_case_button.setToolTip(
            translate("PacketView", "Append the case's documents that are not listed yet")
        )
        self.include_internal = QCheckBox(
            translate("PacketView", "Include &internal documents ({kinds})").format(
                kinds=translate("PacketView", INTERNAL_WORDS)
            ),
            objectName="packet-internal",
        )
        self.include_internal.setToolTip(
            translate(
                "PacketView",
                "Briefing notes are marked internal, not for disclosure: they stay out of packets "
                "unless you tick this.",
            )
        )
        self.internal_note = Notice("packet-internal-note")
        self.options = PacketOptionsForm()
        self.progress = QProgressBar(objectName="packet-progress", textVisible=True)
        self.problem = Notice("packet-problem", "#9b1c1c")
        self.status = Notice("packet-status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.build_button = QPushButton(
            translate("PacketView", "&Build packet"), objectName="packet-build", default=True
        )
        self.build_button.setShortcut(QKeySequence("Ctrl+B"))
        self.cancel_button = QPushButton(
            translate("PacketView", "Cancel"), objectName="packet-cancel"
        )
        self.open_button = QPushButton(translate("PacketView", "&Open"), objectName="packet-open")
        self.print_button = QPushButton(
            translate("PacketView", "P&rint…"), objectName="packet-print"
        )
        self.folder_button = QPushButton(
            translate("PacketView", "Show in &folder"), objectName="packet-folder"
        )
        self.copy_button = QPushButton(
            translate("PacketView", "Save a cop&y…"), objectName="packet-copy"
        )
        self.close_button = QPushButton(translate("PacketView", "Close"), objectName="packet-close")
        if self.session.read_only:
            self.build_button.setToolTip(
                translate(
                    "PacketView", "The archive is open read-only here: packets cannot be kept."
                )
            )
        building = QHBoxLayout()
        building.addWidget(self.progress, 1)
        building.addWidget(self.build_button)
        building.addWidget(self.cancel_button)
        after = QDialogButtonBox()
        for button in (self.open_button, self.print_button, self.folder_button, self.copy_button):
            after.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        after.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        top = QFormLayout()
        top.addRow(translate("PacketView", "C&ase"), self.case_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._sides(), 1)
        # Across the dialog, not under the list: the box's words are longer than the list
        # is wide on a small screen.
        layout.addWidget(self.include_internal)
        layout.addWidget(self.internal_note)
        layout.addLayout(building)
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        layout.addWidget(after)

    def _sides(self) -> QSplitter:
        """The documents on the left (the list gets the dialog's height), the options on
        the right."""
        documents = QWidget()
        left = QVBoxLayout(documents)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(QLabel(translate("PacketView", "<b>Documents, in packet order</b>")))
        left.addWidget(self.documents, 1)
        left.addWidget(self.add_case_button, 0, Qt.AlignmentFlag.AlignRight)
        options = QGroupBox(translate("PacketView", "The packet"))
        right = QVBoxLayout(options)
        right.addWidget(self.options)
        right.addStretch(1)
        sides = QSplitter(Qt.Orientation.Horizontal, objectName="packet-splitter")
        sides.addWidget(documents)
        sides.addWidget(options)
        sides.setCollapsible(0, False)
        sides.setCollapsible(1, False)
        sides.setStretchFactor(0, 1)
        sides.setSizes([560, 480])
        return sides

    def _connect(self) -> None:
        self.case_box.activated.connect(lambda _i: self._case_chosen())
        self.add_case_button.clicked.connect(lambda: self.add_case_documents())
        self.include_internal.toggled.connect(lambda _on: self._show_internal())
        self.build_button.clicked.connect(lambda: self.build())
        self.cancel_button.clicked.connect(lambda: self.cancel())
        self.open_button.clicked.connect(lambda: self.open_packet())
        self.print_button.clicked.connect(lambda: self.print_packet())
        self.folder_button.clicked.connect(lambda: self.show_in_folder())
        self.copy_button.clicked.connect(lambda: self.save_copy())
        self.close_button.clicked.connect(self.reject)
        self.documents.changed.connect(self.problem.clear)
        for keys, slot in (
            (QKeySequence.StandardKey.Print, self.print_packet),
            (QKeySequence.StandardKey.Save, self.save_copy),
        ):
            action = QAction(self, shortcut=keys)
            action.triggered.connect(lambda _c=False, run=slot: run())
            self.addAction(action)

    # -- loading --------------------------------------------------------------------

    def _load(self, doc_ids: Sequence[int] | None) -> None:
        case_id, ids, library = self.case_id, list(doc_ids or ()), self.library
        self.status.setText(translate("PacketView", "Reading the case…"))
        self.session.read(
            lambda archive, _task: jobs.start(archive, library, case_id, ids or None),
            on_done=while_alive(self, self._show_start),
            on_error=while_alive(self, self._failed),
        )

    def _show_start(self, start: jobs.Start) -> None:
        self.case_box.clear()
        for case in start.cases:
            self.case_box.addItem(f"{case.id} — {principal_text(case)}", case.id)
        if self.case_box.findData(self.case_id) < 0:
            self.case_box.insertItem(
                0, self.case_id or translate("PacketView", "(choose a case)"), self.case_id
            )
        self.case_box.setCurrentIndex(self.case_box.findData(self.case_id))
        self.options.set_covers(start.covers)
        self.options.set_paper(start.paper)
        self.documents.set_entries(start.listing.entries)
        self._internal = list(start.listing.internal)
        self._show_internal()
        self._default_title()
        self.status.setText(_count_text(len(self.documents.ids())))
        self.loaded.emit()

    def _show_internal(self) -> None:
        """List the internal documents when ticked (take them out when not), and say
        which are left out."""
        internal = self._internal
        if self.include_internal.isChecked():
            self.documents.add_entries(internal)
        else:
            self.documents.remove_ids({e.id for e in internal})
        left = [e for e in internal if e.id not in set(self.documents.ids())]
        self.internal_note.setVisible(bool(left))
        self.internal_note.setText(_left_out_text(left))

    def _case_chosen(self) -> None:
        chosen = self.case_box.currentData() or ""
        if chosen and chosen != self.case_id:
            self.case_id = chosen
            self.setWindowTitle(
                translate("PacketView", "Briefing packet — {chosen}").format(chosen=chosen)
            )
            self._default_title()
            if not self.documents.ids():
                self.add_case_documents()

    def _default_title(self) -> None:
        title = self.options.title
        if not title.isModified():
            title.setText(
                translate("PacketView", "Briefing packet {case_id}").format(case_id=self.case_id)
                if self.case_id
                else ""
            )

    def add_case_documents(self) -> None:
        """Append the case's documents not listed yet."""
        case_id = self.case_id
        self.session.read(
            lambda archive, _task: jobs.case_entries(archive, case_id),
            on_done=while_alive(self, self._add_entries),
            on_error=while_alive(self, self._failed),
        )

    def _add_entries(self, listing: jobs.Listing) -> None:
        added = self.documents.add_entries(listing.entries)
        known = {e.id for e in self._internal}
        self._internal += [e for e in listing.internal if e.id not in known]
        self._show_internal()
        self.status.setText(
            translate("PacketView", "Added {added} document(s) of the case.").format(added=added)
            if added
            else translate("PacketView", "Every document is listed.")
        )

    # -- building -------------------------------------------------------------------

    def packet(self) -> Packet:
        """The packet as chosen, or :class:`CaseDeskError` saying what to fix first."""
        if not self.case_id:
            raise CaseDeskError(translate("PacketView", "Choose the case the packet is for."))
        ids = tuple(self.documents.ids())
        if not ids:
            raise CaseDeskError(translate("PacketView", "Add at least one document to the packet."))
        options = self.options.options()
        title = self.options.title.text().strip() or translate(
            "PacketView", "Briefing packet {case_id}"
        ).format(case_id=self.case_id)
        return Packet(title, self.case_id, ids, self.options.cover_name(), options)

    def build(self) -> None:
        """Build the packet in the background (refused, with the reason, if not ready)."""
        if self.task is not None or self._asking or self.session.read_only:
            return
        try:
            packet = self.packet()
        except CaseDeskError as error:
            self._refuse(error_text(error))
            return
        self._start_build(packet)

    def _start_build(self, packet: Packet) -> None:
        self._building = packet
        self.kept, self._options = None, packet.options
        self.problem.clear()
        self._set_building(True)
        waiting = self.session.writes.busy()
        preparing = (
            translate(
                "PacketView",
                "Finding the values to remove (scanned pages are read by OCR, about a second "
                "a page)…",
            )
            if packet.options.redact
            else translate("PacketView", "Preparing…")
        )
        self.status.setText(
            translate("PacketView", "Waiting for the archive's other work to finish…")
            if waiting
            else preparing
        )
        self.task = self.session.write(
            lambda archive, task: jobs.build(archive, packet, task),
            on_done=while_alive(self, self._built),
            on_error=while_alive(self, self._build_failed),
            on_progress=while_alive(self, self._progress),
        )

    # -- password-protected PDFs: asked for one by one, then the build runs again --------

    def _ask_for_locked(self, packet: Packet, locked: list[tuple[int, str]]) -> None:
        """Ask for each locked PDF's password (or to leave it out), then build again."""
        self._asking = True
        self._set_building(False)
        self._passwords, self._left_out = dict(packet.passwords), set()
        self.status.setText(
            translate("PacketView", "Some PDFs are password-protected: asking for their passwords.")
        )
        self._ask_next(packet, locked)

    def _ask_next(self, packet: Packet, locked: list[tuple[int, str]], error: str = "") -> None:
        if not locked:
            self._asking = False
            passwords, leave_out = dict(self._passwords), bool(self._left_out)
            self._passwords = {}  # the packet carries them now, for this build only
            self._start_build(replace(packet, passwords=passwords, leave_out_locked=leave_out))
            return
        doc_id, title = locked[0]
        ask = LockedPdfDialog(doc_id, title, error, self)
        ask.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        ask.finished.connect(lambda _result: self._answered(packet, locked, ask))
        ask.open()

    def _answered(
        self, packet: Packet, locked: list[tuple[int, str]], ask: LockedPdfDialog
    ) -> None:
        doc_id, choice, password = ask.doc_id, ask.choice, ask.password
        if choice == LEAVE_OUT:
            self._left_out.add(doc_id)
            self._ask_next(packet, locked[1:])
        elif choice == INCLUDE:
            self.session.read(
                lambda archive, _task: opens_with(archive, doc_id, password),
                on_done=while_alive(
                    self, lambda ok: self._password_tried(packet, locked, password, ok)
                ),
                on_error=while_alive(self, self._asking_failed),
            )
        else:
            self._asking_failed(
                CaseDeskError(
                    translate("PacketView", "Not built: stopped at a password-protected PDF.")
                )
            )

    def _password_tried(
        self, packet: Packet, locked: list[tuple[int, str]], password: str, ok: bool
    ) -> None:
        if not ok:
            again = translate(
                "PacketView", "That password does not open it (passwords are case-sensitive)."
            )
            self._ask_next(packet, locked, again)
            return
        self._passwords[locked[0][0]] = password
        self._ask_next(packet, locked[1:])

    def _asking_failed(self, error: BaseException) -> None:
        self._asking = False
        self._passwords, self._left_out = {}, set()
        self._set_building(False)
        self._failed(error)

    def cancel(self) -> None:
        """Stop the build running now (nothing is kept)."""
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(translate("PacketView", "Cancelling…"))

    def _progress(self, value: tuple[int, int]) -> None:
        done, total = value
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(
            translate("PacketView", "Page {done} of {total}…").format(
                done=number(done), total=number(total)
            )
        )

    def _built(self, kept: KeptPacket) -> None:
        self.task, self.kept, self._building = None, kept, None
        self._set_building(False)
        manifest = kept.manifest
        first, last = self._options.stamp(0), self._options.stamp(manifest.pages - 1)
        lock = (
            translate("PacketView", " Encrypted: it opens only with its password.")
            if manifest.encrypted
            else ""
        )
        self.status.setText(
            translate(
                "PacketView",
                "Built {pages} pages, stamped {first} to {last}. Kept in the archive as "
                "{kept}.{encrypted}{redacted}{locked}",
            ).format(
                pages=number(manifest.pages),
                first=first,
                last=last,
                kept=jobs.in_archive(kept, self.session.root),
                encrypted=lock,
                redacted=_redacted_text(manifest),
                locked=_locked_text(manifest),
            )
        )
        self.built.emit(kept)

    def _build_failed(self, error: BaseException) -> None:
        self.task = None
        packet, self._building = self._building, None
        if isinstance(error, LockedDocuments) and packet is not None:
            self._ask_for_locked(packet, list(error.documents))
            return
        self._set_building(False)
        self.status.clear()
        if isinstance(error, CaseDeskError):
            self._refuse(error_text(error))
        else:
            self.errors.report(error)

    def _set_building(self, building: bool) -> None:
        writable = not self.session.read_only
        self.build_button.setEnabled(writable and not building and not self._asking)
        self.cancel_button.setEnabled(building)
        if building:
            self.progress.setRange(0, 0)  # busy until the first page is written
        else:
            self.progress.setRange(0, 1)
            self.progress.setValue(1 if self.kept is not None else 0)
        for widget in (self.case_box, self.options, self.add_case_button, self.include_internal):
            widget.setEnabled(not building)
        self.documents.set_editable(not building)
        done = self.kept is not None and not building
        for button in (self.open_button, self.print_button, self.folder_button, self.copy_button):
            button.setEnabled(done)

    # -- after ----------------------------------------------------------------------

    def open_packet(self) -> None:
        """Open the packet in the system's PDF viewer."""
        if self.kept is not None:
            self.open_url(QUrl.fromLocalFile(str(self.kept.output.path)))

    def show_in_folder(self) -> None:
        """Open the folder that holds the packet."""
        if self.kept is not None:
            self.open_url(QUrl.fromLocalFile(str(self.kept.output.path.parent)))

    def save_copy(self, target: Path | None = None) -> None:
        """Copy the packet where the volunteer chooses (asked when ``target`` is not given);
        the copy is written on the writes lane and noted in the audit log."""
        kept = self.kept
        if kept is None or self.session.read_only:
            return
        target = target or packet_output.ask_copy_target(self, f"{self.case_id}-packet.pdf")
        if target is None:
            return
        self.status.setText(
            translate("PacketView", "Saving a copy to {target}…").format(target=target)
        )
        self.session.write(
            lambda archive, _task: jobs.export_copy(archive, kept, target),
            on_done=while_alive(self, self._copied),
            on_error=while_alive(self, self._failed),
        )

    def _copied(self, target: Path) -> None:
        self.status.setText(
            translate("PacketView", "Saved a copy to {target}.").format(target=target)
        )
        self.copied.emit(str(target))

    def print_packet(self, printer: QPrinter | None = None) -> None:
        """Print the packet: through the system print dialog, or on ``printer`` if given.

        The pages are painted on the dialog's own lane; ``printed`` says when it is done.
        """
        if self.kept is None or self.print_lane.busy():
            return
        path, password = self.kept.output.path, self._options.password
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            try:
                packet_output.prepare_printer(printer, path, password)
            except CaseDeskError as error:
                self._refuse(error_text(error))
                return
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return
        chosen = printer
        self.print_button.setEnabled(False)
        self.print_lane.start(
            lambda task: packet_output.print_pdf(
                path, chosen, password, lambda done, total: task.report((done, total))
            ),
            on_done=while_alive(self, self._printed),
            on_error=while_alive(self, self._print_failed),
            on_progress=while_alive(
                self,
                lambda v: self.status.setText(
                    translate("PacketView", "Printing page {page} of {pages}…").format(
                        page=number(v[0]), pages=number(v[1])
                    )
                ),
            ),
        )

    def _printed(self, pages: int) -> None:
        kept = self.kept
        self.print_button.setEnabled(kept is not None)
        if kept is not None and not self.session.read_only:
            self.session.write(lambda archive, _task: jobs.note_printed(archive, kept, pages))
        self.status.setText(
            translate("PacketView", "Sent {pages} pages to the printer.").format(
                pages=number(pages)
            )
        )
        self.printed.emit(pages)

    def _print_failed(self, error: BaseException) -> None:
        self.print_button.setEnabled(self.kept is not None)
        self._failed(error)

    # -- inside ---------------------------------------------------------------------

    def _refuse(self, reason: str) -> None:
        self.problem.setText(reason)
        self.refused.emit(reason)

    def _failed(self, error: BaseException) -> None:
        self.status.clear()
        if isinstance(error, CaseDeskError):
            self._refuse(error_text(error))
        else:
            self.errors.report(error)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape cancels a build first; only when nothing is building does it close."""
        if event.key() == Qt.Key.Key_Escape and self.task is not None:
            self.cancel()
            return
        super().keyPressEvent(event)

    def stop_work(self) -> None:
        """Closing stops a build (nothing of it is kept) and the printing lane."""
        if self.task is not None:
            self.task.cancel()
        self.print_lane.shut_down()


def _count_text(count: int) -> str:
    if not count:
        return translate(
            "PacketView",
            "No documents yet: add the case's documents, or open the builder from results.",
        )
    return translate(
        "PacketView", "{count} document(s). Drag to reorder; Delete leaves one out; then Build."
    ).format(count=number(count))


def _left_out_text(left: Sequence[jobs.Entry]) -> str:
    """What the builder says of the internal documents it did not list."""
    if not left:
        return ""
    names = "; ".join(f"{e.title} ({e.kind})" for e in left)
    return translate(
        "PacketView",
        "Left out, as internal: {names}. Tick “Include internal documents” to put it in."
        if len(left) == 1
        else "Left out, as internal: {names}. Tick “Include internal documents” to put them in.",
    ).format(names=names)


def _locked_text(manifest: Manifest) -> str:
    """What the status says of password-protected PDFs left out."""
    if not manifest.left_out:
        return ""
    names = "; ".join(
        translate("PacketView", "{title} (document {id})").format(title=d.title, id=d.id)
        for d in manifest.left_out
    )
    return translate("PacketView", " Left out, password-protected: {names}.").format(names=names)


def _redacted_text(manifest: Manifest) -> str:
    """What the status says of redaction: the pages made pictures, and the scanned pages
    blacked out because they could not be read well enough, by stamp."""
    if not manifest.redact:
        return ""
    stamps = [p.stamp for p in manifest.redacted]
    pages = (
        translate("PacketView", "pages made pictures: {stamps}").format(stamps=", ".join(stamps))
        if stamps
        else translate("PacketView", "no page held one")
    )
    withheld = [p.stamp for p in manifest.withheld]
    if not withheld:
        return translate("PacketView", " Values removed ({pages}).").format(pages=pages)
    return translate(
        "PacketView",
        " Values removed ({pages}). Blacked out, scanned pages that could not be read well "
        "enough to be sure: {stamps}.",
    ).format(pages=pages, stamps=", ".join(withheld))
