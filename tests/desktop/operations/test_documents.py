"""One document's details and the edit of its title and date, on a real archive."""

from __future__ import annotations

import datetime
import sqlite3
from pathlib import Path

import pytest

from desktop.operations import documents
from index.archive import Archive
from index.catalog import schema
from index.catalog.catalog import Catalog
from index.errors import DocumentError, ReadOnlyArchive
from index.ingest.pipeline import Ingest
from tests.support.letters import SCAN, letter_pdf

LETTER = ["Afghan Relief Office (demo)", "Date: 3 March 2021", "Employment letter", "Dear Sir,"]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """An archive holding scan0001.pdf: a letter whose second page is only a picture."""
    folder = tmp_path / "in"
    folder.mkdir()
    letter_pdf(folder / "scan0001.pdf", [LETTER, SCAN, ["Page three"]], created="2026-01-05")
    root = tmp_path / "archive"
    with Archive.open(root, write=True) as archive:
        Ingest(archive).run([folder])
    return root


def _audit(archive: Archive) -> list[tuple[str, dict]]:
    return [(e.action, e.detail) for e in archive.catalog.audit_log(actions=("document edited",))]


def test_details_hold_the_sources_and_the_pages_needing_ocr(root: Path) -> None:
    """GIVEN the scanned letter WHEN its details are read THEN the date from its "Date:" line,
    the title from its heading, and page 2 needing OCR (read: no text on it)."""
    with Archive.open(root, write=False) as archive:
        found = documents.details(archive.documents, 1)
        assert documents.details(archive.documents, 99) is None
    assert found is not None
    doc = found.document
    assert (doc.date, doc.date_source) == ("2021-03-03", "content:label")
    assert (doc.title, doc.title_source) == ("Employment letter", "content:heading")
    assert found.pages_needing_ocr == (2,)
    assert found.ocr == ("No readable text: page 2",)  # read by OCR: a grey square


def test_an_edit_is_stored_audited_without_values_and_searchable(root: Path) -> None:
    """GIVEN the letter WHEN its title and date are edited THEN the catalog holds them with the
    source "edited", one audit row names the fields but not the values, and title: and date:
    searches find the new values, not the old."""
    with Archive.open(root, write=True) as archive:
        edited = documents.edit(archive, 1, title="  Letter of  employment ", date="2021-03-04")
        doc = edited.document
        assert (doc.title, doc.title_source) == ("Letter of employment", "edited")
        assert (doc.date, doc.date_source) == ("2021-03-04", "edited")
        assert _audit(archive) == [
            ("document edited", {"document": 1, "changed": ["title", "date"]})
        ]
        row = archive.catalog.conn.execute("SELECT detail FROM audit ORDER BY id DESC").fetchone()
        assert "employment" not in row[0].lower() and "2021" not in row[0]
        assert archive.catalog.unindexed_ids() == []
        assert [h.id for h in archive.find('title:"letter of employment"').hits] == [1]
        assert [h.id for h in archive.find("date:2021-03-04").hits] == [1]
        assert archive.find("date:2021-03-03").hits == ()
        (hit,) = archive.find("employment").hits
        assert (hit.title, hit.date) == ("Letter of employment", "2021-03-04")


