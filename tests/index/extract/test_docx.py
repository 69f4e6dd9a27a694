"""Tests for the Word (.docx) extractor: real files from the shared corpus and files built here."""

from __future__ import annotations

import io
import struct
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.extract.base import Extraction, ExtractionFailed, ExtractOptions
from index.extract.docx import DocxExtractor, Limits
from index.problems import ProblemKind
from tests.conftest import CORPUS

DOCX = Path("docx")
POI = DOCX / "apache-poi"
MAMMOTH = DOCX / "mammoth/tests/test-data"
PYDOCX = DOCX / "python-docx/features/steps/test_files"
ALL_DOCX = sorted(str(p.relative_to(CORPUS)) for p in (CORPUS / DOCX).rglob("*.docx"))
NOT_ZIPS = [
    "clusterfuzz-testcase-minimized-POIFuzzer-6709287337197568.docx",
    "clusterfuzz-testcase-minimized-POIXWPFFuzzer-4959857092198400.docx",
    "clusterfuzz-testcase-minimized-POIXWPFFuzzer-5313273089884160.docx",
    "clusterfuzz-testcase-minimized-POIXWPFFuzzer-5569740188549120.docx",
    "clusterfuzz-testcase-minimized-POIXWPFFuzzer-6120975439364096.docx",
    "crash-517626e815e0afa9decd0ebb6d1dee63fb9907dd.docx",
    "truncated62886.docx",
]
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
    '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)
CORE = (
    '<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
    'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>{title}</dc:title>'
    "<dc:creator>Legal aid</dc:creator>"
    "<dcterms:created>2024-03-21T10:00:00Z</dcterms:created></cp:coreProperties>"
)


def extract(path: Path, limits: Limits | None = None) -> Extraction:
    """Run the extractor on ``path``."""
    return DocxExtractor(limits).extract(path, ExtractOptions())


def failure(path: Path, limits: Limits | None = None) -> ExtractionFailed:
    """The ExtractionFailed that extracting ``path`` raises."""
    with pytest.raises(ExtractionFailed) as caught:
        extract(path, limits)
    return caught.value


def document(body: str) -> str:
    """A word/document.xml whose w:body holds ``body``."""
    return f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'


