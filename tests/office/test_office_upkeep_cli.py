"""``audit``, ``stats``, ``tag``, ``doc edit``, ``searches``, ``settings``, ``reindex`` and
``optimise`` on an office database, and ``backup``/``restore``/``ocr`` refused in plain
words (real PostgreSQL, the real ``casedesk`` command, a desk archive pushed in)."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.cli.conftest import Result, casedesk_command
from tests.office.conftest import OfficeDb
from tests.support.drafting import CASE_ID
from tests.support.office_desk import build_desk, login, pushed_office


@pytest.fixture(scope="module")
def desk(tmp_path_factory) -> Path:
    """The desk archive (tests/support/office_desk.py), built once for this file."""
    return build_desk(tmp_path_factory.mktemp("desk"))


@pytest.fixture
def office(desk: Path, pg_server: str) -> Iterator[OfficeDb]:
    """A fresh office database holding the desk (each test changes it)."""
    with pushed_office(desk, pg_server) as found:
        yield found


def _rows(office: OfficeDb, sql: str, *params: object) -> list[tuple]:
    with psycopg.connect(office.url) as conn:
        return conn.execute(sql, params).fetchall()


def _id(office: OfficeDb, name: str) -> int:
    return _rows(office, "SELECT id FROM documents WHERE name = %s", name)[0][0]


def _other_desk(home: Path, *args: object) -> Result:
    """``casedesk ARGS`` run on another desk: its own home and cache (its own index)."""
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / "cache")}
    done = subprocess.run([*casedesk_command(), *map(str, args)], env=env, capture_output=True,
                          text=True, timeout=300, stdin=subprocess.DEVNULL)  # fmt: skip
    return Result(done.returncode, done.stdout, done.stderr)


def _search_ids(home: Path, url: str, query: str) -> list[int]:
    found = _other_desk(home, "search", query, "--json", "--archive", url)
    assert found.code == 0, found.err
    return [hit["id"] for hit in found.json["hits"]]


def test_tags_changed_in_the_office_reach_another_desk(office, casedesk, tmp_path) -> None:
    """GIVEN two desks searching the office WHEN a volunteer tags the letter THEN the tag is
    kept with a ``tags changed`` audit row naming the login (a count, no tag), and the other
    desk, whose index was made before, finds the letter by ``tag:`` after its catch-up."""
    user, url = login(office, "volunteer")
    letter = _id(office, "radio-letter.pdf")
    other = tmp_path / "other-desk"
    assert letter not in _search_ids(other, url, "tag:checked")  # its index made now
    tagged = casedesk("tag", letter, "Checked", "--json", "--archive", url)
    assert tagged.code == 0, tagged.err
    assert tagged.json == {"id": letter, "tags": ["checked"]}
    ((who, detail),) = _rows(office, "SELECT who, detail FROM audit WHERE action = 'tags changed'")
    assert who == user and json.loads(detail) == {"document": letter, "added": 1, "removed": 0}
    assert _search_ids(other, url, "tag:checked") == [letter]
    taken = casedesk("tag", letter, "checked", "--remove", "--json", "--archive", url)
    assert taken.code == 0 and taken.json["tags"] == []
    assert _search_ids(other, url, "tag:checked") == []


def test_a_readers_tag_is_refused_by_the_server(office, casedesk) -> None:
    """GIVEN a reader WHEN it tags a document THEN the server refuses (exit 2, plain words),
    no tag and no audit row kept."""
    _user, url = login(office, "reader")
    letter = _id(office, "radio-letter.pdf")
    before = _rows(office, "SELECT count(*) FROM audit")
    refused = casedesk("tag", letter, "checked", "--archive", url)
    assert refused.code == 2 and "The office server refused this" in refused.out + refused.err
    assert "Traceback" not in refused.err
    assert _rows(office, "SELECT tag FROM tags WHERE document_id = %s", letter) == []
    assert _rows(office, "SELECT count(*) FROM audit") == before
    missing = casedesk("tag", 99999, "checked", "--archive", url)
    assert missing.code == 2 and "There is no document 99999" in missing.out + missing.err


def test_a_title_edited_in_the_office(office, casedesk, tmp_path) -> None:
    """GIVEN the office WHEN a volunteer edits the statement's title and date THEN both are
    kept as edited, the audit row names the login and the fields (never the values), the
    other desk finds it by its new title, and a reader's edit is refused with nothing
    changed."""
    user, url = login(office, "volunteer")
    statement = _id(office, "statement.txt")
    other = tmp_path / "other-desk"
    assert _search_ids(other, url, "title:zanjan") == []
    edited = casedesk("doc", "edit", statement, "--title", "Zanjan statement", "--date",
                      "2024-03-05", "--json", "--archive", url)  # fmt: skip
    assert edited.code == 0, edited.err
    assert (
        edited.json["changed"] == ["title", "date"] and edited.json["title"] == "Zanjan statement"
    )
    ((title, source, date),) = _rows(
        office, "SELECT title, title_source, date FROM documents WHERE id = %s", statement
    )
    assert (title, source, date) == ("Zanjan statement", "edited", "2024-03-05")
    ((who, detail),) = _rows(
        office, "SELECT who, detail FROM audit WHERE action = 'document edited'"
    )
    assert who == user and json.loads(detail) == {
        "document": statement,
        "changed": ["title", "date"],
    }
    assert _search_ids(other, url, "title:zanjan") == [statement]
    again = casedesk("doc", "edit", statement, "--title", "Zanjan statement", "--archive", url)
    assert again.code == 0 and "Nothing to change." in again.out
    _reader, reader_url = login(office, "reader")
    refused = casedesk("doc", "edit", statement, "--title", "Other", "--archive", reader_url)
    assert refused.code == 2 and "The office server refused this" in refused.out + refused.err
    assert _rows(office, "SELECT title FROM documents WHERE id = %s", statement) == [(title,)]
    assert len(_rows(office, "SELECT 1 FROM audit WHERE action = 'document edited'")) == 1


def test_the_audit_log_of_the_office(office, casedesk) -> None:
    """GIVEN the office holding the desk's audit rows and a volunteer's tag WHEN a reader
    reads the log THEN newest first, the tag's row naming the volunteer, filtered by action
    and by case as a folder's log is, the human lines naming the login."""
    user, url = login(office, "volunteer")
    letter = _id(office, "radio-letter.pdf")
    assert casedesk("tag", letter, "checked", "--archive", url).code == 0
    _reader, reader_url = login(office, "reader")
    log = casedesk("audit", "--json", "--archive", reader_url)
    assert log.code == 0, log.err
    stored = _rows(office, "SELECT id, who, action FROM audit ORDER BY id DESC")
    assert [(e["id"], e["who"], e["action"]) for e in log.json] == [tuple(r) for r in stored]
    assert log.json[0]["detail"] == {"document": letter, "added": 1, "removed": 0}
    assert log.json[0]["at"].endswith("+00:00") and "T" in log.json[0]["at"]
    tags = casedesk("audit", "--action", "tags changed", "--json", "--archive", reader_url)
    assert [e["who"] for e in tags.json] == [user]
    of_case = casedesk("audit", "--case", CASE_ID.lower(), "--json", "--archive", reader_url)
    assert of_case.json and all(e["detail"]["case"] == CASE_ID for e in of_case.json)
    limited = casedesk("audit", "--limit", "1", "--archive", reader_url)
    assert limited.code == 0 and user in limited.out and "tags changed" in limited.out


