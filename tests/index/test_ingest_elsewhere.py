"""An ingest run in a child process for the window: the same outcome as in-process, told
back over a pipe; stopped, killed or refused, the archive stays sound."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

from index.archive import Archive
from index.errors import ArchiveBusy
from index.ingest.elsewhere import Handover, IngestCrashed, IngestStopped, ingest_elsewhere
from index.ingest.pipeline import INDEXING, TIDYING, Ingest, IngestOptions
from index.ingest.summary import Progress, Summary
from index.lock import LOCK_NAME, WriterLock

HOLDER = "casedesk window (adding files)"


def notes(folder: Path, count: int) -> Path:
    folder.mkdir()
    for i in range(count):
        (folder / f"note-{i:04}.txt").write_text(
            f"Follow-up note {i} about Herat family {i}\n" * 20
        )
    return folder


def in_child(root: Path, *paths: Path, cancel_at: int = 0, kill_at: int = 0, **options) -> Summary:
    """Ingest ``paths`` in a child; Cancel (or kill the child) once ``*_at`` files are done."""
    seen: list[Progress] = []

    def progress(p: Progress) -> None:
        if kill_at and p.done >= kill_at and not any(q.done >= kill_at for q in seen):
            os.kill(holder_pid(root), signal.SIGKILL)  # once
        seen.append(p)

    summary = ingest_elsewhere(
        Handover(root, HOLDER),
        list(paths),
        IngestOptions(**options),
        on_progress=progress,
        is_cancelled=lambda: bool(cancel_at) and any(p.done >= cancel_at for p in seen),
    )
    summary.progress = seen  # type: ignore[attr-defined]
    return summary


def holder_pid(root: Path) -> int:
    """The process holding the archive's writer lock, as the lock file names it."""
    return int(json.loads((root / LOCK_NAME).read_text())["pid"])


def documents_and_check(root: Path) -> tuple[int, list[str]]:
    with Archive.open(root, write=True) as archive:
        report = archive.check()
        return report.counts["documents"], report.errors


def test_the_child_adds_as_casedesk_add_does_and_tells_the_same_progress(tmp_path: Path) -> None:
    """GIVEN a folder with notes, a copy, a damaged Word file and an empty file WHEN added in a
    child THEN its summary is that of the same ingest run in-process, its progress reports
    are some of those, in order, ending with the same count, the damaged file a problem
    with its reason, and the lock is given back."""
    folder = notes(tmp_path / "desk", 12)
    (folder / "copy.txt").write_bytes((folder / "note-0001.txt").read_bytes())
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (folder / "empty.txt").write_bytes(b"")
    summary = in_child(tmp_path / "child", folder)
    seen: list[Progress] = []
    with Archive.open(tmp_path / "here", write=True) as archive:
        here = Ingest(archive, IngestOptions(), on_progress=seen.append).run([folder])
    assert (summary.given, summary.added, summary.duplicates) == (15, 12, 1)
    reasons = {Path(p.path).name: p.reason for p in summary.problems}
    assert set(reasons) == {"broken.docx", "empty.txt"} and "damaged" in reasons["broken.docx"]
    assert summary.to_dict() == here.to_dict()
    told = summary.progress  # type: ignore[attr-defined]
    ends = [(p.done, p.total) for p in (told[-1], seen[-1])]
    assert ends[0] == ends[1] and told[0].total == seen[0].total
    names = {p.name for p in seen}  # files finish in the workers' order: names may differ
    assert {(p.done, p.total) for p in told} <= {(p.done, p.total) for p in seen}
    assert {p.name for p in told} <= names
    assert [p.done for p in told] == sorted(p.done for p in told)
    lock = WriterLock(tmp_path / "child", "test")
    lock.acquire(wait=0)  # given back
    lock.release()


