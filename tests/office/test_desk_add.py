"""``casedesk add PATHS --archive postgresql://…``: files read on each desk and sent to the
office database, through the real ``casedesk`` command in separate processes (each desk
its own HOME and XDG folders), real SQLite staging archives and real PostgreSQL."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import uuid
from pathlib import Path

import psycopg
from psycopg.conninfo import conninfo_to_dict

from index.office.setup import add_user
from tests.cli.conftest import casedesk_command


def login(office, role: str) -> tuple[str, str]:
    """A new login of ``role``: (its name, the office's URL for it)."""
    user, password = f"{role}_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    add_user(office.url, user, role, password)
    return user, office.as_user(user, password)


def desk_env(home: Path) -> dict[str, str]:
    """A desk of its own: HOME and the XDG folders under ``home``."""
    env = {k: v for k, v in os.environ.items() if k != "CASEDESK_ARCHIVE"}
    env |= {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache")}  # fmt: skip
    return env


def add_command(folder: Path, url: str, *extra: str) -> list[str]:
    return [*casedesk_command(), "add", str(folder), "--archive", url, "--workers", "1",
            "--json", *extra]  # fmt: skip


def letters(folder: Path, numbers: range) -> Path:
    """Generated letters, letter N always with the same (invented) text, naming one of
    three case numbers (so each desk's add meets them and makes them)."""
    folder.mkdir(parents=True)
    for n in numbers:
        (folder / f"letter-{n:04d}.txt").write_text(
            f"Letter {n} for case AFG-2024-{n % 3:05d}: the interview of applicant "
            f"{n * 7919 % 100003} is in room {n % 17}.\n" * 20
        )
    return folder


def run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=600,
                          stdin=subprocess.DEVNULL)  # fmt: skip


def count(url: str, sql: str) -> int:
    with psycopg.connect(url) as conn:
        return conn.execute(sql).fetchone()[0]


def staging_archives(home: Path) -> list[Path]:
    return sorted((home / "data" / "CaseDesk" / "office").glob("*/archive-*"))


def test_two_desks_adding_at_once_store_each_file_once(office, tmp_path) -> None:
    """GIVEN two desks (two processes, two HOME folders, two volunteer logins) with
    overlapping sets of letters (60 each, 30 in common, each desk its own copies; all name
    the same three case numbers) WHEN both run ``casedesk add --archive postgresql://…``
    at once THEN both exit 0 saying what was sent (the case made by the first desk's add
    is the one for the second's), the office holds each of the 90 files once with both
    desks' paths, the three cases once with each letter linked,
    ``casedesk check`` of the office is sound, the audit holds an ``add`` row named by
    each desk's login, and neither desk keeps a staging archive."""
    users, processes = [], []
    for desk, numbers in (("a", range(0, 60)), ("b", range(30, 90))):
        user, url = login(office, "volunteer")
        users.append(user)
        files = letters(tmp_path / desk / "files", numbers)
        command = add_command(files, url)
        processes.append(subprocess.Popen(command, env=desk_env(tmp_path / desk), text=True,
                                          stdout=subprocess.PIPE, stderr=subprocess.PIPE))  # fmt: skip
    results = [(p.wait(timeout=600), *p.communicate()) for p in processes]
    for code, out, err in results:
        assert code == 0, err
        office_part = json.loads(out)["office"]
        assert office_part["sent"] and office_part["mismatches"] == []
        assert office_part["documents_sent"] + office_part["documents_already_there"] == 60
    sent = [json.loads(out)["office"]["documents_sent"] for _c, out, _e in results]
    assert sum(sent) == 90
    assert count(office.url, "SELECT count(*) FROM documents") == 90
    assert count(office.url, "SELECT count(DISTINCT sha256) FROM documents") == 90
    assert count(office.url, "SELECT count(*) FROM paths") == 120
    assert count(office.url, "SELECT count(*) FROM cases") == 3
    assert count(office.url, "SELECT count(*) FROM case_documents") == 90
    with psycopg.connect(office.url) as conn:
        adds = {r[0] for r in conn.execute("SELECT who FROM audit WHERE action = 'add'")}
    assert adds == set(users)
    check = subprocess.run([*casedesk_command(), "check", "--archive", office.url, "--json"],
                           capture_output=True, text=True, timeout=600)  # fmt: skip
    assert check.returncode == 0, check.stdout
    assert staging_archives(tmp_path / "a") == staging_archives(tmp_path / "b") == []


def _indexed_in_staging(staging: Path) -> tuple[int, int]:
    """The staging archive's documents, and how many its own search index holds (none:
    the office's documents are searched in each desk's index of the office)."""
    from index.search import SearchIndex

    with sqlite3.connect(staging / "catalog.sqlite") as conn:
        documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    search = SearchIndex(staging / "index")
    try:
        held = search.count() if search.open(create=False) else 0
    finally:
        search.close()
    return documents, held


def test_files_added_while_the_server_is_unreachable_are_sent_by_the_next_add(
    office, tmp_path
) -> None:
    """GIVEN a desk whose office address leads nowhere yet (a socket folder without the
    server's socket) WHEN it adds 5 letters and a broken PDF THEN it exits 2 saying they
    are kept on this computer and sent by the next add, and they are in its staging
    archive; WHEN the server is there (the socket linked in) and it adds 3 more THEN all 8
    documents and the broken PDF's problem are sent, the counts are exact and the staging
    archive is gone; ``push --pending`` then finds nothing waiting."""
    user, password = f"volunteer_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    add_user(office.url, user, "volunteer", password)
    real = conninfo_to_dict(office.server)
    sockets = tmp_path / "sockets"
    sockets.mkdir()
    url = (f"postgresql://{user}:{password}@/{office.name}"
           f"?host={sockets}&port={real['port']}")  # fmt: skip
    env = desk_env(tmp_path / "desk")
    (letters(tmp_path / "first", range(5)) / "broken.pdf").write_bytes(b"%PDF-1.4 not a PDF")
    first = run(add_command(tmp_path / "first", url), env)
    assert first.returncode == 2, first.stderr
    result = json.loads(first.stdout)
    assert result["added"] == 5
    assert not result["office"]["sent"] and result["office"]["waiting_on_this_desk"] == 5
    assert len(staging_archives(tmp_path / "desk")) == 1
    assert _indexed_in_staging(staging_archives(tmp_path / "desk")[0]) == (5, 0)
    text = run(add_command(tmp_path / "first", url)[:-1], env)  # the same files, in words
    assert text.returncode == 2
    assert "Nothing is lost: 5 document(s) are kept on this computer" in text.stdout
    assert password not in text.stdout + text.stderr
    name = f".s.PGSQL.{real['port']}"
    (sockets / name).symlink_to(Path(real["host"]) / name)
    second = run(add_command(letters(tmp_path / "second", range(5, 8)), url), env)
    assert second.returncode == 0, second.stderr
    office_part = json.loads(second.stdout)["office"]
    assert office_part["documents_sent"] == 8 and office_part["mismatches"] == []
    assert count(office.url, "SELECT count(*) FROM documents") == 8
    assert count(office.url, "SELECT count(*) FROM problems") == 1
    assert staging_archives(tmp_path / "desk") == []
    pending = run([*casedesk_command(), "office-server", "push", "--pending", "--to", url], env)
    assert pending.returncode == 0 and "Nothing waits" in pending.stdout


def test_a_readers_add_is_refused_by_the_server(office, tmp_path) -> None:
    """GIVEN a reader's login WHEN it runs ``casedesk add --archive postgresql://…`` THEN
    it exits 2 saying in plain words that this login may not add documents, and the
    office holds no document."""
    _user, url = login(office, "reader")
    done = run(add_command(letters(tmp_path / "files", range(3)), url),
               desk_env(tmp_path / "desk"))  # fmt: skip
    assert done.returncode == 2
    assert "may not add documents" in done.stderr and "Traceback" not in done.stderr
    assert count(office.url, "SELECT count(*) FROM documents") == 0


def test_two_staging_archives_audit_rows_alike_are_both_kept(office, tmp_path) -> None:
    """GIVEN two desks' staging archives whose first audit rows have the same id, time and
    desk user (two new desks adding in the same second under the same login name) WHEN
    both are pushed with their staging archive's name THEN the office's log holds both
    rows, and pushing the first again adds nothing."""
    from index.office.push import push_archive

    _user, url = login(office, "volunteer")
    desks = []
    for name in ("archive-aaaa", "archive-bbbb"):
        env = desk_env(tmp_path / name) | {"CASEDESK_ARCHIVE": str(tmp_path / name)}
        files = letters(tmp_path / f"{name}-files", range(2))
        assert run([*casedesk_command(), "add", str(files), "--workers", "1"], env).returncode == 0
        with sqlite3.connect(tmp_path / name / "catalog.sqlite") as db:  # test data only
            db.execute("DROP TRIGGER audit_no_update")
            db.execute("UPDATE audit SET at = '2026-01-01T00:00:00+00:00', who = 'desk'")
        desks.append(tmp_path / name)
    for desk in (*desks, desks[0]):
        result = push_archive(desk, url, desk_name=desk.name)
        assert not result.mismatches
    assert count(office.url, "SELECT count(*) FROM audit WHERE action = 'add'") == 2


def test_an_add_naming_a_case_the_office_has_keeps_the_offices_case(office, tmp_path) -> None:
    """GIVEN an office that has case AFG-2024-00000 with its pathway and volunteer set WHEN
    a desk adds letters naming it (its add makes a bare case of that id on the desk) THEN
    the add exits 0, the letters are linked to the office's case, which is unchanged, and
    no staging archive is kept."""
    with psycopg.connect(office.url) as conn:
        conn.execute("INSERT INTO cases (id, created_at, pathway, volunteer) VALUES "
                     "('AFG-2024-00000', '2024-01-01T00:00:00+00:00', 'P-2', 'Desk officer')")  # fmt: skip
    _user, url = login(office, "volunteer")
    done = run(add_command(letters(tmp_path / "files", range(0, 6, 3)), url),
               desk_env(tmp_path / "desk"))  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["office"]["cases_differing"] == 0
    with psycopg.connect(office.url) as conn:
        case = conn.execute("SELECT created_at, pathway, volunteer FROM cases").fetchall()
        linked = conn.execute("SELECT count(*) FROM case_documents").fetchone()[0]
    assert case == [("2024-01-01T00:00:00+00:00", "P-2", "Desk officer")]
    assert linked == 2
    assert staging_archives(tmp_path / "desk") == []


def test_an_add_killed_while_sending_is_finished_by_the_next_add(office, tmp_path) -> None:
    """GIVEN a desk adding 120 letters to the office WHEN the add is killed (SIGKILL) once
    it printed that 5 documents were sent THEN the office holds fewer than 120 documents,
    each whole, and the files are in the desk's staging archive; WHEN the same folder is
    added again (the office named by CASEDESK_ARCHIVE this time) THEN it exits 0, every
    file unchanged on the desk, all 120 in the office with their case links, the counts
    exact, and the staging archive removed."""
    _user, url = login(office, "volunteer")
    files, env = letters(tmp_path / "files", range(120)), desk_env(tmp_path / "desk")
    proc = subprocess.Popen(add_command(files, url), env=env, stderr=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, text=True)  # fmt: skip
    for line in proc.stderr:
        if line.startswith("documents 5 of"):
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    proc.stderr.close()
    there = count(office.url, "SELECT count(*) FROM documents")
    assert 5 <= there < 120
    assert count(office.url, "SELECT count(*) FROM case_documents") == there  # whole documents
    assert len(staging_archives(tmp_path / "desk")) == 1
    command = [*casedesk_command(), "add", str(files), "--workers", "1", "--json"]
    again = run(command, env | {"CASEDESK_ARCHIVE": url})
    assert again.returncode == 0, again.stderr
    result = json.loads(again.stdout)
    assert result["unchanged"] == 120 and result["office"]["mismatches"] == []
    assert result["office"]["documents_sent"] == 120 - there
    assert count(office.url, "SELECT count(*) FROM documents") == 120
    assert count(office.url, "SELECT count(*) FROM case_documents") == 120
    assert staging_archives(tmp_path / "desk") == []


def test_the_staging_folder_names_the_office_not_the_login(tmp_path, monkeypatch) -> None:
    """GIVEN two logins with passwords on one office database, and another database WHEN
    the desk's folder for each is asked THEN both logins share one folder under the data
    folder, with neither user nor password in its path, and the other database has its own."""
    from index.office.staging import office_folder

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    where = "?host=/run/postgresql&port=5432"
    farid = office_folder(f"postgresql://farid_k:Secret-1@/casedesk{where}")
    admin = office_folder(f"postgresql://admin_n:Other-2@/casedesk{where}")
    other = office_folder(f"postgresql://farid_k:Secret-1@/casedesk_two{where}")
    assert farid == admin != other
    assert farid.parent == tmp_path / "data" / "CaseDesk" / "office"
    assert not any(word in str(farid) for word in ("farid", "Secret", "admin", "Other"))


def test_two_adds_on_one_desk_at_once_both_arrive(office, tmp_path) -> None:
    """GIVEN one desk (one HOME) WHEN two ``casedesk add`` of different folders run on it
    at once THEN both exit 0 and the office holds all 80 letters: the second waited for
    the first (the desk lock), whose removal of its sent staging archive took none of
    the second's files."""
    _user, url = login(office, "volunteer")
    env = desk_env(tmp_path / "desk")
    folders = [letters(tmp_path / "one", range(40)), letters(tmp_path / "two", range(40, 80))]
    processes = [subprocess.Popen(add_command(f, url), env=env, text=True, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE) for f in folders]  # fmt: skip
    for process in processes:
        _out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err
    assert count(office.url, "SELECT count(*) FROM documents") == 80
    assert staging_archives(tmp_path / "desk") == []
