"""Values in the pixels of a page: which pages need OCR, reading them, and whether the
reading can be trusted.

A page is read by OCR when pictures (image objects, found inside form XObjects too)
cover at least :data:`PICTURE_SHARE` of it — a scan, a photo of a passport pasted into a
letter — or when it has ink but next to no text layer (text drawn as outlines).  The
page is rendered as the packet shows it (flattened, fitted) at :data:`OCR_DPI`, read
with :func:`index.ocr.page.read_page`, and the words holding a value
(:mod:`.approximate`) become boxes in PDF points to paint over.

Whether the reading is *sure*: the words read inside the pictures (or on the whole
page when the text is drawn) must have a mean confidence of at least
:data:`SURE_ENOUGH`; a page that is mostly picture and has ink there but gave no words
at all is not sure either.  Both thresholds were chosen by measurement (docs/
ARCHITECTURE.md, "Redaction"): pages read right scored 90-96, pages too blurred for OCR
but readable by a person 37-52 or gave no words.  What to do with a page that is not
sure (black it out, or refuse the packet) is the caller's policy.

Reading runs in a killable worker process of the extraction pool (:class:`ScanReader`),
with the pool's per-page time and memory limits: a page whose reading passes them, or
fails, is not sure (``ScanFinding.read`` is False), never taken as holding no value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from time import monotonic

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from desktop.redaction.approximate import find_in_words
from desktop.redaction.kinds import Redaction
from index.extract.pool import ExtractionPool, Limits
from index.ocr.prepare import even_light
from index.ocr.reading import PageReading, Word
from index.problems import Problem

PICTURE_SHARE = 0.03  # of a page's area: a picture about 5 by 3.5 cm on A4
MOSTLY_PICTURE = 0.5
FEW_CHARACTERS = 20  # a page with fewer text characters than this has no real text layer
SURE_ENOUGH = 70.0  # mean word confidence (0-100) of a reading to be trusted
INK_SHARE = 0.002  # of a page's pixels, dark: there is something written there
OCR_DPI = 300
_MAX_PIXELS = 60_000_000  # a page larger than A0 is read at less than OCR_DPI
_INK_DPI = 36  # the quick look for ink on a page with no text layer
_WORD_PAD = 3.0  # points of black around a word read by OCR (its box can be tight)
_NOT_INSTALLED = (
    "CaseDesk cannot read scans on this computer: Tesseract or its language data is "
    "not installed. Run tools/bootstrap.sh again."
)
Box = tuple[float, float, float, float]  # left, bottom, right, top in PDF points
Matrix = tuple[float, float, float, float, float, float]


@dataclass(frozen=True)
class PageLook:
    """What is on a page: its text layer's characters and where its pictures are."""

    characters: int
    pictures: tuple[Box, ...]
    picture_share: float

    @property
    def mostly_picture(self) -> bool:
        """A scan or photo rather than a text page."""
        return self.picture_share >= MOSTLY_PICTURE or self.characters < FEW_CHARACTERS


@dataclass(frozen=True)
class ScanFinding:
    """What OCR found on a page: the boxes to paint (PDF points), how many values, and
    whether the reading can be trusted."""

    boxes: tuple[Box, ...]
    matches: int
    sure: bool
    confidence: float
    words: int
    read: bool = True  # False: OCR failed or passed its limits; nothing is known of the page


class ScanReader:
    """OCR for redaction, in a killable worker process: a page that takes longer than
    ``limits.seconds`` or more memory than ``limits.memory_bytes`` is killed from outside
    and reported as not read (None).  One worker serves a whole packet or draft (started
    when the first page needs it, its models kept loaded); ``stop`` is called before each
    page and while it is read, and may raise to cancel (the worker is then killed).  Use
    it as a context manager, or call :meth:`close`.  Counts pages read, pages that could
    not be read, and the seconds spent."""

    def __init__(self, limits: Limits | None = None, stop: Callable[[], None] | None = None):
        self.limits = limits or Limits()
        self.stop = stop or (lambda: None)
        self.pages = 0
        self.failed = 0
        self.seconds = 0.0
        self._pool: ExtractionPool | None = None

    def __enter__(self) -> ScanReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the worker (killing it if it is still reading)."""
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    def read(self, image: Image.Image, dpi: int) -> PageReading | None:
        """``image`` read by OCR, or None when it could not be read within the limits."""
        from index.ocr.job import picture_job  # loads Tesseract's binding: only if needed

        self.stop()
        if self._pool is None:
            self._pool = ExtractionPool(1, self.limits)
        started = monotonic()
        jobs = iter([picture_job(self.pages + self.failed, image, dpi)])
        try:
            done = list(self._pool.run(lambda: next(jobs, None), self._asked_to_stop))
        except BaseException:
            self.close()  # a cancel: the page being read is not waited for
            raise
        self.seconds += monotonic() - started
        outcome = done[-1][1] if done else None
        if isinstance(outcome, PageReading):
            self.pages += 1
            return outcome
        self.failed += 1
        if isinstance(outcome, Problem) and outcome.detail == "OcrUnavailable":
            from index.ocr.tesseract import OcrUnavailable

            raise OcrUnavailable(_NOT_INSTALLED)
        return None

    def _asked_to_stop(self) -> bool:
        self.stop()  # raises to cancel
        return False


def look_at(page: pdfium.PdfPage, characters: int) -> PageLook:
    """The page's pictures and how much of it they cover (on a 100 by 100 grid)."""
    width, height = page.get_size()
    pictures = tuple(_clipped(b, width, height) for b in _picture_boxes(page))
    grid = np.zeros((100, 100), dtype=bool)
    for left, bottom, right, top in pictures:
        grid[
            int(bottom / height * 100) : int(np.ceil(top / height * 100)),
            int(left / width * 100) : int(np.ceil(right / width * 100)),
        ] = True
    return PageLook(characters, pictures, float(grid.mean()))


