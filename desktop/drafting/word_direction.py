"""Right-to-left paragraphs in a Word letter, and a font that has every Dari/Pashto letter.

Word does not guess a paragraph's direction from its text the way a browser does with
``dir="auto"``: a Dari paragraph without ``w:bidi`` is laid out left to right, its full
stop on the wrong side.  So each paragraph whose first strong character is right-to-left
(Arabic script, Hebrew) gets ``w:bidi``, and its runs ``w:rtl``.  Every run holding
Arabic-script letters gets the complex-script font the PDF path uses for them (Noto Naskh
Arabic: DejaVu Sans lacks Pashto ``ۍ`` and Persian ``ۀ``, see ``desktop/output/fonts.py``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from docx.document import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

# The first of desktop.output.fonts.ARABIC_SCRIPT_FAMILIES (that module needs Qt; this
# one must not): a test keeps the two the same.
ARABIC_SCRIPT_FONT = "Noto Naskh Arabic"
RTL_CLASSES = frozenset({"R", "AL"})
_ARABIC_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
                  (0xFE70, 0xFEFF))  # fmt: skip
# What may follow <w:bidi> inside <w:pPr> (ECMA-376 order; Word refuses another order).
_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
               "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
               "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
               "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")  # fmt: skip


def first_strong_is_rtl(text: str) -> bool:
    """True when the first character with a strong direction is right-to-left."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in RTL_CLASSES:
            return True
        if kind == "L":
            return False
    return False


def has_arabic_script(text: str) -> bool:
    """True when ``text`` holds a letter of the Arabic script."""
    return any(low <= ord(c) <= high for c in text for low, high in _ARABIC_BLOCKS)


def mark_directions(document: Document) -> int:
    """Mark every right-to-left paragraph of ``document`` (body, tables, headers,
    footers) and give Arabic-script runs their font; returns how many paragraphs."""
    marked = 0
    for paragraph in _paragraphs(document):
        runs = paragraph.findall(f".//{qn('w:r')}")
        if first_strong_is_rtl(paragraph_text(paragraph)):
            _set_bidi(paragraph)
            for run in runs:
                _run_property(run, "w:rtl")
            marked += 1
        for run in runs:
            if has_arabic_script(paragraph_text(run)):
                _run_property(run, "w:rFonts").set(qn("w:cs"), ARABIC_SCRIPT_FONT)
    return marked


def paragraph_text(element: etree._Element) -> str:
    """The text of a paragraph or run: its ``w:t`` texts, tabs and breaks as spaces."""
    parts = []
    for node in element.iter(qn("w:t"), qn("w:tab"), qn("w:br")):
        parts.append(node.text or "" if node.tag == qn("w:t") else " ")
    return "".join(parts)


def _paragraphs(document: Document) -> Iterator[etree._Element]:
    yield from document.element.body.iter(qn("w:p"))
    seen: set[int] = set()
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header,
                     section.first_page_footer, section.even_page_header,
                     section.even_page_footer):  # fmt: skip
            if part.is_linked_to_previous or id(part._element) in seen:
                continue
            seen.add(id(part._element))
            yield from part._element.iter(qn("w:p"))


def _set_bidi(paragraph: etree._Element) -> None:
    properties = paragraph.get_or_add_pPr()  # type: ignore[attr-defined]
    if properties.find(qn("w:bidi")) is None:
        properties.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)


def _run_property(run: etree._Element, tag: str) -> etree._Element:
    """The run's property ``tag`` (``w:rtl``, ``w:rFonts``), added in its place if missing."""
    properties = run.get_or_add_rPr()  # type: ignore[attr-defined]
    if tag == "w:rFonts":
        return properties.get_or_add_rFonts()
    return properties.get_or_add_rtl()
