"""The PDFs other readers open and PDFium loses: each built by the test, read by pypdf or
poppler, or reported with the precise reason (docs/PDF-EXTRACTION.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.extract.base import Extraction, ExtractionFailed, ExtractOptions
from index.extract.pdf import PdfExtractor
from index.extract.pdf_passwords import byte_forms, saslprep
from index.extract.pdf_readers import Refusal, read_with_poppler
from index.extract.registry import choose
from index.problems import ProblemKind
from tests.support.pdfs import brotli_pdf, plain_pdf

# Bytes before the header, as a mail gateway or a download tool leaves them.
JUNK = bytes(range(256)) * 5  # 1,280 bytes: past the 1,024 PDFium looks through


def extract(tmp_path: Path, data: bytes, *passwords: str) -> Extraction:
    target = tmp_path / "file.pdf"
    target.write_bytes(data)
    return PdfExtractor().extract(target, ExtractOptions(passwords=passwords))


def failure(tmp_path: Path, data: bytes, *passwords: str) -> ExtractionFailed:
    with pytest.raises(ExtractionFailed) as caught:
        extract(tmp_path, data, *passwords)
    return caught.value


# --- a second and a third reader -----------------------------------------------------


def test_brotli_object_streams_are_read_by_pypdf(tmp_path: Path) -> None:
    """GIVEN a PDF 2.0 file whose catalog, pages and content are in /BrotliDecode streams
    (PDFium cannot load it at all)
    WHEN it is extracted
    THEN pypdf reads its page and the metadata says so."""
    data = brotli_pdf("Brotli squeezed statement of Farida Testzada", objects_in_brotli_stream=True)
    result = extract(tmp_path, data)
    assert result.pages == ("Brotli squeezed statement of Farida Testzada",)
    assert result.metadata["reader"] == "pypdf"
    assert result.needs_ocr == ()


def test_brotli_content_stream_is_read_by_pdfium(tmp_path: Path) -> None:
    """GIVEN a PDF whose only Brotli stream is the page content
    WHEN it is extracted
    THEN PDFium reads it itself (the other readers are not needed)."""
    result = extract(tmp_path, brotli_pdf("Brotli content only", objects_in_brotli_stream=False))
    assert result.pages == ("Brotli content only",)
    assert result.metadata["reader"] == "pdfium"


def test_header_past_1024_bytes_is_read_by_pypdf(tmp_path: Path) -> None:
    """GIVEN a PDF with 1,280 bytes of junk before its header (PDFium refuses it)
    WHEN it is extracted
    THEN pypdf reads the page."""
    result = extract(tmp_path, JUNK + plain_pdf("Late header letter"))
    assert result.pages == ("Late header letter",)
    assert result.metadata["reader"] == "pypdf"


def test_late_header_and_cut_cross_references_are_read_by_poppler(tmp_path: Path) -> None:
    """GIVEN a PDF with junk before its header and its cross-reference table cut off
    (PDFium and pypdf both give up; poppler rebuilds the table)
    WHEN it is extracted
    THEN poppler's pdftotext reads the page and the metadata says poppler."""
    whole = plain_pdf("Rebuilt by poppler")
    result = extract(tmp_path, JUNK + whole[: whole.rfind(b"xref")])
    assert [page.strip() for page in result.pages] == ["Rebuilt by poppler"]
    assert result.metadata["reader"] == "poppler"


def test_poppler_reports_damage_without_text(tmp_path: Path) -> None:
    """GIVEN bytes that are no PDF at all
    WHEN poppler is asked for them directly
    THEN it refuses them as damaged (with its exit code, never its messages)."""
    target = tmp_path / "noise.pdf"
    target.write_bytes(b"%PDF-1.7\n" + b"\x00" * 100)
    reading = read_with_poppler(target)
    assert reading.refusal is Refusal.DAMAGED
    assert reading.detail.startswith("exit code")


def test_header_starting_at_byte_1024_is_a_pdf_even_named_txt(tmp_path: Path) -> None:
    """GIVEN a PDF (all ASCII) after exactly 1,024 bytes of text, named .txt
    WHEN the registry chooses its reader and it is extracted
    THEN the PDF reader is chosen, not the text reader, and the page text comes out."""
    data = b"Received: from gateway\n".ljust(1024, b"-") + plain_pdf("Header at 1024")
    assert choose(data[:4096], ".txt").name == "pdf"
    assert extract(tmp_path, data).pages == ("Header at 1024",)


