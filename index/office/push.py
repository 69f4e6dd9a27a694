"""``casedesk office-server push --from DIR --to URL``: a desk's archive folder moved into
the office database (docs/OFFICE-SERVER.md, "push").

The desk's catalog is opened read-only, in one read transaction (a snapshot: a window
may keep working on the desk meanwhile), and nothing in the folder is changed.  In the
office database, in this order, each in its own transaction:

1. the desk's settings and saved searches (one transaction);
2. each case with its people, deadlines and notes (one per case; a case id already in the
   office is kept as the office has it);
3. each document with its original (1 MiB chunks, streamed from the file), pages, fields,
   references, OCR readings, pending attachments, tags, case links and paths: one
   transaction per document, so a killed push leaves whole documents only.  A document
   whose SHA-256 the office already has is not written again; its tags, case links and
   paths are added to it;
4. problems and outputs (each output with its file's bytes as an original);
5. the audit rows (push_audit.py).

Then the counts: for every table, the desk's rows against the office rows that are "the
same" (push_rows.KEYS); a difference is a sentence in :attr:`PushResult.mismatches`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from index.catalog import Catalog
from index.errors import ArchiveError, Notice
from index.office import push_audit
from index.office.check import known_version
from index.office.connect import NotAllowed, OfficeServerError, ServerUnreachable, connect, where
from index.office.originals import put_original
from index.office.push_rows import KEYS, copy_rows, desk_keys, desk_rows, office_holds

if TYPE_CHECKING:
    import psycopg

_PUSH_LOCK = 0x50555348  # "PUSH": one push into a database at a time
_DOCUMENT_PARTS = ("pages", "fields", "refs", "page_readings", "attachments_pending")


@dataclass(frozen=True)
class PushProgress:
    """How far a push is: documents done (pushed or found there) and their originals' bytes."""

    documents: int
    documents_total: int
    bytes: int
    bytes_total: int


@dataclass(frozen=True)
class PushResult:
    """What a push did and what the office holds of the desk's rows, per table."""

    documents_pushed: int
    documents_there: int
    counts: dict[str, tuple[int, int]]  # table -> (desk rows, office rows holding them)
    mismatches: tuple[str, ...]
    cases_differing: int  # case ids the office had with other contents (the office's kept)


def push_archive(
    folder: Path,
    url: str,
    on_progress: Callable[[PushProgress], None] = lambda _: None,
    *,
    desk_name: str | None = None,
) -> PushResult:
    """Push the archive at ``folder`` into the office database at ``url``; ``desk_name``
    (a staging archive's) tells its audit rows from another desk's (push_audit.py)."""
    catalog = Catalog(folder / "catalog.sqlite", writable=False)
    try:
        desk = catalog.conn
        desk.execute("BEGIN")  # one snapshot of the desk for the whole push
        with connect(url) as pg:
            return _in_words(lambda: _push(folder, desk, pg, url, on_progress, desk_name), url)
    finally:
        catalog.close()


def _in_words(work: Callable[[], PushResult], url: str) -> PushResult:
    """Run ``work``, the server's refusals and failures said in plain words."""
    import psycopg

    try:
        return work()
    except psycopg.errors.InsufficientPrivilege:
        raise NotAllowed(
            "The office server refused the push: this login may not write into the office "
            "database. Push with a login of the admin role (casedesk office-server add-user)."
        ) from None
    except psycopg.OperationalError:
        raise ServerUnreachable(
            "The connection to the office server was lost during the push (database "
            "{database} on {server}). What was pushed is kept whole; run the same push "
            "again to finish.",
            **where(url),
        ) from None
    except psycopg.Error as error:
        raise OfficeServerError(
            "The office server could not take the push ({reason}). Nothing half-written is "
            "kept; run casedesk check on both, then the push again.",
            reason=type(error).__name__,
        ) from None


