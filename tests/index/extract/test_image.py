"""Pictures are documents: every format, one page per image, flagged for OCR; broken and
oversized pictures are problems in plain words."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.extract.base import Extraction, ExtractionFailed, ExtractOptions
from index.extract.image import open_page
from index.extract.registry import extract_file
from index.problems import ProblemKind
from tests.support import pictures


def _extract(path: Path) -> Extraction:
    return extract_file(path, path.suffix, ExtractOptions())


def _problem(path: Path) -> ExtractionFailed:
    with pytest.raises(ExtractionFailed) as failed:
        _extract(path)
    return failed.value


@pytest.mark.parametrize(
    ("name", "format"),
    [
        ("photo.jpg", "JPEG"),
        ("scan.png", "PNG"),
        ("scan.webp", "WEBP"),
        ("scan.bmp", "BMP"),
        ("photo.heic", "HEIF"),
        ("one-page.tif", "TIFF"),
    ],
)
def test_each_picture_format_is_one_page_needing_ocr(
    tmp_path: Path, name: str, format: str
) -> None:
    """GIVEN a small picture in FORMAT WHEN it is extracted
    THEN it is an image document of one empty page flagged for OCR, with its size."""
    path = pictures.save(tmp_path / name, pictures.page(), format)
    extraction = _extract(path)
    assert extraction.format == "image"
    assert extraction.pages == ("",)
    assert extraction.needs_ocr == (1,)
    assert (extraction.metadata["width"], extraction.metadata["height"]) == ("120", "80")


def test_every_page_of_a_multi_page_tiff_is_a_page(tmp_path: Path) -> None:
    """GIVEN a TIFF of three pages WHEN extracted THEN it has three pages, all needing OCR."""
    extraction = _extract(pictures.multi_page_tiff(tmp_path / "scan.tif", 3))
    assert extraction.pages == ("", "", "")
    assert extraction.needs_ocr == (1, 2, 3)


def test_an_animated_gif_is_its_first_frame(tmp_path: Path) -> None:
    """GIVEN a GIF of four frames WHEN extracted THEN it is one page."""
    extraction = _extract(pictures.animated_gif(tmp_path / "anim.gif", 4))
    assert extraction.needs_ocr == (1,)


def test_a_picture_named_like_a_pdf_is_read_as_a_picture(tmp_path: Path) -> None:
    """GIVEN a PNG saved with a .pdf name WHEN extracted THEN its content decides: a picture."""
    path = pictures.save(tmp_path / "scan.pdf", pictures.page(), "PNG")
    assert _extract(path).format == "image"


def test_a_phone_photo_is_shown_upright_and_dated(tmp_path: Path) -> None:
    """GIVEN a JPEG stored sideways with EXIF orientation 6 and the date it was taken
    WHEN extracted and its page opened
    THEN the document has that date and the page is upright at the size a viewer shows."""
    path = pictures.sideways_photo(tmp_path / "photo.jpg", pictures.page((120, 80)))
    assert _extract(path).date == "2024-03-12"
    image, size = open_page(path, 1)
    assert image.size == size == (120, 80)
    assert image.getpixel((15, 15))[0] < 60  # the dark bar is back at the top left


def test_a_decompression_bomb_is_too_large_in_plain_words(tmp_path: Path) -> None:
    """GIVEN a 60 KB PNG that decodes to 20,000 by 20,000 pixels
    WHEN extracted THEN it is a "too large" problem naming its size, before anything is decoded."""
    path = pictures.png_claiming(tmp_path / "bomb.png", 20_000, 20_000)
    assert path.stat().st_size < 100_000
    failed = _problem(path)
    assert failed.problem.kind is ProblemKind.TOO_LARGE
    assert "20,000 by 20,000 pixels (400 million)" in failed.problem.reason


def test_a_picture_100000_pixels_wide_is_too_large(tmp_path: Path) -> None:
    """GIVEN a strip 100,000 pixels wide and 8 high WHEN extracted
    THEN it is a "too large" problem that says how wide it is and what CaseDesk reads."""
    failed = _problem(pictures.png_claiming(tmp_path / "strip.png", 100_000, 8))
    assert failed.problem.kind is ProblemKind.TOO_LARGE
    assert "100,000 by 8 pixels" in failed.problem.reason
    assert "25,000 pixels a side" in failed.problem.reason


@pytest.mark.parametrize(("name", "format"), [("cut.jpg", "JPEG"), ("cut.png", "PNG")])
def test_a_truncated_picture_is_damaged(tmp_path: Path, name: str, format: str) -> None:
    """GIVEN a JPEG or PNG cut off halfway WHEN extracted
    THEN it is a "damaged" problem saying the picture is cut short."""
    failed = _problem(pictures.cut_in_half(tmp_path / name, format))
    assert failed.problem.kind is ProblemKind.DAMAGED
    assert "cut short" in failed.problem.reason


def test_garbage_after_picture_magic_is_damaged(tmp_path: Path) -> None:
    """GIVEN a file starting like a JPEG followed by random bytes WHEN extracted
    THEN it is a "damaged" problem, not a crash."""
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8)
    assert _problem(path).problem.kind is ProblemKind.DAMAGED


def test_text_starting_with_bm_is_not_a_bitmap(tmp_path: Path) -> None:
    """GIVEN a text file whose first letters are "BM" WHEN extracted THEN it is read as text."""
    path = tmp_path / "notes.txt"
    path.write_text("BMW workshop letter: the applicant worked there from 2016.")
    assert _extract(path).format == "text"
