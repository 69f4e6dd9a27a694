"""Reading one page image: the steps around the engine, in order.

1. greyscale and even light (``prepare``): phone photos lit from one side; then only the
   part of the page that holds ink is kept (the blank paper around it costs every later
   step time and tells nothing);
2. upright first (``gate``): a page whose text lines run across it is straightened and
   read as it lies, in the script the last page had; the reading is kept when it is
   confidently upright — most pages off a scanner, spared the orientation detection;
3. otherwise orientation: the engine's orientation and script detection; when it is
   unsure (a page with little text), each quarter turn is read from a smaller copy and the
   turn whose words the engine is most sure of wins (``orient``);
4. straightening by the small angle that levels the text lines (``prepare.skew_angle``);
5. the language by script (``script``): Latin is read in English; an Arabic-script page's
   first lines are read first, and their letters say which language to read it in —
   unless the same document's last page says: then the page is read whole in that page's
   language and the reading checked (its confidence, its letters), a wrong guess falling
   back to the first lines;
6. the words' boxes put back on the source image (``geometry``).
"""

from __future__ import annotations

from dataclasses import dataclass
from time import monotonic

from PIL import Image

from index.ocr.engine import Engine, RawWord
from index.ocr.gate import confidently_upright
from index.ocr.geometry import Placement
from index.ocr.orient import upright
from index.ocr.prepare import (
    even_light,
    first_lines,
    greyscale,
    ink_bounds,
    lines_across,
    skew_angle,
)
from index.ocr.reading import PageReading, Word
from index.ocr.script import LATIN, better_language, first_language

_MIN_SKEW = 0.3  # degrees: less is not worth the interpolation
LATIN_SCRIPT = "Latin"  # the script a page is read in first when no earlier page says
# A reading in the likely language is kept when its words' mean confidence is at most this
# far below the last page's: read with the wrong one of Dari, Pashto and Urdu, the
# benchmark's upright scans and photos lost 5.2 to 18.4 (docs/OCR.md, *Read once*); a
# second page in the same language differed from the first by 1.3 at most.
LIKELY_MARGIN = 3.0


@dataclass(frozen=True)
class _Read:
    """A page read: in which languages, its words, and how it was turned to be read."""

    languages: str
    words: tuple[RawWord, ...]
    script: str
    turn: int
    skew: float
    placement: Placement


@dataclass(frozen=True)
class Likely:
    """What the same document's last page was read as: its script, its language and the
    mean confidence of its words (a page of a document is most often in its language)."""

    script: str
    language: str
    confidence: float


@dataclass(frozen=True)
class _Guess:
    """A page read whole in its likely language, and whether that reading is kept."""

    language: str
    words: tuple[RawWord, ...]
    kept: bool


@dataclass(frozen=True)
class _Sample:
    """What is read first to tell the language: the whole page, or its first lines."""

    words: tuple[RawWord, ...]
    whole: bool


def read_page(
    image: Image.Image,
    engine: Engine,
    *,
    size: tuple[int, int] | None = None,
    dpi: int = 0,
    script: str = "",
    as_it_lies: bool = True,
    likely: Likely | None = None,
) -> PageReading:
    """Read ``image`` (as a viewer shows it: EXIF orientation applied).  ``size`` is the
    page's full size when ``image`` is a reduced copy: boxes are given in that size.
    ``script`` is the script the page is likely in (the last page's), tried first;
    ``as_it_lies`` False goes straight to OSD (the last page had to be turned);
    ``likely``, the language of the same document's last page, read in first."""
    started = monotonic()
    source = greyscale(image)
    placement = Placement.within(source, size or source.size)
    work = even_light(source)
    work, placement = placement.cropped(work, ink_bounds(work))  # blank paper is not read
    script = script or LATIN_SCRIPT
    read = _as_it_lies(work, placement, engine, script, likely) if as_it_lies else None
    if read is None:
        read = _turned_upright(work, placement, engine)
    return _reading(read, engine.label, dpi, monotonic() - started)


