"""Cases on an office database, saved from several desks: the first save wins, the second
is told which login changed the case and given the newer version; a reader's save is
refused by PostgreSQL; every audit row names the login that acted."""

from __future__ import annotations

import threading
import uuid
from dataclasses import replace

import psycopg
import pytest

from index.cases.model import Case, Note, Person
from index.cases.store import CaseStore
from index.errors import CaseConflict
from index.office.case_rows import office_cases
from index.office.connect import NotAllowed
from index.office.setup import add_user

CASE_ID = "AFG-2024-00311"


def _login(office, role: str) -> tuple[str, str]:
    """A new login in group ``role``: its name and the URL it connects with."""
    user, password = f"{role}_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    add_user(office.url, user, role, password)
    return user, office.as_user(user, password)


def _new_case() -> Case:
    return Case(
        id=CASE_ID,
        people=(Person("Zarlasht Nooristani", passport="P1234567", birth_date="1990-05-12"),),
        location="Islamabad",
        notes=(Note("Interview moved to Monday"), Note("Threat reported", confidential=True)),
    )


def _audit(office) -> list[tuple[str, str]]:
    with psycopg.connect(office.url) as conn:
        return conn.execute(
            "SELECT who, action FROM audit WHERE detail::jsonb ->> 'case' = %s ORDER BY id",
            (CASE_ID,),
        ).fetchall()


def test_two_desks_edit_one_case_the_second_save_is_told_who_and_offered_the_newer(
    office,
) -> None:
    """GIVEN a case saved by volunteer A, and desks A and B (two logins, two connections)
    that both loaded it WHEN A saves a new location and then B saves its own edit of the
    version it loaded THEN B gets CaseConflict naming A's login with A's version as the
    newer one, the case keeps A's location, and B's edit of the newer version then
    saves; the audit rows name A, A and B."""
    user_a, url_a = _login(office, "volunteer")
    user_b, url_b = _login(office, "volunteer")
    with office_cases(url_a) as (desk_a, _), office_cases(url_b) as (desk_b, _):
        desk_a.save(_new_case(), base=None)
        read_a, read_b = desk_a.get(CASE_ID), desk_b.get(CASE_ID)
        assert read_a == read_b and read_a is not None
        saved_a = desk_a.save(replace(read_a, location="Peshawar"), base=read_a)
        with pytest.raises(CaseConflict) as refused:
            desk_b.save(replace(read_b, status="referred"), base=read_b)
        assert refused.value.who == user_a
        assert refused.value.newer == saved_a
        assert user_a in str(refused.value) and "Peshawar" not in str(refused.value)
        assert desk_b.get(CASE_ID).location == "Peshawar"
        newer = refused.value.newer
        saved_b = desk_b.save(replace(newer, status="referred"), base=newer)
    assert (saved_b.location, saved_b.status) == ("Peshawar", "referred")
    assert _audit(office) == [
        (user_a, "case created"),
        (user_a, "case changed"),
        (user_b, "case changed"),
    ]


def test_a_save_waits_for_another_desks_save_of_the_same_case_then_conflicts(office) -> None:
    """GIVEN desks A and B that loaded the same case, and A in the middle of saving it
    (its transaction open, holding the case's lock) WHEN B saves its edit meanwhile
    THEN B's save waits (seen in pg_stat_activity) until A commits, and then reads A's
    version and raises CaseConflict instead of writing over it."""
    user_a, url_a = _login(office, "volunteer")
    _, url_b = _login(office, "volunteer")
    with office_cases(url_a) as (desk_a, _), office_cases(url_b) as (desk_b, _):
        desk_a.save(_new_case(), base=None)
        base = desk_b.get(CASE_ID)
        outcome: list[BaseException | object] = []

        def save_b() -> None:
            try:
                outcome.append(desk_b.save(replace(base, status="waiting"), base=base))
            except BaseException as error:  # handed to the test's thread
                outcome.append(error)

        with desk_a.rows.saving(CASE_ID) as writing:
            second = threading.Thread(target=save_b)
            second.start()
            _wait_for_lock_waiter(office)
            writing.write_case(replace(writing.stored, location="Peshawar"), "2026-12-07T10:00:00")
            writing.audit("case changed", {"case": CASE_ID, "changed": ["location"]})
        second.join(timeout=60)
    assert len(outcome) == 1 and isinstance(outcome[0], CaseConflict), outcome
    assert outcome[0].who == user_a and outcome[0].newer.location == "Peshawar"


def _wait_for_lock_waiter(office) -> None:
    """Until a backend of this database waits on an advisory lock (bounded, no sleep)."""
    with psycopg.connect(office.url, autocommit=True) as conn:
        for _ in range(100_000):
            waiting = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
                "AND wait_event_type = 'Lock' AND wait_event = 'advisory'",
                (office.name,),
            ).fetchone()[0]
            if waiting:
                return
    raise AssertionError("the second save never waited for the first")


def test_a_readers_save_is_refused_by_the_server_in_plain_words(office) -> None:
    """GIVEN a case saved by a volunteer WHEN a reader loads it and saves a change THEN
    the reader sees neither the passport number, the birth date nor the confidential note,
    the server refuses the save (NotAllowed, in plain words, no SQL), and the case and
    the audit log are unchanged."""
    user_v, url_v = _login(office, "volunteer")
    _, url_r = _login(office, "reader")
    with office_cases(url_v) as (desk_v, _):
        desk_v.save(_new_case(), base=None)
    with office_cases(url_r) as (desk_r, _):
        seen = desk_r.get(CASE_ID)
        assert (seen.people[0].passport, seen.people[0].birth_date) == ("", "")
        assert [n.text for n in seen.notes] == ["Interview moved to Monday"]
        with pytest.raises(NotAllowed) as refused:
            desk_r.save(replace(seen, location="Kabul"), base=seen)
    assert "refused" in str(refused.value) and "INSERT" not in str(refused.value)
    with office_cases(url_v) as (desk_v, _):
        assert desk_v.get(CASE_ID).location == "Islamabad"
    assert _audit(office) == [(user_v, "case created")]


