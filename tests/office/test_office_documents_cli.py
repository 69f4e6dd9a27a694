"""``casedesk show``, ``problems`` and ``draft`` on an office database (real PostgreSQL,
the real ``casedesk`` command), read through the same document interface as a folder."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pypdf
import pytest

from desktop.packets.selection import PACKET_KIND
from tests.cli.conftest import casedesk_command
from tests.office.conftest import OfficeDb
from tests.support.drafting import CASE_ID, SECRET_PASSPORT
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


GROUNDS = "grounds=She presented a radio programme on girls' education in Herat."


def _draft_args(office: OfficeDb, url: str, out: Path) -> list[str]:
    letter, statement = _id(office, "radio-letter.pdf"), _id(office, "statement.txt")
    return [
        "draft", "resettlement-referral", "--case", CASE_ID, "--set", GROUNDS,
        "--cite", f"{letter}:2", "--cite", str(statement), "-o", str(out), "--json",
        "--archive", url,
    ]  # fmt: skip


def _rows(office: OfficeDb, sql: str, *params: object) -> list[tuple]:
    with psycopg.connect(office.url) as conn:
        return conn.execute(sql, params).fetchall()


def _stored(office: OfficeDb, sha: str) -> bytes:
    chunks = _rows(office, "SELECT data FROM original_chunks WHERE sha256 = %s ORDER BY chunk", sha)
    return b"".join(bytes(data) for (data,) in chunks)


def test_a_volunteer_drafts_from_the_office(office, casedesk, tmp_path: Path) -> None:
    """GIVEN the office holding the case and its documents WHEN a volunteer drafts a
    referral citing two of them THEN the PDF names the person and quotes the letter, is kept
    in the office's outputs as an original in chunks (the very bytes), and the drafted and
    exported audit rows name the volunteer's login."""
    user, url = login(office, "volunteer")
    out = tmp_path / "letter.pdf"
    drafted = casedesk(*_draft_args(office, url, out))
    assert drafted.code == 0, drafted.err
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "Shabnam Rahimi" in text and CASE_ID in text and "girls" in text
    assert SECRET_PASSPORT not in text
    result = drafted.json
    (row,) = _rows(office, "SELECT case_id, template, path, sha256, context FROM outputs "
                   "WHERE id = %s", result["output_id"])  # fmt: skip
    assert row[:2] == (CASE_ID, "resettlement-referral") and row[2] == result["archive_path"]
    assert _stored(office, row[3]) == out.read_bytes()
    assert hashlib.sha256(out.read_bytes()).hexdigest() == row[3]
    assert json.loads(row[4])["template"] == "resettlement-referral"
    audit = _rows(office, "SELECT action, who, detail FROM audit WHERE action IN "
                  "('drafted', 'exported') AND who = %s ORDER BY id", user)  # fmt: skip
    assert [a for a, _, _ in audit] == ["drafted", "exported"]
    assert all(json.loads(d)["output"] == result["output_id"] for _, _, d in audit)
    assert "Shabnam" not in str(audit)
    assert (
        "Kept in the office database as output"
        in casedesk(
            *[a for a in _draft_args(office, url, tmp_path / "again.pdf") if a != "--json"]
        ).out
    )


def test_a_draft_kept_in_the_office_is_a_document_every_desk_finds(office, tmp_path) -> None:
    """GIVEN a second desk whose index of the office was made before WHEN a volunteer on
    the first desk drafts a referral THEN the letter is a document of the office (its kind,
    linked to the case, the output's row naming it, no copy left on the desk) and the
    second desk's search finds it by a word of the letter after its catch-up."""
    _user, url = login(office, "volunteer")
    _reader, reader_url = login(office, "reader")
    first, second = tmp_path / "first", tmp_path / "second"
    before = _desk(second, "search", "Presenter", "--json", "--archive", reader_url)
    assert before.returncode == 0, before.stderr
    drafted = _desk(first, *_draft_args(office, url, tmp_path / "letter.pdf"))
    assert drafted.returncode == 0, drafted.stderr
    result = json.loads(drafted.stdout)
    document = result["document_id"]
    assert document is not None
    (row,) = _rows(office, "SELECT o.document_id, d.kind, d.sha256 = o.sha256 FROM outputs o "
                   "JOIN documents d ON d.id = o.document_id WHERE o.id = %s", result["output_id"])  # fmt: skip
    assert row == (document, result["kind"], True)
    assert _rows(office, "SELECT case_id FROM case_documents WHERE document_id = %s", document) == [
        (CASE_ID,)
    ]
    found = _desk(second, "search", "resettlement", "--type", result["kind"], "--json",
                  "--archive", reader_url)  # fmt: skip
    assert found.returncode == 0, found.stderr
    assert document in [hit["id"] for hit in json.loads(found.stdout)["hits"]]
    left = [p for p in (first / "data").rglob("*") if p.is_file() and p.parent.name == "outputs"]
    assert left == []


def _desk(home: Path, *args: object) -> subprocess.CompletedProcess:
    """``casedesk ARGS`` on a desk of its own: its home, data and cache folders."""
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / "cache"),
           "XDG_DATA_HOME": str(home / "data")}  # fmt: skip
    return subprocess.run([*casedesk_command(), *map(str, args)], env=env, capture_output=True,
                          text=True, timeout=300, stdin=subprocess.DEVNULL)  # fmt: skip


def test_a_reader_may_not_draft(office, casedesk, tmp_path: Path) -> None:
    """GIVEN the office WHEN a reader drafts THEN the server refuses it in plain words
    (exit 2), no output, original or audit row is kept and no file is written."""
    user, url = login(office, "reader")
    before = _rows(office, "SELECT count(*) FROM outputs")
    out = tmp_path / "letter.pdf"
    refused = casedesk(*_draft_args(office, url, out))
    assert refused.code == 2, refused.out
    assert "The office server refused this" in refused.err and "Traceback" not in refused.err
    assert _rows(office, "SELECT count(*) FROM outputs") == before and not out.exists()
    assert _rows(office, "SELECT count(*) FROM audit WHERE who = %s", user) == [(0,)]


