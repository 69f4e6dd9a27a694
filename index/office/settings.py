"""The office database's settings (``casedesk settings``): read by every login, written
by an admin only (the server refuses anyone else, :class:`~index.office.connect.NotAllowed`),
each change with an ``office changed`` audit row naming the setting, never its value."""

from __future__ import annotations

import json

import psycopg

from index.office.case_rows import plain_writes
from index.office.connect import plain_reads


def setting(conn: psycopg.Connection, key: str, default: str) -> str:
    """The setting ``key``, or ``default`` when the office has not set it."""
    with plain_reads(conn):
        row = conn.execute("SELECT value FROM settings WHERE key = %s", (key,)).fetchone()
    return row[0] if row else default


def set_setting(conn: psycopg.Connection, key: str, value: str) -> None:
    """Set ``key`` to ``value`` with its audit row, in one transaction."""
    with plain_writes(), conn.transaction():
        conn.execute(
            "INSERT INTO settings (key, value) VALUES (%s, %s) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
        conn.execute(
            "INSERT INTO audit (action, detail) VALUES ('office changed', %s)",
            (json.dumps({"settings": [key]}),),
        )
