"""The vectorised query path gives Whoosh's own ranking and totals (index/search/vectorised.py)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from whoosh import query as wq

from benchmarks.corpus import documents
from benchmarks.search_latency import entry_of
from index.search import SearchIndex, SearchOptions, facetarrays, vectorised
from index.search.postingarrays import ArrayCache, Postings
from index.search.searchindex import _filters

DOCUMENTS = 2500
DELETED = range(3, 600, 11)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of 2,500 invented documents in two segments, with some deleted."""
    where = tmp_path_factory.mktemp("vectorised") / "index"
    search = SearchIndex(where)
    search.open(create=True)
    entries = [entry_of(doc) for doc in documents(DOCUMENTS)]
    search.add(entries[:1500])
    search.add(entries[1500:])
    search.delete(DELETED)
    search.close()
    return where


@pytest.fixture(scope="module")
def fast(folder: Path) -> SearchIndex:
    search = SearchIndex(folder)
    search.open(create=False)
    yield search
    search.close()


@pytest.fixture(scope="module")
def slow(folder: Path) -> SearchIndex:
    search = SearchIndex(folder, vectorised=False)
    search.open(create=False)
    yield search
    search.close()


def _sample(kind: str) -> str:
    for doc in documents(60):
        if kind == "case":
            return doc.cases[0]
        if kind == "sender" and doc.sender:
            return doc.sender.split("@")[0].split(".")[0]
    raise AssertionError(kind)


HANDLED = [
    "visa",
    "interpreter",
    "embassy",
    "deportation",
    "tazkira",
    "statement",
    "Kabul",
    "Ahmadzai",
    "Stanekzai",
    "Mohammad",
    "محمد",
    "سفارت",
    "visa interview",
    "tazkira passport",
    "deportation appeal",
    "Mohammad Kasim",
    "Hamidollah Stanekzai",
    "Kabul OR Herat",
    "visa OR deportation",
    "visa -email",
    "interpreter -visa",
    "-visa",
    "Kabul -Herat -visa",
    "(Kabul OR Herat) interview",
    "visa interview OR Kabul",
    "(visa interview) OR Kabul",
    "(tazkira passport) OR (Herat -visa)",
    "(visa -email) OR Herat",
    '"visa application"',
    '"visa application centre"',
    '"judicial review" Kabul',
    '"judicial review" OR Herat',
    '"درخواست ویزای"',
    'title:"statement of"',
    'name:"Muhammad Qasim"',
    '-"judicial review"',
    "type:form",
    "type:form visa",
    "kind:email interpreter",
    "lang:fa",
    "lang:fa سفارت",
    "date:2023",
    "date:2022-03..2022-06",
    "date:1999",
    f"case:{_sample('case')}",
    f"case:{_sample('case')} visa",
    "familyname:Ahmadzai",
    f"from:{_sample('sender')}",
    "name:Ahmadzai",
    "Ahmad*",
    "depor*",
    "Qasim~",
    "interpeter~",
    "nothinglikethisword",
    "",
]


def _whoosh_ranking(slow: SearchIndex, text: str, options: SearchOptions):
    """Whoosh's own scoring of every match (no blocks skipped), best first.

    The matches are the ones the set counting finds (``vectorised=False``): Whoosh's
    AND NOT matcher lets through the first document of a segment that the NOT part
    holds ("Kabul -Herat -visa" here), which this test is not about.
    """
    view = slow._current()
    built, filters = view.prepare(text, options)
    matched = view.matching(built, filters)
    results = view.searcher.search(built.query, limit=None, filter=filters)
    return [(int(hit["id"]), hit.score) for hit in results if hit.docnum in matched]


def _assert_same_ranking(got: list[tuple[int, float]], expected: list[tuple[int, float]]) -> None:
    """Same scores rank by rank; a document out of place only among equal scores."""
    assert len(got) == len(expected) == len({d for d, _s in got})
    for (gid, gscore), (eid, escore) in zip(got, expected, strict=True):
        assert gscore == pytest.approx(escore, abs=1e-6)
        if gid != eid:  # ties may come in another order, or cut at the last place
            assert (
                any(d == gid and abs(s - gscore) <= 1e-6 for d, s in expected)
                or abs(gscore - expected[-1][1]) <= 1e-6
            )


