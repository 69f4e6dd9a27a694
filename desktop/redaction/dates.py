"""Patterns that find a date of birth however it was written, for redaction.

A birth date is what the case holds (:mod:`index.cases.partial_date`): a day, a month or a
year, in the Gregorian or the Solar Hijri calendar.  A day is found as ISO, day/month/year
(any separator, with or without leading zeros), "12 June 1991", "June 12, 1991", and as the
same day in the Solar Hijri calendar (1370/03/22, 22 Jawza 1370, ۲۲ جوزا ۱۳۷۰); a month as
1991-06, 06/1991 or June 1991; a year alone as the year — so "born about 1985" loses 1985.
Digits may be ASCII, Persian or Arabic-Indic.  Nothing here logs or prints a value.
"""

from __future__ import annotations

import re

from index.cases.partial_date import MONTH_NAMES, SOLAR_HIJRI, parsed_or_none
from index.text import solar_hijri

_SEPARATOR = r"\s*[\-./٫]\s*"
_ORDINAL = r"(?:st|nd|rd|th)?"


def date_pattern(value: str) -> str | None:
    """The pattern of a stored birth date (``1991-06-12``, ``1991-06``, ``~1985``,
    ``1369 SH``); None when ``value`` is not a date."""
    known = parsed_or_none(value)
    if known is None:
        return None
    if known.calendar == SOLAR_HIJRI:
        forms = _month_or_year(known.year, known.month, _solar_names(known.month))
    elif known.day:
        solar = solar_hijri.from_gregorian(known.span()[0])
        forms = _day(known.year, known.month, known.day, _gregorian_names(known.month))
        forms += _day(*solar, _solar_names(solar[1]))
    else:
        forms = _month_or_year(known.year, known.month, _gregorian_names(known.month))
    return "(?:" + "|".join(forms) + r")(?!\d)"


def _day(year: int, month: int, day: int, names: str) -> list[str]:
    d, m, y = _number(day), _number(month), _number(year)
    return [
        rf"(?<!\d){y}{_SEPARATOR}{m}{_SEPARATOR}{d}",
        rf"(?<!\d){d}{_SEPARATOR}{m}{_SEPARATOR}{y}",
        rf"(?<!\d){d}{_ORDINAL}\s+{names},?\s+{y}",
        rf"{names}\s+{d}{_ORDINAL},?\s+{y}",
    ]


def _month_or_year(year: int, month: int, names: str) -> list[str]:
    y = _number(year)
    if not month:
        return [rf"(?<!\d){y}"]
    m = _number(month)
    return [rf"(?<!\d){y}{_SEPARATOR}{m}", rf"(?<!\d){m}{_SEPARATOR}{y}", rf"{names},?\s+{y}"]


def _number(value: int) -> str:
    """``value`` in any digits, with or without a leading zero."""
    digits = "".join(f"[{d}{chr(0x6F0 + int(d))}{chr(0x660 + int(d))}]" for d in str(value))
    return f"(?:[0۰٠])?{digits}" if value < 10 else digits


def _gregorian_names(month: int) -> str:
    name = MONTH_NAMES[month - 1]
    return rf"(?:{name}|{name[:3]}\.?)"


def _solar_names(month: int) -> str:
    tables = (solar_hijri.AFGHAN_MONTHS, solar_hijri.PASHTO_MONTHS, solar_hijri.IRANIAN_MONTHS)
    names = {name for table in tables for name in table[month - 1]} if month else set()
    return "(?:" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + ")"
