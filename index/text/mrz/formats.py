"""The five layouts of a machine-readable zone (ICAO 9303 parts 4–7), as data.

Each layout is its *data part* — the characters that carry the document number, the
dates and their check digits, in fixed places — and where the names are: on the line
before it (passports, visas, TD2 cards: code, issuer and names fill the first line) or on
the line after it (TD1 cards, whose first two lines are data).  A data part is found in
a text by a pattern built from its segments, each tolerant of what OCR confuses in it
(``O`` for ``0`` in a date, a run of fillers one ``<`` too long or short), so a zone is
found where it stands however the lines were split or joined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# What each kind of segment may hold as read (the cleaned text has only A-Z, 0-9, < and
# ? for a character that could not be read).
_DIGITISH = "0-9ODQIZSBGL?"  # ? (unreadable) is matched, to be reported as a failed check
_CLASSES = {
    "code": "",  # set per layout: its first letters, then a letter or <
    "alnum": "[A-Z0-9<]",
    "alpha": "[A-Z<01258]",
    "date": f"[{_DIGITISH}<]",
    "check": f"[{_DIGITISH}]",
    "check-or-filler": f"[{_DIGITISH}<]",
    "sex": "[MFX<]",
    "optional": "[A-Z0-9<?]",
}
# Filler runs are where OCR most often reads one < too many or too few.
_SLACK = 3


@dataclass(frozen=True)
class Segment:
    """A run of characters of the data part: its name, width and kind (see _CLASSES)."""

    name: str
    width: int
    kind: str


@dataclass(frozen=True)
class Layout:
    """One MRZ layout.  ``checks`` pairs each checked field with its check digit;
    ``composite`` lists the fields the final check digit covers, in order."""

    name: str
    width: int  # characters a line
    codes: str  # first letters of the document codes this layout carries
    names_before: bool  # the names line comes before the data part (else after it)
    segments: tuple[Segment, ...]
    checks: tuple[tuple[str, str], ...]
    composite: tuple[str, ...] = ()
    composite_digit: str = ""

    @property
    def pattern(self) -> re.Pattern[str]:
        """The data part, as a pattern with one named group per segment."""
        return _compiled(self)


def _segments(spec: str) -> tuple[Segment, ...]:
    """``"number:9:alnum check:1:check"`` → segments."""
    parts = (item.split(":") for item in spec.split())
    return tuple(Segment(name, int(width), kind) for name, width, kind in parts)


_PERSON = "nationality:3:alpha birth:6:date birth_check:1:check sex:1:sex expiry:6:date "
_PERSON += "expiry_check:1:check"
_NUMBER = "number:9:alnum number_check:1:check "
_CHECKS = (("number", "number_check"), ("birth", "birth_check"), ("expiry", "expiry_check"))
_DATES = ("birth", "birth_check", "expiry", "expiry_check")

TD3 = Layout(
    "TD3",
    44,
    "P",
    True,
    _segments(_NUMBER + _PERSON + " optional:14:optional optional_check:1:check-or-filler"),
    (*_CHECKS, ("optional", "optional_check")),
    ("number", "number_check", *_DATES, "optional", "optional_check"),
    "final",
)
TD2 = Layout(
    "TD2",
    36,
    "IAC",
    True,
    _segments(_NUMBER + _PERSON + " optional:7:optional"),
    _CHECKS,
    ("number", "number_check", *_DATES, "optional"),
    "final",
)
TD1 = Layout(
    "TD1",
    30,
    "IAC",
    False,
    _segments(
        "code:2:code issuer:3:alpha number:9:alnum number_check:1:check-or-filler "
        "optional:15:optional birth:6:date birth_check:1:check sex:1:sex expiry:6:date "
        "expiry_check:1:check nationality:3:alpha optional2:11:optional"
    ),
    _CHECKS,
    ("number", "number_check", "optional", *_DATES, "optional2"),
    "final",
)
MRV_A = Layout(
    "MRV-A", 44, "V", True, _segments(_NUMBER + _PERSON + " optional:16:optional"), _CHECKS
)
MRV_B = Layout(
    "MRV-B", 36, "V", True, _segments(_NUMBER + _PERSON + " optional:8:optional"), _CHECKS
)
# Tried in this order: a passport's data line would also pass as a visa's (whose last
# characters are free), and a TD2 data line is the first 36 characters of a TD3 one.
LAYOUTS = (TD3, TD1, TD2, MRV_A, MRV_B)


def _compiled(layout: Layout) -> re.Pattern[str]:
    cached = _PATTERNS.get(layout.name)
    if cached is None:
        parts = [_part(segment, layout) for segment in layout.segments]
        if layout.composite_digit:
            parts.append(f"(?P<{layout.composite_digit}>{_CLASSES['check']})")
        cached = _PATTERNS[layout.name] = re.compile("(?=(" + "".join(parts) + "))")
    return cached


_PATTERNS: dict[str, re.Pattern[str]] = {}


def _part(segment: Segment, layout: Layout) -> str:
    if segment.kind == "code":
        return f"(?P<{segment.name}>[{layout.codes}][A-Z<])"
    exact = f"{_CLASSES[segment.kind]}{{{segment.width}}}"
    if segment.kind == "optional" and segment.width > _SLACK * 2:
        low, high = segment.width - _SLACK, segment.width + _SLACK
        return f"(?P<{segment.name}>{exact}|<{{{low},{high}}})"
    return f"(?P<{segment.name}>{exact})"
