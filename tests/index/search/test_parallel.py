"""Segments written by helper processes and committed by the index's one writer."""

from __future__ import annotations

import errno
import os
import signal
import time
from pathlib import Path

import pytest

from benchmarks.corpus import documents
from index.catalog.records import IndexEntry
from index.search import SearchIndex, merging
from index.search.parallel import HelperFailed, SegmentHelpers
from index.search.schema import to_document
from index.search.searchindex import SearchOptions
from tests.support.entries import index_entry

QUERIES = ["Mohammad", "muhammad ahmadzai", '"asylum interview"', "interviewed", "kabul OR herat"]


class _Versions:
    """``load(ids)`` over invented documents; ``version`` picks their text (it is read in
    the helpers, which are forked: set it before creating them, or per id in ``texts``)."""

    def __init__(
        self, count: int, fail_at: int | None = None, how: str = "", pause: float = 0.0
    ) -> None:
        self.docs = {d.number: d for d in documents(count, seed=7)}
        self.fail_at, self.how, self.pause = fail_at, how, pause

    def entry(self, number: int, short: bool = False) -> IndexEntry | None:
        doc = self.docs.get(number)
        if doc is None:
            return None
        text = doc.title if short else "\n\n".join(doc.pages)
        return index_entry(number, text, title=doc.title)

    def __call__(self, ids: list[int]) -> list[IndexEntry | None]:
        if self.fail_at in ids:
            if self.how == "killed":
                os.kill(os.getpid(), signal.SIGKILL)
            if self.how == "disk full":
                raise OSError(errno.ENOSPC, "No space left on device")
            raise ValueError("an unreadable row")
        time.sleep(self.pause)  # so that both helpers surely take some
        return [self.entry(number, short=number % 5 == 0 and "short" in self.how) for number in ids]


def _by_id(search: SearchIndex) -> list[tuple]:
    """Every posting and stored document, named by document id rather than number
    (the two ways of writing lay documents out in different segments)."""
    reader = search._index.reader()
    try:
        docs = list(reader.iter_docs())  # live documents only
        ids = {docnum: fields["id"] for docnum, fields in docs}
        postings = sorted(
            (ids[docnum], field, text, weight, value)
            for field, text, docnum, weight, value in reader.iter_postings()
            if docnum in ids
        )
        stored = sorted((fields["id"], sorted(fields.items())) for _n, fields in docs)
        return postings + stored
    finally:
        reader.close()


def _found(search: SearchIndex) -> list[tuple]:
    return [
        (q, sorted(h.id for h in search.search(q, SearchOptions(limit=500)).hits)) for q in QUERIES
    ]


def _open(folder: Path) -> SearchIndex:
    search = SearchIndex(folder)
    search.open(create=True)
    return search


def test_helpers_write_what_one_writer_writes(tmp_path: Path) -> None:
    """GIVEN 120 invented documents added in four commits, then a fifth commit that
    replaces 20 of them with shorter versions and names an id the catalog no longer has
    WHEN one index is written by two helper processes and another by the writer alone
    THEN both hold the same postings and stored fields for every document, find the same
    documents, and the helpers' index was written in more than one segment at its first
    commit (both helpers wrote) and reports the missing id as not done."""
    load = _Versions(120, pause=0.005)
    serial = _open(tmp_path / "serial")
    search = _open(tmp_path / "parallel")
    helpers = search.helpers(load, 2)
    try:
        for start in range(1, 121, 30):
            ids = list(range(start, start + 30))
            assert sorted(search.add_by(helpers, ids)) == ids
            if start == 1:
                assert search.segments() == 2
            serial.add(load.entry(n) for n in ids)
        replaced = list(range(5, 105, 5))
        short = _Versions(120, how="short")
        helpers.close()
        helpers = search.helpers(short, 2)
        done = search.add_by(helpers, [*replaced, 999])
        serial.add(short.entry(n, short=True) for n in replaced)
    finally:
        helpers.close()
    assert sorted(done) == replaced
    assert _by_id(search) == _by_id(serial)
    assert _found(search) == _found(serial)
    assert search.count() == serial.count() == 120
    assert sum(len(ids) for _q, ids in _found(search)) > 30


