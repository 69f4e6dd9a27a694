"""File ▸ Import cases… and File ▸ Back up… in the real window, driven by pytest-qt."""

from __future__ import annotations

import datetime
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.operations.backup import LAST_BACKUP
from desktop.ui.main_window import MainWindow
from index.archive import Archive
from tests.support.case_sheets import BAD, DARI, DUPLICATE, GOOD, write_csv, write_xlsx
from tests.ui.conftest import shown_window


@pytest.fixture
def window(qtbot, archive_root: Path) -> Iterator[MainWindow]:
    """The main window on the desk archive, with 8 MB in its outputs (a backup that
    reports progress more than once)."""
    (archive_root / "outputs" / "large.bin").write_bytes(bytes(range(256)) * (8 << 12))
    yield from shown_window(qtbot, archive_root)


def _cases(root: Path) -> list[str]:
    with Archive.open(root, write=False) as archive:
        return sorted(c.id for c in archive.cases.list() if c.updated_at)


def _open_import(qtbot, window: MainWindow, path: Path):
    dialog = window.import_and_backup.import_cases(path)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    return dialog


def test_the_file_menu_has_import_and_back_up_before_quit(window: MainWindow) -> None:
    """GIVEN the window WHEN its File menu is read THEN Import cases… and Back up… come
    just before Quit."""
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if a.text()]
    assert texts[-3:] == ["&Import cases…", "&Back up…", "&Quit"]


def test_import_preview_names_refused_rows_and_imports_the_rest_when_asked(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """GIVEN a CSV with good rows, a bad row and a duplicate person
    WHEN opened in Import cases… THEN the preview lists each refused row with its column
    and value, and Import is off; WHEN "leave out" is ticked and Import clicked THEN the one
    clean case is added and the Cases dock shows it."""
    sheet = write_csv(tmp_path / "cases.csv", [*GOOD, BAD, DUPLICATE])
    dialog = _open_import(qtbot, window, sheet)
    table = dialog.table
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    assert rows == [("5", "birth_date", "1985-13-01"), ("5", "priority", "soon"),
                    ("6", "name", "Omid Rahimi")]  # fmt: skip
    assert not dialog.import_button.isEnabled()
    dialog.skip_bad.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as done:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert done.args[0].written and done.args[0].added == ("AFG-2024-00202",)
    assert "Imported 1 case" in dialog.summary.text()
    assert _cases(window.session.root) == ["AFG-2024-00202"]
    dialog.close()


def test_import_of_a_dari_headed_workbook(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """GIVEN an XLSX headed in Dari WHEN previewed THEN 2 cases with 3 people are ready and
    nothing is refused; WHEN imported THEN both are in the archive."""
    dialog = _open_import(qtbot, window, write_xlsx(tmp_path / "cases.xlsx", GOOD, DARI))
    assert "2 case(s) with 3 person(s)" in dialog.summary.text()
    assert dialog.table.isHidden() and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert _cases(window.session.root) == ["AFG-2024-00201", "AFG-2024-00202"]
    dialog.close()


def _back_up(qtbot, window: MainWindow, target: Path, password: str = "", again: str = ""):
    dialog = window.import_and_backup.back_up()
    dialog.target.setText(str(target))
    dialog.password.setText(password)
    dialog.again.setText(again)
    return dialog


def test_back_up_with_a_password_keeps_a_checked_file_and_hides_the_reminder(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """GIVEN a window on an archive never backed up (the reminder says so)
    WHEN Back up… is given a file and a password twice and Back up is clicked
    THEN the backup is kept, encrypted, the dialog says so, and the reminder is gone."""
    reminder = window.import_and_backup.reminder
    assert reminder.isVisible() and "Never backed up" in reminder.text()
    target = tmp_path / "office.cdbak"
    dialog = _back_up(qtbot, window, target, "pw-1", "pw-1")
    assert dialog.warning.isHidden()
    with qtbot.waitSignal(dialog.finished_backup, timeout=60_000) as done:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert done.args[0].encrypted and target.is_file()
    assert "read back and checked" in dialog.status.text()
    assert not reminder.isVisible()
    dialog.close()


def test_two_different_passwords_are_refused(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """GIVEN Back up… with two passwords that differ WHEN Back up is clicked
    THEN it says so and writes nothing."""
    dialog = _back_up(qtbot, window, tmp_path / "office.cdbak", "pw-1", "pw-2")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "passwords differ" in dialog.problem.text()
    assert not (tmp_path / "office.cdbak").exists()
    dialog.close()


def test_cancel_keeps_no_backup(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """GIVEN a backup under way WHEN Cancel is clicked at its first progress
    THEN it is refused as stopped, and neither the file nor a part of it is left."""
    target = tmp_path / "office.cdbak"
    dialog = _back_up(qtbot, window, target)
    gate = threading.Event()
    dialog.lane.start(lambda _task: gate.wait(30))  # the backup waits until connected

    def cancel_once(_value: object) -> None:
        if dialog.cancel_button.isEnabled():
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(dialog.refused, timeout=60_000) as refused:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        dialog.task.signals.progress.connect(cancel_once)
        gate.set()
    assert "stopped" in refused.args[0]
    assert list(tmp_path.glob("*office*")) == []
    assert dialog.start_button.isEnabled()
    dialog.close()


def test_the_reminder_shows_a_backup_older_than_seven_days(qtbot, window: MainWindow) -> None:
    """GIVEN an archive last backed up ten days ago WHEN the reminder looks
    THEN it says how long ago; AND six days after that backup it is hidden."""
    ten_days_ago = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=10)
    (window.session.root / LAST_BACKUP).write_text(json.dumps({"at": ten_days_ago.isoformat()}))
    reminder = window.import_and_backup.reminder
    reminder.refresh()
    assert reminder.isVisible() and "Last backup 10 days ago" in reminder.text()
    reminder.refresh(now=ten_days_ago + datetime.timedelta(days=6))
    assert not reminder.isVisible()
