"""A desk's own search index of an office database, caught up from ``changes`` (real
PostgreSQL, real Whoosh); documents are written as another desk would (plain INSERTs)."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest

from index.office import desk_state
from index.office.connect import NotAllowed
from index.office.desk_follow import follow
from index.office.desk_index import CatchUp, DeskIndex
from index.office.setup import add_user
from tests.support.office_documents import add_document, add_many

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def _desk(url: str, root: Path) -> Iterator[DeskIndex]:
    with psycopg.connect(url, autocommit=True) as conn, DeskIndex(conn, root) as desk:
        yield desk


def _found(desk: DeskIndex, text: str) -> set[str]:
    return {hit.title for hit in desk.find(text).hits}


def _login_url(office, role: str) -> str:
    user, password = f"{role}_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    add_user(office.url, user, role, password)
    return office.as_user(user, password)


def test_first_sync_indexes_all_then_only_what_another_desk_added(office, tmp_path) -> None:
    """GIVEN 5 documents in the office database WHEN a desk catches up THEN all 5 are
    indexed and found; WHEN, the desk offline, another desk (another process) adds 30 more
    THEN the desk, connected again, indexes those 30 only and finds them, and a third
    catch-up finds nothing to do."""
    add_many(office.url, 5, "Kandahar")
    with _desk(office.url, tmp_path) as desk:
        first = desk.catch_up()
        assert (first.indexed, first.removed) == (5, 0)
        assert len(_found(desk, "Kandahar")) == 5
    script = "import sys; from tests.support.office_documents import add_many; "
    script += "add_many(sys.argv[1], 30, 'Herat')"
    subprocess.run([sys.executable, "-c", script, office.url], check=True, cwd=ROOT)
    with _desk(office.url, tmp_path) as desk:
        second = desk.catch_up()
        assert second.indexed == 30 and second.seq > first.seq
        assert len(desk.find("Herat").hits) == 20 and desk.find("Herat").total == 30
        assert desk.find("Kandahar").total == 5
        assert desk.catch_up() == CatchUp(0, 0, 0, second.seq)


def test_a_title_edit_and_a_deletion_reach_the_desk(office, tmp_path) -> None:
    """GIVEN a desk caught up with two documents WHEN one's title is edited and the other
    deleted on the server THEN after catching up the new title is found, the old one not,
    and the deleted document is gone from the desk's index."""
    with psycopg.connect(office.url) as conn:
        kept = add_document(conn, "Tenancy notice", ["The landlord wrote about rent."])
        gone = add_document(conn, "Clinic letter", ["The clinic wrote about rent."])
    with _desk(office.url, tmp_path) as desk:
        desk.catch_up()
        with psycopg.connect(office.url) as conn:
            conn.execute("UPDATE documents SET title = 'Eviction warning' WHERE id = %s", [kept])
            conn.execute("DELETE FROM documents WHERE id = %s", [gone])
        done = desk.catch_up()
        assert (done.indexed, done.removed) == (1, 1)
        assert _found(desk, "eviction") == {"Eviction warning"}
        assert _found(desk, "tenancy") == set()
        assert _found(desk, "rent") == {"Eviction warning"}


def _paths_shown(desk: DeskIndex, text: str) -> set[str]:
    return {hit.path for hit in desk.find(text).hits}


def test_a_moved_or_deleted_path_reaches_the_desk(office, tmp_path) -> None:
    """GIVEN a desk caught up with a document added from one path WHEN the office moves
    the file (its path row deleted, another inserted) and later deletes its path
    THEN each catch-up re-indexes the document: the hit shows the new path, then none
    (version 1 of the schema named only the deleted path, through which the document
    could no longer be found)."""
    with psycopg.connect(office.url) as conn:
        add_document(conn, "Tenancy notice", ["The landlord wrote."], path="/desk/old.txt")
    with _desk(office.url, tmp_path) as desk:
        desk.catch_up()
        assert _paths_shown(desk, "landlord") == {"/desk/old.txt"}
        with psycopg.connect(office.url) as conn:
            conn.execute(
                "UPDATE paths SET path = '/desk/moved/new.txt' WHERE path = '/desk/old.txt'"
            )
        assert desk.catch_up().indexed == 1
        assert _paths_shown(desk, "landlord") == {"/desk/moved/new.txt"}
        with psycopg.connect(office.url) as conn:
            conn.execute("DELETE FROM paths WHERE path = '/desk/moved/new.txt'")
        assert desk.catch_up().indexed == 1
        assert _paths_shown(desk, "landlord") == {""}