def test_stats_reindex_and_optimise_of_the_office(office, casedesk, desk: Path) -> None:
    """GIVEN the office holding the desk WHEN a reader asks its stats THEN the same counts
    as the desk's folder (this desk's index caught up); reindex rebuilds this desk's index
    of it; optimise leaves it in one part."""
    _user, url = login(office, "reader")
    stats = casedesk("stats", "--json", "--archive", url)
    assert stats.code == 0, stats.err
    on_desk = casedesk("stats", "--json", "--archive", desk)
    assert stats.json == on_desk.json
    words = casedesk("stats", "--archive", url)
    assert words.code == 0 and "Documents in the search index" in words.out
    rebuilt = casedesk("reindex", "--json", "--archive", url)
    assert rebuilt.code == 0, rebuilt.err
    assert rebuilt.json["reindexed"] == rebuilt.json["index_documents"] == stats.json["documents"]
    merged = casedesk("optimise", "--json", "--archive", url)
    assert merged.code == 0 and merged.json["segments_after"] == 1


def test_settings_and_saved_searches_of_the_office(office, casedesk) -> None:
    """GIVEN the office WHEN a volunteer changes the case pattern THEN the server refuses;
    an admin's change is kept with an audit row naming the admin and the setting only,
    read by a reader; an admin's saved search is listed for a reader and deleted by the
    admin, a reader's delete refused."""
    _volunteer, volunteer_url = login(office, "volunteer")
    admin, admin_url = login(office, "admin")
    _reader, reader_url = login(office, "reader")
    pattern = r"[A-Z]{3}-\d{4}-\d{6}"
    refused = casedesk("settings", "case-pattern", pattern, "--archive", volunteer_url)
    assert refused.code == 2 and "The office server refused this" in refused.out + refused.err
    changed = casedesk("settings", "case-pattern", pattern, "--json", "--archive", admin_url)
    assert changed.code == 0 and changed.json == {"case-pattern": pattern}
    ((detail,),) = _rows(
        office, "SELECT detail FROM audit WHERE action = 'office changed' AND who = %s", admin
    )
    assert json.loads(detail) == {"settings": ["case_pattern"]}
    read = casedesk("settings", "--json", "--archive", reader_url)
    assert read.json == {"case-pattern": pattern}
    saved = casedesk("search", "radio", "--save", "radio", "--archive", admin_url)
    assert saved.code == 0, saved.err
    listed = casedesk("searches", "--json", "--archive", reader_url)
    assert {"name": "radio", "query": "radio"} in listed.json
    assert casedesk("searches", "--delete", "radio", "--archive", reader_url).code == 2
    gone = casedesk("searches", "--delete", "radio", "--json", "--archive", admin_url)
    assert gone.code == 0 and {"name": "radio", "query": "radio"} not in gone.json


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("backup", "x.cdbak"), "pg_dump"),
        (("restore", "x.cdbak"), "pg_restore"),
        (("ocr",), "read on the desk that adds them"),
        (("demo", "--no-window"), "backup, restore, ocr and demo do not work"),
    ],
)
def test_folder_only_commands_say_what_to_use(office_db, tmp_path, args, words) -> None:
    """GIVEN an office database URL WHEN a folder-only command is given it THEN exit 2 with
    a sentence saying what to use instead, no password asked, no folder made."""
    done = subprocess.run([*casedesk_command(), *args, "--archive", office_db.url], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert words in done.stdout + done.stderr and "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []
