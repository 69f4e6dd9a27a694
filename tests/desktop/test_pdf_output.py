"""PDFs made by Qt from HTML, and read back through the real ingest (Persian included)."""

from __future__ import annotations

from pathlib import Path

import pypdf

from desktop.output.pdf import html_to_pdf
from index.archive import Archive
from index.ingest.pipeline import Ingest

PERSIAN = "گذرنامه متقاضی در سفارت بررسی شد و مصاحبه در اسلام‌آباد برگزار می‌شود"


def test_a_persian_pdf_is_findable_by_a_persian_word(tmp_path: Path) -> None:
    """GIVEN a PDF in Persian rendered by Qt (right to left, joined letters)
    WHEN it is added THEN its text is stored in logical order and a Persian word finds it,
    also when typed with Arabic yeh or without the zero-width non-joiner."""
    pdf = html_to_pdf(f'<p dir="rtl">{PERSIAN}</p><p>Case AFG-2024-00137</p>', tmp_path / "fa.pdf")
    root = tmp_path / "archive"
    with Archive.open(root, write=True) as archive:
        summary = Ingest(archive).run([pdf])
        assert summary.added == 1
        (doc_id,) = archive.catalog.document_ids()
        text = archive.catalog.pages(doc_id)[0]
        assert "مصاحبه" in text and "گذرنامه" in text
        for query in ("مصاحبه", "سفارت", "اسلامآباد", "متقاضي"):
            assert [h.id for h in archive.find(query).hits] == [doc_id], query


def test_html_to_pdf_pages_and_paper(tmp_path: Path) -> None:
    """GIVEN HTML with a forced page break WHEN rendered on Letter paper
    THEN the PDF has two pages of Letter size."""
    html = '<p>first</p><p style="page-break-before: always">second</p>'
    reader = pypdf.PdfReader(html_to_pdf(html, tmp_path / "two.pdf", paper="letter"))
    assert len(reader.pages) == 2
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert round(width) == 612 and round(height) == 792
