"""From a page's text to the blocks of lines that may hold a machine-readable zone.

OCR reads a zone with typical noise: spaces put between characters, the filler ``<``
read as ``«`` (two of them), ``‹``, and — in a run of fillers — as ``(``, ``[``, ``#``,
``c`` or ``e``; letters in lower case.
Each line is cleaned to the zone's alphabet — ``A``–``Z``, ``0``–``9``, ``<`` — with ``?``
for any other character (it can then only stand where a filler may), and lines that look
like a zone's are grouped with their neighbours into blocks.  Which character is a digit
and which a letter is left to the layout (:mod:`.formats`), which knows the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Fillers as OCR misreads them: always, and inside a run with real fillers (there c and e
# are what Tesseract read for some of a long run of <).
_FILLERS = str.maketrans({"«": "<<", "‹": "<", "〈": "<", "＜": "<"})
_FILLER_RUN = re.compile(r"[<(\[{#ce]{2,}")
_NOT_ZONE = re.compile(r"[^A-Z0-9<]")
_SPACE = re.compile(r"\s+")
MIN_LINE = 20  # characters: shorter lines are not a zone's (the shortest line has 30)


@dataclass(frozen=True)
class Block:
    """Neighbouring zone-like lines, cleaned, joined into one ``text``; ``starts`` are
    where each line begins in it (OCR may have split a zone's line or joined two)."""

    text: str
    starts: tuple[int, ...]


def clean_line(line: str) -> str:
    """``line`` in the zone's alphabet: no spaces, fillers restored, ``?`` for the rest."""
    text = _SPACE.sub("", line).translate(_FILLERS)
    text = _FILLER_RUN.sub(_fillers, text).upper()
    return _NOT_ZONE.sub("?", text)


def _fillers(run: re.Match[str]) -> str:
    return "<" * len(run.group()) if "<" in run.group() else run.group()


def may_hold_a_zone(text: str) -> bool:
    """A cheap first look: every zone has ``<<`` (or OCR's ``«``) somewhere."""
    return "<<" in text or "«" in text or "< <" in text


def blocks(text: str) -> list[Block]:
    """The runs of zone-like lines in ``text``, cleaned."""
    found: list[Block] = []
    current: list[str] = []
    for line in text.split("\n"):
        cleaned = clean_line(line)
        if _zone_like(line, cleaned):
            current.append(cleaned)
            continue
        if current:
            found.append(_block(current))
            current = []
    if current:
        found.append(_block(current))
    return found


def _zone_like(raw: str, cleaned: str) -> bool:
    """A line of a zone: long enough, mostly the zone's alphabet, with fillers in it or
    (a data line whose optional fields are full) all capitals and digits."""
    if len(cleaned) < MIN_LINE or cleaned.count("?") > len(cleaned) // 4:
        return False
    fillers = cleaned.count("<")
    if fillers >= 2:
        return True
    return sum(ch.isupper() or ch.isdigit() for ch in raw) >= 0.9 * len(cleaned)


def _block(lines: list[str]) -> Block:
    starts, position = [], 0
    for line in lines:
        starts.append(position)
        position += len(line)
    return Block("".join(lines), tuple(starts))
