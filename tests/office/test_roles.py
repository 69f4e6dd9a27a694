"""What each role may do, refused or allowed by PostgreSQL itself (not by CaseDesk)."""

from __future__ import annotations

import psycopg
import pytest

from index.office.originals import put_original

CASE = "INSERT INTO cases (id, created_at) VALUES ('AFG-2024-00311', '2026-12-01')"


def _write_case_with_notes(office) -> None:
    with psycopg.connect(office.url) as conn:
        conn.execute(CASE)
        conn.execute(
            "INSERT INTO case_notes (case_id, position, text, confidential) VALUES "
            "('AFG-2024-00311', 0, 'Interview moved to Monday', 0), "
            "('AFG-2024-00311', 1, 'Threat from a relative reported', 1)"
        )
        conn.execute(
            "INSERT INTO case_people (case_id, position, name, passport) "
            "VALUES ('AFG-2024-00311', 0, 'Zarlasht Nooristani', 'P1234567')"
        )


def test_a_reader_is_refused_insert_and_update_by_the_server(office) -> None:
    """GIVEN an office database with a case WHEN a reader's login tries to INSERT a case
    and to UPDATE one THEN PostgreSQL refuses both (insufficient privilege), and it can
    read the case."""
    _write_case_with_notes(office)
    with office.login("reader") as reader:
        assert reader.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
        reader.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            reader.execute(CASE.replace("00311", "00312"))
        reader.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            reader.execute("UPDATE cases SET status = 'closed'")