@pytest.mark.parametrize("text", HANDLED)
def test_vectorised_gives_whooshs_ranking_and_total(
    fast: SearchIndex, slow: SearchIndex, text: str
) -> None:
    """GIVEN an index of 2,500 documents in two segments, some deleted
    WHEN a query of a handled shape is searched the vectorised way
    THEN it was scored as arrays, its best 20 are Whoosh's best 20 by Whoosh's own
    scoring of every match (same scores, ties in any order), and its total is exact
    and Whoosh's count."""
    options = SearchOptions(limit=20, facets=False)
    view = fast._current()
    built, filters = view.prepare(text, options)
    assert view.vectorisable(built.query, filters)
    expected = _whoosh_ranking(slow, text, options)
    result = fast.search(text, options)
    assert result.exact
    assert result.total == len(expected)
    _assert_same_ranking([(h.id, h.score) for h in result.hits], expected[:20])


@pytest.mark.parametrize(
    ("text", "options"),
    [
        ("visa", SearchOptions(limit=20, page=3, facets=False)),
        ("interpreter", SearchOptions(kinds=("email",), facets=False)),
        ("visa OR Kabul", SearchOptions(kinds=("form", "email"), facets=False)),
        ("", SearchOptions(cases=(_sample("case"),), facets=False)),
        ("statement -visa", SearchOptions(limit=50, page=2, facets=False)),
    ],
)
def test_filters_and_pages_as_whoosh(
    fast: SearchIndex, slow: SearchIndex, text: str, options: SearchOptions
) -> None:
    """GIVEN filters by kind or case, or a later page
    WHEN searched the vectorised way
    THEN the page holds the same documents as that page of Whoosh's ranking."""
    view = fast._current()
    built, filters = view.prepare(text, options)
    assert filters is None or view.vectorisable(built.query, filters)
    expected = _whoosh_ranking(slow, text, options)
    first = (options.page - 1) * options.limit
    result = fast.search(text, options)
    assert result.total == len(expected)
    _assert_same_ranking(
        [(h.id, h.score) for h in result.hits], expected[first : first + options.limit]
    )


@pytest.mark.parametrize("text", ["visa", "Ahmadzai", "Kabul OR Herat", "type:form visa"])
def test_hits_facets_and_snippets_as_before(
    fast: SearchIndex, slow: SearchIndex, folder: Path, text: str
) -> None:
    """GIVEN the same index searched with and without the vectorised path
    WHEN a query is searched with facets and page texts
    THEN the total and facets are the same, and a document in both lists has the same
    title, page and snippets (only the speed differs)."""
    pages = {e.document.id: e.pages for e in map(entry_of, documents(DOCUMENTS))}
    options = SearchOptions(limit=20, facets=True)
    new = fast.search(text, options, pages.__getitem__)
    old = slow.search(text, options, pages.__getitem__)
    assert (new.total, new.facets, new.exact) == (old.total, old.facets, old.exact)
    assert new.marks == old.marks
    before = {h.id: replace(h, score=0.0) for h in old.hits}
    shared = [h for h in new.hits if h.id in before]
    assert len(shared) >= 5
    assert all(replace(h, score=0.0) == before[h.id] for h in shared)
    assert all(h.snippets for h in shared)


def test_other_shapes_go_the_whoosh_way(fast: SearchIndex) -> None:
    """GIVEN shapes the arrays do not score: a phrase with slop, a range scored by its
    terms, an OR needing two of its parts, documents having some field
    THEN they are not taken for the vectorised path (the caller asks Whoosh)."""
    searcher = fast._current().searcher
    for query in (
        wq.Phrase("body", ["visa", "application"], slop=2),
        wq.DateRange("date", None, None, constantscore=False),
        wq.Or([wq.Term("body", "visa"), wq.Term("body", "kabul")], minmatch=2),
        wq.And([wq.Term("body", "visa"), wq.Every("title")]),
    ):
        assert not vectorised.handles(query, searcher)


def test_a_phrase_finds_the_words_together(fast: SearchIndex) -> None:
    """GIVEN the phrase "visa application"
    WHEN searched
    THEN every hit's text holds the two words one after the other, and the total is
    the number of documents that do."""
    texts = {d.number: " ".join([d.title, *d.pages]).lower() for d in documents(DOCUMENTS)}
    holding = {n for n, t in texts.items() if "visa application" in t and n not in DELETED}
    result = fast.search('"visa application"', SearchOptions(limit=20, facets=True))
    assert result.total == len(holding) > 20
    assert all(h.id in holding for h in result.hits)


