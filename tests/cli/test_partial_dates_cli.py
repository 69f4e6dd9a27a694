"""Birth dates as Afghan papers give them, and Solar Hijri dates typed, through the real
``casedesk`` command: from ``case add`` to a drafted letter."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pypdf

CASE = "AFG-2024-00190"


def _pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _add_case(tmp_path: Path, casedesk) -> None:
    """An invented family: a year-only birth date, an approximate one, one typed in the
    Solar Hijri calendar, and a deadline typed in it too; a statement on file."""
    added = casedesk(
        "case", "add", "--id", CASE, "--name", "Gul Makai Zadran", "--name-native", "ګل مکۍ ځدراڼ",
        "--birth-date", "1990", "--nationality", "Afghan", "--location", "Peshawar",
        "--pathway", "P-2", "--member", "Baryalai Zadran|spouse|about 1985",
        "--member", "Zarghona Zadran|child|۲۲ ثور ۱۴۰۰", "--member", "Palwasha Zadran|child|1369",
        "--deadline", "interview=8 Dalw 1403",
    )  # fmt: skip
    assert added.code == 0, added.err
    statement = tmp_path / "statement.txt"
    statement.write_text(f"Statement for case {CASE}: threats after her work as a teacher.")
    assert casedesk("add", statement, "--case", CASE).code == 0
    office = ("--name", "Demo Legal Aid", "--address", "Street 1, Islamabad")
    assert casedesk("office", *office, "--signatory", "A. Demo").code == 0


def test_partial_and_solar_hijri_dates_are_kept_as_given(tmp_path: Path, casedesk) -> None:
    """GIVEN `casedesk case add --birth-date 1990` with family members born "about 1985",
    on ۲۲ ثور ۱۴۰۰ and in 1369, and a deadline on 8 Dalw 1403
    WHEN the case is shown THEN the JSON keeps 1990, ~1985, the Solar Hijri year 1369 SH,
    the day 2021-05-12 and the deadline 2025-01-27; AND the text says "born 1990",
    "born about 1985" and "born 1369 SH (1990–91)"."""
    _add_case(tmp_path, casedesk)
    shown = casedesk("case", "show", CASE, "--json").json
    births = [p["birth_date"] for p in shown["people"]]
    assert births == ["1990", "~1985", "2021-05-12", "1369 SH"]
    assert [d["date"] for d in shown["deadlines"]] == ["2025-01-27"]
    text = casedesk("case", "show", CASE).out
    for words in ("born 1990", "born about 1985", "born 12 May 2021", "born 1369 SH (1990–91)"):
        assert words in text
    assert "1990-01-01" not in text and "1 January 1990" not in text


def test_a_drafted_letter_prints_birth_dates_as_given(tmp_path: Path, casedesk) -> None:
    """GIVEN the case with year-only and approximate birth dates
    WHEN a referral letter is drafted to PDF THEN it says "born 1990" of the principal and
    "about 1985" of the spouse, never "1 January 1990"."""
    _add_case(tmp_path, casedesk)
    statement = casedesk("search", "teacher", "--json").json["hits"][0]["id"]
    out = tmp_path / "letter.pdf"
    drafted = casedesk(
        "draft", "resettlement-referral", "--case", CASE, "--cite", str(statement),
        "--set", "grounds=She taught girls in Khost until 2021.", "-o", out,
    )  # fmt: skip
    assert drafted.code == 0, drafted.err
    text = _pdf_text(out)
    assert "Afghan, born 1990" in text and "about 1985" in text
    assert "1369 SH (1990–91)" in text and "12 May 2021" in text
    assert "January 1990" not in text and "1990-01-01" not in text


def test_unreadable_birth_dates_are_explained_without_repeating_them(casedesk) -> None:
    """GIVEN a birth date that is no date WHEN the case is added THEN exit 2 with a sentence
    saying how to write one, without the typed value; AND nothing is stored."""
    refused = casedesk("case", "add", "--id", CASE, "--name", "Gul", "--birth-date", "spring")
    assert refused.code == 2
    assert "birth date of person 1 (principal) could not be read" in refused.err
    assert '"about 1985"' in refused.err and "spring" not in refused.err
    assert casedesk("case", "show", CASE).code == 2
