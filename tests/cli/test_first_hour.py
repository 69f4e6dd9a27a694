"""What a newcomer types in the first hour: relative archive paths, the demo's footprint."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.cli.conftest import casedesk_command
from tests.support.hostile import simple_pdf

READING_COMMANDS = [
    ("stats",),
    ("search", "Rahimi"),
    ("show", "1"),
    ("problems",),
    ("case", "list"),
    ("case", "show", "AFG-2024-00137"),
    ("office",),
    ("check", "--quick"),
    ("audit",),
    ("searches",),
    ("templates",),
]


@pytest.fixture
def relative_archive(tmp_path: Path, casedesk) -> Path:
    """An archive in ``tmp_path/desk/arch`` with one statement, made by ``casedesk add``."""
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "statement.txt").write_text("Statement of Muhammad Rahimi, case AFG-2024-00137.")
    simple_pdf(desk / "letter.pdf", ["Embassy letter for case AFG-2024-00137"])
    added = casedesk("add", "--archive", "arch", "statement.txt", "letter.pdf", cwd=desk)
    assert added.code == 0, added.out + added.err
    return desk


@pytest.mark.parametrize("command", READING_COMMANDS, ids=lambda c: " ".join(c))
def test_every_reading_command_takes_a_relative_archive(
    relative_archive: Path, casedesk, command: tuple[str, ...]
) -> None:
    """GIVEN an archive made with --archive arch (relative to the current folder)
    WHEN a reading command is run with the same relative --archive
    THEN it answers (exit 0) instead of stopping on an unexpected error."""
    done = casedesk(*command, "--archive", "arch", cwd=relative_archive)
    assert done.code == 0, done.out + done.err
    assert "unexpected error" not in done.out + done.err


def test_a_relative_archive_from_the_environment(relative_archive: Path, casedesk) -> None:
    """GIVEN CASEDESK_ARCHIVE=arch (relative) WHEN searching THEN the document is found."""
    env = {**os.environ, "CASEDESK_ARCHIVE": "arch"}
    done = subprocess.run(
        [*casedesk_command(), "search", "Rahimi"],
        cwd=relative_archive,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "statement" in done.stdout
