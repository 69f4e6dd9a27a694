"""Finding references in text: case numbers, A-numbers, passport numbers, dates, and
what a machine-readable zone gives (:mod:`index.text.mrz`).

Each finder returns normalised values, so ``A-012-345-678``, ``A012345678`` and
``A# 012 345 678`` all become ``A012345678`` and a date written ``15/03/2024``,
``15-03-2024``, ``2024/03/15`` or ``15 March 2024`` becomes ``2024-03-15``.  Dates written
with two small numbers (``03/04/2024``) are read day first, as they are written in
Afghanistan and Pakistan; Persian and Arabic-Indic digits are digits too (``\\d``).
Solar Hijri dates (``۱۴۰۲/۰۷/۱۵``, ``15 Mizan 1402``, ``۱۵ میزان ۱۴۰۲ هـ ش``) are found by
:func:`find_solar_hijri_dates` and given as the Gregorian day (``2023-10-07``).  Both finders
say where each date stands, for the choice of a document's date.
A passport's, visa's or identity card's zone whose check digits agree gives its number
(kind ``passport``, ``visa``, ``id-card``), its expiry (``passport-expiry``, …), the
holder's ``birth-date``, ``nationality``, ``surname`` and ``given-names``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from index.text import solar_hijri
from index.text.mrz import find_zones, zone_references
from index.text.reference import Reference  # defined apart; importers here still find it

DEFAULT_CASE_PATTERN = r"\b[A-Z]{3}-\d{4}-\d{5}\b"

_A_NUMBER = re.compile(r"\bA[\s#:\-]{0,3}(\d{3})[\s\-]?(\d{3})[\s\-]?(\d{2,3})\b")
_PASSPORT = re.compile(
    r"(?i:passport|پاسپورت|گذرنامه)[^\n\w]{0,3}(?i:no\.?|number|num\.?|nr\.?|#)?[\s.:#\-]{0,3}"
    r"([A-Z]{1,2}\d{6,8})\b"
)
_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
# A word that may be a month (looked up in _MONTHS): a letter class is read four times
# faster than the alternation of every month name, and most text is words.
_MONTH = r"([A-Za-z]{3,9}+)\.?"
_YEAR_FIRST = re.compile(r"\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})([-/.])(\d{1,2})\2(\d{4})\b")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s*,?\s+(\d{{4}})\b")
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")
# Solar Hijri: a year of four digits (read as Solar Hijri only when 1300-1450), separators
# as Afghan documents write them (also the Arabic decimal separator ٫), a month name in any
# script, and the marks "هـ ش", "ه.ش", "هجری شمسی", "ش", "SH", "H.S" taken into the date
# (a dot after the mark is left out: it may end the sentence).
_SH_YEAR = r"(\d{4})"
_SH_MARK = (
    r"(?:\s*(?:(?:ه|هـ)\s?\.?\s?ش\b|هجری\s+(?:شمسی|خورشیدی)|ش\b"
    r"|(?i:s\.?h\b|h\.?s\b|ap\b)))?"
)
# A year of 1300-1499 in any digits, and how far a date may reach on either side of it.
_SH_YEAR_HINT = re.compile(r"(?<!\d)[1۱١][34۳۴٣٤]\d\d(?!\d)")
_SH_REACH = 40
_SH_YEAR_QUICK = tuple(map(re.compile, (r"1[34]\d\d", r"۱[۳۴]\d\d", r"١[٣٤]\d\d")))
_SH_YEAR_FIRST = re.compile(
    rf"(?<!\d)(?<!\d[-/.]){_SH_YEAR}([-/.٫])(\d{{1,2}})\2(\d{{1,2}})(?!\d){_SH_MARK}"
)
_SH_DAY_FIRST = re.compile(
    rf"(?<!\d)(\d{{1,2}})([-/.٫])(\d{{1,2}})\2{_SH_YEAR}(?![-/.]?\d){_SH_MARK}"
)
_SH_NAMED = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s+([^\W\d_]{{2,12}})\s*,?\s+{_SH_YEAR}(?!\d){_SH_MARK}"
)


@dataclass(frozen=True)
class FoundDate:
    """A date written in a text: its ISO value and where it stands (``text[start:end]``)."""

    value: str
    start: int
    end: int


def find_references(
    pages: Iterable[str], case_pattern: str = DEFAULT_CASE_PATTERN
) -> list[Reference]:
    """Every distinct reference on every page, in page order."""
    case_re = re.compile(case_pattern)
    found: dict[tuple[str, str, int], None] = {}
    for number, text in enumerate(pages, start=1):
        for kind, value in _on_page(text, case_re):
            found.setdefault((kind, value, number))
    return [Reference(kind, value, page) for kind, value, page in found]


def _on_page(text: str, case_re: re.Pattern[str]) -> Iterator[tuple[str, str]]:
    for match in case_re.finditer(text):
        yield "case", match.group(0).upper()
    for match in _A_NUMBER.finditer(text):
        yield "anumber", "A" + "".join(match.groups()).zfill(9)
    for match in _PASSPORT.finditer(text):
        yield "passport", match.group(1).upper()
    for zone in find_zones(text).found:
        yield from zone_references(zone)
    for value in _dates(text):
        yield "date", value


def _dates(text: str) -> Iterator[str]:
    for found in (*find_dates(text), *find_solar_hijri_dates(text)):
        yield found.value


@functools.lru_cache(maxsize=8)
def find_dates(text: str) -> tuple[FoundDate, ...]:
    """Every valid date written in ``text`` (years 1900–2100), in the order they stand.

    Only the Gregorian calendar is read here; a Solar Hijri date (``1402/05/10``: its year is
    before 1900) is :func:`find_solar_hijri_dates`'s.  The ingest asks twice for a first
    page's dates (its references, then the document's date), so the last few answers are kept.
    """
    found = [
        FoundDate(value, match.start(), match.end())
        for pattern, read in _DATE_FORMS
        for match in pattern.finditer(text)
        for value in _valid(*read(match))
    ]
    return tuple(sorted(found, key=lambda f: f.start))


@functools.lru_cache(maxsize=8)
def find_solar_hijri_dates(text: str) -> tuple[FoundDate, ...]:
    """Every valid Solar Hijri date written in ``text`` (years 1300–1450), as the Gregorian
    day it is (``۱۴۰۲/۰۷/۱۵`` → ``2023-10-07``), in the order they stand; a date's span takes
    in the calendar's mark after it (``هـ ش``)."""
    found: dict[FoundDate, None] = {}
    # Most pages hold no year of 1300-1450: the patterns are tried only around those that
    # do (the three patterns over a whole page cost more than the Gregorian finder), and a
    # page is first looked over with patterns that start with a literal digit, which the
    # regex engine finds 30 times faster than a set of digits (3 instead of 107 µs a page).
    if not any(quick.search(text) for quick in _SH_YEAR_QUICK):
        return ()
    for year in _SH_YEAR_HINT.finditer(text):
        low, high = max(0, year.start() - _SH_REACH), year.end() + _SH_REACH
        for pattern, read in _SOLAR_HIJRI_FORMS:
            for match in pattern.finditer(text, low, high):
                for value in _solar_hijri(*read(match)):
                    found.setdefault(FoundDate(value, match.start(), match.end()))
    return tuple(sorted(found, key=lambda f: f.start))


