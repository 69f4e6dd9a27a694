"""Normalisation and folding make every way of writing a word the same key."""

from __future__ import annotations

import pytest

from index.text.normalize import fold, normalize_text


@pytest.mark.parametrize(
    ("written", "same_as"),
    [
        ("كتاب", "کتاب"),  # Arabic kaf / Persian keheh
        ("علي", "علی"),  # Arabic yeh / Persian yeh
        ("مدرسة", "مدرسه"),  # teh marbuta
        ("مُحَمَّد", "محمد"),  # harakat removed
        ("محـــمد", "محمد"),  # tatweel removed
        ("می\u200cروم", "میروم"),  # ZWNJ joins
        ("ﻣﺤﻤﺪ", "محمد"),  # presentation forms (as PDF readers return them)
        ("۱۴۰۲", "1402"),  # Persian digits
        ("٢٠٢٤", "2024"),  # Arabic-Indic digits
        ("MOHAMMAD", "mohammad"),
        ("Café", "cafe"),
    ],
)
def test_fold_gives_one_key_for_every_spelling(written: str, same_as: str) -> None:
    """GIVEN two ways of writing a word WHEN folded THEN they are equal."""
    assert fold(written) == fold(same_as)


def test_normalize_text_keeps_words_and_lines() -> None:
    """GIVEN extracted text with presentation forms, CRLF, control characters and runs of spaces
    WHEN normalised THEN letters are plain, lines are kept, spacing is tidy."""
    raw = "ﺳﻼﻡ\r\nline\x07 two   with\u00a0spaces\n\n\n\nend"
    assert normalize_text(raw) == "سلام\nline two with spaces\n\nend"
