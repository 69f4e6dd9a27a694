"""Facet counts as arrays, for the vectorised query path.

Each facet's (document, value) pairs are kept as one NumPy array of document numbers,
grouped by value, read once per index version; a query's facet counts are then the
number of matching documents in each value's group — one gather of the match flags and
one ``np.add.reduceat`` per facet, instead of a Python set intersection per value.  A
document with several values (cases, tags) is in each of their groups, so it counts once
for each value, as the set counting does.  Imported only where the arrays are used (it
brings NumPy).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np


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
