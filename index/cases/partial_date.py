"""Dates of birth as Afghan papers give them: a full date, a year and month, a year, or
"about 1985" — in the Gregorian or the Solar Hijri calendar.

Most tazkiras give a year of birth only, often in the Solar Hijri calendar (1369), and
many people know only roughly when they were born.  A :class:`PartialDate` keeps exactly
what is known, and is stored in the catalog as text in one canonical form:

typed                                   stored          shown (letters: "born …")
1990-05-12, 12/05/1990, 12 May 1990     1990-05-12      12 May 1990
1990-05, May 1990                       1990-05         May 1990
1990                                    1990            1990
about 1985, c. 1985, ~1985              ~1985           about 1985
1369-02-22, ۲۲ ثور ۱۳۶۹                  1990-05-12      12 May 1990
1369, 1369 SH, ۱۳۶۹ هـ ش                 1369 SH         1369 SH (1990–91)
Saur 1369                               1369-02 SH      Sawr 1369 SH (April–May 1990)

A year of 1300–1450 is Solar Hijri, 1900–2100 Gregorian (:mod:`index.text.solar_hijri`).
A full Solar Hijri date is one Gregorian day, so it is stored as that day; a Solar Hijri year
or month spans parts of two Gregorian ones, so it is kept in its own calendar rather than
guessed.  "About" is ``about``, ``abt``, ``approx.``, ``around``, ``circa``, ``ca.``, ``c.``,
``~``, ``حدود``, ``تقریباً`` or ``شاوخوا``.  Old archives' ``YYYY-MM-DD`` dates are valid as
they are.  Values here may be sensitive: :class:`ValueError` messages never repeat them.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from index.text import solar_hijri

GREGORIAN, SOLAR_HIJRI = "gregorian", "solar hijri"
_YEARS = "a year is 1900 to 2100, or 1300 to 1450 in the Solar Hijri calendar"
# How to write one, for the message that refuses a date (ValueError gives the reason).
HOW_TO_WRITE = (
    "write a full date (1990-05-12 or 12/05/1990), a month (1990-05), a year (1990), "
    '"about 1985", or a Solar Hijri date (1369-02-22, 1369)'
)
_ABOUT = re.compile(
    r"^(?:about|abt\.?|approx(?:imately|\.)?|around|circa|ca\.|c\.|~|حدود(?:ا|اً)?|تقریب(?:ا|اً)"
    r"|شاوخوا)\s*",
    re.IGNORECASE,
)
_SH_MARK = re.compile(
    r"\s*(?:(?:ه|هـ)\s?\.?\s?ش\.?|هجری\s+(?:شمسی|خورشیدی)|ش\.?|s\.?h\.?|solar\s+hijri)$",
    re.IGNORECASE,
)
_YEAR_FIRST = re.compile(r"^(\d{4})(?:[-/.](\d{1,2}))?(?:[-/.](\d{1,2}))?$")
_DAY_FIRST = re.compile(r"^(?:(\d{1,2})[-/.])?(\d{1,2})[-/.](\d{4})$")
# "12 May 1990", "May 12, 1990", "May 1990", "۲۲ ثور ۱۳۶۹" (digits made ASCII first).
_NAMED = re.compile(
    r"^(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?([^\W\d_]+)\.?\s*"
    r"(?:(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*)?(\d{4})$"
)
# English month names, not the locale's (Qt sets the process locale; letters are in English).
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_GREGORIAN_MONTHS = {
    name.lower(): number
    for number, full in enumerate(MONTH_NAMES, start=1)
    for name in (full, full[:3])
} | {"sept": 9}


@dataclass(frozen=True)
class DateWords:
    """The words a date is written out in: English here; the window and the command line
    pass their language's (desktop/ui/date_words.py) - the engine translates nothing."""

    months: tuple[str, ...] = MONTH_NAMES
    solar_months: tuple[str, ...] = tuple(names[0] for names in solar_hijri.AFGHAN_MONTHS)
    about: str = "about {date}"
    solar_year: str = "{year} SH ({span})"
    solar_month: str = "{month} {year} SH ({span})"


ENGLISH = DateWords()