def test_a_volunteer_adds_a_case_but_cannot_change_or_delete_audit_rows(office, tmp_path) -> None:
    """GIVEN a volunteer's login WHEN it stores an original and its document, inserts a
    case and an audit row, then tries to UPDATE and DELETE the audit row THEN the
    original, document, case and row are kept, and the server refuses the UPDATE and the
    DELETE."""
    (tmp_path / "note.txt").write_text("Visa interview on Monday")
    with office.login("volunteer") as volunteer:
        sha = put_original(volunteer, tmp_path / "note.txt")
        volunteer.execute(
            "INSERT INTO documents (sha256, name, title, format, kind, page_count, added_at) "
            "VALUES (%s, 'note.txt', 'Note', 'text', 'note', 1, '2026-12-07')",
            (sha,),
        )
        volunteer.execute(CASE)
        volunteer.execute("INSERT INTO audit (action, detail) VALUES ('case saved', '{}')")
        volunteer.commit()
        for change in ("UPDATE audit SET action = 'nothing'", "DELETE FROM audit"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                volunteer.execute(change)
            volunteer.rollback()
        assert volunteer.execute("SELECT count(*) FROM audit").fetchone()[0] == 1
        assert volunteer.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
        assert volunteer.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_not_even_the_owner_can_change_or_empty_the_audit_log(office) -> None:
    """GIVEN an audit row WHEN the database's owner (a superuser) tries UPDATE, DELETE and
    TRUNCATE THEN the audit trigger refuses each."""
    with psycopg.connect(office.url) as owner:
        owner.execute("INSERT INTO audit (action) VALUES ('case saved')")
        owner.commit()
        for change in ("UPDATE audit SET action = 'x'", "DELETE FROM audit", "TRUNCATE audit"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="cannot be changed"):
                owner.execute(change)
            owner.rollback()


def test_audit_rows_name_the_role_that_acted_and_it_cannot_be_forged(office) -> None:
    """GIVEN a volunteer's login WHEN it adds an audit row, then one naming someone else
    THEN the first row's ``who`` is that login, and the server refuses the second."""
    with office.login("volunteer") as volunteer:
        me = volunteer.execute("SELECT current_user").fetchone()[0]
        volunteer.execute("INSERT INTO audit (action) VALUES ('drafted')")
        assert volunteer.execute("SELECT who FROM audit").fetchone()[0] == me
        volunteer.commit()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            volunteer.execute("INSERT INTO audit (action, who) VALUES ('drafted', 'someone')")


def test_a_reader_cannot_read_confidential_notes_or_identity_numbers(office) -> None:
    """GIVEN a case with an open and a confidential note and a person's passport number
    WHEN a reader and a volunteer read them THEN the reader sees only the open note and is
    refused the passport column; the volunteer sees both notes and the passport."""
    _write_case_with_notes(office)
    with office.login("reader") as reader:
        notes = reader.execute("SELECT text FROM case_notes ORDER BY position").fetchall()
        assert notes == [("Interview moved to Monday",)]
        assert reader.execute("SELECT name FROM case_people").fetchone() is not None
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            reader.execute("SELECT passport FROM case_people")
    with office.login("volunteer") as volunteer:
        assert volunteer.execute("SELECT count(*) FROM case_notes").fetchone()[0] == 2
        assert volunteer.execute("SELECT passport FROM case_people").fetchone()[0] == "P1234567"


def test_changes_are_sequenced_and_notified_once_per_transaction(office) -> None:
    """GIVEN a desk listening on casedesk_changes WHEN a volunteer saves a case with two
    notes in one transaction THEN three changes are appended in order with their keys,
    and one notification arrives."""
    with psycopg.connect(office.url, autocommit=True) as listener:
        listener.execute("LISTEN casedesk_changes")
        with office.login("volunteer") as volunteer:
            volunteer.execute(CASE)
            volunteer.execute(
                "INSERT INTO case_notes (case_id, position, text) VALUES "
                "('AFG-2024-00311', 0, 'a'), ('AFG-2024-00311', 1, 'b')"
            )
            volunteer.commit()
        rows = listener.execute("SELECT tbl, op, key FROM changes ORDER BY seq").fetchall()
        assert rows == [
            ("cases", "INSERT", {"id": "AFG-2024-00311"}),
            ("case_notes", "INSERT", {"case_id": "AFG-2024-00311", "position": 0}),
            ("case_notes", "INSERT", {"case_id": "AFG-2024-00311", "position": 1}),
        ]
        notices = list(listener.notifies(timeout=1.0))
        assert [n.channel for n in notices] == ["casedesk_changes"]


def test_two_inits_at_once_on_a_new_server_both_succeed() -> None:
    """GIVEN a new server with no CaseDesk roles yet WHEN two databases on it are set up at
    the same moment (their init locks are per database, the roles per server) THEN both
    inits succeed, rounds after rounds (seen to fail when a role or membership made
    meanwhile by the other init was an error)."""
    import tempfile
    import threading
    from pathlib import Path

    from index.office.setup import init_database
    from tests.support import pg_cluster

    # A server of its own (the roles are dropped between rounds), in a folder the server's
    # user can reach, as tools/run-tests makes the suite's.
    cluster = pg_cluster.start(Path(tempfile.mkdtemp(prefix="casedesk-pg-")))
    errors: list[BaseException] = []
    try:
        for _round in range(8):
            with psycopg.connect(cluster.url, autocommit=True) as conn:
                for db in ("first", "second"):
                    conn.execute(f"DROP DATABASE IF EXISTS {db}")
                for role in ("casedesk_admin", "casedesk_volunteer", "casedesk_reader"):
                    conn.execute(f"DROP ROLE IF EXISTS {role}")
                for db in ("first", "second"):
                    conn.execute(f"CREATE DATABASE {db}")

            def init(db: str) -> None:
                try:
                    init_database(cluster.url.replace("/postgres?", f"/{db}?"))
                except BaseException as error:  # kept for the assertion
                    errors.append(error)

            both = [threading.Thread(target=init, args=(db,)) for db in ("first", "second")]
            for thread in both:
                thread.start()
            for thread in both:
                thread.join()
    finally:
        pg_cluster.remove(cluster.base)
    assert errors == []
