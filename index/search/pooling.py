"""A posting pool for Whoosh's segment writer that groups by term and streams merges.

Whoosh 2.7 hands every posting of a commit — one per (field, term, document) — to its
``PostingPool``: a list of 5-tuples that is sorted as a whole and, past the writer's
memory limit, pickled one tuple at a time into sorted runs on disk and read back through
a heap.  A merge goes the same way: every posting of every segment being merged is read
out, added to the pool, sorted (although each segment already holds them in order) and
usually spilled.  On 268 real PDF manuals (856,000 postings) that pool was a quarter of
indexing time, and in merges of tens of thousands of documents about a third.

This pool, put in Whoosh's place by :func:`install`:

* keeps new postings grouped by (field, term): one key per distinct term, one small
  (document, weight, value) tuple per posting, already in document order because
  documents are added in order — so only the distinct terms are sorted, and the same
  memory limit holds more before anything is spilled;
* spills, past the limit, whole groups in term order (one pickle per term, not per
  posting), and merges the runs term by term, earlier runs first;
* does not copy segments being merged at all: their postings are read in order from
  the segment, a block at a time, in a reader of its own kept open until the new
  segment is written, and merged with the new postings as they are written.  (Whoosh's
  way cost five method calls per posting to read and a pickle each way to spill.)  The
  pages of a segment's memory map are let go as the reading moves on, so a merge holds
  no more of the segments than it is reading.

The order of postings handed to the codec is exactly the order Whoosh's pool gives (a
test writes the same documents and merges through both and compares every posting).
"""

from __future__ import annotations

import contextlib
import heapq
import mmap
import pickle
from collections.abc import Iterable, Iterator
from typing import Any

from whoosh import writing
from whoosh.codec import whoosh3
from whoosh.reading import SegmentReader

Posting = tuple[str, bytes, int, float, bytes | None]  # (field, term, document, weight, value)
_Key = tuple[str, bytes]
_Entry = tuple[int, float, bytes | None]
# Estimated bytes of Python objects, as Whoosh's pool estimates its own: a group is a key
# tuple, its list and the term; a posting a 3-tuple, its float and its value bytes.
_GROUP_BYTES = 56 + 56 + 33
_POSTING_BYTES = 64 + 24 + 8 + 33

# A segment being merged is read through its memory map from start to end; every so many
# postings the pages read so far are let go (they stay in the page cache), or the merging
# process would count the whole of every segment it merges as its own memory: 806 MB at
# the end of a 100,000-document ingest.
RELEASE_EVERY = 50_000

_original_pool = writing.PostingPool
_original_add_postings_to_pool = writing.SegmentWriter.add_postings_to_pool


class GroupingPool:
    """Whoosh's ``PostingPool`` interface: ``add``, ``iter_postings``, ``cleanup``."""

    def __init__(self, tempstore: Any, segment: Any, limitmb: int = 128, **_: Any) -> None:
        self.tempstore = tempstore
        self.segment = segment
        self.limit = limitmb * 1024 * 1024
        self._groups: dict[_Key, list[_Entry]] = {}
        self._unordered: set[_Key] = set()
        self._size = 0
        self._runs: list[str] = []
        self._streams: list[Iterator[Posting]] = []
        self._readers: list[SegmentReader] = []

    def add(self, item: Posting) -> None:
        """Add one posting (field, term, document, weight, value)."""
        fieldname, text, docnum, weight, value = item
        key = (fieldname, text)
        entries = self._groups.get(key)
        if entries is None:
            entries = self._groups[key] = []
            self._size += _GROUP_BYTES + len(text)
        elif docnum < entries[-1][0]:
            self._unordered.add(key)
        entries.append((docnum, weight, value))
        self._size += _POSTING_BYTES + (len(value) if value else 0)
        if self._size > self.limit:
            self._spill()

    def add_segment(self, reader: SegmentReader, postings: Iterable[Posting]) -> None:
        """Merge ``postings`` (in order, read from ``reader``) when the segment is written;
        ``reader`` is closed by :meth:`cleanup`."""
        self._readers.append(reader)
        self._streams.append(iter(postings))

    def iter_postings(self) -> Iterator[Posting]:
        """Every posting, ordered by field, term and document."""
        sources = [self._read_run(name) for name in self._runs]
        sources.append(self._take_groups())
        groups = sources[0] if len(sources) == 1 else heapq.merge(*sources, key=_group_key)
        added = _expand(groups)
        return heapq.merge(added, *self._streams) if self._streams else added

    def cleanup(self) -> None:
        """Delete spilled runs and close the readers of merged segments."""
        for name in self._runs:
            with contextlib.suppress(OSError):
                self.tempstore.delete_file(name)
        self._runs = []
        for reader in self._readers:
            reader.close()
        self._readers, self._streams = [], []

    def _take_groups(self) -> Iterator[tuple[_Key, list[_Entry]]]:
        """The groups held in memory, in term order; the pool starts empty again."""
        groups, unordered = self._groups, self._unordered
        self._groups, self._unordered, self._size = {}, set(), 0
        return _in_order(groups, unordered)

    def _spill(self) -> None:
        """Write the groups held in memory to a run, in term order."""
        name = f"{writing.random_name()}.run"
        self._runs.append(name)
        with self.tempstore.create_file(name).raw_file() as out:
            dump = pickle.Pickler(out, pickle.HIGHEST_PROTOCOL).dump
            for group in self._take_groups():
                dump(group)

    def _read_run(self, name: str) -> Iterator[tuple[_Key, list[_Entry]]]:
        with self.tempstore.open_file(name).raw_file() as source:
            load = pickle.Unpickler(source).load
            while True:
                try:
                    yield load()
                except EOFError:
                    return


