"""Counting every match (total and facets) from the postings, and the faster skip_to."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from whoosh import index as whoosh_index

from index.catalog.records import IndexEntry
from index.search import SearchIndex, SearchOptions, speedups
from tests.support.entries import index_entry


def _entry(number: int, text: str, kind: str = "note", case: str = "") -> IndexEntry:
    return index_entry(number, text, kind=kind, case=case, date=f"{2020 + number % 4}-01-15")


def _words(number: int) -> str:
    words = ["visa"] if number % 2 == 0 else ["permit"]
    words += ["interview"] if number % 3 == 0 else []
    words += ["embassy", "statement"] if number % 5 == 0 else ["statement"]
    return " ".join(words)


@pytest.fixture()
def index(tmp_path: Path) -> SearchIndex:
    """300 documents written in three commits (three segments), then ten deleted."""
    search = SearchIndex(tmp_path / "index")
    search.open(create=True)
    for start in (1, 101, 201):
        search.add(
            _entry(
                n, _words(n), kind="email" if n % 7 == 0 else "note", case=f"AFG-2024-{n % 3:05d}"
            )
            for n in range(start, start + 100)
        )
    search.delete(range(1, 21, 2))  # ten odd numbers
    return search


def _expected(keep) -> set[int]:
    deleted = set(range(1, 21, 2))
    return {n for n in range(1, 301) if n not in deleted and keep(n)}


@pytest.mark.parametrize(
    ("query", "keep"),
    [
        ("visa", lambda n: n % 2 == 0),
        ("permit interview", lambda n: n % 2 == 1 and n % 3 == 0),
        ("visa OR interview", lambda n: n % 2 == 0 or n % 3 == 0),
        ("statement -embassy", lambda n: n % 5 != 0),
        ('"embassy statement"', lambda n: n % 5 == 0),
        ("", lambda n: True),
        ("type:email visa", lambda n: n % 7 == 0 and n % 2 == 0),
        ("nothinglikethis", lambda n: False),
    ],
)
def test_totals_are_exact_across_segments_and_deletions(index: SearchIndex, query, keep) -> None:
    """GIVEN three segments with deletions WHEN a query is counted
    THEN the total is the number of live documents that match, as is the search's total."""
    expected = _expected(keep)
    total, facets = index.tally(query)
    assert total == len(expected)
    assert index.search(query, SearchOptions(limit=5)).total == len(expected)
    assert sum(facets["kind"].values()) == len(expected)


def test_facets_count_only_the_matches(index: SearchIndex) -> None:
    """GIVEN cases given by number mod 3 WHEN "visa" is counted
    THEN each case's count is the matching live documents in it."""
    _total, facets = index.tally("visa")
    for rest in range(3):
        wanted = len(_expected(lambda n, r=rest: n % 2 == 0 and n % 3 == r))
        assert facets["case"][f"AFG-2024-{rest:05d}"] == wanted
    years = {
        str(year): len(_expected(lambda n, y=year: n % 2 == 0 and 2020 + n % 4 == y))
        for year in (2020, 2021, 2022, 2023)
    }
    assert facets["year"] == {year: count for year, count in years.items() if count}
    assert "2021" not in facets["year"]  # values with no match are left out


def test_without_counts_the_total_is_marked_as_an_estimate(index: SearchIndex) -> None:
    """GIVEN many matches searched the Whoosh way (skipping blocks; no arrays)
    WHEN searched for three hits without counts
    THEN the result says its total is not exact, and with counts that it is."""
    whoosh = SearchIndex(index.folder, vectorised=False)
    whoosh.open(create=False)
    quick = whoosh.search("statement", SearchOptions(limit=3, facets=False))
    assert len(quick.hits) == 3 and not quick.exact and quick.facets == {}
    full = whoosh.search("statement", SearchOptions(limit=3))
    assert full.exact and full.total == len(_expected(lambda n: True))
    whoosh.close()


def test_words_give_the_exact_total_without_counts(index: SearchIndex) -> None:
    """GIVEN many matches of a word (scored as arrays: index/search/vectorised.py)
    WHEN searched for three hits without counts
    THEN the total is exact all the same, and no facets were counted."""
    arrays = SearchIndex(index.folder, vectorised=True)  # whatever the index's size
    arrays.open(create=False)
    quick = arrays.search("statement", SearchOptions(limit=3, facets=False))
    assert len(quick.hits) == 3 and quick.facets == {}
    assert quick.exact and quick.total == len(_expected(lambda n: True))
    arrays.close()


