"""Our own PDFs' text layer: every glyph read back as the letters it was drawn for, in order.

Qt's PDF writer gives each embedded font a ToUnicode map made by looking each glyph up
backwards in the font's character map, which fails for the glyphs Arabic-script shaping
chooses (see :mod:`desktop.output.drawn_text`): the initial ګ, the final ۍ, ځ and ښ in
a word, the halves of لا came out as control characters, and a space as a tab.

:func:`repair` writes those maps again.  For each glyph shown on a page
(:mod:`desktop.output.pdf_glyphs`) it looks up which glyph of the layout
:class:`~desktop.output.drawn_text.DrawnText` saw drawn at the same place; the PDF glyph
gets that layout glyph's text.  Glyphs met nowhere keep Qt's entry.  Meeting by place
rather than by outline matters: a font may draw different letters with identical glyphs
under different indexes (a medial ی and ي, Persian ۱ and Arabic ١), and only the place
tells which one was written.

Then the order.  Qt draws a right-to-left run in logical order.  PDF readers expect what
most producers write, the visual order: pypdf reads a right-to-left run backwards from
the stream, PDFium and poppler sort a line by position and reverse its right-to-left
runs — so the alef of لا, drawn where its lam is, came out first.  Every text object
whose text reads right to left (Arabic-script letters or digits, no Latin letter) has its
glyphs turned around in the stream; each stays where it was drawn.  The runs of a
right-to-left line are then put in the order of writing (:mod:`desktop.output.run_order`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from io import BytesIO

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    DictionaryObject,
    IndirectObject,
    NameObject,
    StreamObject,
    TextStringObject,
)

from desktop.output.drawn_text import DrawnLine, DrawnText, GlyphKey, spot
from desktop.output.pdf_glyphs import (
    Operation,
    glyph_ids,
    read_operations,
    shown_glyphs,
    turned_around,
    write_operations,
)
from desktop.output.run_order import in_logical_order

_NEIGHBOURS = [(0, 0), *((dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)]
_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_PAIR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>")
_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]*>)")
_HEX = re.compile(rb"<([0-9A-Fa-f]*)>")
# Hebrew and Arabic-script letters and digits, and the Arabic presentation forms.
_BACKWARDS = re.compile("[\u0590-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")

Votes = dict[int, dict[int, Counter[GlyphKey]]]


def repair(pdf: bytes, drawn: DrawnText) -> bytes:
    """``pdf`` (made by Qt from the layouts ``drawn`` saw) with every glyph met on a page
    reading back as the text it was drawn for, and right-to-left runs in visual order."""
    writer = PdfWriter(clone_from=PdfReader(BytesIO(pdf)))
    pages = [_Page.of(page) for page in writer.pages]
    votes: Votes = defaultdict(lambda: defaultdict(Counter))
    for number, page in enumerate(pages):
        page.vote(drawn, number, votes)
    texts = {
        idnum: {cid: drawn.text_of(keys.most_common(1)[0][0]) for cid, keys in cids.items()}
        for idnum, cids in votes.items()
    }
    fonts = {ref.idnum: ref for page in pages for ref in page.fonts.values()}
    for idnum, font_texts in texts.items():
        _rewrite_map(fonts[idnum].get_object(), {c: t for c, t in font_texts.items() if t})
    for number, page in enumerate(pages):
        page.visual_order(texts, [line for line in drawn.rtl_lines if line.page == number])
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


@dataclass
class _Page:
    """A page's one content stream, its operations, and its fonts by resource name."""

    stream: StreamObject | None
    operations: list[Operation]
    fonts: dict[str, IndirectObject]
    properties: _Properties

    @classmethod
    def of(cls, page: DictionaryObject) -> _Page:
        resources = page.get("/Resources")
        properties = _Properties(resources.get_object() if resources is not None else None)
        font_dict = resources.get_object().get("/Font") if resources is not None else None
        font_dict = font_dict.get_object() if font_dict is not None else DictionaryObject()
        fonts = {
            str(name): ref
            for name in font_dict
            if isinstance(ref := font_dict.raw_get(name), IndirectObject)
        }
        contents = page.get("/Contents")
        stream = contents.get_object() if contents is not None else None
        if not isinstance(stream, StreamObject):  # an array of streams: not Qt's
            return cls(None, [], fonts, properties)
        return cls(stream, read_operations(stream.get_data()) or [], fonts, properties)

    def vote(self, drawn: DrawnText, number: int, votes: Votes) -> None:
        """Each glyph shown on this page (number ``number``) votes for the layout glyph
        drawn at its place."""
        visits: Counter[tuple[int, int, int]] = Counter()
        for shown in shown_glyphs(self.operations):
            ref = self.fonts.get(shown.font)
            key = _met(drawn, number, shown.x, shown.y, visits) if ref is not None else None
            if key is not None:
                votes[ref.idnum][shown.glyph][key] += 1

    def visual_order(self, texts: dict[int, dict[int, str]], lines: list[DrawnLine]) -> None:
        """Turn the page's right-to-left text objects around (see the module docstring)
        and put the runs of its right-to-left ``lines`` in the order of writing
        (:mod:`desktop.output.run_order`)."""

        def known(font: str) -> dict[int, str]:
            ref = self.fonts.get(font)
            return texts.get(ref.idnum, {}) if ref is not None else {}

        def backwards(font: str, block: list[Operation]) -> bool:
            glyph_texts = known(font)
            return reads_backwards("".join(glyph_texts.get(g, "") for g in glyph_ids(block)))

        def text_of(font: str, glyph: int) -> str:
            return known(font).get(glyph, "")

        turned = turned_around(self.operations, backwards, text_of, self.properties.name)
        ordered = in_logical_order(turned or self.operations, lines, text_of, self.properties.name)
        final = ordered or turned
        if final is not None and self.stream is not None:
            self.stream.set_data(write_operations(final))
            self.properties.write()


