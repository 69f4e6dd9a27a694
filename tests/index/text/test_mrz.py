"""Machine-readable zones read from text: every layout, check digits, OCR's noise."""

from __future__ import annotations

from datetime import date

import pytest

from index.text.mrz import Zone, find_zones
from index.text.mrz.fields import zones_in
from index.text.references import find_references
from tests.support import mrz

TODAY = date(2026, 6, 1)
# ICAO 9303 part 4's own specimen (Utopia): a published zone with its check digits.
ICAO_TD3 = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)


def _one(text: str) -> Zone:
    zones = find_zones(text, TODAY)
    assert len(zones.found) == 1, zones
    return zones.found[0]


def _corrupt(line: str, at: int) -> str:
    """``line`` with the digit at ``at`` changed (one more, modulo 10)."""
    return line[:at] + str((int(line[at]) + 1) % 10) + line[at + 1 :]


def test_the_icao_specimen_passport_is_read_whole() -> None:
    """GIVEN the specimen TD3 zone of ICAO 9303 WHEN read THEN every field is given, the
    names with spaces, dates in ISO."""
    zone = _one("\n".join(ICAO_TD3))
    assert (zone.layout, zone.document, zone.code, zone.issuer) == ("TD3", "passport", "P<", "UTO")
    assert (zone.number, zone.surname, zone.given_names) == ("L898902C3", "ERIKSSON", "ANNA MARIA")
    assert (zone.nationality, zone.birth_date, zone.expiry) == ("UTO", "1974-08-12", "2012-04-15")


@pytest.mark.parametrize(
    ("lines", "layout", "document", "number", "names", "expiry"),
    [
        (mrz.td3(), "TD3", "passport", "P00015201", ("QASIMI", "FARZANA"), "2031-03-01"),
        (mrz.td1(), "TD1", "identity card", "A12345678", ("NOORI", "SAHAR"), "2030-01-01"),
        (mrz.td2(), "TD2", "identity card", "C7654321", ("SAFI", "HEDAYATULLAH"), "2029-06-30"),
        (mrz.visa(), "MRV-A", "visa", "V0003101", ("HOSSEINI", "ZAHRA"), "2025-06-15"),
        (mrz.visa(width=36), "MRV-B", "visa", "V0003101", ("HOSSEINI", "ZAHRA"), "2025-06-15"),
    ],
)
def test_each_layout_is_read(
    lines: tuple[str, ...],
    layout: str,
    document: str,
    number: str,
    names: tuple[str, str],
    expiry: str,
) -> None:
    """GIVEN an invented zone of each layout (check digits computed by the test's own copy
    of the rule) WHEN read THEN its layout, document, number, names and expiry are given."""
    zone = _one("Some words before it.\n" + "\n".join(lines) + "\nAnd after.")
    assert (zone.layout, zone.document, zone.number) == (layout, document, number)
    assert (zone.surname, zone.given_names, zone.expiry) == (*names, expiry)


@pytest.mark.parametrize(
    ("line", "at", "failed"),
    [
        (1, 9, "document number, whole zone"),  # the number's check digit
        (1, 19, "date of birth, whole zone"),
        (1, 27, "expiry date, whole zone"),
        (1, 43, "whole zone"),  # the final check digit only
        (1, 3, "document number, whole zone"),  # a digit of the number itself
    ],
)
def test_a_wrong_check_digit_is_refused(line: int, at: int, failed: str) -> None:
    """GIVEN a passport zone with one digit changed WHEN read THEN no zone is given and no
    reference comes from it, only a note that its check digits do not agree, naming which."""
    lines = list(mrz.td3())
    lines[line] = _corrupt(lines[line], at)
    text = "\n".join(lines)
    zones = find_zones(text, TODAY)
    assert zones.found == ()
    assert [(u.document, u.reason) for u in zones.unreadable] == [
        ("passport", f"its check digits do not agree ({failed})")
    ]
    assert find_references([text]) == []


def test_a_wrong_final_check_digit_of_an_identity_card_is_refused() -> None:
    """GIVEN a TD1 card whose final check digit is wrong WHEN read THEN nothing is given."""
    first, middle, names = mrz.td1()
    zones = find_zones("\n".join((first, _corrupt(middle, 29), names)), TODAY)
    assert zones.found == () and len(zones.unreadable) == 1


NOISY = [
    ("spaces between characters", lambda a, b: (a.replace("<<", "< <"), " ".join(b))),
    ("« for two fillers", lambda a, b: (a.replace("<<<<", "««"), b.replace("<<<<<<", "«««"))),
    ("c and e in a run of fillers", lambda a, b: (a[:24] + "cceeceeccecececeecec", b)),
    ("( and # in a run of fillers", lambda a, b: (a, b[:30] + "((<<#<<<<(<<<" + b[43:])),
    ("a run of fillers one too long", lambda a, b: (a + "<", b[:35] + "<" + b[35:])),
    ("a run of fillers one too short", lambda a, b: (a[:-1], b[:35] + b[36:])),
    ("O and I for 0 and 1 in dates", lambda a, b: (a, b[:13] + "94O7OI" + b[19:])),
    ("O for 0 inside the number", lambda a, b: (a, b[:2] + "O" + b[3:])),
    ("Q for 0 after its first letter", lambda a, b: (a, "PQQ" + b[3:])),
    ("lower case", lambda a, b: (a.lower(), b)),
    ("the two lines joined", lambda a, b: (a + b, "")),
    ("a line split in two", lambda a, b: (a, b[:20] + "\n" + b[20:])),
    ("words printed above the zone", lambda a, b: ("ISLAMIC REPUBLIC OF AFGHANISTAN\n" + a, b)),
]


