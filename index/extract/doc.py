"""Word 97–2003 (.doc): the text through the file's own piece table, read with olefile.

A .doc is an OLE compound file.  Its ``WordDocument`` stream starts with the FIB, which
says where the piece table (the CLX, in the ``0Table`` or ``1Table`` stream) is; the
piece table lists where each run of text lies and whether it is stored as 8-bit
(Windows-1252) or UTF-16 — Dari and Pashto documents are UTF-16 pieces.  Main text
comes first, then footnotes, headers, comments, endnotes and text boxes, as Word stores
them.  Field codes (``HYPERLINK "…"``, ``PAGE``) are dropped and their results kept.

olefile (maintained, pure Python) reads the container; the piece table is a few dozen
lines (the decision and the figures against antiword are in docs/FORMATS.md).
Encrypted or obfuscated files are PASSWORD; Word 6/95 files, from before the piece
table had this form, are UNSUPPORTED with advice.
"""

from __future__ import annotations

import re
import struct
from typing import Any

from index.extract.base import Extraction, ExtractionFailed
from index.problems import ProblemKind

WHAT = "Word 97-2003 file"
_WORD_IDENT = 0xA5EC
_FIRST_WORD97_NFIB = 101  # Word 6 and 95 wrote smaller numbers
_ENCRYPTED, _WHICH_TABLE, _OBFUSCATED = 0x0100, 0x0200, 0x8000
_CLX_INDEX = 33  # fcClx/lcbClx is the 34th pair of fibRgFcLcb97
_COMPRESSED = 0x40000000
_PASSWORD_ACTION = (
    "Open it in Word with its password, save a copy without a password (or as PDF), "
    "and add that copy."
)
# Word's special characters: paragraph and cell ends, breaks, hyphens; others dropped.
_CHARACTERS = str.maketrans(
    {
        "\r": "\n", "\x07": " | ", "\x0b": "\n", "\x0c": "\n\n", "\x0e": "\n",
        "\x1e": "-", "\x1f": "", "\xa0": " ",
    }
)  # fmt: skip
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


class DocDamaged(Exception):
    """The Word stream or its piece table cannot be read."""


def read_doc(ole: Any) -> Extraction:
    """The text and properties of the Word 97–2003 file open in ``ole`` (an OleFileIO)."""
    try:
        word = ole.openstream("WordDocument").read()
        table, fib = _table_and_fib(ole, word)
        text = _text(word, _pieces(table, fib))
    except (DocDamaged, struct.error, OSError, ValueError, IndexError) as exc:
        raise ExtractionFailed.of(
            ProblemKind.DAMAGED, what=WHAT, detail=type(exc).__name__
        ) from None
    if not text.strip():
        raise ExtractionFailed.of(ProblemKind.EMPTY)
    metadata = summary_information(ole)
    return Extraction(
        format="doc",
        pages=(text,),
        title=metadata.get("title", ""),
        date=metadata.get("created", ""),
        metadata=metadata,
    )


class _Fib:
    """The parts of the FIB that say where the text is."""

    def __init__(self, word: bytes) -> None:
        ident, self.nfib = struct.unpack_from("<HH", word, 0)
        (self.flags,) = struct.unpack_from("<H", word, 0x0A)
        if ident != _WORD_IDENT:
            raise DocDamaged("NotWord")
        (csw,) = struct.unpack_from("<H", word, 32)
        lw_at = 34 + 2 * csw
        (cslw,) = struct.unpack_from("<H", word, lw_at)
        fc_lcb_at = lw_at + 2 + 4 * cslw + 2
        self.fc_clx, self.lcb_clx = struct.unpack_from("<II", word, fc_lcb_at + 8 * _CLX_INDEX)


