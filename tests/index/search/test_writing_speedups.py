"""The indexing fast path and the grouping posting pool give exactly Whoosh's postings."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from whoosh.analysis import StandardAnalyzer

from benchmarks.corpus import documents
from index.catalog.records import IndexEntry
from index.extract.base import FormField
from index.search import SearchIndex, fastwords, inlining, pooling, searchindex
from index.search.schema import build_schema
from index.search.searchindex import SearchOptions
from tests.support.entries import index_entry

TRICKY = [
    "",
    "   \n\n  ",
    "Mohammad Muhammad MOHAMMED muhammad محمد مُحَمَّد",
    "Case AFG-2024-00017, passport P1234567, A-number A012345678 on 12/03/2023.",
    "Ghulam-Sakhi O'Neil d’Arcy U.S. e-mail officer@unhcr.example",
    "می‌خواهم درخواست پناهندگی ثبت کنم؛ سال ۱۴۰۲ در کابل",
    "زه په کابل کې اوسېږم، او زما کورنۍ په خطر کې ده",
    "Ahmadzai ahmadzai Ahmadzai AHMADZAI interview interviews interviewed",
    "ـــ تطویل zero\u200cwidth\u200djoiners and ‏marks‎",
]


def _texts() -> list[str]:
    """Tricky strings, invented case documents, and a word soup of all of them."""
    texts = list(TRICKY)
    texts += ["\n\n".join(doc.pages) for doc in documents(60, seed=11)]
    words = " ".join(texts).split()
    rng = random.Random(5)
    texts += [" ".join(rng.choice(words) for _ in range(400)) for _ in range(20)]
    return texts


def _postings(field_name: str, texts: list[str]) -> list[list[tuple]]:
    field = build_schema()[field_name]
    return [list(field.index(text)) for text in texts]


@pytest.mark.parametrize("field_name", ["title", "body", "stem", "names", "fields", "sender"])
def test_fast_word_values_equal_whooshs(field_name: str) -> None:
    """GIVEN English, Persian, Pashto, names, references and word soup
    WHEN each text field indexes them through Whoosh's analyzer chain and through the
    fast path
    THEN every term, frequency, weight and encoded position list is the same."""
    texts = _texts()
    fastwords.uninstall()
    try:
        theirs = _postings(field_name, texts)
    finally:
        fastwords.install()
    assert _postings(field_name, texts) == theirs
    assert sum(map(len, theirs)) > 1000


def test_fast_path_memo_starting_over_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """GIVEN a memo that holds only 7 words before it starts over
    WHEN the body field indexes the texts
    THEN the postings are still Whoosh's own."""
    texts = _texts()[:30]
    fastwords.uninstall()
    try:
        theirs = _postings("body", texts)
    finally:
        fastwords.install()
    monkeypatch.setattr(fastwords, "MEMO_WORDS", 7)
    monkeypatch.setattr(fastwords, "_plans", {})
    assert _postings("body", texts) == theirs


def test_other_analyzers_are_left_to_whoosh() -> None:
    """GIVEN Whoosh's StandardAnalyzer (stop words, lower-casing)
    WHEN the fast path is asked for its plan
    THEN it has none, so Whoosh's own code runs."""
    assert fastwords.plan_of(StandardAnalyzer()) is None
    assert fastwords.plan_of(build_schema()["body"].analyzer) is not None


# --- the grouping pool ---------------------------------------------------------------


def _entry(number: int, text: str, title: str) -> IndexEntry:
    fields = (FormField("form1[0].FamilyName[0]", title.split()[-1], "text", "Family name"),)
    return index_entry(number, text, title=title, fields=fields)


def _build(folder: Path, halfway: Callable[[], None] = lambda: None) -> SearchIndex:
    """Eight commits of invented documents (with replacements and deletions between),
    so that Whoosh merges segments; ``halfway()`` is called before the fifth."""
    corpus = list(documents(240, seed=3))
    search = SearchIndex(folder)
    search.open(create=True)
    for start in range(0, 240, 30):
        if start == 120:
            halfway()
        batch = corpus[start : start + 30]
        search.add(_entry(d.number, "\n\n".join(d.pages), d.title) for d in batch)
        if start:
            search.add(_entry(d.number, d.title, d.title) for d in corpus[start - 5 : start])
            search.delete([corpus[start - 7].number])
    return search


def _everything(search: SearchIndex) -> Iterator[tuple]:
    reader = search._index.reader()
    try:
        yield ("segments", search.segments())
        yield from reader.iter_postings()
        yield from reader.iter_docs()
    finally:
        reader.close()


