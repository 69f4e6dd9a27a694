"""Search indexing in a child process: ids in, the same index out, nothing lost on a crash."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from index.archive import Archive
from index.catalog import Catalog
from index.ingest import indexer as indexer_module
from index.ingest.indexer import BackgroundIndexer, IndexerFailed, IndexFeeder
from index.ingest.pipeline import COMMIT_EVERY, INDEXING, TIDYING, Ingest, IngestOptions


def _archive(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    for n in range(count):
        (folder / f"note-{n}.txt").write_text(f"Interview note {n} for Zarghuna Example, Quetta.")
    root = tmp_path / "archive"
    with Archive.open(root, write=True) as archive:
        Ingest(archive, IngestOptions(workers=1)).run([folder])
        archive.search.clear()
        archive.catalog.mark_all_unindexed()
    return root


def test_the_child_indexes_the_ids_it_is_sent(tmp_path: Path) -> None:
    """GIVEN an archive whose index is empty WHEN its documents' ids are sent to the
    indexing child in two batches THEN it answers with every id, and a search finds them."""
    root = _archive(tmp_path, 30)
    with Archive.open(root, write=True, repair=False) as archive:
        pending = archive.catalog.unindexed_ids()
        assert len(pending) == 30 and archive.find("Zarghuna").total == 0
        indexer = BackgroundIndexer(root / "catalog.sqlite", root / "index")
        indexer.submit(pending[:10])
        indexer.submit(pending[10:])
        done = indexer.finish()
        assert sorted(done) == sorted(pending)
        archive.catalog.mark_indexed(done)
        assert archive.find("Zarghuna").total == 30
        assert archive.catalog.unindexed_ids() == []


def test_a_dead_child_is_reported_and_its_batch_stays_pending(tmp_path: Path) -> None:
    """GIVEN the indexing child killed WHEN its answer is awaited THEN a plain error says the
    documents will be indexed later, and they are still unindexed in the catalog."""
    root = _archive(tmp_path, 5)
    with Archive.open(root, write=True, repair=False) as archive:
        pending = archive.catalog.unindexed_ids()
        indexer = BackgroundIndexer(root / "catalog.sqlite", root / "index")
        indexer._process.kill()
        indexer._process.join(5)
        with pytest.raises(IndexerFailed, match="will be indexed the next time"):
            indexer.submit(pending)
            indexer.collect(wait=True)
        indexer.kill()
        assert archive.catalog.unindexed_ids() == pending
    with Archive.open(root, write=True) as archive:  # opening for writing catches up
        assert archive.find("Zarghuna").total == 5


def _notes(folder: Path, count: int, first: int = 0) -> Path:
    folder.mkdir()
    for n in range(first, first + count):
        (folder / f"note-{n}.txt").write_text(f"Interview note {n} for Zarghuna Example, Herat.")
    return folder


def test_an_ingest_indexes_in_the_child_while_it_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN 300 files, a batch due every 40 documents and at most 30 per batch WHEN they
    are ingested THEN the indexing child was running during the ingest, the indexing left
    after the last file is reported until done, and afterwards every document is found
    and none is left waiting in the catalog."""
    monkeypatch.setattr(indexer_module, "MAX_BATCH", 30)
    folder = _notes(tmp_path / "files", 300)
    seen_children: set[int] = set()
    indexing: list[tuple[int, int]] = []
    with Archive.open(tmp_path / "archive", write=True) as archive:
        ingest = Ingest(archive, IngestOptions(workers=2, index_every=40))

        def watch(progress) -> None:
            indexer = ingest._index._indexer
            if indexer is not None and indexer._process.is_alive():
                seen_children.add(indexer._process.pid)
            if progress.name == INDEXING:
                indexing.append((progress.done, progress.total))

        ingest._on_progress = watch
        summary = ingest.run([folder])
        assert summary.added == 300
        assert len(seen_children) == 1
        assert indexing and indexing[-1][0] == indexing[-1][1] > 0
        assert all(total == indexing[0][1] for _done, total in indexing)
        assert archive.catalog.unindexed_ids() == []
        assert archive.find("Zarghuna").total == 300
        assert ingest._index._indexer is None  # stopped at the end


def test_a_child_killed_mid_ingest_is_replaced_by_indexing_in_process(tmp_path: Path) -> None:
    """GIVEN an ingest whose indexing child is killed part way WHEN the ingest goes on
    THEN it finishes, and every document is indexed all the same."""
    folder = _notes(tmp_path / "files", 300)
    killed: list[int] = []
    with Archive.open(tmp_path / "archive", write=True) as archive:
        ingest = Ingest(archive, IngestOptions(workers=2, index_every=40))

        def kill_once(progress) -> None:
            indexer = ingest._index._indexer
            if not killed and indexer is not None and progress.done > 100:
                killed.append(indexer._process.pid)
                indexer._process.kill()

        ingest._on_progress = kill_once
        summary = ingest.run([folder])
        assert killed and summary.added == 300
        assert archive.catalog.unindexed_ids() == []
        assert archive.find("Zarghuna").total == 300


