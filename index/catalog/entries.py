"""A document's catalog rows made into its :class:`IndexEntry`: the one assembly shared by
the SQLite catalog (``Catalog.index_entry``) and an office desk's own index, which reads the
same tables from PostgreSQL (``index/office/desk_index.py``).

Both readers run the same SQL, with ``?`` placeholders, through a :data:`Rows` function
(the office's turns them into psycopg's ``%s``), for a batch of documents at a time.  Lists
are sorted here, not by ``ORDER BY``: PostgreSQL orders text by its collation, SQLite by
code point, and an entry must not depend on which of them it was read from.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from index.catalog.records import Document, IndexEntry
from index.extract.form_field import FormField
from index.text.reference import Reference

# Runs one query (``?`` placeholders) with its parameters and gives its rows as tuples.
Rows = Callable[[str, Sequence[object]], Iterable[tuple]]

DOCUMENT_COLUMNS = (
    "id, sha256, parent_id, name, title, format, kind, date, page_count, needs_ocr, "
    "added_at, indexed, metadata, language, title_source, date_source"
)
_PATHS = "SELECT d.id, p.path FROM paths p JOIN documents d ON d.sha256 = p.sha256 WHERE d.id"
# An entry's lists, each query ending in "WHERE <document id>" for the ids to follow.
_LISTS = (
    "SELECT document_id, page, text FROM pages WHERE document_id",
    "SELECT document_id, position, name, value, type, label FROM fields WHERE document_id",
    "SELECT document_id, page, kind, value FROM refs WHERE document_id",
    "SELECT document_id, case_id FROM case_documents WHERE document_id",
    "SELECT document_id, tag FROM tags WHERE document_id",
    _PATHS,
)


def document_from_row(row: Sequence) -> Document:
    """A :class:`Document` from a row of :data:`DOCUMENT_COLUMNS`."""
    *head, indexed, metadata, language, title_source, date_source = row
    return Document(
        *head,
        indexed=bool(indexed),
        metadata=json.loads(metadata),
        language=language,
        title_source=title_source,
        date_source=date_source,
    )


def index_entries(rows: Rows, ids: Sequence[int]) -> list[IndexEntry]:
    """The entries of the documents ``ids`` that exist (in the order of ``ids``)."""
    ids = list(ids)
    if not ids:
        return []
    marks = f"IN ({', '.join('?' * len(ids))})"
    found = rows(f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE id {marks}", ids)
    documents = {row[0]: document_from_row(row) for row in found}
    pages, fields, refs, cases, tags, paths = (
        _by_document(rows, f"{select} {marks}", ids) for select in _LISTS
    )
    return [
        IndexEntry(
            document,
            tuple(text for _, text in pages[i]),
            tuple(FormField(*rest) for _, *rest in fields[i]),
            tuple(Reference(kind, value, page) for page, kind, value in refs[i]),
            tuple(case for (case,) in cases[i]),
            _where_from(rows, document, [path for (path,) in paths[i]]),
            tuple(tag for (tag,) in tags[i]),
        )
        for i in ids
        if (document := documents.get(i)) is not None
    ]


def where_from(rows: Rows, doc_id: int) -> tuple[str, ...]:
    """Where a document came from: its paths, or for an attachment "email › name"."""
    found = list(rows(f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE id = ?", [doc_id]))
    paths = [path for (path,) in _by_document(rows, f"{_PATHS} = ?", [doc_id])[doc_id]]
    if not found:
        return tuple(paths)
    return _where_from(rows, document_from_row(found[0]), paths)


def _where_from(rows: Rows, document: Document, paths: list[str]) -> tuple[str, ...]:
    if paths or document.parent_id is None:
        return tuple(paths)
    parents = where_from(rows, document.parent_id)
    return tuple(f"{parent} › {document.name}" for parent in parents[:1])


def _by_document(rows: Rows, sql: str, ids: Sequence[int]) -> dict[int, list[tuple]]:
    """The rows of ``sql`` (document id first) by document, each list sorted."""
    grouped: dict[int, list[tuple]] = defaultdict(list)
    for doc_id, *rest in rows(sql, ids):
        grouped[doc_id].append(tuple(rest))
    for listed in grouped.values():
        listed.sort()
    return grouped
