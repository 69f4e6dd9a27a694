"""Rich Text Format (.rtf): the text, read with striprtf.

striprtf (maintained, BSD) turns RTF into text, decoding ``\\'hh`` escapes in the
document's code page (``\\ansicpg1256`` for Arabic-script Word) and ``\\uN`` Unicode
escapes; pictures and other destinations are skipped.  The title comes from the
``{\\info{\\title …}}`` group when there is one.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from index.extract.base import Extraction, ExtractionFailed, ExtractOptions
from index.problems import ProblemKind

RTF_MAGIC = b"{\\rtf"
_CODEPAGE = re.compile(rb"\\ansicpg(\d{3,5})")
_TITLE = re.compile(r"\{\\title\s*([^{}\\]*)\}")


class RtfExtractor:
    """Reads RTF documents."""

    name = "rtf"
    mime_types = ("application/rtf", "text/rtf")

    def score(self, head: bytes, suffix: str) -> int:
        """95 when the file starts like RTF (after spaces), else 0."""
        return 95 if head.lstrip()[:5] == RTF_MAGIC else 0

    def extract(self, path: Path, options: ExtractOptions) -> Extraction:
        """The text of the RTF file at ``path`` (one page)."""
        from striprtf.striprtf import rtf_to_text

        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ExtractionFailed.of(ProblemKind.UNREADABLE, detail=type(exc).__name__) from None
        encoding = _encoding(data)
        source = data.decode(encoding, "replace")
        try:
            text = rtf_to_text(source, encoding=encoding, errors="replace")
        except (ValueError, IndexError, LookupError, RecursionError) as exc:
            raise ExtractionFailed.of(
                ProblemKind.DAMAGED, what="RTF file", detail=type(exc).__name__
            ) from None
        text = "\n".join(line.rstrip() for line in text.replace("\r", "").split("\n")).strip()
        if not text:
            raise ExtractionFailed.of(ProblemKind.EMPTY)
        title = _TITLE.search(source[:200_000])
        return Extraction(
            format="rtf", pages=(text,), title=title.group(1).strip() if title else ""
        )


def _encoding(data: bytes) -> str:
    """The code page the RTF declares (Windows-1252 when none or an unknown one)."""
    match = _CODEPAGE.search(data[:4096])
    name = f"cp{int(match.group(1))}" if match else "cp1252"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name
