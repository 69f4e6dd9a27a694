"""The window tidies the search index when idle, and gives way to any change asked for."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.ui import session, tidy
from desktop.ui.main_window import MainWindow
from index.archive import Archive
from index.ingest.pipeline import Ingest
from index.search import searchindex
from index.search.optimise import optimise_elsewhere
from tests.ui.conftest import search, settle
from tests.ui.test_ingest_window import drop, many_files, wait_for_ingest


@pytest.fixture
def untidy(archive_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The desk archive after four more adds (five index parts at least)."""
    with Archive.open(archive_root, write=True) as archive:
        for n in range(4):
            batch = tmp_path / f"batch{n}"
            batch.mkdir()
            for i in range(3):
                (batch / f"n{i}.txt").write_text(f"Note {n}-{i} about a Kandahar family.")
            Ingest(archive).run([batch])
        assert archive.search.segments() >= 5
    # Whether it is worth it has its own tests; here: whenever there is more than one part
    # (an ingest's own commit may merge some parts, and must not make the test depend on it).
    monkeypatch.setattr(searchindex, "worth_optimising", lambda sizes: len(sizes) > 1)
    monkeypatch.setattr(tidy, "TIDY_AFTER_MS", 3_600_000)  # the tests say when it is idle
    return archive_root


def _idle(window: MainWindow) -> list[str]:
    """Let the window's idle wait end now; the status bar messages from then on."""
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    window.tidier.timer.setInterval(50)
    window.tidier.schedule()
    return messages


def _segments(window: MainWindow) -> int:
    return window.session.writer.search.segments()


def test_an_idle_window_merges_the_index_into_one_part_and_search_is_unchanged(
    qtbot, untidy: Path, window: MainWindow
) -> None:
    """GIVEN the window on an archive whose index is in many parts WHEN it is left idle
    THEN the status bar says the index is being tidied, then that it is tidy; the index is
    in one part and a search finds the same documents as before."""
    search(qtbot, window, "Kandahar")
    before = window.last_result.total
    assert before == 12 and _segments(window) >= 5
    messages = _idle(window)
    qtbot.waitUntil(lambda: tidy.DONE in messages, timeout=60_000)
    assert messages[0] == tidy.WORKING and window.tidier.task is None
    assert _segments(window) == 1
    search(qtbot, window, "Kandahar family")
    search(qtbot, window, "Kandahar")
    assert window.last_result.total == before


def test_a_folder_dropped_while_tidying_stops_the_tidying_and_is_added(
    qtbot, untidy: Path, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN the window tidying its index WHEN a folder is dropped on it THEN the tidying
    stops (the index keeps its parts), the folder is added and found, and the tidying
    starts again once the window is idle."""
    calls: list[Path] = []

    def held_first(folder: Path, cancelled) -> bool:
        # The index is small: the first tidying could finish before the drop arrives
        # (seen once in CI). Hold it until it is told to stop; the second runs freely.
        calls.append(folder)
        deadline = time.monotonic() + 20
        while len(calls) == 1 and not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        return optimise_elsewhere(folder, cancelled=cancelled)

    monkeypatch.setattr(session, "optimise_elsewhere", held_first)
    _idle(window)
    qtbot.waitUntil(lambda: window.tidier.task is not None, timeout=10_000)
    tidying, outcome = window.tidier.task, []
    tidying.signals.finished.connect(outcome.append)
    drop(window, many_files(tmp_path / "more", 5))
    assert tidying.cancelled
    wait_for_ingest(qtbot, window)
    settle(qtbot, window)
    search(qtbot, window, "Kandahar")
    assert window.last_result.total == 17 and outcome == [False]  # stopped, not finished
    qtbot.waitUntil(lambda: _segments(window) == 1, timeout=60_000)
    qtbot.waitUntil(lambda: window.tidier.task is None, timeout=10_000)
