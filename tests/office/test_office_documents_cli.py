"""``casedesk show``, ``problems`` and ``draft`` on an office database (real PostgreSQL,
the real ``casedesk`` command), read through the same document interface as a folder."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.office.conftest import OfficeDb
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


def _id(office: OfficeDb, name: str) -> int:
    with psycopg.connect(office.url) as conn:
        return conn.execute("SELECT id FROM documents WHERE name = %s", (name,)).fetchone()[0]


def _desk_id(desk: Path, name: str) -> int:
    with sqlite3.connect(desk / "catalog.sqlite") as conn:
        return conn.execute("SELECT id FROM documents WHERE name = ?", (name,)).fetchone()[0]


def test_show_a_document_of_the_office(office, casedesk, desk: Path) -> None:
    """GIVEN the office holding the desk WHEN a reader shows the letter, with its text
    THEN the same record and pages as the desk's own show (document id aside)."""
    _user, url = login(office, "reader")
    doc_id = _id(office, "radio-letter.pdf")
    shown = casedesk("show", doc_id, "--text", "--json", "--archive", url)
    assert shown.code == 0, shown.err
    on_desk = casedesk(
        "show", _desk_id(desk, "radio-letter.pdf"), "--text", "--json", "--archive", desk
    )
    assert on_desk.code == 0, on_desk.err
    for key in ("title", "kind", "date", "page_count", "text", "cases", "references", "paths"):
        assert shown.json[key] == on_desk.json[key], key
    words = casedesk("show", doc_id, "--archive", url)
    assert words.code == 0 and "Radio station employment letter" in words.out


def test_show_a_document_the_office_does_not_hold(office, casedesk) -> None:
    """GIVEN the office WHEN a document it does not hold is shown THEN exit 2 in words."""
    _user, url = login(office, "volunteer")
    shown = casedesk("show", 99999, "--archive", url)
    assert shown.code == 2 and "There is no document 99999" in shown.out + shown.err


def test_problems_of_the_office(office, casedesk, desk: Path) -> None:
    """GIVEN the office holding a broken PDF and a blank picture WHEN its problems are
    listed THEN both, as the desk lists its own."""
    _user, url = login(office, "reader")
    listed = casedesk("problems", "--json", "--archive", url)
    assert listed.code == 0, listed.err
    on_desk = casedesk("problems", "--json", "--archive", desk)
    assert [p["path"] for p in listed.json] == [p["path"] for p in on_desk.json]
    assert [p["reason"] for p in listed.json] == [p["reason"] for p in on_desk.json]
    names = [Path(p["path"]).name for p in listed.json]
    assert names == ["broken.pdf", "blank.png"]
