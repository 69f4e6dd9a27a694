"""A term's postings in one segment as NumPy arrays, with a cache for frequent terms.

The vectorised search (:mod:`index.search.vectorised`) scores whole posting lists at
once instead of one posting at a time through Whoosh's matchers.  Here a term's postings
are decoded a block at a time into two arrays — document numbers (in the segment) and
term weights (frequencies) — and a field's per-document lengths, as Whoosh stores them
(one byte per document, decoded by Whoosh's own table), into one array.

A term's positions (for phrases) are decoded the same way into one array of keys.
Decoded arrays are kept in a least-recently-used cache under a memory budget
(:data:`CACHE_BUDGET_BYTES`, 64 MB), keyed by the segment's name: a segment's postings
never change once written (deletions are kept beside them, and applied by the caller),
so an entry stays right for as long as the segment exists.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from itertools import chain
from threading import Lock

import numpy as np
from whoosh.codec import whoosh3
from whoosh.matching.wrappers import FilterMatcher
from whoosh.util.numeric import byte_to_length

from index.search.speedups import length_table

CACHE_BUDGET_BYTES = 64 * 1024 * 1024
_LENGTH_OF_BYTE = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)


@dataclass(frozen=True)
class Postings:
    """One term's postings in one segment: sorted document numbers and their weights."""

    ids: np.ndarray  # int64, sorted, deleted documents included
    weights: np.ndarray  # float64, the term's weight (frequency) in each document

    @property
    def nbytes(self) -> int:
        return self.ids.nbytes + self.weights.nbytes


EMPTY = Postings(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64))


class ArrayCache:
    """Decoded arrays, least recently used dropped first once over ``budget`` bytes."""

    def __init__(self, budget: int = CACHE_BUDGET_BYTES) -> None:
        self.budget = budget
        self.used = 0
        self._items: OrderedDict[tuple, object] = OrderedDict()
        self._lock = Lock()  # the window searches from more than one thread

    def get(self, key: tuple) -> object | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: tuple, value: object, size: int) -> None:
        if size > self.budget:
            return
        with self._lock:
            if key in self._items:
                return
            self._items[key] = value
            self.used += size
            while self.used > self.budget:
                _key, old = self._items.popitem(last=False)
                self.used -= _size(old)


CACHE = ArrayCache()


def _size(value: object) -> int:
    return value.nbytes  # type: ignore[attr-defined]


def term_postings(reader, fieldname: str, tbytes: bytes) -> Postings:
    """The postings of ``fieldname:tbytes`` in one segment's ``reader`` (cached)."""
    key = (_segment_name(reader), "postings", fieldname, tbytes)
    found = CACHE.get(key) if key[0] else None
    if found is None:
        found = _decode(reader, fieldname, tbytes)
        if key[0]:
            CACHE.put(key, found, found.nbytes)
    return found  # type: ignore[return-value]


def term_positions(reader, fieldname: str, tbytes: bytes) -> np.ndarray:
    """Where ``fieldname:tbytes`` occurs in one segment, as sorted keys ``document << 32
    | position`` (cached), for phrases: word ``i`` of a phrase at key ``k - i``."""
    key = (_segment_name(reader), "positions", fieldname, tbytes)
    found = CACHE.get(key) if key[0] else None
    if found is None:
        found = _positions(reader, fieldname, tbytes)
        if key[0]:
            CACHE.put(key, found, found.nbytes)
    return found  # type: ignore[return-value]


def _positions(reader, fieldname: str, tbytes: bytes) -> np.ndarray:
    try:
        matcher = reader.postings(fieldname, tbytes)
    except Exception:  # the term or the field is not in this segment
        return np.zeros(0, dtype=np.int64)
    if isinstance(matcher, FilterMatcher):
        matcher = matcher.child
        matcher.reset()
    decode = reader.schema[fieldname].format.decode_positions
    docs, lists = [], []
    while matcher.is_active():
        if isinstance(matcher, whoosh3.W3LeafMatcher):  # a block at a time
            matcher._read_ids()
            matcher._read_values()
            docs.extend(matcher._ids)
            lists.extend(map(decode, matcher._values))
            matcher._next_block()
        else:  # an inlined (short) list
            docs.append(matcher.id())
            lists.append(decode(matcher.value()))
            matcher.next()
    counts = np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))
    places = np.fromiter(chain.from_iterable(lists), dtype=np.int64, count=int(counts.sum()))
    return (np.repeat(np.asarray(docs, dtype=np.int64), counts) << 32) | places


def field_lengths(reader, fieldname: str) -> np.ndarray | None:
    """Each document's length of ``fieldname`` in one segment (as Whoosh scores it), or
    None when the segment keeps no lengths for the field."""
    key = (_segment_name(reader), "lengths", fieldname)
    found = CACHE.get(key) if key[0] else None
    if found is None:
        found = _read_lengths(reader, fieldname)
        if found is None:
            return None
        if key[0]:
            CACHE.put(key, found, found.nbytes)
    return found  # type: ignore[return-value]


def _read_lengths(reader, fieldname: str) -> np.ndarray | None:
    """The lengths column of one segment decoded whole (``speedups`` reads its bytes)."""
    perdoc = getattr(reader, "_perdoc", None)
    table = length_table(perdoc, fieldname) if perdoc is not None else "unknown"
    if table is None:
        return None
    count = reader.doc_count_all()
    if isinstance(table, str):  # a column read another way: ask Whoosh for each document
        lengths = [reader.doc_field_length(d, fieldname, 0) or 0 for d in range(count)]
        return np.array(lengths, dtype=np.float64)
    raw = np.zeros(count, dtype=np.uint8)
    known = np.frombuffer(table, dtype=np.uint8)[:count]
    raw[: len(known)] = known
    return _LENGTH_OF_BYTE[raw]


def _segment_name(reader) -> str:
    segment = getattr(reader, "_segment", None)
    return segment.segment_id() if segment is not None else ""


def _decode(reader, fieldname: str, tbytes: bytes) -> Postings:
    try:
        matcher = reader.postings(fieldname, tbytes)
    except Exception:  # the term or the field is not in this segment
        return EMPTY
    if isinstance(matcher, FilterMatcher):  # deletions: the caller leaves them out
        matcher = matcher.child
        matcher.reset()
    if isinstance(matcher, whoosh3.W3LeafMatcher):
        return _decode_blocks(matcher)
    ids, weights = [], []
    while matcher.is_active():  # an inlined (short) list
        ids.append(matcher.id())
        weights.append(matcher.weight())
        matcher.next()
    return Postings(np.array(ids, dtype=np.int64), np.array(weights, dtype=np.float64))


def _decode_blocks(matcher: whoosh3.W3LeafMatcher) -> Postings:
    """Every block of an on-disk posting list, each decoded whole."""
    ids, weights = [], []
    while matcher.is_active():
        if matcher._data is None:
            matcher._read_data()
        raw_ids, raw_weights = matcher._data[0], matcher._data[1]
        block = np.asarray(raw_ids, dtype=np.int64)
        ids.append(block if matcher._byteids else np.cumsum(block))
        count = len(block)
        if raw_weights is None:
            weights.append(np.ones(count))
        elif isinstance(raw_weights, float):
            weights.append(np.full(count, raw_weights))
        else:
            weights.append(np.asarray(raw_weights, dtype=np.float64))
        matcher._next_block()
    if not ids:
        return EMPTY
    return Postings(np.concatenate(ids), np.concatenate(weights))
