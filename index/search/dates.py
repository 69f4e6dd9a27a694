"""Dates in queries: ``2023``, ``2023-10``, ``2023-10-05``, ranges with ``..``, and words
like ``today`` — each read as the whole days it covers."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time, timedelta

_PART = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


class BadDate(ValueError):
    """A date the query could not read."""


def date_range(text: str, today: date | None = None) -> tuple[datetime | None, datetime | None]:
    """``(start, end)`` covered by ``text``; either may be ``None`` for an open range."""
    today = today or date.today()
    text = text.strip().lower()
    for prefix, is_start in ((">=", True), (">", True), ("<=", False), ("<", False)):
        if text.startswith(prefix):
            start, end = _span(text[len(prefix) :], today)
            return (start, None) if is_start else (None, end)
    if ".." in text:
        low, high = text.split("..", 1)
        start = _span(low, today)[0] if low else None
        end = _span(high, today)[1] if high else None
        if start is None and end is None:
            raise BadDate(text)
        return start, end
    return _span(text, today)


def _span(text: str, today: date) -> tuple[datetime, datetime]:
    word = _WORDS.get(text)
    if word is not None:
        first, last = word(today)
        return _day_start(first), _day_end(last)
    match = _PART.match(text)
    if not match:
        raise BadDate(text)
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return _day_start(date(year, 1, 1)), _day_end(date(year, 12, 31))
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return _day_start(date(year, month, 1)), _day_end(date(year, month, last))
        return _day_start(date(year, month, day)), _day_end(date(year, month, day))
    except ValueError as error:
        raise BadDate(text) from error


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min)


def _day_end(day: date) -> datetime:
    return datetime.combine(day, time.max)


def _week(today: date) -> tuple[date, date]:
    start = today - timedelta(days=today.weekday())
    return start, start + timedelta(days=6)


def _month(today: date) -> tuple[date, date]:
    return today.replace(day=1), today.replace(day=calendar.monthrange(today.year, today.month)[1])


_WORDS = {
    "today": lambda t: (t, t),
    "yesterday": lambda t: (t - timedelta(days=1), t - timedelta(days=1)),
    "thisweek": _week,
    "lastweek": lambda t: _week(t - timedelta(days=7)),
    "thismonth": _month,
    "lastmonth": lambda t: _month(t.replace(day=1) - timedelta(days=1)),
    "thisyear": lambda t: (date(t.year, 1, 1), date(t.year, 12, 31)),
    "lastyear": lambda t: (date(t.year - 1, 1, 1), date(t.year - 1, 12, 31)),
}
