"""Passports' machine-readable zones through the real ``casedesk`` command: found by
``passport:`` and ``name:``, listed by ``show``, suggested as a deadline by ``case show``."""

from __future__ import annotations

from pathlib import Path

from tests.support import mrz

CASE = "AFG-2024-00152"
EXPIRY = "2031-03-01"


def _copy_of_passport(folder: Path, *, broken: bool = False) -> Path:
    """A text file holding a typed copy of a passport's zone (one check digit wrong if
    ``broken``)."""
    first, second = mrz.td3()
    if broken:
        second = second[:9] + str((int(second[9]) + 1) % 10) + second[10:]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / ("broken-copy.txt" if broken else "passport-copy.txt")
    path.write_text(f"Copy of the passport's data page, for the file.\n\n{first}\n{second}\n")
    return path


def test_a_zone_is_found_by_passport_and_name_and_shown(tmp_path: Path, casedesk) -> None:
    """GIVEN a text document carrying a passport's zone (QASIMI<<FARZANA, P00015201)
    WHEN it is added THEN passport:P00015201 and name:"Farzana Kasimi" (another spelling)
    find it; AND show lists the zone's fields, show --json gives them checked."""
    assert casedesk("add", _copy_of_passport(tmp_path / "in")).code == 0
    for query in ("passport:P00015201", 'name:"Farzana Kasimi"', "Qasimi"):
        hits = casedesk("search", query, "--json").json["hits"]
        assert [Path(h["path"]).name for h in hits] == ["passport-copy.txt"], query
    shown = casedesk("show", "1")
    assert "Passport (machine-readable zone), page 1:" in shown.out
    for line in (
        "number: P00015201",
        "surname: QASIMI",
        "given names: FARZANA",
        "born: 1994-07-01",
    ):
        assert line in shown.out
    assert f"expires: {EXPIRY}" in shown.out
    (zone,) = casedesk("show", "1", "--json").json["zones"]
    assert zone["checked"] and (zone["number"], zone["expiry"]) == ("P00015201", EXPIRY)


def test_a_zone_whose_check_digit_fails_gives_no_number(tmp_path: Path, casedesk) -> None:
    """GIVEN a typed zone with one check digit wrong WHEN added THEN passport: does not find
    it, no passport reference is kept, and show says the zone was not used — without the
    number."""
    assert casedesk("add", _copy_of_passport(tmp_path / "in", broken=True)).code == 0
    assert casedesk("search", "passport:P00015201", "--json").json["hits"] == []
    data = casedesk("show", "1", "--json").json
    assert all(r["kind"] != "passport" for r in data["references"])
    assert data["zones"] == [
        {
            "page": 1,
            "checked": False,
            "document": "passport",
            "reason": "its check digits do not agree (document number, whole zone)",
        }
    ]
    assert "not used: its check digits do not agree" in casedesk("show", "1").out


def test_case_show_suggests_the_passports_expiry(tmp_path: Path, casedesk) -> None:
    """GIVEN a case whose linked document carries a passport zone
    WHEN case show is run THEN it suggests the expiry as a deadline, with the command that
    adds it; AND once added as a "passport expiry" deadline the suggestion is gone."""
    assert casedesk("add", _copy_of_passport(tmp_path / "in"), "--case", CASE).code == 0
    assert casedesk("case", "add", "--id", CASE, "--name", "Farzana Qasimi").code == 0
    shown = casedesk("case", "show", CASE)
    assert f"Passport P00015201 of document 1 expires {EXPIRY}; to add it:" in shown.out
    command = f'--deadline "passport expiry={EXPIRY}=Passport P00015201 (document 1)"'
    assert command in shown.out
    data = casedesk("case", "show", CASE, "--json").json
    assert data["suggested_deadlines"] == [
        {
            "kind": "passport expiry",
            "date": EXPIRY,
            "note": "Passport P00015201 (document 1)",
            "document": 1,
            "page": 1,
        }
    ]
    edited = casedesk("case", "edit", CASE, "--deadline", f"passport expiry={EXPIRY}")
    assert edited.code == 0, edited.err
    assert casedesk("case", "show", CASE, "--json").json["suggested_deadlines"] == []
    assert "Suggested deadlines" not in casedesk("case", "show", CASE).out
