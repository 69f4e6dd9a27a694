"""The document reads (index/documents/reads.py) of an archive folder and of an office
database pass the same tests: one desk archive (real ingest, real Tesseract, real SQLite)
pushed into a real PostgreSQL database, read through both implementations."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from index.archive import Archive
from index.documents.reads import DocumentReads
from index.errors import DocumentError
from index.office.connect import ServerUnreachable
from index.office.document_reads import office_documents
from tests.support.office_desk import CASE_ID, build_desk, login, pushed_office


@pytest.fixture(scope="module")
def desk(tmp_path_factory) -> Path:
    """The desk archive (tests/support/office_desk.py), built once for this file."""
    return build_desk(tmp_path_factory.mktemp("reads"))


@pytest.fixture(scope="module")
def office_url(desk: Path, pg_server: str) -> Iterator[str]:
    """A volunteer's URL of an office database holding the desk."""
    with pushed_office(desk, pg_server) as office:
        yield login(office, "volunteer")[1]


@pytest.fixture(params=["sqlite", "postgresql"])
def reads(request, desk: Path, tmp_path: Path) -> Iterator[DocumentReads]:
    """The desk's documents read from its folder, or from the office database."""
    if request.param == "sqlite":
        with Archive.open(desk, write=False) as archive:
            yield archive.documents
        return
    with office_documents(request.getfixturevalue("office_url"), tmp_path / "cache") as found:
        yield found


def _ids(reads: DocumentReads) -> set[int]:
    found, doc_id = set(), 1
    misses = 0
    while misses < 20:  # ids are dense from 1 in both; a short gap is allowed
        if reads.document(doc_id) is None:
            misses += 1
        else:
            found.add(doc_id)
        doc_id += 1
    return found


def _id_of(reads: DocumentReads, ids: set[int], name: str) -> int:
    return next(i for i in ids if (d := reads.document(i)) is not None and d.name == name)


def test_a_document_and_its_pages(reads: DocumentReads) -> None:
    """GIVEN the desk WHEN the two-page letter is read THEN its record and both pages' text."""
    letter = _id_of(reads, _ids(reads), "radio-letter.pdf")
    document = reads.document(letter)
    assert document is not None and document.page_count == 2 and document.format == "pdf"
    pages = reads.pages(letter)
    assert len(pages) == 2 and "Radio Sahar Herat" in pages[0] and "girls' education" in pages[1]
    assert reads.document(99_999) is None and reads.pages(99_999) == ()


def test_fields_references_tags_cases_and_paths(reads: DocumentReads) -> None:
    """GIVEN the form, the statement naming the case WHEN read THEN its fields in form order,
    the case reference, the tags sorted, the case link and where it came from."""
    ids = _ids(reads)
    form = _id_of(reads, ids, "visa-form.pdf")
    fields = reads.fields(form)
    assert len(fields) >= 5 and all(f.name for f in fields)
    statement = _id_of(reads, ids, "statement.txt")
    assert ("case", CASE_ID) in {(r.kind, r.value) for r in reads.references(statement)}
    assert reads.tags_of(statement) == ("identity", "urgent")
    assert reads.cases_of(statement) == (CASE_ID,)
    paths = reads.paths_of(statement)
    assert len(paths) == 1 and paths[0].endswith("statement.txt")
    assert reads.where_from(statement) == paths


def test_ocr_readings_and_unreadable_pages(reads: DocumentReads) -> None:
    """GIVEN a scan read by Tesseract and a blank picture WHEN read THEN the scan's reading
    with its words, nothing waiting, and the blank page listed as unreadable."""
    ids = _ids(reads)
    scan = _id_of(reads, ids, "support-scan.png")
    assert reads.pages_needing_ocr(scan) == (1,) and reads.waiting(scan) == ()
    (reading,) = reads.readings(scan)
    assert reading.page == 1 and reading.readable and "support" in reading.reading.text.lower()
    blank_id = _id_of(reads, ids, "blank.png")
    unreadable = reads.unreadable()
    assert [u.document_id for u in unreadable] == [blank_id] and unreadable[0].pages == (1,)