def test_batches_grow_with_the_index_within_their_bounds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN a feeder due every 40 documents WHEN the archive's index holds 0, 100, 600
    or 100,000 documents THEN a batch is due after 40, 40, 150 (a quarter of what the
    index holds) and MAX_BATCH new documents."""
    monkeypatch.setattr(indexer_module, "MAX_BATCH", 4000)
    with Archive.open(tmp_path / "archive", write=True) as archive:
        feeder = IndexFeeder(archive, 40)
        dues = []
        for indexed in (0, 100, 600, 100_000):
            feeder._indexed = indexed
            dues.append(feeder._due())
        assert dues == [40, 40, 150, 4000]
        folder = _notes(tmp_path / "files", 20)
        Ingest(archive, IngestOptions(workers=1)).run([folder])
        assert IndexFeeder(archive, 40)._indexed == 20  # counted from the catalog


def test_an_ingest_commits_the_catalog_per_second_and_per_batch_not_per_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN 300 files and a batch due every 40 documents WHEN they are ingested (the
    indexing child busy part of the time) THEN the catalog was committed about once a
    second and once per batch sent, far fewer times than there are documents — each
    commit flushes the disk — and every document is found."""
    folder = _notes(tmp_path / "files", 300)
    commits: list[float] = []
    batches: list[int] = []
    commit_group, submit = Catalog.commit_group, BackgroundIndexer.submit

    def counted_commit(self: Catalog) -> None:
        commits.append(time.monotonic())
        commit_group(self)

    def counted_submit(self: BackgroundIndexer, ids) -> None:
        batches.append(len(ids))
        submit(self, ids)

    monkeypatch.setattr(Catalog, "commit_group", counted_commit)
    monkeypatch.setattr(BackgroundIndexer, "submit", counted_submit)
    with Archive.open(tmp_path / "archive", write=True) as archive:
        started = time.monotonic()
        summary = Ingest(archive, IngestOptions(workers=2, index_every=40)).run([folder])
        seconds = time.monotonic() - started
        assert summary.added == 300
        assert archive.find("Zarghuna").total == 300
    assert len(batches) >= 2
    assert len(commits) <= seconds / COMMIT_EVERY + len(batches) + 3, (len(commits), seconds)


def _segment_ids(archive: Archive) -> set[str]:
    archive.search.close()
    return archive.search.segment_ids()


def test_a_large_ingest_ends_with_its_segments_merged_one_per_helper(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN an archive of 100 documents in one segment, and 300 more files sent to the
    indexing child in batches of at most 30 (a new segment per helper each) WHEN they
    are ingested THEN the ingest says it is tidying after the indexing, and ends with
    what it wrote and the small old segment merged into one segment per helper, every
    document found once."""
    monkeypatch.setattr(indexer_module, "MAX_BATCH", 30)
    names: list[str] = []
    with Archive.open(tmp_path / "archive", write=True) as archive:
        Ingest(archive, IngestOptions(workers=2)).run([_notes(tmp_path / "old", 100, 1000)])
        archive.optimise_index()
        old = _segment_ids(archive)
        ingest = Ingest(archive, IngestOptions(workers=2, index_every=40))
        ingest._on_progress = lambda progress: names.append(progress.name)
        summary = ingest.run([_notes(tmp_path / "files", 300)])
        assert summary.added == 300
        assert names[-1] == TIDYING and INDEXING in names
        after = _segment_ids(archive)
        assert len(after) == indexer_module.HELPERS and not old & after
        assert archive.find("Zarghuna").total == 400
        assert archive.search.count() == 400
        assert archive.check(verify_hashes=False).errors == []


def test_stopping_an_ingest_while_it_tidies_leaves_the_index_complete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN 300 files indexed in batches of at most 30 WHEN the ingest is stopped the
    moment it starts tidying THEN it ends at once with every file added and found, the
    indexing child gone, the index in the segments the batches left, and the next
    change to the index works."""
    monkeypatch.setattr(indexer_module, "MAX_BATCH", 30)
    stop: list[bool] = []
    children: list = []
    with Archive.open(tmp_path / "archive", write=True) as archive:
        ingest = Ingest(
            archive, IngestOptions(workers=2, index_every=40), is_cancelled=lambda: bool(stop)
        )

        def watch(progress) -> None:
            if progress.name == TIDYING:
                children.append(ingest._index._indexer._process)
                stop.append(True)

        ingest._on_progress = watch
        summary = ingest.run([_notes(tmp_path / "files", 300)])
        assert stop and summary.added == 300 and summary.not_done == 0
        assert not children[0].is_alive() and ingest._index._indexer is None
        assert len(_segment_ids(archive)) > 2 * indexer_module.HELPERS
        assert archive.find("Zarghuna").total == 300
        doc_id = archive.find("Zarghuna").hits[0].id
        archive.catalog.set_tags(doc_id, add=["urgent"])
        archive.index_pending()
        assert [h.id for h in archive.find("tag:urgent").hits] == [doc_id]
        assert archive.check(verify_hashes=False).errors == []
