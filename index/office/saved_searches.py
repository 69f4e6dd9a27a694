"""The office's saved searches (``casedesk searches``): read by every login, deleted by an
admin only (the server refuses anyone else, :class:`~index.office.connect.NotAllowed`)."""

from __future__ import annotations

import psycopg

from index.catalog.audit import now
from index.office.case_rows import plain_writes
from index.office.connect import plain_reads


def saved_searches(conn: psycopg.Connection) -> list[tuple[str, str]]:
    """Every saved search as ``(name, query)``, by name (sorted here, not by the
    server's collation, as a folder's are)."""
    with plain_reads(conn):
        rows = conn.execute("SELECT name, query FROM saved_searches").fetchall()
    return sorted((name, query) for name, query in rows)


def delete_search(conn: psycopg.Connection, name: str) -> bool:
    """Forget a named search; False when there was none of that name."""
    with plain_writes(), conn.transaction():
        return conn.execute("DELETE FROM saved_searches WHERE name = %s", (name,)).rowcount > 0


def save_search(conn: psycopg.Connection, name: str, query: str) -> None:
    """Store (or replace) a named search of the office."""
    with plain_writes(), conn.transaction():
        conn.execute(
            "INSERT INTO saved_searches (name, query, created_at) VALUES (%s, %s, %s) "
            "ON CONFLICT (name) DO UPDATE SET query = excluded.query, "
            "created_at = excluded.created_at",
            (name, query, now()),
        )