def needs_reading(page: pdfium.PdfPage, look: PageLook) -> bool:
    """Whether the page can show text that its text layer does not hold."""
    if look.picture_share >= PICTURE_SHARE:
        return True
    return look.characters < FEW_CHARACTERS and _has_ink(_render(page, _INK_DPI)[0])


def read_pictures(
    page: pdfium.PdfPage,
    look: PageLook,
    redaction: Redaction,
    reader: ScanReader,
    *,
    unsure_numbers: bool = True,
) -> ScanFinding:
    """Read ``page`` by OCR and find the values in its words (and, with
    ``unsure_numbers``, number-like words OCR was guessing at: to paint, not to report)."""
    image, dpi = _render(page, OCR_DPI)
    reading = reader.read(image, dpi)
    if reading is None:  # not read within the limits: nothing can be sure about it
        return ScanFinding((), 0, sure=False, confidence=0.0, words=0, read=False)
    scale = dpi / 72
    height = page.get_size()[1]
    found = find_in_words(reading.words, redaction, unsure_numbers=unsure_numbers)
    boxes = tuple(_points(reading.words[i].box, height, scale) for i in sorted(found.words))
    areas = [_pixels(b, height, scale) for b in look.pictures] if look.pictures else []
    inside = [w for w in reading.words if _counted(w) and _within(w, areas)]
    confidence = sum(w.confidence for w in inside) / len(inside) if inside else 0.0
    if inside:
        sure = confidence >= SURE_ENOUGH
    else:
        sure = not (look.mostly_picture and _has_ink(image, areas))
    return ScanFinding(boxes, found.matches, sure, round(confidence, 1), len(inside))


def _render(page: pdfium.PdfPage, dpi: int) -> tuple[Image.Image, int]:
    width, height = page.get_size()
    pixels = (width / 72 * dpi) * (height / 72 * dpi)
    if pixels > _MAX_PIXELS:
        dpi = max(36, int(dpi * (_MAX_PIXELS / pixels) ** 0.5))
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    try:
        return bitmap.to_pil().convert("L"), dpi
    finally:
        bitmap.close()


def _has_ink(image: Image.Image, areas: Sequence[tuple[int, int, int, int]] = ()) -> bool:
    """Whether the image (within ``areas``, if given) has dark marks on it."""
    crops = [image.crop(a) for a in areas if a[2] > a[0] and a[3] > a[1]] or [image]
    dark = sum(int((np.asarray(even_light(c)) < 128).sum()) for c in crops)
    size = sum(c.width * c.height for c in crops)
    return size > 0 and dark / size >= INK_SHARE


def _counted(word: Word) -> bool:
    """Words of two letters or digits or more: specks read as "." or "|" say nothing."""
    return sum(c.isalnum() for c in word.text) >= 2


def _within(word: Word, areas: Sequence[tuple[int, int, int, int]]) -> bool:
    if not areas:
        return True
    x = (word.box[0] + word.box[2]) / 2
    y = (word.box[1] + word.box[3]) / 2
    return any(a[0] <= x <= a[2] and a[1] <= y <= a[3] for a in areas)


def _points(box: tuple[int, int, int, int], height: float, scale: float) -> Box:
    """A box in pixels of the page's picture (top-left origin) as PDF points, padded."""
    left, top, right, bottom = box
    return (
        left / scale - _WORD_PAD,
        height - bottom / scale - _WORD_PAD,
        right / scale + _WORD_PAD,
        height - top / scale + _WORD_PAD,
    )


def _pixels(box: Box, height: float, scale: float) -> tuple[int, int, int, int]:
    left, bottom, right, top = box
    return (int(left * scale), int((height - top) * scale), int(right * scale),
            int((height - bottom) * scale))  # fmt: skip


def _clipped(box: Box, width: float, height: float) -> Box:
    left, bottom, right, top = box
    return (max(0.0, left), max(0.0, bottom), min(width, right), min(height, top))


def _picture_boxes(page: pdfium.PdfPage) -> list[Box]:
    """Every image object's bounds in page space, inside form XObjects too."""
    return list(_pictures_in(page, None, (), 0))


def _pictures_in(
    page: pdfium.PdfPage, form: pdfium.PdfObject | None, outer: tuple[Matrix, ...], depth: int
) -> Iterable[Box]:
    # PDFium gives an object's bounds in its form's space: the forms' matrices take them
    # to the page.
    for obj in page.get_objects(max_depth=1, form=form):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            yield _on_page(obj.get_bounds(), outer)
        elif obj.type == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 8:
            matrix = tuple(obj.get_matrix().get())
            yield from _pictures_in(page, obj, (matrix, *outer), depth + 1)  # type: ignore[arg-type]


def _on_page(box: Box, matrices: tuple[Matrix, ...]) -> Box:
    corners = [(box[0], box[1]), (box[2], box[1]), (box[2], box[3]), (box[0], box[3])]
    for a, b, c, d, e, f in matrices:
        corners = [(a * x + c * y + e, b * x + d * y + f) for x, y in corners]
    xs, ys = [x for x, _ in corners], [y for _, y in corners]
    return (min(xs), min(ys), max(xs), max(ys))
