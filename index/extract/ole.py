"""Old Office files (OLE compound files): Word 97–2003, Excel 97–2003 and Outlook .msg.

They all start with the same magic bytes, so the name decides the score but the
streams inside decide the reader: ``WordDocument`` → :mod:`~index.extract.doc`,
``Workbook``/``Book`` → :mod:`~index.extract.spreadsheet`, ``__substg1.0_`` streams →
:mod:`~index.extract.msg`.  A mislabelled file (an attachment called ``scan.dat``) is
read by what it holds.  An ``EncryptedPackage`` is a Word, Excel or PowerPoint file
saved with a password (PASSWORD).
"""

from __future__ import annotations

from pathlib import Path

from index.extract.base import Extraction, ExtractionFailed, ExtractOptions
from index.extract.docx import WORD_SUFFIXES
from index.problems import ProblemKind

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SUFFIXES = frozenset(
    {".doc", ".dot", ".xls", ".xlt", ".msg", ".xlsx", ".xlsm", ".pptx", ".ppt", ".pps"}
)
_ACTION = (
    "Open it in its Office program with its password, save a copy without a password "
    "(or as PDF), and add that copy."
)


class OleExtractor:
    """Reads the OLE-based Office formats by the streams they hold."""

    name = "ole"
    mime_types = (
        "application/msword",
        "application/vnd.ms-outlook",
        "application/vnd.ms-excel",
    )

    def score(self, head: bytes, suffix: str) -> int:
        """90 for an OLE file with an Office name, 60 for any other OLE file.

        A Word-named OLE file stays with the Word reader, which says it is encrypted.
        """
        if not head.startswith(OLE_MAGIC) or suffix in WORD_SUFFIXES:
            return 0
        return 90 if suffix in SUFFIXES else 60

    def extract(self, path: Path, options: ExtractOptions) -> Extraction:
        """Open the compound file and hand it to the reader its streams call for."""
        import olefile

        try:
            ole = olefile.OleFileIO(str(path))
        except Exception as exc:  # olefile raises OSError and others on broken files
            raise ExtractionFailed.of(
                ProblemKind.DAMAGED, what="Office file", detail=type(exc).__name__
            ) from None
        with ole:
            return _read(ole, path, options)


def _read(ole: object, path: Path, options: ExtractOptions) -> Extraction:
    from index.extract.doc import read_doc
    from index.extract.msg import read_msg
    from index.extract.spreadsheet import read_workbook

    streams = {"/".join(entry).lower() for entry in ole.listdir()}  # type: ignore[attr-defined]
    if "encryptedpackage" in streams:
        raise ExtractionFailed.of(
            ProblemKind.PASSWORD, what="Office file", detail="EncryptedPackage", action=_ACTION
        )
    if "worddocument" in streams:
        return read_doc(ole)
    if streams & {"workbook", "book"}:
        return read_workbook(path)
    if any(name.startswith("__substg1.0_") for name in streams):
        return read_msg(path, options.max_attachments)
    if "powerpoint document" in streams:
        raise ExtractionFailed.of(
            ProblemKind.UNSUPPORTED,
            what="an old PowerPoint file (.ppt)",
            action="Open it in PowerPoint or LibreOffice, save it as .pptx or PDF, and add that.",
        )
    raise ExtractionFailed.of(ProblemKind.UNSUPPORTED, what="an OLE file that is not a document")
