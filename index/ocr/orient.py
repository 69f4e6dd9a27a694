"""Which way up a page is, and in which script it is written.

Tesseract's orientation and script detection (OSD) is right on a page of text (it is
asked first on a smaller sample of characters, then on its whole one if unsure), but
unsure or silent on a page with a few words (a card, a stamp, a photo of a receipt).
Then each quarter turn of a smaller copy is read, in English and in Pashto (whose model
knows the Persian letters too), and the turn and script whose words the engine is most
sure of win: text upside down or sideways reads as a few unsure fragments.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image

from index.ocr.engine import Engine, Orientation
from index.ocr.script import ARABIC_FIRST, LATIN

TRUSTED = 5.0  # OSD's orientation confidence above which its answer is taken as it is
SCRIPT_TRUSTED = 1.0
# OSD first looks at this many characters (Tesseract's own is 50, up to 250): half the
# time on a page of Latin text, the same turns on the benchmark's pages (docs/OCR.md);
# an answer not trusted is asked again with the engine's whole sample.
QUICK_SAMPLE = 25
_TRIAL_SIDE = 1200  # the copy read for each trial turn is at most this large
_SCRIPTS = ((LATIN, "Latin"), (ARABIC_FIRST, "Arabic"))


@dataclass(frozen=True)
class Lie:
    """How to turn a page upright (degrees counter-clockwise) and its script."""

    turn: int
    script: str


def upright(image: Image.Image, engine: Engine) -> Lie:
    """The turn that makes ``image`` upright, and its script ("" when unknown)."""
    found = engine.orientation(image, QUICK_SAMPLE)
    if not _trusted(found):
        found = engine.orientation(image)  # the engine's whole sample
    if found is not None and _trusted(found):
        return Lie(found.turn, _script(found))
    return _by_trial(image, engine)


def _trusted(found: Orientation | None) -> bool:
    return found is not None and found.confidence >= TRUSTED


def _script(found: Orientation) -> str:
    return found.script if found.script_confidence >= SCRIPT_TRUSTED else ""


def _by_trial(image: Image.Image, engine: Engine) -> Lie:
    small = image.copy()
    small.thumbnail((_TRIAL_SIDE, _TRIAL_SIDE))
    best, best_score = Lie(0, ""), 0.0
    for turn in (0, 90, 180, 270):
        turned = small.rotate(turn, expand=True, fillcolor=255) if turn else small
        for languages, script in _SCRIPTS:
            words = engine.read(turned, languages)
            score = sum(w.confidence for w in words if len(w.text) > 1 and w.confidence > 50)
            if score > best_score:
                best, best_score = Lie(turn, script), score
    return best
