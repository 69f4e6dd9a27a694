"""A scanner's PDF page is read from its own picture when the page is nothing else; any
other page is rendered as before — real PDFs made by Pillow, opened by PDFium."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

from benchmarks.scan_pages import TEXTS, clean_page, scan_like
from index.extract.base import ExtractOptions
from index.ocr.sources import PDF_DPI, page_image


def _scan() -> Image.Image:
    return Image.open(io.BytesIO(scan_like(clean_page(TEXTS["eng"]), seed=4)))


def _pdf(path: Path, picture: Image.Image, dpi: float) -> Path:
    picture.save(path, "PDF", resolution=dpi)
    return path


def test_a_scanned_page_at_the_reading_resolution_is_its_own_picture(tmp_path: Path) -> None:
    """GIVEN a PDF whose page is one scanned A4 picture at 300 dpi (as scanners make them)
    WHEN the page is made ready to read
    THEN it is the picture at its own size (a rendering is a pixel wider), its pixels
    those the PDF holds (Pillow stored them as a JPEG again: within its noise)."""
    picture = _scan()
    page = page_image(_pdf(tmp_path / "scan.pdf", picture, PDF_DPI), 1, ExtractOptions())
    assert page.dpi == PDF_DPI and page.size == picture.size
    difference = np.abs(np.asarray(page.image, np.int16) - np.asarray(picture, np.int16))
    assert difference.mean() < 2


def test_a_picture_at_another_resolution_is_rendered(tmp_path: Path) -> None:
    """GIVEN a PDF whose page is a picture at 150 dpi
    WHEN the page is made ready to read
    THEN it is rendered at 300 dpi, twice the picture's size, as before."""
    picture = _scan().reduce(2)
    page = page_image(_pdf(tmp_path / "low.pdf", picture, PDF_DPI / 2), 1, ExtractOptions())
    assert page.dpi == PDF_DPI
    assert abs(page.size[0] - 2 * picture.width) <= 2
    assert abs(page.size[1] - 2 * picture.height) <= 2


def test_a_page_with_more_than_its_picture_is_rendered(tmp_path: Path) -> None:
    """GIVEN a PDF page holding a scanned picture at 300 dpi and a stamp (a second picture)
    WHEN the page is made ready to read
    THEN the page is rendered (the stamp is part of what is read), as before."""
    picture, path = _scan(), tmp_path / "stamped.pdf"
    jpeg, stamp = tmp_path / "scan.jpg", tmp_path / "stamp.jpg"
    picture.save(jpeg, "JPEG", dpi=(PDF_DPI, PDF_DPI))
    Image.new("L", (200, 100), 0).save(stamp, "JPEG")
    document = pdfium.PdfDocument.new()
    width, height = picture.width * 72 / PDF_DPI, picture.height * 72 / PDF_DPI
    page = document.new_page(width, height)
    for file, matrix in ((jpeg, (width, 0, 0, height, 0, 0)), (stamp, (100, 0, 0, 50, 300, 400))):
        image = pdfium.PdfImage.new(document)
        image.load_jpeg(str(file))
        image.set_matrix(pdfium.PdfMatrix(*matrix))
        page.insert_obj(image)
    page.gen_content()
    document.save(path)
    read = page_image(path, 1, ExtractOptions())
    dark = np.asarray(read.image)[height_px(read, 400 + 50) : height_px(read, 400), 1260:1660]
    assert read.dpi == PDF_DPI and read.size != picture.size
    assert dark.size and dark.mean() < 30  # the stamp is on the page read


def height_px(read: object, points_from_bottom: float) -> int:
    return round(read.size[1] - points_from_bottom * PDF_DPI / 72)  # type: ignore[attr-defined]
