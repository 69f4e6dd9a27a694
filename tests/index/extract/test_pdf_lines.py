"""PDF lines mixing Dari and English or numbers are read in logical order."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.output.pdf import html_to_pdf
from index.archive import Archive
from index.extract.base import ExtractOptions
from index.extract.pdf import PdfExtractor
from index.ingest.pipeline import Ingest

# A Dari sentence with a case number, a year and a Latin name; an English one with a Dari
# name; a Dari line with Persian digits only (which PDFium already reads right).
MIXED = "پرونده AFG-2024-00137 در سال 2023 برای خانم Shabnam Rahimi ثبت شد"
ENGLISH = "Applicant: شبنم رحیمی, Kabul"
DARI_DIGITS = "در سال ۱۴۰۲ به پاکستان آمد"
# The hamza over heh of the izafe (ه + U+0654), which PDFium put a word away from its letter.
IZAFE = "برنامهٔ رادیو دربارهٔ آموزش دختران"


@pytest.fixture(scope="module")
def other_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A PDF such as other programs make (Qt's own writer, as it comes), with mixed lines."""
    folder = tmp_path_factory.mktemp("mixed")
    html = (
        f'<p dir="rtl">{MIXED}</p><p>{ENGLISH}</p><p dir="rtl">{DARI_DIGITS}</p>'
        f'<p dir="rtl">{IZAFE}</p>'
    )
    return html_to_pdf(html, folder / "mixed-lines.pdf")


def test_mixed_lines_come_out_in_logical_order(other_pdf: Path) -> None:
    """GIVEN a PDF with a Dari line holding a case number, a year and a Latin name, an
    English line holding a Dari name, and a Dari line with the izafe's hamza (هٔ)
    WHEN its text is extracted THEN each line reads in the order it was written (PDFium
    alone gave "-2024-00137AFG" and "Rahimi Shabnam", swapped the Dari name's words, and
    read "برنام ٔه")."""
    text = PdfExtractor().extract(other_pdf, ExtractOptions()).pages[0]
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert MIXED in lines
    assert any("شبنم رحیمی" in line and line.startswith("Applicant:") for line in lines)
    assert DARI_DIGITS in lines
    assert IZAFE in lines


def test_a_phrase_across_a_mixed_line_is_found(other_pdf: Path, tmp_path: Path) -> None:
    """GIVEN the PDF added to an archive WHEN phrases crossing from Dari to the case number,
    to the Latin name and back are searched THEN each finds the document."""
    with Archive.open(tmp_path / "archive", write=True) as archive:
        Ingest(archive).run([other_pdf])
        (doc_id,) = archive.catalog.document_ids()
        for phrase in (
            '"پرونده AFG-2024-00137 در سال 2023"',
            '"خانم Shabnam Rahimi ثبت"',
            '"Applicant: شبنم رحیمی"',
        ):
            assert [h.id for h in archive.find(phrase).hits] == [doc_id], phrase
