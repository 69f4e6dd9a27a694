"""Birth dates as Afghan papers give them: read, stored, shown and aged as given."""

from __future__ import annotations

from datetime import date

import pytest

from index.cases.partial_date import parse_partial_date

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("typed", "stored", "shown"),
    [
        ("1990-05-12", "1990-05-12", "12 May 1990"),
        ("12/05/1990", "1990-05-12", "12 May 1990"),
        ("12 May 1990", "1990-05-12", "12 May 1990"),
        ("May 12, 1990", "1990-05-12", "12 May 1990"),
        ("1990-05", "1990-05", "May 1990"),
        ("May 1990", "1990-05", "May 1990"),
        ("1990", "1990", "1990"),
        ("۱۹۹۰", "1990", "1990"),
        ("about 1985", "~1985", "about 1985"),
        ("c. 1985", "~1985", "about 1985"),
        ("circa 1985", "~1985", "about 1985"),
        ("~1985", "~1985", "about 1985"),
        ("1369-02-22", "1990-05-12", "12 May 1990"),
        ("۲۲ ثور ۱۳۶۹", "1990-05-12", "12 May 1990"),
        ("22 Saur 1369 SH", "1990-05-12", "12 May 1990"),
        ("1369", "1369 SH", "1369 SH (1990–91)"),
        ("۱۳۶۹ هـ ش", "1369 SH", "1369 SH (1990–91)"),
        ("حدود ۱۳۶۴", "~1364 SH", "about 1364 SH (1985–86)"),
        ("Saur 1369", "1369-02 SH", "Sawr 1369 SH (April–May 1990)"),
        ("Jadi 1369", "1369-10 SH", "Jadi 1369 SH (December 1990 – January 1991)"),
        ("1378", "1378 SH", "1378 SH (1999–2000)"),
    ],
)
def test_a_birth_date_is_stored_and_shown_as_given(typed: str, stored: str, shown: str) -> None:
    """GIVEN a birth date typed as a day, a month, a year, about a year, or in the Solar Hijri
    calendar (a day converted, a year or month kept in its calendar)
    WHEN read THEN it is stored in its canonical form and shown as given; AND the stored form
    reads back as the same date."""
    known = parse_partial_date(typed)
    assert (known.canonical(), known.text()) == (stored, shown)
    assert parse_partial_date(stored) == known


@pytest.mark.parametrize(
    ("stored", "age"),
    [
        ("1990-05-12", "36"),
        ("1990-12-25", "35"),  # the birthday is still to come this year
        ("1990-05", "36"),  # May: before today's December whatever the day
        ("1990", "about 36"),
        ("~1985", "about 41"),
        ("1369 SH", "about 36"),
    ],
)
def test_the_age_is_approximate_when_the_date_is_partial(stored: str, age: str) -> None:
    """GIVEN birth dates known to the day, the month, the year or about a year
    WHEN the age on 7 December 2026 is asked THEN it is exact where the date settles it and
    "about N" otherwise."""
    assert parse_partial_date(stored).age(TODAY) == age


@pytest.mark.parametrize(
    "typed",
    ["spring 1986", "1890", "1990-13", "31/02/1990", "30 Hut 1402", "Saur 1990", "1990 SH", ""],
)
def test_what_is_not_a_birth_date_is_refused_without_repeating_it(typed: str) -> None:
    """GIVEN text that is no date, a year out of range, an impossible month or day, a month of
    the other calendar WHEN read THEN ValueError says why in a few words, and never repeats
    what was typed (it may be someone's)."""
    with pytest.raises(ValueError, match=r"not a date|year is|no such|another calendar") as refused:
        parse_partial_date(typed)
    assert not typed or typed not in str(refused.value)
