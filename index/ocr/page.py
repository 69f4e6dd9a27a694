"""Reading one page image: the steps around the engine, in order.

1. greyscale and even light (``prepare``): phone photos lit from one side;
2. orientation: the engine's orientation and script detection; when it is unsure (a page
   with little text), each quarter turn is read from a smaller copy and the turn whose
   words the engine is most sure of wins (``orient``);
3. straightening by the small angle that levels the text lines (``prepare.skew_angle``);
4. the language by script (``script``): read, and read again in the language the first
   reading's letters point to;
5. the words' boxes put back on the source image (``geometry``).
"""

from __future__ import annotations

from time import monotonic

from PIL import Image

from index.ocr.engine import Engine, RawWord
from index.ocr.geometry import Placement
from index.ocr.orient import upright
from index.ocr.prepare import even_light, greyscale, skew_angle
from index.ocr.reading import PageReading, Word
from index.ocr.script import better_language, first_language

_MIN_SKEW = 0.3  # degrees: less is not worth the interpolation


def read_page(
    image: Image.Image, engine: Engine, *, size: tuple[int, int] | None = None, dpi: int = 0
) -> PageReading:
    """Read ``image`` (as a viewer shows it: EXIF orientation applied).  ``size`` is the
    page's full size when ``image`` is a reduced copy: boxes are given in that size."""
    started = monotonic()
    source = greyscale(image)
    placement = Placement.within(source, size or source.size)
    work = even_light(source)
    lie = upright(work, engine)
    work, placement = placement.turned(work, lie.turn)
    skew = skew_angle(work)
    if abs(skew) >= _MIN_SKEW:
        work, placement = placement.turned(work, skew)
    else:
        skew = 0.0
    languages, raw = _read_in_its_language(work, engine, lie.script)
    words = tuple(
        Word(w.text, placement.to_source(w.box), round(w.confidence, 1), w.line) for w in raw
    )
    return PageReading(
        text=text_of(raw),
        words=words,
        confidence=round(sum(w.confidence for w in raw) / len(raw), 1) if raw else 0.0,
        languages=languages,
        script=lie.script,
        engine=engine.label,
        rotation=lie.turn,
        skew=skew,
        width=placement.width,
        height=placement.height,
        dpi=dpi,
        seconds=round(monotonic() - started, 3),
    )


def _read_in_its_language(
    image: Image.Image, engine: Engine, script: str
) -> tuple[str, tuple[RawWord, ...]]:
    first = first_language(script)
    words = engine.read(image, first)
    better = better_language(script, first, text_of(words))
    if better == first:
        return first, words
    return better, engine.read(image, better)


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
