"""Template filters that write words: dates, ages, yes and no, lists, numbers.

Each writes in the template's language and digits (:mod:`desktop.drafting.letter_words`),
which the filter reads from the ``template`` variable the renderer sets
(``template.language``, ``template.digits``); where there is none (a field's prefill, a
part rendered on its own) it writes English with Latin digits.

``longdate``: 2024-03-12 → "12 March 2024" / "۱۲ مارچ ۲۰۲۴"; a partial date as given
("1990", "about 1985" / "حدود ۱۹۸۵", "1369 SH (1990–91)").  ``both_calendars``: a day in the
Gregorian and the Solar Hijri calendar ("7 October 2023 (15 Mizan 1402)"; a Dari letter
leads with Solar Hijri: "۱۵ میزان ۱۴۰۲ هـ ش (۷ اکتوبر ۲۰۲۳)").  ``solar_hijri``: "15 Mizan
1402".  ``age``: "36", "about 36".  ``yes_no``: "yes" / "no".  ``listing``: "a, b and c".
``digits``: a number in the template's digits.  ``letter_word``: the letterhead's "Tel.".
``case_word``: a relationship, need or deadline kind as the window names it ("spouse" →
"مېړه یا مېرمن").
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup, escape

from desktop.drafting.letter_words import ENGLISH_WORDS, LetterWords, code_of, words_for
from index.cases.partial_date import parsed_or_none
from index.text import solar_hijri


def longdate(value: object, words: LetterWords = ENGLISH_WORDS) -> str:
    """``2024-03-12`` → "12 March 2024"; a partial date as given ("1990", "about 1985",
    "1369 SH (1990–91)"); anything else unchanged."""
    text = str(value or "")
    day = _day(text)
    if day is not None:  # our month names, not the locale's (Qt sets it in the window)
        return words.number(f"{day.day} {words.dates.months[day.month - 1]} {day.year}")
    known = parsed_or_none(text)
    return words.number(known.text(words.dates)) if known is not None else text


def age(value: object, on: object = None, words: LetterWords = ENGLISH_WORDS) -> str:
    """Age in whole years on ``on`` (default today) of someone born on ``value``: "35", or
    "about 35" for a birth date known only in part ("1990", "~1985", "1369 SH")."""
    text = str(value or "")
    known = parsed_or_none(text[:10] if _day(text) else text)
    when = _day(str(on)) if on else datetime.date.today()
    if known is None or when is None:
        return ""
    years = known.age(when)
    if years.startswith("about "):
        years = words.dates.about.format(date=years.removeprefix("about "))
    return words.number(years)


def both_calendars(value: object, words: LetterWords = ENGLISH_WORDS) -> str:
    """``2023-10-07`` → "7 October 2023 (15 Mizan 1402)": a day in the Gregorian and the
    Solar Hijri calendar; a partial date as :func:`longdate` writes it (a Solar Hijri year
    already names its Gregorian years); anything else unchanged."""
    day = _day(str(value or ""))
    if day is None:
        return longdate(value, words)
    solar = solar_hijri_date(value, words)
    return words.both.format(gregorian=longdate(value, words), solar=solar)


def solar_hijri_date(value: object, words: LetterWords = ENGLISH_WORDS) -> str:
    """``2023-10-07`` → "15 Mizan 1402"; anything else as :func:`longdate` writes it."""
    day = _day(str(value or ""))
    if day is None:
        return longdate(value, words)
    year, month, number = solar_hijri.from_gregorian(day)
    month_name = words.dates.solar_months[month - 1]
    return words.number(words.solar_day.format(day=number, month=month_name, year=year))


def yes_no(value: object, words: LetterWords = ENGLISH_WORDS) -> str:
    """ "yes" for a true value, "no" for a false one, in the template's language."""
    return words.yes if value else words.no


def listing(items: Iterable[object], words: LetterWords = ENGLISH_WORDS) -> Markup:
    """``["a", "b", "c"]`` → "a, b and c" (Dari "a، b و c", Pashto "a، b او c"); empty items
    left out, each escaped unless it is markup already (``map("isolate")``)."""
    said = [escape(item) for item in items if str(item or "").strip()]
    if len(said) < 2:
        return Markup("").join(said)
    return Markup(escape(words.comma)).join(said[:-1]) + words.last_and + said[-1]


def letter_word(value: object, words: LetterWords = ENGLISH_WORDS) -> str:
    """One of the letterhead's words ("Tel.") in the template's language, else as given."""
    return words.word(str(value))


def case_word(value: object, words: LetterWords = ENGLISH_WORDS) -> str:
    """A case's standard value ("spouse", "journalist", "exit deadline") in the template's
    language; a value the office typed itself stays as typed."""
    return words.case_word(str(value or ""))


def digits(value: object, words: LetterWords = ENGLISH_WORDS) -> str:
    """A number (or any text) with its digits as the template asks."""
    return words.number("" if value is None else value)


def words_of(context: Context | Mapping[str, Any]) -> LetterWords:
    """The words of the template being rendered (English when it says none)."""
    template = context.get("template")
    if not isinstance(template, Mapping):
        return ENGLISH_WORDS
    try:
        code = code_of(str(template.get("language") or "en"))
    except ValueError:
        return ENGLISH_WORDS
    return words_for(code, str(template.get("digits") or "latin"))


def _in_template_language(function: Callable[..., str]) -> Callable[..., str]:
    """``function`` as a filter that passes the words of the template being rendered."""

    @pass_context
    def written(context: Context, value: object, *args: Any) -> object:
        return function(value, *args, words=words_of(context))

    written.__doc__ = function.__doc__
    return written


FILTERS = {
    name: _in_template_language(function)
    for name, function in {
        "longdate": longdate,
        "both_calendars": both_calendars,
        "solar_hijri": solar_hijri_date,
        "age": age,
        "yes_no": yes_no,
        "listing": listing,
        "digits": digits,
        "letter_word": letter_word,
        "case_word": case_word,
    }.items()
}


def _day(text: str) -> datetime.date | None:
    """The day an ISO date or time (``2024-03-12``, ``2024-03-12T10:00``) names, else None."""
    try:
        return datetime.date.fromisoformat(text[:10]) if len(text) >= 10 else None
    except ValueError:
        return None
