"""``casedesk check postgresql://…``: is the office database whole?

Reports the schema version, which CaseDesk roles exist, the rows per table (as many as
the login may see), and checks every original's chunks: numbered 0..n-1 with no gap and
adding up to its size (in SQL, for all), and - unless quick - their SHA-256, streamed a
few chunks at a time so no original is ever held whole in memory.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from index.errors import Count, Notice
from index.office import roles, schema
from index.office.connect import NewerSchema, NotCaseDesk, connect, where
from index.office.originals import chunks
from index.office.setup import schema_version

if TYPE_CHECKING:
    import psycopg

QUICK_SAMPLE = 20  # originals whose hash a quick check still verifies, picked at random


@dataclass(frozen=True)
class OfficeReport:
    """What ``check`` found: ``errors`` and ``notes`` are sentences for a volunteer
    (:class:`~index.errors.Notice`: English, with the template the faces translate)."""

    version: int
    roles: dict[str, str]  # role -> "ok", "missing", "no rights"
    counts: dict[str, int | None]  # None: this login may not read that table
    originals_hashed: int
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def check_office(url: str, *, quick: bool = False) -> OfficeReport:
    """Check the office database at ``url`` (read only)."""
    with connect(url) as conn:
        conn.read_only = True
        version = known_version(conn, url)
        present = _roles(conn)
        counts = {table: _count(conn, table) for table in schema.TABLES}
        errors = _broken_originals(conn)
        hashed, wrong = _hash_originals(conn, QUICK_SAMPLE if quick else None)
    errors += [Notice(_ROLE_PROBLEM[s], role=role) for role, s in present.items() if s != "ok"]
    unread = [table for table, count in counts.items() if count is None]
    notes = [Notice(_UNREAD, table=table) for table in unread]
    return OfficeReport(version, present, counts, hashed, errors + wrong, notes)


_ROLE_PROBLEM = {
    "missing": "The role {role} is missing: run casedesk office-server init.",
    "no rights": "The role {role} is without its rights on this database: run casedesk "
    "office-server init.",
}
_UNREAD = "This login may not read {table}; its rows were not counted."


def known_version(conn: psycopg.Connection, url: str) -> int:
    """The schema version of the office database at ``url``; refused in plain words when it
    is not a CaseDesk database or one of a newer CaseDesk."""
    version = schema_version(conn)
    if version is None:
        raise NotCaseDesk(
            "The database {database} on {server} is not a CaseDesk office database (or is "
            "not set up yet: casedesk office-server init sets it up).",
            **where(url),
        )
    if version > schema.VERSION:
        raise NewerSchema(
            "The database {database} on {server} was set up by a newer CaseDesk (schema "
            "version {version}; this program knows up to {known}). Update CaseDesk to check it.",
            **where(url),
            version=version,
            known=schema.VERSION,
        )
    return version


# One right each role must have in this database: present roles without it were set up
# for another database (roles are the server's) or lost their grants in a restore.
_SAMPLE_RIGHT = {
    roles.READER: ("documents", "SELECT"),
    roles.VOLUNTEER: ("cases", "INSERT"),
    roles.ADMIN: ("settings", "INSERT"),
}


def _roles(conn: psycopg.Connection) -> dict[str, str]:
    """Each CaseDesk role: "ok", "missing", or "no rights" (on this database)."""
    found = {}
    for role, (table, right) in _SAMPLE_RIGHT.items():
        row = conn.execute(
            "SELECT has_table_privilege(oid, %s, %s) FROM pg_roles WHERE rolname = %s",
            (table, right, role),
        ).fetchone()
        found[role] = "missing" if row is None else "ok" if row[0] else "no rights"
    return found


def _count(conn: psycopg.Connection, table: str) -> int | None:
    import psycopg

    try:
        with conn.transaction():
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except psycopg.errors.InsufficientPrivilege:
        return None


# Originals whose chunks have a gap, or do not add up to the size recorded.
_BROKEN = """
SELECT o.sha256, o.size, count(c.chunk), coalesce(max(c.chunk) + 1, 0),
       coalesce(sum(octet_length(c.data)), 0)
FROM originals o LEFT JOIN original_chunks c USING (sha256)
GROUP BY o.sha256, o.size
HAVING count(c.chunk) <> coalesce(max(c.chunk) + 1, 0)
    OR coalesce(sum(octet_length(c.data)), 0) <> o.size
ORDER BY o.sha256
"""


def _broken_originals(conn: psycopg.Connection) -> list[str]:
    import psycopg

    try:
        with conn.transaction():
            rows = conn.execute(_BROKEN).fetchall()
    except psycopg.errors.InsufficientPrivilege:
        return []
    return [
        Notice(
            "The original {original} is incomplete: {have} of {expected} parts are there "
            "({stored} of {size} bytes). Add the file again, or restore it from a backup.",
            original=f"{sha[:12]}…",
            have=Count(have),
            expected=Count(expected),
            stored=Count(stored),
            size=Count(size),
        )
        for sha, size, have, expected, stored in rows
    ]


def _hash_originals(conn: psycopg.Connection, sample: int | None) -> tuple[int, list[str]]:
    """Hash all originals (or a random ``sample``); the sentences for those that differ."""
    import psycopg

    query, params = "SELECT sha256 FROM originals ORDER BY sha256", ()
    if sample is not None:
        query, params = "SELECT sha256 FROM originals ORDER BY random() LIMIT %s", (sample,)
    try:
        with conn.transaction():
            shas = [row[0] for row in conn.execute(query, params)]
    except psycopg.errors.InsufficientPrivilege:
        return 0, []
    wrong = []
    for sha in shas:
        digest = hashlib.sha256()
        for _number, data in chunks(conn, sha):
            digest.update(data)
        if digest.hexdigest() != sha:
            wrong.append(
                Notice(
                    "The original {original} does not match its fingerprint (SHA-256): its "
                    "content is damaged. Add the file again, or restore it from a backup.",
                    original=f"{sha[:12]}…",
                )
            )
    return len(shas), wrong