def test_binary_search_skip_to_lands_where_whoosh_does(tmp_path: Path) -> None:
    """GIVEN postings with random gaps over many blocks WHEN skipping to random ids
    with Whoosh's own skip_to and with ours THEN every position is the same."""
    rng = random.Random(5)
    numbers = sorted(rng.sample(range(1, 5000), 1500))
    search = SearchIndex(tmp_path / "index")
    search.open(create=True)
    search.add(_entry(n, "visa" if n in set(numbers) else "other") for n in range(1, 5000))
    reader = search._current().searcher.reader()
    targets = sorted(rng.sample(range(0, 5200), 300))

    def walk() -> list[int | None]:
        matcher = reader.postings("body", "visa")
        seen: list[int | None] = []
        for target in targets:
            if not matcher.is_active():
                seen.append(None)
                continue
            matcher.skip_to(target)
            seen.append(matcher.id() if matcher.is_active() else None)
        return seen

    speedups.uninstall()
    try:
        theirs = walk()
    finally:
        speedups.install()
    assert walk() == theirs
    assert any(t is None for t in theirs) and len({t for t in theirs if t}) > 100


def test_compound_segments_are_read_in_place_with_the_same_results(tmp_path: Path) -> None:
    """GIVEN an index whose segment is one compound file, mapped into memory
    WHEN it is searched with Whoosh's own reading (which copies each part) and with ours
    THEN ours opens the parts over the mapped file, and hits, totals and stored fields
    are the same."""
    search = SearchIndex(tmp_path / "index")
    search.open(create=True)
    search.add(_entry(n, "visa statement" if n % 3 else "other") for n in range(1, 3000))
    assert list((tmp_path / "index").glob("*.seg")), "expected a compound segment"

    def results() -> list[tuple]:
        fresh = SearchIndex(tmp_path / "index")
        fresh.open(create=False)
        try:
            found = [
                fresh.search(q, SearchOptions(limit=50, sort=sort))
                for q in ("visa", '"visa statement"', "other OR visa")
                for sort in ("relevance", "date")
            ]
            parts = {type(f).__name__ for f in _open_parts(fresh)}
            return [(r.total, [(h.id, h.kind) for h in r.hits], r.facets) for r in found], parts
        finally:
            fresh.close()

    speedups.uninstall()
    try:
        theirs, their_parts = results()
    finally:
        speedups.install()
    ours, our_parts = results()
    assert ours == theirs
    assert their_parts == {"BufferFile"} and our_parts == {"_MappedPart"}


def test_field_lengths_read_whole_are_the_lengths_whoosh_reads(tmp_path: Path) -> None:
    """GIVEN an index of two segments with texts of many lengths (and fields some documents
    lack) WHEN every document's length in every field is asked for with Whoosh's own reading
    and with ours, and the index is merged with each THEN the answers and the merged
    segments' scores are the same."""
    rng = random.Random(11)
    texts = {
        n: " ".join(rng.choices(["visa", "kabul", "permit", "اسناد"], k=rng.randint(0, 400)))
        for n in range(1, 1200)
    }
    search = SearchIndex(tmp_path / "index")
    search.open(create=True)
    search.add(_entry(n, texts[n]) for n in range(1, 700))
    search.add(
        _entry(n, texts[n], case="AFG-2024-00001" if n % 7 else "") for n in range(700, 1200)
    )
    names = ["body", "title", "stem", "names", "fields", "case", "sender", "nosuchfield"]

    def lengths() -> list[object]:
        found = []
        for leaf, _ in search._current().searcher.leaf_searchers():
            reader = leaf.reader()._perdoc
            found += [
                reader.doc_field_length(d, f)
                for f in names
                for d in range(reader.doc_count_all() + 1)
            ]
        return found

    speedups.uninstall()
    try:
        search.close()
        theirs = lengths()
    finally:
        speedups.install()
    search.close()
    assert lengths() == theirs
    assert len(set(theirs)) > 50  # many different lengths, and None for the missing ones
    assert None in theirs

    def merged(folder: Path) -> list[tuple]:
        shutil.copytree(tmp_path / "index", folder)
        whoosh_index.open_dir(folder).writer().commit(optimize=True)
        copy = SearchIndex(folder)
        copy.open(create=False)
        try:
            found = [copy.search(q, SearchOptions(limit=40)) for q in ("visa", "kabul permit")]
            return [(h.id, round(h.score, 9)) for r in found for h in r.hits]
        finally:
            copy.close()

    speedups.uninstall()
    try:
        their_merge = merged(tmp_path / "theirs")
    finally:
        speedups.install()
    assert merged(tmp_path / "ours") == their_merge and len(their_merge) == 80


def _open_parts(search: SearchIndex) -> list[object]:
    """The open files behind the searcher's segment: the terms and the postings."""
    terms = search._current().searcher.reader()._terms
    return [terms._dbfile, terms._postfile]


