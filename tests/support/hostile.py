"""Builders of small hostile files, made at test time (never committed as binaries)."""

from __future__ import annotations

from pathlib import Path


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def xobject_bomb_pdf(path: Path, depth: int = 12) -> Path:
    """A ~3 KB PDF whose one page draws 4**(depth-1) text objects through nested forms.

    Each form XObject draws the next one four times; PDFium expands them all, so time
    and memory grow fourfold per level (depth 10: ~4 s and ~550 MB here; 12: minutes
    and gigabytes).
    """
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
        b"/Resources << /Font << /F1 4 0 R >> /XObject << /X0 6 0 R >> >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        _stream(b"/X0 Do"),
    ]
    for level in range(depth):
        form = b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] "
        if level < depth - 1:
            body = b"/X Do /X Do /X Do /X Do"
            form += b"/Resources << /XObject << /X %d 0 R >> >>" % (6 + level + 1)
        else:
            body = b"BT /F1 12 Tf 10 10 Td (deep) Tj ET"
            form += b"/Resources << /Font << /F1 4 0 R >> >>"
        objects.append(_stream(body, form))
    path.write_bytes(_pdf(objects))
    return path


def simple_pdf(path: Path, pages: list[str]) -> Path:
    """A plain PDF with one line of ASCII text per page (Helvetica, not embedded)."""
    count = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i, text in enumerate(pages):
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {5 + 2 * i} 0 R "
            "/Resources << /Font << /F1 3 0 R >> >> >>".encode()
        )
        objects.append(_stream(f"BT /F1 12 Tf 72 720 Td ({escaped}) Tj ET".encode("latin-1")))
    path.write_bytes(_pdf(objects))
    return path