def test_two_desks_draft_at_once(office, tmp_path: Path) -> None:
    """GIVEN two volunteers on two desks (own HOME each) WHEN both draft at the same time
    THEN both exit 0, both outputs are in the office with their own drafted row, each
    naming its login."""
    desks = []
    for n in (1, 2):
        user, url = login(office, "volunteer")
        home = tmp_path / f"desk{n}"
        home.mkdir()
        env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / "cache"),
               "CASEDESK_ARCHIVE": str(home / "archive")}  # fmt: skip
        out = home / "letter.pdf"
        command = [*casedesk_command(), *_draft_args(office, url, out)]
        desks.append((user, out, subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                                                  stderr=subprocess.PIPE, text=True)))  # fmt: skip
    for user, out, process in desks:
        stdout, stderr = process.communicate(timeout=600)
        assert process.returncode == 0, stderr
        output_id = json.loads(stdout)["output_id"]
        (sha,) = _rows(office, "SELECT sha256 FROM outputs WHERE id = %s", output_id)[0]
        assert _stored(office, sha) == out.read_bytes()
        drafted = _rows(
            office, "SELECT detail FROM audit WHERE action = 'drafted' AND who = %s", user
        )
        assert [json.loads(d)["output"] for (d,) in drafted] == [output_id]


def test_a_volunteer_builds_a_packet_from_the_office(office, casedesk, tmp_path: Path) -> None:
    """GIVEN the office holding the case WHEN a volunteer builds a packet of the letter
    (a PDF: its original fetched from the chunks) and the statement (rendered from its
    text) THEN the file holds both, stamped; it is kept in the office's outputs byte for
    byte, the packet built and exported rows name the login, and the desk's cache holds
    the letter's original checked, with no building file left."""
    user, url = login(office, "volunteer")
    letter, statement = _id(office, "radio-letter.pdf"), _id(office, "statement.txt")
    out = tmp_path / "packet.pdf"
    built = casedesk("packet", "--case", CASE_ID, "--doc", letter, "--doc", statement,
                     "-o", out, "--json", "--archive", url)  # fmt: skip
    assert built.code == 0, built.err
    manifest = built.json
    assert [d["id"] for d in manifest["documents"]] == [letter, statement]
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == manifest["pages"]
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Radio Sahar Herat" in text and "two men came to our house" in text
    assert "CD-000001" in text
    (sha, kind) = _rows(office, "SELECT sha256, kind FROM outputs WHERE id = %s",
                        manifest["output_id"])[0]  # fmt: skip
    assert _stored(office, sha) == out.read_bytes() and kind == PACKET_KIND
    audit = _rows(office, "SELECT action FROM audit WHERE who = %s ORDER BY id", user)
    assert audit == [("packet built",), ("add",), ("push",), ("exported",)]  # add: its document
    document = manifest["document_id"]
    assert _rows(office, "SELECT kind, sha256 FROM documents WHERE id = %s", document) == [
        (PACKET_KIND, sha)
    ]
    assert _rows(office, "SELECT case_id FROM case_documents WHERE document_id = %s", document) == [
        (CASE_ID,)
    ]
    (letter_sha,) = _rows(office, "SELECT sha256 FROM documents WHERE id = %s", letter)[0]
    cached = list(
        (Path(os.environ["XDG_CACHE_HOME"]) / "CaseDesk" / "office-originals").glob("*/*")
    )
    assert letter_sha in [p.name for p in cached]
    assert not [p for p in cached if p.name.startswith(".")]


def test_a_packet_chosen_by_a_search_of_the_office(office, casedesk, tmp_path: Path) -> None:
    """GIVEN the office WHEN a packet takes its documents from a search (this desk's own
    index, caught up first) THEN the letter the search finds is in it."""
    _user, url = login(office, "volunteer")
    out = tmp_path / "packet.pdf"
    built = casedesk("packet", "--case", CASE_ID, "--from-search", "Sahar", "--cover", "none",
                     "-o", out, "--json", "--archive", url)  # fmt: skip
    assert built.code == 0, built.err
    assert [d["id"] for d in built.json["documents"]] == [_id(office, "radio-letter.pdf")]


def test_a_reader_may_not_keep_a_packet(office, casedesk, tmp_path: Path) -> None:
    """GIVEN the office WHEN a reader builds a packet THEN the server refuses to keep it,
    in plain words (exit 2): no output row, no file at -o."""
    user, url = login(office, "reader")
    out = tmp_path / "packet.pdf"
    refused = casedesk("packet", "--case", CASE_ID, "--doc", _id(office, "statement.txt"),
                       "-o", out, "--archive", url)  # fmt: skip
    assert refused.code == 2, refused.out
    assert "The office server refused this" in refused.err and "Traceback" not in refused.err
    assert not out.exists()
    assert _rows(office, "SELECT count(*) FROM audit WHERE who = %s", user) == [(0,)]


def test_templates_of_an_office_are_the_shipped_ones(office, casedesk) -> None:
    """GIVEN an office database as the archive WHEN the templates are listed THEN the
    shipped ones (an office keeps none of its own yet), not a refusal."""
    _user, url = login(office, "reader")
    listed = casedesk("templates", "--json", "--archive", url)
    assert listed.code == 0, listed.err
    names = {t["name"] for t in listed.json["templates"]}
    assert "resettlement-referral" in names
    assert {t["source"] for t in listed.json["templates"]} == {"shipped"}
