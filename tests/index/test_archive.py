"""The archive: originals kept byte for byte, one writer, an index rebuilt from the catalog."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from index.archive import Archive
from index.catalog.schema import VERSION
from index.errors import ArchiveBusy, ArchiveError
from index.ingest.pipeline import Ingest
from index.originals import Originals
from index.search.searchindex import FORMAT_FILE, INDEX_FORMAT


def _ingest(root: Path, *paths: Path) -> None:
    with Archive.open(root, write=True) as archive:
        Ingest(archive).run(paths)


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    for i in range(5):
        (folder / f"note{i}.txt").write_text(f"Statement number {i} about case AFG-2024-0013{i}")
    return folder


def test_originals_are_stored_once_read_only_and_byte_identical(tmp_path: Path) -> None:
    """GIVEN the same bytes stored twice WHEN stored THEN one read-only copy exists, equal to the source."""
    source = tmp_path / "a.bin"
    source.write_bytes(os.urandom(3 << 20))
    store = Originals(tmp_path / "originals")
    store.prepare()
    first, second = store.store_file(source, 1 << 30), store.store_bytes(source.read_bytes())
    assert first.new and not second.new and first.sha256 == second.sha256
    kept = store.path_of(first.sha256)
    assert kept.read_bytes() == source.read_bytes()
    assert kept.stat().st_mode & 0o222 == 0
    assert list((tmp_path / "originals" / ".incoming").iterdir()) == []


def test_a_new_archive_has_the_current_schema_and_wal(tmp_path: Path) -> None:
    """GIVEN a new folder WHEN opened for writing THEN the catalog is at the current version in WAL mode."""
    Archive.open(tmp_path / "a", write=True).close()
    db = sqlite3.connect(tmp_path / "a" / "catalog.sqlite")
    assert db.execute("PRAGMA user_version").fetchone()[0] == VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_catalog_from_a_newer_casedesk_is_refused_not_damaged(tmp_path: Path) -> None:
    """GIVEN a catalog with a higher schema version WHEN opened THEN a clear error, file untouched."""
    Archive.open(tmp_path / "a", write=True).close()
    path = tmp_path / "a" / "catalog.sqlite"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {VERSION + 1}")
    with pytest.raises(ArchiveError, match="newer CaseDesk"):
        Archive.open(tmp_path / "a", write=True)


def test_the_audit_log_cannot_be_edited(tmp_path: Path, notes: Path) -> None:
    """GIVEN an archive with an audit entry WHEN someone updates or deletes it THEN the catalog refuses."""
    _ingest(tmp_path / "a", notes)
    db = sqlite3.connect(tmp_path / "a" / "catalog.sqlite")
    assert db.execute("SELECT action FROM audit").fetchall() == [("add",)]
    for statement in ("UPDATE audit SET action = 'x'", "DELETE FROM audit"):
        with pytest.raises(sqlite3.IntegrityError, match="audit log"):
            db.execute(statement)


def test_a_failed_transaction_changes_nothing(tmp_path: Path) -> None:
    """GIVEN a write that fails half way WHEN the transaction ends THEN nothing of it is kept."""
    with Archive.open(tmp_path / "a", write=True) as archive:
        with pytest.raises(RuntimeError), archive.catalog.transaction() as db:
            db.execute("INSERT INTO cases (id, created_at) VALUES ('X-1', 'now')")
            raise RuntimeError("disk trouble")
        assert archive.catalog.conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 0


def test_grouped_changes_are_committed_together_and_a_failure_keeps_what_was_committed(
    tmp_path: Path,
) -> None:
    """GIVEN an archive in grouped mode (as an ingest writes) WHEN settings are written
    THEN another connection sees them only after commit_group; a failing transaction in
    the group undoes only itself; AND WHEN the group fails THEN what it had committed is
    kept and what it had not is rolled back."""
    root = tmp_path / "a"
    with Archive.open(root, write=True) as archive:
        other = sqlite3.connect(root / "catalog.sqlite")

        def seen() -> dict[str, str]:
            return dict(other.execute("SELECT key, value FROM settings WHERE key LIKE 't%'"))

        with pytest.raises(RuntimeError), archive.grouped():
            archive.catalog.set_setting("t1", "one")
            with pytest.raises(ValueError), archive.catalog.transaction() as db:
                db.execute("INSERT INTO settings VALUES ('t2', 'undone')")
                raise ValueError("one bad step")
            assert seen() == {}
            archive.commit_group()
            assert seen() == {"t1": "one"}
            archive.catalog.set_setting("t3", "lost")
            assert archive.catalog.setting("t3", "") == "lost"  # the writer sees its own
            raise RuntimeError("killed")
        assert seen() == {"t1": "one"}
        assert archive.catalog.setting("t3", "") == ""
        archive.catalog.set_setting("t4", "after")  # outside a group: committed at once
        assert seen() == {"t1": "one", "t4": "after"}
        other.close()


def test_originals_stored_in_a_group_are_flushed_together_and_a_torn_copy_is_replaced(
    tmp_path: Path,
) -> None:
    """GIVEN a store deferring its flushes WHEN files are stored THEN each is in place
    byte for byte and waits for one flush; AND GIVEN a stored copy with the right name
    and size but other bytes (a power cut before that flush) WHEN the same bytes are
    stored again THEN the copy is replaced with them, and each copy already there is
    hashed once per group however often its bytes come."""
    store = Originals(tmp_path / "originals")
    store.prepare()
    data = [os.urandom(5000) for _ in range(3)]
    with store.deferring():
        stored = [store.store_bytes(d) for d in data]
        assert [store.path_of(s.sha256).read_bytes() for s in stored] == data
        assert len(store._unsynced or ()) == 3
        store.sync()
        assert store._unsynced == set()
    torn = store.path_of(stored[0].sha256)
    torn.chmod(0o644)
    torn.write_bytes(bytes(5000))
    hashed: list[str] = []
    hash_of = store.hash_of
    store.hash_of = lambda sha: hashed.append(sha) or hash_of(sha)  # type: ignore[method-assign]
    with store.deferring():
        again = store.store_bytes(data[0])
        assert not store.store_bytes(data[0]).new and not store.store_bytes(data[1]).new
        assert not store.store_bytes(data[1]).new
    assert again.new and torn.read_bytes() == data[0]
    assert hashed == [stored[0].sha256, stored[1].sha256]  # each copy checked once
    assert not store.store_bytes(data[1]).new  # outside a group, a copy is trusted


_HOLD = """
import sys, time
from pathlib import Path
from index.archive import Archive
archive = Archive.open(Path(sys.argv[1]), write=True, holder="casedesk add")
print("holding", flush=True)
time.sleep(60)
"""


def test_a_second_writer_is_told_who_holds_the_archive(tmp_path: Path) -> None:
    """GIVEN another process writing the archive WHEN we open it for writing
    THEN we get at once a message naming the command and its process; reading still works;
    AND once that process is killed, the archive opens again."""
    root = tmp_path / "a"
    Archive.open(root, write=True).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(root)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(ArchiveBusy) as busy:
            Archive.open(root, write=True)
        assert "casedesk add" in str(busy.value) and str(holder.pid) in str(busy.value)
        Archive.open(root, write=False).close()
    finally:
        holder.kill()
        holder.wait()
    Archive.open(root, write=True).close()


def test_reindex_rebuilds_from_the_catalog_without_the_originals(
    tmp_path: Path, notes: Path
) -> None:
    """GIVEN an archive WHEN its originals folder is moved away and the index rebuilt
    THEN every document is back in the index and still found."""
    root = tmp_path / "a"
    _ingest(root, notes)
    (root / "originals").rename(tmp_path / "elsewhere")
    with Archive.open(root, write=True) as archive:
        assert archive.reindex() == 5
        assert archive.search.count() == 5
        assert len(archive.find("statement").hits) == 5


def test_a_damaged_index_is_rebuilt_when_the_archive_opens(tmp_path: Path, notes: Path) -> None:
    """GIVEN an archive whose index files are overwritten with garbage
    WHEN it is opened for writing THEN the index is rebuilt and check passes."""
    root = tmp_path / "a"
    _ingest(root, notes)
    for item in (root / "index").iterdir():
        item.write_bytes(b"garbage")
    with Archive.open(root, write=True) as archive:
        report = archive.check()
    assert report.errors == [] and report.counts["index_documents"] == 5


def test_an_index_written_by_an_older_casedesk_is_rebuilt_when_the_archive_opens(
    tmp_path: Path, notes: Path
) -> None:
    """GIVEN an archive whose index carries no format mark (as an index written before the
    keyboard folding does) WHEN it is opened for writing THEN the index is rebuilt from the
    catalog with today's format; AND an archive opened read-only meanwhile still searches it."""
    root = tmp_path / "a"
    _ingest(root, notes)
    mark = root / "index" / FORMAT_FILE
    mark.unlink()
    with Archive.open(root, write=False) as reader:
        assert reader.search.outdated() and len(reader.find("statement").hits) == 5
    stray = root / "index" / "left-by-the-old-index"  # gone once the folder is made anew
    stray.write_text("")
    with Archive.open(root, write=True) as archive:
        assert not archive.search.outdated() and archive.search.count() == 5
        assert len(archive.find("statement").hits) == 5
    assert mark.read_text().strip() == INDEX_FORMAT
    assert not stray.exists()


