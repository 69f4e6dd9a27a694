"""The office database's audit log, read as an archive folder's is
(:class:`~index.catalog.audit.AuditReads`): newest first, of one case and of some actions
when asked.  ``at`` is given as the folder gives it (ISO 8601, UTC, to the second);
``who`` is the login the server recorded.  A reader may read the whole log."""

from __future__ import annotations

import json

import psycopg

from index.catalog.audit import AuditEntry
from index.office.connect import plain_reads

_AT = "to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"+00:00\"')"


class OfficeAuditLog:
    """The audit rows of an office database, read on one autocommit connection."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn

    def audit_log(
        self, case_id: str | None = None, actions: tuple[str, ...] = (), limit: int | None = None
    ) -> list[AuditEntry]:
        """The audit log, newest first (of one case, of some actions, when asked)."""
        where, params = ["true"], []
        if case_id is not None:
            where.append("(detail::jsonb ->> 'case') = %s")
            params.append(case_id)
        if actions:
            where.append("action = ANY(%s)")
            params.append(list(actions))
        sql = f"SELECT id, {_AT}, who, action, detail FROM audit WHERE {' AND '.join(where)}"
        sql += " ORDER BY id DESC" + (" LIMIT %s" if limit is not None else "")
        with plain_reads(self.conn):
            rows = self.conn.execute(sql, [*params, *([limit] if limit is not None else [])])
            return [AuditEntry(r[0], r[1], r[2], r[3], json.loads(r[4])) for r in rows]
