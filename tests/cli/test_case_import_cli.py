"""``casedesk case import`` / ``case export`` / ``case add --from-json LIST``, end to end."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from tests.support.case_sheets import (
    BAD,
    DARI,
    DUPLICATE,
    GOOD,
    PASHTO,
    write_csv,
    write_xlsx,
)


def _case_ids(casedesk) -> list[str]:
    listed = casedesk("case", "list", "--json")
    return sorted(c["id"] for c in listed.json) if listed.code == 0 else []


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_good_rows_are_imported_as_families(casedesk, tmp_path: Path, kind: str) -> None:
    """GIVEN a spreadsheet (CSV or XLSX) of two cases, one a family of two
    WHEN imported THEN exit 0, both cases are in the archive, the child is in the family."""
    write = write_csv if kind == "csv" else write_xlsx
    sheet = write(tmp_path / f"cases.{kind}", GOOD)
    done = casedesk("case", "import", sheet, "--json")
    assert done.code == 0, done.err
    assert done.json["added"] == ["AFG-2024-00201", "AFG-2024-00202"]
    family = casedesk("case", "show", "AFG-2024-00201", "--json").json
    assert [(p["name"], p["relationship"]) for p in family["people"]] == [
        ("Nadia Rahimi", "principal"),
        ("Omid Rahimi", "child"),
    ]
    assert family["priority"] == "urgent"
    assert family["deadlines"] == [{"kind": "visa expiry", "date": "2027-01-05", "note": ""}]


def test_excel_dates_are_read_as_dates(casedesk, tmp_path: Path) -> None:
    """GIVEN an XLSX whose birth dates are Excel dates, not text
    WHEN imported THEN the birth dates are stored as YYYY-MM-DD."""
    rows = [(*GOOD[2][:3], datetime.date(1985, 11, 1), *GOOD[2][4:])]
    done = casedesk("case", "import", write_xlsx(tmp_path / "dates.xlsx", rows))
    assert done.code == 0, done.err
    shown = casedesk("case", "show", "AFG-2024-00202", "--json").json
    assert shown["people"][0]["birth_date"] == "1985-11-01"


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_bad_row_stops_the_whole_import_and_is_named(casedesk, tmp_path: Path, kind: str) -> None:
    """GIVEN good rows, a row with an impossible birth date and priority, and a duplicate person
    WHEN imported THEN exit 2, no case is written, and the report names each refused row by
    row number, column and value."""
    write = write_csv if kind == "csv" else write_xlsx
    sheet = write(tmp_path / f"cases.{kind}", [*GOOD, BAD, DUPLICATE])
    done = casedesk("case", "import", sheet, "--json")
    assert done.code == 2, done.err
    refused = {(r["line"], r["column"], r["value"]) for r in done.json["refused"]}
    assert refused == {
        (5, "birth_date", "1985-13-01"),
        (5, "priority", "soon"),
        (6, "name", "Omid Rahimi"),
    }
    assert done.json["written"] is False
    assert _case_ids(casedesk) == []
    human = casedesk("case", "import", sheet)
    assert "row 5, priority 'soon'" in human.out and "Nothing was imported" in human.out


def test_skip_bad_imports_the_cases_whose_rows_are_all_right(casedesk, tmp_path: Path) -> None:
    """GIVEN the same spreadsheet WHEN imported with --skip-bad THEN exit 1, the one case
    without a refused row is added and the others are named as left out."""
    sheet = write_csv(tmp_path / "cases.csv", [*GOOD, BAD, DUPLICATE])
    done = casedesk("case", "import", sheet, "--skip-bad", "--json")
    assert done.code == 1, done.err
    assert done.json["added"] == ["AFG-2024-00202"]
    assert sorted(done.json["left_out"]) == ["AFG-2024-00201", "AFG-2024-00203"]
    assert _case_ids(casedesk) == ["AFG-2024-00202"]


def test_a_case_already_in_the_archive_is_refused(casedesk, tmp_path: Path) -> None:
    """GIVEN a case already added WHEN a sheet holding it again is imported
    THEN its rows are refused as already in the archive and nothing is written."""
    sheet = write_csv(tmp_path / "cases.csv", GOOD)
    assert casedesk("case", "import", sheet).code == 0
    again = casedesk("case", "import", sheet, "--json")
    assert again.code == 2
    assert {r["line"] for r in again.json["refused"]} == {2, 3, 4}
    assert "already in the archive" in again.json["refused"][0]["reason"]


def test_dry_run_writes_nothing(casedesk, tmp_path: Path) -> None:
    """GIVEN an archive and a good spreadsheet WHEN imported with --dry-run
    THEN the report counts the cases and people to add, and the archive holds none."""
    assert casedesk("case", "add", "--id", "AFG-2024-00999").code == 0
    sheet = write_csv(tmp_path / "cases.csv", GOOD)
    done = casedesk("case", "import", sheet, "--dry-run", "--json")
    assert done.code == 0, done.err
    assert (done.json["cases"], done.json["people"]) == (["AFG-2024-00201", "AFG-2024-00202"], 3)
    assert _case_ids(casedesk) == ["AFG-2024-00999"]


@pytest.mark.parametrize("header", [DARI, PASHTO], ids=["dari", "pashto"])
def test_dari_and_pashto_headers(casedesk, tmp_path: Path, header: tuple[str, ...]) -> None:
    """GIVEN a spreadsheet headed in Dari (or Pashto) WHEN imported
    THEN its columns are read as the English ones."""
    sheet = write_xlsx(tmp_path / "cases.xlsx", GOOD, header)
    done = casedesk("case", "import", sheet, "--json")
    assert done.code == 0, done.err
    assert done.json["unknown_columns"] == []
    shown = casedesk("case", "show", "AFG-2024-00202", "--json").json
    assert (shown["location"], shown["people"][0]["birth_date"]) == ("Quetta", "1985-11-01")


FULL = {
    "id": "AFG-2024-00301",
    "people": [
        {"name": "Zahra Haidari", "name_native": "زهرا حیدری", "relationship": "principal",
         "birth_date": "1992-04-05", "nationality": "Afghan", "tazkira": "0000-0301-00001",
         "passport": "P00030101", "a_number": "A-000-301-001"},
        {"name": "Bashir Haidari", "name_native": "بشیر حیدری", "relationship": "spouse",
         "birth_date": "1990-01-02", "nationality": "Afghan", "tazkira": "",
         "passport": "P00030102", "a_number": ""},
    ],
    "location": "Islamabad", "pathway": "P-2", "needs": ["journalist", "medical"],
    "priority": "emergency", "status": "waiting",
    "deadlines": [{"kind": "visa expiry", "date": "2027-03-01", "note": "renewal"}],
    "volunteer": "R. Sultani",
    "notes": [{"text": "Referral sent.", "confidential": False, "at": ""},
              {"text": "Asks for a female interviewer.", "confidential": True, "at": ""},
              {"text": "Call back on Monday.", "confidential": False, "at": ""}],
    "confidential": ["tazkira", "passport"],
}  # fmt: skip
_COMPARED = ("people", "location", "pathway", "needs", "priority", "status", "deadlines",
             "volunteer", "confidential")  # fmt: skip


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_export_then_import_gives_the_same_cases(casedesk, tmp_path: Path, kind: str) -> None:
    """GIVEN a case added from a JSON list with a family, needs, a deadline and three notes
    WHEN exported with --confidential and imported into another archive
    THEN every field and note comes back the same."""
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps([FULL, {"id": "AFG-2024-00302"}]), encoding="utf-8")
    assert casedesk("case", "add", "--from-json", listed).code == 0
    out = tmp_path / f"all.{kind}"
    assert casedesk("case", "export", f"--{kind}", "-o", out, "--confidential").code == 0
    other = tmp_path / "other"
    done = casedesk("--archive", other, "case", "import", out, "--json")
    assert done.code == 0, done.err
    back = casedesk("--archive", other, "case", "show", "AFG-2024-00301", "--json").json
    assert {k: back[k] for k in _COMPARED} == {k: FULL[k] for k in _COMPARED}
    assert [(n["text"], n["confidential"]) for n in back["notes"]] == [
        (n["text"], n["confidential"]) for n in FULL["notes"]
    ]


def test_export_leaves_confidential_fields_out_unless_asked(casedesk, tmp_path: Path) -> None:
    """GIVEN a case marking its tazkira and passport confidential, with a confidential note
    WHEN exported as CSV without --confidential THEN neither those numbers nor the note are in
    it; WITH --confidential THEN they are."""
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps([FULL]), encoding="utf-8")
    assert casedesk("case", "add", "--from-json", listed).code == 0
    plain = casedesk("case", "export", "--csv")
    assert plain.code == 0, plain.err
    assert "Zahra Haidari" in plain.out
    for secret in ("P00030101", "0000-0301-00001", "female interviewer"):
        assert secret not in plain.out
    full = casedesk("case", "export", "--csv", "--confidential").out
    assert all(s in full for s in ("P00030101", "0000-0301-00001", "female interviewer"))


def test_add_from_json_list_is_all_or_nothing(casedesk, tmp_path: Path) -> None:
    """GIVEN a JSON list of two cases, the second with a wrong birth date
    WHEN added THEN exit 2 naming case 2, and neither case is in the archive;
    AND once fixed, both are added."""
    broken = {"id": "AFG-2024-00302", "people": [{"name": "A B", "birth_date": "1990-02-30"}]}
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps([FULL, broken]), encoding="utf-8")
    refused = casedesk("case", "add", "--from-json", listed)
    assert refused.code == 2
    assert "Case 2 in the list" in refused.err
    assert _case_ids(casedesk) == []
    listed.write_text(json.dumps([FULL, {"id": "AFG-2024-00302"}]), encoding="utf-8")
    assert casedesk("case", "add", "--from-json", listed).code == 0
    assert _case_ids(casedesk) == ["AFG-2024-00301", "AFG-2024-00302"]