@dataclass
class _Properties:
    """The /Properties of a page's resources that name PDFium's spelling of its words
    with marks (:mod:`desktop.output.actual_text`)."""

    resources: DictionaryObject | None
    texts: dict[str, str] = field(default_factory=dict)

    def name(self, text: str) -> str:
        """The name of ``text``'s property list (one for each different text)."""
        for name, known in self.texts.items():
            if known == text:
                return name
        name = f"CDWord{len(self.texts)}"
        self.texts[name] = text
        return name

    def write(self) -> None:
        """Add the property lists named to the page's resources."""
        if not self.texts or self.resources is None:
            return
        properties = self.resources.get("/Properties")
        properties = properties.get_object() if properties is not None else DictionaryObject()
        for name, text in self.texts.items():
            spelled = DictionaryObject()
            spelled[NameObject("/ActualText")] = TextStringObject(text)
            properties[NameObject("/" + name)] = spelled
        self.resources[NameObject("/Properties")] = properties


def _met(
    drawn: DrawnText, page: int, x: float, y: float, visits: Counter[tuple[int, int, int]]
) -> GlyphKey | None:
    """The layout glyph drawn at this place (a tenth of a point either way): of several
    drawn at one place, the first the first time, the second the next, as Qt drew them."""
    here = spot(page, x, y)
    if (page, here[1] // 10, here[2] // 10) not in drawn.near:
        return None
    for dx, dy in _NEIGHBOURS:
        place = (page, here[1] + dx, here[2] + dy)
        keys = drawn.spots.get(place)
        if keys:
            visits[place] += 1
            return keys[visits[place] - 1] if visits[place] <= len(keys) else None
    return None


def reads_backwards(text: str) -> bool:
    """True for the text of a run a reader takes for right to left: Arabic-script letters
    or digits and no Latin (left-to-right) letter."""
    if not _BACKWARDS.search(text):
        return False
    return not any(unicodedata.bidirectional(c) == "L" for c in text)


def _rewrite_map(font: DictionaryObject, texts: dict[int, str]) -> None:
    """The font's ToUnicode map with ``texts`` over Qt's entries."""
    stream = font.get("/ToUnicode")
    if stream is None:
        return
    stream = stream.get_object()
    entries = {**read_map(stream.get_data()), **texts}
    stream.set_data(write_map(entries))


def read_map(data: bytes) -> dict[int, str]:
    """The glyph → text entries of a ToUnicode map (``bfchar`` and ``bfrange`` sections,
    a range to one start value or to an array); glyph 0 left out."""
    found: dict[int, str] = {}
    for section in _BFCHAR.findall(data):
        for code, target in _PAIR.findall(section):
            found[int(code, 16)] = _utf16(target)
    for section in _BFRANGE.findall(data):
        for start, end, target in _RANGE.findall(section):
            first, last = int(start, 16), int(end, 16)
            if target.startswith(b"["):
                for offset, value in enumerate(_HEX.findall(target)):
                    found[first + offset] = _utf16(value)
                continue
            base = _utf16(target[1:-1])
            for offset in range(last - first + 1):
                found[first + offset] = base[:-1] + chr(ord(base[-1]) + offset) if base else ""
    found.pop(0, None)
    return found


def _utf16(hex_digits: bytes) -> str:
    return bytes.fromhex(hex_digits.decode()).decode("utf-16-be", errors="replace")


def write_map(entries: dict[int, str]) -> bytes:
    """A ToUnicode CMap giving each glyph id its text (``bfchar``, 100 to a block)."""
    items = sorted((cid, text) for cid, text in entries.items() if text)
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
    ]
    for start in range(0, len(items), 100):
        block = items[start : start + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines += [f"<{cid:04X}> <{text.encode('utf-16-be').hex().upper()}>" for cid, text in block]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end", ""]
    return "\n".join(lines).encode("ascii")
