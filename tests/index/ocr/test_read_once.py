"""Cheaper pages, the same words: only the part of a page holding ink is read, and an
Arabic-script page is read once in the language of its document's last page when that
reading holds up — with the real Tesseract, counting the real engine's readings."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw

from benchmarks.scan_pages import TEXTS, clean_page, scan_like
from index.ocr.engine import RawWord
from index.ocr.geometry import Placement
from index.ocr.page import Likely, read_page
from index.ocr.prepare import ink_bounds
from index.ocr.reading import PageReading
from index.ocr.tesseract import TesseractEngine
from index.text.normalize import fold

# A word of each page that its language's model reads and the wrong ones misspell.
_KNOWN = {"fas": "پاسپورت", "pus": "پاسپورټ", "urd": "پاسپورٹ"}


class ReadingEngine(TesseractEngine):
    """The real Tesseract engine, noting the languages of every reading it makes."""

    def __init__(self) -> None:
        super().__init__()
        self.readings: list[str] = []

    def read(self, image: Image.Image, languages: str) -> tuple[RawWord, ...]:
        self.readings.append(languages)
        return super().read(image, languages)


@pytest.fixture(scope="module")
def reader() -> ReadingEngine:
    return ReadingEngine()


@pytest.fixture(scope="module")
def last_pages(reader: ReadingEngine) -> dict[str, PageReading]:
    """A page of each Arabic-script language read as a document's first page."""
    return {language: read_page(_scan(language, 1), reader) for language in _KNOWN}


def _scan(language: str, seed: int) -> Image.Image:
    lines = TEXTS[language][seed % 3 :] + TEXTS[language][: seed % 3]
    return Image.open(io.BytesIO(scan_like(clean_page(lines, language), seed=seed)))


def _after(last: PageReading) -> Likely:
    return Likely(last.script, last.languages, last.confidence)


def _read(page: Image.Image, reader: ReadingEngine, likely: Likely) -> tuple[PageReading, list]:
    before = len(reader.readings)
    reading = read_page(page, reader, script=likely.script, likely=likely)
    return reading, reader.readings[before:]


@pytest.mark.parametrize("language", ["fas", "urd"])
def test_a_page_in_its_documents_language_is_read_once(
    reader: ReadingEngine, last_pages: dict[str, PageReading], language: str
) -> None:
    """GIVEN a document's page read in Dari (Urdu)
    WHEN its next page, in the same language, is read
    THEN it is read once, whole, in that language, and its words are right."""
    reading, readings = _read(_scan(language, 2), reader, _after(last_pages[language]))
    assert readings == [language]
    assert reading.languages == language and reading.rotation == 0
    assert fold(_KNOWN[language]) in {fold(w.text.strip(".,،")) for w in reading.words}


@pytest.mark.parametrize(("last", "language"), [("urd", "fas"), ("fas", "pus"), ("pus", "urd")])
def test_a_page_in_another_language_than_its_documents_is_read_in_its_own(
    reader: ReadingEngine, last_pages: dict[str, PageReading], last: str, language: str
) -> None:
    """GIVEN a document's page read in one of Dari, Pashto and Urdu
    WHEN its next page is in another of them
    THEN the reading in the last page's language is not kept (the engine less sure of it,
    or its letters pointing elsewhere): the page is read in its own language."""
    reading, readings = _read(_scan(language, 2), reader, _after(last_pages[last]))
    assert readings[0] == last and readings[-1] == language
    assert reading.languages == language
    assert fold(_KNOWN[language]) in {fold(w.text.strip(".,،")) for w in reading.words}


def test_only_the_part_of_a_page_holding_ink_is_read() -> None:
    """GIVEN a white page with a mark in it, and a blank one
    WHEN the part holding ink is found
    THEN it is the mark and a margin around it, inside the page; a blank page is whole."""
    page = Image.new("L", (1000, 800), 255)
    ImageDraw.Draw(page).rectangle((300, 200, 340, 220), fill=60)
    assert ink_bounds(page, margin=50) == (250, 150, 391, 271)
    assert ink_bounds(page, margin=500) == (0, 0, 841, 721)
    assert ink_bounds(Image.new("L", (100, 80), 255)) == (0, 0, 100, 80)


def test_a_box_on_the_cropped_page_is_put_back_on_the_source() -> None:
    """GIVEN a page cropped then turned a little
    WHEN a box found on the result is put back
    THEN it lands where it was on the source page."""
    page = Image.new("L", (1000, 800), 255)
    cropped, placement = Placement.of(page).cropped(page, (100, 50, 900, 750))
    assert cropped.size == (800, 700)
    assert placement.to_source((10, 20, 30, 40)) == (110, 70, 130, 90)
    _, placement = placement.turned(cropped, 2.0)
    back = placement.to_source(placement.to_image((500, 400, 540, 420)))
    assert back[:2] <= (500, 400) and back[2:] >= (540, 420)
    assert back[0] > 490 and back[1] > 390 and back[2] < 550 and back[3] < 430
