"""Word templates made by code for tests, and reading Word letters back (no real people)."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

HEADER = [
    "{#",
    'title = "Office letter (test)"',
    'kind = "letter"',
    'description = "A test letter on the office letterhead."',
    "[fields.subject]",
    'label = "Subject"',
    "#}",
]


def write_docx(path: Path, paragraphs: list[str], *, metadata: bool = True) -> Path:
    """A .docx whose paragraphs are ``paragraphs`` (after the metadata comment if asked)."""
    document = Document()
    for text in (HEADER if metadata else []) + paragraphs:
        document.add_paragraph(text)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def paragraphs_of(data: bytes) -> list[tuple[str, bool, list[bool], list[str]]]:
    """Each body paragraph (tables too): its text, whether it is marked right-to-left
    (``w:bidi``), whether each run is (``w:rtl``), and each run's complex-script font."""
    document = Document(io.BytesIO(data))
    found = []
    for paragraph in document.element.body.iter(qn("w:p")):
        text = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
        bidi = paragraph.find(f"{qn('w:pPr')}/{qn('w:bidi')}") is not None
        runs = paragraph.findall(f".//{qn('w:r')}")
        rtl = [r.find(f"{qn('w:rPr')}/{qn('w:rtl')}") is not None for r in runs]
        fonts = [_cs_font(r) for r in runs]
        found.append((text, bidi, rtl, fonts))
    return found


def _cs_font(run) -> str:
    fonts = run.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
    return "" if fonts is None else fonts.get(qn("w:cs"), "")
