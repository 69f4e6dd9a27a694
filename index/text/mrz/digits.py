"""Check digits, the characters OCR confuses, and MRZ dates (ICAO 9303 part 3).

A check digit is the sum of the field's character values (digits as themselves, A=10 …
Z=35, the filler ``<`` 0) weighted 7, 3, 1, 7, 3, 1, … modulo 10.
"""

from __future__ import annotations

from datetime import date

_VALUES = {
    **{str(n): n for n in range(10)},
    **{chr(ord("A") + n): 10 + n for n in range(26)},
    "<": 0,
}
_WEIGHTS = (7, 3, 1)

# Letters OCR gives for digits in a field that holds only digits, and the other way round.
AS_DIGITS = str.maketrans("ODQILZSBG", "000112586")
AS_LETTERS = str.maketrans("01258", "OIZSB")


def check_digit(field: str) -> str:
    """The check digit of ``field`` (letters, digits and ``<`` only)."""
    total = sum(_VALUES[ch] * _WEIGHTS[i % 3] for i, ch in enumerate(field))
    return str(total % 10)


def agrees(field: str, digit: str) -> bool:
    """Whether ``digit`` is the check digit of ``field``.

    An optional field left empty may have ``<`` for its check digit (ICAO allows it).
    """
    if digit == "<":
        return set(field) <= {"<"}
    return digit.isdigit() and check_digit(field) == digit


def mrz_date(text: str, *, past: bool, today: date) -> str | None:
    """``YYMMDD`` as an ISO date; ``""`` when the zone leaves it unknown (``<``); ``None``
    when it is not a date.

    The century is the one that puts a date of birth (``past``) on or before ``today``,
    and an expiry date less than 50 years after it.
    """
    if "<" in text:
        return ""
    if not text.isdigit():
        return None
    yy, month, day = int(text[:2]), int(text[2:4]), int(text[4:])
    year = 2000 + yy
    if not past and year > today.year + 50:
        year -= 100
    if past and (year, month, day) > (today.year, today.month, today.day):
        year -= 100
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
