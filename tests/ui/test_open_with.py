"""Files opened with CaseDesk: the window asks, adds on Add, and a second launch hands them over."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox

from desktop.ui.app import start
from desktop.ui.handover import hand_over
from desktop.ui.icon import app_icon
from desktop.ui.main_window import MainWindow
from desktop.ui.open_with import QUESTION_NAME
from index.archive import Archive
from tests.cli.conftest import casedesk_command
from tests.ui.test_ingest_window import wait_for_ingest


def letters(folder: Path, count: int) -> list[Path]:
    """``count`` invented letters, each naming Kunduz once; the first has a Dari name."""
    folder.mkdir()
    paths = []
    for i in range(count):
        path = folder / ("نامه سفارت.txt" if i == 0 else f"letter-{i}.txt")
        path.write_text(f"Letter {i} from the Kunduz office about a family's interview.\n")
        paths.append(path)
    return paths


def documents(root: Path) -> int:
    with Archive.open(root, write=False) as archive:
        return archive.stats()["documents"]


def question(qtbot, window: MainWindow) -> QMessageBox:
    """The "Add these files?" question, once it shows."""
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, QUESTION_NAME) is not None, timeout=30_000
    )
    box = window.findChild(QMessageBox, QUESTION_NAME)
    qtbot.waitUntil(box.isVisible)
    return box


def listed(box: QMessageBox) -> list[str]:
    """The names the question lists, without the marks that keep each line left to right."""
    return [line.strip("\u200e\u2066\u2069") for line in box.informativeText().splitlines()]


def answer(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text().replace("&", "") == text).click()


@pytest.fixture
def opened_with(qtbot, archive_root: Path, tmp_path: Path):
    """The window as ``casedesk gui FILE FILE FILE`` opens it: on the archive, asking."""
    files = letters(tmp_path / "downloads", 3)
    window = start(archive_root, files)
    window.errors.quiet = True
    qtbot.addWidget(window, before_close_func=lambda w: w.close())
    yield window, files
    window.close()
    QThreadPool.globalInstance().waitForDone()


def test_the_window_asks_with_the_names_and_add_adds_them(qtbot, opened_with) -> None:
    """GIVEN three files opened with CaseDesk WHEN the window starts THEN it asks "Add these 3
    files to the archive?" listing their names, and Add ingests them in the background."""
    window, files = opened_with
    before = documents(window.session.root)
    box = question(qtbot, window)
    assert box.text() == "Add these 3 files to the archive?"
    assert listed(box) == [f.name for f in files]
    answer(box, "Add")
    wait_for_ingest(qtbot, window)
    assert documents(window.session.root) == before + 3


def test_cancel_adds_nothing(qtbot, opened_with) -> None:
    """GIVEN the question for three files WHEN Cancel is clicked THEN no ingest starts and the
    archive holds what it held."""
    window, _files = opened_with
    before = documents(window.session.root)
    answer(question(qtbot, window), "Cancel")
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, QUESTION_NAME) is None)
    assert window.ingest_bar.task is None
    assert documents(window.session.root) == before


# Offscreen (the tests' platform) has no window stacking to raise the window in.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
@pytest.mark.parametrize("command", [["gui"], []], ids=["casedesk gui FILE", "casedesk FILE"])
def test_a_second_launch_hands_its_files_to_the_open_window(
    qtbot, window: MainWindow, tmp_path: Path, command: list[str]
) -> None:
    """GIVEN a window open on the archive WHEN casedesk gui FILE FILE (or casedesk FILE FILE, as a
    file manager may run it) runs on it THEN that launch ends at once (exit 0), the open window
    asks about those two files, and Add adds them."""
    files = letters(tmp_path / "more", 2)
    before = documents(window.session.root)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    launch = subprocess.Popen(
        [*casedesk_command(), "--archive", str(window.session.root), *command, *map(str, files)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    try:
        box = question(qtbot, window)
        qtbot.waitUntil(lambda: launch.poll() is not None, timeout=30_000)
    finally:
        launch.kill()  # only if it is still running: it must not open a second window
        out, err = launch.communicate()
    assert launch.returncode == 0, err
    assert "asks whether to add them" in out
    assert box.text() == "Add these 2 files to the archive?"
    assert listed(box) == [f.name for f in files]
    answer(box, "Add")
    wait_for_ingest(qtbot, window)
    assert documents(window.session.root) == before + 2


def test_no_window_no_handover(qtbot, tmp_path: Path) -> None:
    """GIVEN no window open on an archive WHEN a launch tries to hand files to it THEN it is told
    there is none (and would open its own window)."""
    assert hand_over(tmp_path / "archive", [tmp_path / "a.pdf"]) is False


def test_the_window_has_casedesks_icon(qtbot, window: MainWindow) -> None:
    """GIVEN the window WHEN its icon is drawn at 16 and 48 pixels (Qt's SVG icon engine,
    offscreen) THEN both are drawn, with the magnifier's amber in the 48-pixel one."""
    assert window.windowIcon().cacheKey() == app_icon().cacheKey()
    small, large = (window.windowIcon().pixmap(s, s).toImage() for s in (16, 48))
    assert (small.width(), large.width()) == (16, 48)
    colours = {QColor(large.pixel(x, y)).name() for x in range(48) for y in range(48)}
    assert "#f3a712" in colours
