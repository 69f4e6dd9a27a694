"""Facet counts as arrays, for the vectorised query path.

Each facet's (document, value) pairs are kept as two NumPy arrays, read once per index
version; a query's facet counts are then one ``np.bincount`` of the values of the pairs
whose document matched — instead of a Python set intersection per value.  A document
with several values (cases, tags) has a pair for each, so it counts once for each value,
as the set counting does.  Imported only where the arrays are used (it brings NumPy).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class FacetArrays:
    """One facet's values, and its (document, value) pairs as two parallel arrays."""

    values: np.ndarray  # the facet's values (str objects), in sorted order
    docs: np.ndarray  # document number of each pair
    codes: np.ndarray  # index in ``values`` of each pair

    @classmethod
    def of(cls, table: Mapping[str, frozenset[int]]) -> FacetArrays:
        """The arrays of a facet table (value → the documents that have it); empty values
        are left out, as they are never shown."""
        values = sorted(value for value in table if value)
        sizes = [len(table[value]) for value in values]
        docs = np.fromiter(
            (doc for value in values for doc in table[value]), dtype=np.int64, count=sum(sizes)
        )
        codes = np.repeat(np.arange(len(values), dtype=np.int64), sizes)
        return cls(np.array(values, dtype=object), docs, codes)

    def counts(self, hit: np.ndarray) -> dict[str, int]:
        """Value → how many matching documents have it, most first (ties in the order of
        the values), values with none left out; ``hit`` is true at every matching
        document number (see :func:`matches`).  A facet of thousands of values (cases) is
        ordered by NumPy too: sorting them in Python cost more than counting."""
        inside = self.docs < len(hit)
        chosen = self.codes[inside][hit[self.docs[inside]]]
        tally = np.bincount(chosen, minlength=len(self.values))
        present = np.flatnonzero(tally)
        order = present[np.argsort(-tally[present], kind="stable")]
        return dict(zip(self.values[order].tolist(), tally[order].tolist(), strict=True))


def matches(matched: np.ndarray, size: int) -> np.ndarray:
    """A true/false array over document numbers ``0 … size-1``: true where matched."""
    hit = np.zeros(max(size, int(matched.max()) + 1 if len(matched) else 0), dtype=bool)
    hit[matched] = True
    return hit
