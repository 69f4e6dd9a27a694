"""A date written out in Dari and Pashto: the words :mod:`desktop.ui.date_words` passes to
the engine's :class:`index.cases.partial_date.DateWords` (issue 19)."""

from __future__ import annotations

from dataclasses import astuple
from functools import partial

from desktop import ts_catalogue
from desktop.ui.date_words import MONTHS, PHRASES, SOLAR_MONTHS, date_words
from index.cases.partial_date import ENGLISH, parse_partial_date
from index.text.solar_hijri import AFGHAN_MONTHS


def test_the_marked_words_are_the_engines_english_ones() -> None:
    """GIVEN the words marked for translation WHEN compared with the engine's English
    THEN they are the same, in the same order (a month renamed there must be renamed here)."""
    assert ENGLISH.months == MONTHS
    assert SOLAR_MONTHS == tuple(names[0] for names in AFGHAN_MONTHS) == ENGLISH.solar_months
    assert (ENGLISH.about, ENGLISH.solar_year, ENGLISH.solar_month) == PHRASES
    english = date_words(lambda _context, text: text)
    assert english == ENGLISH


def test_dates_are_written_in_pashto_and_dari_words() -> None:
    """GIVEN a day typed in the Solar Hijri calendar, an approximate year and a Solar
    Hijri year WHEN written out with the Pashto and the Dari catalogue's words THEN the
    months, "about" and the calendar's mark are theirs, every word of the catalogue
    translated, and the numbers as given."""
    pashto = date_words(partial(ts_catalogue.lookup, "ps"))
    dari = date_words(partial(ts_catalogue.lookup, "fa_AF"))
    for words in (pashto, dari):
        assert not set(astuple(words)[0] + astuple(words)[1]) & set(MONTHS + SOLAR_MONTHS)
    day = parse_partial_date("۲۲ ثور ۱۳۶۹")
    assert day.in_both_calendars(pashto) == "12 مۍ 1990 (22 غویی 1369)"
    assert day.in_both_calendars(dari) == "12 می 1990 (22 ثور 1369)"
    assert parse_partial_date("about 1985").text(dari) == "حدود 1985"
    assert parse_partial_date("1369").text(pashto) == "1369 لمریز (1990–91)"
    assert parse_partial_date("Jadi 1369").text(dari) == "جدی 1369 هـ ش (دسمبر 1990 – جنوری 1991)"


def test_an_age_is_written_with_the_languages_about() -> None:
    """GIVEN a birth year known only approximately, and a full birth date WHEN the age on
    1 December 2025 is written with the Dari and the Pashto words THEN "about" is theirs
    ("حدود 40", "شاوخوا 40"), the whole age a plain number; AND in English "about 40"."""
    from datetime import date

    on = date(2025, 12, 1)
    about = parse_partial_date("about 1985")
    assert about.age(on) == "about 40"
    assert about.age(on, date_words(partial(ts_catalogue.lookup, "fa_AF"))) == "حدود 40"
    assert about.age(on, date_words(partial(ts_catalogue.lookup, "ps"))) == "شاوخوا 40"
    assert (
        parse_partial_date("1990-05-12").age(on, date_words(partial(ts_catalogue.lookup, "ps")))
        == "35"
    )
