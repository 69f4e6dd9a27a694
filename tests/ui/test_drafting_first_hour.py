"""The Drafting dialog as a newcomer meets it: which template it opens on, read-only windows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from desktop.drafting.library import TemplateLibrary
from desktop.ui.case_work import LAST_TEMPLATE
from desktop.ui.drafting_view import DraftingDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.session import Session
from index.archive import Archive
from tests.support.drafting import CASE_ID, TYPED
from tests.support.ui_cases import close_session, quiet_errors


def _open(qtbot, session: Session, **kw: object) -> DraftingDialog:
    dialog = DraftingDialog(session, quiet_errors(session), CASE_ID, **kw)
    qtbot.addWidget(dialog, before_close_func=lambda w: w.close())
    with qtbot.waitSignal(dialog.form_shown, timeout=10_000):
        dialog.show()
    return dialog


def test_the_dialog_opens_on_a_letter_not_the_cover_sheet(qtbot, session: Session) -> None:
    """GIVEN the shipped templates (the packet cover sheet sorts first by title)
    WHEN the Drafting dialog opens without a template asked for
    THEN a letter is chosen, not the cover sheet."""
    library = TemplateLibrary.for_archive(session.root)
    good, _broken = library.scan()
    assert min(good, key=lambda t: t.title.lower()).kind != "letter"  # the trap is there
    dialog = _open(qtbot, session)
    chosen = library.get(dialog.template_name)
    assert chosen.kind == "letter"
    dialog.close()


def test_the_next_draft_opens_on_the_template_last_used(
    qtbot, session: Session, tmp_path: Path
) -> None:
    """GIVEN a window on the archive WHEN a case summary is printed from a draft
    THEN the next draft opened from the window starts on the case summary."""
    session.close()
    window = MainWindow(Session(session.root), _settings(tmp_path))
    qtbot.addWidget(window, before_close_func=lambda w: w.close())
    try:
        window.errors.quiet = True
        window.case_work.open_drafting(CASE_ID, [])
        (first,) = window.findChildren(DraftingDialog)
        qtbot.waitUntil(lambda: first.fields is not None, timeout=10_000)
        with qtbot.waitSignal(first.form_shown, timeout=10_000):
            first.templates.choose("case-summary")
        for name, value in first.fields.values().items():
            if not value:
                first.fields.set_value(name, TYPED.get(name, "Typed."))
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        with qtbot.waitSignal(first.printed, timeout=15_000):
            first.print_to(printer)
        first.close()
        assert window.settings.value(LAST_TEMPLATE) == "case-summary"
        window.case_work.open_drafting(CASE_ID, [])
        qtbot.waitUntil(lambda: len(window.findChildren(DraftingDialog)) == 1, timeout=5000)
        (second,) = window.findChildren(DraftingDialog)
        qtbot.waitUntil(lambda: second.template_name != "", timeout=10_000)
        assert second.template_name == "case-summary"
        second.close()
    finally:
        window.close()


def test_a_read_only_window_cannot_print_a_draft(
    qtbot, archive: tuple[Path, dict[str, int]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN another CaseDesk holding the archive while the window opens
    WHEN a draft opens in that read-only window
    THEN Print is off like Save (a print is noted in the archive's log, which it cannot write),
    and asking to print anyway prints nothing and says why."""
    monkeypatch.setenv("CASEDESK_LOCK_WAIT", "0.2")  # the session waits a few seconds first
    root = archive[0]
    with Archive.open(root, write=True, holder="another window"):
        session = Session(root)
        try:
            assert session.read_only
            dialog = _open(qtbot, session)
            assert not dialog.print_button.isEnabled() and not dialog.pdf_button.isEnabled()
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(tmp_path / "printed.pdf"))
            with qtbot.waitSignal(dialog.refused, timeout=5000):
                dialog.print_to(printer)
            assert not (tmp_path / "printed.pdf").exists()
            assert "read-only" in dialog.problem.text()
            dialog.close()
        finally:
            close_session(session)


def _settings(folder: Path):
    from PySide6.QtCore import QSettings

    return QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
