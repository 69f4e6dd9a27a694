"""Copying a desk's rows into the office database, and which office row is "the same" as
a desk's row (its key), for ``office-server push``.

The two catalogs have the same column names, so a row is copied by name; the desk's
integer document ids are replaced by the office's (found through the document's
SHA-256).  Every insert is ``ON CONFLICT DO NOTHING``: a row already in the office is
kept as it is there, so running a push again writes nothing twice.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import psycopg

Row = dict[str, object]

# Table -> (its key columns, their PostgreSQL types): the office row that is "the same" as
# a desk's row.  document_id is the office's id of the desk's document (by SHA-256).
KEYS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "settings": (("key",), ("text",)),
    "saved_searches": (("name",), ("text",)),
    "cases": (("id",), ("text",)),
    "case_people": (("case_id", "position"), ("text", "int")),
    "case_deadlines": (("case_id", "position"), ("text", "int")),
    "case_notes": (("case_id", "position"), ("text", "int")),
    "originals": (("sha256",), ("text",)),
    "documents": (("sha256",), ("text",)),
    "pages": (("document_id", "page"), ("bigint", "int")),
    "fields": (("document_id", "position"), ("bigint", "int")),
    "refs": (("document_id", "kind", "value", "page"), ("bigint", "text", "text", "int")),
    "tags": (("document_id", "tag"), ("bigint", "text")),
    "page_readings": (("document_id", "page"), ("bigint", "int")),
    "attachments_pending": (("document_id",), ("bigint",)),
    "case_documents": (("case_id", "document_id"), ("text", "bigint")),
    "paths": (("path",), ("text",)),
    "problems": (("path",), ("text",)),
    "outputs": (("sha256", "created_at", "path"), ("text", "text", "text")),
}


def desk_rows(
    desk: sqlite3.Connection, table: str, where: str = "1", params: tuple[object, ...] = ()
) -> list[Row]:
    """The desk's rows of ``table`` (matching ``where``) as column -> value."""
    cursor = desk.execute(f"SELECT * FROM {table} WHERE {where}", params)
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor]


def copy_rows(
    pg: psycopg.Connection, table: str, rows: list[Row], change: Callable[[Row], Row] | None = None
) -> None:
    """Insert ``rows`` (each through ``change`` first) unless the office has them already."""
    if not rows:
        return
    if change is not None:
        rows = [change(dict(row)) for row in rows]
    columns = list(rows[0])
    statement = (
        f"INSERT INTO {table} ({', '.join(columns)}) "
        f"VALUES ({', '.join(['%s'] * len(columns))}) ON CONFLICT DO NOTHING"
    )
    with pg.cursor() as cursor:
        cursor.executemany(statement, [tuple(row[c] for c in columns) for row in rows])


def desk_keys(
    desk: sqlite3.Connection, table: str, office_id: Callable[[int], int]
) -> list[tuple[object, ...]]:
    """The keys of all the desk's rows of ``table``, document ids made the office's."""
    columns = KEYS[table][0]
    rows = desk.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
    if "document_id" not in columns:
        return [tuple(row) for row in rows]
    at = columns.index("document_id")
    return [(*row[:at], office_id(row[at]), *row[at + 1 :]) for row in rows]


def office_holds(pg: psycopg.Connection, table: str, keys: list[tuple[object, ...]]) -> int:
    """How many of ``keys`` have a row in the office's ``table``."""
    if not keys:
        return 0
    columns, types = KEYS[table]
    arrays = ", ".join(f"%s::{t}[]" for t in types)
    match = " AND ".join(f"t.{c} = k.{c}" for c in columns)
    statement = (
        f"SELECT count(*) FROM unnest({arrays}) AS k({', '.join(columns)}) "
        f"WHERE EXISTS (SELECT 1 FROM {table} t WHERE {match})"
    )
    values = [list(column) for column in zip(*keys, strict=True)]
    return pg.execute(statement, values).fetchone()[0]
