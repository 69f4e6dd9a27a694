"""Two writers at once, and readers while a writer ingests.

The archive has one writer at a time: a second ``casedesk add`` waits for the first (saying
so, naming its command and process) and then does its work; one waiting longer than
``CASEDESK_LOCK_WAIT`` is refused naming the holder (tests/cli/test_cli.py).
Readers take no lock: a search while an ingest runs sees only documents that exist in the
catalog, and in a run that only adds, its counts never go down.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import threading
import time
from pathlib import Path

from index.archive import Archive
from index.search import SearchOptions
from tests.reliability.workload import (
    check_passes,
    generated_folder,
    run_casedesk,
    start_casedesk,
)


def test_two_writers_at_once_both_finish_one_waiting_and_nothing_is_damaged(
    tmp_path: Path, figures, monkeypatch
) -> None:
    """GIVEN two folders of 40 files WHEN two casedesk add start on one archive at the same
    moment, twice THEN every run succeeds (a run that found the archive busy said it was
    waiting for 'casedesk add'), AND the archive holds exactly what adding the folders one
    after the other gives, and check passes."""
    monkeypatch.setenv("CASEDESK_LOCK_WAIT", "300")  # an ingest of 40 files may take a while
    folders = [generated_folder(tmp_path / f"folder-{n}", 40) for n in range(2)]
    archive = tmp_path / "archive"
    waited = 0
    for round_number in range(2):
        order = folders if round_number % 2 == 0 else folders[::-1]
        processes = [start_casedesk(archive, "add", f, "--json") for f in order]
        results = [(p, *p.communicate(timeout=600)) for p in processes]
        for process, _out, err in results:
            assert process.returncode == 0, err
            if "waiting" in err:
                assert "is writing: 'casedesk add' (process" in err, err
                waited += 1
    report = check_passes(archive)
    reference = tmp_path / "one-at-a-time"
    for folder in folders:
        run_casedesk(reference, "add", folder)
    expected = check_passes(reference)
    for count in ("documents", "pages", "problems", "index_documents"):
        assert report[count] == expected[count], count
    assert waited >= 1  # a round where one finished before the other began is fine
    figures.add("concurrent_writers_waited", waited)


def test_two_writers_opening_an_archive_whose_index_is_lost_both_finish(
    tmp_path: Path, monkeypatch
) -> None:
    """GIVEN an archive of 30 files whose search index folder was deleted
    WHEN two casedesk add of new folders start at the same moment (each open rebuilds a
    missing index, under the writer lock) THEN both succeed and check passes: the index
    holds every document once."""
    monkeypatch.setenv("CASEDESK_LOCK_WAIT", "300")
    archive = tmp_path / "archive"
    assert run_casedesk(archive, "add", generated_folder(tmp_path / "first", 30)).code == 0
    shutil.rmtree(archive / "index")
    folders = [generated_folder(tmp_path / f"new-{n}", 5) for n in range(2)]
    processes = [start_casedesk(archive, "add", f, "--json") for f in folders]
    for process in processes:
        _out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err
    report = check_passes(archive)
    assert report["index_documents"] == report["documents"]


def test_searches_during_an_ingest_see_only_whole_documents_and_counts_never_drop(
    tmp_path: Path, figures
) -> None:
    """GIVEN an ingest of 250 files running WHEN a reader thread searches over and over
    (one archive kept open, as the window does) and casedesk search runs in a loop
    THEN no search fails, every hit is a document in the catalog, and the total never drops."""
    folder = generated_folder(tmp_path / "files", 250)
    archive = tmp_path / "archive"
    run_casedesk(archive, "add", generated_folder(tmp_path / "first", 5))  # readers need one
    writer = start_casedesk(archive, "add", folder, "--json")
    seen: dict[str, list[int]] = {"thread": [], "command": []}
    errors: list[BaseException] = []
    stop = threading.Event()

    def read_in_thread() -> None:
        try:
            with Archive.open(archive, write=False) as reader:
                while not stop.is_set():
                    result = reader.find("case", SearchOptions(limit=50))
                    for hit in result.hits:
                        assert reader.catalog.document(hit.id) is not None, hit.id
                    seen["thread"].append(result.total)
        except BaseException as error:  # reported by the test below
            errors.append(error)

    def search_with_the_command() -> None:
        while not stop.is_set():
            found = run_casedesk(archive, "search", "case", "--limit", "50", "--json")
            if found.code != 0:
                errors.append(AssertionError(found.err))
                return
            data = json.loads(found.out)
            ids = _catalog_ids(archive)
            missing = [h["id"] for h in data["hits"] if h["id"] not in ids]
            if missing:
                errors.append(AssertionError(f"hits not in the catalog: {missing}"))
            seen["command"].append(data["total"])

    threads = [threading.Thread(target=t) for t in (read_in_thread, search_with_the_command)]
    for thread in threads:
        thread.start()
    writer.communicate(timeout=300)
    time.sleep(0.5)
    stop.set()
    for thread in threads:
        thread.join(60)
    assert writer.returncode == 0 and not errors, errors
    for totals in seen.values():
        assert totals == sorted(totals), "a search found fewer documents than one before it"
        assert len(set(totals)) > 1, "the reader never saw the ingest progress"
    figures.add("concurrent_searches", sum(len(t) for t in seen.values()))


def _catalog_ids(archive: Path) -> set[int]:
    db = sqlite3.connect(f"{(archive / 'catalog.sqlite').as_uri()}?mode=ro", uri=True)
    try:
        return {row[0] for row in db.execute("SELECT id FROM documents")}
    finally:
        db.close()
