"""Crash safety of ``casedesk draft`` and ``casedesk packet``: a kill leaves no half file.

Each command is run once to the end to measure it, then started and SIGKILLed at seeded
random moments over that time.  After each kill the archive passes ``casedesk check``
(which opens it for writing, and so clears what the kill left), ``outputs/`` holds only
finished files, and every output the catalog records is there with its recorded hash.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
import time
from pathlib import Path

import pypdf
import pytest

from tests.reliability.conftest import SEED, SOAK
from tests.reliability.test_kill_ingest import kill_at, no_survivors
from tests.reliability.workload import check_passes, run_casedesk, start_casedesk
from tests.support.drafting import CASE_ID, build_archive, write_documents
from tests.support.packets import build_packet_archive, write_packet_documents

KILLS_EACH = 4 * SOAK


def _draft_args(ids: dict[str, int], out: Path) -> list[str]:
    return [
        "draft", "resettlement-referral", "--case", CASE_ID,
        "--set", "grounds=She presented a radio programme on girls' education in Herat.",
        "--cite", f"{ids['radio-letter.pdf']}:2", "--cite", str(ids["statement.txt"]),
        "-o", str(out),
    ]  # fmt: skip


def _packet_args(_ids: dict[str, int], out: Path) -> list[str]:
    return ["packet", "--case", CASE_ID, "-o", str(out)]


def _outputs_are_whole(archive: Path) -> int:
    """Only finished files in outputs/, each recorded one matching its hash; returns how many."""
    folder = archive / "outputs"
    files = sorted(folder.iterdir())
    assert not [f.name for f in files if f.name.startswith(".")], "half-written file left"
    for file in files:
        assert len(pypdf.PdfReader(file).pages) >= 1, f"unreadable output {file.name}"
    db = sqlite3.connect(f"{(archive / 'catalog.sqlite').as_uri()}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT path, sha256 FROM outputs").fetchall()
    finally:
        db.close()
    for relative, sha in rows:
        assert hashlib.sha256((archive / relative).read_bytes()).hexdigest() == sha
    return len(files)


@pytest.mark.parametrize(
    ("command", "build", "args"),
    [
        ("draft", lambda a, d: build_archive(a, write_documents(d)), _draft_args),
        ("packet", lambda a, d: build_packet_archive(a, write_packet_documents(d)), _packet_args),
    ],
)
def test_sigkill_while_drafting_leaves_no_half_written_output(
    command: str, build, args, tmp_path: Path, figures
) -> None:
    """GIVEN an archive with a case WHEN a draft (or a packet) is SIGKILLed at seeded random
    moments THEN after each kill check passes and outputs/ holds only whole, recorded files;
    AND a last uninterrupted run still works."""
    archive = tmp_path / "archive"
    ids = build(archive, tmp_path / "documents")
    started = time.monotonic()
    first = run_casedesk(archive, *args(ids, tmp_path / "first.pdf"))
    assert first.code == 0, first.err
    seconds = time.monotonic() - started
    rng = random.Random(f"{SEED}-{command}")
    killed, groups = 0, []
    for number in range(KILLS_EACH):
        process = start_casedesk(archive, *args(ids, tmp_path / f"out-{number}.pdf"))
        killed += kill_at(process, rng.uniform(0.0, seconds))
        groups.append(process.pid)
        check_passes(archive)
        _outputs_are_whole(archive)
    last = run_casedesk(archive, *args(ids, tmp_path / "last.pdf"))
    assert last.code == 0, last.err
    assert _outputs_are_whole(archive) >= 2
    no_survivors(groups)
    figures.add(f"kill_points_{command}", killed)