@pytest.mark.parametrize(
    ("text", "word", "year"),
    [("interview date:2022", "interview", "2022"), ("visa date:2021", "visa", "2021")],
)
def test_a_date_range_with_words(fast: SearchIndex, text: str, word: str, year: str) -> None:
    """GIVEN a word and a year (a date range: scored as arrays)
    WHEN searched
    THEN the total is the number of documents of that year holding the word (Whoosh's
    own matchers found 147 of 245 on a smaller index of this corpus), and the hits are
    the word's best documents of that year, each scoring the word's score plus the
    range's constant 1.0, as in Whoosh."""
    view = fast._current()
    assert view.vectorisable(view.prepare(text, SearchOptions())[0].query, None)
    docs = [d for d in documents(DOCUMENTS) if d.number not in DELETED]
    texts = {d.number: " ".join([d.title, *d.pages, *(f[1] for f in d.fields)]) for d in docs}
    holding = {
        d.number for d in docs if d.date.startswith(year) and word in texts[d.number].lower()
    }
    result = fast.search(text, SearchOptions(limit=20, facets=False))
    assert result.total == len(holding) > 20
    plain = fast.search(word, SearchOptions(limit=DOCUMENTS, facets=False))
    expected = [(h.id, h.score + 1.0) for h in plain.hits if h.id in holding][:20]
    _assert_same_ranking([(h.id, h.score) for h in result.hits], expected)


def test_sorting_by_date_goes_the_whoosh_way(fast: SearchIndex, slow: SearchIndex) -> None:
    """GIVEN a word query sorted by date
    WHEN searched with and without the vectorised path
    THEN both give the same (Whoosh's) newest-first hits."""
    options = SearchOptions(sort="date", facets=False)
    assert [h.id for h in fast.search("visa", options).hits] == [
        h.id for h in slow.search("visa", options).hits
    ]


@pytest.mark.parametrize("text", HANDLED)
def test_the_whoosh_way_gives_the_same_best_hits(
    fast: SearchIndex, slow: SearchIndex, text: str
) -> None:
    """GIVEN the same index searched the vectorised way and Whoosh's way (what a small
    archive and phrases, date sorting and other shapes use)
    WHEN a query is searched for its best 20
    THEN both give the same scores rank by rank (Whoosh's matcher swaps once lost an
    AND's best documents: 16.9 first where 17.9 is best)."""
    options = SearchOptions(limit=20, facets=False)
    new = fast.search(text, options)
    old = slow.search(text, options)
    _assert_same_ranking([(h.id, h.score) for h in old.hits], [(h.id, h.score) for h in new.hits])


@pytest.mark.parametrize("sort", ["relevance", "date"])
@pytest.mark.parametrize("text", ["Kabul -Herat -visa", "visa -email", "Kabul NOT Herat"])
def test_the_whoosh_way_keeps_out_what_not_excludes(
    fast: SearchIndex, slow: SearchIndex, text: str, sort: str
) -> None:
    """GIVEN an AND NOT query
    WHEN every match is listed Whoosh's way, by relevance or by date
    THEN the documents are exactly the matches the arrays find: none the NOT part holds
    (Whoosh's matcher swaps let through the second document of each segment)."""
    options = SearchOptions(limit=DOCUMENTS, facets=False, sort=sort)
    expected = {h.id for h in fast.search(text, SearchOptions(limit=DOCUMENTS, facets=False)).hits}
    got = [h.id for h in slow.search(text, options).hits]
    assert len(got) == len(set(got)) == len(expected) > 20
    assert set(got) == expected


def test_filters_query_is_vectorisable(fast: SearchIndex) -> None:
    """GIVEN the filters the window sends (kinds and cases)
    THEN they are of a shape the vectorised path handles."""
    view = fast._current()
    filters = _filters(SearchOptions(kinds=("form", "email"), cases=("AFG-2024-00001",)))
    assert view.vectorisable(view.prepare("visa", SearchOptions())[0].query, filters)


def _postings(count: int) -> Postings:
    return Postings(np.arange(count, dtype=np.int64), np.ones(count))