def _in_order(
    groups: dict[_Key, list[_Entry]], unordered: set[_Key]
) -> Iterator[tuple[_Key, list[_Entry]]]:
    for key in sorted(groups):
        entries = groups[key]
        if key in unordered:
            entries.sort()
        yield key, entries


def _group_key(group: tuple[_Key, list[_Entry]]) -> _Key:
    return group[0]


def _expand(groups: Iterable[tuple[_Key, list[_Entry]]]) -> Iterator[Posting]:
    """Postings from (key, entries) groups; a key spread over runs comes out whole, since
    the merge keeps earlier runs (earlier documents) first."""
    for (fieldname, text), entries in groups:
        for docnum, weight, value in entries:
            yield fieldname, text, docnum, weight, value


def _add_postings_to_pool(self, reader, startdoc, docmap):  # Whoosh's signature
    """Stream a merged segment's postings from a reader of our own instead of copying."""
    if not isinstance(self.pool, GroupingPool) or type(reader) is not SegmentReader:
        _original_add_postings_to_pool(self, reader, startdoc, docmap)
        return
    own = SegmentReader(self.storage, self.schema, reader.segment())
    self.pool.add_segment(own, segment_postings(own, self.schema, startdoc, docmap))


def segment_postings(
    reader: SegmentReader, schema: Any, startdoc: int, docmap: dict[int, int] | None
) -> Iterator[Posting]:
    """Every posting of a segment's live documents, numbered as the new segment numbers
    them (``docmap``, or ``startdoc`` + the old number): what Whoosh's
    ``iter_postings`` and ``_process_posts`` give, read a block of postings at a time."""
    terms = reader._terms
    deleted = reader.deleted_docs_set
    mapped = _mapping(reader)
    count = 0
    for fieldname, text in reader.all_terms():
        matcher = terms.matcher(fieldname, text, schema[fieldname].format)
        for docnum, weight, value in _matched(matcher):
            if deleted and docnum in deleted:
                continue
            newdoc = docmap[docnum] if docmap is not None else startdoc + docnum
            yield fieldname, text, newdoc, weight, value
            count += 1
            if mapped is not None and count % RELEASE_EVERY == 0:
                mapped.madvise(mmap.MADV_DONTNEED)


def _mapping(reader: SegmentReader) -> mmap.mmap | None:
    """The memory map of a compound segment's file, or None."""
    compound = getattr(reader._storage, "a", None)
    source = getattr(compound, "_source", None)
    return source if isinstance(source, mmap.mmap) else None


def _matched(matcher: Any) -> Iterator[_Entry]:
    """(document, weight, value) of every posting a matcher holds."""
    if type(matcher) is not whoosh3.W3LeafMatcher:  # a term with one inline posting
        while matcher.is_active():
            yield matcher.id(), matcher.weight(), matcher.value()
            matcher.next()
        return
    while matcher.is_active():
        if matcher._ids is None:
            matcher._read_ids()
        if matcher._weights is None:
            matcher._read_weights()
        if matcher._values is None:
            matcher._read_values()
        yield from zip(matcher._ids, matcher._weights, matcher._values, strict=True)
        matcher._next_block()


def install() -> None:
    """Use the grouping pool in every new Whoosh segment writer (idempotent)."""
    writing.PostingPool = GroupingPool
    writing.SegmentWriter.add_postings_to_pool = _add_postings_to_pool


def uninstall() -> None:
    """Put Whoosh's own pool back (for the equivalence tests)."""
    writing.PostingPool = _original_pool
    writing.SegmentWriter.add_postings_to_pool = _original_add_postings_to_pool
