"""The Solar Hijri calendar, the calendar of every Afghan document: its month names as
Afghan, Pashto and Iranian documents write them, and conversion to and from Gregorian dates.

The conversion is jdatetime's (a maintained library; its arithmetic agrees with
persiantools' on every month of 1300–1450 SH, checked when it was chosen): a year of twelve
months, the first six of 31 days, five of 30, and Hut/Esfand of 29 or 30; 1 Hamal is the
day of the March equinox (1402 SH began on 21 March 2023).  Afghanistan names the months
after the zodiac (Hamal … Hut; in Pashto Wray … Kab), Iran after the Zoroastrian months
(Farvardin … Esfand): both name the same months, so either finds the same day.

Years 1300–1450 are read as Solar Hijri (1921–2072): no one alive was born in 1369 of the
Gregorian calendar, and no Gregorian document is dated 1402, so a four-digit year tells the
calendar apart.  Nothing here logs or prints a date.
"""

from __future__ import annotations

import datetime

import jdatetime

from index.text.keyboards import keyboard_fold
from index.text.normalize import fold

FIRST_YEAR, LAST_YEAR = 1300, 1450

# The names of each month, first the one :func:`month_name` writes.
AFGHAN_MONTHS = (
    ("Hamal", "حمل"),
    ("Sawr", "Saur", "Sour", "Sowr", "Thawr", "ثور"),
    ("Jawza", "Jauza", "Jowza", "جوزا", "جوزاء"),
    ("Saratan", "سرطان"),
    ("Asad", "اسد"),
    ("Sonbola", "Sunbula", "Sunbulah", "Sumbula", "Sombola", "سنبله"),
    ("Mizan", "Meezan", "میزان"),
    ("Aqrab", "Akrab", "عقرب"),
    ("Qaws", "Qaus", "Qows", "Kaus", "قوس"),
    ("Jadi", "Jaddi", "Jadee", "جدی"),
    ("Dalw", "Dalu", "Dalv", "دلو"),
    ("Hut", "Hoot", "Hout", "حوت"),
)
PASHTO_MONTHS = (
    ("Wray", "وری"),
    ("Ghwayay", "غویی"),
    ("Ghbargolay", "غبرگولی"),
    ("Changakh", "چنگاښ"),
    ("Zmaray", "زمری"),
    ("Wagay", "وږی"),
    ("Tala", "تله"),
    ("Laram", "لړم"),
    ("Lindai", "لیندۍ"),
    ("Marghumay", "مرغومی"),
    ("Salwagha", "سلواغه"),
    ("Kab", "کب"),
)
IRANIAN_MONTHS = (
    ("Farvardin", "Farwardin", "فروردین"),
    ("Ordibehesht", "Urdibihisht", "اردیبهشت"),
    ("Khordad", "Khurdad", "خرداد"),
    ("Tir", "تیر"),
    ("Mordad", "Amordad", "Murdad", "مرداد", "امرداد"),
    ("Shahrivar", "Shahriwar", "Shahrewar", "شهریور"),
    ("Mehr", "Mihr", "مهر"),
    ("Aban", "آبان"),
    ("Azar", "Adhar", "آذر"),
    ("Dey", "Dei", "دی"),
    ("Bahman", "بهمن"),
    ("Esfand", "Isfand", "Espand", "اسفند"),
)


def _key(word: str) -> str:
    """A month name as it is looked up: folded, as a Dari keyboard types it."""
    return keyboard_fold(fold(word))


_MONTH_NUMBERS = {
    _key(name): number
    for table in (AFGHAN_MONTHS, PASHTO_MONTHS, IRANIAN_MONTHS)
    for number, names in enumerate(table, start=1)
    for name in names
}


def month_number(word: str) -> int:
    """1–12 for a Solar Hijri month's name in any of the tables (any keyboard, any case);
    0 for any other word."""
    return _MONTH_NUMBERS.get(_key(word), 0)


def month_name(month: int) -> str:
    """The Afghan name of month 1–12 in Latin letters: 7 → "Mizan"."""
    return AFGHAN_MONTHS[month - 1][0]


def is_solar_hijri_year(year: int) -> bool:
    """True for a year CaseDesk reads as Solar Hijri (1300–1450)."""
    return FIRST_YEAR <= year <= LAST_YEAR


def to_gregorian(year: int, month: int, day: int) -> datetime.date:
    """The Gregorian day of Solar Hijri ``year``/``month``/``day``; ValueError if there is
    no such day (31 Mizan, 30 Hut of a common year)."""
    return jdatetime.date(year, month, day).togregorian()


def from_gregorian(day: datetime.date) -> tuple[int, int, int]:
    """``(year, month, day)`` of a Gregorian day in the Solar Hijri calendar."""
    solar = jdatetime.date.fromgregorian(date=day)
    return solar.year, solar.month, solar.day


def month_span(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    """The first and last Gregorian day of a Solar Hijri month (``month`` 0: the whole year)."""
    first = to_gregorian(year, month or 1, 1)
    following = (year + 1, 1) if month in (0, 12) else (year, month + 1)
    return first, to_gregorian(*following, 1) - datetime.timedelta(days=1)


def written(day: datetime.date) -> str:
    """A Gregorian day written in the Solar Hijri calendar: "15 Mizan 1402"."""
    year, month, number = from_gregorian(day)
    return f"{number} {month_name(month)} {year}"
