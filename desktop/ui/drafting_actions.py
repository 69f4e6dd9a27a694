"""Saving and printing a draft, for the Drafting dialog (mixed into it).

Every way out starts with a full render (on the dialog's lane) that refuses while
anything required is empty: the dialog then lists what is missing by label and nothing
is asked, kept or printed.  A draft that renders is kept in the archive on the writes
lane (``outputs/``, indexed, linked to the case) and written where the volunteer chose,
or painted on a printer on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from desktop.digits import number
from desktop.drafting.errors import MissingFields
from desktop.drafting.render import Rendered
from desktop.ui import drafting_jobs as jobs
from desktop.ui.drafting_output import ask_target, kept_message, prepare_printer, print_rendered
from desktop.ui.guard import while_alive
from desktop.ui.tr import error_text, translate
from index.errors import CaseDeskError


class DraftActions:
    """Save as PDF, HTML or Word, and Print, for :class:`~desktop.ui.drafting_view.DraftingDialog`.

    Uses the dialog's ``session``, ``library``, ``lane``, ``fields``, ``context``,
    ``redaction``, ``secret`` (the password choice), ``status`` and ``problem`` labels,
    and emits its ``refused``, ``saved`` and ``printed``.
    """

    def save_file(self, fmt: str) -> None:
        """Save as PDF, HTML or Word (``docx``: from the template's Word version): check
        the draft, ask where, keep it and write it there."""
        self._rendered_then(lambda rendered: self._ask_and_keep(rendered, fmt))

    def save_to(self, target: Path) -> None:
        """Check the draft, keep it in the archive and write it to ``target`` (no questions)."""
        suffix = target.suffix.lower()
        fmt = "html" if suffix in (".html", ".htm") else "docx" if suffix == ".docx" else "pdf"
        self._rendered_then(lambda rendered: self.keep(rendered, fmt, target))

    def print_draft(self) -> None:
        """Check the draft, then print it through the system print dialog (not from a
        read-only window: a print is noted in the archive's log)."""
        if not self._may_print():
            return
        self._rendered_then(self._ask_and_print)

    def print_to(self, printer: QPrinter) -> None:
        """Check the draft and print it on ``printer`` as it is set up (no print dialog)."""
        if not self._may_print():
            return
        self._rendered_then(lambda rendered: self._print(rendered, printer, prepare=True))

    def _rendered_then(self, then: Callable[[Rendered], None]) -> None:
        if self.fields is None or self.context is None or not self._shown_template:
            self._refuse(["Choose a case and a template first."])
            return
        name, context, values = self._shown_template, self.context, self.fields.values()
        redaction = self.redaction
        self.status.setText(translate("DraftingActions", "Checking the draft…"))
        self.lane.start(
            lambda _task: jobs.render(self.library, name, context, values, redaction),
            on_done=while_alive(self, then),
            on_error=while_alive(self, self._render_refused),
        )

    def _render_refused(self, error: BaseException) -> None:
        self.status.clear()
        if isinstance(error, MissingFields):
            if self.fields is not None:
                self.fields.mark_missing(m.name for m in error.missing if m.typed)
            form = self.fields
            labels = [form.label_of(m.name, m.label) if form else m.label for m in error.missing]
            self.problem.setText(
                translate(
                    "DraftingActions",
                    "Nothing was saved or printed: the {template} needs these filled in:"
                    "<ul>{fields}</ul>",
                ).format(
                    template=escape(error.template_title),
                    fields="".join(f"<li>{escape(x)}</li>" for x in labels),
                )
            )
            self.refused.emit(labels)
        elif isinstance(error, CaseDeskError):
            self._refuse([error_text(error)])
        else:
            self._failed(error)

    def _refuse(self, reasons: list[str]) -> None:
        self.status.clear()
        self.problem.setText("<br>".join(escape(r) for r in reasons))
        self.refused.emit(reasons)

    def _ask_and_keep(self, rendered: Rendered, fmt: str) -> None:
        self.status.clear()
        if self._password(fmt) is False:
            return
        target = ask_target(self, rendered, fmt)
        if target is not None:
            self.keep(rendered, fmt, target)

    def _password(self, fmt: str) -> str | bool | None:
        """The password to encrypt with (``None``: not encrypting), or ``False`` once the
        reason it cannot be used has been shown."""
        try:
            password = self.secret.chosen(translate("DraftingActions", "the draft"))
        except CaseDeskError as error:
            self._refuse([error_text(error)])
            return False
        if password is not None and fmt != "pdf":
            self._refuse(["Only a PDF can be encrypted: save as PDF, or untick Encrypt."])
            return False
        return password

    def _may_print(self) -> bool:
        """False (and said) in a read-only window: a print is noted in the archive's log."""
        if self.session.read_only:
            self._refuse(["The archive is open read-only here: drafts cannot be printed."])
        return not self.session.read_only

    def keep(self, rendered: Rendered, fmt: str, target: Path) -> None:
        """Keep ``rendered`` in the archive and write it to ``target`` (on the writes lane)."""
        if self.session.read_only:
            self._refuse(["The archive is open read-only here: drafts cannot be kept in it."])
            return
        password = self._password(fmt)
        if password is False:
            return
        redaction = self.redaction
        self.status.setText(translate("DraftingActions", "Saving {name}…").format(name=target.name))
        self.session.write(
            lambda archive, _task: jobs.keep(
                archive, rendered, fmt, target, password=password, redaction=redaction
            ),
            on_done=while_alive(self, self._kept),
            on_error=while_alive(self, self._render_refused),
        )

    def _kept(self, kept: jobs.Kept) -> None:
        self.unsaved = False
        self.problem.clear()
        self.status.setText(kept_message(kept))
        self.saved.emit(kept)

    def _ask_and_print(self, rendered: Rendered) -> None:
        self.status.clear()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(printer, rendered)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._print(rendered, printer, prepare=False)

    def _print(self, rendered: Rendered, printer: QPrinter, *, prepare: bool) -> None:
        if prepare:
            prepare_printer(printer, rendered)
        pages = print_rendered(rendered, printer)
        kinds = self.redaction.kinds
        if not self.session.read_only:
            self.session.write(
                lambda archive, _task: jobs.note_printed(archive, rendered, pages, kinds)
            )
        self.unsaved = False
        self.problem.clear()
        self.status.setText(
            translate("DraftingActions", "Printed 1 page.")
            if pages == 1
            else translate("DraftingActions", "Printed {pages} pages.").format(pages=number(pages))
        )
        self.printed.emit(pages)


def escape(text: str) -> str:
    """``text`` safe to put in a rich-text label."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
