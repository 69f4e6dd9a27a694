"""Choosing the extractor for a file, by what its first bytes say more than by its name.

Each extractor scores a file (0–100); the best score wins.  A file no extractor wants
becomes an "unsupported" problem that names what it seems to be, so the volunteer
knows what to do with it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from index.extract.base import Extraction, ExtractionFailed, ExtractOptions, Extractor
from index.problems import ProblemKind

HEAD_SIZE = 4096

_UNPACK = (
    ": unpack it (7-Zip opens it) and add the unpacked folder; CaseDesk opens ZIP archives itself"
)
# Magic bytes and suffixes of files we cannot read yet, with words a volunteer knows.
_KNOWN_OTHERS: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0", "an Office file of a kind CaseDesk does not read"),
    (b"Rar!", f"a RAR archive{_UNPACK}"),
    (b"7z\xbc\xaf", f"a 7-Zip archive{_UNPACK}"),
    (b"\x1f\x8b", "a compressed (gzip) file"),
    (b"ID3", "an audio file"),
    (b"OggS", "an audio file"),
    (b"RIFF", "an audio, video or picture file"),
)


# Office files saved with a password are OLE containers under their usual names.
_OOXML_SUFFIXES = (".docx", ".docm", ".xlsx", ".pptx")


@cache
def extractors() -> tuple[Extractor, ...]:
    """Every extractor CaseDesk has, imported on first use (inside a worker)."""
    from index.extract.docx import DocxExtractor
    from index.extract.email import EmailExtractor
    from index.extract.html import HtmlExtractor
    from index.extract.image import ImageExtractor
    from index.extract.ole import OleExtractor
    from index.extract.opendocument import OpenDocumentExtractor
    from index.extract.pdf import PdfExtractor
    from index.extract.pptx import PptxExtractor
    from index.extract.rtf import RtfExtractor
    from index.extract.spreadsheet import SpreadsheetExtractor
    from index.extract.text import TextExtractor
    from index.extract.ziparchive import ZipExtractor

    return (
        PdfExtractor(),
        DocxExtractor(),
        EmailExtractor(),
        HtmlExtractor(),
        ImageExtractor(),
        OleExtractor(),
        SpreadsheetExtractor(),
        OpenDocumentExtractor(),
        PptxExtractor(),
        RtfExtractor(),
        ZipExtractor(),
        TextExtractor(),
    )


def mime_types() -> tuple[str, ...]:
    """The MIME types of every format CaseDesk reads, each once, in extractor order."""
    return tuple(dict.fromkeys(t for e in extractors() for t in e.mime_types))


# Below this score an extractor claims a file by its name alone or a bare container
# (a zip); when the content says it is something else we know (a JPEG named .pdf, a
# LibreOffice file), that is the better message.
_NAME_ONLY = 50


def choose(head: bytes, suffix: str) -> Extractor | None:
    """The extractor that fits a file best, or ``None`` when none can read it."""
    scored = [(e.score(head, suffix), i, e) for i, e in enumerate(extractors())]
    best_score, _, best = max(scored, key=lambda t: (t[0], -t[1]))
    if best_score <= 0 or (best_score < _NAME_ONLY and describe(head, suffix)):
        return None
    return best


def describe(head: bytes, suffix: str = "") -> str:
    """What kind of file this seems to be, in plain words, or ``""``."""
    if head.startswith(b"PK\x03\x04"):
        return _describe_zip(head, suffix)
    if head.startswith(b"\xd0\xcf\x11\xe0") and suffix in _OOXML_SUFFIXES:
        return ""  # a password-protected Office file: its extractor says so
    for magic, words in _KNOWN_OTHERS:
        if head.startswith(magic):
            return words
    if head[4:8] == b"ftyp":
        return "a video or picture file"
    return ""


def _describe_zip(head: bytes, suffix: str) -> str:
    if b"opendocument" in head[:200]:
        return "an OpenDocument file of a kind CaseDesk does not read; save it as PDF"
    if suffix in (".epub", ".jar", ".apk", ".xpi", ".whl"):
        return "an e-book or program package"
    return ""


def extract_file(path: Path, suffix: str, options: ExtractOptions) -> Extraction:
    """Read ``path`` with the extractor that fits it best.

    ``suffix`` is the lower-case suffix of the file's original name: the stored copy
    that workers read is named by its hash and has none.
    """
    with path.open("rb") as f:
        head = f.read(HEAD_SIZE)
    if not head:
        raise ExtractionFailed.of(ProblemKind.EMPTY)
    extractor = choose(head, suffix)
    if extractor is None:
        raise ExtractionFailed.of(ProblemKind.UNSUPPORTED, what=describe(head, suffix))
    return extractor.extract(path, options)
