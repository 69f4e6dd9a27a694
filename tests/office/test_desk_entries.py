"""The entry a desk indexes from PostgreSQL is the one a folder indexes from SQLite: the
same rows give the same :class:`IndexEntry` (one assembly, index/catalog/entries.py)."""

from __future__ import annotations

import psycopg

from index.catalog import Catalog
from index.catalog.entries import index_entries
from index.catalog.records import FileSeen, NewDocument
from index.extract.base import FormField
from index.text.reference import Reference

_TABLES = ("originals", "documents", "pages", "fields", "refs", "tags", "paths", "cases",
           "case_documents")  # fmt: skip


def _copy(catalog: Catalog, conn: psycopg.Connection) -> None:
    """Every row of the catalog's document tables into the office database, as is."""
    for table in _TABLES:
        cursor = catalog.conn.execute(f"SELECT * FROM {table}")
        names = ", ".join(d[0] for d in cursor.description)
        marks = ", ".join(["%s"] * len(cursor.description))
        rows = cursor.fetchall()
        if rows:
            conn.cursor().executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)


def test_the_same_rows_give_the_same_entry_from_sqlite_and_postgresql(office, tmp_path) -> None:
    """GIVEN a document with pages, form fields, references, tags (upper and lower case),
    two paths and two cases, and an attachment inside it, in a SQLite catalog, and the same
    rows copied into an office database WHEN each is read into an IndexEntry THEN the two
    entries are equal, lists in the same order.  (The lists are sorted in Python so that a
    server whose collation is not C orders them alike; the test cluster's is C.)"""
    catalog = Catalog(tmp_path / "catalog.sqlite", writable=True)
    new = NewDocument(
        "a" * 64, 10, "mail.eml", "Hearing letter", "email", "letter",
        ("Page one about the hearing.", "Page two, the visa."), date="2024-05-01",
        metadata={"subject": "Hearing"},
        fields=(FormField("Family[0]", "Example", "text", "Family name"),
                FormField("Agree[0]", "Yes", "checkbox")),
        refs=(Reference("passport", "P1234567", 2), Reference("case", "AFG-2024-00311", 1)),
        language="en", title_source="content:subject",
    )  # fmt: skip
    parent = catalog.add_document(new, FileSeen("/desk/b/mail.eml", 10, 1),
                                  cases=[("AFG-2024-00311", "auto"), ("AFG-2023-00007", "by hand")])  # fmt: skip
    catalog.add_path(FileSeen("/desk/B/mail.eml", 10, 2), "a" * 64)
    catalog.set_tags(parent, add=["urgent", "Zeta", "appeal"])
    child = catalog.add_document(
        NewDocument("b" * 64, 5, "scan.pdf", "Scan", "pdf", "scan", ("Attached scan.",),
                    parent_id=parent), None)  # fmt: skip
    with psycopg.connect(office.url) as conn:
        _copy(catalog, conn)
    with psycopg.connect(office.url) as conn:
        rows = lambda sql, params: conn.execute(sql.replace("?", "%s"), params).fetchall()  # noqa: E731
        from_postgresql = index_entries(rows, [parent, child])
    from_sqlite = [catalog.index_entry(parent), catalog.index_entry(child)]
    catalog.close()
    assert from_postgresql == from_sqlite
    assert from_sqlite[0].paths == ("/desk/B/mail.eml", "/desk/b/mail.eml")
    assert from_sqlite[1].paths == ("/desk/B/mail.eml › scan.pdf",)
    assert from_sqlite[0].tags == ("Zeta", "appeal", "urgent")
