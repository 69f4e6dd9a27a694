"""``casedesk office-server push --from DIR --to URL``: a desk's archive moved into the
office database, through the real ``casedesk`` command, real SQLite and real PostgreSQL."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import uuid
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest

from index.archive import Archive
from index.ingest.pipeline import Ingest, IngestOptions
from index.office.originals import chunks
from index.office.setup import add_user
from index.outputs import NewOutput, save_output
from tests.cli.conftest import casedesk_command
from tests.support.drafting import CASE_ID, build_archive, realistic_case, write_documents
from tests.support.office import zip_bytes

_PARTS = ("pages", "fields", "refs", "tags", "page_readings", "case_documents")


def make_desk(root: Path, files: Path, extra: int) -> Path:
    """A desk archive: the realistic case (people, notes, deadlines, office settings) with
    its two documents, ``extra`` generated letters, a ZIP with two attachments, a broken
    PDF (a problem), tags, a saved search and a drafted output; every name and number
    invented."""
    write_documents(files / "case")
    build_archive(root, files / "case")
    more = files / "more"
    more.mkdir()
    for n in range(extra):
        (more / f"letter-{n:04d}.txt").write_text(
            f"Letter {n} for case {CASE_ID}: the interview is moved to room {n % 17}.\n" * 40
        )
    (more / "broken.pdf").write_bytes(b"%PDF-1.4 not really a PDF")  # a problem row
    (more / "bundle.zip").write_bytes(
        zip_bytes({"a.txt": "Tazkira copy, page one.", "b.txt": "Proof of address."})
    )
    with Archive.open(root, write=True) as archive:
        Ingest(archive, IngestOptions(cases=(CASE_ID,), workers=1)).run([more])
        archive.catalog.set_tags(1, add=("urgent", "identity"))
        archive.catalog.save_search("interviews", "interview")
        save_output(
            archive,
            b"<html><body><p>Briefing note (test)</p></body></html>",
            NewOutput(template="note", kind="briefing note", suffix=".html", case_id=CASE_ID),
        )
    return root


@pytest.fixture(scope="module")
def desk(tmp_path_factory) -> Path:
    """A desk of 44 documents, built once for this file (no test changes it)."""
    base = tmp_path_factory.mktemp("desk")
    return make_desk(base / "archive", base / "files", extra=40)


def admin_url(office) -> str:
    """A new login of the admin role on the office database."""
    user, password = f"admin_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    add_user(office.url, user, "admin", password)
    return office.as_user(user, password)


def push(desk: Path, url: str, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*casedesk_command(), "office-server", "push", "--from", str(desk), "--to", url, *extra],
        capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def office_counts(url: str) -> dict[str, int]:
    with psycopg.connect(url) as conn:
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables "
                                             "WHERE schemaname = 'public' ORDER BY 1")]  # fmt: skip
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def folder_state(root: Path) -> dict[str, str]:
    """Every file of the desk's folder by its hash, but SQLite's own -wal and -shm (a
    read-only reader of a WAL catalog leaves an empty -wal file: no data)."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.endswith(("-shm", "-wal"))
    }


