"""A document's date is read from its first page; the file's own date is the fallback."""

from __future__ import annotations

from datetime import date

import pytest

from index.text.document_date import ChosenDate, document_date

TODAY = date(2026, 12, 7)
SCANNED = "2026-12-07"  # the day the letters below were scanned: their file's date


def _dated(page: str, file_date: str = SCANNED, **kw: bool) -> ChosenDate:
    return document_date(page, file_date, today=TODAY, **kw)


def test_a_date_line_beats_the_scan_day_in_the_metadata() -> None:
    """GIVEN a letter with a "Date:" line after its reference, scanned years later
    WHEN its date is chosen THEN it is the written date, from the labelled line."""
    page = (
        "Green Valleys Programme (demo)\nJalalabad office\n"
        "Ref. GV/HR/0137 Date: 3 March 2021\nTo whom it may concern,\n"
        "He worked for us from 1 April 2012 to 30 June 2019."
    )
    assert _dated(page) == ChosenDate("2021-03-03", "content:label")


@pytest.mark.parametrize(
    "line",
    ["Dated: 03/03/2021", "Date:- 03-03-2021", "تاریخ: ۰۳/۰۳/۲۰۲۱", "نېټه: 2021/03/03"],
)
def test_labels_in_several_languages_and_forms(line: str) -> None:
    """GIVEN the date's label in English, Dari or Pashto and the date in several forms
    WHEN chosen THEN the labelled date is the document's."""
    assert _dated(f"Office of the demo\n{line}\nBody text.") == ChosenDate(
        "2021-03-03", "content:label"
    )


def test_the_label_may_stand_on_the_line_above() -> None:
    """GIVEN "Date:" alone on a line and the date on the next WHEN chosen THEN it is labelled."""
    assert _dated("Date:\n3 March 2021\nBody") == ChosenDate("2021-03-03", "content:label")


def test_a_date_in_the_letters_head_after_a_place() -> None:
    """GIVEN "Kabul, 3 March 2021" under the letterhead and a later event date in the body
    WHEN chosen THEN the head's date wins."""
    page = "Afghan Relief Office (demo)\nKabul, 3 March 2021\nDear Sir,\nOn 15 August 2021 we left."
    assert _dated(page) == ChosenDate("2021-03-03", "content:head")


def test_a_birth_date_is_never_the_documents_date() -> None:
    """GIVEN a form-like page whose only dates are labelled dates of birth (English, DOB,
    on the line above, Dari) WHEN chosen THEN the file's own date is kept."""
    page = (
        "Applicant details\nDate of birth: 01/01/1980\nDOB 02/02/1981\n"
        "Spouse, date of birth:\n03/03/1982\nتاریخ تولد: ۰۴/۰۴/۱۹۸۳\nZarmina (b. 05/05/1990)"
    )
    assert _dated(page) == ChosenDate(SCANNED, "metadata")


def test_a_labelled_date_after_a_birth_date_on_the_same_line_counts() -> None:
    """GIVEN "born in Herat." then "Date: …" on one line WHEN chosen THEN the dated label wins."""
    page = "He was born in Herat. Date: 3 March 2021"
    assert _dated(page) == ChosenDate("2021-03-03", "content:label")


def test_expiry_and_future_dates_are_ignored() -> None:
    """GIVEN a "Date:" in the future, a visa that "expired", a Dari "ختم شده" and a passport
    "valid until" WHEN chosen THEN none of them; the signature's date is the document's."""
    page = (
        "Date: 3 March 2030\nPassport valid until 01/01/2025.\n"
        "Pakistani visa expired on 20/01/2024.\nویزه ما به تاریخ ۲۰/۰۱/۲۰۲۴ ختم شده\n"
        "Signed — Peshawar, 25/01/2024"
    )
    assert _dated(page) == ChosenDate("2024-01-25", "content:page")


def test_dates_inside_sentences_or_of_other_fields_leave_the_file_date() -> None:
    """GIVEN a case summary whose dates are events in sentences, in brackets and after an
    appointment's label WHEN chosen THEN none is taken for the document's date."""
    page = (
        "Case summary\nNo valid Pakistani visa since 10 November 2023.\n"
        "intake note (12/02/2024)\nDate and time: 21 February 2024, 09:30"
    )
    assert _dated(page, "2024-02-07") == ChosenDate("2024-02-07", "metadata")
    assert _dated(page, "") == ChosenDate("", "")


def test_the_most_repeated_date_on_the_page() -> None:
    """GIVEN a page where one unlabelled date comes twice WHEN chosen THEN that one."""
    page = "Report\nSeen on 2 May 2022 and 9 May 2022 in the camp.\nAgain on 9 May 2022 at noon."
    assert _dated(page) == ChosenDate("2022-05-09", "content:page")


def test_an_email_keeps_its_sent_date() -> None:
    """GIVEN an email's body with a "Date:" line of a forwarded message WHEN its date is
    chosen with the header's date first THEN the header's date (the day it was sent)."""
    body = "---------- Forwarded message ---------\nDate: 3 March 2021\nHello"
    assert _dated(body, "2024-06-06", file_date_first=True) == ChosenDate("2024-06-06", "metadata")


def test_file_dates_in_the_future_or_before_1900_are_rejected() -> None:
    """GIVEN no date on the page and a file date after today or before 1900
    WHEN chosen THEN there is no date."""
    assert _dated("No dates here", "2027-01-01") == ChosenDate("", "")
    assert _dated("No dates here", "1899-12-31") == ChosenDate("", "")


@pytest.mark.parametrize(
    ("page", "rule"),
    [
        ("تاریخ: ۱۴۰۲/۰۷/۱۵\nمتن نامه", "content:label"),
        ("نېټه: ۱۵ تله ۱۴۰۲\nد لیک متن", "content:label"),
        ("Date: 15 Mizan 1402\nBody text.", "content:label"),
        ("وزارت امور مهاجرین\nکابل، ۱۵ میزان ۱۴۰۲ هـ ش\nمتن نامه در اینجا.", "content:head"),
        ("Herat office\nHerat, 15/07/1402\nTo whom it may concern.", "content:head"),
    ],
)
def test_a_solar_hijri_date_is_the_documents_date_as_a_gregorian_day(page: str, rule: str) -> None:
    """GIVEN a letter dated only in the Solar Hijri calendar (15 Mizan 1402), labelled or in its
    head, in Persian or Latin digits, with a month's number or name WHEN its date is chosen
    THEN it is that day in the Gregorian calendar, 2023-10-07."""
    assert _dated(page) == ChosenDate("2023-10-07", rule)


def test_a_solar_hijri_birth_date_is_not_the_documents_date() -> None:
    """GIVEN a tazkira-like page with a Solar Hijri birth date and a labelled issue date
    WHEN its date is chosen THEN the issue date is, not the birth date."""
    page = "تاریخ تولد: ۲۲ ثور ۱۳۶۹\nتاریخ: ۱۴۰۲/۰۷/۱۵"
    assert _dated(page) == ChosenDate("2023-10-07", "content:label")
