"""OpenDocument text and presentations (.odt, .odp from LibreOffice): text and properties.

An OpenDocument file is a zip whose ``content.xml`` holds the text and ``meta.xml`` the
title and dates; both are read through :mod:`index.extract.zipparts` (zip bomb limits,
no DOCTYPE).  A text document is one page; a presentation has a page per slide.
Spreadsheets (.ods) are read by :mod:`index.extract.spreadsheet`.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element

from index.extract.base import Extraction, ExtractionFailed, ExtractOptions
from index.extract.zipparts import (
    Broken,
    Package,
    TextRules,
    element_text,
    local,
    odf_type,
    office_extraction,
)
from index.problems import ProblemKind

SUFFIXES = frozenset({".odt", ".ott", ".odp", ".otp", ".fodt"})
WHAT = "OpenDocument file"
_RULES = TextRules(
    blocks=frozenset({"p", "h", "list-item", "frame"}),
    cells=frozenset({"table-cell"}),
    rows=frozenset({"table-row"}),
    characters={"s": " ", "tab": "\t", "line-break": "\n"},
    skip=frozenset({"tracked-changes", "forms", "sequence-decls", "variable-decls"}),
)
_META = {"title": "title", "initial-creator": "author", "creator": "author", "subject": "subject"}


class OpenDocumentExtractor:
    """Reads OpenDocument text and presentation files."""

    name = "opendocument"
    mime_types = (
        "application/vnd.oasis.opendocument.text",
        "application/vnd.oasis.opendocument.presentation",
    )

    def score(self, head: bytes, suffix: str) -> int:
        """95 when the zip says it is ODF text or slides, 40 for the name alone."""
        if odf_type(head) in ("text", "presentation"):
            return 95
        return 40 if suffix in SUFFIXES and head.startswith(b"PK\x03\x04") else 0

    def extract(self, path: Path, options: ExtractOptions) -> Extraction:
        """Read the text (a page per slide) and the title and date of ``path``."""
        try:
            with Package(path) as package:
                encrypted = package.info("META-INF/manifest.xml") and _encrypted(package)
                if encrypted:
                    raise ExtractionFailed.of(
                        ProblemKind.PASSWORD, what=WHAT, detail="EncryptedOdf", action=_ACTION
                    )
                package.check(["content.xml", "meta.xml"])
                pages = _pages(package.tree("content.xml"))
                metadata = _metadata(package) if package.info("meta.xml") else {}
        except Broken as exc:
            raise ExtractionFailed.of(ProblemKind.DAMAGED, what=WHAT, detail=str(exc)) from None
        return office_extraction("opendocument", pages, metadata)


_ACTION = (
    "Open it in LibreOffice with its password, save a copy without a password (or as PDF), "
    "and add that copy."
)


def _encrypted(package: Package) -> bool:
    """True when the manifest says ``content.xml`` is encrypted (a password was set)."""
    for elem in package.tree("META-INF/manifest.xml").iter():
        if local(str(elem.tag)) == "encryption-data":
            return True
    return False


def _pages(root: Element) -> tuple[str, ...]:
    """One page of text for a text document, one per slide (draw:page) for slides."""
    body = next((e for e in root.iter() if local(str(e.tag)) == "body"), root)
    slides = [e for e in body.iter() if local(str(e.tag)) == "page"]
    if slides:
        return tuple(element_text(slide, _RULES) for slide in slides)
    return (element_text(body, _RULES),)


def _metadata(package: Package) -> dict[str, str]:
    """Title, author, subject and creation date from ``meta.xml`` (the first of each)."""
    values: dict[str, str] = {}
    for elem in package.tree("meta.xml").iter():
        name, text = local(str(elem.tag)), (elem.text or "").strip()
        key = "created" if name == "creation-date" else _META.get(name, "")
        if key and text and key not in values:
            values[key] = text
    return values
