"""Turn bytes of unknown encoding into text.

Legal-aid desks hold files saved by many programs: UTF-8 with or without a BOM,
UTF-16 from Windows tools, Windows-1256 for Arabic script, old Cyrillic and East Asian
mail.  We try the certain answers first (BOMs, strict UTF-8), then charset detection.
"""

from __future__ import annotations

import codecs
import contextlib

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Detection on a sample keeps a 100 MB log file from costing minutes.
_SAMPLE = 256 * 1024


def looks_binary(head: bytes) -> bool:
    """True when ``head`` is not text: NUL bytes without a UTF-16/32 byte-order mark."""
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    return b"\x00" in head


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``.

    ``declared`` is an encoding the container named (an email's or a web page's
    charset); it is used when it decodes cleanly, since senders are usually right.
    Undecodable bytes become U+FFFD rather than failing the whole file.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    for name in _candidates(declared):
        try:
            return data.decode(name), name
        except (UnicodeDecodeError, LookupError):
            continue
    best = from_bytes(data[:_SAMPLE]).best()
    name = best.encoding if best is not None else "utf-8"
    return data.decode(name, errors="replace"), name


def _candidates(declared: str | None) -> list[str]:
    names = ["utf-8"]
    if declared:
        with contextlib.suppress(LookupError):
            names.insert(0, codecs.lookup(declared.strip().strip("\"'")).name)
    return names
