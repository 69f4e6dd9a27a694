"""Drafts kept in the office database: the file as an original (content-addressed, in
chunks), a row in ``outputs`` with the context the template saw, and the ``drafted``
audit row, in one transaction, so several desks drafting at once each land whole.

The audit row's ``who`` is the server's (``current_user``: the login that drafted), and
the server decides who may keep a draft: a reader's is refused by PostgreSQL
(:class:`~index.office.connect.NotAllowed`), nothing kept.  The output is not yet a
searchable document of the office (``document_id`` is empty): the desk's ingest of it
is not run here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import psycopg

from index.catalog.audit import now
from index.office.case_rows import plain_writes
from index.office.originals import put_original, put_original_bytes
from index.outputs import OUTPUTS_FOLDER, NewOutput, SavedOutput, output_name


class OfficeOutputs:
    """The outputs of an office database, written on an autocommit connection."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn

    def keep(self, data: bytes, new: NewOutput) -> SavedOutput:
        """Keep ``data`` as an output: original, ``outputs`` row and audit row together."""
        return self._keep(lambda: put_original_bytes(self.conn, data), new)

    def keep_file(self, path: Path, new: NewOutput) -> SavedOutput:
        """Keep the finished file at ``path`` (a packet: streamed, never whole in memory)."""
        return self._keep(lambda: put_original(self.conn, path), new)

    def _keep(self, put: Callable[[], str], new: NewOutput) -> SavedOutput:
        created = now()
        path = Path(OUTPUTS_FOLDER, output_name(new, datetime.now(UTC)))
        context = json.dumps(new.context or {}, ensure_ascii=False, default=str)
        with plain_writes(), self.conn.transaction():
            sha = put()
            output_id = self.conn.execute(
                "INSERT INTO outputs (case_id, kind, template, path, sha256, document_id, "
                "context, created_at) VALUES (%s, %s, %s, %s, %s, NULL, %s, %s) RETURNING id",
                (new.case_id, new.kind, new.template, str(path), sha, context, created),
            ).fetchone()[0]
            detail = {"case": new.case_id, "template": new.template, "output": output_id}
            self._audit(new.action, {**detail, **(new.audit or {})})
        return SavedOutput(output_id, path, sha, None, created, new.case_id, new.template, new.kind)

    def record(self, action: str, detail: dict[str, object]) -> None:
        """An audit row of its own (e.g. ``exported``), named by the server's login."""
        with plain_writes(), self.conn.transaction():
            self._audit(action, detail)

    def _audit(self, action: str, detail: dict[str, object]) -> None:
        self.conn.execute(
            "INSERT INTO audit (action, detail) VALUES (%s, %s)",
            (action, json.dumps(detail, ensure_ascii=False)),
        )
