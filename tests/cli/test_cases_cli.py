"""``casedesk case ...`` and ``casedesk office`` end to end, through the real command."""

from __future__ import annotations

import json
from pathlib import Path

FLAGS = (
    "--id",
    "AFG-2024-00152",
    "--name",
    "Farzana Qasimi",
    "--name-native",
    "فرزانه قاسمی",
    "--birth-date",
    "1994-07-01",
    "--nationality",
    "Afghan",
    "--passport",
    "P00015201",
    "--anumber",
    "A-000-152-001",
    "--tazkira",
    "0000-0152-00001",
    "--location",
    "Peshawar",
    "--pathway",
    "p-2",
    "--need",
    "journalist",
    "--need",
    "women's rights defender",
    "--priority",
    "urgent",
    "--status",
    "waiting",
    "--volunteer",
    "H. Afridi",
    "--deadline",
    "visa expiry=2023-11-10",
    "--deadline",
    "interview=2025-01-27=UNHCR follow-up",
    "--note",
    "Referral sent.",
    "--confidential-note",
    "Asks for a female interviewer.",
    "--member",
    "Mahbooba Qasimi|parent|1966-02-02|محبوبه قاسمی",
    "--confidential",
    "tazkira",
)


def test_add_with_flags_then_show_and_list(casedesk) -> None:
    """GIVEN a case typed as flags, with names in Latin and Arabic script
    WHEN added THEN exit 0 and show --json gives back every field;
    AND list --json has it; AND the human show marks the confidential note."""
    added = casedesk("case", "add", *FLAGS, "--json")
    assert added.code == 0, added.err
    shown = casedesk("case", "show", "afg-2024-00152", "--json").json
    assert shown == added.json
    principal, mother = shown["people"]
    assert principal == {
        "name": "Farzana Qasimi",
        "name_native": "فرزانه قاسمی",
        "relationship": "principal",
        "birth_date": "1994-07-01",
        "nationality": "Afghan",
        "tazkira": "0000-0152-00001",
        "passport": "P00015201",
        "a_number": "A-000-152-001",
    }
    assert (mother["name_native"], mother["relationship"]) == ("محبوبه قاسمی", "parent")
    assert (shown["pathway"], shown["priority"], shown["status"]) == ("P-2", "urgent", "waiting")
    assert shown["needs"] == ["journalist", "women's rights defender"]
    assert shown["deadlines"][1] == {
        "kind": "interview",
        "date": "2025-01-27",
        "note": "UNHCR follow-up",
    }
    assert [n["confidential"] for n in shown["notes"]] == [False, True]
    assert (shown["confidential"], shown["documents"]) == (["tazkira"], [])
    assert [c["id"] for c in casedesk("case", "list", "--json").json] == ["AFG-2024-00152"]
    human = casedesk("case", "show", "AFG-2024-00152").out
    assert "[confidential]" in human and "Asks for a female interviewer." in human
    assert "فرزانه قاسمی" in human


def test_add_from_a_json_file_and_refuse_a_second_add(casedesk, tmp_path: Path) -> None:
    """GIVEN a case written as JSON (the shape --help shows)
    WHEN added with --from-json THEN it is stored as written;
    AND adding the same number again is refused with exit 2, pointing to case edit."""
    assert '"people"' in casedesk("case", "add", "--help").out
    record = {
        "id": "AFG-2025-00031",
        "people": [
            {"name": "Zahra Hosseini", "name_native": "زهرا حسینی", "birth_date": "1987-04-09"},
            {"name": "Ali Hosseini", "relationship": "child", "birth_date": "2012-07-22"},
        ],
        "location": "Islamabad",
        "priority": "emergency",
        "deadlines": [{"kind": "exit deadline", "date": "2025-01-20"}],
        "notes": [{"text": "Shelter address with the coordinator only.", "confidential": True}],
    }
    path = tmp_path / "case.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    added = casedesk("case", "add", "--from-json", path, "--json")
    assert added.code == 0, added.err
    assert [p["name_native"] for p in added.json["people"]] == ["زهرا حسینی", ""]
    assert added.json["priority"] == "emergency" and added.json["notes"][0]["confidential"]
    again = casedesk("case", "add", "--from-json", path)
    assert again.code == 2 and "already exists" in again.err and "case edit" in again.err


def test_edit_changes_only_what_is_given(casedesk) -> None:
    """GIVEN a case WHEN edited with a new status, its deadlines cleared and one added, and a
    note THEN those change, the notes grow, and everything else stays as it was."""
    before = casedesk("case", "add", *FLAGS, "--json").json
    edited = casedesk(
        "case",
        "edit",
        "AFG-2024-00152",
        "--status",
        "referred",
        "--clear",
        "deadlines",
        "--deadline",
        "interview=2025-02-03",
        "--note",
        "Registered.",
        "--json",
    ).json
    assert edited["status"] == "referred"
    assert edited["deadlines"] == [{"kind": "interview", "date": "2025-02-03", "note": ""}]
    assert [n["text"] for n in edited["notes"]][-1] == "Registered."
    assert len(edited["notes"]) == 3
    for kept in ("people", "needs", "priority", "pathway", "location", "created_at"):
        assert edited[kept] == before[kept], kept


