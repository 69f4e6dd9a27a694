"""The Packet builder with internal documents and a password-protected PDF in the case."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.ui.locked_pdf import LockedPdfDialog
from desktop.ui.packet_view import PacketDialog
from desktop.ui.session import Session
from tests.support.drafting import CASE_ID
from tests.support.packets import (
    LOCKED_PASSWORD,
    LOCKED_WORDS,
    add_note_and_locked_pdf,
    build_packet_archive,
    write_packet_documents,
)
from tests.support.ui_cases import close_session, quiet_errors
from tests.ui.test_packet_builder import texts


@pytest.fixture
def case_session(tmp_path: Path):
    """A session on the packet case plus a briefing note and a locked PDF; their ids."""
    root = tmp_path / "archive"
    ids = build_packet_archive(root, write_packet_documents(tmp_path / "docs"))
    note, locked = add_note_and_locked_pdf(root, tmp_path / "more")
    session = Session(root)
    yield session, ids, note, locked
    close_session(session)


@pytest.fixture
def builder(qtbot, case_session) -> PacketDialog:
    """The builder opened on the case, once its documents are listed."""
    session = case_session[0]
    dialog = PacketDialog(session, quiet_errors(session), CASE_ID)
    qtbot.addWidget(dialog, before_close_func=lambda w: w.close())
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.show()
    yield dialog
    dialog.close()


def asked(qtbot, dialog: PacketDialog) -> LockedPdfDialog:
    """The password question the builder shows (waited for)."""
    qtbot.waitUntil(lambda: dialog.findChild(LockedPdfDialog) is not None, timeout=30_000)
    ask = dialog.findChild(LockedPdfDialog)
    qtbot.waitUntil(ask.isVisible)
    return ask


def test_internal_documents_are_left_out_and_said_until_ticked(
    qtbot, builder: PacketDialog, case_session
) -> None:
    """GIVEN a case with a briefing note WHEN the builder opens THEN the note is not listed and
    the builder says it was left out as internal; WHEN "Include internal documents" is ticked
    THEN it is listed and the note disappears; unticked THEN it goes again."""
    _session, _ids, note, _locked = case_session
    assert note not in builder.documents.ids()
    assert builder.internal_note.isVisible()
    assert "Left out, as internal" in builder.internal_note.text()
    assert "briefing note" in builder.internal_note.text()
    qtbot.mouseClick(builder.include_internal, Qt.MouseButton.LeftButton)
    assert note in builder.documents.ids() and not builder.internal_note.isVisible()
    qtbot.mouseClick(builder.include_internal, Qt.MouseButton.LeftButton)
    assert note not in builder.documents.ids() and builder.internal_note.isVisible()


def test_a_locked_pdf_is_asked_for_and_a_wrong_password_asked_again(
    qtbot, builder: PacketDialog, case_session
) -> None:
    """GIVEN the case's locked PDF in the list WHEN Build is clicked THEN its password is asked
    for; a wrong one is refused in the same question; the right one builds the packet with the
    PDF's page in it."""
    _session, _ids, _note, locked = case_session
    assert locked in builder.documents.ids()
    qtbot.mouseClick(builder.build_button, Qt.MouseButton.LeftButton)
    ask = asked(qtbot, builder)
    assert ask.doc_id == locked and not ask.error.isVisible()
    qtbot.keyClicks(ask.password_box, LOCKED_PASSWORD.upper())
    qtbot.mouseClick(ask.include_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: builder.findChild(LockedPdfDialog) not in (None, ask), timeout=30_000)
    again = asked(qtbot, builder)
    assert "does not open it" in again.error.text() and again.error.isVisible()
    with qtbot.waitSignal(builder.built, timeout=60_000) as built:
        qtbot.keyClicks(again.password_box, LOCKED_PASSWORD)
        qtbot.mouseClick(again.include_button, Qt.MouseButton.LeftButton)
    kept = built.args[0]
    assert locked in [d.id for d in kept.manifest.documents]
    assert LOCKED_WORDS in " ".join(texts(kept.output.path))


def test_a_locked_pdf_can_be_left_out_and_the_status_says_so(
    qtbot, builder: PacketDialog, case_session
) -> None:
    """GIVEN the locked PDF WHEN Build is clicked and "Leave it out" chosen THEN the packet is
    built without it and the status names it as left out, password-protected."""
    _session, ids, _note, locked = case_session
    qtbot.mouseClick(builder.build_button, Qt.MouseButton.LeftButton)
    ask = asked(qtbot, builder)
    with qtbot.waitSignal(builder.built, timeout=60_000) as built:
        qtbot.mouseClick(ask.leave_button, Qt.MouseButton.LeftButton)
    kept = built.args[0]
    assert {d.id for d in kept.manifest.documents} == set(ids.values())
    assert "Left out, password-protected" in builder.status.text()
    assert f"document {locked}" in builder.status.text()


def test_stopping_at_the_password_question_builds_nothing(
    qtbot, builder: PacketDialog, case_session
) -> None:
    """GIVEN the locked PDF WHEN Build is clicked and the question answered "Stop building"
    THEN nothing is built, the builder says so, and Build can be clicked again."""
    qtbot.mouseClick(builder.build_button, Qt.MouseButton.LeftButton)
    ask = asked(qtbot, builder)
    with qtbot.waitSignal(builder.refused, timeout=10_000):
        qtbot.mouseClick(ask.stop_button, Qt.MouseButton.LeftButton)
    assert builder.kept is None and "Not built" in builder.problem.text()
    assert builder.build_button.isEnabled()
