"""The office's own logo and templates kept in its database and used by every desk (real
PostgreSQL, the real ``casedesk`` command, each desk with its own home and cache)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pypdf
import pytest
from PIL import Image

from tests.cli.conftest import casedesk_command
from tests.office.conftest import OfficeDb
from tests.support.drafting import CASE_ID
from tests.support.office_desk import build_desk, login, pushed_office

NOTE = """{#
title = "Kabul office note"
kind = "briefing note"
description = "The office's own note."
#}
<p>Kabul office note for case {{ case.id }}: kept by the office for every desk.</p>
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory) -> Path:
    """The desk archive (tests/support/office_desk.py), built once for this file."""
    return build_desk(tmp_path_factory.mktemp("desk"))


@pytest.fixture
def office(desk: Path, pg_server: str) -> Iterator[OfficeDb]:
    """A fresh office database holding the desk (each test changes its settings)."""
    with pushed_office(desk, pg_server) as found:
        yield found


def _desk(home: Path, *args: object) -> subprocess.CompletedProcess:
    """``casedesk ARGS`` on a desk of its own: its home, data and cache folders."""
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / "cache"),
           "XDG_DATA_HOME": str(home / "data")}  # fmt: skip
    return subprocess.run([*casedesk_command(), *map(str, args)], env=env, capture_output=True,
                          text=True, timeout=300, stdin=subprocess.DEVNULL)  # fmt: skip


def _rows(office: OfficeDb, sql: str, *params: object) -> list[tuple]:
    with psycopg.connect(office.url) as conn:
        return conn.execute(sql, params).fetchall()


def _media(docx: Path) -> list[bytes]:
    with zipfile.ZipFile(io.BytesIO(docx.read_bytes())) as word:
        return [word.read(n) for n in word.namelist() if "media/" in n]


def test_the_offices_logo_heads_every_desks_word_letters(office, tmp_path) -> None:
    """GIVEN an admin who sets the office's logo on one desk WHEN a volunteer on another
    desk drafts a Word referral THEN the letter holds that picture; the logo is one
    original in the office, named in its settings, with an audit row naming the admin and
    the field only."""
    admin, admin_url = login(office, "admin")
    _user, url = login(office, "volunteer")
    picture = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), "#1f3a5f").save(picture)
    set_ = _desk(tmp_path / "admin-desk", "office", "--logo", picture, "--json", "--archive",
                 admin_url)  # fmt: skip
    assert set_.returncode == 0, set_.stderr
    assert json.loads(set_.stdout)["logo"] == "office/logo.png"
    ((sha,),) = _rows(office, "SELECT value FROM settings WHERE key = 'office.logo_sha256'")
    chunks = _rows(office, "SELECT data FROM original_chunks WHERE sha256 = %s", sha)
    assert b"".join(bytes(c) for (c,) in chunks) == picture.read_bytes()
    assert _rows(office, "SELECT detail FROM audit WHERE action = 'office changed' AND who = %s",
                 admin) == [('{"changed": ["logo"]}',)]  # fmt: skip
    out = tmp_path / "letter.docx"
    drafted = _desk(tmp_path / "volunteer-desk", "draft", "urgent-protection-referral", "--case",
                    CASE_ID, "--set", "immediate_risk=Police came on 10 March.", "--set",
                    "risk_on_return=High.", "-o", out, "--archive", url)  # fmt: skip
    assert drafted.returncode == 0, drafted.stderr + drafted.stdout
    assert _media(out) == [picture.read_bytes()]


def test_the_offices_own_template_on_every_desk(office, tmp_path) -> None:
    """GIVEN an admin who adds a template file to the office WHEN a volunteer on another
    desk lists the templates and drafts with it THEN it is listed before the shipped ones
    and the letter holds its words; a reader's add is refused by the server, a file not
    named as a template refused in words; removed, it is listed no more."""
    admin, admin_url = login(office, "admin")
    _user, url = login(office, "volunteer")
    _reader, reader_url = login(office, "reader")
    note = tmp_path / "kabul-note.html"
    note.write_text(NOTE, encoding="utf-8")
    added = _desk(tmp_path / "admin-desk", "templates", "--add", note, "--json", "--archive",
                  admin_url)  # fmt: skip
    assert added.returncode == 0, added.stderr
    listed = _desk(tmp_path / "volunteer-desk", "templates", "--json", "--archive", url)
    assert listed.returncode == 0, listed.stderr
    names = [(t["name"], t["source"]) for t in json.loads(listed.stdout)["templates"]]
    assert ("kabul-note", "archive") in names and ("resettlement-referral", "shipped") in names
    out = tmp_path / "note.pdf"
    drafted = _desk(tmp_path / "volunteer-desk", "draft", "kabul-note", "--case", CASE_ID,
                    "-o", out, "--archive", url)  # fmt: skip
    assert drafted.returncode == 0, drafted.stderr + drafted.stdout
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert f"Kabul office note for case {CASE_ID}" in " ".join(text.split())
    assert _rows(office, "SELECT who FROM audit WHERE detail LIKE %s", "%templates added%") == [
        (admin,)
    ]
    refused = _desk(tmp_path / "reader-desk", "templates", "--add", note, "--archive", reader_url)
    assert refused.returncode == 2 and "The office server refused this" in refused.stderr
    badly_named = tmp_path / "Kabul Note.html"
    badly_named.write_text(NOTE, encoding="utf-8")
    bad = _desk(tmp_path / "admin-desk", "templates", "--add", badly_named, "--archive", admin_url)
    assert bad.returncode == 2 and "is not." in bad.stderr
    removed = _desk(tmp_path / "admin-desk", "templates", "--remove", "kabul-note.html", "--json",
                    "--archive", admin_url)  # fmt: skip
    assert removed.returncode == 0, removed.stderr
    assert "kabul-note" not in [t["name"] for t in json.loads(removed.stdout)["templates"]]
    again = _desk(tmp_path / "admin-desk", "templates", "--remove", "kabul-note.html",
                  "--archive", admin_url)  # fmt: skip
    assert again.returncode == 2 and "no template file kabul-note.html" in again.stderr