def test_check_finds_a_missing_or_changed_original_and_a_stale_index(
    tmp_path: Path, notes: Path
) -> None:
    """GIVEN an archive WHEN an original is changed, another deleted, and the index removed
    THEN check reports each difference."""
    root = tmp_path / "a"
    _ingest(root, notes)
    first, second = sorted(p for p in (root / "originals").rglob("*") if p.is_file())[:2]
    first.chmod(0o644)
    first.write_bytes(b"tampered")
    second.unlink()
    with Archive.open(root, write=True, repair=False) as archive:
        archive.search.clear()
        report = archive.check()
    text = "\n".join(report.errors)
    assert "has changed on disk" in text
    assert "missing from originals" in text
    assert "missing from the search index" in text


def test_check_notes_documents_an_interrupted_import_left_waiting(
    tmp_path: Path, notes: Path
) -> None:
    """GIVEN an archive killed between its catalog commit and its index commit (documents
    recorded, marked not yet indexed, absent from the index) WHEN checked as it is
    THEN that is a note, not an error; AND WHEN opened for writing THEN they are indexed."""
    root = tmp_path / "a"
    _ingest(root, notes)
    with Archive.open(root, write=True, repair=False) as archive:
        archive.search.clear()
        archive.catalog.mark_all_unindexed()
        report = archive.check()
    assert report.errors == []
    assert any("5 document(s) waiting to be indexed" in n for n in report.notes)
    with Archive.open(root, write=True) as archive:
        assert archive.check().notes == [] and archive.search.count() == 5