def test_grouping_pool_writes_and_merges_exactly_like_whooshs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN the same commits, replacements and deletions, a writer memory limit of
    1 MB (so both pools spill to disk), and Whoosh's own merges of small segments
    WHEN the index is written once with Whoosh's pool and once with the grouping pool
    (letting go of the merged segments' mapped pages every 97 postings), and each is
    compared before and after an optimise
    THEN every posting (field, term, document, weight, positions) and every stored
    document is the same."""
    monkeypatch.setattr(searchindex, "_WRITER_MEMORY_MB", 1)
    monkeypatch.setattr(pooling, "RELEASE_EVERY", 97)  # let go of mapped pages all along
    pooling.uninstall()
    try:
        theirs = _build(tmp_path / "theirs")
        their_merged = list(_everything(theirs))
        theirs.optimise()
        their_optimised = list(_everything(theirs))
    finally:
        pooling.install()
    ours = _build(tmp_path / "ours")
    assert list(_everything(ours)) == their_merged
    ours.optimise()
    assert list(_everything(ours)) == their_optimised
    assert their_merged[0][1] > 1 and their_optimised[0] == ("segments", 1)
    assert len(their_optimised) > 20_000


def test_grouping_pool_spills_and_reads_back_in_order(tmp_path: Path) -> None:
    """GIVEN a pool with a 1 MB limit and postings added for 3,000 documents
    WHEN it is read
    THEN it spilled more than once, and gives every posting once, in Whoosh's order."""
    from whoosh.filedb.filestore import FileStorage

    storage = FileStorage(str(tmp_path)).create()
    pool = pooling.GroupingPool(storage, None, limitmb=1)
    rng = random.Random(2)
    added = []
    for docnum in range(3000):
        for word in {rng.choice("abcdefghij") * rng.randint(1, 40) for _ in range(12)}:
            posting = ("body", word.encode(), docnum, 1.0, b"\x00" * rng.randint(1, 9))
            pool.add(posting)
            added.append(posting)
    assert len(pool._runs) > 1
    assert list(pool.iter_postings()) == sorted(added)
    pool.cleanup()
    assert not list(tmp_path.glob("*.run"))


def test_a_merged_segment_is_read_through_a_memory_map_that_can_be_let_go(
    tmp_path: Path,
) -> None:
    """GIVEN an index in one compound segment
    WHEN a reader of its own is opened on that segment, as a merge does
    THEN its memory map is found, so that the pages a merge has read can be let go."""
    from whoosh.reading import SegmentReader

    search = SearchIndex(tmp_path / "index")
    search.open(create=True)
    search.add(_entry(d.number, "\n\n".join(d.pages), d.title) for d in documents(50, seed=4))
    index = search._index
    segment = index._segments()[0]
    reader = SegmentReader(index.storage, index.schema, segment)
    try:
        assert pooling._mapping(reader) is not None
    finally:
        reader.close()
        search.close()


# --- short posting lists inlined -------------------------------------------------------

QUERIES = [
    "Mohammad",
    "muhammad ahmadzai",
    '"asylum interview"',
    "interviewed",
    "kabul OR herat",
    "AFG-2024-00017",
    "name:Ahmadzai",
    "stat*",
]


def _inlined_terms(search: SearchIndex) -> tuple[int, int]:
    """(terms whose postings are inlined, all terms) over every segment."""
    reader = search._index.reader()
    try:
        inlined = total = 0
        for sub, _offset in reader.leaf_readers():
            for _term, info in sub._terms.items():
                inlined += info.is_inlined()
                total += 1
        return inlined, total
    finally:
        reader.close()


def _answers(search: SearchIndex) -> list[tuple]:
    found = []
    for text in QUERIES:
        result = search.search(text, SearchOptions(limit=50))
        found.append((text, result.total, [(h.id, round(h.score, 5)) for h in result.hits]))
    return found


def test_inlined_postings_read_and_merge_exactly_like_blocks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN the same commits, replacements and deletions
    WHEN the index is written once with Whoosh's blocks for every term and once with
    short posting lists inlined (the first half of its commits without, so that merges
    mix both), and each is compared before and after an optimise
    THEN every posting and stored document is the same, searches (words, names,
    phrases, wildcards, references) find the same documents with the same scores, and
    only the second index holds inlined lists."""
    monkeypatch.setattr(searchindex, "_WRITER_MEMORY_MB", 1)
    inlining.uninstall()
    try:
        theirs = _build(tmp_path / "theirs")
        their_merged, their_answers = list(_everything(theirs)), _answers(theirs)
        theirs.optimise()
        their_optimised, their_optimised_answers = list(_everything(theirs)), _answers(theirs)
        assert _inlined_terms(theirs)[0] == 0
    finally:
        inlining.install()
    inlining.uninstall()
    try:
        ours = _build(tmp_path / "ours", halfway=inlining.install)
    finally:
        inlining.install()
    assert list(_everything(ours)) == their_merged
    assert _answers(ours) == their_answers
    ours.optimise()
    assert list(_everything(ours)) == their_optimised
    assert _answers(ours) == their_optimised_answers
    inlined, total = _inlined_terms(ours)
    assert inlined > total // 2
    assert sum(r[1] for r in their_answers) > 50


def test_a_copied_inline_matcher_keeps_its_statistics(tmp_path: Path) -> None:
    """GIVEN a term found in two documents, so its postings are inlined
    WHEN its matcher is copied, as Whoosh does inside compound queries
    THEN the copy still knows the term's statistics that scoring asks for."""
    search = SearchIndex(tmp_path / "index")
    search.open(create=True)
    search.add([index_entry(1, "Zarghuna wrote"), index_entry(2, "Zarghuna signed")])
    with search._index.searcher() as searcher:
        matcher = searcher.postings("body", "zarghuna")
        assert not hasattr(matcher, "_blockcount")  # a list matcher, not a block reader
        copy = matcher.copy()
        assert copy.block_max_length() == matcher.block_max_length() > 0
        assert copy.term() == matcher.term() == ("body", b"zarghuna")
