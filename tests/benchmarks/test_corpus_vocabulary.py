"""The benchmark corpus's Zipfian vocabulary option (benchmarks/corpus.py)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from benchmarks.corpus import documents


def _words(vocabulary: str) -> tuple[Counter, Counter]:
    """Word counts over all pages, and in how many documents each word is."""
    docs = list(documents(400, vocabulary=vocabulary))
    pages = [" ".join(d.pages).lower() for d in docs]
    counts = Counter(w for p in pages for w in re.findall(r"[a-z]+", p))
    spread = Counter(w for p in pages for w in set(re.findall(r"[a-z]+", p)))
    return counts, spread


def test_zipf_vocabulary_is_zipfian_and_keeps_the_queries_words() -> None:
    """GIVEN 400 documents with the Zipfian vocabulary
    THEN word counts fall with rank about as 1/rank (the 1st word about ten times the
    10th), the benchmark's words are in far fewer documents than with the templates,
    and names, case numbers and passports still occur."""
    counts, spread = _words("zipf")
    _, template_spread = _words("templates")
    ranked = [c for _w, c in counts.most_common(100)]
    assert 5 < ranked[0] / ranked[9] < 25
    assert 5 < ranked[9] / ranked[99] < 25
    for word in ("visa", "interpreter", "embassy"):
        assert 0 < spread[word] < template_spread[word] * 0.7
    text = " ".join(p for d in documents(400, vocabulary="zipf") for p in d.pages)
    assert "Passport No.: P" in text and re.search(r"[A-Z]{3}-20\d\d-\d{5}", text)


def test_same_documents_for_the_same_arguments() -> None:
    """GIVEN the same count, seed and vocabulary THEN the same documents; the templates
    (the default) are as before."""
    first = [d.pages for d in documents(30, vocabulary="zipf")]
    assert first == [d.pages for d in documents(30, vocabulary="zipf")]
    assert first != [d.pages for d in documents(30)]
    with pytest.raises(ValueError):
        next(documents(1, vocabulary="random"))