def build_docx(path: Path, body: str, *, title: str = "") -> Path:
    """Write a minimal .docx with ``body`` in its document and ``title`` in its properties."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/document.xml", document(body))
        archive.writestr("docProps/core.xml", CORE.format(title=title))
    return path


def paragraph(text: str) -> str:
    """One w:p with one run holding ``text``."""
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def write_raw_zip(path: Path, name: str, deflated: bytes, crc: int, size: int) -> Path:
    """Write a one-member zip from already-deflated data, declaring ``size`` uncompressed."""
    encoded = name.encode()
    fields = (20, 0, 8, 0, 0x21, crc, len(deflated), size, len(encoded), 0)
    local = struct.pack("<4s5H3L2H", b"PK\x03\x04", *fields)
    central = struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, *fields, 0, 0, 0, 0, 0)
    end = struct.pack(
        "<4s4H2LH",
        b"PK\x05\x06",
        0,
        0,
        1,
        1,
        len(central) + len(encoded),
        len(local) + len(encoded) + len(deflated),
        0,
    )
    path.write_bytes(local + encoded + deflated + central + encoded + end)
    return path


def spaces_bomb(megabytes: int) -> tuple[bytes, int]:
    """Deflated data of ``megabytes`` MB of spaces, built from one repeated flushed block."""
    chunk = b" " * (1 << 20)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(chunk, crc)
    return block * megabytes + compressor.flush(), crc


# --- the corpus ------------------------------------------------------------------------------


@pytest.mark.corpus
@pytest.mark.parametrize("relative", ALL_DOCX)
def test_every_corpus_docx_extracts_or_fails_cleanly(corpus: Path, relative: str) -> None:
    """GIVEN any .docx of the corpus (apache-poi's fuzzed and broken ones included)
    WHEN it is extracted
    THEN it gives text or raises ExtractionFailed, never another exception,
    and a problem's detail is at most an exception class name, never document text."""
    try:
        extraction = extract(corpus / relative)
    except ExtractionFailed as failed:
        assert failed.problem.detail == "" or failed.problem.detail.isidentifier()
        return
    assert extraction.format == "docx"
    assert len(extraction.pages) == 1
    assert extraction.pages[0].strip() or extraction.fields


@pytest.mark.corpus
def test_paragraphs_and_table_rows_come_in_order(corpus: Path) -> None:
    """GIVEN mammoth's tables.docx (a paragraph, a 2x2 table, a paragraph)
    WHEN it is extracted
    THEN each row is one line with its cells joined by ' | ', between the paragraphs."""
    text = extract(corpus / MAMMOTH / "tables.docx").pages[0]
    assert text.splitlines() == [
        "Above",
        "Top left | Top right",
        "Bottom left | Bottom right",
        "Below",
    ]


@pytest.mark.corpus
def test_core_properties_give_title_author_and_date(corpus: Path) -> None:
    """GIVEN apache-poi's documentProperties.docx
    WHEN it is extracted
    THEN the body text, title, author (dc:creator), subject and creation date are read."""
    extraction = extract(corpus / POI / "documentProperties.docx")
    assert extraction.pages[0] == "Hello World!"
    assert extraction.title == "Hello World"
    assert extraction.date == "2009-07-20"
    assert extraction.metadata["author"] == "Paolo Mottadelli"
    assert extraction.metadata["subject"] == "Greetings"
    assert extraction.metadata["created"].startswith("2009-07-20T")


@pytest.mark.corpus
def test_tabs_headers_footers_and_footnotes(corpus: Path) -> None:
    """GIVEN files with a tab, with a header and footer, and with footnotes
    WHEN they are extracted
    THEN the tab is kept, and header, footer and footnote text follow the body."""
    assert extract(corpus / POI / "WithTabs.docx").pages[0] == "a\tb"
    text = extract(corpus / POI / "HeaderFooterUnicode.docx").pages[0]
    assert text.index("The end.") < text.index("a simple header, with a € euro")
    assert "The footer, with Molière, has Unicode in it." in text
    notes = extract(corpus / MAMMOTH / "footnotes.docx").pages[0]
    assert notes.index("Ouch.") < notes.index("A tachyon walks into a bar.")


@pytest.mark.corpus
def test_strict_namespace_and_text_box(corpus: Path) -> None:
    """GIVEN a Strict Open XML file and a file with a text box (mc:Choice and mc:Fallback)
    WHEN they are extracted
    THEN both give their text, the text box once."""
    assert extract(corpus / MAMMOTH / "strict-format.docx").pages[0] == "Test"
    assert extract(corpus / MAMMOTH / "text-box.docx").pages[0].count("Datum plane") == 1


@pytest.mark.corpus
def test_form_controls_become_fields(corpus: Path) -> None:
    """GIVEN a résumé with named content controls and a form with legacy check boxes
    WHEN they are extracted
    THEN the controls are fields with name, value, type and label."""
    fields = extract(corpus / POI / "60316.docx").fields
    assert fields[0].name == "Your Name"
    assert fields[0].value == "Allison, Timothy B."
    assert fields[0].label == "Your Name"
    legacy = extract(corpus / POI / "form_footnotes.docx").fields
    assert {f.type for f in legacy} == {"text", "checkbox"}
    assert any(f.name == "Text2" and f.type == "text" for f in legacy)


@pytest.mark.corpus
@pytest.mark.parametrize("name", NOT_ZIPS)
def test_broken_zips_are_damaged(corpus: Path, name: str) -> None:
    """GIVEN an apache-poi fuzz case or truncated file that is not a valid zip
    WHEN it is extracted
    THEN it is DAMAGED with the exception class name as detail."""
    problem = failure(corpus / POI / name).problem
    assert problem.kind == ProblemKind.DAMAGED
    assert problem.detail == "BadZipFile"


@pytest.mark.corpus
def test_corpus_special_cases(corpus: Path) -> None:
    """GIVEN an encrypted .docx, one with an external entity DOCTYPE, and an empty one
    WHEN they are extracted
    THEN they are PASSWORD, REFUSED (for safety, saying why) and EMPTY."""
    assert (
        failure(corpus / POI / "bug53475-password-is-pass.docx").problem.kind
        == ProblemKind.PASSWORD
    )
    doctype = failure(corpus / POI / "ExternalEntityInText.docx").problem
    assert (doctype.kind, doctype.detail) == (ProblemKind.REFUSED, "DoctypeRefused")
    assert "for safety" in doctype.reason and "DOCTYPE" in doctype.reason
    assert failure(corpus / MAMMOTH / "empty.docx").problem.kind == ProblemKind.EMPTY


# --- score -----------------------------------------------------------------------------------


def test_score() -> None:
    """GIVEN heads and suffixes of Word files, renamed zips, legacy .doc and other files
    WHEN they are scored
    THEN a Word zip is 95, another zip 30, a .docx name alone 10, a legacy .doc 0."""
    score = DocxExtractor().score
    assert score(b"PK\x03\x04rest", ".docx") == 95
    assert score(b"PK\x03\x04rest", ".dotx") == 95
    assert score(b"PK\x03\x04rest", ".zip") == 30
    assert score(b"plain text", ".docx") == 10
    assert score(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".docx") == 10
    assert score(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".doc") == 0
    assert score(b"%PDF-1.7", ".pdf") == 0


# --- files built here ------------------------------------------------------------------------


def test_persian_text(tmp_path: Path) -> None:
    """GIVEN a .docx written here holding Persian paragraphs and a Persian title
    WHEN it is extracted
    THEN the Persian text, title, author and date come out as written."""
    body = paragraph("درخواست پناهندگی") + paragraph("تاریخ مصاحبه: ۱۴۰۲/۰۵/۱۲")
    extraction = extract(build_docx(tmp_path / "fa.docx", body, title="پرونده"))
    assert extraction.pages[0] == "درخواست پناهندگی\nتاریخ مصاحبه: ۱۴۰۲/۰۵/۱۲"
    assert extraction.title == "پرونده"
    assert extraction.metadata["author"] == "Legal aid"
    assert extraction.date == "2024-03-21"


def test_breaks_nested_tables_and_fallback(tmp_path: Path) -> None:
    """GIVEN a paragraph with a break, a table with a nested table, and an mc:Fallback copy
    WHEN it is extracted
    THEN the break is a newline, the nested table joins its cell, the fallback is skipped."""
    nested = "<w:tbl><w:tr><w:tc>" + paragraph("inner") + "</w:tc></w:tr></w:tbl>"
    body = (
        "<w:p><w:r><w:t>one</w:t><w:br/><w:t>two</w:t></w:r></w:p>"
        f"<w:tbl><w:tr><w:tc>{paragraph('a')}</w:tc><w:tc>{paragraph('b')}{nested}</w:tc>"
        "</w:tr></w:tbl>"
        f'<mc:AlternateContent xmlns:mc="{MC_NS}"><mc:Choice>{paragraph("kept")}</mc:Choice>'
        f"<mc:Fallback>{paragraph('copy')}</mc:Fallback></mc:AlternateContent>"
    )
    text = extract(build_docx(tmp_path / "t.docx", body)).pages[0]
    assert text.splitlines() == ["one", "two", "a | b inner", "kept"]


def test_content_controls_and_legacy_fields(tmp_path: Path) -> None:
    """GIVEN a .docx with a named text control, a checked check box control and a legacy
    FORMTEXT field
    WHEN it is extracted
    THEN each is a FormField with its name, value, type and label."""
    body = (
        f'<w:sdt><w:sdtPr><w:alias w:val="Full name"/><w:tag w:val="name"/></w:sdtPr>'
        f"<w:sdtContent>{paragraph('Ali Rezaei')}</w:sdtContent></w:sdt>"
        f'<w:sdt xmlns:w14="{W14_NS}"><w:sdtPr><w:alias w:val="Minor"/><w14:checkbox>'
        '<w14:checked w14:val="1"/></w14:checkbox></w:sdtPr><w:sdtContent>'
        f"{paragraph('☒')}</w:sdtContent></w:sdt>"
        '<w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Nationality"/>'
        "<w:textInput/></w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMTEXT </w:instrText>"
        '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Afghan</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )
    fields = extract(build_docx(tmp_path / "form.docx", body)).fields
    assert [(f.name, f.value, f.type, f.label) for f in fields] == [
        ("name", "Ali Rezaei", "text", "Full name"),
        ("Minor", "checked", "checkbox", "Minor"),
        ("Nationality", "Afghan", "text", ""),
    ]


def test_doctype_entity_expansion_is_refused(tmp_path: Path) -> None:
    """GIVEN a .docx whose document declares a billion-laughs DOCTYPE
    WHEN it is extracted
    THEN it is REFUSED for safety at once, without expanding anything."""
    laughs = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY l0 "lol">{laughs}]>'
        + document(paragraph("&l9;")).split("?>", 1)[1]
    )
    path = tmp_path / "laughs.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", xml)
    problem = failure(path).problem
    assert (problem.kind, problem.detail) == (ProblemKind.REFUSED, "DoctypeRefused")
    assert problem.reason.startswith("CaseDesk refused to read this file for safety")


