"""Documents put into an office database as a desk would write them (plain INSERTs into
originals, documents, pages, refs, paths and case links), for the tests of a desk's own
index; invented text only.  Not ``office-server push``: that is built elsewhere."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import psycopg

ADDED_AT = "2026-12-01T09:00:00"


def add_document(
    conn: psycopg.Connection,
    title: str,
    pages: Sequence[str],
    *,
    cases: Sequence[str] = (),
    refs: Sequence[tuple[str, str, int]] = (),
    path: str | None = None,
) -> int:
    """Insert one document with its pages (and refs, path, case links); its id."""
    sha = hashlib.sha256(f"{title}\n{pages}".encode()).hexdigest()
    conn.execute(
        "INSERT INTO originals VALUES (%s, %s, %s) ON CONFLICT DO NOTHING", [sha, 100, ADDED_AT]
    )
    doc_id = conn.execute(
        "INSERT INTO documents (sha256, name, title, format, kind, date, page_count, "
        "added_at, language, title_source) VALUES (%s, %s, %s, 'text', 'letter', "
        "'2024-05-01', %s, %s, 'en', 'name') RETURNING id",
        [sha, f"{title}.txt", title, len(pages), ADDED_AT],
    ).fetchone()[0]
    conn.cursor().executemany(
        "INSERT INTO pages (document_id, page, text) VALUES (%s, %s, %s)",
        [(doc_id, n, text) for n, text in enumerate(pages, start=1)],
    )
    conn.cursor().executemany(
        "INSERT INTO refs VALUES (%s, %s, %s, %s)", [(doc_id, *ref) for ref in refs]
    )
    conn.execute(
        "INSERT INTO paths VALUES (%s, %s, 100, 0, %s)",
        [path or f"/desk/{title}.txt", sha, ADDED_AT],
    )
    for case_id in cases:
        conn.execute(
            "INSERT INTO cases (id, created_at) VALUES (%s, %s) ON CONFLICT DO NOTHING",
            [case_id, ADDED_AT],
        )
        conn.execute("INSERT INTO case_documents VALUES (%s, %s, 'auto')", [case_id, doc_id])
    return doc_id


def add_many(url: str, count: int, word: str, start: int = 0) -> list[int]:
    """``count`` documents, one transaction, each naming ``word`` and its number."""
    with psycopg.connect(url) as conn:
        return [
            add_document(conn, f"{word} letter {n}", [f"Letter {n} about {word} and rent."])
            for n in range(start, start + count)
        ]
