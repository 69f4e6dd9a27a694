"""Reading and checking a spreadsheet of cases on a real archive (the import's plan)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.operations.case_import import plan_import, run_import
from index.archive import Archive


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    """An empty archive, open for writing."""
    opened = Archive.open(tmp_path / "archive", write=True)
    yield opened
    opened.close()


def test_a_windows_csv_in_dari_with_dari_relationships(archive: Archive, tmp_path: Path) -> None:
    """GIVEN a CSV as Excel on Windows saves it in a Dari office: Windows-1256, ";" between
    cells, a header with a zero-width non-joiner (مهلت‌ها) and relationships in Dari
    WHEN planned THEN one family of three is ready, with relationships and deadline read."""
    text = (
        "شماره قضیه;نام;نسبت;مهلت‌ها\r\n"
        "AFG-2024-00401;Sima Karimi;متقاضی اصلی;interview=2027-02-01\r\n"
        "AFG-2024-00401;Jawid Karimi;همسر;\r\n"
        "AFG-2024-00401;Mina Karimi;دختر;\r\n"
    )
    sheet = tmp_path / "cases.csv"
    # Windows-1256 has no Persian yeh: such files hold the Arabic one (ي), folded alike.
    sheet.write_bytes(text.replace("ی", "ي").encode("cp1256"))
    plan = plan_import(archive.cases, sheet)
    assert plan.refused == () and plan.unknown_headers == ()
    (case,) = plan.cases
    assert [p.relationship for p in case.people] == ["principal", "spouse", "child"]
    assert [(d.kind, d.date) for d in case.deadlines] == [("interview", "2027-02-01")]


def test_two_principals_are_refused_by_the_case_checks(archive: Archive, tmp_path: Path) -> None:
    """GIVEN a case whose two rows both say principal WHEN planned THEN the case is refused at
    its first row with the same words as casedesk case add, and an import writes nothing."""
    sheet = tmp_path / "cases.csv"
    sheet.write_text(
        "case_id,name,relationship\n"
        "AFG-2024-00402,Sima Karimi,principal\n"
        "AFG-2024-00402,Jawid Karimi,principal\n",
        encoding="utf-8",
    )
    plan = plan_import(archive.cases, sheet)
    assert [(r.line, r.reason) for r in plan.refused] == [
        (2, "Only one person can be the principal applicant.")
    ]
    assert run_import(archive.cases, plan).written is False
    assert archive.cases.list() == []


def test_rows_of_case_details_and_notes_only(archive: Archive, tmp_path: Path) -> None:
    """GIVEN one row per case without people, and a second row holding only a note
    WHEN planned THEN the case has no people, its details, and both notes in order."""
    sheet = tmp_path / "cases.csv"
    sheet.write_text(
        "case_id,location,status,note,confidential_note\n"
        "AFG-2024-00403,Quetta,waiting,First call.,\n"
        "AFG-2024-00403,,,,Fears the landlord.\n",
        encoding="utf-8",
    )
    (case,) = plan_import(archive.cases, sheet).cases
    assert (case.people, case.location, case.status) == ((), "Quetta", "waiting")
    assert [(n.text, n.confidential) for n in case.notes] == [
        ("First call.", False),
        ("Fears the landlord.", True),
    ]
