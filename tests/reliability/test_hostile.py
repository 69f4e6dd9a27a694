"""Hostile files through the real ``casedesk add``: bombs, deep nesting, tricky names, links.

Every file is made at test time (see :mod:`tests.support.hostile`).  The command must
finish on its own, within its limits, account for every file (added, duplicate, or a
problem with a plain reason), keep every process's memory near the reader limit, and
print nothing that could steer the terminal.

Links found inside an added folder are never followed: each is recorded as a problem
("This is a link …"), so nothing outside the folder gets in.  A link the user names
on the command line is followed (they chose it).
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from tests.reliability.workload import PeakMemory, start_casedesk
from tests.support import hostile

MEMORY_LIMIT_MB = 400
TIME_LIMIT = 20
# Readers are polled every 50 ms; allocating fast they may pass the limit by this much
# before they are killed.  The address-space cap (limit + 3 GB) is the hard backstop.
MEMORY_SLACK = 300 << 20
SECRET = "outsidesecretword"


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A folder of hostile files added once; the JSON summary, the catalog, peak memory."""
    base = tmp_path_factory.mktemp("hostile")
    folder = base / "given"
    folder.mkdir()
    hostile.flate_bomb_pdf(folder / "flate-bomb.pdf")
    hostile.nested_arrays_pdf(folder / "nested-arrays.pdf")
    hostile.xobject_bomb_pdf(folder / "xobject-bomb.pdf")
    hostile.nested_email(folder / "nested-forwards.eml")
    hostile.many_attachments_email(folder / "many-attachments.eml")
    hostile.zip_bomb_docx(folder / "zip-bomb.docx")
    for number, name in enumerate(hostile.HOSTILE_NAMES):
        (folder / name).write_text(f"Statement hostilename{number} for case AFG-2024-00452.")
    (folder / "empty \x1b[2J\u202etxt.pdf").write_bytes(b"")
    outside = base / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(f"Not to be added: {SECRET}.")
    (folder / "link-to-file.txt").symlink_to(outside / "secret.txt")
    (folder / "link-to-folder").symlink_to(outside, target_is_directory=True)
    (folder / "dangling.txt").symlink_to(base / "nowhere.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    archive = base / "archive"
    started = time.monotonic()
    process = start_casedesk(
        archive, "add", folder, "--json", "--workers", "2",
        "--memory-limit", str(MEMORY_LIMIT_MB), "--time-limit", str(TIME_LIMIT),
    )  # fmt: skip
    memory = PeakMemory(process.pid)
    out, err = process.communicate(timeout=300)
    import json

    return {
        "folder": folder,
        "archive": archive,
        "code": process.returncode,
        "summary": json.loads(out) if out else {},
        "err": err,
        "seconds": time.monotonic() - started,
        "peak": memory.stop(),
        # Names starting with a dot are hidden files, which add skips by design.
        "files": sum(1 for p in folder.iterdir() if not p.name.startswith(".")),
    }


def test_every_hostile_file_is_accounted_for_within_the_limits(hostile_run: dict, figures) -> None:
    """GIVEN bombs (Flate, XObject, zip), 100k-deep arrays, 3,000-deep forwards, 3,000
    attachments, tricky names and links WHEN added THEN the command ends by itself (exit 1),
    with no traceback, every file added or a problem with a reason and an action,
    and no process above the memory limit (plus polling slack)."""
    run, summary = hostile_run, hostile_run["summary"]
    assert run["code"] == 1, run["err"]
    assert "Traceback" not in run["err"] and "unexpected" not in run["err"]
    assert summary["given"] == run["files"]
    accounted = summary["added"] + summary["duplicates"] + len(summary["problems"])
    assert accounted == summary["given"]
    assert all(p["reason"] and p["action"] for p in summary["problems"])
    assert run["peak"] < (MEMORY_LIMIT_MB << 20) + MEMORY_SLACK, run["peak"] >> 20
    assert run["seconds"] < 6 * TIME_LIMIT + 60
    kinds = {Path(p["path"]).name: p["kind"] for p in summary["problems"]}
    assert kinds["zip-bomb.docx"] == "too-large"
    assert kinds.get("flate-bomb.pdf", "added") in {"added", "too-large", "too-slow", "damaged"}
    figures.add("hostile_files", run["files"])
    figures.put("hostile_peak_rss_mb", run["peak"] >> 20)
    figures.put("hostile_seconds", round(run["seconds"], 1))
    figures.put("hostile_outcomes", dict(sorted(kinds.items())))


def test_links_are_recorded_and_never_followed_out_of_the_folder(hostile_run: dict) -> None:
    """GIVEN links inside the added folder to a file and a folder outside it, a dangling link
    and a loop WHEN added THEN each is a "link" problem and nothing from outside is stored."""
    kinds = {Path(p["path"]).name: p["kind"] for p in hostile_run["summary"]["problems"]}
    for name in ("link-to-file.txt", "link-to-folder", "dangling.txt", "loop.txt"):
        assert kinds[name] == "link", name
    originals = hostile_run["archive"] / "originals"
    for stored in originals.rglob("*"):
        if stored.is_file():
            assert SECRET.encode() not in stored.read_bytes()


def test_tricky_names_are_kept_exactly_and_printed_harmlessly(hostile_run: dict) -> None:
    """GIVEN files named with separator look-alikes, control characters and bidi overrides
    WHEN added THEN each is a document under its exact path, AND WHEN its problem is listed
    for people THEN no escape, bell or override character reaches the terminal."""
    from tests.reliability.workload import run_casedesk

    archive, folder = hostile_run["archive"], hostile_run["folder"]
    db = sqlite3.connect(f"{(archive / 'catalog.sqlite').as_uri()}?mode=ro", uri=True)
    try:
        paths = {row[0] for row in db.execute("SELECT path FROM paths")}
    finally:
        db.close()
    for name in hostile.HOSTILE_NAMES:
        assert name.startswith(".") or str(folder / name) in paths, repr(name)
    listed = run_casedesk(archive, "problems")
    assert listed.code == 0
    for bad in ("\x1b", "\x07", "\u202e", "\r"):
        assert bad not in listed.out
    assert "empty \\x1b[2J\\u202etxt.pdf" in listed.out
