"""The Solar Hijri calendar: days converted both ways, month names in every table and keyboard."""

from __future__ import annotations

from datetime import date

import pytest

from index.text import solar_hijri


@pytest.mark.parametrize(
    ("solar", "gregorian"),
    [
        ((1402, 1, 1), date(2023, 3, 21)),  # 1 Hamal: the March equinox
        ((1402, 7, 15), date(2023, 10, 7)),
        ((1369, 2, 22), date(1990, 5, 12)),
        ((1403, 12, 30), date(2025, 3, 20)),  # 1403 is a leap year: Hut has 30 days
        ((1300, 1, 1), date(1921, 3, 21)),
    ],
)
def test_days_convert_both_ways(solar: tuple[int, int, int], gregorian: date) -> None:
    """GIVEN a Solar Hijri day and its known Gregorian day WHEN converted each way
    THEN each gives the other."""
    assert solar_hijri.to_gregorian(*solar) == gregorian
    assert solar_hijri.from_gregorian(gregorian) == solar


def test_a_day_that_does_not_exist_is_refused() -> None:
    """GIVEN 30 Hut of the common year 1402 WHEN converted THEN ValueError."""
    with pytest.raises(ValueError):
        solar_hijri.to_gregorian(1402, 12, 30)


@pytest.mark.parametrize(
    "name",
    ["Mizan", "MIZAN", "میزان", "ميزان", "Mehr", "مهر", "تله", "Tala"],
)
def test_the_seventh_month_in_every_name(name: str) -> None:
    """GIVEN the seventh month's Afghan, Iranian and Pashto names, in Latin and Arabic script
    (with Arabic yeh too) WHEN looked up THEN each is month 7; AND other words are 0."""
    assert solar_hijri.month_number(name) == 7
    assert solar_hijri.month_number("March") == 0


def test_pashto_month_names_typed_on_a_dari_keyboard() -> None:
    """GIVEN لیندۍ (the ninth month in Pashto) typed on a Dari keyboard as لیندی WHEN looked up
    THEN it is month 9."""
    assert solar_hijri.month_number("لیندی") == solar_hijri.month_number("لیندۍ") == 9


def test_a_year_and_a_month_span_their_gregorian_days() -> None:
    """GIVEN the year 1369 and the month Saur 1369 WHEN their spans are asked
    THEN 21 March 1990 – 20 March 1991, and 21 April – 21 May 1990; AND 12 May 1990 is
    written "22 Sawr 1369"."""
    assert solar_hijri.month_span(1369, 0) == (date(1990, 3, 21), date(1991, 3, 20))
    assert solar_hijri.month_span(1369, 2) == (date(1990, 4, 21), date(1990, 5, 21))
    assert solar_hijri.written(date(1990, 5, 12)) == "22 Sawr 1369"
