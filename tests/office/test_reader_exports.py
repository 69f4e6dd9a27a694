"""A reader's exports audited (schema version 3): a reader login adds an ``exported``
row naming it, and no other row; the log stays insert-only and its detail JSON (real
PostgreSQL, the real ``casedesk`` command)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from index.office import schema
from index.office.setup import init_database, schema_version
from tests.office.conftest import OfficeDb
from tests.support.drafting import CASE_ID
from tests.support.office_desk import build_desk, login, pushed_office


@pytest.fixture(scope="module")
def desk(tmp_path_factory) -> Path:
    """The desk archive (tests/support/office_desk.py), built once for this file."""
    return build_desk(tmp_path_factory.mktemp("desk"))


@pytest.fixture(scope="module")
def office(desk: Path, pg_server: str) -> Iterator[OfficeDb]:
    """An office database holding the desk."""
    with pushed_office(desk, pg_server) as found:
        yield found


def _exported(office: OfficeDb, who: str) -> list[dict]:
    with psycopg.connect(office.url) as conn:
        rows = conn.execute(
            "SELECT detail FROM audit WHERE action = 'exported' AND who = %s ORDER BY id", (who,)
        ).fetchall()
    return [json.loads(detail) for (detail,) in rows]


def test_a_readers_case_sheet_is_audited(office, casedesk, tmp_path: Path) -> None:
    """GIVEN a reader WHEN it exports the cases as a spreadsheet THEN the file holds the
    case and an ``exported`` row names the reader (counts and kind only, no name), written
    with the server's ``current_user``."""
    user, url = login(office, "reader")
    out = tmp_path / "cases.csv"
    done = casedesk("case", "export", "--csv", "-o", out, "--archive", url)
    assert done.code == 0, done.err
    with out.open(newline="", encoding="utf-8-sig") as sheet:
        cases = {row.get("case_id") or row.get("id") for row in csv.DictReader(sheet)}
    assert CASE_ID in cases
    assert _exported(office, user) == [{"sheet": "csv", "cases": len(cases), "confidential": False}]
    assert "Shabnam" not in json.dumps(_exported(office, user))


def test_a_reader_adds_no_other_audit_row(office) -> None:
    """GIVEN a reader's own connection WHEN it tries to add a row of another action, a
    detail that is not JSON, to name someone else, or to change or delete a row THEN the
    server refuses each; an ``exported`` row is kept naming the reader."""
    user, url = login(office, "reader")
    refused = (
        ("INSERT INTO audit (action, detail) VALUES ('case document unlinked', %s)",
         (json.dumps({"case": CASE_ID, "document": 1}),)),
        ("INSERT INTO audit (action, detail) VALUES ('exported', 'not json')", ()),
        ("INSERT INTO audit (action, detail, who) VALUES ('exported', '{}', 'admin')", ()),
        ("UPDATE audit SET action = 'exported'", ()),
        ("DELETE FROM audit", ()),
    )  # fmt: skip
    with psycopg.connect(url, autocommit=True) as conn:
        for sql, params in refused:
            with pytest.raises(psycopg.Error):
                conn.execute(sql, params)
        conn.execute("INSERT INTO audit (action, detail) VALUES ('printed', '{\"pages\": 2}')")
    with psycopg.connect(office.url) as conn:
        rows = conn.execute("SELECT action, detail FROM audit WHERE who = %s", (user,)).fetchall()
    assert rows == [("printed", '{"pages": 2}')]


def test_a_version_2_database_gives_readers_the_right(office_db) -> None:
    """GIVEN a database at schema version 2 (a reader may add no audit row) WHEN init runs
    again THEN it is at version 3 and a reader may add its ``exported`` row."""
    with psycopg.connect(office_db.url) as conn:
        conn.execute(schema.version_1() + schema.version_2())
        conn.execute("INSERT INTO schema_version (version) VALUES (1), (2)")
    assert init_database(office_db.url).created
    user, url = login(office_db, "reader")
    with psycopg.connect(url) as conn:
        conn.execute("INSERT INTO audit (action, detail) VALUES ('exported', '{}')")
    with psycopg.connect(office_db.url) as conn:
        assert schema_version(conn) == 3
        assert conn.execute("SELECT who FROM audit").fetchall() == [(user,)]