def test_half_written_outputs_a_kill_left_are_removed_when_the_archive_opens(
    tmp_path: Path, notes: Path
) -> None:
    """GIVEN an archive whose outputs/ holds a finished letter and the hidden temporary files
    of a draft and a packet killed while being written WHEN it is opened for writing
    THEN the temporary files are gone and the finished letter is kept."""
    root = tmp_path / "a"
    _ingest(root, notes)
    outputs = root / "outputs"
    (outputs / "AFG-2024-00452_referral_20250101-120000.pdf").write_bytes(b"%PDF-1.7 done")
    (outputs / ".drafting-abc123").write_bytes(b"%PDF-1.7 half")
    (outputs / ".packet-def456.pdf").write_bytes(b"%PDF-1.7 half")
    with Archive.open(root, write=False):
        assert len(list(outputs.iterdir())) == 3  # a reader changes nothing
    with Archive.open(root, write=True):
        pass
    assert [p.name for p in outputs.iterdir()] == ["AFG-2024-00452_referral_20250101-120000.pdf"]


def test_a_version_1_catalog_is_migrated_keeping_its_documents(tmp_path: Path, notes: Path) -> None:
    """GIVEN an archive whose catalog is at schema version 1 (before languages, tags, saved searches)
    WHEN it is opened by this CaseDesk THEN it is migrated to the current version, its documents kept
    and searchable, and the new tables usable."""
    from index.catalog import schema

    root = tmp_path / "a"
    root.mkdir()
    db = sqlite3.connect(root / "catalog.sqlite", isolation_level=None)
    db.executescript(f"BEGIN;{schema.MIGRATIONS[0]}PRAGMA user_version = 1;COMMIT;")
    db.execute("INSERT INTO originals VALUES ('ab', 3, 'now')")
    db.execute(
        "INSERT INTO documents (sha256, name, title, format, kind, page_count, added_at) "
        "VALUES ('ab', 'old.txt', 'Old note', 'text', 'document', 1, '2024-01-01T00:00:00+00:00')"
    )
    db.execute("INSERT INTO pages VALUES (1, 1, 'an old note about Kandahar', 0)")
    db.execute("INSERT INTO audit (at, action) VALUES ('2024-01-01T00:00:00+00:00', 'add')")
    db.close()
    with Archive.open(root, write=True) as archive:
        version = archive.catalog.conn.execute("PRAGMA user_version").fetchone()[0]
        assert version == VERSION >= 2
        assert archive.catalog.document(1).language == ""
        assert [h.title for h in archive.find("Kandahar").hits] == ["Old note"]
        archive.catalog.save_search("old", "Kandahar")
        assert archive.catalog.saved_searches() == [("old", "Kandahar")]
        archive.catalog.audit("exported", {"case": "AFG-2024-00001"})
        old, new = reversed(archive.catalog.audit_log())
        assert (old.who, old.action) == ("", "add")  # who was not recorded before v5
        assert new.who and new.detail == {"case": "AFG-2024-00001"}


