"""Opening another archive from the File menu: Open archive…, Recent archives, failures."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel

from desktop.ui import app
from desktop.ui.app import open_window, remember_archive, settings
from desktop.ui.main_window import MainWindow
from desktop.ui.recent import recent_archives
from index.archive import Archive
from index.ingest.pipeline import Ingest
from tests.ui.conftest import search, settle


def make_archive(root: Path, desk: Path, text: str) -> Path:
    """A real archive at ``root`` holding one note with ``text``."""
    desk.mkdir(parents=True)
    (desk / "note.txt").write_text(text)
    with Archive.open(root, write=True) as archive:
        Ingest(archive).run([desk])
    return root


@pytest.fixture
def other_root(tmp_path: Path) -> Path:
    """A second archive, remembered as if it had been open earlier."""
    root = make_archive(tmp_path / "other", tmp_path / "other-desk", "Herat hearing note.")
    remember_archive(settings(), root)
    return root


@pytest.fixture
def first(qtbot, archive_root: Path, other_root: Path) -> Iterator[MainWindow]:
    """A window on the first archive (opened after the other one was remembered)."""
    win = open_window(archive_root)
    win.errors.quiet = True
    win.show()
    settle(qtbot, win)
    yield win
    for window in [win, *app.windows]:
        window.close()
    QThreadPool.globalInstance().waitForDone()


def recent_action(window: MainWindow, root: Path) -> QAction | None:
    """The Recent archives entry for ``root``, as listed when the menu opens."""
    window.recent_menu.aboutToShow.emit()
    entries = [a for a in window.recent_menu.actions() if a.data() == str(root.resolve())]
    return entries[0] if entries else None


def listed(window: MainWindow) -> list[str]:
    """The archives the Recent archives menu lists when it opens."""
    window.recent_menu.aboutToShow.emit()
    return [a.data() for a in window.recent_menu.actions() if a.data()]


def window_on(root: Path) -> MainWindow:
    """The one open window on ``root``."""
    (found,) = [w for w in app.windows if w.session.root == root and w.isVisible()]
    return found


def test_choosing_a_recent_archive_replaces_the_window(
    qtbot, first: MainWindow, archive_root: Path, other_root: Path
) -> None:
    """GIVEN a window on one archive and another archive remembered WHEN the other is chosen
    in File ▸ Recent archives THEN a window on it shows and searches it, and the first window
    closed as usual: its archive is let go (it can be opened for writing)."""
    assert listed(first) == [str(other_root)]
    recent_action(first, other_root).trigger()
    second = window_on(other_root)
    second.errors.quiet = True
    assert not first.isVisible() and first.session.writer is None
    assert not second.session.read_only and second.isVisible()
    qtbot.waitUntil(lambda: first not in app.windows)  # let go, so Python may collect it
    search(qtbot, second, "Herat")
    assert second.last_result.total == 1
    with Archive.open(archive_root, write=True):
        pass  # the first window gave the writer lock back
    assert recent_archives(settings())[:2] == [other_root.resolve(), archive_root.resolve()]
    assert recent_action(second, archive_root) is not None
    assert first.errors.shown == second.errors.shown == []


def test_the_recent_list_leaves_out_the_open_archive_and_missing_folders(
    qtbot, first: MainWindow, archive_root: Path, other_root: Path, tmp_path: Path
) -> None:
    """GIVEN remembered archives of which one folder was deleted WHEN the menu opens THEN it
    lists the others most recent first, never the open one; AND Clear list empties it."""
    gone = make_archive(tmp_path / "gone", tmp_path / "gone-desk", "Old note.")
    newest = make_archive(tmp_path / "newest", tmp_path / "newest-desk", "New note.")
    for root in (gone, newest):
        remember_archive(settings(), root)  # as another window would
    shutil.rmtree(gone)
    assert listed(first) == [str(newest), str(other_root)]
    assert recent_action(first, archive_root) is None
    first.recent_menu.findChild(QAction, "clear-recent").trigger()
    assert listed(first) == []
    assert not first.recent_menu.findChild(QAction, "clear-recent").isEnabled()
    assert recent_archives(settings()) == [archive_root.resolve()]


def test_a_folder_that_is_not_an_archive_is_refused_and_the_window_stays(
    qtbot, first: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN a plain folder WHEN chosen with File ▸ Open archive… (Choose a folder…) THEN the
    window says in plain words that there is no archive there, stays open and working, and the
    folder is untouched."""
    plain = tmp_path / "letters"
    plain.mkdir()
    monkeypatch.setattr(
        "desktop.ui.open_archive.QFileDialog.getExistingDirectory", lambda *_a, **_k: str(plain)
    )
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().folder_button.click())
    open_action = next(a for a in first.findChildren(QAction) if a.text() == "&Open archive…")
    open_action.trigger()
    assert "There is no CaseDesk archive in" in first.errors.shown[-1]
    assert list(plain.iterdir()) == []
    assert first.isVisible() and [w for w in app.windows if w.isVisible()] == [first]
    search(qtbot, first, "Peshawar")
    assert first.last_result.total == 1


def test_an_archive_another_casedesk_is_changing_opens_read_only(
    qtbot, first: MainWindow, other_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN another CaseDesk holding the other archive's writer lock all the while (a long
    ingest) WHEN it is chosen in Recent archives THEN it opens read-only, saying who holds it."""
    monkeypatch.setenv("CASEDESK_LOCK_WAIT", "0.2")  # the window waits a few seconds first
    with Archive.open(other_root, write=True, holder="casedesk add"):
        recent_action(first, other_root).trigger()
        second = window_on(other_root)
        second.errors.quiet = True
        assert second.session.read_only and not first.isVisible()
        banner = second.findChild(QLabel, "read-only")
        assert banner is not None and "casedesk add" in banner.text()
        second.close()


def test_no_two_actions_share_a_shortcut(first: MainWindow) -> None:
    """GIVEN the main window WHEN its shortcuts are listed THEN each is used once (Qt fires
    neither of two actions sharing one)."""
    keys = [
        a.shortcut().toString() for a in first.findChildren(QAction) if not a.shortcut().isEmpty()
    ]
    assert keys and len(keys) == len(set(keys))