@pytest.mark.parametrize("how", ["killed", "error", "disk full"])
def test_a_failed_helper_leaves_the_index_as_it_was(tmp_path: Path, how: str) -> None:
    """GIVEN an index of 20 documents and two helpers, one of which is killed, or fails
    (an error, or a full disk) at document 33
    WHEN documents 21–40 are committed through them
    THEN the commit fails saying so (a full disk recognisably), the index still holds the
    20 documents and nothing of 21–40, and the next commit deletes the files the
    helpers left behind."""
    search = _open(tmp_path / "index")
    load = _Versions(40, fail_at=33, how=how)
    search.add(load.entry(n) for n in range(1, 21))
    helpers = search.helpers(load, 2)
    try:
        with pytest.raises(HelperFailed) as failed:
            search.add_by(helpers, list(range(21, 41)))
    finally:
        helpers.close()
    assert failed.value.disk_full == (how == "disk full")
    assert search.count() == 20
    assert search.ids() == set(range(1, 21))
    search.add([load.entry(1)])
    toc = {s.segment_id() for s in search._index._segments()}
    left = [p.name for p in search.folder.iterdir() if p.suffix == ".seg"]
    assert all(name.split(".")[0] in toc for name in left), left


def test_helpers_die_with_their_owner_and_close_cleanly(tmp_path: Path) -> None:
    """GIVEN two helpers
    WHEN they are closed
    THEN both processes have ended, and a commit through them fails plainly rather than
    leaving its documents out."""
    search = _open(tmp_path / "index")
    helpers = SegmentHelpers(search.folder, _Versions(4), 2, 16)
    processes = [p for p, _c in helpers._helpers]
    assert all(p.is_alive() for p in processes)
    helpers.close()
    assert not any(p.is_alive() for p in processes)
    with pytest.raises(HelperFailed):
        search.add_by(helpers, [1])
    assert search.count() == 0


def test_a_document_another_writer_added_meanwhile_is_replaced_not_doubled(
    tmp_path: Path,
) -> None:
    """GIVEN an index written through helpers (which remember the ids it holds, so as to
    look up only those when replacing) WHEN another writer commits documents 31 and 5
    in between, and the helpers then write 31 and 5 again THEN each is in the index
    once."""
    load = _Versions(40)
    search = _open(tmp_path / "index")
    helpers = search.helpers(load, 2)
    try:
        search.add_by(helpers, list(range(1, 31)))
        other = SearchIndex(search.folder)
        other.open(create=False)
        other.add([load.entry(31), load.entry(5, short=True)])
        other.close()
        assert sorted(search.add_by(helpers, [31, 5])) == [5, 31]
    finally:
        helpers.close()
    search.close()
    reader = search._index.reader()
    try:
        live = sorted(int(fields["id"]) for _n, fields in reader.iter_docs())
    finally:
        reader.close()
    assert live == list(range(1, 32))  # each once: the old 5 and 31 were deleted
    assert search.count() == 31


def test_helpers_merge_what_an_ingest_wrote_one_segment_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN an index in a large old segment and a small old one, then five commits by two
    helpers (ten segments) of which one replaces two documents of the large old segment
    WHEN what was written since is tidied THEN the large old segment is kept as it was,
    the rest is merged into one segment per helper of about as many documents each, and
    the index holds exactly what one writer writes and finds the same; tidied again,
    nothing changes."""
    monkeypatch.setattr(merging, "SMALL", 10)  # so 40 documents make a large segment
    load = _Versions(130)
    serial = _open(tmp_path / "serial")
    search = _open(tmp_path / "parallel")
    search.add(load.entry(n) for n in range(1, 41))
    writer = search._index.writer()
    for n in range(41, 44):
        writer.add_document(**to_document(load.entry(n)))
    writer.commit(merge=False)
    large = next(s.segment_id() for s in search._index._segments() if s.doc_count_all() == 40)
    before = search.segment_ids()
    serial.add(load.entry(n) for n in range(1, 44))
    helpers = search.helpers(load, 2)
    try:
        for ids in ([44, 5, 10], *(list(range(s, s + 20)) for s in range(45, 125, 20))):
            search.add_by(helpers, ids)
            serial.add(load.entry(n) for n in ids)
        assert search.segments() == 12
        assert search.tidy_ingested(helpers, before) == 3
        after = search._index._segments()
        assert large in {s.segment_id() for s in after}
        merged = sorted(s.doc_count_all() for s in after if s.segment_id() != large)
        assert sum(merged) == 124 - 38 and merged[1] - merged[0] <= 20
        tidy = search.segment_ids()
        assert search.tidy_ingested(helpers, before) == 3 and search.segment_ids() == tidy
    finally:
        helpers.close()
    search.close()
    assert _by_id(search) == _by_id(serial)
    assert _found(search) == _found(serial)
    assert search.count() == serial.count() == 124