def test_the_sqlite_and_office_rows_store_and_read_the_same_case(office, tmp_path) -> None:
    """GIVEN the same case saved in an archive folder's catalog and in an office database
    WHEN both are read back THEN they are equal but for their time stamps."""
    from index.archive import Archive

    _, url = _login(office, "volunteer")
    with Archive.open(tmp_path / "archive", write=True) as archive:
        local = archive.cases.save(_new_case(), base=None)
    with office_cases(url) as (desk, _):
        remote = desk.save(_new_case(), base=None)
        assert isinstance(desk, CaseStore) and desk.list() == [remote]
    stamps = {"created_at": "", "updated_at": ""}
    unstamped = [replace(c, **stamps, notes=tuple(replace(n, at="") for n in c.notes))
                 for c in (local, remote)]  # fmt: skip
    assert unstamped[0] == unstamped[1]


def test_case_commands_on_an_office_database(office, casedesk) -> None:
    """GIVEN an office database and a volunteer, another volunteer and a reader WHEN the
    first adds a case with ``casedesk case add --archive postgresql://…``, the second edits
    it, and the reader shows, lists and tries to edit it THEN the case has both edits, the
    reader sees it without the passport number, and the reader's edit is refused by the
    server in plain words (no traceback)."""
    _, url_a = _login(office, "volunteer")
    _, url_b = _login(office, "volunteer")
    _, url_r = _login(office, "reader")
    added = casedesk("case", "add", "--id", CASE_ID, "--name", "Zarlasht Nooristani",
                     "--passport", "P1234567", "--location", "Islamabad", "--archive", url_a)  # fmt: skip
    assert added.code == 0, added.err
    edited = casedesk("case", "edit", CASE_ID, "--location", "Peshawar", "--archive", url_b)
    assert edited.code == 0, edited.err
    shown = casedesk("case", "show", CASE_ID, "--json", "--archive", url_r)
    assert shown.code == 0, shown.err
    assert shown.json["location"] == "Peshawar"
    assert "P1234567" not in shown.out
    listed = casedesk("case", "list", "--json", "--archive", url_r)
    assert [c["id"] for c in listed.json] == [CASE_ID]
    refused = casedesk("case", "edit", CASE_ID, "--status", "closed", "--archive", url_r)
    assert refused.code != 0
    assert "refused" in refused.err and "Traceback" not in refused.err
    assert "closed" not in casedesk("case", "show", CASE_ID, "--archive", url_a).out


def test_documents_linked_and_unlinked_on_an_office_database(office) -> None:
    """GIVEN an office database where the ingest linked letter A to a case it names (the
    case known from its documents only), letter B carries the case number as a reference,
    and letter C is about something else WHEN a volunteer takes A out of the case, saves
    the case's record for the first time, and links C by hand (twice) THEN the first save
    links B but not A (taken out by a person: it stays out), C is linked by hand once, and
    the audit rows of the case all name the volunteer."""
    from tests.support.office_documents import add_document

    with psycopg.connect(office.url) as conn:
        letter_a = add_document(conn, "Letter A", [f"About case {CASE_ID}."], cases=[CASE_ID])
        letter_b = add_document(conn, "Letter B", ["Rent receipt."], refs=[("case", CASE_ID, 1)])
        letter_c = add_document(conn, "Letter C", ["A school report."])
    user, url = _login(office, "volunteer")
    with office_cases(url) as (desk, _):
        assert desk.unlink(CASE_ID, letter_a)
        desk.save(_new_case(), base=None)
        assert [(d.id, how) for d, how in desk.documents(CASE_ID)] == [(letter_b, "auto")]
        assert desk.link(CASE_ID, letter_c) and not desk.link(CASE_ID, letter_c)
        linked = [(d.id, how) for d, how in desk.documents(CASE_ID)]
    assert linked == [(letter_b, "auto"), (letter_c, "by hand")]
    assert _audit(office) == [
        (user, "case document unlinked"),
        (user, "case created"),
        (user, "case document linked"),
    ]


def test_a_passports_expiry_suggested_from_an_office_database(office) -> None:
    """GIVEN a case whose linked document on the office database carries a passport's
    zone (its expiry found at ingest) WHEN the deadlines it suggests are read through the
    office's rows THEN the passport's expiry is suggested, as from a folder."""
    from index.cases.suggestions import suggested_from
    from tests.support import mrz
    from tests.support.office_documents import add_document

    with psycopg.connect(office.url) as conn:
        page = "Copy of passport\n" + "\n".join(mrz.td3())
        doc_id = add_document(conn, "Passport copy", [page], cases=[CASE_ID],
                              refs=[("passport-expiry", "2031-03-01", 1)])  # fmt: skip
    _, url = _login(office, "volunteer")
    with office_cases(url) as (desk, rows):
        found = suggested_from(rows, desk.get(CASE_ID))
    assert [(s.document_id, s.number, s.deadline.date) for s in found] == [
        (doc_id, "P00015201", "2031-03-01")
    ]