def test_a_version_1_database_is_brought_to_version_2(office_db) -> None:
    """GIVEN a database set up at schema version 1 WHEN init runs again THEN it is at the
    current version, and a deleted path's change names its original."""
    from index.office import schema
    from index.office.setup import init_database, schema_version

    with psycopg.connect(office_db.url) as conn:
        conn.execute(schema.version_1())
        conn.execute("DROP TRIGGER paths_changes ON paths")
        conn.execute(
            "CREATE TRIGGER paths_changes AFTER INSERT OR UPDATE OR DELETE ON paths FOR EACH "
            "ROW EXECUTE FUNCTION casedesk_record_change('path')"
        )
        conn.execute("INSERT INTO schema_version (version) VALUES (1)")
    assert init_database(office_db.url).created
    with psycopg.connect(office_db.url) as conn:
        assert schema_version(conn) == schema.VERSION
        add_document(conn, "Clinic letter", ["The clinic wrote."], path="/desk/c.txt")
        conn.execute("DELETE FROM paths")
        keys = conn.execute("SELECT key FROM changes WHERE tbl = 'paths' ORDER BY seq").fetchall()
    assert [k[0].get("sha256") is not None for k in keys] == [True, True]


def test_a_change_committed_late_with_a_lower_seq_is_not_skipped(office, tmp_path) -> None:
    """GIVEN a transaction that wrote a document (taking a lower seq) but has not committed,
    and another that wrote one and committed WHEN the desk catches up, then the first
    commits, and the desk catches up again THEN both documents are in its index."""
    slow = psycopg.connect(office.url)
    add_document(slow, "Slow asylum letter", ["Written slowly about asylum."])
    add_many(office.url, 1, "asylum")
    with _desk(office.url, tmp_path) as desk:
        assert desk.catch_up().indexed == 1
        slow.commit()
        slow.close()
        assert desk.catch_up().indexed == 1
        assert desk.find("asylum").total == 2


def test_a_rolled_back_change_leaves_a_gap_that_is_watched(office, tmp_path) -> None:
    """GIVEN a transaction that wrote a document and rolled back, under a committed one
    WHEN the desk catches up THEN it indexes the committed one and keeps the rolled-back
    seqs as a gap to read again (whether they were rolled back or are still coming)."""
    with psycopg.connect(office.url) as lost:
        add_document(lost, "Never kept", ["Gone."])
        lost.rollback()
    add_many(office.url, 1, "Mazar")
    with _desk(office.url, tmp_path) as desk:
        done = desk.catch_up()
        gaps = desk_state.read(desk.folder).gaps
        assert gaps and all(g.high < done.seq for g in gaps)
        assert desk.find("Mazar").total == 1


def test_a_gap_is_dropped_when_seen_or_when_its_transactions_are_over() -> None:
    """GIVEN seqs 1-2 applied and 5 seen (gap 3-4 found in a snapshot with xmax 100) WHEN
    seq 3 appears in a later snapshot THEN only 4 is still watched; WHEN a snapshot's xmin
    reaches 100 (every transaction that could hold 4 is over) THEN no gap is kept."""
    state = desk_state.Applied(2).after([5], xmin=90, xmax=100)
    assert state == desk_state.Applied(5, (desk_state.Gap(3, 4, 100),))
    state = state.after([3, 6], xmin=95, xmax=120)
    assert state == desk_state.Applied(6, (desk_state.Gap(4, 4, 100),))
    assert state.after([], xmin=100, xmax=130) == desk_state.Applied(6)


class _Follower:
    """``follow`` running in a thread; each catch-up it reports is kept and announced."""

    def __init__(self, url: str, root: Path, **options) -> None:
        self.seen: list[CatchUp] = []
        self.changed = threading.Condition()
        self.stop = threading.Event()
        self.thread = threading.Thread(
            target=follow, args=(url, self._caught_up, self.stop),
            kwargs={"root": root, **options}, daemon=True,
        )  # fmt: skip

    def _caught_up(self, done: CatchUp) -> None:
        with self.changed:
            self.seen.append(done)
            self.changed.notify_all()

    def wait_for(self, condition, timeout: float = 120) -> bool:
        """Wait until ``condition(seen)`` holds; False at the timeout."""
        with self.changed:
            return self.changed.wait_for(lambda: condition(self.seen), timeout=timeout)

    def __enter__(self) -> _Follower:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=30)