def test_missing_document_and_malformed_xml_are_damaged(tmp_path: Path) -> None:
    """GIVEN a zip without word/document.xml, one with malformed XML, and a text file
    named .docx
    WHEN they are extracted
    THEN each is DAMAGED, with only an exception class name as detail."""
    no_doc = tmp_path / "nodoc.docx"
    with zipfile.ZipFile(no_doc, "w") as archive:
        archive.writestr("hello.txt", "hello")
    bad_xml = build_docx(tmp_path / "bad.docx", "<w:p><w:r><w:t>secret</w:r></w:p>")
    text = tmp_path / "text.docx"
    text.write_text("secret client notes")
    for path, detail in ((no_doc, "MissingPart"), (bad_xml, "ParseError"), (text, "BadZipFile")):
        problem = failure(path).problem
        assert (problem.kind, problem.detail) == (ProblemKind.DAMAGED, detail)
        assert "secret" not in problem.reason + problem.action


def test_encrypted_ole_docx_is_password(tmp_path: Path) -> None:
    """GIVEN an OLE container named .docx holding an EncryptedPackage stream, and one without
    WHEN they are extracted
    THEN the first is PASSWORD and the second DAMAGED."""
    head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600
    encrypted = tmp_path / "locked.docx"
    encrypted.write_bytes(head + "EncryptedPackage".encode("utf-16-le") + b"\0" * 100)
    legacy = tmp_path / "legacy.docx"
    legacy.write_bytes(head + "WordDocument".encode("utf-16-le"))
    assert failure(encrypted).problem.kind == ProblemKind.PASSWORD
    assert failure(legacy).problem.kind == ProblemKind.DAMAGED


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    """GIVEN a path where no file is
    WHEN it is extracted
    THEN it is UNREADABLE, not DAMAGED."""
    assert failure(tmp_path / "gone.docx").problem.kind == ProblemKind.UNREADABLE


