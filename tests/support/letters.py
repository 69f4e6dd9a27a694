"""Invented letters as PDFs made at test time: lines of text per page, a creation date and
title in the file's properties, and pages that are only a picture (no text layer)."""

from __future__ import annotations

import zlib
from pathlib import Path

from tests.support.hostile import _pdf, _stream

# A page that is only a picture: ``None`` in the pages given to :func:`letter_pdf`.
SCAN = None


def letter_pdf(
    path: Path,
    pages: list[list[str] | None],
    *,
    created: str = "",
    title: str = "",
) -> Path:
    """A PDF with one line of ASCII text per item on each page (Helvetica); a ``SCAN``
    page draws only a grey image. ``created`` (ISO) and ``title`` go into its /Info."""
    count = len(pages)
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        _grey_image(),
    ]
    for i, lines in enumerate(pages):
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {6 + 2 * i} 0 R "
            "/Resources << /Font << /F1 3 0 R >> /XObject << /Im 4 0 R >> >> >>".encode()
        )
        objects.append(_stream(_content(lines)))
    objects.append(_info(created, title))
    data = _pdf(objects).replace(
        b"/Root 1 0 R >>", f"/Root 1 0 R /Info {len(objects)} 0 R >>".encode()
    )
    path.write_bytes(data)
    return path


def _content(lines: list[str] | None) -> bytes:
    if lines is None:
        return b"q 468 0 0 600 72 96 cm /Im Do Q"
    shown = " ".join(f"({_escaped(line)}) Tj T*" for line in lines)
    return f"BT /F1 12 Tf 14 TL 72 720 Td {shown} ET".encode("latin-1")


def _grey_image() -> bytes:
    pixels = zlib.compress(bytes(range(64)) * 64)
    extra = b"/Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray "
    extra += b"/BitsPerComponent 8 /Filter /FlateDecode"
    return _stream(pixels, extra)


def _info(created: str, title: str) -> bytes:
    parts = []
    if created:
        parts.append(f"/CreationDate (D:{created.replace('-', '')}120000Z)")
    if title:
        parts.append(f"/Title ({_escaped(title)})")
    return f"<< {' '.join(parts)} >>".encode("latin-1")


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
