"""PowerPoint (.pptx, .ppsx, .pptm): a page per slide, its speaker notes after its text.

Slides come in the order ``ppt/presentation.xml`` lists them (their file names need not
follow it); each slide's notes are found through its relationships.  Parts are read
through :mod:`index.extract.zipparts` (zip bomb limits, no DOCTYPE).  Only DrawingML
text runs (``a:t``) are text: the XML's own whitespace is not.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from index.extract.base import Extraction, ExtractionFailed, ExtractOptions
from index.extract.zipparts import (
    Broken,
    Package,
    TextRules,
    element_text,
    first_member,
    local,
    office_extraction,
)
from index.problems import ProblemKind

SUFFIXES = frozenset({".pptx", ".pptm", ".ppsx", ".ppsm", ".potx"})
WHAT = "PowerPoint file"
_RULES = TextRules(
    blocks=frozenset({"p"}),
    cells=frozenset({"tc"}),
    rows=frozenset({"tr"}),
    characters={"br": "\n", "tab": "\t"},
    text_tags=frozenset({"t"}),
)
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_MAX_SLIDES = 5000


class PptxExtractor:
    """Reads PowerPoint presentations."""

    name = "pptx"
    mime_types = (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "application/vnd.openxmlformats-officedocument.presentationml.slideshow",
        "application/vnd.ms-powerpoint.presentation.macroEnabled.12",
    )

    def score(self, head: bytes, suffix: str) -> int:
        """95 for a zip named like PowerPoint or naming a ``ppt/`` part first, else 0."""
        if not head.startswith(b"PK\x03\x04"):
            return 0
        if suffix in SUFFIXES or first_member(head).startswith(b"ppt/"):
            return 95
        return 0

    def extract(self, path: Path, options: ExtractOptions) -> Extraction:
        """Read every slide's text and notes, and the core properties."""
        try:
            with Package(path) as package:
                slides = _slides(package)
                package.check([*slides, *(n for s in slides for n in _notes(package, s))])
                pages = tuple(_slide_text(package, slide) for slide in slides)
                metadata = _core(package)
        except Broken as exc:
            raise ExtractionFailed.of(ProblemKind.DAMAGED, what=WHAT, detail=str(exc)) from None
        return office_extraction("pptx", pages, metadata)


def _links(package: Package, part: str) -> dict[str, tuple[str, str]]:
    """Relationship id → (type, part name) for the internal links of ``part``."""
    folder, base = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", base + ".rels")
    if package.info(rels) is None:
        return {}
    links = {}
    for elem in package.tree(rels).iter():
        if local(str(elem.tag)) == "Relationship" and elem.get("TargetMode") != "External":
            target = posixpath.normpath(posixpath.join("/" + folder, elem.get("Target", "")))
            links[elem.get("Id", "")] = (elem.get("Type", ""), target.lstrip("/"))
    return links


def _slides(package: Package) -> list[str]:
    """The slide parts in presentation order (file name order when the list is missing)."""
    links = _links(package, "ppt/presentation.xml")
    ordered = []
    if package.info("ppt/presentation.xml") is not None:
        for elem in package.tree("ppt/presentation.xml").iter():
            if local(str(elem.tag)) == "sldId" and elem.get(_REL) in links:
                ordered.append(links[elem.get(_REL, "")][1])
    if not ordered:
        names = [n for n in package.infos if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)]
        ordered = sorted(names, key=lambda n: int(re.sub(r"\D", "", n) or 0))
    if not ordered:
        raise Broken("NoSlides")
    return [name for name in dict.fromkeys(ordered) if package.info(name)][:_MAX_SLIDES]


def _notes(package: Package, slide: str) -> list[str]:
    """The notes part of ``slide``, if it has one."""
    links = _links(package, slide).values()
    return [name for kind, name in links if kind.endswith("/notesSlide") and package.info(name)]


def _slide_text(package: Package, slide: str) -> str:
    """The text of a slide, then of its speaker notes."""
    texts = [element_text(package.tree(slide), _RULES)]
    for notes in _notes(package, slide):
        text = element_text(package.tree(notes), _RULES)
        # Notes pages repeat the slide number as text; keep only real notes.
        if text and not text.isdigit():
            texts.append(text)
    return "\n\n".join(t for t in texts if t)


_CORE = {"title": "title", "creator": "author", "subject": "subject", "created": "created"}


def _core(package: Package) -> dict[str, str]:
    """Title, author, subject and creation date from ``docProps/core.xml``, if present."""
    if package.info("docProps/core.xml") is None:
        return {}
    values: dict[str, str] = {}
    for elem in package.tree("docProps/core.xml").iter():
        key, text = _CORE.get(local(str(elem.tag)), ""), (elem.text or "").strip()
        if key and text and key not in values:
            values[key] = text
    return values
