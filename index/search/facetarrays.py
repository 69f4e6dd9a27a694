"""Facet counts as arrays, for the vectorised query path.

Each facet's (document, value) pairs are kept as one NumPy array of document numbers,
grouped by value, read once per index version; a query's facet counts are then the
number of matching documents in each value's group — one gather of the match flags and
one ``np.add.reduceat`` per facet, instead of a Python set intersection per value.  A
document with several values (cases, tags) is in each of their groups, so it counts once
for each value, as the set counting does.  Imported only where the arrays are used (it
brings NumPy).

A new version of the index mostly adds segments to the ones it had (an ingest's batches;
a tag changed deletes a document in one and adds a small segment).  So the groups are
read per segment and kept from one version to the next (:class:`FacetCache`, keyed by
the segment and how many of its documents are deleted); a version's arrays are then
joined from them by NumPy, and only the new segments' postings are read in Python.
While an ingest commits batch after batch, that is what the window's search thread does
at each commit, holding the interpreter lock its UI thread needs
(docs/UI-RESPONSIVENESS.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from index.search.postings import field_postings


@dataclass(frozen=True)
class FacetArrays:
    """One facet's values, and the documents that have each, one group per value."""

    values: np.ndarray  # the facet's values (str objects), in sorted order
    docs: np.ndarray  # document numbers, grouped by value in the order of ``values``
    starts: np.ndarray  # where each value's group begins in ``docs``
    span: int  # one more than the highest document number in ``docs``

    @classmethod
    def of(cls, table: Mapping[str, frozenset[int]]) -> FacetArrays:
        """The arrays of a facet table (value → the documents that have it); empty values
        and values without documents are left out, as they are never shown."""
        values = sorted(value for value in table if value and table[value])
        sizes = [len(table[value]) for value in values]
        docs = np.fromiter(
            (doc for value in values for doc in table[value]), dtype=np.intp, count=sum(sizes)
        )
        starts = np.cumsum([0, *sizes[:-1]], dtype=np.intp) if values else np.zeros(0, np.intp)
        span = int(docs.max()) + 1 if len(docs) else 0
        return cls(np.array(values, dtype=object), docs, starts, span)

    def counts(self, hit: np.ndarray) -> dict[str, int]:
        """Value → how many matching documents have it, most first (ties in the order of
        the values), values with none left out; ``hit`` is true at every matching
        document number (see :func:`matches`).  A facet of thousands of values (cases) is
        ordered by NumPy too: sorting them in Python cost more than counting."""
        if not len(self.values):
            return {}
        if len(hit) < self.span:  # a guard: ``hit`` comes from the same index version
            hit = np.concatenate((hit, np.zeros(self.span - len(hit), dtype=bool)))
        tally = np.add.reduceat(hit[self.docs], self.starts, dtype=np.int64)
        present = np.flatnonzero(tally)
        order = present[np.argsort(-tally[present], kind="stable")]
        return dict(zip(self.values[order].tolist(), tally[order].tolist(), strict=True))


def matches(matched: np.ndarray, size: int) -> np.ndarray:
    """A true/false array over document numbers ``0 … size-1``: true where matched."""
    hit = np.zeros(max(size, int(matched.max()) + 1 if len(matched) else 0), dtype=bool)
    hit[matched] = True
    return hit


@dataclass(frozen=True)
class SegmentFacet:
    """One facet in one segment: its values (sorted, none empty, a NumPy array of text so
    that joining segments sorts them in C), and the segment's own document numbers that
    have each, one group per value of ``sizes[i]`` documents."""

    values: np.ndarray
    docs: np.ndarray
    sizes: np.ndarray

    @classmethod
    def read(cls, reader, name: str) -> SegmentFacet:
        """The facet ``name`` of one segment's ``reader`` (deleted documents left out)."""
        groups = {}
        for term, docs in field_postings(reader, name):
            value = term.decode() if isinstance(term, bytes) else str(term)
            if value and docs:
                groups[value] = docs
        values = sorted(groups)
        sizes = np.array([len(groups[v]) for v in values], dtype=np.intp)
        docs = np.fromiter(
            (doc for v in values for doc in groups[v]), dtype=np.intp, count=int(sizes.sum())
        )
        return cls(np.array(values, dtype=str), docs, sizes)


def joined(parts: list[tuple[SegmentFacet, int]]) -> FacetArrays:
    """The arrays of a whole index version from its segments' facets, each with the
    offset of its document numbers: the groups of one value brought together (by NumPy:
    the values' union and each group's place are found without a Python loop)."""
    if not any(len(part.values) for part, _ in parts):
        empty = np.zeros(0, dtype=np.intp)
        return FacetArrays(np.array([], dtype=object), empty, empty, 0)
    every = np.concatenate([part.values for part, _ in parts])
    values, number = np.unique(every, return_inverse=True)
    groups = np.repeat(number.ravel(), np.concatenate([part.sizes for part, _ in parts]))
    docs = np.concatenate([part.docs + offset for part, offset in parts])
    docs = docs[np.argsort(groups, kind="stable")]
    sizes = np.bincount(groups, minlength=len(values))
    starts = np.concatenate(([0], np.cumsum(sizes[:-1]))).astype(np.intp)
    span = int(docs.max()) + 1 if len(docs) else 0
    return FacetArrays(values.astype(object), docs, starts, span)


def version_arrays(searcher, name: str, kept: dict[tuple, SegmentFacet]) -> FacetArrays:
    """The facet ``name`` of the index version ``searcher`` reads, as arrays, joined from
    its segments' facets: those in ``kept`` (from earlier versions) are used again, the
    others read and kept; the kept parts of segments no longer in the index are dropped."""
    leaves = [(leaf.reader(), offset) for leaf, offset in searcher.leaf_searchers()]
    parts = []
    for reader, offset in leaves:
        key = _key(reader, name)
        if key is None:  # not a stored segment: read it each time
            parts.append((SegmentFacet.read(reader, name), offset))
            continue
        if key not in kept:
            kept[key] = SegmentFacet.read(reader, name)
        parts.append((kept[key], offset))
    current = {key[:2] for key in (_key(reader, name) for reader, _ in leaves) if key}
    for key in [k for k in kept if k[:2] not in current]:
        del kept[key]
    return joined(parts)


def _key(reader, name: str) -> tuple[object, ...] | None:
    """A segment as it is now: its id and how many of its documents are deleted (only
    ever more), with the facet's name; None for a reader that is not one segment's."""
    segment = getattr(reader, "segment", None)
    if segment is None:
        return None
    segment = segment()
    return (segment.segment_id(), segment.deleted_count(), name)
