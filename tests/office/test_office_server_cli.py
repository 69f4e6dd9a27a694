"""``casedesk office-server init`` / ``add-user`` and ``casedesk check postgresql://…``
through the real ``casedesk`` command against the real test server."""

from __future__ import annotations

import json
import os
import random
import subprocess
from pathlib import Path

import psycopg
import pytest

from index.office.originals import put_original
from index.office.schema import CHUNK_SIZE
from tests.cli.conftest import casedesk_command


def test_init_twice_sets_up_once_and_then_says_so(office_db, casedesk) -> None:
    """GIVEN an empty database WHEN ``office-server init`` runs twice THEN the first sets up
    schema version 3 and the roles, the second says it is already set up and changes no
    table; both exit 0."""
    first = casedesk("office-server", "init", office_db.url)
    assert first.code == 0, first.err
    assert "set up (schema version 3)" in first.out
    with psycopg.connect(office_db.url) as conn:
        tables_before = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        count = tables_before.fetchone()[0]
    second = casedesk("office-server", "init", office_db.url, "--json")
    assert second.code == 0, second.err
    assert second.json == {"version": 3, "created": False}
    with psycopg.connect(office_db.url) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchall() == [(1,), (2,), (3,)]
        roles = conn.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE 'casedesk_%' "
                             "AND NOT rolcanlogin ORDER BY 1").fetchall()  # fmt: skip
        tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        assert tables.fetchone()[0] == count == 22
    assert roles == [("casedesk_admin",), ("casedesk_reader",), ("casedesk_volunteer",)]


def test_a_volunteer_may_neither_set_up_nor_add_users(office, casedesk) -> None:
    """GIVEN a volunteer's login WHEN it runs ``office-server init`` on a set-up and on an
    empty database, and ``add-user`` THEN each exits 2 saying this login may not, and no
    user is added."""
    name, password = f"vol_{os.getpid()}", "volunteer pass"
    assert _add_user(office.url, name, "--role", "volunteer", password=password).returncode == 0
    as_volunteer = office.as_user(name, password)
    for url in (as_volunteer, as_volunteer.replace(f"/{office.name}?", "/postgres?")):
        done = casedesk("office-server", "init", url)
        assert done.code == 2 and "This login may not set up" in done.err, done.err
    done = _add_user(as_volunteer, "someone_else", "--role", "admin", password="x")
    assert done.returncode == 2 and "This login may not add users" in done.stderr
    with psycopg.connect(office.url) as conn:
        assert (
            conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'someone_else'").fetchone() is None
        )


def test_check_of_a_fresh_database_is_sound(office, casedesk) -> None:
    """GIVEN a database just set up WHEN ``casedesk check --archive URL`` runs THEN it exits
    0 and reports schema version 3, the three roles with their rights and a count for
    every table."""
    done = casedesk("check", "--archive", office.url, "--json")
    assert done.code == 0, done.err
    assert done.json["ok"] and done.json["version"] == 3
    assert done.json["roles"] == dict.fromkeys(
        ("casedesk_reader", "casedesk_volunteer", "casedesk_admin"), "ok"
    )
    assert done.json["counts"]["documents"] == 0 and len(done.json["counts"]) == 22


def test_check_finds_roles_without_their_rights(office, casedesk) -> None:
    """GIVEN a set-up database whose reader role lost its grants (as after a restore
    without privileges) WHEN ``casedesk check`` runs THEN it exits 1 naming that role."""
    with psycopg.connect(office.url) as conn:
        conn.execute("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM casedesk_reader")
    done = casedesk("check", "--archive", office.url)
    assert done.code == 1
    assert "casedesk_reader is without its rights on this database" in done.out


