"""Reading one page image: the steps around the engine, in order.

1. greyscale and even light (``prepare``): phone photos lit from one side;
2. upright first (``gate``): a page whose text lines run across it is straightened and
   read as it lies, in the script the last page had; the reading is kept when it is
   confidently upright — most pages off a scanner, spared the orientation detection;
3. otherwise orientation: the engine's orientation and script detection; when it is
   unsure (a page with little text), each quarter turn is read from a smaller copy and the
   turn whose words the engine is most sure of wins (``orient``);
4. straightening by the small angle that levels the text lines (``prepare.skew_angle``);
5. the language by script (``script``): Latin is read in English; an Arabic-script page's
   first lines are read first, and their letters say which language to read it in;
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
from index.ocr.prepare import even_light, first_lines, greyscale, lines_across, skew_angle
from index.ocr.reading import PageReading, Word
from index.ocr.script import LATIN, better_language, first_language

_MIN_SKEW = 0.3  # degrees: less is not worth the interpolation
LATIN_SCRIPT = "Latin"  # the script a page is read in first when no earlier page says


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
) -> PageReading:
    """Read ``image`` (as a viewer shows it: EXIF orientation applied).  ``size`` is the
    page's full size when ``image`` is a reduced copy: boxes are given in that size.
    ``script`` is the script the page is likely in (the last page's), tried first;
    ``as_it_lies`` False goes straight to OSD (the last page had to be turned)."""
    started = monotonic()
    source = greyscale(image)
    placement = Placement.within(source, size or source.size)
    work = even_light(source)
    read = _as_it_lies(work, placement, engine, script or LATIN_SCRIPT) if as_it_lies else None
    if read is None:
        read = _turned_upright(work, placement, engine)
    return _reading(read, engine.label, dpi, monotonic() - started)


def _as_it_lies(
    work: Image.Image, placement: Placement, engine: Engine, script: str
) -> _Read | None:
    """The page read without turning it, when its lines run across and the reading in
    ``script`` is confidently upright; None otherwise (the page goes to OSD)."""
    if not lines_across(work):
        return None
    work, placement, skew = _straightened(work, placement)
    sample = _sample(work, engine, script)
    if not confidently_upright(sample.words):
        return None
    languages, words = _in_its_language(work, engine, script, sample)
    return _Read(languages, words, script, 0, skew, placement)


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
    image: Image.Image, engine: Engine, script: str, sample: _Sample
) -> tuple[str, tuple[RawWord, ...]]:
    """The page read in its language: the sample's letters say which; the sample is the
    reading when it was the whole page in that language already."""
    first = first_language(script)
    language = better_language(script, first, text_of(sample.words))
    if sample.whole and language == first:
        return first, sample.words
    return language, engine.read(image, language)


def _reading(read: _Read, label: str, dpi: int, seconds: float) -> PageReading:
    raw, placement = read.words, read.placement
    words = tuple(
        Word(w.text, placement.to_source(w.box), round(w.confidence, 1), w.line) for w in raw
    )
    return PageReading(
        text=text_of(raw),
        words=words,
        confidence=round(sum(w.confidence for w in raw) / len(raw), 1) if raw else 0.0,
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
