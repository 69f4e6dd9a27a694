"""``casedesk stats`` of an office database: the counts an archive folder gives
(:meth:`index.archive.Archive.stats`), as many rows as this login may see, with the
documents in this desk's own index of it."""

from __future__ import annotations

import psycopg

from index.office.connect import plain_reads

_COUNTS = """
SELECT (SELECT count(*) FROM documents),
       (SELECT coalesce(sum(page_count), 0) FROM documents),
       (SELECT count(*) FROM problems),
       (SELECT count(*) FROM documents WHERE needs_ocr > 0),
       (SELECT coalesce(sum(needs_ocr), 0) FROM documents WHERE needs_ocr > 0),
       (SELECT count(*) FILTER (WHERE word_count > 0) FROM page_readings),
       (SELECT count(*) FROM pages p WHERE p.needs_ocr = 1 AND NOT EXISTS (
            SELECT 1 FROM page_readings r WHERE r.document_id = p.document_id
            AND r.page = p.page)),
       (SELECT count(*) FILTER (WHERE word_count = 0) FROM page_readings)
"""
_KEYS = (
    "documents", "pages", "problems", "documents_needing_ocr", "pages_needing_ocr",
    "pages_read_by_ocr", "pages_waiting_for_ocr", "pages_without_readable_text",
)  # fmt: skip


def office_stats(conn: psycopg.Connection, index_documents: int) -> dict[str, int]:
    """The counts, in the order and with the keys of a folder's ``stats``."""
    with plain_reads(conn):
        found = dict(zip(_KEYS, map(int, conn.execute(_COUNTS).fetchone()), strict=True))
    return {
        **{k: found[k] for k in _KEYS[:3]},
        "index_documents": index_documents,
        **{k: found[k] for k in _KEYS[3:]},
    }
