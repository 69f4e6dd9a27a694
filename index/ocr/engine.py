"""The seam between the steps of reading a page and the OCR engine that reads it.

An engine finds a page's orientation and script and reads words with their boxes; the
steps around it (``page.py``) turn, straighten and prepare the image and pick the
language.  Every page read records the engine's ``label`` ("tesseract 5.5.4"), so pages
can be read again when a better engine comes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PIL import Image

from index.ocr.reading import Box


@dataclass(frozen=True)
class Orientation:
    """How a page lies: ``turn`` is the clockwise turn (degrees) that makes it upright,
    ``confidence`` the engine's certainty of it, ``script`` its writing ("Latin")."""

    turn: int
    confidence: float
    script: str
    script_confidence: float


@dataclass(frozen=True)
class RawWord:
    """A word as the engine read it on the image it was given (before mapping back)."""

    text: str
    box: Box
    confidence: float
    line: int


class Engine(Protocol):
    """An OCR engine: orientation and script detection, and reading words."""

    label: str

    def orientation(self, image: Image.Image, sample: int = 0) -> Orientation | None:
        """How ``image`` lies, or None when the engine cannot tell (too little text);
        ``sample`` is the fewest characters to look at (0: the engine's own number)."""
        ...

    def read(self, image: Image.Image, languages: str) -> tuple[RawWord, ...]:
        """Every word on ``image`` in reading order, read with ``languages`` ("fas+eng")."""
        ...
