"""Upright first: a page lying the right way up is read without the orientation detection
(OSD), and a page turned is still turned and read the right way up — with the real
Tesseract, counting the real engine's OSD calls."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from benchmarks.scan_pages import TEXTS, clean_page, phone_like, scan_like
from index.ocr.engine import Orientation, RawWord
from index.ocr.gate import confidently_upright, wordlike_share
from index.ocr.page import read_page
from index.ocr.prepare import lines_across
from index.ocr.reading import PageReading
from index.ocr.tesseract import TesseractEngine
from index.text.normalize import fold


class CountingEngine(TesseractEngine):
    """The real Tesseract engine, counting how often its orientation detection runs."""

    def __init__(self) -> None:
        super().__init__()
        self.orientations = 0

    def orientation(self, image: Image.Image, sample: int = 0) -> Orientation | None:
        self.orientations += 1
        return super().orientation(image, sample)


@pytest.fixture(scope="module")
def counting() -> CountingEngine:
    return CountingEngine()


def _folded(reading: PageReading) -> set[str]:
    return {fold(w.text.strip(".,،")) for w in reading.words}


def _scan(language: str) -> Image.Image:
    # Seed 1: skewed 2 degrees; its Dari page's language sample once ended inside a line,
    # whose fragments held a Pashto letter (read in Pashto before the cut went to a gap).
    return Image.open(io.BytesIO(scan_like(clean_page(TEXTS[language], language), seed=1)))


def _photo(language: str, turn: int) -> Image.Image:
    page = clean_page(TEXTS[language], language)
    return Image.open(io.BytesIO(phone_like(page, turn=turn, seed=11)))


def _read(image: Image.Image, engine: CountingEngine, script: str) -> tuple[PageReading, int]:
    before = engine.orientations
    reading = read_page(image, engine, script=script)
    return reading, engine.orientations - before


def test_an_upright_scan_is_read_without_orientation_detection(counting: CountingEngine) -> None:
    """GIVEN an English letter as a sheet-fed scanner gives it (A4, upright, skewed a few
    degrees, JPEG)
    WHEN it is read
    THEN OSD never ran, the page was not turned, and its words are read."""
    reading, osd_calls = _read(_scan("eng"), counting, "")
    assert osd_calls == 0
    assert reading.rotation == 0 and reading.languages == "eng"
    assert {"peshawar", "interview", "applicant", "threats"} <= _folded(reading)


def test_an_upright_dari_scan_after_a_dari_page_skips_orientation(
    counting: CountingEngine,
) -> None:
    """GIVEN a Dari scan, read after an Arabic-script page (the script tried first)
    WHEN it is read THEN no OSD, read upright in Dari."""
    reading, osd_calls = _read(_scan("fas"), counting, "Arabic")
    assert osd_calls == 0
    assert reading.rotation == 0 and reading.languages == "fas"
    assert {fold("پاسپورت"), fold("تذکره")} <= _folded(reading)


def test_an_upright_page_in_the_other_script_goes_through_orientation(
    counting: CountingEngine,
) -> None:
    """GIVEN a Dari scan read after a Latin page (English tried first: it fails the gate)
    WHEN it is read THEN OSD ran, and the page is still read upright in Dari."""
    reading, osd_calls = _read(_scan("fas"), counting, "Latin")
    assert osd_calls >= 1
    assert reading.rotation == 0 and reading.languages == "fas"
    assert {fold("پاسپورت"), fold("تذکره")} <= _folded(reading)


@pytest.mark.parametrize(("language", "turn"), [("eng", 180), ("pus", 180), ("eng", 90)])
def test_a_turned_photo_is_still_turned(counting: CountingEngine, language: str, turn: int) -> None:
    """GIVEN a phone photo turned ``turn`` degrees, the page's own script tried first
    WHEN it is read
    THEN it failed the upright gate, OSD ran, and it was turned back and read."""
    script = "Latin" if language == "eng" else "Arabic"
    reading, osd_calls = _read(_photo(language, turn), counting, script)
    assert osd_calls >= 1
    assert reading.rotation == (360 - turn) % 360
    assert reading.languages == language
    wanted = {"peshawar", "interview"} if language == "eng" else {fold("پاسپورټ"), fold("تذکره")}
    assert wanted <= _folded(reading)


def test_lines_across_tells_a_page_lying_on_its_side() -> None:
    """GIVEN an English page and the same page turned a quarter
    WHEN the direction of its lines is measured THEN across, then not."""
    page = clean_page(TEXTS["eng"], "eng")
    assert lines_across(page)
    assert not lines_across(page.rotate(90, expand=True, fillcolor=255))


def _words(*pairs: tuple[str, float]) -> tuple[RawWord, ...]:
    return tuple(RawWord(text, (0, 0, 1, 1), confidence, 1) for text, confidence in pairs)


def test_the_gate_wants_sure_word_like_readings() -> None:
    """GIVEN readings: sure words; sure fragments; unsure words; too few words
    WHEN judged THEN only the first is confidently upright."""
    sure = _words(*[("Peshawar,", 92.0), ("office", 95.0)] * 6)
    fragments = _words(*[("'", 90.0), ("1l", 90.0), ("ma", 90.0)] * 4)
    unsure = _words(*[("Peshawar", 40.0), ("office", 50.0)] * 6)
    assert confidently_upright(sure) and wordlike_share(sure) == 1.0
    assert not confidently_upright(fragments)
    assert not confidently_upright(unsure)
    assert not confidently_upright(sure[:4])
