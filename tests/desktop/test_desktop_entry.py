"""CaseDesk in the application menu: the entry and icon written by ``casedesk desktop-entry``."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.desktop_entry import ICON_SOURCE, entry_text, exec_argument
from index.extract.registry import extractors, mime_types
from tests.cli.conftest import casedesk_command

WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The real command, with this test's HOME and XDG folders (see tests/conftest.py)."""
    return subprocess.run(
        [*casedesk_command(), *args], capture_output=True, text=True, check=False, timeout=120
    )


def data_home() -> Path:
    return Path(os.environ["XDG_DATA_HOME"])


def read_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def validate(path: Path) -> str:
    """What desktop-file-validate says about ``path`` (empty when it is valid)."""
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.fail("desktop-file-validate is needed: bash tools/bootstrap.sh --test installs it")
    done = subprocess.run([validator, str(path)], capture_output=True, text=True, check=False)
    return done.stdout + done.stderr + ("" if done.returncode == 0 else f"exit {done.returncode}")


def test_the_entry_and_icon_are_installed_for_this_user() -> None:
    """GIVEN a user with no menu entry WHEN casedesk desktop-entry --install runs THEN a valid
    entry in $XDG_DATA_HOME/applications starts this casedesk with the chosen files, lists the
    formats CaseDesk reads for Open with, and the icon is in hicolor/scalable/apps."""
    done = run("desktop-entry", "--install")
    assert done.returncode == 0, done.stderr
    entry = data_home() / "applications" / "casedesk.desktop"
    icon = data_home() / "icons" / "hicolor" / "scalable" / "apps" / "casedesk.svg"
    assert validate(entry) == ""
    fields = read_entry(entry)
    assert fields["Exec"] == f"{casedesk_command()[0]} gui %F"
    assert Path(fields["TryExec"]).is_absolute() and Path(fields["TryExec"]).exists()
    assert (fields["Name"], fields["Icon"], fields["Categories"]) == (
        "CaseDesk",
        "casedesk",
        "Office;",
    )
    listed = fields["MimeType"].rstrip(";").split(";")
    assert {"application/pdf", "message/rfc822", "text/plain", "text/html", WORD} <= set(listed)
    assert icon.read_bytes() == ICON_SOURCE.read_bytes()
    assert str(entry) in done.stdout


def test_installing_again_changes_nothing_and_remove_takes_both_away() -> None:
    """GIVEN an installed entry WHEN it is installed again and then removed THEN the second install
    leaves the files as they were and --remove deletes the entry and the icon."""
    assert run("desktop-entry").returncode == 0
    entry = data_home() / "applications" / "casedesk.desktop"
    before = entry.stat().st_mtime_ns
    assert run("desktop-entry", "--install").returncode == 0
    assert entry.stat().st_mtime_ns == before
    done = run("desktop-entry", "--remove")
    assert done.returncode == 0 and "Removed" in done.stdout
    assert not entry.exists()
    assert not (data_home() / "icons" / "hicolor" / "scalable" / "apps" / "casedesk.svg").exists()


def test_a_folder_with_spaces_and_signs_is_quoted_as_the_specification_says(
    tmp_path: Path,
) -> None:
    """GIVEN CaseDesk installed in a folder named with a space, a dollar and a percent sign WHEN
    its entry is written THEN Exec quotes and escapes that path and the entry is still valid."""
    command = "/opt/Case Desk $1/100% ready/casedesk"
    assert exec_argument(command) == '"/opt/Case Desk \\\\$1/100%% ready/casedesk"'
    assert exec_argument("/opt/casedesk/bin/casedesk") == "/opt/casedesk/bin/casedesk"
    path = tmp_path / "casedesk.desktop"
    path.write_text(entry_text([command]), encoding="utf-8")
    assert validate(path) == ""


def test_every_format_read_names_its_mime_types() -> None:
    """GIVEN the extractors WHEN the menu entry asks which MIME types CaseDesk reads THEN each
    extractor names at least one and the list has each type once."""
    assert all(e.mime_types for e in extractors())
    listed = mime_types()
    assert len(listed) == len(set(listed))
    assert listed[0] == "application/pdf"