@pytest.mark.parametrize("sort", ["relevance", "date"])
@pytest.mark.parametrize(
    ("query", "keep"),
    [("visa", lambda n: n % 2 == 0), ('"embassy statement"', lambda n: n % 5 == 0)],
)
def test_kind_filters_count_only_the_kind(index: SearchIndex, query, keep, sort) -> None:
    """GIVEN emails among notes WHEN searched with the email filter, by relevance or date
    THEN the total and the kind facet count only matching emails."""
    expected = _expected(lambda n: keep(n) and n % 7 == 0)
    result = index.search(query, SearchOptions(kinds=("email",), limit=3, sort=sort))
    assert result.total == len(expected) and result.facets["kind"] == {"email": len(expected)}
    assert index.tally(query, SearchOptions(kinds=("email",)))[0] == len(expected)


def test_a_search_sees_one_version_while_another_writer_commits(tmp_path: Path) -> None:
    """GIVEN a reader and, in another thread, a writer committing one document at a time
    WHEN the reader searches (hits, total, facets) over and over THEN no search fails on a
    version closed under it, and the total never drops."""
    import threading

    folder = tmp_path / "index"
    writer = SearchIndex(folder)
    writer.open(create=True)
    writer.add([_entry(n, _words(n), case="AFG-2024-00001") for n in range(1, 21)])
    reader = SearchIndex(folder)
    assert reader.open(create=False)
    done = threading.Event()

    def write() -> None:
        try:
            for n in range(21, 51):
                writer.add([_entry(n, _words(n), case=f"AFG-2024-{n:05d}")])
        finally:
            done.set()

    thread = threading.Thread(target=write)
    thread.start()
    totals = []
    try:
        while not done.is_set():
            result = reader.search("statement OR visa")
            assert sum(result.facets["case"].values()) >= result.total
            totals.append(result.total)
    finally:
        thread.join()
        reader.close()
        writer.close()
    assert totals == sorted(totals)
    assert len(set(totals)) > 1, "the reader never saw the writer's commits"


@pytest.mark.parametrize("size", [3, 2000])
def test_mapped_part_reads_a_pickle_and_stops_right_after_it(size: int) -> None:
    """GIVEN a mapped part holding a pickled tuple (small, or longer than the few hundred
    bytes read ahead) followed by other bytes
    WHEN the pickle is read
    THEN the tuple comes back and the next read starts right after it."""
    import pickle

    value = tuple(range(size))
    data = b"\x01\x02" + pickle.dumps(value, 2) + b"rest"
    part = speedups._MappedPart(memoryview(data))
    part.seek(2)
    assert part.read_pickle() == value
    assert part.read(4) == b"rest"


def test_a_fields_postings_read_in_order_are_each_terms_postings(index: SearchIndex) -> None:
    """GIVEN the three-segment index with deletions WHEN every term of a field is read with
    its documents from the term list in order (for the facet tables) THEN each term has
    exactly the live documents its own postings give — for long lists (kinds, cases), for
    lists kept in the term's entry (ids: one document each), and with deletions."""
    from whoosh import index as whoosh_index

    from index.search.postings import field_postings

    index.close()
    with whoosh_index.open_dir(str(index.folder)).searcher() as searcher:
        leaves = [leaf.reader() for leaf, _offset in searcher.leaf_searchers()]
        assert len(leaves) == 3 and leaves[0].has_deletions()
        for reader in leaves:
            for name in ("kind", "case", "id"):
                read = dict(field_postings(reader, name))
                expected = {
                    term: set(reader.postings(name, term).all_ids())
                    for term in reader.field_terms(name)
                }
                assert read == expected, name
                assert all(read.values()) or name == "id"
        first = dict(field_postings(leaves[0], "kind"))
        assert sum(len(docs) for docs in first.values()) == 90  # 100 written, 10 deleted


def test_a_small_index_is_searched_without_arrays_and_a_large_one_with(tmp_path: Path) -> None:
    """GIVEN an index below VECTORISE_FROM documents and one at it WHEN each is searched
    (``vectorised`` left to the size) THEN only the large one's words are scored as
    arrays (which brings NumPy's import, not worth it for a small archive)."""
    from index.search.searchindex import VECTORISE_FROM

    for count, arrays in ((VECTORISE_FROM - 1, False), (VECTORISE_FROM, True)):
        search = SearchIndex(tmp_path / str(count))
        search.open(create=True)
        search.add(_entry(n, f"statement {n}") for n in range(1, count + 1))
        view = search._current()
        built, filters = view.prepare("statement", SearchOptions())
        assert view.vectorisable(built.query, filters) is arrays
        search.close()
