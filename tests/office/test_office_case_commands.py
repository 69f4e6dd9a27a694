"""``casedesk case import|export``, ``case add --from-json LIST`` and ``casedesk office`` on an
office database (real PostgreSQL, the real ``casedesk`` command): the server decides who
may write, and every audit row names the login that acted."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import psycopg
import pytest

from index.cases.model import Case
from index.office.case_rows import office_cases
from index.office.setup import add_user
from tests.support.case_sheets import GOOD, write_csv

GOOD_IDS = ["AFG-2024-00201", "AFG-2024-00202"]


def _login(office, role: str) -> tuple[str, str]:
    """A new login in group ``role``: its name and the URL it connects with."""
    user, password = f"{role}_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    add_user(office.url, user, role, password)
    return user, office.as_user(user, password)


def _audit(office, action: str) -> list[tuple[str, dict]]:
    with psycopg.connect(office.url) as conn:
        found = conn.execute(
            "SELECT who, detail FROM audit WHERE action = %s ORDER BY id", (action,)
        ).fetchall()
    return [(who, json.loads(detail)) for who, detail in found]


def _case_ids(casedesk, url: str) -> list[str]:
    listed = casedesk("case", "list", "--json", "--archive", url)
    assert listed.code == 0, listed.err
    return sorted(c["id"] for c in listed.json)


def test_an_export_imported_into_the_office_exports_the_same(
    office, casedesk, tmp_path: Path
) -> None:
    """GIVEN cases in a desk's archive folder, exported with their confidential fields
    WHEN a volunteer imports that sheet into the office database and exports it from
    there THEN the two sheets are the same, and the audit row of the import names the
    volunteer's login."""
    assert casedesk("case", "import", write_csv(tmp_path / "in.csv", GOOD)).code == 0
    desk_sheet, office_sheet = tmp_path / "desk.csv", tmp_path / "office.csv"
    assert casedesk("case", "export", "--csv", "--confidential", "-o", desk_sheet).code == 0
    user, url = _login(office, "volunteer")

    done = casedesk("case", "import", desk_sheet, "--json", "--archive", url)
    assert done.code == 0, done.err
    assert done.json["added"] == GOOD_IDS
    exported = casedesk(
        "case", "export", "--csv", "--confidential", "-o", office_sheet, "--archive", url
    )
    assert exported.code == 0, exported.err
    assert office_sheet.read_bytes() == desk_sheet.read_bytes()
    assert _audit(office, "cases imported") == [(user, {"cases": 2})]


def test_an_import_of_cases_already_there_writes_nothing(office, casedesk, tmp_path) -> None:
    """GIVEN the sheet's cases already in the office database WHEN it is imported again
    THEN exit 2, each row refused in plain words, and no second audit row."""
    _user, url = _login(office, "volunteer")
    sheet = write_csv(tmp_path / "cases.csv", GOOD)
    assert casedesk("case", "import", sheet, "--archive", url).code == 0
    again = casedesk("case", "import", sheet, "--json", "--archive", url)
    assert again.code == 2
    assert again.json["written"] is False
    assert "already in the archive" in again.json["refused"][0]["reason"]
    assert len(_audit(office, "cases imported")) == 1


def test_a_readers_import_is_refused_by_the_server_and_keeps_nothing(
    office, casedesk, tmp_path
) -> None:
    """GIVEN a reader's login WHEN it imports a sheet of two cases THEN the server refuses
    the first write, the command says so in plain words (no traceback), and no case of the
    sheet is in the database."""
    _user, url = _login(office, "reader")
    done = casedesk("case", "import", write_csv(tmp_path / "cases.csv", GOOD), "--archive", url)
    assert done.code != 0
    assert "refused this" in done.err and "Traceback" not in done.err
    assert _case_ids(casedesk, office.url) == []


def test_a_list_of_cases_added_from_json_on_the_office(office, casedesk, tmp_path) -> None:
    """GIVEN a JSON list of two cases WHEN a volunteer adds it to the office database
    THEN both are there, with one audit row naming the login."""
    user, url = _login(office, "volunteer")
    listed = tmp_path / "cases.json"
    listed.write_text(json.dumps([{"id": i, "location": "Peshawar"} for i in GOOD_IDS]))
    done = casedesk("case", "add", "--from-json", listed, "--json", "--archive", url)
    assert done.code == 0, done.err
    assert _case_ids(casedesk, url) == GOOD_IDS
    assert _audit(office, "cases added from a list") == [(user, {"cases": 2})]


def test_a_volunteer_may_read_the_office_details_but_only_an_admin_change_them(
    office, casedesk
) -> None:
    """GIVEN a volunteer's and an admin's logins WHEN the volunteer sets the office's name
    THEN PostgreSQL refuses it, said in plain words, and nothing changes; WHEN the admin
    sets it THEN it is saved, the volunteer reads it, and the audit row names the admin
    and the field, never its value."""
    _volunteer, volunteer_url = _login(office, "volunteer")
    admin, admin_url = _login(office, "admin")

    refused = casedesk("office", "--name", "Legal Aid Kabul", "--archive", volunteer_url)
    assert refused.code != 0
    assert "refused this" in refused.err and "Traceback" not in refused.err
    assert _audit(office, "office changed") == []

    done = casedesk("office", "--name", "Legal Aid Kabul", "--json", "--archive", admin_url)
    assert done.code == 0, done.err
    assert done.json["name"] == "Legal Aid Kabul"
    shown = casedesk("office", "--json", "--archive", volunteer_url)
    assert shown.code == 0, shown.err
    assert shown.json["name"] == "Legal Aid Kabul"
    assert _audit(office, "office changed") == [(admin, {"changed": ["name"]})]


def test_a_volunteers_logo_is_refused_by_the_server(office, casedesk, tmp_path) -> None:
    """GIVEN an office database WHEN a volunteer gives a logo THEN the server refuses it
    (the office's settings are an admin's), nothing is changed and no picture kept."""
    _volunteer, url = _login(office, "volunteer")
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    done = casedesk("office", "--logo", logo, "--archive", url)
    assert done.code == 2
    assert "The office server refused this" in done.err
    assert _audit(office, "office changed") == []
    with psycopg.connect(office.url) as conn:
        assert conn.execute("SELECT count(*) FROM originals").fetchone() == (0,)


def test_a_list_failing_part_way_on_the_server_keeps_none(office) -> None:
    """GIVEN a server that fails the save of the second case of a list (a trigger raising)
    WHEN a volunteer's desk saves the list THEN it fails, the first case is not kept
    either, and no audit row says the list was added."""
    first, second = GOOD_IDS
    with psycopg.connect(office.url) as conn:
        conn.execute(
            "CREATE FUNCTION fail_second() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF NEW.id = '{second}' THEN RAISE EXCEPTION 'disk full'; END IF; "
            "RETURN NEW; END $$"
        )
        conn.execute(
            "CREATE TRIGGER fail_second BEFORE INSERT ON cases "
            "FOR EACH ROW EXECUTE FUNCTION fail_second()"
        )
    _user, url = _login(office, "volunteer")
    with office_cases(url) as (store, _rows), pytest.raises(psycopg.Error):
        store.save_all([Case(id=first), Case(id=second)], "cases imported")
    with psycopg.connect(office.url) as conn:
        assert conn.execute("SELECT count(*) FROM cases").fetchone() == (0,)
    assert _audit(office, "cases imported") == []