def test_problems(reads: DocumentReads) -> None:
    """GIVEN a broken PDF added WHEN the problems are read THEN it is the one, in words."""
    (problem,) = reads.problems()
    assert problem.path.endswith("broken.pdf") and problem.reason and problem.action


def test_the_original_as_a_local_file(reads: DocumentReads, desk: Path) -> None:
    """GIVEN the letter WHEN its original is asked for THEN a local file with the very
    bytes added (the office's fetched from its chunks into the cache)."""
    letter = reads.document(_id_of(reads, _ids(reads), "radio-letter.pdf"))
    assert letter is not None
    path = reads.original(letter.sha256)
    added = (desk.parent / "files" / "radio-letter.pdf").read_bytes()
    assert path.read_bytes() == added
    assert hashlib.sha256(path.read_bytes()).hexdigest() == letter.sha256
    with pytest.raises(DocumentError):
        reads.original("0" * 64)


def test_both_backends_read_the_same(desk: Path, office_url: str, tmp_path: Path) -> None:
    """GIVEN the desk and the office it was pushed to WHEN every read of every document is
    made through both THEN they are equal, document ids aside (the office numbers its own)."""
    with Archive.open(desk, write=False) as archive, office_documents(office_url, tmp_path) as pg:
        folder = _everything(archive.documents)
        office = _everything(pg)
    assert folder == office and len(folder) >= 6


def _everything(reads: DocumentReads) -> dict[str, tuple]:
    found = {}
    for doc_id in _ids(reads):
        document = reads.document(doc_id)
        assert document is not None
        found[document.sha256] = (
            document.title, document.kind, document.date, document.page_count,
            reads.pages(doc_id), reads.fields(doc_id), reads.references(doc_id),
            reads.tags_of(doc_id), reads.cases_of(doc_id), reads.paths_of(doc_id),
            reads.pages_needing_ocr(doc_id), reads.readings(doc_id), reads.waiting(doc_id),
        )  # fmt: skip
    found["problems"] = tuple(reads.problems())
    found["unreadable"] = tuple((u.title, u.pages, u.failures) for u in reads.unreadable())
    return found


def test_a_damaged_cached_copy_is_fetched_again(office_url: str, tmp_path: Path) -> None:
    """GIVEN an original fetched into the cache, then changed there WHEN it is asked for
    again THEN the office's bytes come back (the copy is checked, never trusted)."""
    with office_documents(office_url, tmp_path) as reads:
        letter = reads.document(_id_of(reads, _ids(reads), "statement.txt"))
        assert letter is not None
        path = reads.original(letter.sha256)
        good = path.read_bytes()
        path.write_bytes(b"changed on this desk")
        assert reads.original(letter.sha256).read_bytes() == good
        assert [p.name for p in path.parent.iterdir()] == [letter.sha256]  # no temporary left
        assert oct(path.parent.stat().st_mode & 0o777) == oct(0o700)


def test_a_lost_connection_is_said_in_plain_words(
    office_url: str, pg_server: str, tmp_path: Path
) -> None:
    """GIVEN the office's documents open WHEN the server ends the desk's connection (as an
    administrator's restart would) THEN the next read and the next original raise the
    plain sentence of a lost connection, with no psycopg text and no login in it."""
    with office_documents(office_url, tmp_path) as reads:
        letter = reads.document(_id_of(reads, _ids(reads), "radio-letter.pdf"))
        assert letter is not None
        with psycopg.connect(pg_server, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (reads.conn.info.backend_pid,))
        for read in (lambda: reads.pages(letter.id), lambda: reads.original(letter.sha256)):
            with pytest.raises(ServerUnreachable) as lost:
                read()
            assert "The connection to the office server was lost" in str(lost.value)
            assert "vol_" not in str(lost.value)
