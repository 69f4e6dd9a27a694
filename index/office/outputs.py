"""Drafts kept in the office database: the file as an original (content-addressed, in
chunks), a row in ``outputs`` with the context the template saw, and the ``drafted``
audit row, in one transaction, so several desks drafting at once each land whole.

The audit row's ``who`` is the server's (``current_user``: the login that drafted), and
the server decides who may keep a draft: a reader's is refused by PostgreSQL
(:class:`~index.office.connect.NotAllowed`), nothing kept.

Given the office's URL, a kept output that is not encrypted then becomes a document of
the office, as a folder's does: the file is added from this desk as ``casedesk add``
adds (:func:`index.office.desk_add.add_to_office`: read here, linked to its case, with
its kind, sent with the push), and its ``outputs`` row names the document.  Every desk's
index picks it up through the change sequence.  If the server is lost in between, the
output is kept and the document waits in this desk's staging archive for the next add
(or ``office-server push --pending``); the row's ``document_id`` then stays empty.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import psycopg

from index.catalog.audit import now
from index.ingest.pipeline import IngestOptions
from index.office.case_rows import plain_writes
from index.office.originals import put_original, put_original_bytes
from index.outputs import OUTPUTS_FOLDER, NewOutput, SavedOutput, output_name


class OfficeOutputs:
    """The outputs of an office database, written on an autocommit connection."""

    def __init__(self, conn: psycopg.Connection, url: str | None = None) -> None:
        self.conn = conn
        self.url = url  # given: kept outputs become documents of the office

    def keep(self, data: bytes, new: NewOutput) -> SavedOutput:
        """Keep ``data`` as an output: original, ``outputs`` row and audit row together."""
        saved = self._keep(lambda: put_original_bytes(self.conn, data), new)
        return self._as_document(saved, new, lambda target: target.write_bytes(data))

    def keep_file(self, path: Path, new: NewOutput) -> SavedOutput:
        """Keep the finished file at ``path`` (a packet: streamed, never whole in memory)."""
        saved = self._keep(lambda: put_original(self.conn, path), new)
        return self._as_document(saved, new, lambda target: _link_or_copy(path, target))

    def _as_document(
        self, saved: SavedOutput, new: NewOutput, write: Callable[[Path], object]
    ) -> SavedOutput:
        """Add the kept output as a document of the office (when not encrypted and the
        URL is known); the output with its document, or as it was if not sent."""
        if self.url is None or not new.searchable:
            return saved
        from index.office.desk_add import add_to_office  # the ingest: only when adding
        from index.office.staging import office_folder

        folder = office_folder(self.url) / "outputs"
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        target = folder / saved.path.name
        try:
            write(target)
            options = IngestOptions(
                cases=(new.case_id,) if new.case_id else (), kind=new.kind, workers=1
            )
            added = add_to_office(self.url, [target], options)
        finally:
            target.unlink(missing_ok=True)  # the office has it; no letter left on the desk
        return saved if added.sent is None else self._linked(saved)

    def _linked(self, saved: SavedOutput) -> SavedOutput:
        """The ``outputs`` row names the document the office now holds for its file."""
        with plain_writes(), self.conn.transaction():
            found = self.conn.execute(
                "UPDATE outputs SET document_id = d.id FROM documents d "
                "WHERE outputs.id = %s AND d.sha256 = outputs.sha256 RETURNING d.id",
                (saved.id,),
            ).fetchone()
        return replace(saved, document_id=found[0]) if found else saved

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


def _link_or_copy(source: Path, target: Path) -> None:
    """``target`` the same file as ``source`` (a hard link; a copy across file systems)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def link_waiting(conn: psycopg.Connection) -> int:
    """Name in each ``outputs`` row without a document the document the office now holds
    for its file (an output whose document was sent by a later add); how many."""
    with plain_writes(), conn.transaction():
        return conn.execute(
            "UPDATE outputs SET document_id = d.id FROM documents d "
            "WHERE outputs.document_id IS NULL AND d.sha256 = outputs.sha256"
        ).rowcount