def test_a_follower_wakes_on_notify_and_finds_a_new_document(office, tmp_path) -> None:
    """GIVEN a follower running in a thread, caught up with an empty database WHEN another
    desk adds a document THEN the follower is woken by the notification, catches up, and
    its index finds the document."""
    with _Follower(office.url, tmp_path) as follower:
        assert follower.wait_for(lambda seen: len(seen) >= 1)
        add_many(office.url, 1, "Jalalabad")
        assert follower.wait_for(lambda seen: any(d.indexed for d in seen[1:]))
    with _desk(office.url, tmp_path) as desk:
        assert desk.find("Jalalabad").total == 1


def test_a_readers_index_holds_only_what_the_server_shows_a_reader(office, tmp_path) -> None:
    """GIVEN a case with a confidential note and a passport number, linked to a document
    WHEN a reader's desk and a volunteer's desk catch up THEN the reader's sync works
    within its column grants and row policies, its index finds the document's own text
    but neither the note's words nor the passport number, anywhere in its files; and the
    two logins, which may read different things, keep separate folders."""
    with psycopg.connect(office.url) as conn:
        add_document(conn, "Asylum interview", ["Interview about asylum."], cases=["AFG-1"])
        conn.execute(
            "INSERT INTO case_notes (case_id, position, text, confidential) "
            "VALUES ('AFG-1', 0, 'Zabulsecret threat reported', 1)"
        )
        conn.execute(
            "INSERT INTO case_people (case_id, position, name, passport) "
            "VALUES ('AFG-1', 0, 'Invented Person', 'P7654321')"
        )
    reader_url = _login_url(office, "reader")
    with _desk(reader_url, tmp_path) as reader:
        assert reader.catch_up().indexed == 1
        assert reader.find("asylum").total == 1
        assert reader.find("Zabulsecret").total == 0 and reader.find("P7654321").total == 0
        stored = b"".join(p.read_bytes() for p in reader.folder.rglob("*") if p.is_file())
        assert b"abulsecret" not in stored.lower() and b"7654321" not in stored
        reader_folder = reader.folder
    with _desk(_login_url(office, "volunteer"), tmp_path) as volunteer:
        volunteer.catch_up()
        assert volunteer.folder != reader_folder
        for folder in (volunteer.folder, reader_folder):
            assert folder.parent == tmp_path and re.fullmatch("[0-9a-f]{24}", folder.name)


def test_a_follower_whose_connection_is_cut_reconnects_and_catches_up(office, tmp_path) -> None:
    """GIVEN a follower caught up WHEN the server ends its connection and another desk
    then adds a document THEN the follower says it lost the server, connects again, and
    its catch-up finds the document."""
    lost: list[str] = []
    with _Follower(office.url, tmp_path, on_lost=lost.append, retry_s=0.5) as follower:
        assert follower.wait_for(lambda seen: len(seen) >= 1)
        with psycopg.connect(office.url, autocommit=True) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s "
                "AND pid <> pg_backend_pid()",
                [office.name],
            )
        add_many(office.url, 1, "Faryab")
        assert follower.wait_for(lambda seen: any(d.indexed for d in seen[1:]))
    assert lost and "Lost the office server" in lost[0]


def test_a_login_in_no_group_is_told_in_plain_words(office, tmp_path) -> None:
    """GIVEN a login that belongs to none of CaseDesk's roles WHEN its desk would catch up
    THEN it is refused with a sentence saying so, not a server error."""
    name = f"nobody_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(office.url, autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {name} LOGIN PASSWORD 'nobody pass'")
    try:
        refused = pytest.raises(NotAllowed, match="may not read the documents")
        with refused, _desk(office.as_user(name, "nobody pass"), tmp_path):
            pass
    finally:
        with psycopg.connect(office.url, autocommit=True) as admin:
            admin.execute(f"DROP ROLE {name}")