def _push(
    folder: Path,
    desk: sqlite3.Connection,
    pg: psycopg.Connection,
    url: str,
    on_progress: Callable[[PushProgress], None],
    desk_name: str | None,
) -> PushResult:
    known_version(pg, url)
    pg.commit()
    pg.autocommit = True  # every step below is its own explicit transaction
    pg.execute("SELECT pg_advisory_lock(%s)", (_PUSH_LOCK,))
    with pg.transaction():
        copy_rows(pg, "settings", desk_rows(desk, "settings"))
        copy_rows(pg, "saved_searches", desk_rows(desk, "saved_searches"))
    staging = desk_name is not None  # an add's staging archive: its cases are bare ids
    outcomes = [_push_case(pg, desk, case, staging) for case in desk_rows(desk, "cases")]
    cases = outcomes.count(_ADDED)
    ids, pushed = _push_documents(folder, desk, pg, on_progress)
    _push_others(folder, desk, pg, ids)
    with pg.transaction():
        summary = {"documents": pushed, "cases": cases}
        push_audit.push_audit(pg, desk, summary, desk_name)
    counts = _counts(desk, pg, ids, desk_name)
    differing = outcomes.count(_DIFFERENT)
    return PushResult(pushed, len(ids) - pushed, counts, _mismatches(counts), differing)


_ADDED, _SAME, _DIFFERENT = "added", "same", "different"


def _push_case(pg: psycopg.Connection, desk: sqlite3.Connection, case: dict, staging: bool) -> str:
    """Add one case with its people, deadlines and notes, unless the office has its id:
    then say whether the office's case row is the same as the desk's (it is kept).  A
    staging archive's case is only an id its add met (``--case`` or a reference in a
    document), so the office's case is simply the one."""
    columns = list(case)
    with pg.transaction():
        added = pg.execute(
            f"INSERT INTO cases ({', '.join(columns)}) VALUES ({', '.join(['%s'] * len(columns))}) "
            "ON CONFLICT (id) DO NOTHING RETURNING id",
            tuple(case.values()),
        ).fetchone()
        if added:
            for table in ("case_people", "case_deadlines", "case_notes"):
                copy_rows(pg, table, desk_rows(desk, table, "case_id = ?", (case["id"],)))
            return _ADDED
        if staging:
            return _SAME
        there = pg.execute(
            f"SELECT {', '.join(columns)} FROM cases WHERE id = %s", (case["id"],)
        ).fetchone()
    return _SAME if tuple(there) == tuple(case.values()) else _DIFFERENT


def _push_documents(
    folder: Path,
    desk: sqlite3.Connection,
    pg: psycopg.Connection,
    on_progress: Callable[[PushProgress], None],
) -> tuple[dict[int, int], int]:
    """Push every document (parents first); the desk's ids -> the office's, and how many
    were new."""
    documents = _parents_first(desk_rows(desk, "documents"))
    sizes = dict(desk.execute("SELECT sha256, size FROM originals").fetchall())
    total = sum(sizes.get(d["sha256"], 0) for d in documents)
    ids: dict[int, int] = {}
    pushed = done = 0
    for number, document in enumerate(documents, 1):
        pushed += _push_document(folder, desk, pg, document, ids)
        done += sizes.get(document["sha256"], 0)
        on_progress(PushProgress(number, len(documents), done, total))
    return ids, pushed


def _parents_first(documents: list[dict]) -> list[dict]:
    """The documents in id order, but each parent before its attachments."""
    by_id = {d["id"]: d for d in documents}
    order: list[dict] = []
    placed: set[int] = set()
    for document in sorted(documents, key=lambda d: d["id"]):
        chain = []
        while document is not None and document["id"] not in placed:
            chain.append(document)
            placed.add(document["id"])
            document = by_id.get(document["parent_id"])
        order.extend(reversed(chain))
    return order


def _push_document(
    folder: Path, desk: sqlite3.Connection, pg: psycopg.Connection, document: dict, ids: dict
) -> bool:
    """One document in one transaction; True when it was new to the office."""
    desk_id, sha = document["id"], document["sha256"]
    with pg.transaction():
        there = pg.execute("SELECT id FROM documents WHERE sha256 = %s", (sha,)).fetchone()
        if there:
            office_id = there[0]
        else:
            _put(pg, folder, sha)
            office_id = _insert_document(pg, document, ids)
            for table in _DOCUMENT_PARTS:
                rows = desk_rows(desk, table, "document_id = ?", (desk_id,))
                copy_rows(pg, table, rows, lambda row: {**row, "document_id": office_id})
        for table in ("tags", "case_documents"):
            rows = desk_rows(desk, table, "document_id = ?", (desk_id,))
            copy_rows(pg, table, rows, lambda row: {**row, "document_id": office_id})
        copy_rows(pg, "paths", desk_rows(desk, "paths", "sha256 = ?", (sha,)))
    ids[desk_id] = office_id
    return not there


