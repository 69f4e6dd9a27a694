"""Reading pages with the real Tesseract: the right way up, in Dari and Pashto, and with
boxes where the words were drawn."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from benchmarks.scan_pages import TEXTS, draw_page, phone_like
from index.extract.base import ExtractOptions
from index.extract.pool import ExtractionPool
from index.ocr.geometry import Placement
from index.ocr.job import engine, page_jobs, read_scan_page
from index.ocr.orient import QUICK_SAMPLE, TRUSTED
from index.ocr.page import read_page
from index.ocr.prepare import even_light
from index.ocr.reading import PageReading
from index.problems import Problem, ProblemKind
from index.text.normalize import fold
from tests.support import pictures
from tests.support.drafting import SECRET_PASSPORT
from tests.support.scanned_letter import letter_page

ENGLISH = TEXTS["eng"][:3]


def _folded(reading: PageReading) -> set[str]:
    return {fold(w.text.strip(".,")) for w in reading.words}


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    """Intersection over union of two boxes."""
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    if width <= 0 or height <= 0:
        return 0.0
    area = width * height
    size = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1])
    return area / (size - area)


def test_a_sideways_phone_photo_is_read_the_right_way_up(tmp_path: Path) -> None:
    """GIVEN a phone-like JPEG of an English letter turned a quarter (blurred, in
    perspective, unevenly lit, quality 50)
    WHEN its page is read
    THEN it was turned back and its words are read."""
    page, _ = draw_page(ENGLISH, "eng", size=40)
    path = tmp_path / "photo.jpg"
    path.write_bytes(phone_like(page, turn=90, seed=4))
    reading = read_scan_page(path, ".jpg", ExtractOptions(), page=1)
    assert reading.rotation == 270
    assert {"peshawar", "interview", "applicant", "threats"} <= _folded(reading)
    assert reading.languages == "eng" and reading.engine.startswith("tesseract 5.")


@pytest.mark.parametrize("turn", [90, 180])
def test_the_quick_orientation_sample_is_sure_of_the_same_turn(turn: int) -> None:
    """GIVEN a phone-like photo of an English letter turned ``turn`` degrees
    WHEN Tesseract's orientation is asked on the quick sample and on its whole sample
    THEN the quick one looks at fewer characters (its confidence is lower) yet is trusted
    and gives the same turn: the whole sample is not needed on such a page."""
    page, _ = draw_page(ENGLISH, "eng", size=40)
    photo = even_light(Image.open(io.BytesIO(phone_like(page, turn=turn, seed=5))).convert("L"))
    quick = engine().orientation(photo, QUICK_SAMPLE)
    whole = engine().orientation(photo)
    assert quick is not None and whole is not None
    assert quick.turn == whole.turn == (360 - turn) % 360
    assert TRUSTED <= quick.confidence < whole.confidence


@pytest.mark.parametrize(
    ("language", "words"),
    [("fas", {"پاسپورت", "تذکره", "مدارک"}), ("pus", {"پاسپورټ", "وړاندې", "تذکره"})],
)
def test_dari_and_pashto_words_are_read_in_their_language(language: str, words: set[str]) -> None:
    """GIVEN a scan of two lines in Dari, or in Pashto (with letters only Pashto has)
    WHEN it is read
    THEN the page was read in that language and the words are found as search folds them."""
    lines = TEXTS[language][4:6]
    page, _ = draw_page(lines, language, size=44)
    reading = read_page(page, engine())
    assert reading.languages == language and reading.script == "Arabic"
    assert {fold(w) for w in words} <= _folded(reading)


def test_a_word_box_is_where_the_word_was_drawn_on_the_source_image() -> None:
    """GIVEN an English page turned a quarter counter-clockwise, and where each word was drawn
    WHEN it is read
    THEN the box of "Peshawar" is on the turned image where that word is (overlap > 0.5)."""
    page, drawn = draw_page(ENGLISH, "eng", size=40)
    turned, placement = Placement.of(page).turned(page, 90)
    reading = read_page(turned, engine())
    drawn_box = next(w.box for w in drawn if w.text == "Peshawar")
    on_turned = _mapped(placement, drawn_box)  # the same map the turn used
    found = [w.box for w in reading.words if w.text.startswith("Peshawar")]
    assert (reading.width, reading.height) == turned.size
    assert found and _overlap(found[0], on_turned) > 0.5


def _mapped(placement: Placement, box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    a, b, c, d, e, f = placement.matrix
    xs = [a * x + b * y + c for x in (box[0], box[2]) for y in (box[1], box[3])]
    ys = [d * x + e * y + f for x in (box[0], box[2]) for y in (box[1], box[3])]
    return (int(min(xs)), int(min(ys)), int(max(xs)), int(max(ys)))


def test_a_blank_page_is_read_as_blank() -> None:
    """GIVEN a white page with nothing on it WHEN it is read THEN it has no words and no text."""
    reading = read_page(Image.new("L", (600, 400), 255), engine())
    assert reading.is_blank and reading.text == ""


def test_the_pool_reads_pages_in_its_workers_and_broken_ones_are_problems(tmp_path: Path) -> None:
    """GIVEN a clean English scan and a picture cut in half
    WHEN their pages are read as pool jobs
    THEN the scan's page comes back read and the broken one is a "damaged" problem."""
    page, _ = draw_page(ENGLISH[:2], "eng", size=40)
    scan = tmp_path / "scan.png"
    page.save(scan)
    broken = pictures.cut_in_half(tmp_path / "broken.jpg", "JPEG")
    jobs = page_jobs("scan", scan, (1,)) + page_jobs("broken", broken, (1,))
    pending = iter(jobs)
    with ExtractionPool(workers=2) as pool:
        outcomes = {job.token: outcome for job, outcome in pool.run(lambda: next(pending, None))}
    assert isinstance(outcomes[("scan", 1)], PageReading)
    assert "peshawar" in _folded(outcomes[("scan", 1)])
    problem = outcomes[("broken", 1)]
    assert isinstance(problem, Problem) and problem.kind is ProblemKind.DAMAGED


def test_a_phone_photo_with_exif_orientation_is_read_upright(tmp_path: Path) -> None:
    """GIVEN a JPEG stored sideways whose EXIF says to turn it
    WHEN its page is read
    THEN no further turn was needed and the boxes are in the upright picture's size."""
    page, _ = draw_page(ENGLISH[:2], "eng", size=40)
    path = pictures.sideways_photo(tmp_path / "photo.jpg", page.convert("RGB"))
    reading = read_scan_page(path, ".jpg", ExtractOptions(), page=1)
    assert reading.rotation == 0
    assert (reading.width, reading.height) == page.size
    assert "peshawar" in _folded(reading)


def test_a_whole_page_with_a_few_lines_is_read() -> None:
    """GIVEN a whole A4 page scanned at 300 dpi with four lines on it (less than 1% of it
    ink) saved as a JPEG, as scanners do
    WHEN it is read
    THEN its words are read (stretching the darkest 1% to black once turned the JPEG's
    faint noise around the letters into ink, and the page read as nonsense)."""
    out = io.BytesIO()
    letter_page().save(out, "JPEG", quality=75)
    reading = read_page(Image.open(out), engine())
    assert {"peshawar", "interview", "children", fold(SECRET_PASSPORT)} <= _folded(reading)
