"""The analyzers: the same folding at index and query time; which words can be names."""

from __future__ import annotations

from index.search.analysis import folding_analyzer, names_analyzer, stemming_analyzer


def _tokens(analyzer, text: str) -> list[tuple[str, int]]:
    return [(t.text, t.pos) for t in analyzer(text, positions=True)]


def test_names_keep_capitalised_and_arabic_script_words_at_their_positions() -> None:
    """GIVEN a sentence with names in both scripts WHEN analysed for names
    THEN lower-case words are left out, and the names keep their original positions."""
    tokens = _tokens(names_analyzer(), "the visa of Muhammad Qasim and محمد قاسم in Kabul")
    assert [text for text, _ in tokens] == ["mhmd", "ksm", "mhmd", "ksm", "kbl"]
    assert [pos for _, pos in tokens] == [3, 4, 6, 7, 9]


def test_folding_and_stemming_see_the_same_words() -> None:
    """GIVEN Persian text with Arabic yeh and Persian digits WHEN folded
    THEN the words match the Persian spelling and ASCII digits; stems reduce English."""
    assert [t for t, _ in _tokens(folding_analyzer(), "علي ۱۴۰۲")] == ["علی", "1402"]
    assert [t for t, _ in _tokens(stemming_analyzer(), "Interviews")] == ["interview"]
