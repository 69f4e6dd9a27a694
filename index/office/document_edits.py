"""Changes to an office's documents by hand: a title or date edited, tags added or taken
away, each in one transaction with its audit row (``who``: the server's
``current_user``).  The server decides who may: a reader's change is refused by
PostgreSQL (:class:`~index.office.connect.NotAllowed`), nothing changed.  Every desk's
own index picks the change up through the change sequence (the triggers on
``documents`` and ``tags``).  Audit rows name the fields and count the tags, never a
value."""

from __future__ import annotations

import json
from collections.abc import Iterable

import psycopg

from index.catalog.catalog import EDITABLE, EDITED
from index.office.case_rows import plain_writes


class OfficeDocumentEdits:
    """Writes to an office's documents, on an autocommit connection."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn

    def edit_document(self, doc_id: int, changes: dict[str, str]) -> None:
        """Set a document's title and/or date (names in :data:`EDITABLE`); their source
        becomes ``edited``."""
        assert changes and set(changes) <= set(EDITABLE), changes
        names = [name for name in EDITABLE if name in changes]
        settings = ", ".join(f"{n} = %s, {n}_source = '{EDITED}'" for n in names)
        with plain_writes(), self.conn.transaction():
            self.conn.execute(
                f"UPDATE documents SET {settings} WHERE id = %s",
                (*(changes[n] for n in names), doc_id),
            )
            self._audit("document edited", {"document": doc_id, "changed": names})

    def set_tags(self, doc_id: int, add: Iterable[str] = (), remove: Iterable[str] = ()) -> None:
        """Add and remove tags; one ``tags changed`` audit row counting them."""
        add, remove = list(add), list(remove)
        with plain_writes(), self.conn.transaction():
            added = sum(
                self.conn.execute(
                    "INSERT INTO tags VALUES (%s, %s) ON CONFLICT DO NOTHING", (doc_id, tag)
                ).rowcount
                for tag in add
            )
            removed = sum(
                self.conn.execute(
                    "DELETE FROM tags WHERE document_id = %s AND tag = %s", (doc_id, tag)
                ).rowcount
                for tag in remove
            )
            if added or removed:
                detail = {"document": doc_id, "added": added, "removed": removed}
                self._audit("tags changed", detail)

    def _audit(self, action: str, detail: dict[str, object]) -> None:
        self.conn.execute(
            "INSERT INTO audit (action, detail) VALUES (%s, %s)",
            (action, json.dumps(detail, ensure_ascii=False)),
        )