def test_push_moves_the_whole_desk_and_leaves_it_unchanged(desk, office, casedesk) -> None:
    """GIVEN a desk archive with cases, notes, tags, attachments and an output WHEN an
    admin pushes it THEN it exits 0 with progress on stderr, every table's count checked
    equal, ``casedesk check`` of the office is sound, every original is there byte for
    byte, and the desk's folder is unchanged."""
    before = folder_state(desk)
    url = admin_url(office)
    done = push(desk, url, "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["ok"] and result["mismatches"] == []
    assert result["documents_pushed"] == result["counts"]["documents"]["desk"] >= 44
    for table, count in result["counts"].items():
        assert count["desk"] == count["office"], table
    for table in ("cases", "case_people", "case_notes", "tags", "outputs", "audit", "settings",
                  "problems", "saved_searches", "case_deadlines", "paths"):  # fmt: skip
        assert result["counts"][table]["desk"] > 0, table
    assert "documents 44 of" in done.stderr and " MB of " in done.stderr
    assert casedesk("check", "--archive", url).code == 0
    _originals_byte_for_byte(desk, office.url)
    assert parents(office.url) == parents(desk) != set()
    assert folder_state(desk) == before


_PARENTS = "SELECT c.sha256, p.sha256 FROM documents c JOIN documents p ON p.id = c.parent_id"


def parents(where: Path | str) -> set[tuple[str, str]]:
    """(attachment, its parent) by SHA-256, in a desk folder or an office database."""
    if isinstance(where, Path):
        with Archive.open(where, write=False) as archive:
            return set(archive.catalog.conn.execute(_PARENTS).fetchall())
    with psycopg.connect(where) as conn:
        return set(conn.execute(_PARENTS).fetchall())


def _originals_byte_for_byte(desk: Path, url: str) -> None:
    with psycopg.connect(url) as conn:
        shas = [r[0] for r in conn.execute("SELECT sha256 FROM documents")]
        for sha in shas:
            stored = b"".join(data for _n, data in chunks(conn, sha))
            assert stored == (desk / "originals" / sha[:2] / sha).read_bytes()


def test_push_twice_gives_the_same_counts(desk, office) -> None:
    """GIVEN a desk pushed once WHEN it is pushed again THEN the second push adds nothing:
    every table of the office database has the same count, and it says all were there."""
    url = admin_url(office)
    assert push(desk, url).returncode == 0
    first = office_counts(office.url)
    again = push(desk, url, "--json")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["documents_pushed"] == 0
    assert office_counts(office.url) == first
    with psycopg.connect(office.url) as conn:
        pushes = conn.execute("SELECT who FROM audit WHERE action = 'push'").fetchall()
        assert len(pushes) == 1 and pushes[0][0] == url.split("//")[1].split(":")[0]


def office_parts(url: str) -> dict[str, tuple[int, ...]]:
    """Per document in the office (by SHA-256): its rows of each part."""
    with psycopg.connect(url) as conn:
        shas = [r[0] for r in conn.execute("SELECT sha256 FROM documents")]
        return {sha: tuple(conn.execute(f"SELECT count(*) FROM {t} JOIN documents d ON d.id = "
                                        f"document_id WHERE d.sha256 = %s", (sha,)).fetchone()[0]
                           for t in _PARTS) for sha in shas}  # fmt: skip


def desk_parts(desk: Path) -> dict[str, tuple[int, ...]]:
    """Per document of the desk (by SHA-256): its rows of each part."""
    with Archive.open(desk, write=False) as archive:
        db = archive.catalog.conn
        shas = [r[0] for r in db.execute("SELECT sha256 FROM documents")]
        return {sha: tuple(db.execute(f"SELECT count(*) FROM {t} JOIN documents d ON d.id = "
                                      f"document_id WHERE d.sha256 = ?", (sha,)).fetchone()[0]
                           for t in _PARTS) for sha in shas}  # fmt: skip


def test_a_killed_push_leaves_whole_documents_and_a_rerun_finishes(tmp_path, office) -> None:
    """GIVEN a desk of about 125 documents WHEN its push is killed (SIGKILL) once it printed
    progress for 5 documents THEN the office holds only whole documents (each with all its
    pages, fields, references, tags, readings and case links, its original sound), fewer
    than all; and a re-run finishes with every count equal to the desk's."""
    desk = make_desk(tmp_path / "archive", tmp_path / "files", extra=120)
    url = admin_url(office)
    command = [*casedesk_command(), "office-server", "push", "--from", str(desk), "--to", url]
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    for line in proc.stderr:
        if line.startswith("documents 5 of"):
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    proc.stderr.close()
    office_now, desk_all = office_parts(office.url), desk_parts(desk)
    assert 5 <= len(office_now) < len(desk_all)
    assert {sha: desk_all[sha] for sha in office_now} == office_now
    assert subprocess.run([*casedesk_command(), "check", "--archive", url],
                          capture_output=True, timeout=300).returncode == 0  # fmt: skip
    with psycopg.connect(office.url) as conn:
        assert conn.execute("SELECT count(*) FROM audit").fetchone()[0] == 0  # audit goes last
    done = push(desk, url, "--json")
    assert done.returncode == 0, done.stderr
    counts = json.loads(done.stdout)["counts"]
    assert all(c["desk"] == c["office"] for c in counts.values()), counts
    assert office_parts(office.url) == desk_all
    _originals_byte_for_byte(desk, office.url)


@pytest.mark.parametrize("role", ["reader", "volunteer"])
def test_a_reader_and_a_volunteer_are_refused_by_the_server(desk, office, role) -> None:
    """GIVEN a desk with office settings, and a reader's or a volunteer's login (neither
    may write the office's settings) WHEN it pushes the desk THEN the server refuses the
    first write: exit 2, plain words without the password, nothing in the office."""
    user, password = f"{role}_{uuid.uuid4().hex[:8]}", f"{role}-secret-24"
    add_user(office.url, user, role, password)
    done = push(desk, office.as_user(user, password))
    assert done.returncode == 2, done.stderr
    assert "refused the push" in done.stderr and "Traceback" not in done.stderr
    assert password not in done.stderr + done.stdout
    counts = office_counts(office.url)
    assert counts["documents"] == counts["cases"] == counts["settings"] == counts["audit"] == 0


def test_a_desk_open_for_writing_elsewhere_is_pushed(desk, office) -> None:
    """GIVEN the desk open for writing in this process, holding its writer lock (as a
    command that is adding would) WHEN it is pushed THEN the push neither waits for nor
    takes the lock: exit 0, counts equal."""
    with Archive.open(desk, write=True, hold=True) as archive:
        assert archive.writable
        done = push(desk, admin_url(office), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["ok"]


def test_a_folder_that_is_no_archive_is_refused(tmp_path, office) -> None:
    """GIVEN a missing folder and a folder without a catalog WHEN each is pushed THEN exit 2
    in plain words, nothing in the office database, and no folder or catalog is made."""
    (tmp_path / "papers").mkdir()
    for folder in (tmp_path / "missing", tmp_path / "papers"):
        done = push(folder, office.url)
        assert done.returncode == 2, done.stderr
        assert "holds no CaseDesk archive" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "missing").exists() and not any((tmp_path / "papers").iterdir())
    assert office_counts(office.url)["documents"] == 0


def test_a_database_that_is_not_casedesks_is_refused(desk, office_db) -> None:
    """GIVEN a database not set up by init WHEN a desk is pushed into it THEN exit 2 saying
    it is not a CaseDesk office database."""
    done = push(desk, office_db.url)
    assert done.returncode == 2 and "not a CaseDesk office database" in done.stderr
    assert os.path.isdir(desk)


def test_a_case_the_office_has_with_other_contents_is_kept_and_said(desk, office, tmp_path):
    """GIVEN a desk pushed, and a copy of it whose case was edited (another location)
    WHEN the copy is pushed THEN the office's case is kept as it was, no document is
    pushed twice, and the push says one case differs (exit 1) without naming it."""
    url = admin_url(office)
    assert push(desk, url).returncode == 0
    other = shutil.copytree(desk, tmp_path / "other")
    with Archive.open(other, write=True) as archive:
        archive.cases.save(replace(realistic_case(), location="Peshawar (test)"))
    done = push(other, url)
    assert done.returncode == 1, done.stderr
    assert "Pushed 0 documents" in done.stdout
    assert "1 case(s) were already in the office database with other contents" in done.stdout
    assert CASE_ID not in done.stdout + done.stderr
    with psycopg.connect(office.url) as conn:
        location = conn.execute("SELECT location FROM cases WHERE id = %s", (CASE_ID,))
        assert location.fetchone()[0] == realistic_case().location


def test_a_push_whose_connection_drops_says_so_and_a_rerun_finishes(tmp_path, office):
    """GIVEN a push under way WHEN the server ends its connection (pg_terminate_backend,
    as a restarted server or a dropped network would) once it printed progress for 5
    documents THEN it exits 2 saying the connection was lost and what was pushed is kept,
    without a traceback; a re-run finishes with every count equal."""
    desk = make_desk(tmp_path / "archive", tmp_path / "files", extra=120)
    user, password = f"admin_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    add_user(office.url, user, "admin", password)
    url = office.as_user(user, password)
    command = [*casedesk_command(), "office-server", "push", "--from", str(desk), "--to", url]
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    for line in proc.stderr:
        if line.startswith("documents 5 of"):
            break
    with psycopg.connect(office.url) as conn:
        ended = conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                             "WHERE usename = %s", (user,)).fetchall()  # fmt: skip
    rest = proc.stderr.read()
    assert proc.wait(timeout=120) == 2 and ended == [(True,)], rest
    assert "connection to the office server was lost during the push" in rest
    assert "Traceback" not in rest and password not in rest
    done = push(desk, url, "--json")
    assert done.returncode == 0, done.stderr
    assert all(c["desk"] == c["office"] for c in json.loads(done.stdout)["counts"].values())