def test_a_document_indexed_again_is_found_once_by_a_searcher_already_open(
    tmp_path: Path, notes: Path
) -> None:
    """GIVEN an archive that has been searched (its searcher open)
    WHEN a document is indexed again twice (tagged, then untagged)
    THEN every search finds it once, as it is now, and the index counts each document once."""
    root = tmp_path / "a"
    _ingest(root, notes)
    with Archive.open(root, write=True) as archive:
        (hit,) = archive.find("AFG-2024-00131").hits
        archive.catalog.set_tags(hit.id, add=["urgent"])
        archive.index_pending()
        assert [h.id for h in archive.find("AFG-2024-00131").hits] == [hit.id]
        assert [h.id for h in archive.find("tag:urgent").hits] == [hit.id]
        archive.catalog.set_tags(hit.id, remove=["urgent"])
        archive.index_pending()
        assert not archive.find("tag:urgent").hits
        assert archive.search.count() == 5 and archive.check().errors == []


@pytest.mark.parametrize(
    "query",
    [
        "SELECT case_id FROM case_documents WHERE document_id = 1",
        "SELECT text FROM pages WHERE document_id = 1",
        "SELECT name FROM fields WHERE document_id = 1",
        "SELECT kind FROM refs WHERE document_id = 1",
        "SELECT tag FROM tags WHERE document_id = 1",
        "SELECT id FROM documents WHERE parent_id = 1",
        "SELECT path FROM paths WHERE sha256 = 'ab'",
    ],
)
def test_what_indexing_reads_per_document_is_looked_up_not_scanned(
    tmp_path: Path, query: str
) -> None:
    """GIVEN a catalog WHEN SQLite plans a per-document lookup (what indexing reads for each
    document) THEN it uses an index: a scan would make each lookup grow with the archive."""
    Archive.open(tmp_path / "a", write=True).close()
    db = sqlite3.connect(tmp_path / "a" / "catalog.sqlite")
    plan = " ".join(row[-1] for row in db.execute(f"EXPLAIN QUERY PLAN {query}"))
    assert "USING" in plan and not plan.startswith("SCAN"), plan


def test_the_pages_of_several_documents_come_in_one_answer(tmp_path: Path, notes: Path) -> None:
    """GIVEN five ingested notes WHEN the pages of three of them and of an unknown id are
    asked at once THEN each has the pages it has alone, and the unknown one has none."""
    _ingest(tmp_path / "a", notes)
    with Archive.open(tmp_path / "a", write=False) as archive:
        ids = [int(r[0]) for r in archive.catalog.conn.execute("SELECT id FROM documents")]
        wanted = [ids[2], ids[0], ids[4], 999_999]
        got = archive.catalog.pages_of_documents(wanted)
        assert list(got) == wanted
        assert all(got[i] == archive.catalog.pages(i) and got[i] for i in wanted[:3])
        assert got[999_999] == ()
        assert archive.catalog.pages_of_documents([]) == {}
