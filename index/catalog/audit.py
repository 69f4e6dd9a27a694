"""The audit log: who did what to which case, and when — appended to, never changed.

Each row holds the time (UTC), the login name CaseDesk ran under (``who``), the action
("add", "drafted", "packet built", "exported", "printed", "case changed", …) and a JSON
detail of ids and kinds: case ids, document and output ids, template names, whether a
file was encrypted and which kinds were redacted — never a person's name, a number from
a document or a path a user chose.  The catalog's triggers refuse any UPDATE or DELETE
of a row, so nothing in the app can edit or remove it.
"""

from __future__ import annotations

import functools
import getpass
import json
import os
import sqlite3
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Protocol

# Set by an office whose volunteers share one computer account, so that the log can say
# which of them worked (the account's name otherwise).
USER_VARIABLE = "CASEDESK_USER"


def now() -> str:
    """The current time as ISO 8601 in UTC, as every catalog timestamp is stored."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@functools.cache
def current_user() -> str:
    """Who is working: ``$CASEDESK_USER``, else the login name, else ``"unknown"``."""
    given = os.environ.get(USER_VARIABLE, "").strip()
    if given:
        return given[:64]
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no such user in the password database, no LOGNAME
        return "unknown"


@dataclass(frozen=True)
class AuditEntry:
    """One row of the audit log."""

    id: int
    at: str
    who: str
    action: str
    detail: dict[str, object]

    def as_json(self) -> dict[str, object]:
        return asdict(self)


class AuditReads(Protocol):
    """The audit log as ``casedesk audit`` reads it: an archive folder's catalog, or an
    office database (:class:`index.office.audit_log.OfficeAuditLog`)."""

    def audit_log(
        self, case_id: str | None = None, actions: tuple[str, ...] = (), limit: int | None = None
    ) -> list[AuditEntry]: ...


def append_audit(db: sqlite3.Connection, action: str, detail: dict[str, object]) -> None:
    """Append to the audit log inside the caller's transaction (with the change it records)."""
    db.execute(
        "INSERT INTO audit (at, who, action, detail) VALUES (?, ?, ?, ?)",
        (now(), current_user(), action, json.dumps(detail, ensure_ascii=False)),
    )


def read_audit(
    db: sqlite3.Connection,
    *,
    case_id: str | None = None,
    actions: tuple[str, ...] = (),
    limit: int | None = None,
) -> list[AuditEntry]:
    """The newest entries first, of one case and of some actions when asked."""
    where, params = [], []
    if case_id is not None:
        where.append("json_extract(detail, '$.case') = ?")
        params.append(case_id)
    if actions:
        where.append(f"action IN ({', '.join('?' * len(actions))})")
        params.extend(actions)
    sql = "SELECT id, at, who, action, detail FROM audit"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [
        AuditEntry(row[0], row[1], row[2], row[3], json.loads(row[4]))
        for row in db.execute(sql, params)
    ]
