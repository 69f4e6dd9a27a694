"""An optimise merges the index into one segment, in this process or in a child, and only
when it is worth it."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.search import SearchIndex, SearchOptions, merging
from index.search.optimise import optimise_elsewhere
from index.search.schema import to_document
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


def _commit_unmerged(search: SearchIndex, numbers: range, word: str = "visa") -> None:
    """One new segment holding ``numbers``, merging nothing (as helpers write them)."""
    writer = search._index.writer()
    for n in numbers:
        writer.add_document(**to_document(_entry(n, word)))
    writer.commit(merge=False)


def _commit_later(search: SearchIndex, deleted: tuple[int, ...] = ()) -> None:
    """A commit by an ingest: merge_later decides; ``deleted`` ids go first."""
    writer = search._index.writer()
    writer.mergetype = merging.merge_later
    for n in deleted:
        writer.delete_by_term("id", str(n))
    writer.commit()


def test_an_ingest_merges_nothing_until_the_index_is_in_many_segments(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN at most MOST_SEGMENTS (here 8) segments WHEN an ingest commits THEN nothing
    is merged, except that a segment whose documents were all replaced is dropped;
    GIVEN 11 segments THEN the smallest 7 become one, leaving 5 (at most half the limit
    and the merged one), the largest kept as they were; every search finds the same."""
    monkeypatch.setattr(merging, "MOST_SEGMENTS", 8)
    search = SearchIndex(tmp_path / "index")
    search.open(create=True)
    for start in range(1, 61, 10):
        _commit_unmerged(search, range(start, start + 10))
    _commit_later(search)
    assert search.segments() == 6
    _commit_later(search, deleted=tuple(range(51, 61)))
    assert search.segments() == 5 and _found(search) == list(range(1, 51))

    big = [range(100 + 50 * k, 150 + 50 * k) for k in range(3)]
    for numbers in [*big, range(300, 303), range(303, 305), range(305, 306)]:
        _commit_unmerged(search, numbers)
    kept = sorted(s.segment_id() for s in search._index._segments() if s.doc_count_all() == 50)
    assert search.segments() == 11
    _commit_later(search)
    segments = search._index._segments()
    assert len(segments) == 5
    assert kept == sorted(s.segment_id() for s in segments if s.segment_id() in kept)
    expected = sorted([*range(1, 51), *range(100, 250), *range(300, 306)])
    assert _found(search) == expected


@pytest.mark.parametrize(
    ("sizes", "mention"),
    [
        ([9, 7, 6, 5, 4, 3, 1], False),  # the demo archive and one more file
        ([20, 5, 5, 5, 1], False),
        ([3_000, 3_000, 3_000, 1_000], False),  # worth a quiet tidy, not a message
        ([10_000] * 12, True),  # just after a large ingest
        ([600] * 10, True),
        ([100_000, 5_000, 3_000, 2_000], False),  # too few parts to notice
    ],
)
def test_the_user_is_told_to_optimise_only_when_searches_are_slower(
    sizes: list[int], mention: bool
) -> None:
    """GIVEN segment sizes THEN `casedesk add` mentions an optimise only when the index is in
    many parts with thousands of documents outside the largest (where searches are slower)."""
    assert merging.worth_mentioning(sizes) is mention
