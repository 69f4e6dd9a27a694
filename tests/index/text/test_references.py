"""References are found and normalised, whatever way they are written."""

from __future__ import annotations

import pytest

from index.text.references import find_dates, find_references, find_solar_hijri_dates


def _values(text: str, kind: str, **kw: str) -> set[str]:
    return {r.value for r in find_references([text], **kw) if r.kind == kind}


def test_case_numbers_default_and_configured() -> None:
    """GIVEN a text with case numbers WHEN searched with the default and a custom pattern
    THEN each pattern finds its own form."""
    text = "Files AFG-2024-00137 and afg-2023-00001 (lower case is not a case id); office ref K/77/2024."
    assert _values(text, "case") == {"AFG-2024-00137"}
    assert _values(text, "case", case_pattern=r"K/\d+/\d{4}") == {"K/77/2024"}


def test_a_numbers_in_every_written_form() -> None:
    """GIVEN A-numbers with dashes, spaces, a hash and eight digits WHEN found THEN all are A + 9 digits."""
    text = "A-012-345-678; A# 098 765 432; A12345678"
    assert _values(text, "anumber") == {"A012345678", "A098765432"}


def test_passport_numbers_after_the_word_passport() -> None:
    """GIVEN passport numbers introduced in English and Persian WHEN found THEN both are kept."""
    text = "Passport No.: P01234567\nپاسپورت: AB1234567\nphone 0300 1234567"
    assert _values(text, "passport") == {"P01234567", "AB1234567"}


def test_dates_in_common_forms_become_iso() -> None:
    """GIVEN dates written several ways WHEN found THEN they are ISO dates; impossible ones are dropped."""
    text = "2023-10-05, 15/03/2024, 03.04.2024, 7 March 2022, Sept 9, 2021, 31/02/2024"
    assert _values(text, "date") == {
        "2023-10-05",
        "2024-03-15",
        "2024-04-03",
        "2022-03-07",
        "2021-09-09",
    }


def test_references_carry_their_page() -> None:
    """GIVEN a case number on page 2 WHEN found THEN its page is 2."""
    refs = find_references(["nothing here", "see AFG-2024-00137"])
    assert [(r.kind, r.page) for r in refs] == [("case", 2)]


def test_dates_with_hyphens_year_first_slashes_and_persian_digits() -> None:
    """GIVEN dates written 15-03-2024, 2024/03/16 and ۱۷/۰۳/۲۰۲۴ WHEN found THEN ISO dates,
    and find_dates says where each stands."""
    text = "15-03-2024; 2024/03/16; ۱۷/۰۳/۲۰۲۴"
    assert _values(text, "date") == {"2024-03-15", "2024-03-16", "2024-03-17"}
    assert [text[f.start : f.end] for f in find_dates(text)] == [
        "15-03-2024",
        "2024/03/16",
        "۱۷/۰۳/۲۰۲۴",
    ]


@pytest.mark.parametrize(
    "written",
    [
        "۱۴۰۲/۰۷/۱۵",
        "1402/7/15",
        "۱۴۰۲-۰۷-۱۵ ه.ش",
        "۱۵/۰۷/۱۴۰۲ هـ.ش",
        "15 Mizan 1402",
        "15 mizan, 1402 SH",
        "۱۵ میزان ۱۴۰۲ هـ ش",
        "۱۵ ميزان ۱۴۰۲ هجری شمسی",
        "۱۵ مهر ۱۴۰۲",  # the Iranian month name
        "15 Mehr 1402",
        "۱۵ تله ۱۴۰۲",  # the Pashto month name
        "۱۴۰۲/۷/۱۵ش",
    ],
)
def test_solar_hijri_dates_are_found_as_their_gregorian_day(written: str) -> None:
    """GIVEN 15 Mizan 1402 written in Persian or Latin digits, with the month's number or its
    Afghan, Iranian or Pashto name, and the calendar's mark or none
    WHEN found THEN it is 2023-10-07, its span the whole date with its mark; AND it is a
    date reference of the page."""
    text = f"Kabul {written}. Next"
    (found,) = find_solar_hijri_dates(text)
    assert found.value == "2023-10-07" and text[found.start : found.end] == written
    assert _values(text, "date") == {"2023-10-07"}


@pytest.mark.parametrize(
    "text",
    [
        "2023/10/07",  # Gregorian: find_dates's
        "مهر و امضا ۱۴۰۲",  # "seal and signature", then a year
        "ref 12/1402/5/6",
        "30 Hut 1402",  # 1402 is a common year: Hut has 29 days
        "31 Mizan 1402",
        "۱۵/۰۷/۱۲۹۹",  # before 1300
        "15 March 1402",
    ],
)
def test_what_is_not_a_solar_hijri_date_is_left_alone(text: str) -> None:
    """GIVEN a Gregorian date, a year after a month-like word, a number run, impossible days,
    a year out of range WHEN searched for Solar Hijri dates THEN none is found."""
    assert find_solar_hijri_dates(text) == ()