def test_no_text_is_empty(tmp_path: Path) -> None:
    """GIVEN a .docx whose body holds only empty paragraphs and an empty table
    WHEN it is extracted
    THEN it is EMPTY."""
    body = "<w:p/><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>"
    assert failure(build_docx(tmp_path / "e.docx", body)).problem.kind == ProblemKind.EMPTY


# --- zip bombs -------------------------------------------------------------------------------


def test_zip_bomb_is_refused_quickly(tmp_path: Path) -> None:
    """GIVEN a .docx whose word/document.xml is 1 GB of spaces deflated to about 1 MB
    WHEN it is extracted
    THEN it is TOO_LARGE within a second, from the declared sizes, without inflating."""
    deflated, crc = spaces_bomb(1024)
    path = write_raw_zip(tmp_path / "bomb.docx", "word/document.xml", deflated, crc, 1 << 30)
    assert path.stat().st_size < 2 * (1 << 20)
    with zipfile.ZipFile(path) as archive:  # the bomb is a real, readable zip
        assert archive.open("word/document.xml").read(1000) == b" " * 1000
    started = time.monotonic()
    problem = failure(path).problem
    assert problem.kind == ProblemKind.TOO_LARGE
    assert time.monotonic() - started < 1


def test_lying_sizes_do_not_inflate(tmp_path: Path) -> None:
    """GIVEN a .docx whose document declares 1 KB but inflates to 1 GB
    WHEN it is extracted
    THEN reading stops at the declared size and it is DAMAGED, quickly."""
    deflated, crc = spaces_bomb(1024)
    path = write_raw_zip(tmp_path / "liar.docx", "word/document.xml", deflated, crc, 1024)
    started = time.monotonic()
    assert failure(path).problem.kind == ProblemKind.DAMAGED
    assert time.monotonic() - started < 1


