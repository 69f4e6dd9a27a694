""" "Did you mean" suggests the same word on an index in many parts as on the merged one."""

from __future__ import annotations

from pathlib import Path

from whoosh import index as whoosh_index

from index.search import SearchIndex
from index.search.spelling import closest_word
from tests.index.search.test_counting import _entry

# In three commits (three segments): "peshawer" in two documents of each of the first two,
# "peshawar" in three of the third.  Most used in one segment: peshawar; in the whole index:
# peshawer (4 documents to 3), which is what a merged index suggests.
_COMMITS = (
    ["peshawer visa", "peshawer permit", "kabul visa"],
    ["peshawer statement", "peshawer interview", "kabul permit"],
    ["peshawar visa", "peshawar permit", "peshawar interview"],
)


def _index(folder: Path) -> SearchIndex:
    search = SearchIndex(folder)
    search.open(create=True)
    number = 0
    for texts in _COMMITS:
        entries = []
        for text in texts:
            number += 1
            entries.append(_entry(number, text))
        search.add(entries)
    return search


def test_a_misspelling_gets_the_word_most_used_in_the_whole_index(tmp_path: Path) -> None:
    """GIVEN an index in three parts, where the word most used in one part is not the one
    most used overall WHEN a word in no document is searched, before and after merging
    THEN both suggest the word most used overall."""
    search = _index(tmp_path / "index")
    assert search.segments() == 3
    before = search.search("peshawor").suggestion
    search.optimise()
    assert search.segments() == 1
    assert before == search.search("peshawor").suggestion == "peshawer"


def test_only_words_within_two_edits_are_suggested(tmp_path: Path) -> None:
    """GIVEN the same index WHEN asking for words close to a known word, a far one and an
    unknown one THEN a known word is not its own suggestion and far words get none."""
    _index(tmp_path / "index").close()
    with whoosh_index.open_dir(str(tmp_path / "index")).searcher() as searcher:
        assert closest_word(searcher, "body", "kabol") == "kabul"
        assert closest_word(searcher, "body", "kabul") is None
        assert closest_word(searcher, "body", "islamabad") is None
