"""The Drafting dialog: choose a template, fill its form, watch the preview, save or print.

The form is generated from the template's fields and prefilled from the case; required
fields still empty are marked, and the preview (the letter as it will be, each missing
field shown as ``[Label]``) follows the typing after a short pause.  Saving renders the
draft first: a render refused for missing fields lists them, by label, in the dialog;
otherwise the draft is kept in the archive (``outputs/``, indexed, linked to the case)
on the writes lane and written where the volunteer chose.

Where the work runs: the case's context on the session's reads lane; reading templates
and rendering previews on the dialog's own lane (stopped when the dialog closes);
keeping the draft on the session's writes lane.  Printing paints on the UI thread.

Layout: the case and the template across the top; below, the template's fields and the
documents cited on the left, the preview and "When it leaves the office" on the right
(what the letter says, and what will leave).  The dialog is sized for its content and
never larger than the screen (:mod:`desktop.ui.screen_fit`).

"When it leaves the office" offers redaction (the kinds ticked are withheld from the
case, replaced wherever else they appear, and the PDF read back before it is kept) and
encryption of a PDF with a password typed twice.

Keys: Ctrl+S saves as PDF, Ctrl+P prints, Escape closes (asking first when something
typed was neither saved nor printed).

Signals:

- ``form_shown(object)``: the fields of a template are in the form (its ``TemplateInfo``);
- ``preview_shown(str)``: the preview shows this HTML;
- ``refused(list)``: Save or Print was refused; the labels of what is missing (or the
  reason, for anything else);
- ``saved(object)``: a draft was kept and written (a :class:`~desktop.ui.drafting_jobs.Kept`);
- ``printed(int)``: the draft was painted on a printer (its number of pages).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.drafting.citations import CitationRequest
from desktop.drafting.library import TemplateLibrary
from desktop.redaction.kinds import Redaction
from desktop.ui import drafting_jobs as jobs
from desktop.ui.ask import may_discard
from desktop.ui.case_list import principal_text
from desktop.ui.drafting_actions import DraftActions, escape
from desktop.ui.drafting_form import CitedDocuments, FieldsForm, TemplateChooser
from desktop.ui.drafting_output import LetterPreview
from desktop.ui.errors import ErrorBoundary
from desktop.ui.guard import StopsWhenClosed, while_alive
from desktop.ui.need_words import CONTEXT as NEEDS
from desktop.ui.notice import Notice
from desktop.ui.protect import REDACT_HELP, PasswordChoice, RedactChoice
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.session import Session
from desktop.ui.tr import error_text, translate
from desktop.ui.workers import Lane
from index.cases.model import Case
from index.errors import CaseDeskError

PREVIEW_DELAY_MS = 300
DIALOG_SIZE = QSize(1320, 900)  # fitted to the screen it opens on


class DraftingDialog(StopsWhenClosed, DraftActions, QDialog):
    """Drafting for one case, from a template chosen in the dialog."""

    form_shown = Signal(object)
    preview_shown = Signal(str)
    refused = Signal(list)
    saved = Signal(object)
    printed = Signal(int)

    def __init__(
        self,
        session: Session,
        errors: ErrorBoundary,
        case_id: str,
        doc_ids: Sequence[int | CitationRequest] = (),
        parent: QWidget | None = None,
        *,
        template: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("drafting")
        self.session, self.errors = session, errors
        self.case_id = case_id.strip().upper()
        self.cites = [c if isinstance(c, CitationRequest) else CitationRequest(c) for c in doc_ids]
        self.wanted_template = template
        # An office database keeps no templates of its own yet: the shipped ones.
        self.library = TemplateLibrary.for_archive(session.templates_root)
        self.lane = Lane("casedesk-drafting", self)
        self.closing = False
        self.quiet = errors.quiet  # tests: no "discard what was typed?" question
        self.unsaved = False  # something was typed since the draft was last saved or printed
        self.context: dict[str, object] | None = None
        self.redaction = Redaction()  # the values of the kinds ticked, for this case
        self.template_name = ""  # chosen in the list
        self._shown_template = ""  # whose fields the form shows
        self.fields: FieldsForm | None = None
        self.typed: dict[str, str] = {}  # what the volunteer typed, kept across templates
        self._generations = {"context": 0, "form": 0, "preview": 0}
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self._build()
        self._connect()
        self.setWindowTitle(
            translate("DraftingView", "Draft — {case}").format(
                case=self.case_id or translate("DraftingView", "choose a case")
            )
        )
        fit_to_screen(self, DIALOG_SIZE)
        self._load_templates()
        self._load_cases()
        self._load_context(self.cites)

    # -- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        self.case_box = QComboBox(objectName="draft-case")
        _narrow(self.case_box, 20)  # a long name must not make the dialog wider than a screen
        if self.case_id:
            self.case_box.addItem(self.case_id, self.case_id)
        self.templates = TemplateChooser()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.cited = CitedDocuments()
        self.confidential = QCheckBox(
            translate("DraftingView", "Include &confidential information"),
            objectName="draft-secret",
        )
        self.confidential.setToolTip(
            translate(
                "DraftingView",
                "Numbers, dates of birth, location and notes the case marks confidential "
                "stay out of the draft unless this is ticked.",
            )
        )
        self.redact = RedactChoice("draft")
        self.secret = PasswordChoice(
            "draft", translate("DraftingView", "&Encrypt the PDF with a password"), inline=True
        )
        self.preview = LetterPreview()
        self.needs = Notice("draft-needs", "#9b1c1c", Qt.TextFormat.AutoText)
        self.problem = Notice("draft-problem", "#9b1c1c", Qt.TextFormat.RichText)
        self.status = Notice("draft-status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pdf_button = QPushButton(
            translate("DraftingView", "Save as &PDF…"), objectName="save-pdf"
        )
        self.html_button = QPushButton(
            translate("DraftingView", "Save as &HTML…"), objectName="save-html"
        )
        self.word_button = QPushButton(
            translate("DraftingView", "Save as &Word…"), objectName="save-docx"
        )
        self.print_button = QPushButton(
            translate("DraftingView", "P&rint…"), objectName="print-draft"
        )
        self.close_button = QPushButton(translate("DraftingView", "Close"))
        if self.session.read_only:
            # Printing too: every draft printed is noted in the archive's log, which a
            # read-only window cannot write.
            for button in (self.pdf_button, self.html_button, self.word_button, self.print_button):
                button.setEnabled(False)
                button.setToolTip(
                    translate(
                        "DraftingView",
                        "The archive is open read-only here: drafts cannot be kept or printed.",
                    )
                )
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="draft-splitter")
        self.splitter.addWidget(self._form_side())
        self.splitter.addWidget(self._preview_side())
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, False)
        self.splitter.setStretchFactor(0, 2)  # the preview takes a little more of any room
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([520, 780])
        buttons = QHBoxLayout()
        for button in (self.pdf_button, self.html_button, self.word_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self._top())
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def _top(self) -> QHBoxLayout:
        """The case and the template, side by side across the dialog."""
        top = QHBoxLayout()
        for text, widget in (
            (translate("DraftingView", "C&ase"), self.case_box),
            (translate("DraftingView", "&Template"), self.templates),
        ):
            label = QLabel(text)
            label.setBuddy(widget if widget is self.case_box else self.templates.list)
            top.addWidget(label, 0, Qt.AlignmentFlag.AlignTop)
            top.addWidget(widget, 1, Qt.AlignmentFlag.AlignTop)
        return top

    def _form_side(self) -> QWidget:
        side = QWidget()
        cited = QGroupBox(translate("DraftingView", "Documents cited"))
        QVBoxLayout(cited).addWidget(self.cited)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(cited)
        return side

    def _preview_side(self) -> QWidget:
        side = QWidget()
        protect = QGroupBox(
            translate("DraftingView", "When it leaves the office: &remove these, encrypt")
        )
        protect.setToolTip(translate("Protect", REDACT_HELP))
        inside = QVBoxLayout(protect)
        inside.addWidget(self.redact)
        inside.addWidget(self.secret)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(translate("DraftingView", "<b>Preview</b>")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.needs)
        layout.addWidget(self.confidential)
        layout.addWidget(protect)
        return side

    def _connect(self) -> None:
        self.templates.chosen.connect(self._template_chosen)
        self.case_box.activated.connect(lambda _i: self._case_chosen())
        self.confidential.toggled.connect(lambda _on: self._load_context(self.cites))
        self.redact.changed.connect(lambda: self._load_context(self.cites))
        self.cited.wanted.connect(self._load_context)
        self.pdf_button.clicked.connect(lambda: self.save_file("pdf"))
        self.html_button.clicked.connect(lambda: self.save_file("html"))
        self.word_button.clicked.connect(lambda: self.save_file("docx"))
        self.print_button.clicked.connect(lambda: self.print_draft())
        self.close_button.clicked.connect(self.reject)
        for keys, slot in (
            (QKeySequence.StandardKey.Save, lambda: self.save_file("pdf")),
            (QKeySequence.StandardKey.Print, self.print_draft),
        ):
            action = QAction(self, shortcut=keys)
            action.triggered.connect(lambda _c=False, run=slot: run())
            self.addAction(action)

    # -- loading --------------------------------------------------------------------

    def _load_templates(self) -> None:
        self.lane.start(
            lambda _task: jobs.templates(self.library),
            on_done=while_alive(
                self, lambda found: self.templates.show_templates(found, self.wanted_template)
            ),
            on_error=while_alive(self, self._failed),
        )

    def _load_cases(self) -> None:
        self.session.read(
            lambda archive, _task: jobs.cases(archive),
            on_done=while_alive(self, self._show_cases),
            on_error=while_alive(self, self._failed),
        )

    def _show_cases(self, cases: list[Case]) -> None:
        self.case_box.clear()
        for case in cases:
            self.case_box.addItem(f"{case.id} — {principal_text(case)}", case.id)
        if self.case_box.findData(self.case_id) < 0:
            self.case_box.insertItem(
                0, self.case_id or translate("DraftingView", "(choose a case)"), self.case_id
            )
        self.case_box.setCurrentIndex(self.case_box.findData(self.case_id))

    def _case_chosen(self) -> None:
        chosen = self.case_box.currentData() or ""
        if chosen and chosen != self.case_id:
            self.case_id = chosen
            self.setWindowTitle(translate("DraftingView", "Draft — {chosen}").format(chosen=chosen))
            self._load_context(self.cites)

    def _load_context(self, cites: list[CitationRequest]) -> None:
        """Read the case's context with ``cites``; a refused citation leaves the old list."""
        generation = self._next("context")
        case_id, secret, wanted = self.case_id, self.confidential.isChecked(), list(cites)
        redact = self.redact.chosen()
        self.session.read(
            lambda archive, _task: jobs.context(archive, case_id, wanted, secret, redact),
            on_done=while_alive(self, lambda got: self._show_context(generation, wanted, *got)),
            on_error=while_alive(self, lambda e: self._context_refused(generation, wanted, e)),
        )

    def _show_context(
        self, generation: int, cites: list, context: dict[str, object], redaction: Redaction
    ) -> None:
        if generation != self._generations["context"]:
            return
        self.context, self.cites, self.redaction = context, cites, redaction
        self.cited.show_citations(cites, context["citations"])  # type: ignore[arg-type]
        self.cited.set_documents(context["documents"])  # type: ignore[arg-type]
        self._load_form()

    def _context_refused(self, generation: int, cites: list, error: BaseException) -> None:
        if generation != self._generations["context"]:
            return
        if cites != self.cites and isinstance(error, CaseDeskError):
            self.cited.refuse(error_text(error))
            self._load_context(self.cites)  # the citations that worked, with today's choices
        else:
            self._failed(error)

    def _template_chosen(self, name: str) -> None:
        self.template_name = name
        self._load_form()

    def _load_form(self) -> None:
        if self.context is None or not self.template_name:
            return
        generation = self._next("form")
        name, context = self.template_name, self.context
        self.lane.start(
            lambda _task: jobs.form(self.library, name, context),
            on_done=while_alive(self, lambda form: self._show_form(generation, form)),
            on_error=while_alive(self, self._failed),
        )

    def _show_form(self, generation: int, form: jobs.Form) -> None:
        if generation != self._generations["form"]:
            return
        names = [f.name for f in form.fields]
        shown = self.fields
        if (
            shown is not None
            and self._shown_template == form.info.name
            and [*shown.fields] == names
        ):
            shown.set_prefilled(form.prefilled)  # same form, another context: typing stays
        else:
            kept = {n: v for n, v in self.typed.items() if n in names}
            self.fields = FieldsForm(form.fields, {**form.prefilled, **kept}, kept)
            self.fields.edited.connect(self._field_edited)
            self.scroll.setWidget(self.fields)  # the old form is deleted with its widget
        self._shown_template = form.info.name
        self.problem.clear()
        self.form_shown.emit(form.info)
        self.update_preview()

    def _field_edited(self, name: str) -> None:
        if self.fields is not None:
            self.typed[name] = self.fields.values()[name]
        self.unsaved = True
        self.problem.clear()
        self._timer.start()

    # -- preview --------------------------------------------------------------------

    def update_preview(self) -> None:
        """Render the preview now, with the values as they are (on the dialog's lane)."""
        self._timer.stop()
        if self.fields is None or self.context is None or not self._shown_template:
            return
        generation = self._next("preview")
        name, context, values = self._shown_template, self.context, self.fields.preview_values()
        self.lane.start(
            lambda _task: jobs.preview(self.library, name, context, values),
            on_done=while_alive(self, lambda shown: self._show_preview(generation, shown)),
            on_error=while_alive(self, self._failed),
        )

    def _show_preview(self, generation: int, shown: jobs.Preview) -> None:
        if generation != self._generations["preview"] or self.fields is None:
            return
        self.preview.show_html(shown.html)
        self.fields.mark_missing(m.name for m in shown.missing if m.typed)
        others = [translate(NEEDS, m.label) for m in shown.missing if not m.typed]
        self.needs.setText(
            translate("DraftingView", "Also needed: {fields}.").format(fields="; ".join(others))
            if others
            else ""
        )
        self.preview_shown.emit(shown.html)

    # -- inside ---------------------------------------------------------------------

    def _next(self, what: str) -> int:
        self._generations[what] += 1
        return self._generations[what]

    def _failed(self, error: BaseException) -> None:
        self.status.clear()
        if isinstance(error, CaseDeskError):
            self.problem.setText(escape(error_text(error)))
        else:
            self.errors.report(error)

    def reject(self) -> None:
        """Close (Escape, Close, the window's ✕), asking first if typing would be lost."""
        if self.unsaved and not self.quiet and not self._discard_typing():
            return
        super().reject()

    def _discard_typing(self) -> bool:
        return may_discard(
            self,
            translate(
                "DraftingView",
                "What you typed in this draft has not been saved or printed. Close it anyway?",
            ),
        )

    def stop_work(self) -> None:
        """Closing the dialog stops its previews and renders (what was kept stays)."""
        self._timer.stop()
        self.lane.shut_down()


def _narrow(box: QComboBox, letters: int) -> None:
    """Let ``box`` be as narrow as ``letters`` letters (its items are shown in full when open)."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(letters)