def test_limits_apply_to_declared_and_read_sizes(tmp_path: Path) -> None:
    """GIVEN a small .docx, and limits tightened below its document or its relationships
    WHEN it is extracted
    THEN a document over the part limit is refused before reading, and a relationships
    part over the total budget is refused while reading: both TOO_LARGE."""
    path = build_docx(tmp_path / "d.docx", paragraph("x" * 5000))
    assert extract(path).pages[0] == "x" * 5000
    assert failure(path, Limits(max_part=4000)).problem.kind == ProblemKind.TOO_LARGE
    padded = RELS.replace("<Relationships", " " * 20000 + "<Relationships")
    big_rels = build_docx(tmp_path / "r.docx", paragraph("x"))
    with zipfile.ZipFile(big_rels, "a") as archive:
        archive.writestr("word/_rels/document.xml.rels", padded)
    assert failure(big_rels, Limits(max_total=10000)).problem.kind == ProblemKind.TOO_LARGE


# --- fuzzing ---------------------------------------------------------------------------------


def small_docx(compression: int) -> bytes:
    """The bytes of a small valid .docx with a table, a field and core properties."""
    buffer = io.BytesIO()
    body = (
        paragraph("سلام")
        + "<w:tbl><w:tr><w:tc>"
        + paragraph("a")
        + "</w:tc><w:tc>"
        + paragraph("b")
        + "</w:tc></w:tr></w:tbl>"
        + '<w:sdt><w:sdtPr><w:tag w:val="t"/></w:sdtPr><w:sdtContent>'
        + paragraph("v")
        + "</w:sdtContent></w:sdt>"
    )
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/document.xml", document(body))
        archive.writestr("docProps/core.xml", CORE.format(title="t"))
    return buffer.getvalue()


SMALL = {method: small_docx(method) for method in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)}


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    method=st.sampled_from(sorted(SMALL)),
    flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=8),
    cut=st.none() | st.integers(min_value=0),
)
def test_mutated_docx_extracts_or_fails_cleanly(
    tmp_path: Path, method: int, flips: list[tuple[int, int]], cut: int | None
) -> None:
    """GIVEN a small valid .docx with some bytes changed and perhaps truncated
    WHEN it is extracted
    THEN it gives an Extraction or raises ExtractionFailed, never another exception."""
    data = bytearray(SMALL[method])
    for position, value in flips:
        data[position % len(data)] = value
    if cut is not None:
        data = data[: cut % (len(data) + 1)]
    path = tmp_path / "fuzz.docx"
    path.write_bytes(bytes(data))
    try:
        extraction = extract(path)
    except ExtractionFailed as failed:
        assert failed.problem.detail == "" or failed.problem.detail.isidentifier()
    else:
        assert extraction.format == "docx"
