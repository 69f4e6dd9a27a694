"""Finding a case's values among the words OCR read from a picture of a page.

Two ways, and a word either finds is painted out:

* **exactly**, through the same tolerant patterns as text (:mod:`.kinds`), run over the
  reading's text — the words joined by spaces, a line break between lines — with a map
  from each character back to its word, so a value split across words or lines is found;
* **approximately**, for identity numbers: OCR misreads a character or two (``P0OO45201``,
  ``P00O4520I``, a dropped digit) and such a number no longer matches its pattern but is
  still readable by a person.  Every word's letters and digits are run together, the
  letters OCR confuses with digits (O/Q/D → 0, I/L → 1, Z → 2, S → 5, G → 6, B → 8) are
  folded on both sides, and the ``regex`` module's fuzzy matching finds the number within
  one edit (6 to 8 characters) or two (9 or more).  Shorter numbers are matched exactly.

A number-like word read unsurely (confidence below :data:`UNSURE_WORD`, three digits or
more) is painted too when numbers are being redacted: it may be a value read too badly to
match.  Painting a little too much is the price of never leaving a value readable.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from desktop.redaction.kinds import Redaction
from index.ocr.reading import Word

UNSURE_WORD = 50.0  # a word's confidence (0-100) below which OCR is guessing
_CONFUSED = str.maketrans("OQDILZSGB", "000112568")


@dataclass(frozen=True)
class WordMatches:
    """The words that hold values (indices into the reading's words) and how many values."""

    words: frozenset[int]
    matches: int


def find_in_words(
    words: Sequence[Word], redaction: Redaction, *, unsure_numbers: bool = True
) -> WordMatches:
    """Which of ``words`` show a value of ``redaction``, exactly or approximately (and,
    with ``unsure_numbers``, the number-like words OCR was guessing at)."""
    groups = _exact(words, redaction) + _approximate(words, redaction.numbers)
    if redaction.numbers and unsure_numbers:
        groups += [{i} for i in _unsure_numbers(words)]
    groups = [g for g in groups if g]
    return WordMatches(frozenset(i for g in groups for i in g), _distinct(groups))


def _exact(words: Sequence[Word], redaction: Redaction) -> list[set[int]]:
    text, owner = _joined(words)
    return [{owner[i] for i in range(a, b) if owner[i] >= 0} for a, b in redaction.spans(text)]


def _joined(words: Sequence[Word]) -> tuple[str, list[int]]:
    """The words' text as OCR laid it out, and each character's word (-1 between words)."""
    parts: list[str] = []
    owner: list[int] = []
    for index, word in enumerate(words):
        if index:
            parts.append("\n" if word.line != words[index - 1].line else " ")
            owner.append(-1)
        parts.append(word.text)
        owner += [index] * len(word.text)
    return "".join(parts), owner


def _approximate(words: Sequence[Word], numbers: Sequence[str]) -> list[set[int]]:
    stream, owner = _folded_stream(words)
    raw, _ = _folded_stream(words, confused=False)
    groups = []
    for number in numbers:
        edits = allowed_edits(number)
        if not edits or len(number) <= edits:
            continue
        pattern = f"(?e)(?:{regex.escape(fold(number))}){{e<={edits}}}"
        for match in regex.finditer(pattern, stream):
            if not _within_longer_number(raw, owner, *match.span()):
                groups.append(_words_of(owner, *match.span()))
    return groups


def _within_longer_number(raw: str, owner: list[int], start: int, end: int) -> bool:
    """Whether the match has digits of the same word on either side: then it is part of
    another, longer number that happens to share digits with the value (a tazkira number
    "0000-0452-00001" holds "000045200", two edits from "P00045201")."""
    before = start > 0 and owner[start - 1] == owner[start] and raw[start - 1].isdigit()
    after = end < len(raw) and owner[end] == owner[end - 1] and raw[end].isdigit()
    return before or after


def _words_of(owner: list[int], start: int, end: int) -> set[int]:
    """The words inside ``start:end``: a fuzzy match may take a letter or two of the next
    word (an insertion), which is no reason to paint that word, so a word with at most two
    characters inside and more outside is left out."""
    inside: dict[int, int] = {}
    for i in range(start, end):
        inside[owner[i]] = inside.get(owner[i], 0) + 1
    return {w for w, count in inside.items() if count > 2 or 2 * count >= owner.count(w)}


def allowed_edits(number: str) -> int:
    """How many characters OCR may have got wrong in ``number`` for it still to count."""
    if len(number) >= 9:
        return 2
    return 1 if len(number) >= 6 else 0


def fold(text: str, *, confused: bool = True) -> str:
    """Letters and digits only, upper case, ASCII digits, and (``confused``) look-alike
    letters as digits."""
    kept = (_ascii_digit(c) for c in unicodedata.normalize("NFKC", text) if c.isalnum())
    upper = "".join(kept).upper()
    return upper.translate(_CONFUSED) if confused else upper


def _folded_stream(words: Sequence[Word], *, confused: bool = True) -> tuple[str, list[int]]:
    """Every word's folded characters run together, and each character's word."""
    parts: list[str] = []
    owner: list[int] = []
    for index, word in enumerate(words):
        folded = fold(word.text, confused=confused)
        parts.append(folded)
        owner += [index] * len(folded)
    return "".join(parts), owner


def _unsure_numbers(words: Sequence[Word]) -> list[int]:
    return [
        i
        for i, w in enumerate(words)
        if w.confidence < UNSURE_WORD and sum(c.isdigit() for c in w.text) >= 3
    ]


def _distinct(groups: list[set[int]]) -> int:
    """How many separate values the groups of words are (overlapping groups are one)."""
    merged: list[set[int]] = []
    for group in groups:
        touching = [m for m in merged if m & group]
        for m in touching:
            merged.remove(m)
            group = group | m
        merged.append(group)
    return len(merged)


def _ascii_digit(char: str) -> str:
    return str(unicodedata.digit(char)) if char.isdigit() else char
