"""Two windows and the command line on one archive: each holds the writer lock only while
it writes, sees what the others wrote, and never saves a case over another's change."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.ui.cases_view import CasesView
from desktop.ui.drafting_view import DraftingDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.session import Session
from desktop.ui.text_direction import ParagraphsEdit
from index.archive import Archive
from index.lock import LOCK_NAME
from tests.cli.conftest import casedesk_command
from tests.support.drafting import CASE_ID
from tests.support.hostile import xobject_bomb_pdf
from tests.support.ui_cases import TODAY, close_session, quiet_errors
from tests.ui.conftest import search, settle
from tests.ui.test_ingest_window import wait_for_ingest

NEW_WORD = "Zarghunabad"


def _casedesk(root: Path, *args: str | os.PathLike[str], wait: bool = True):
    """``casedesk ARGS`` on ``root`` in a process of its own (run to the end, or started)."""
    command = [*casedesk_command(), *map(str, args)]
    env = {**os.environ, "CASEDESK_ARCHIVE": str(root)}
    if wait:
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    return subprocess.Popen(  # a group of its own: its extraction workers die with it
        command,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _new_note(folder: Path, name: str = "new-note.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    text = f"Follow-up ({name}) from {NEW_WORD} district, case AFG-2024-00555."
    (folder / name).write_text(text)
    return folder


@pytest.fixture
def second(session: Session) -> Iterator[Session]:
    """A second window's session on the same archive (closed after the test)."""
    opened = Session(session.root)
    yield opened
    close_session(opened)


def test_the_command_line_adds_while_a_window_is_open_and_the_window_sees_it(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """GIVEN a window open and idle on the archive, searching for a word no document has
    WHEN casedesk add (another process) adds a note with that word
    THEN the command succeeds, and the window's results and case list show the new
    document and case without being reopened or the search typed again; AND the window then
    adds a note of its own into the index the command wrote, and both are found."""
    search(qtbot, window, NEW_WORD)
    assert window.last_result.total == 0
    cases = window.case_work.cases
    added = _casedesk(window.session.root, "add", _new_note(tmp_path / "new"))
    assert added.returncode == 0, added.stderr
    qtbot.waitUntil(lambda: window.last_result.total == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "AFG-2024-00555" in [c.id for c in cases.list.cases], timeout=10_000)
    assert window.search_box.text() == NEW_WORD
    window.add([_new_note(tmp_path / "mine", "my-note.txt")])
    wait_for_ingest(qtbot, window)
    assert window.errors.shown == []
    search(qtbot, window, NEW_WORD)
    qtbot.waitUntil(lambda: window.last_result.total == 2, timeout=10_000)


def test_a_second_window_can_add_files_and_save_a_draft_as_pdf(
    qtbot,
    session: Session,
    second: Session,
    archive: tuple[Path, dict[str, int]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """GIVEN a window's session open on the archive WHEN a second window opens it
    THEN the second is not read-only: its drafting dialog saves a letter as PDF into the
    archive while the first stays open, and the first can write after it."""
    assert not session.read_only and not second.read_only
    dialog = DraftingDialog(
        second,
        quiet_errors(second),
        CASE_ID,
        [archive[1]["radio-letter.pdf"]],
        template="resettlement-referral",
    )
    qtbot.addWidget(dialog, before_close_func=lambda w: w.close())
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        dialog.show()
    assert dialog.pdf_button.isEnabled()
    box = dialog.fields.inputs["grounds"]
    assert isinstance(box, ParagraphsEdit)
    with qtbot.waitSignal(dialog.preview_shown, timeout=5000):
        qtbot.keyClicks(box, "Invented grounds for the test.")
    target = tmp_path / "referral.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(dialog.saved, timeout=30_000) as saved:
        qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert target.is_file(), (dialog.problem.text(), dialog.errors.shown)
    assert saved.args[0].saved.output.path.parent == session.root / "outputs"
    dialog.close()
    done = []
    session.write(
        lambda archive, _t: archive.catalog.set_setting("probe", "1"), on_done=done.append
    )
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)


def test_a_case_saved_over_another_windows_change_is_refused_and_can_be_reloaded(
    qtbot, session: Session, second: Session
) -> None:
    """GIVEN one case open in two windows WHEN the second saves a new location and then the
    first saves another THEN the first is refused saying the case was changed elsewhere,
    the archive keeps the second's location, and Reload case shows it in the first."""
    views = []
    for opened in (session, second):
        view = CasesView(opened, quiet_errors(opened), today=lambda: TODAY)
        qtbot.addWidget(view, before_close_func=lambda w: w.close())
        view.show()
        qtbot.waitUntil(lambda v=view: v.editor.loaded is not None, timeout=10_000)
        with qtbot.waitSignal(view.documents_shown, timeout=5000):
            view.list.select_case(CASE_ID)
        qtbot.waitUntil(lambda v=view: v.shown_case_id() == CASE_ID, timeout=5000)
        views.append(view)
    first, other = views
    other.editor.location.setText("Quetta")
    other.editor.changed.emit()
    with qtbot.waitSignal(other.case_saved, timeout=10_000):
        qtbot.mouseClick(other.save_button, Qt.MouseButton.LeftButton)
    first.editor.location.setText("Lahore")
    first.editor.changed.emit()
    with qtbot.waitSignal(first.save_refused, timeout=10_000):
        qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    assert "was changed in another window or by a command" in first.message.text()
    assert first.reload_button.isVisible()
    with Archive.open(session.root, write=False) as archive:
        assert archive.cases.get(CASE_ID).location == "Quetta"
    with qtbot.waitSignal(first.documents_shown, timeout=5000):
        qtbot.mouseClick(first.reload_button, Qt.MouseButton.LeftButton)
    assert first.editor.location.text() == "Quetta" and not first.dirty
    assert not first.reload_button.isVisible()
    for view in views:
        view.close()


def test_a_writer_killed_holding_the_lock_does_not_block_the_window(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """GIVEN a window open on the archive WHEN casedesk add starts a slow ingest (holding the
    writer lock) and is killed with SIGKILL in the middle THEN the window then adds a file
    at once, and search finds it."""
    (tmp_path / "slow").mkdir()
    slow = xobject_bomb_pdf(tmp_path / "slow" / "slow.pdf", depth=12)
    holder = _casedesk(window.session.root, "add", slow.parent, "--time-limit", "60", wait=False)
    try:
        lock = window.session.root / LOCK_NAME
        deadline = time.monotonic() + 60
        while b"casedesk add" not in lock.read_bytes() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert b"casedesk add" in lock.read_bytes()
    finally:
        os.killpg(holder.pid, signal.SIGKILL)
        holder.wait()
    window.add([_new_note(tmp_path / "after")])
    wait_for_ingest(qtbot, window)
    assert window.errors.shown == []
    settle(qtbot, window)
    search(qtbot, window, NEW_WORD)
    assert window.last_result.total == 1
