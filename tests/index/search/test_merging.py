"""An optimise merges the index into one segment, in this process or in a child, and only
when it is worth it."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.search import SearchIndex, SearchOptions, merging
from index.search.optimise import optimise_elsewhere
from tests.index.search.test_counting import _entry


def _found(search: SearchIndex, text: str = "visa") -> list[int]:
    search.close()
    return sorted(h.id for h in search.search(text, SearchOptions(limit=1000)).hits)


def test_optimise_leaves_one_segment_and_the_same_results(tmp_path: Path) -> None:
    """GIVEN an index of several commits WHEN optimised THEN it is one segment and every
    search finds what it found before."""
    search = SearchIndex(tmp_path / "index")
    search.open(create=True)
    for start in range(1, 200, 40):
        search.add(_entry(n, "visa" if n % 3 else "permit") for n in range(start, start + 40))
    before = (_found(search), _found(search, "permit"))
    assert search.segments() > 1
    search.optimise()
    assert search.segments() == 1
    assert (_found(search), _found(search, "permit")) == before


def test_an_optimise_in_a_child_finishes_or_is_stopped_leaving_the_index_as_it_was(
    tmp_path: Path,
) -> None:
    """GIVEN an index in several segments WHEN an optimise in a child process is stopped
    as soon as it has begun writing THEN it reports so, the index has its segments and results, and the next commit
    works; WHEN one runs to the end THEN the index is one segment with the same results."""
    search = SearchIndex(tmp_path / "index")
    search.open(create=True)
    for start in range(1, 1200, 300):
        search.add(_entry(n, "visa" if n % 2 else "permit") for n in range(start, start + 300))
    segments, found = search.segments(), _found(search)
    files_before = set((tmp_path / "index").iterdir())

    def merging() -> bool:  # stop it the moment it has begun writing the merged segment
        return bool(set((tmp_path / "index").iterdir()) - files_before)

    assert optimise_elsewhere(tmp_path / "index", cancelled=merging) is False
    assert search.segments() == segments and _found(search) == found
    search.add([_entry(5000, "visa")])
    assert _found(search) == sorted([*found, 5000])
    assert optimise_elsewhere(tmp_path / "index", cancelled=lambda: False) is True
    assert search.segments() == 1 and _found(search) == sorted([*found, 5000])


@pytest.mark.parametrize(
    ("sizes", "worth"),
    [
        ([100_000], False),
        ([100_000, 2_000, 2_000, 2_000], False),  # a few files added to a tidy index
        ([100_000, 5_000, 3_000, 2_000], True),
        ([10_000] * 12, True),  # just after a large ingest
        ([3_000, 3_000, 3_000, 1_000], True),  # a small archive in parts: cheap to merge
        ([9_000, 300, 300, 300], False),  # a few files added to a tidy small archive
        ([30_000, 30_000, 2_000], False),
    ],
)
def test_an_optimise_is_worth_it_only_when_many_documents_lie_outside_the_largest_part(
    sizes: list[int], worth: bool
) -> None:
    """GIVEN segment sizes THEN an idle optimise is worth it only with enough segments and
    enough documents outside the largest one (a tenth of them, or 10,000)."""
    assert merging.worth_optimising(sizes) is worth