def _insert_document(pg: psycopg.Connection, document: dict, ids: dict[int, int]) -> int:
    row = {k: v for k, v in document.items() if k != "id"}
    row["parent_id"] = ids.get(row["parent_id"]) if row["parent_id"] is not None else None
    columns = list(row)
    return pg.execute(
        f"INSERT INTO documents ({', '.join(columns)}) "
        f"VALUES ({', '.join(['%s'] * len(columns))}) RETURNING id",
        tuple(row.values()),
    ).fetchone()[0]


def _put(pg: psycopg.Connection, folder: Path, sha: str, what: str = "a document") -> None:
    # ``what`` ("a document", "an original") is translated by the faces as a sentence part.
    """Store the desk's original ``sha`` (its file hashed on the way: it must match)."""
    path = folder / "originals" / sha[:2] / sha
    try:
        stored = put_original(pg, path)
    except OSError:
        stored = None
    if stored != sha:
        raise ArchiveError(
            "The desk's copy of {what} ({sha}…) is missing or damaged, so the push stopped "
            "there; what was pushed before is kept. Run casedesk check on the desk.",
            what=Notice(what),
            sha=sha[:12],
        )


def _push_others(
    folder: Path, desk: sqlite3.Connection, pg: psycopg.Connection, ids: dict[int, int]
) -> None:
    """Problems (one transaction), then each output with its file, and any original no
    document holds (one transaction each)."""
    with pg.transaction():
        rows = desk_rows(desk, "problems")
        copy_rows(pg, "problems", rows, lambda row: {**row, "parent_id": ids.get(row["parent_id"])})
    for output in desk_rows(desk, "outputs"):
        with pg.transaction():
            _push_output(folder, pg, output, ids)
    held = "SELECT sha256 FROM originals WHERE sha256 NOT IN (SELECT sha256 FROM documents)"
    for (sha,) in desk.execute(held).fetchall():
        with pg.transaction():
            _put(pg, folder, sha, "an original")


def _push_output(folder: Path, pg: psycopg.Connection, output: dict, ids: dict) -> None:
    """One output (the same: its sha256, created_at and path), with its file if the desk
    still has it."""
    key = (output["sha256"], output["created_at"], output["path"])
    found = pg.execute(
        "SELECT 1 FROM outputs WHERE sha256 = %s AND created_at = %s AND path = %s", key
    ).fetchone()
    if found:
        return
    file = folder / output["path"]
    if file.is_file() and folder.resolve() in file.resolve().parents:
        put_original(pg, file)
    row = {k: v for k, v in output.items() if k != "id"}
    row["document_id"] = ids.get(row["document_id"]) if row["document_id"] is not None else None
    copy_rows(pg, "outputs", [row])


def _counts(
    desk: sqlite3.Connection, pg: psycopg.Connection, ids: dict[int, int], desk_name: str | None
) -> dict[str, tuple[int, int]]:
    """Per table: the desk's rows, and how many of them the office holds."""
    counts = {}
    for table in KEYS:
        keys = desk_keys(desk, table, lambda desk_id: ids.get(desk_id, -1))
        counts[table] = (len(keys), office_holds(pg, table, keys))
    audit_rows = len(push_audit.desk_audit(desk))
    counts["audit"] = (audit_rows, push_audit.office_holds(pg, desk, desk_name))
    return counts


def _mismatches(counts: dict[str, tuple[int, int]]) -> tuple[str, ...]:
    return tuple(
        f"{table}: the desk has {desk:,} rows, the office database holds {office:,} of them."
        for table, (desk, office) in counts.items()
        if desk != office
    )