def test_cache_keeps_the_most_recently_used_within_its_budget() -> None:
    """GIVEN a cache with room for three lists of 100 postings
    WHEN four are put, the first read again before the fourth
    THEN the second (least recently used) is dropped and the budget is kept."""
    one = _postings(100).nbytes
    cache = ArrayCache(budget=3 * one)
    for name in ("a", "b", "c"):
        cache.put((name,), _postings(100), one)
    assert cache.get(("a",)) is not None
    cache.put(("d",), _postings(100), one)
    assert cache.get(("b",)) is None
    assert all(cache.get((name,)) is not None for name in ("a", "c", "d"))
    assert cache.used == 3 * one


def test_cache_refuses_what_is_bigger_than_its_budget() -> None:
    """GIVEN a cache smaller than one posting list
    WHEN the list is put
    THEN it is not kept (and nothing else is pushed out for it)."""
    cache = ArrayCache(budget=10)
    cache.put(("big",), _postings(100), _postings(100).nbytes)
    assert cache.get(("big",)) is None and cache.used == 0


@pytest.mark.parametrize(
    ("text", "options"),
    [(text, SearchOptions()) for text in HANDLED]
    + [
        ("interpreter", SearchOptions(kinds=("email",))),
        ("", SearchOptions(cases=(_sample("case"),))),
    ],
)
def test_facet_counts_as_arrays_are_the_set_counts(
    fast: SearchIndex, slow: SearchIndex, text: str, options: SearchOptions
) -> None:
    """GIVEN the same index with and without the arrays (two segments, some documents
    deleted) WHEN a query's total and facets are tallied THEN the counts from
    ``np.add.reduceat`` are the set counts, value for value and in the same order."""
    new, old = fast.tally(text, options), slow.tally(text, options)
    assert new == old
    assert [list(v.items()) for v in new[1].values()] == [list(v.items()) for v in old[1].values()]


def test_the_facet_arrays_count_every_value_of_a_document() -> None:
    """GIVEN a facet where document 1 has three values (one empty) and document 3 none
    WHEN documents 1, 3 and 4 match THEN each of document 1's values counts once, most
    common first, ties by value, and the empty value is left out."""
    arrays = facetarrays.FacetArrays.of(
        {"c": frozenset({1, 2, 4}), "a": frozenset({1, 2}), "b": frozenset({1}), "": {1}}
    )
    hit = facetarrays.matches(np.array([1, 3, 4]), 5)
    assert list(arrays.counts(hit).items()) == [("c", 2), ("a", 1), ("b", 1)]


def test_a_new_version_of_the_index_reads_only_its_new_segments_facets(tmp_path: Path) -> None:
    """GIVEN an index in two segments whose facets were counted WHEN a batch is added (a new
    segment) and documents of the first segment are deleted (another writer, as an ingest
    and a tag change do) THEN the next counts are the set counts again, the second
    segment's facets are used as they were kept (the same objects), the first's read
    anew, and only the three segments now in the index keep facets."""
    entries = [entry_of(doc) for doc in documents(700)]
    writer = SearchIndex(tmp_path / "index")
    writer.open(create=True)
    writer.add(entries[:300])
    writer.add(entries[300:600])
    fast, slow = SearchIndex(tmp_path / "index", vectorised=True), SearchIndex(tmp_path / "index")
    fast.open(create=False), slow.open(create=False)
    try:
        assert fast.tally("visa") == slow.tally("visa")
        first, second = [segment.segment_id() for segment in writer._index._segments()]
        kept = dict(fast._facet_parts)
        assert {key[0] for key in kept} == {first, second} and len(kept) == 2 * 5
        writer.add(entries[600:])
        writer.delete(range(1, 300, 7))
        assert len(writer.segment_ids()) == 3 and {first, second} <= writer.segment_ids()
        slow.close()  # a fresh view of the new version for the set counts
        assert fast.tally("visa") == slow.tally("visa")
        now = fast._facet_parts
        assert len(now) == 3 * 5 and {key[0] for key in now} == writer.segment_ids()
        assert all(now[key] is part for key, part in kept.items() if key[0] == second)
        assert not any(key in now for key in kept if key[0] == first)  # deletions: read anew
    finally:
        for search in (writer, fast, slow):
            search.close()