def _table_and_fib(ole: Any, word: bytes) -> tuple[bytes, _Fib]:
    """The table stream and the FIB, after refusing what cannot be read."""
    (ident, nfib) = struct.unpack_from("<HH", word, 0)
    if ident == _WORD_IDENT and nfib < _FIRST_WORD97_NFIB:
        raise ExtractionFailed.of(
            ProblemKind.UNSUPPORTED,
            what="a Word 6 or Word 95 file",
            action="Open it in Word or LibreOffice, save it as .docx or PDF, and add that.",
        )
    fib = _Fib(word)
    if fib.flags & (_ENCRYPTED | _OBFUSCATED):
        raise ExtractionFailed.of(
            ProblemKind.PASSWORD, what=WHAT, detail="EncryptedDoc", action=_PASSWORD_ACTION
        )
    name = "1Table" if fib.flags & _WHICH_TABLE else "0Table"
    if not ole.exists(name):
        raise DocDamaged("NoTable")
    return ole.openstream(name).read(), fib


def _pieces(table: bytes, fib: _Fib) -> list[tuple[int, int, bool]]:
    """(file offset, character count, 8-bit?) of each piece of text, in text order."""
    clx = table[fib.fc_clx : fib.fc_clx + fib.lcb_clx]
    at = 0
    while at < len(clx) and clx[at] == 0x01:  # Prc: formatting we do not need
        (size,) = struct.unpack_from("<h", clx, at + 1)
        at += 3 + max(size, 0)
    if at >= len(clx) or clx[at] != 0x02:
        raise DocDamaged("NoPieceTable")
    (lcb,) = struct.unpack_from("<I", clx, at + 1)
    plc = clx[at + 5 : at + 5 + lcb]
    count = (len(plc) - 4) // 12
    if count <= 0:
        raise DocDamaged("EmptyPieceTable")
    cps = struct.unpack_from(f"<{count + 1}I", plc, 0)
    pieces = []
    for i in range(count):
        (fc,) = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * i + 2)
        length = max(cps[i + 1] - cps[i], 0)
        if fc & _COMPRESSED:
            pieces.append(((fc & ~_COMPRESSED) // 2, length, True))
        else:
            pieces.append((fc, length, False))
    return pieces


def _text(word: bytes, pieces: list[tuple[int, int, bool]]) -> str:
    """The pieces' characters, decoded, with fields resolved and specials translated."""
    parts = []
    for offset, length, compressed in pieces:
        if compressed:
            parts.append(word[offset : offset + length].decode("cp1252", "replace"))
        else:
            parts.append(word[offset : offset + 2 * length].decode("utf-16-le", "replace"))
    text = _field_results("".join(parts)).translate(_CHARACTERS)
    lines = (_CONTROL.sub("", line).strip().removesuffix("|").strip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _field_results(text: str) -> str:
    """``text`` without field codes: between 0x13 and 0x14 is code, up to 0x15 the result."""
    if "\x13" not in text:
        return text
    out, stack = [], []  # stack: True while in a field's code
    for char in text:
        if char == "\x13":
            stack.append(True)
        elif char == "\x14" and stack:
            stack[-1] = False
        elif char == "\x15" and stack:
            stack.pop()
        elif not any(stack):
            out.append(char)
    return "".join(out)


def summary_information(ole: Any) -> dict[str, str]:
    """Title, author, subject and creation date from the OLE summary information."""
    try:
        meta = ole.get_metadata()
    except Exception:  # olefile parses properties loosely; a broken set is just absent
        return {}
    codepage = f"cp{meta.codepage}" if isinstance(meta.codepage, int) else "cp1252"
    values = {}
    for key, attr in (("title", "title"), ("author", "author"), ("subject", "subject")):
        raw = getattr(meta, attr, None)
        if isinstance(raw, bytes):
            values[key] = _decode(raw, codepage)
        elif isinstance(raw, str):
            values[key] = raw.strip("\x00 ").strip()
    created = getattr(meta, "create_time", None)
    if created is not None and hasattr(created, "date") and created.year > 1980:
        values["created"] = created.date().isoformat()
    return {key: value for key, value in values.items() if value}


def _decode(raw: bytes, codepage: str) -> str:
    """A property string in its code page (UTF-16 when the code page is 1200)."""
    if codepage == "cp1200":
        return raw.decode("utf-16-le", "replace").strip("\x00 ").strip()
    try:
        return raw.decode(codepage, "replace").strip("\x00 ").strip()
    except LookupError:
        return raw.decode("cp1252", "replace").strip("\x00 ").strip()
