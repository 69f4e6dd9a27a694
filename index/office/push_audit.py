"""A desk's audit log pushed into the office's, which is insert-only and names who acted.

The office sets ``who`` (the login) and ``at`` (now) itself, so each desk row goes in as
one office row with the desk's action, and the desk's detail with ``pushed_from_desk``:
``{"id", "at", "who"}`` of the desk's row added, and ``"desk"``, the staging archive's
name, when ``casedesk add`` sends it (two desks' staging archives both number their rows
from 1, often in the same second, under the same login name).  A row whose (id, at, who,
desk) is already there is not inserted again, so a push run twice adds each desk row
once.  When a push added anything, one more row, action ``push``, says so (counts only:
no names, no paths); the office's ``who`` of that row names the login that pushed.
"""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import psycopg

MARK = "pushed_from_desk"

_PUSHED = f"""
SELECT (detail::jsonb #>> '{{{MARK},id}}')::bigint, detail::jsonb #>> '{{{MARK},at}}',
       detail::jsonb #>> '{{{MARK},who}}', detail::jsonb #>> '{{{MARK},desk}}'
FROM audit WHERE action <> 'push' AND detail LIKE '%"{MARK}"%'
"""


Key = tuple[int, str, str, str | None]


def pushed(pg: psycopg.Connection) -> set[Key]:
    """(id, at, who, desk) of every desk audit row already in the office's log."""
    return {(row[0], row[1], row[2], row[3]) for row in pg.execute(_PUSHED)}


def desk_audit(desk: sqlite3.Connection) -> list[tuple[int, str, str, str, str]]:
    """The desk's audit rows: id, at, who, action, detail."""
    return desk.execute("SELECT id, at, who, action, detail FROM audit ORDER BY id").fetchall()


def push_audit(
    pg: psycopg.Connection,
    desk: sqlite3.Connection,
    summary: dict[str, int],
    desk_name: str | None = None,
) -> int:
    """Add the desk's audit rows the office lacks, and a ``push`` row with ``summary``
    when anything was added (in the caller's transaction); how many desk rows went in."""
    there = pushed(pg)
    new = [row for row in desk_audit(desk) if (*row[:3], desk_name) not in there]
    rows = [
        (action, _detail(id_, at, who, detail, desk_name)) for id_, at, who, action, detail in new
    ]
    with pg.cursor() as cursor:
        cursor.executemany("INSERT INTO audit (action, detail) VALUES (%s, %s)", rows)
    summary = {**summary, "audit_rows": len(rows)}
    if any(summary.values()):
        pg.execute("INSERT INTO audit (action, detail) VALUES ('push', %s)", (json.dumps(summary),))
    return len(rows)


def _detail(id_: int, at: str, who: str, detail: str, desk_name: str | None) -> str:
    try:
        kept = json.loads(detail)
    except ValueError:
        kept = {"detail": detail}
    if not isinstance(kept, dict):
        kept = {"detail": kept}
    mark: dict[str, object] = {"id": id_, "at": at, "who": who}
    if desk_name is not None:
        mark["desk"] = desk_name
    return json.dumps({**kept, MARK: mark}, ensure_ascii=False)


def office_holds(
    pg: psycopg.Connection, desk: sqlite3.Connection, desk_name: str | None = None
) -> int:
    """How many of the desk's audit rows the office's log holds."""
    there = pushed(pg)
    return sum((*row[:3], desk_name) in there for row in desk_audit(desk))