def test_page_of_control_characters_needs_ocr(tmp_path: Path) -> None:
    """GIVEN a page whose text layer gives only control characters
    WHEN it is extracted
    THEN the page is blank and flagged as needing OCR."""
    result = extract(tmp_path, plain_pdf("\x01\x02\x03\x04\x05\x06"))
    assert result.pages == ("",)
    assert result.needs_ocr == (1,)


# --- precise reasons -----------------------------------------------------------------


def test_broken_page_tree_is_damaged_not_empty(tmp_path: Path) -> None:
    """GIVEN a PDF whose catalog points to a page tree that is not there
    WHEN it is extracted
    THEN it is DAMAGED (PDFium finds no pages, but the structure is broken)."""
    data = plain_pdf("Lost pages").replace(b"/Pages 2 0 R", b"/Pages 9 0 R")
    assert failure(tmp_path, data).problem.kind is ProblemKind.DAMAGED


def test_whole_pdf_without_pages_is_empty(tmp_path: Path) -> None:
    """GIVEN a well-formed PDF whose page tree says it has no pages
    WHEN it is extracted
    THEN it is EMPTY."""
    data = plain_pdf("x").replace(b"/Count 1", b"/Count 0").replace(b"[ 4 0 R ]", b"[       ]")
    assert failure(tmp_path, data).problem.kind is ProblemKind.EMPTY


def test_certificate_security_is_named_and_not_a_password_problem(tmp_path: Path) -> None:
    """GIVEN a PDF locked by the certificate (public-key) security handler
    WHEN it is extracted with a password
    THEN the reason says it is protected by a kind of security CaseDesk cannot open, names
    the certificate, and never asks for a password."""
    data = plain_pdf("Sealed", password="any").replace(b"/Standard", b"/Adobe.PubSec")
    problem = failure(tmp_path, data, "any").problem
    assert problem.kind is ProblemKind.SECURITY
    assert "protected by a kind of security CaseDesk cannot open (a certificate" in problem.reason
    assert "password" not in problem.reason.lower()


# --- passwords -------------------------------------------------------------------------


@pytest.mark.parametrize("password", ["pass\u00adwort", "\u00aadmin-2026", "one\u00a0two"])
def test_aes256_password_typed_as_is_opens_in_pdfium(tmp_path: Path, password: str) -> None:
    """GIVEN an AES-256 (revision 6) PDF whose password has a soft hyphen, an ª or a
    no-break space (the writer prepared it with SASLprep, as PDF 2.0 says)
    WHEN it is extracted with the password typed as is
    THEN PDFium itself opens it (no reader falls back)."""
    result = extract(tmp_path, plain_pdf("Unlocked", password=password), password)
    assert result.pages == ("Unlocked",)
    assert result.metadata["reader"] == "pdfium"


def test_saslprep_maps_and_normalises() -> None:
    """GIVEN passwords with a soft hyphen, ª and a no-break space
    WHEN they are prepared
    THEN the soft hyphen goes, ª becomes a, the space becomes an ASCII space; and the
    forms to try are the empty one, the typed one (UTF-8), the prepared one, then the
    typed one in Latin-1 for older encryption."""
    assert saslprep("pass\u00adwort") == "passwort"
    assert saslprep("\u00aadmin") == "admin"
    assert saslprep("one\u00a0two") == "one two"
    assert [raw for raw, _text in byte_forms(("\u00aa",))] == [b"", b"\xc2\xaa", b"a", b"\xaa"]


def test_wrong_password_is_still_a_password_problem(tmp_path: Path) -> None:
    """GIVEN an AES-256 PDF
    WHEN it is extracted with a wrong password
    THEN it is a PASSWORD problem whose detail does not quote the password."""
    problem = failure(tmp_path, plain_pdf("Locked", password="right"), "wrong").problem
    assert problem.kind is ProblemKind.PASSWORD
    assert "wrong" not in problem.detail