def _solar_hijri(year: int, month: int, day: int) -> Iterator[str]:
    if not (solar_hijri.is_solar_hijri_year(year) and 1 <= month <= 12):
        return
    try:
        yield solar_hijri.to_gregorian(year, month, day).isoformat()
    except ValueError:
        return


def _day_first(match: re.Match[str]) -> tuple[int, int, int]:
    a, b, year = int(match[1]), int(match[3]), int(match[4])
    day, month = (a, b) if b <= 12 else (b, a)
    return year, month, day


_DATE_FORMS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], tuple[int, int, int]]], ...] = (
    (_YEAR_FIRST, lambda m: (int(m[1]), int(m[3]), int(m[4]))),
    (_NUMERIC, _day_first),
    (_DAY_MONTH, lambda m: (int(m[3]), _MONTHS.get(m[2].lower(), 0), int(m[1]))),
    (_MONTH_DAY, lambda m: (int(m[3]), _MONTHS.get(m[1].lower(), 0), int(m[2]))),
)


_SOLAR_HIJRI_FORMS: tuple[
    tuple[re.Pattern[str], Callable[[re.Match[str]], tuple[int, int, int]]], ...
] = (
    (_SH_YEAR_FIRST, lambda m: (int(m[1]), int(m[3]), int(m[4]))),
    (_SH_DAY_FIRST, _day_first),
    (_SH_NAMED, lambda m: (int(m[3]), solar_hijri.month_number(m[2]), int(m[1]))),
)


def _valid(year: int, month: int, day: int) -> Iterator[str]:
    if not 1900 <= year <= 2100:
        return
    try:
        yield date(year, month, day).isoformat()
    except ValueError:
        return