def test_list_filters_and_orders_the_cases(casedesk) -> None:
    """GIVEN three cases of different priorities and deadlines
    WHEN listed THEN the emergency is first; AND --priority, --status and --due-within
    (counted from --today) keep only the cases they name; AND the table has a header."""
    for number, priority, status, deadline in (
        ("00001", "normal", "open", "interview=2025-01-18"),
        ("00002", "emergency", "open", "exit deadline=2025-03-01"),
        ("00003", "urgent", "closed", "visa expiry=2025-01-20"),
    ):
        case_id = f"AFG-2025-{number}"
        args = ("--id", case_id, "--priority", priority, "--status", status)
        assert casedesk("case", "add", *args, "--deadline", deadline).code == 0

    def listed(*args: str) -> list[str]:
        result = casedesk("case", "list", "--today", "2025-01-16", *args, "--json")
        assert result.code == 0, result.err
        return [c["id"][-1] for c in result.json]

    assert listed() == ["2", "3", "1"]
    assert listed("--priority", "urgent") == ["3"]
    assert listed("--status", "open") == ["2", "1"]
    assert listed("--due-within", "7") == ["3", "1"]
    table = casedesk("case", "list", "--today", "2025-01-16").out
    assert table.splitlines()[0].split()[:3] == ["CASE", "PRIORITY", "STATUS"]
    assert "2025-01-18 interview" in table


def test_link_and_unlink_documents(casedesk, tmp_path: Path) -> None:
    """GIVEN an archive with a document naming the case and one that does not
    WHEN the case is added THEN it lists the first "auto"; AND link adds the other "by hand"
    and case: search finds both; AND unlink takes it out again."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "intake.txt").write_text("Intake for case AFG-2024-00152.")
    (folder / "school.txt").write_text("Letter from the radio station.")
    casedesk("add", folder)
    casedesk("case", "add", *FLAGS)
    ids = {Path(h["path"]).name: h["id"] for h in casedesk("search", "--json").json["hits"]}
    docs = casedesk("case", "show", "AFG-2024-00152", "--json").json["documents"]
    assert [(d["id"], d["how"]) for d in docs] == [(ids["intake.txt"], "auto")]
    linked = casedesk("case", "link", "AFG-2024-00152", str(ids["school.txt"]), "--json")
    assert linked.json == {
        "case": "AFG-2024-00152",
        "linked": [ids["school.txt"]],
        "already_linked": [],
    }
    docs = casedesk("case", "show", "AFG-2024-00152", "--json").json["documents"]
    assert {d["id"]: d["how"] for d in docs}[ids["school.txt"]] == "by hand"
    assert casedesk("search", "case:AFG-2024-00152", "--json").json["total"] == 2
    assert casedesk("case", "unlink", "AFG-2024-00152", str(ids["school.txt"])).code == 0
    assert casedesk("search", "case:AFG-2024-00152", "--json").json["total"] == 1


def test_a_missing_case_or_a_wrong_value_exits_2_with_plain_words(casedesk) -> None:
    """GIVEN an archive with one case WHEN a missing case is shown, edited or linked, or a
    case is given a wrong date or priority THEN exit 2 with a sentence saying what is wrong,
    never a traceback, and nothing is changed."""
    casedesk("case", "add", *FLAGS)
    for args in (
        ("case", "show", "AFG-2024-00999"),
        ("case", "edit", "AFG-2024-00999", "--status", "open"),
        ("case", "link", "AFG-2024-00999", "1"),
    ):
        result = casedesk(*args)
        assert result.code == 2, args
        assert "no case AFG-2024-00999" in result.err and "Traceback" not in result.err
    wrong = casedesk(
        "case", "edit", "AFG-2024-00152", "--birth-date", "spring 1994", "--priority", "high"
    )
    assert wrong.code == 2
    assert "could not be read" in wrong.err and "'high' is not a priority" in wrong.err
    assert "Farzana" not in wrong.err
    assert casedesk("case", "link", "AFG-2024-00152", "77").code == 2
    assert casedesk("case", "add", "--name", "No Number").code == 2
    shown = casedesk("case", "show", "AFG-2024-00152", "--json").json
    assert (shown["priority"], shown["people"][0]["birth_date"]) == ("urgent", "1994-07-01")


def test_the_office_details_are_shown_and_changed(casedesk) -> None:
    """GIVEN an archive WHEN office details are set THEN office --json shows them, paper a4 by
    default then letter when set; AND an unknown paper size is a usage error."""
    changed = casedesk(
        "office", "--name", "Safe Passage Legal Aid", "--signatory", "Amina Example", "--json"
    )
    assert changed.code == 0, changed.err
    assert changed.json["name"] == "Safe Passage Legal Aid" and changed.json["paper"] == "a4"
    assert casedesk("office", "--paper", "letter").code == 0
    office = casedesk("office", "--json").json
    assert (office["signatory"], office["paper"], office["email"]) == (
        "Amina Example",
        "letter",
        "",
    )
    assert casedesk("office", "--paper", "a5").code == 2
    assert "signatory: Amina Example" in casedesk("office").out