def test_progress_is_held_back_to_a_few_reports_a_second_and_never_lost(tmp_path: Path) -> None:
    """GIVEN 300 notes added in a child WHEN its progress is counted THEN far fewer reports
    come than files (some are held back), the file count never goes backwards, and the
    last report says 300 of 300 (or the indexing's end) before the summary comes."""
    folder = notes(tmp_path / "big", 300)
    summary = in_child(tmp_path / "archive", folder)
    told = summary.progress  # type: ignore[attr-defined]
    files = [p for p in told if p.name not in (INDEXING, TIDYING)]
    assert 1 <= len(files) < 300 and files[-1].done == files[-1].total == 300
    assert [p.done for p in files] == sorted(p.done for p in files)
    assert told[-1].done == told[-1].total


def test_cancel_keeps_what_was_added_and_a_second_run_adds_the_rest(tmp_path: Path) -> None:
    """GIVEN 300 notes being added in a child WHEN Cancel comes at the 20th THEN the child
    stops with a summary that says so, what it added is in the archive, and the next run
    adds exactly the rest."""
    folder = notes(tmp_path / "big", 300)
    root = tmp_path / "archive"
    first = in_child(root, folder, cancel_at=20)
    assert first.cancelled and 20 <= first.added < 300
    assert first.added + first.not_done == 300
    assert documents_and_check(root) == (first.added, [])
    second = in_child(root, folder)
    assert (second.unchanged, second.added) == (first.added, 300 - first.added)
    assert documents_and_check(root) == (300, [])


def test_a_child_killed_mid_ingest_is_a_plain_error_and_the_archive_stays_sound(
    tmp_path: Path,
) -> None:
    """GIVEN 300 notes being added in a child WHEN the child is killed at the 30th THEN the
    parent raises IngestStopped (a plain sentence, no traceback), the lock is given back,
    the archive checks out, and the next run leaves exactly 300 documents."""
    folder = notes(tmp_path / "big", 300)
    root = tmp_path / "archive"
    with pytest.raises(IngestStopped) as stopped:
        in_child(root, folder, kill_at=30)
    assert "What was added before is kept" in str(stopped.value)
    kept, errors = documents_and_check(root)
    assert errors == [] and kept < 300
    again = in_child(root, folder)
    assert again.added + again.unchanged == 300 and again.unchanged == kept
    assert documents_and_check(root) == (300, [])


def test_a_writer_elsewhere_is_waited_for_then_named_as_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN another process's writer lock held all along WHEN a child is asked to add THEN
    the parent is told the child waits, then gets the ArchiveBusy error naming the holder
    (rebuilt with its template, so the window words it in its language)."""
    root = tmp_path / "archive"
    Archive.open(root, write=True).close()
    folder = notes(tmp_path / "desk", 2)
    monkeypatch.setenv("CASEDESK_LOCK_WAIT", "0.5")
    told: list[str] = []
    holder = WriterLock(root, "casedesk add")
    holder.acquire(wait=0)
    try:
        with pytest.raises(ArchiveBusy) as busy:
            ingest_elsewhere(
                Handover(root, HOLDER, on_wait=told.append),
                [folder],
                IngestOptions(),
                on_progress=lambda _p: None,
                is_cancelled=lambda: False,
            )
    finally:
        holder.release()
    assert busy.value.values["command"] == "casedesk add"
    assert busy.value.template.startswith("This archive is being changed by another CaseDesk")
    assert len(told) == 1 and told[0].template.startswith("Another CaseDesk")  # type: ignore[attr-defined]


def test_an_unexpected_error_in_the_child_comes_back_with_its_traceback(tmp_path: Path) -> None:
    """GIVEN an ingest that fails in the child with an error no one expected (a bad option
    reaching the indexing's batch sizes) WHEN it ends THEN the parent raises IngestCrashed,
    not a CaseDesk sentence, carrying the child's traceback for the window's log, and the
    archive opens and checks out."""
    folder = notes(tmp_path / "desk", 3)
    root = tmp_path / "archive"
    with pytest.raises(IngestCrashed) as crashed:
        ingest_elsewhere(
            Handover(root, HOLDER),
            [folder],
            IngestOptions(index_every="many"),  # type: ignore[arg-type]
            on_progress=lambda _p: None,
            is_cancelled=lambda: False,
        )
    assert "Traceback" in str(crashed.value) and "TypeError" in str(crashed.value)
    assert documents_and_check(root)[1] == []
