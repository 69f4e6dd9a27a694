"""Letters as PDF painted page by page: footer on every page, paper, fonts."""

from __future__ import annotations

import io
import unicodedata

import pypdf
import pytest

from desktop.output.fonts import arabic_script_family, covers, font_of_text, fonts_used
from desktop.output.paged import (
    PageSetup,
    letter_document,
    page_layout,
    paint_pages,
    render_pdf,
)

LONG = "".join(
    f"<p>Paragraph {i}: the applicant's account of events, as told at the intake interview, "
    "is set out here at some length so that the letter runs over several pages.</p>"
    for i in range(90)
)


def page_texts(data: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in reader.pages]


def test_every_page_has_its_footer(tmp_path) -> None:
    """GIVEN HTML that runs over several pages WHEN rendered with a footer text
    THEN every page says "Page i of n" and the footer text, and no paragraph is lost."""
    result = render_pdf(LONG, PageSetup(footer_left="AFG-2024-00452 · Test letter"))
    texts = page_texts(result.data)
    assert result.pages == len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {result.pages}" in text
        assert "AFG-2024-00452 · Test letter" in text
    joined = " ".join(texts)
    assert all(f"Paragraph {i}:" in joined for i in range(90))


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_paper_sizes(paper: str, size: tuple[int, int]) -> None:
    """GIVEN a page break WHEN rendered on A4 or Letter THEN two pages of that size."""
    html = '<p>first</p><p style="page-break-before: always">second</p>'
    result = render_pdf(html, PageSetup(paper=paper))
    reader = pypdf.PdfReader(io.BytesIO(result.data))
    assert len(reader.pages) == 2
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size
    with pytest.raises(ValueError):
        render_pdf(html, PageSetup(paper="a5"))


def test_arabic_script_names_get_one_font_that_has_them() -> None:
    """GIVEN a Dari and a Pashto name (the Pashto one with ۍ) WHEN laid out in a "native" span
    THEN each is drawn in one installed font with all its letters: no box, no mixed fonts."""
    names = ["هدایت‌الله صافی", "ښکلۍ رحیمي"]
    html = "".join(f'<p>Name: <span class="native">{n}</span></p>' for n in names)
    document = letter_document(html)
    for name in names:
        used = font_of_text(document, name)
        assert len(used) == 1 and used[0].missing == 0, used
        assert covers(used[0].family, name)
    assert covers(arabic_script_family("".join(names)), "".join(names))
    assert sum(f.missing for f in fonts_used(document)) == 0


def test_the_same_pages_print_on_a_printer(tmp_path) -> None:
    """GIVEN a printer (printing to a PDF file, as the print dialog's "Print to file")
    WHEN the pages are painted on it THEN it gets the same pages with their footers."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(page_layout(PageSetup(paper="letter")))
    pages = paint_pages(letter_document(LONG), printer, "AFG-2024-00452")
    texts = page_texts((tmp_path / "printed.pdf").read_bytes())
    assert len(texts) == pages >= 3
    assert all(f"Page {n} of {pages}" in t for n, t in enumerate(texts, start=1))
