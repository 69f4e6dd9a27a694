"""Outputs kept in an office database and their documents (real PostgreSQL, the real
desk ingest): an output whose document was not sent with it is linked when a later add
sends the same file."""

from __future__ import annotations

from pathlib import Path

import psycopg

from index.ingest.pipeline import IngestOptions
from index.office.connect import connect
from index.office.desk_add import add_to_office
from index.office.outputs import OfficeOutputs
from index.outputs import NewOutput

CASE = "AFG-2024-00137"
LETTER = (
    b"<html><body><h1>Referral letter</h1><p>The interview for case AFG-2024-00137 is "
    b"confirmed for the family.</p></body></html>"
)


def test_an_output_is_linked_when_its_document_is_sent_later(office, tmp_path: Path) -> None:
    """GIVEN a letter kept as an output without becoming a document (as when the server was
    lost between the keep and the add) WHEN the same file is added from a desk later THEN
    the output's row names the document the office now holds; AND an output kept with the
    URL is a document at once, linked to its case."""
    with psycopg.connect(office.url) as conn:
        conn.execute("INSERT INTO cases (id, created_at) VALUES (%s, '2026-12-08')", (CASE,))
    new = NewOutput("resettlement-referral", "letter", ".html", CASE)
    with connect(office.url, autocommit=True) as conn:
        waiting = OfficeOutputs(conn).keep(LETTER, new)
        at_once = OfficeOutputs(conn, office.url).keep(LETTER.replace(b"family", b"son"), new)
    assert waiting.document_id is None and at_once.document_id is not None
    letter = tmp_path / "letter.html"
    letter.write_bytes(LETTER)
    added = add_to_office(office.url, [letter], IngestOptions(workers=1))
    assert added.sent is not None
    with psycopg.connect(office.url) as conn:
        rows = dict(conn.execute("SELECT o.id, d.sha256 FROM outputs o JOIN documents d "
                                 "ON d.id = o.document_id").fetchall())  # fmt: skip
        linked = conn.execute(
            "SELECT case_id FROM case_documents WHERE document_id = %s", (at_once.document_id,)
        ).fetchall()
    assert rows == {waiting.id: waiting.sha256, at_once.id: at_once.sha256}
    assert linked == [(CASE,)]
