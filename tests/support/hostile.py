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


def _repeated_deflate(chunk: bytes, times: int) -> bytes:
    """A zlib stream of ``chunk`` repeated ``times`` times, built without inflating it.

    After a full flush the compressor forgets its history, so each further copy of the
    chunk compresses to the same bytes; the checksum is computed over the whole.
    """
    import zlib

    compressor = zlib.compressobj(9)
    head = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    body = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    adler = 1
    for _ in range(times):
        adler = zlib.adler32(chunk, adler)
    end = zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # an empty final block
    return head + body * (times - 1) + end + adler.to_bytes(4, "big")


def flate_bomb_pdf(path: Path, gigabytes: int = 2) -> Path:
    """A ~2 MB PDF whose page content is one FlateDecode stream inflating to ``gigabytes`` GB."""
    mb = 1 << 20
    data = _repeated_deflate(b" " * mb, gigabytes << 10)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        _stream(data, b"/Filter /FlateDecode"),
    ]
    path.write_bytes(_pdf(objects))
    return path


def nested_arrays_pdf(path: Path, depth: int = 100_000) -> Path:
    """A PDF whose page holds an array nested ``depth`` deep (readers that recurse overflow)."""
    nested = b"[" * depth + b"0" + b"]" * depth
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Deep 5 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Annots 5 0 R >>",
        _stream(b"BT /F1 12 Tf 72 720 Td (deep) Tj ET"),
        nested,
    ]
    path.write_bytes(_pdf(objects))
    return path


def nested_email(path: Path, depth: int = 3000) -> Path:
    """An email forwarding an email forwarding … ``depth`` deep (message/rfc822 parts)."""
    inner = b"Subject: innermost\r\n\r\nThe innermost message.\r\n"
    for level in range(depth):
        boundary = f"b{level}".encode()
        inner = (
            b"Subject: Fwd " + str(level).encode() + b"\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: multipart/mixed; boundary="' + boundary + b'"\r\n\r\n'
            b"--" + boundary + b"\r\nContent-Type: text/plain\r\n\r\nSee below.\r\n"
            b"--" + boundary + b"\r\nContent-Type: message/rfc822\r\n\r\n"
            + inner
            + b"\r\n--" + boundary + b"--\r\n"
        )  # fmt: skip
    path.write_bytes(inner)
    return path


def many_attachments_email(path: Path, count: int = 3000) -> Path:
    """An email with ``count`` small text attachments, each different."""
    parts = [
        b"Subject: many\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="x"\r\n\r\n'
        b"--x\r\nContent-Type: text/plain\r\n\r\nAttachments follow.\r\n"
    ]
    for number in range(count):
        parts.append(
            b"--x\r\nContent-Type: text/plain\r\n"
            b'Content-Disposition: attachment; filename="part-%d.txt"\r\n\r\n'
            b"Attachment number %d.\r\n" % (number, number)
        )
    parts.append(b"--x--\r\n")
    path.write_bytes(b"".join(parts))
    return path


def zip_bomb_docx(path: Path, megabytes: int = 512) -> Path:
    """A ~0.5 MB .docx whose document.xml inflates to ``megabytes`` MB (of spaces in the body)."""
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with z.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(b'<?xml version="1.0"?><w:document xmlns:w="urn:w"><w:body>')
            chunk = b" " * (1 << 20)
            for _ in range(megabytes):
                part.write(chunk)
            part.write(b"</w:body></w:document>")
    return path


# File names a volunteer may receive: separator look-alikes, control characters, bidi tricks.
HOSTILE_NAMES = (
    "letter \u2215 embassy.txt",  # DIVISION SLASH
    "letter \u2044 fraction.txt",  # FRACTION SLASH
    "letter \uff0f fullwidth.txt",  # FULLWIDTH SOLIDUS
    "back\\slash.txt",
    "..\u2215..\u2215etc\u2215passwd.txt",
    "invoice\u202etxt.exe",  # shows as "invoiceexe.txt"
    "\u2066isolate\u2069 and \u202aembed\u202c.txt",
    "bell\x07 and escape \x1b[2J.txt",
    "line\nbreak.txt",
    "carriage\rreturn.txt",
    "tab\there.txt",
    "del\x7f.txt",
    "\u200b\u200c\u200d zero widths.txt",
    "نامه\u200cها.txt",
    " leading and trailing space .txt",
    "-starts-with-dash.txt",
    "x" * 200 + ".txt",
)