def test_check_takes_the_office_database_from_the_environment(office) -> None:
    """GIVEN CASEDESK_ARCHIVE=postgresql://… WHEN ``casedesk check --quick`` runs THEN it
    checks that database (exit 0, schema version 3)."""
    env = {**os.environ, "CASEDESK_ARCHIVE": office.url}
    done = subprocess.run([*casedesk_command(), "check", "--quick", "--json"], env=env,
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["version"] == 3


def test_other_commands_refuse_an_office_database_and_make_no_folder(office, tmp_path) -> None:
    """GIVEN an office database URL WHEN ``casedesk demo`` is given it as --archive
    THEN it exits 2 naming the commands that do not work on one, and no ``postgresql:``
    folder is made in the current folder."""
    (tmp_path / "note.txt").write_text("Visa interview on Monday")
    for args in (("demo", "--no-window"),):
        done = subprocess.run([*casedesk_command(), *args, "--archive", office.url],
                              cwd=tmp_path, capture_output=True, text=True, timeout=60)  # fmt: skip
        assert done.returncode == 2, done.stderr
        assert "casedesk backup, restore, ocr and demo do not work" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["note.txt"]


def _store_original(office, tmp_path: Path) -> str:
    """A 2.5 MiB original (three chunks) stored in the office database."""
    data = random.Random(24).randbytes(CHUNK_SIZE * 5 // 2)
    (tmp_path / "scan.pdf").write_bytes(data)
    with psycopg.connect(office.url) as conn:
        sha = put_original(conn, tmp_path / "scan.pdf")
        assert put_original(conn, tmp_path / "scan.pdf") == sha  # kept once
    return sha


def test_check_finds_an_original_with_a_chunk_missing(office, casedesk, tmp_path) -> None:
    """GIVEN an original in three chunks, checked sound WHEN its middle chunk is deleted
    THEN ``casedesk check`` (and ``--quick``) exit 1 saying the original is incomplete."""
    sha = _store_original(office, tmp_path)
    sound = casedesk("check", "--archive", office.url, "--json")
    assert sound.code == 0 and sound.json["originals_hashed"] == 1
    assert sound.json["counts"]["original_chunks"] == 3
    with psycopg.connect(office.url) as conn:
        conn.execute("DELETE FROM original_chunks WHERE chunk = 1")
    for extra in ((), ("--quick",)):
        damaged = casedesk("check", "--archive", office.url, *extra)
        assert damaged.code == 1
        assert f"The original {sha[:12]}… is incomplete: 2 of 3 parts" in damaged.out


def test_check_finds_an_original_whose_content_changed(office, casedesk, tmp_path) -> None:
    """GIVEN an original whose last chunk had one byte changed (sizes all right) WHEN
    ``casedesk check`` runs THEN it exits 1: the content does not match its fingerprint."""
    sha = _store_original(office, tmp_path)
    with psycopg.connect(office.url) as conn:
        conn.execute("UPDATE original_chunks SET data = set_byte(data, 0, get_byte(data, 0) # 1)"
                     " WHERE chunk = 2")  # fmt: skip
    done = casedesk("check", "--archive", office.url)
    assert done.code == 1
    assert f"The original {sha[:12]}… does not match its fingerprint" in done.out


def _add_user(url: str, *args: str, password: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*casedesk_command(), "office-server", "add-user", *args, "--url", url, "--password-stdin"],
        input=password + "\n", capture_output=True, text=True, timeout=60, env=os.environ,
    )  # fmt: skip


def test_add_user_then_that_user_logs_in_with_its_password(office) -> None:
    """GIVEN a database set up WHEN ``add-user amina_s --role volunteer`` reads a password
    from stdin THEN amina_s logs in with it as a member of casedesk_volunteer, a wrong
    password is refused, the server keeps only a SCRAM verifier, and no output shows it."""
    name, password = f"amina_{os.getpid()}", "correct horse 24"
    done = _add_user(office.url, name, "--role", "volunteer", password=password)
    assert done.returncode == 0, done.stderr
    assert password not in done.stdout + done.stderr
    with psycopg.connect(office.as_user(name, password)) as conn:
        member = "SELECT pg_has_role(current_user, 'casedesk_volunteer', 'MEMBER')"
        assert conn.execute(member).fetchone()[0] is True
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(office.as_user(name, "wrong"))
    with psycopg.connect(office.url) as conn:
        stored = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (name,))
        assert stored.fetchone()[0].startswith("SCRAM-SHA-256$")
    again = _add_user(office.url, name, "--role", "reader", password=password)
    assert again.returncode == 2 and "already exists" in again.stderr


def secret_of(url: str) -> str:
    """The password in a test URL (postgresql://user:PASSWORD@/…)."""
    return url.split(":")[2].split("@")[0]


def test_errors_are_plain_sentences_without_the_password(office, casedesk) -> None:
    """GIVEN a set-up database WHEN check runs with a wrong password, on a port where no
    server listens, and on a database that is not CaseDesk's THEN each exits 2 with a plain
    sentence, no traceback, and never the password."""
    secret = "n0t-the-Password"
    wrong = office.url.replace(secret_of(office.url), secret)
    cases = {
        wrong: "refused the login",
        office.url.replace("port=", "port=1") [:-1]: "could not be reached",
        office.url.replace(f"/{office.name}?", "/postgres?"): "not a CaseDesk office database",
        office.url.replace(secret_of(office.url), f"{secret} x"): "not a valid address",
    }  # fmt: skip
    for url, words in cases.items():
        done = casedesk("check", "--archive", url)
        assert done.code == 2, (words, done.err)
        assert words in done.err and "Traceback" not in done.err
        assert secret not in done.err + done.out


def test_a_database_of_a_newer_casedesk_is_refused(office, casedesk) -> None:
    """GIVEN a database whose schema version is newer than this program's WHEN init and
    check run THEN both exit 2 saying it was set up by a newer CaseDesk."""
    with psycopg.connect(office.url) as conn:
        conn.execute("INSERT INTO schema_version (version) VALUES (99)")
    for args in (("office-server", "init", office.url), ("check", "--archive", office.url)):
        done = casedesk(*args)
        assert done.code == 2 and "newer CaseDesk (schema version 99" in done.err
