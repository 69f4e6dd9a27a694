"""Real windows on real archives, driven by pytest-qt."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QThreadPool
from PySide6.QtWidgets import QWidget

from desktop.ui.app import open_window
from desktop.ui.main_window import MainWindow
from desktop.ui.session import Session
from index.archive import Archive
from index.ingest.pipeline import Ingest
from tests.support.hostile import simple_pdf
from tests.support.ui_cases import build_case_archive, close_session


def write_desk(folder: Path) -> Path:
    """A few case documents of several kinds."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "statement.txt").write_text(
        "Statement of Muhammad Qasim Ahmadzai, case AFG-2024-00137. Interview at the embassy."
    )
    (folder / "note.txt").write_text(
        "Note: Mohammad Karimi interviewed in Peshawar, case AFG-2024-00200."
    )
    (folder / "visa-checklist.txt").write_text(
        "Visa checklist for the interview, case AFG-2024-00137."
    )
    simple_pdf(
        folder / "embassy-letter.pdf",
        ["Embassy letter, first page", "Second page", "Third page: Ahmadzai family interview date"],
    )
    return folder


@pytest.fixture
def archive_root(tmp_path: Path) -> Path:
    """An archive with the desk documents in it."""
    root = tmp_path / "archive"
    with Archive.open(root, write=True) as archive:
        Ingest(archive).run([write_desk(tmp_path / "desk")])
    return root


def shown_window(
    qtbot, root: Path, close: Callable[[MainWindow], object] = MainWindow.close
) -> Iterator[MainWindow]:
    """The main window on the archive at ``root``, shown with its first results (errors kept
    quiet); closed with ``close`` (work cancelled and awaited) after the test.  For
    fixtures: ``yield from shown_window(qtbot, root)``."""
    win = open_window(root)
    win.errors.quiet = True
    qtbot.addWidget(win, before_close_func=close)
    win.show()
    qtbot.waitUntil(lambda: win.last_result is not None, timeout=10_000)
    settle(qtbot, win)
    yield win
    close(win)
    QThreadPool.globalInstance().waitForDone()


@pytest.fixture
def window(qtbot, archive_root: Path) -> Iterator[MainWindow]:
    """The main window on the archive; closed (work cancelled and awaited) after the test."""
    yield from shown_window(qtbot, archive_root)


def settle(qtbot, window: MainWindow) -> None:
    """Wait until no search is pending and the current hit (if any) is shown."""
    qtbot.waitUntil(lambda: not window.searching and not window.loading_document, timeout=10_000)


def search(qtbot, window: MainWindow, text: str) -> None:
    """Type ``text`` into the search box and wait for its results and their preview."""
    settle(qtbot, window)
    window.search_box.clear()
    qtbot.keyClicks(window.search_box, text)
    settle(qtbot, window)
    assert window.search_box.text() == text


def in_view(widget: QWidget, frame: QWidget) -> bool:
    """``widget`` is showing and wholly inside ``frame`` (e.g. a scroll area's viewport:
    nothing to scroll to, nothing cut off)."""
    box = QRect(widget.mapTo(frame, widget.rect().topLeft()), widget.size())
    return widget.isVisible() and frame.rect().contains(box)


# The free area of a 1366×768 laptop screen under a 28 px panel (a maximised window).
LAPTOP = QRect(0, 0, 1366, 740)


# -- the cases and drafting views: an archive with full cases ---------------------------


@pytest.fixture
def archive(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """The archive's folder and its documents' ids by file name."""
    return build_case_archive(tmp_path)


@pytest.fixture
def session(archive: tuple[Path, dict[str, int]]) -> Session:
    """The window's session on the archive (closed, its lanes drained, after the test)."""
    opened = Session(archive[0])
    yield opened
    close_session(opened)