@pytest.mark.parametrize(("noise", "make"), NOISY, ids=[n for n, _ in NOISY])
def test_ocr_noise_is_undone_where_the_check_digits_then_agree(noise: str, make) -> None:
    """GIVEN a passport zone as OCR might give it (spaces, « ( # c e for <, fillers miscounted,
    O and I in dates and number, lower case, lines joined or split)
    WHEN read THEN the zone is found with its true values."""
    first, second = make(*mrz.td3())
    zone = _one(f"PASSPORT\n{first}\n{second}\n")
    assert (zone.number, zone.birth_date, zone.expiry) == ("P00015201", "1994-07-01", "2031-03-01")
    if noise not in ("lower case", "c and e in a run of fillers"):
        assert (zone.surname, zone.given_names) == ("QASIMI", "FARZANA")


def test_noise_that_leaves_a_digit_wrong_is_not_guessed() -> None:
    """GIVEN a zone whose number OCR read with G for 6 (which no check digit can tell
    apart) or O for its first character WHEN read
    THEN that reading is not changed into passing: no zone with the true number."""
    first, second = mrz.td3(number="PK6123450")
    assert _one(f"{first}\n{second}").number == "PK6123450"
    for misread in ("PKG123450", "OK6123450"):
        zones = find_zones(f"{first}\n{misread}{second[9:]}", TODAY)
        assert all(z.number != "PK6123450" for z in zones.found)
        assert zones.found == () or zones.found[0].number == misread


def test_text_without_a_zone_gives_nothing() -> None:
    """GIVEN ordinary letters, one quoting a filler run (<<) and one of capitals WHEN read
    THEN no zone and no note of one."""
    for text in (
        "Dear Sir, the applicant << see above >> attended on 12 March 2024.",
        "REPUBLIC OF AFGHANISTAN MINISTRY OF FOREIGN AFFAIRS\nCONSULAR SECTION PESHAWAR",
        "see the case once more, please << thank you\nthe << family",
    ):
        assert find_zones(text, TODAY) == find_zones("", TODAY)


def test_dates_take_the_right_century() -> None:
    """GIVEN a birth in 1950 and one in 2015, expiries in 2045 and 1998 WHEN read THEN each
    date is in the century that makes sense for it."""
    old = _one("\n".join(mrz.td3(birth="500101", expiry="450101")))
    young = _one("\n".join(mrz.td3(birth="150101", expiry="980101")))
    assert (old.birth_date, old.expiry) == ("1950-01-01", "2045-01-01")
    assert (young.birth_date, young.expiry) == ("2015-01-01", "1998-01-01")


def test_a_zone_becomes_references_on_its_page() -> None:
    """GIVEN a two-page text with a passport zone on page 2 WHEN its references are found
    THEN the number (kind passport), expiry, birth date, nationality and names are there,
    on page 2."""
    refs = find_references(["A cover letter.", "\n".join(mrz.td3())])
    assert {(r.kind, r.value, r.page) for r in refs} == {
        ("passport", "P00015201", 2),
        ("passport-expiry", "2031-03-01", 2),
        ("birth-date", "1994-07-01", 2),
        ("nationality", "AFG", 2),
        ("surname", "QASIMI", 2),
        ("given-names", "FARZANA", 2),
    }
    visa = find_references(["\n".join(mrz.visa())])
    assert {("visa", "V0003101"), ("visa-expiry", "2025-06-15")} <= {
        (r.kind, r.value) for r in visa
    }


def test_the_fields_of_a_document_list_each_zone_and_each_failure() -> None:
    """GIVEN a page with a passport zone and a page with a broken one WHEN the document's
    zones are listed THEN the first has its fields in order, the second says why it was not
    used."""
    broken = list(mrz.td3(surname="AHMADZAI", given="MOHAMMAD KARIM", number="P00013701"))
    broken[1] = _corrupt(broken[1], 9)
    good, bad = zones_in(["\n".join(mrz.td3()), "\n".join(broken)], TODAY)
    assert good.heading == "Passport (machine-readable zone), page 1"
    assert good.rows[:3] == [
        ("Number", "P00015201"),
        ("Surname", "QASIMI"),
        ("Given names", "FARZANA"),
    ]
    assert bad.rows == [
        (
            "Not used",
            "its check digits do not agree (document number, whole zone); nothing was taken from it",
        )
    ]
    assert "P00013701" not in str(bad.as_json())