def _as_it_lies(
    work: Image.Image, placement: Placement, engine: Engine, script: str, likely: Likely | None
) -> _Read | None:
    """The page read without turning it, when its lines run across and the reading in
    ``script`` is confidently upright; None otherwise (the page goes to OSD)."""
    if not lines_across(work):
        return None
    work, placement, skew = _straightened(work, placement)
    guess = _in_likely_language(work, engine, script, likely)
    if guess is not None and guess.kept:
        return _Read(guess.language, guess.words, script, 0, skew, placement)
    sample = _sample(work, engine, script)
    if not confidently_upright(sample.words):
        return None
    languages, words = _in_its_language(work, engine, script, sample, guess)
    return _Read(languages, words, script, 0, skew, placement)


def _in_likely_language(
    image: Image.Image, engine: Engine, script: str, likely: Likely | None
) -> _Guess | None:
    """An Arabic-script page read whole in the language of the same document's last page
    (None when there is none).  The reading is kept when it is confidently upright, its
    letters do not point to another language, and the engine is about as sure of its
    words as of that page's: a page in another language read with the wrong model is
    read with less confidence (docs/OCR.md, *Read once*)."""
    if likely is None or likely.script != script or first_language(script) == LATIN:
        return None
    words = engine.read(image, likely.language)
    kept = (
        confidently_upright(words)
        and better_language(script, likely.language, text_of(words)) == likely.language
        and _confidence(words) >= likely.confidence - LIKELY_MARGIN
    )
    return _Guess(likely.language, words, kept)


def _turned_upright(work: Image.Image, placement: Placement, engine: Engine) -> _Read:
    """The page turned as the engine's orientation detection says, then read."""
    lie = upright(work, engine)
    work, placement = placement.turned(work, lie.turn)
    work, placement, skew = _straightened(work, placement)
    sample = _sample(work, engine, lie.script)
    languages, words = _in_its_language(work, engine, lie.script, sample)
    return _Read(languages, words, lie.script, lie.turn, skew, placement)


def _straightened(work: Image.Image, placement: Placement) -> tuple[Image.Image, Placement, float]:
    """The page turned by the small angle that levels its lines, and that angle."""
    skew = skew_angle(work)
    if abs(skew) < _MIN_SKEW:
        return work, placement, 0.0
    work, placement = placement.turned(work, skew)
    return work, placement, skew


def _sample(image: Image.Image, engine: Engine, script: str) -> _Sample:
    """Latin: the whole page in English.  Arabic script: its first lines in the first
    language (the whole page when it holds too little text for a fair sample)."""
    first = first_language(script)
    head = None if first == LATIN else first_lines(image)
    if head is None:
        return _Sample(engine.read(image, first), whole=True)
    return _Sample(engine.read(head, first), whole=False)


def _in_its_language(
    image: Image.Image, engine: Engine, script: str, sample: _Sample, guess: _Guess | None = None
) -> tuple[str, tuple[RawWord, ...]]:
    """The page read in its language: the sample's letters say which; the sample, or a
    guess not kept, is the reading when it was the whole page in that language already."""
    first = first_language(script)
    language = better_language(script, first, text_of(sample.words))
    if sample.whole and language == first:
        return first, sample.words
    if guess is not None and guess.language == language:
        return language, guess.words
    return language, engine.read(image, language)


def _confidence(words: tuple[RawWord, ...]) -> float:
    return round(sum(w.confidence for w in words) / len(words), 1) if words else 0.0


def _reading(read: _Read, label: str, dpi: int, seconds: float) -> PageReading:
    raw, placement = read.words, read.placement
    words = tuple(
        Word(w.text, placement.to_source(w.box), round(w.confidence, 1), w.line) for w in raw
    )
    return PageReading(
        text=text_of(raw),
        words=words,
        confidence=_confidence(raw),
        languages=read.languages,
        script=read.script,
        engine=label,
        rotation=read.turn,
        skew=read.skew,
        width=placement.width,
        height=placement.height,
        dpi=dpi,
        seconds=round(seconds, 3),
    )


def text_of(words: tuple[RawWord, ...] | tuple[Word, ...]) -> str:
    """The page's text: its words joined by spaces, a line break between lines."""
    lines: list[list[str]] = []
    last = None
    for word in words:
        if word.line != last:
            lines.append([])
            last = word.line
        lines[-1].append(word.text)
    return "\n".join(" ".join(line) for line in lines)