def test_an_empty_date_takes_the_date_away(root: Path) -> None:
    """GIVEN the dated letter WHEN its date is edited to "" THEN it has no date, by hand,
    and only the date is named as changed."""
    with Archive.open(root, write=True) as archive:
        doc = documents.edit(archive, 1, date="").document
        assert (doc.date, doc.date_source, doc.title_source) == ("", "edited", "content:heading")
        assert _audit(archive) == [("document edited", {"document": 1, "changed": ["date"]})]
        assert archive.find("date:2021-03-03").hits == ()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"date": "3/3/2021"}, "year-month-day"),
        ({"date": "2021-02-30"}, "year-month-day"),
        ({"date": "2027-01-01"}, "between 1900-01-01 and today"),
        ({"date": "1899-12-31"}, "between 1900-01-01 and today"),
        ({"title": "   "}, "cannot be empty"),
        ({"title": "x" * 301}, "at most 300"),
    ],
)
def test_a_wrong_value_is_refused_in_plain_words_and_nothing_changes(
    root: Path, changes: dict[str, str], message: str
) -> None:
    """GIVEN the letter WHEN a date that is not one (or in the future, or before 1900) or an
    empty or overlong title is given THEN a plain error, and neither catalog nor audit change."""
    with Archive.open(root, write=True) as archive:
        with pytest.raises(DocumentError, match=message):
            documents.edit(archive, 1, today=datetime.date(2026, 12, 7), **changes)
        doc = archive.catalog.document(1)
        assert (doc.title, doc.date) == ("Employment letter", "2021-03-03")
        assert _audit(archive) == []


def test_the_same_values_change_nothing(root: Path) -> None:
    """GIVEN the letter WHEN "edited" to its own title and date THEN no audit row, sources kept."""
    with Archive.open(root, write=True) as archive:
        doc = documents.edit(archive, 1, title="Employment letter", date="2021-03-03").document
        assert (doc.title_source, doc.date_source) == ("content:heading", "content:label")
        assert _audit(archive) == []


def test_a_read_only_archive_or_a_missing_document_is_refused(root: Path) -> None:
    """GIVEN an archive opened for reading, and a document id that does not exist
    WHEN an edit is asked THEN ReadOnlyArchive and DocumentError, each a plain sentence."""
    with Archive.open(root, write=False) as archive, pytest.raises(ReadOnlyArchive):
        documents.edit(archive, 1, title="New")
    with (
        Archive.open(root, write=True) as archive,
        pytest.raises(DocumentError, match="no document 7"),
    ):
        documents.edit(archive, 7, title="New")


def test_adding_the_file_again_keeps_the_edit(root: Path, tmp_path: Path) -> None:
    """GIVEN an edited letter WHEN its folder is added again (also with --retry) and the same
    bytes come under another name THEN title, date and sources stay as edited."""
    with Archive.open(root, write=True) as archive:
        documents.edit(archive, 1, title="Letter of employment", date="2021-03-04")
    copy = tmp_path / "again" / "scan0002.pdf"
    copy.parent.mkdir()
    copy.write_bytes((tmp_path / "in" / "scan0001.pdf").read_bytes())
    with Archive.open(root, write=True) as archive:
        Ingest(archive).run([tmp_path / "in", copy])
        doc = archive.catalog.document(1)
    assert (doc.title, doc.title_source, doc.date, doc.date_source) == (
        "Letter of employment",
        "edited",
        "2021-03-04",
        "edited",
    )


def test_a_version_6_catalog_keeps_its_rows_with_empty_sources(tmp_path: Path) -> None:
    """GIVEN a catalog written at version 6 with a document in it WHEN opened by this CaseDesk
    THEN it is at the latest version and the document keeps its title and date, with empty sources."""
    path = tmp_path / "catalog.sqlite"
    db = sqlite3.connect(path, isolation_level=None)
    for script in schema.MIGRATIONS[:6]:
        db.executescript(f"BEGIN;{script}COMMIT;")
    db.execute("PRAGMA user_version = 6")
    db.execute("INSERT INTO originals VALUES ('ab', 1, 'then')")
    db.execute(
        "INSERT INTO documents (sha256, name, title, format, kind, date, page_count, added_at) "
        "VALUES ('ab', 'scan0001.pdf', 'scan0001', 'pdf', 'document', '2026-12-07', 1, 'then')"
    )
    db.close()
    catalog = Catalog(path, writable=True)
    try:
        doc = catalog.document(1)
        version = catalog.conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        catalog.close()
    assert version == schema.VERSION == 8  # v8: the pages read by OCR
    assert (doc.title, doc.title_source, doc.date, doc.date_source) == (
        "scan0001",
        "",
        "2026-12-07",
        "",
    )
