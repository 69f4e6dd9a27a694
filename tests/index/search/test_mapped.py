"""A search on a large index gives the pages it read of the mapped segment files back to
the system, and finds the same afterwards (index/search/mapped.py; issue 20, item 6)."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from index.search import SearchIndex, SearchOptions, mapped

DOCUMENTS = 400


_BUILD = """
import sys
from pathlib import Path
from benchmarks.corpus import documents
from benchmarks.search_latency import entry_of
from index.search import SearchIndex
search = SearchIndex(Path(sys.argv[1]))
search.open(create=True)
entries = [entry_of(doc) for doc in documents(int(sys.argv[2]))]
search.add(entries[:250])
search.add(entries[250:])
search.close()
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of 400 invented documents in two segments, written by another process
    (writing maps segment files too, which would be counted here)."""
    where = tmp_path_factory.mktemp("mapped") / "index"
    command = [sys.executable, "-c", _BUILD, str(where), str(DOCUMENTS)]
    subprocess.run(command, check=True, cwd=Path(__file__).parents[3], timeout=600)
    return where


def _resident_kb(folder: Path) -> int:
    """kB of this process's resident memory mapped from the segment files in ``folder``."""
    total, inside = 0, False
    with open("/proc/self/smaps", encoding="utf-8") as smaps:
        for line in smaps:
            fields = line.split()
            if "-" in fields[0] and len(fields) >= 5:  # a mapping's header line
                inside = len(fields) == 6 and fields[5].startswith(str(folder))
            elif inside and fields[0] == "Rss:":
                total += int(fields[1])
    return total


def _earlier(folder: Path) -> int:
    """kB still resident from the other tests' searchers (closed, maybe not yet freed)."""
    gc.collect()
    return _resident_kb(folder)


def _search(index: SearchIndex, text: str):
    result = index.search(text, SearchOptions(limit=20))
    return [hit.id for hit in result.hits], result.total, result.facets


@pytest.mark.parametrize("vectorised", [True, False])
def test_over_the_budget_a_search_leaves_no_page_of_a_large_index_resident(
    folder: Path, vectorised, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN an index searched as a large one (as arrays), the budget of mapped pages
    exceeded WHEN words, a phrase and a date range are searched and counted THEN none of
    the segment files' pages stays in the process's memory, and every result is what it
    was; GIVEN one searched as a small one THEN its pages stay (the check sees them)."""
    monkeypatch.setattr(mapped, "BUDGET_BYTES", 0)
    earlier = _earlier(folder)
    index = SearchIndex(folder, vectorised=vectorised)
    index.open(create=False)
    try:
        first = [_search(index, t) for t in ("visa", '"judicial review"', "date:2022")]
        first.append(index.tally("interpreter"))
        assert len(mapped.maps(index._current().searcher)) == 2
        resident = _resident_kb(folder)
        again = [_search(index, t) for t in ("visa", '"judicial review"', "date:2022")]
        again.append(index.tally("interpreter"))
    finally:
        index.close()
    assert again == first and first[0][1] > 0
    assert (resident == earlier) if vectorised else (resident > earlier)


def test_releasing_drops_the_pages_and_keeps_what_they_hold(folder: Path) -> None:
    """GIVEN a small index whose pages a search left resident WHEN they are released
    THEN none stays, and the same search finds the same."""
    earlier = _earlier(folder)
    index = SearchIndex(folder, vectorised=False)
    index.open(create=False)
    try:
        before = _search(index, "visa interview")
        assert _resident_kb(folder) > earlier
        assert mapped.release(index._current().searcher) == 2
        assert _resident_kb(folder) == earlier
        assert _search(index, "visa interview") == before
    finally:
        index.close()


def test_under_the_budget_the_pages_read_stay(folder: Path, monkeypatch) -> None:
    """GIVEN a large index and a budget above what the process holds of files WHEN
    searched THEN the pages read stay resident (no cost of reading them back); GIVEN
    the process over the budget THEN they go."""
    held = mapped.resident_file_bytes()
    assert held is not None and held > 0
    monkeypatch.setattr(mapped, "BUDGET_BYTES", held + 512 * 1024 * 1024)
    earlier = _earlier(folder)
    index = SearchIndex(folder, vectorised=True)
    index.open(create=False)
    try:
        _search(index, "visa interview")
        assert _resident_kb(folder) > earlier
        searcher = index._current().searcher
        assert not mapped.keep_within(searcher)
        assert mapped.keep_within(searcher, budget=held // 2)
        assert _resident_kb(folder) == earlier
    finally:
        index.close()
