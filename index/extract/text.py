"""Plain text files: notes, exported chats, CSV tables, logs.

Text reaches a legal-aid desk in every encoding (UTF-8, UTF-16 from Windows tools,
Windows-1256 for Arabic script); :func:`~index.text.decoding.decode_text` finds the
right one.  The whole file is one page and has no title of its own (the ingest shows
the file name).
"""

from __future__ import annotations

from pathlib import Path

from index.extract.base import Extraction, ExtractionFailed, ExtractOptions
from index.problems import ProblemKind
from index.text.decoding import decode_text, looks_binary

# Suffixes that promise plain text ("" is a file without a suffix).
TEXT_SUFFIXES = frozenset(
    {
        "", ".txt", ".text", ".md", ".markdown", ".rst", ".csv", ".tsv", ".log",
        ".asc", ".nfo", ".me", ".srt", ".vtt",
    }
)  # fmt: skip

# How much of a file decides whether it is binary (the ingest's head is no longer).
_BINARY_WINDOW = 8192


class TextExtractor:
    """Reads plain text in any common encoding."""

    name = "text"
    mime_types = ("text/plain", "text/markdown", "text/csv")

    def score(self, head: bytes, suffix: str) -> int:
        """50 for a text suffix, 20 for any other text, 0 for binary content.

        Text is the fallback for content no other format claims, so it never scores
        above an extractor that recognised the content itself.
        """
        if looks_binary(head):
            return 0
        return 50 if suffix.lower() in TEXT_SUFFIXES else 20

    def extract(self, path: Path, options: ExtractOptions) -> Extraction:
        """Decode the whole file as one page of text."""
        data = _read(path)
        if looks_binary(data[:_BINARY_WINDOW]):
            raise ExtractionFailed.of(ProblemKind.UNSUPPORTED)
        text, encoding = decode_text(data)
        if not text.strip():
            raise ExtractionFailed.of(ProblemKind.EMPTY)
        return Extraction(format="text", pages=(text,), metadata={"encoding": encoding})


def _read(path: Path) -> bytes:
    """The bytes of ``path``; a file that cannot be read is UNREADABLE."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ExtractionFailed.of(ProblemKind.UNREADABLE, detail=type(exc).__name__) from exc
