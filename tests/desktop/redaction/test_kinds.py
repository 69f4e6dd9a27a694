"""The values a case gives for each kind, and the patterns that find them however typed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.drafting.context import build_context
from desktop.redaction.kinds import (
    MARKER,
    RedactionError,
    checked_kinds,
    parse_kinds,
    redaction_for,
    redaction_kinds,
)
from tests.support.drafting import OPEN_NOTE, SECRET_LOCATION, SECRET_NOTE, SECRET_PASSPORT, TODAY
from tests.support.redaction import SECRET_A_NUMBER, case_with_a_number


@pytest.mark.parametrize(
    "typed",
    [
        SECRET_PASSPORT,
        "p00045201",
        "P 0004 5201",
        "P-0004-5201",
        "P.0004.5201",
        "P۰۰۰۴۵۲۰۱",  # Persian digits
        "P٠٠٠٤٥٢٠١",  # Arabic-Indic digits
    ],
)
def test_a_number_is_found_however_it_is_spaced(typed: str) -> None:
    """GIVEN the passport kind WHEN the number is typed spaced, hyphenated, in lower case
    or in Persian or Arabic-Indic digits THEN it is found and replaced by the marker."""
    redaction = redaction_for(case_with_a_number(), ["passport"])
    assert redaction.replace(f"Passport: {typed}.") == f"Passport: {MARKER}."


def test_each_kind_finds_its_own_values_only() -> None:
    """GIVEN the case WHEN each kind is chosen alone THEN it finds its values and not the
    others'; an address is found across punctuation and line breaks; dates in words."""
    case = case_with_a_number()
    text = (
        f"{SECRET_PASSPORT} / A-212-345-678 / tazkira 0000 0452 00001 / "
        "Bhara Kahu\nIslamabad / born 12 June 1991 and 12.06.1991 / "
        f"{SECRET_NOTE} / {OPEN_NOTE}"
    )
    found = {
        kind: [text[a:b] for a, b in redaction_for(case, [kind]).spans(text)]
        for kind in ("passport", "a-number", "tazkira", "address", "birth-date", "notes")
    }
    assert found["passport"] == [SECRET_PASSPORT]
    assert found["a-number"] == ["A-212-345-678"]
    assert found["tazkira"] == ["0000 0452 00001"]
    assert found["address"] == ["Bhara Kahu\nIslamabad"]
    assert found["birth-date"] == ["12 June 1991", "12.06.1991"]
    assert found["notes"] == [SECRET_NOTE.rstrip(".")]  # the open note is not confidential


def test_a_birth_day_is_found_in_the_solar_hijri_calendar_too() -> None:
    """GIVEN the principal born 1991-06-12 (22 Jawza 1370) WHEN birth dates are redacted
    THEN the day is found written in the Solar Hijri calendar, in Persian or Latin digits,
    with the month's number or name, and not the other family member's day."""
    text = "تولد: ۱۳۷۰/۰۳/۲۲ / born 22 Jawza 1370 / ۲۲ جوزا ۱۳۷۰ / 1370-3-23"
    found = [text[a:b] for a, b in redaction_for(case_with_a_number(), ["birth-date"]).spans(text)]
    assert found == ["۱۳۷۰/۰۳/۲۲", "22 Jawza 1370", "۲۲ جوزا ۱۳۷۰"]


def test_a_partial_birth_date_is_found_as_it_is_known() -> None:
    """GIVEN a principal born in a year, about a year, in a month or in a Solar Hijri year
    WHEN birth dates are redacted THEN what is known is found (the year, the month) in any
    digits and nothing else."""
    for stored, text, found in (
        ("1991", "born 1991, came in 2021", ["1991"]),
        ("~1985", "born about 1985 (۱۹۸۵)", ["1985", "۱۹۸۵"]),
        ("1991-06", "born June 1991 (06/1991), not 1991-07", ["June 1991", "06/1991"]),
        ("1369 SH", "born ۱۳۶۹ هـ ش in Herat; 1990", ["۱۳۶۹"]),
    ):
        case = case_with_a_number()
        case = replace(case, people=(replace(case.people[0], birth_date=stored),))
        spans = redaction_for(case, ["birth-date"]).spans(text)
        assert [text[a:b] for a, b in spans] == found, stored


def test_kinds_are_checked_ordered_and_labelled() -> None:
    """GIVEN kinds typed in any case and order WHEN checked THEN in the usual order, each
    once; an unknown one is refused naming the known; every kind has a label."""
    assert parse_kinds(" Passport,a-number,passport,") == ("a-number", "passport")
    with pytest.raises(RedactionError, match="Cannot redact shoes: choose from a-number"):
        checked_kinds(["shoes"])
    labels = dict(redaction_kinds())
    assert labels["passport"] == "Passport numbers" and len(labels) == 6


def test_redacted_kinds_stay_out_of_a_draft_even_when_confidential_is_included() -> None:
    """GIVEN --include-confidential WHEN passport, A-number, address and notes are redacted
    THEN those are empty (and said to be withheld), the open note stays, the tazkira shows."""
    context = build_context(
        case_with_a_number(),
        include_confidential=True,
        today=TODAY,
        redact=("passport", "a-number", "address", "notes"),
    )
    principal, case = context["principal"], context["case"]
    assert principal["passport"] == "" and principal["a_number"] == ""
    assert principal["tazkira"] == "0000-0452-00001"
    assert case["location"] == "" and [n["text"] for n in case["notes"]] == [OPEN_NOTE]
    assert {"passport numbers", "A-numbers", "current location", "confidential notes"} <= set(
        case["withheld"]
    )
    assert SECRET_A_NUMBER not in str(context) and SECRET_LOCATION not in str(context)
