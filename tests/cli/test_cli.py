"""The ``casedesk`` command end to end: the contract scripts and the GUI build on."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from tests.cli.conftest import casedesk_command
from tests.support.hostile import simple_pdf, xobject_bomb_pdf


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "statement.txt").write_text("Statement of Muhammad Rahimi, case AFG-2024-00137.")
    (folder / "note-fa.txt").write_text("شماره پاسپورت و تاریخ مصاحبه", encoding="utf-8")
    simple_pdf(folder / "letter.pdf", ["Embassy letter", "Interview on 15/03/2024"])
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 this is not really a zip")
    return folder


def test_add_then_every_reading_command(tmp_path: Path, casedesk) -> None:
    """GIVEN a folder with three good files and a broken one
    WHEN added with --json THEN exit 1, the summary counts add up and the problem has a reason;
    AND stats, search, show, problems and check agree with it."""
    added = casedesk("add", _folder(tmp_path), "--json")
    assert added.code == 1, added.err
    summary = added.json
    assert (summary["added"], summary["unchanged"], summary["duplicates"]) == (3, 0, 0)
    assert [Path(p["path"]).name for p in summary["problems"]] == ["broken.docx"]
    assert "damaged" in summary["problems"][0]["reason"]

    assert casedesk("stats", "--json").json == {
        "documents": 3,
        "pages": 4,
        "problems": 1,
        "index_documents": 3,
        "documents_needing_ocr": 0,
        "pages_needing_ocr": 0,
        "pages_read_by_ocr": 0,
        "pages_waiting_for_ocr": 0,
        "pages_without_readable_text": 0,
    }
    hits = casedesk("search", "rahimi", "--json").json["hits"]
    assert [Path(h["path"]).name for h in hits] == ["statement.txt"]
    assert set(hits[0]) >= {"id", "title", "path", "kind"}
    shown = casedesk("show", str(hits[0]["id"]), "--text", "--json").json
    assert "Muhammad Rahimi" in shown["text"][0]
    assert {"kind": "case", "value": "AFG-2024-00137", "page": 1} in shown["references"]
    assert casedesk("problems", "--json").json[0]["kind"] == "damaged"
    check = casedesk("check", "--json")
    assert check.code == 0 and check.json["ok"] is True


def test_add_again_is_unchanged_and_exit_zero_when_all_indexed(tmp_path: Path, casedesk) -> None:
    """GIVEN a clean folder added once WHEN added again THEN exit 0 and everything is unchanged."""
    folder = _folder(tmp_path)
    (folder / "broken.docx").unlink()
    assert casedesk("add", folder).code == 0
    again = casedesk("add", folder, "--json")
    assert again.code == 0 and again.json["unchanged"] == 3 and again.json["extracted"] == 0


def test_reindex_restores_a_deleted_index(tmp_path: Path, casedesk) -> None:
    """GIVEN an archive whose index folder was deleted WHEN reindex runs THEN search works again."""
    casedesk("add", _folder(tmp_path))
    shutil.rmtree(casedesk.archive / "index")
    assert casedesk("search", "rahimi").code == 2
    assert casedesk("reindex", "--json").json["reindexed"] == 3
    assert casedesk("search", "rahimi", "--json").json["total"] == 1


def test_optimise_merges_the_index_into_one_part_and_search_still_works(
    tmp_path: Path, casedesk
) -> None:
    """GIVEN an archive filled by separate adds WHEN the fourth leaves the index in four
    small parts THEN add does not tell the user to optimise (nothing a person would notice:
    the hint is for thousands of documents in many parts); WHEN optimise runs THEN it says
    how many parts there were and that there is one now, search finds the same, and a second
    optimise has nothing to do."""
    folder = _folder(tmp_path)
    first = casedesk("add", folder / "statement.txt")
    casedesk("add", folder / "note-fa.txt")
    casedesk("add", folder / "letter.pdf")
    assert "casedesk optimise" not in first.out
    extra = tmp_path / "extra.txt"
    extra.write_text("A fourth note, about the interview.")
    assert "casedesk optimise" not in casedesk("add", extra).out  # four small parts
    before = casedesk("search", "rahimi OR embassy", "--json").json["total"]
    done = casedesk("optimise", "--json")
    assert done.code == 0, done.err
    assert done.json["segments_before"] >= 4 and done.json["segments_after"] == 1
    assert casedesk("search", "rahimi OR embassy", "--json").json["total"] == before == 2
    assert "already in one part" in casedesk("optimise").out


def test_usage_and_archive_errors_exit_2_with_plain_words(tmp_path: Path, casedesk) -> None:
    """GIVEN no archive yet WHEN a reading command runs THEN exit 2 and a sentence, no traceback;
    AND a bad option is a usage error."""
    missing = casedesk("stats")
    assert (
        missing.code == 2
        and "No CaseDesk archive" in missing.err
        and "Traceback" not in missing.err
    )
    assert casedesk("add").code == 2
    assert casedesk("show", "not-a-number").code == 2


def test_human_output_lists_each_problem_with_what_to_do(tmp_path: Path, casedesk) -> None:
    """GIVEN a broken file WHEN added without --json THEN the output names it, why, and what to do."""
    out = casedesk("add", _folder(tmp_path)).out
    assert "3 added" in out and "broken.docx" in out and "→" in out


def test_password_and_time_limit_options(tmp_path: Path, casedesk, corpus: Path) -> None:
    """GIVEN a password-protected PDF and a PDF that takes minutes to read
    WHEN added with a 6 s time limit (room for a busy machine) THEN the slow one is
    "too slow", the other needs a password;
    AND adding again with --password indexes it, while the slow one is still reported."""
    folder = tmp_path / "hard"
    folder.mkdir()
    protected = (
        corpus / "pdf/sample-files/005-libreoffice-writer-password/libreoffice-writer-password.pdf"
    )
    (folder / "protected.pdf").write_bytes(protected.read_bytes())
    xobject_bomb_pdf(folder / "slow.pdf", depth=12)
    # A memory limit far above what the reader reaches in 6 s: the time limit must be
    # what stops it (with the default 1 GB an idle machine reaches that first).
    first = casedesk("add", folder, "--time-limit", "6", "--memory-limit", "8192", "--json")
    kinds = {Path(p["path"]).name: p["kind"] for p in first.json["problems"]}
    assert first.code == 1 and kinds == {"protected.pdf": "password", "slow.pdf": "too-slow"}
    second = casedesk("add", folder, "--password", "openpassword", "--json")
    assert second.json["added"] == 1 and second.json["extracted"] == 1
    assert [Path(p["path"]).name for p in second.json["problems"]] == ["slow.pdf"]


def test_a_second_writer_gets_a_clear_refusal(tmp_path: Path, casedesk, monkeypatch) -> None:
    """GIVEN a slow ingest holding the archive WHEN another casedesk add starts
    THEN it says it is waiting for the holder, and after CASEDESK_LOCK_WAIT (1 s here; a
    few seconds by default) exits 2, naming the command that holds the archive."""
    casedesk("add", _folder(tmp_path))
    slow = xobject_bomb_pdf(tmp_path / "slow.pdf", depth=12)
    env = {**os.environ, "CASEDESK_ARCHIVE": str(casedesk.archive)}
    holder = subprocess.Popen(
        [*casedesk_command(), "add", str(slow), "--time-limit", "30"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        lock = casedesk.archive / "writer.lock"
        deadline = time.monotonic() + 30
        while b"casedesk add" not in lock.read_bytes() and time.monotonic() < deadline:
            time.sleep(0.05)
        monkeypatch.setenv("CASEDESK_LOCK_WAIT", "1")  # the slow ingest may end within 5 s
        started = time.monotonic()
        refused = casedesk("add", tmp_path / "in", timeout=30)
        assert refused.code == 2 and time.monotonic() - started >= 1
        assert "is writing: 'casedesk add'" in refused.err and "waiting" in refused.err
        assert "'casedesk add'" in refused.err and f"process {holder.pid}" in refused.err
        assert casedesk("search", "rahimi", "--json").code == 0
    finally:
        holder.kill()
        holder.wait()


def test_the_case_number_pattern_can_be_changed(tmp_path: Path, casedesk) -> None:
    """GIVEN an office whose case numbers look like K/77/2024
    WHEN it sets case-pattern and adds a note THEN the note is linked to that case;
    AND an invalid pattern is refused with exit 2."""
    assert casedesk("settings", "case-pattern", r"K/\d+/\d{4}").code == 0
    assert casedesk("settings", "case-pattern", "(").code == 2
    assert casedesk("settings", "--json").json == {"case-pattern": r"K/\d+/\d{4}"}
    note = tmp_path / "note.txt"
    note.write_text("Follow-up for file K/77/2024 at the embassy.")
    casedesk("add", note)
    shown = casedesk("show", "1", "--json").json
    assert shown["cases"] == ["K/77/2024"]


def test_adding_and_searching_never_load_qt(tmp_path: Path) -> None:
    """GIVEN the command line WHEN it adds a folder and searches THEN Qt was never
    imported (only drafting and packets lay pages out with it): a CLI run does not pay
    Qt's start-up, nor its import hook on every later import during an ingest."""
    script = (
        "import sys\n"
        "from desktop.cli.main import main\n"
        "archive, folder = sys.argv[1], sys.argv[2]\n"
        "main(['add', folder, '--archive', archive])\n"
        "main(['search', 'Rahimi', '--archive', archive])\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print('qt:', loaded)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "archive"), str(_folder(tmp_path))],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")},
    )
    assert run.returncode == 0, run.stderr
    assert "qt: []" in run.stdout
    assert "Rahimi" in run.stdout
