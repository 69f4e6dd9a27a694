"""Reading one page image: the steps around the engine, in order.

1. greyscale and even light (``prepare``): phone photos lit from one side;
2. orientation: the engine's orientation and script detection; when it is unsure (a page
   with little text), each quarter turn is read from a smaller copy and the turn whose
   words the engine is most sure of wins (``orient``);
3. straightening by the small angle that levels the text lines (``prepare.skew_angle``);
4. the language by script (``script``): Latin is read in English; an Arabic-script page's
   first lines are read first, and their letters say which language to read it in;
5. the words' boxes put back on the source image (``geometry``).
"""

from __future__ import annotations

from time import monotonic

from PIL import Image

from index.ocr.engine import Engine, RawWord
from index.ocr.geometry import Placement
from index.ocr.orient import upright
from index.ocr.prepare import even_light, first_lines, greyscale, skew_angle
from index.ocr.reading import PageReading, Word
from index.ocr.script import LATIN, better_language, first_language

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
    """Latin: read in English.  Arabic script: the first lines read with the first
    language say which of Dari, Pashto, Urdu the page is; the page is read once in it."""
    first = first_language(script)
    if first == LATIN:
        return first, engine.read(image, first)
    head = first_lines(image)
    if head is None:  # little text: the whole page is the sample
        words = engine.read(image, first)
        better = better_language(script, first, text_of(words))
        return (first, words) if better == first else (better, engine.read(image, better))
    language = better_language(script, first, text_of(engine.read(head, first)))
    return language, engine.read(image, language)


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
