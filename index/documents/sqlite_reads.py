"""The document reads of an archive folder (:class:`~index.documents.reads.DocumentReads`):
its SQLite catalog, and its originals, which are files already."""

from __future__ import annotations

from pathlib import Path

from index.catalog import Catalog
from index.documents.reads import DocumentRows
from index.errors import DocumentError
from index.originals import Originals


class SqliteDocumentReads(DocumentRows):
    """Documents in an archive's catalog; an original is its file in ``originals/``."""

    def __init__(self, catalog: Catalog, originals: Originals) -> None:
        super().__init__(lambda sql, params: catalog.conn.execute(sql, params).fetchall())
        self._originals = originals

    def original(self, sha256: str) -> Path:
        """The stored file of the original ``sha256`` (read it, never change it)."""
        if not self._originals.exists(sha256):
            raise DocumentError(
                "The original {sha}… is missing from this archive. Run casedesk check.",
                sha=sha256[:12],
            )
        return self._originals.path_of(sha256)
