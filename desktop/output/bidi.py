"""Which way a paragraph runs, by the Unicode Bidirectional Algorithm's own rule.

A paragraph's direction is that of its first strong character (UAX #9, rules P2 and P3):
the first letter that is left-to-right (Latin) or right-to-left (Arabic script, Hebrew),
skipping what sits inside an isolate (FSI/LRI/RLI … PDI).  A paragraph with no strong
character (a date, a number) takes the direction it is given, else left to right.
Qt's rich text honours ``dir="rtl"`` on blocks and table cells but ignores
``dir="auto"``, so the direction is worked out here and written into the HTML; the same
attribute is what a browser or a word processor reads from the HTML output.

Within a paragraph, a value of the other direction (a name in Arabic script in an
English sentence) is wrapped in FSI … PDI (U+2068, U+2069), which Qt's layout honours
and browsers too: the value is laid out on its own and cannot pull the numbers and
punctuation around it out of place.  Qt draws no glyph for them, so they never reach a
PDF's text layer; search folding removes them from any other text.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

Direction = Literal["ltr", "rtl"]

FSI, LRI, RLI, PDI = "\u2068", "\u2066", "\u2067", "\u2069"
_ISOLATE_OPENERS = frozenset((FSI, LRI, RLI))
_RIGHT_TO_LEFT = frozenset(("R", "AL"))


def strong_direction(text: str) -> Direction | None:
    """The direction of the first strong character of ``text`` outside isolates, or None."""
    depth = 0
    for char in text:
        if char in _ISOLATE_OPENERS:
            depth += 1
        elif char == PDI:
            depth = max(depth - 1, 0)
        elif depth == 0:
            kind = unicodedata.bidirectional(char)
            if kind == "L":
                return "ltr"
            if kind in _RIGHT_TO_LEFT:
                return "rtl"
    return None


def direction(text: str, default: Direction = "ltr") -> Direction:
    """The paragraph direction of ``text``: its first strong character's, else ``default``."""
    return strong_direction(text) or default


def has_right_to_left(text: str) -> bool:
    """True when ``text`` holds any right-to-left letter."""
    return any(unicodedata.bidirectional(c) in _RIGHT_TO_LEFT for c in text)


def isolate(text: str) -> str:
    """``text`` wrapped in FSI … PDI when it holds right-to-left letters, so that in a
    sentence of the other direction it keeps its own order and leaves the numbers and
    punctuation around it where they were; other text unchanged."""
    return f"{FSI}{text}{PDI}" if text and has_right_to_left(text) else text


def dir_attribute(text: str) -> str:
    """`` dir="rtl"`` for an HTML element holding ``text`` when it runs right to left, else
    "" (left to right being the page's own direction)."""
    return ' dir="rtl"' if direction(text) == "rtl" else ""
