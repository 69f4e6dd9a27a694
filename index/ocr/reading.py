"""What reading one page image gives: its text, its words with boxes, and how it was read.

Coordinates: every box is in pixels of the *source image* — the page as any viewer shows
it (a photo after its EXIF orientation is applied; a PDF page rendered upright at
``dpi``) — with (0, 0) at its top left, whatever turning and straightening was done to
read it.  ``rotation`` says how far the page was turned clockwise to be read (0, 90, 180
or 270) and ``skew`` the small further angle (degrees, counter-clockwise), so a viewer
that shows the page upright can turn the image and the boxes alike.  A word's box is
the upright rectangle around the word as it lies on the source image (a little larger
than the word when the page was straightened), which is what highlighting and redaction
need: it never cuts a letter off.
"""

from __future__ import annotations

from dataclasses import dataclass

Box = tuple[int, int, int, int]  # left, top, right, bottom (right and bottom excluded)


@dataclass(frozen=True)
class Word:
    """One word read: its text, its box on the source image, the engine's confidence
    (0-100), and the line it belongs to (numbered from 1 in reading order)."""

    text: str
    box: Box
    confidence: float
    line: int


@dataclass(frozen=True)
class PageReading:
    """One page read.  ``languages`` are the engine's language codes used ("fas+eng");
    ``engine`` names the engine and its version ("tesseract 5.5.4")."""

    text: str
    words: tuple[Word, ...]
    confidence: float  # mean word confidence, 0 when no word was read
    languages: str
    script: str  # "Latin", "Arabic", … as detected; "" when unknown
    engine: str
    rotation: int
    skew: float
    width: int
    height: int
    dpi: int = 0  # for a PDF page rendered at that resolution; 0 for a picture
    seconds: float = 0.0

    @property
    def is_blank(self) -> bool:
        """True when nothing could be read (a blank page, handwriting, a photo)."""
        return not self.words
