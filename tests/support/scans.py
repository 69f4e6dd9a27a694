"""Scans with known text, made at test time: pictures of invented pages, and PDFs whose
pages are pictures (every name and number here is invented)."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from pypdf import PdfReader, PdfWriter

from benchmarks.scan_pages import DrawnWord, draw_page
from tests.support.hostile import simple_pdf

ENGLISH = (
    "Statement of Mohammed Ahmadzai, case AFG-2024-00137.",
    "The family left Herat province after repeated threats.",
)
DARI = ("مدارک هویت شامل تذکره و پاسپورت در جلسه بعدی",)
PASHTO = ("د پېژندنې اسناد لکه تذکره او پاسپورټ به په",)


def scan(lines: tuple[str, ...], language: str = "eng", size: int = 40) -> Image.Image:
    """A clean greyscale page with ``lines`` drawn on it (about 12 pt at 300 dpi)."""
    return draw_page(lines, language, size=size)[0]


def scan_with_words(
    lines: tuple[str, ...], language: str = "eng", size: int = 40
) -> tuple[Image.Image, list[DrawnWord]]:
    """The page and where each word was drawn on it."""
    return draw_page(lines, language, size=size)


def save_scan(path: Path, lines: tuple[str, ...], language: str = "eng") -> Path:
    """A PNG of a page with ``lines``."""
    scan(lines, language).save(path, format="PNG")
    return path


def blank(path: Path, size: tuple[int, int] = (800, 600)) -> Path:
    """A white page: nothing to read."""
    Image.new("L", size, 255).save(path, format="PNG")
    return path


def tiff_of(path: Path, pages: list[Image.Image]) -> Path:
    """A multi-page TIFF of ``pages``."""
    pages[0].save(path, format="TIFF", save_all=True, append_images=pages[1:])
    return path


def pdf_with_a_scanned_page(path: Path, text: str, picture: Image.Image, dpi: int = 300) -> Path:
    """A PDF whose first page has a text layer (``text``) and whose second page is only
    ``picture`` (as a scanner makes it, at ``dpi``)."""
    text_pdf = simple_pdf(path.with_suffix(".text.pdf"), [text])
    scan_pdf = path.with_suffix(".scan.pdf")
    picture.convert("RGB").save(scan_pdf, format="PDF", resolution=dpi)
    writer = PdfWriter()
    for source in (text_pdf, scan_pdf):
        for page in PdfReader(source).pages:
            writer.add_page(page)
    with path.open("wb") as f:
        writer.write(f)
    text_pdf.unlink()
    scan_pdf.unlink()
    return path