@dataclass(frozen=True)
class PartialDate:
    """What is known of a date: the year, perhaps the month and day, whether it is only
    approximate, and its calendar (a full date is always Gregorian)."""

    year: int
    month: int = 0  # 0: unknown
    day: int = 0  # 0: unknown
    approximate: bool = False
    calendar: str = GREGORIAN

    @property
    def is_full(self) -> bool:
        """True when the day is known (and the date is not approximate)."""
        return bool(self.day) and not self.approximate

    def canonical(self) -> str:
        """The stored form: ``1990``, ``1990-05``, ``1990-05-12``, ``~1985``, ``1369 SH``."""
        parts = [f"{self.year:04d}"] + [f"{n:02d}" for n in (self.month, self.day) if n]
        text = ("~" if self.approximate else "") + "-".join(parts)
        return f"{text} SH" if self.calendar == SOLAR_HIJRI else text

    def span(self) -> tuple[date, date]:
        """The first and last Gregorian day it may be."""
        if self.calendar == SOLAR_HIJRI:
            return solar_hijri.month_span(self.year, self.month)
        if self.day:
            return (date(self.year, self.month, self.day),) * 2
        if self.month:
            last = calendar.monthrange(self.year, self.month)[1]
            return date(self.year, self.month, 1), date(self.year, self.month, last)
        return date(self.year, 1, 1), date(self.year, 12, 31)

    def text(self, words: DateWords = ENGLISH) -> str:
        """In words, as given: "12 May 1990", "May 1990", "1990", "about 1985",
        "1369 SH (1990–91)"; in another language with its ``words``."""
        if self.calendar == SOLAR_HIJRI:
            span = self.span()
            if not self.month:
                said = words.solar_year.format(year=self.year, span=_gregorian_years(*span))
            else:
                said = words.solar_month.format(
                    month=words.solar_months[self.month - 1],
                    year=self.year,
                    span=_gregorian_months(*span, words.months),
                )
        elif self.day:
            said = f"{self.day} {words.months[self.month - 1]} {self.year}"
        else:
            month = f"{words.months[self.month - 1]} " if self.month else ""
            said = f"{month}{self.year}"
        return words.about.format(date=said) if self.approximate else said

    def in_both_calendars(self, words: DateWords = ENGLISH) -> str:
        """:meth:`text`, with a known day also in the Solar Hijri calendar:
        "12 May 1990 (22 Sawr 1369)"."""
        if not self.day:
            return self.text(words)
        year, month, day = solar_hijri.from_gregorian(self.span()[0])
        return f"{self.text(words)} ({day} {words.solar_months[month - 1]} {year})"

    def age(self, today: date, words: DateWords = ENGLISH) -> str:
        """Age in whole years on ``today``: "35"; "about 35" (``words.about``: "حدود 35" in
        Dari) when the date is approximate or the birthday may fall either side of today
        (the age on the middle day of the span)."""
        first, last = self.span()
        oldest, youngest = _years_between(first, today), _years_between(last, today)
        if oldest == youngest and not self.approximate:
            return str(oldest)
        middle = date.fromordinal((first.toordinal() + last.toordinal()) // 2)
        return words.about.format(date=_years_between(middle, today))


def parse_partial_date(text: str) -> PartialDate:
    """The date ``text`` gives (see the module's table); ValueError with the reason it is not
    one, in a few words ("it is not a date") — :data:`HOW_TO_WRITE` says how to write one."""
    cleaned = _digits(" ".join(text.split()))
    about = _ABOUT.match(cleaned)
    body = cleaned[about.end() :] if about else cleaned
    marked = _SH_MARK.search(body)
    body = body[: marked.start()].strip() if marked else body
    year, month, day, named_calendar = _fields(body)
    calendar_of_year = _calendar_of(year)
    if not calendar_of_year or (marked and calendar_of_year != SOLAR_HIJRI):
        raise ValueError(_YEARS)
    if named_calendar and named_calendar != calendar_of_year:
        raise ValueError("the month's name is of another calendar than the year")
    return _made(year, month, day, bool(about), calendar_of_year)


def parsed_or_none(text: str) -> PartialDate | None:
    """:func:`parse_partial_date`, or None for text that is not a date."""
    try:
        return parse_partial_date(text)
    except ValueError:
        return None


def _fields(body: str) -> tuple[int, int, int, str]:
    """``(year, month, day, calendar the month's name is of, or "")`` written in ``body``."""
    if match := _YEAR_FIRST.match(body):
        year, month, day = (int(g) if g else 0 for g in match.groups())
        return year, month, day, ""
    if match := _DAY_FIRST.match(body):
        day, month, year = (int(g) if g else 0 for g in match.groups())
        if month > 12 >= day > 0:  # written month first (12/25/1990)
            day, month = month, day
        return year, month, day, ""
    if match := _NAMED.match(body):
        day_before, name, day_after, year = match.groups()
        month, named = _month(name)
        if month:
            return int(year), month, int(day_before or day_after or 0), named
    raise ValueError("it is not a date")


def _month(name: str) -> tuple[int, str]:
    gregorian = _GREGORIAN_MONTHS.get(name.lower(), 0)
    if gregorian:
        return gregorian, GREGORIAN
    solar = solar_hijri.month_number(name)
    return (solar, SOLAR_HIJRI) if solar else (0, "")


def _made(year: int, month: int, day: int, about: bool, calendar_name: str) -> PartialDate:
    if not 0 <= month <= 12 or (day and not month):
        raise ValueError("there is no such month")
    if day and calendar_name == SOLAR_HIJRI:  # one Gregorian day: kept as that day
        try:
            known = solar_hijri.to_gregorian(year, month, day)
        except ValueError:
            raise ValueError("there is no such day") from None
        return PartialDate(known.year, known.month, known.day, about)
    if day:
        try:
            date(year, month, day)
        except ValueError:
            raise ValueError("there is no such day") from None
    return PartialDate(year, month, day, about, calendar_name)


def _calendar_of(year: int) -> str:
    if solar_hijri.is_solar_hijri_year(year):
        return SOLAR_HIJRI
    return GREGORIAN if 1900 <= year <= 2100 else ""


def _digits(text: str) -> str:
    """Persian and Arabic-Indic digits as ASCII digits."""
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in text)


def _years_between(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _gregorian_years(first: date, last: date) -> str:
    """The Gregorian years a Solar Hijri year spans: "1990–91", "1999–2000"."""
    same_century = first.year // 100 == last.year // 100
    return f"{first.year}–{last.year % 100:02d}" if same_century else f"{first.year}–{last.year}"


def _gregorian_months(first: date, last: date, months: tuple[str, ...] = MONTH_NAMES) -> str:
    """The Gregorian months a Solar Hijri month spans: "April–May 1990",
    "December 1990 – January 1991"."""
    one, other = months[first.month - 1], months[last.month - 1]
    if first.year == last.year:
        return f"{one}–{other} {first.year}"
    return f"{one} {first.year} – {other} {last.year}"
