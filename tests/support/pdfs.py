"""Small PDFs written by the tests, one for each kind other readers open and PDFium loses.

Each builder returns the bytes of a one-page PDF whose page says ``text`` (Latin letters,
Helvetica).  The invented words in them are the tests' own, never a real person's.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

import brotli
from pypdf import PdfWriter
from pypdf._crypt_providers import CryptAES
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _content(text: str) -> bytes:
    return f"BT /F1 14 Tf 20 150 Td ({text}) Tj ET".encode("latin-1")


def plain_pdf(text: str, *, password: str | None = None) -> bytes:
    """A one-page PDF written by pypdf; with ``password``, encrypted with AES-256
    (revision 6), that password as the user and the owner password."""
    writer = PdfWriter()
    add_text_page(writer, text)
    if password is not None:
        writer.encrypt(password, algorithm="AES-256")
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def add_text_page(writer: PdfWriter, text: str) -> None:
    """Add a page to ``writer`` that says ``text``."""
    page = writer.add_blank_page(300, 300)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    fonts = DictionaryObject({NameObject("/F1"): writer._add_object(font)})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
    content = DecodedStreamObject()
    content.set_data(_content(text))
    page[NameObject("/Contents")] = writer._add_object(content)


def brotli_pdf(text: str, *, objects_in_brotli_stream: bool) -> bytes:
    """A PDF 2.0 file whose page content is a /BrotliDecode stream; with
    ``objects_in_brotli_stream`` the catalog, page tree, page and font also sit in a
    Brotli-compressed object stream (found through a cross-reference stream), so a reader
    without Brotli finds no pages at all."""
    content = brotli.compress(_content(text))
    small = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 300] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        4: _FONT,
    }
    out = BytesIO()
    out.write(b"%PDF-2.0\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}

    def put(number: int, body: bytes) -> None:
        offsets[number] = out.tell()
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")

    def stream(extra: bytes, data: bytes) -> bytes:
        head = b"<< /Length %d /Filter /BrotliDecode " % len(data) + extra + b">>"
        return head + b"\nstream\n" + data + b"\nendstream"

    put(5, stream(b"", content))
    if not objects_in_brotli_stream:
        for number, body in small.items():
            put(number, body)
        return _classic_trailer(out, offsets, 6)
    header, bodies = b"", b""
    for number, body in small.items():
        header += b"%d %d " % (number, len(bodies))
        bodies += body + b"\n"
    packed = brotli.compress(header + bodies)
    put(6, stream(b"/Type /ObjStm /N %d /First %d " % (len(small), len(header)), packed))
    return _xref_stream_trailer(out, offsets, small)


def _classic_trailer(out: BytesIO, offsets: dict[int, int], size: int) -> bytes:
    start = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for number in range(1, size):
        out.write(b"%010d 00000 n \n" % offsets[number])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, start))
    return out.getvalue()


def _xref_stream_trailer(out: BytesIO, offsets: dict[int, int], packed: dict[int, bytes]) -> bytes:
    start = out.tell()
    offsets[7] = start
    rows = [b"\x00" + b"\x00" * 4 + b"\xff\xff"]
    for number in range(1, 8):
        if number in packed:
            rows.append(b"\x02" + (6).to_bytes(4, "big") + (number - 1).to_bytes(2, "big"))
        else:
            rows.append(b"\x01" + offsets[number].to_bytes(4, "big") + b"\x00\x00")
    data = b"".join(rows)
    out.write(
        b"7 0 obj\n<< /Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n"
        % len(data)
    )
    out.write(data + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % start)
    return out.getvalue()


def pdf_with_embedded_file(
    text: str,
    name: str,
    data: bytes,
    *,
    password: str,
    crypt_filter: str = "",
    only_files: bool = False,
) -> bytes:
    """A one-page AES-256 PDF embedding ``name`` (``data``) in its EmbeddedFiles tree.

    ``crypt_filter`` puts a /Crypt filter naming that crypt filter on the file's stream
    (``StdCF`` is the document's own); ``only_files`` encrypts the embedded file alone, as
    Acrobat's "encrypt only file attachments" does (/StmF and /StrF /Identity, /EFF /StdCF).
    """
    writer = PdfWriter()
    add_text_page(writer, text)
    writer.add_attachment(name, data)
    writer.encrypt(password, algorithm="AES-256")
    stream = _embedded_stream(writer)
    if crypt_filter:
        stream[NameObject("/Filter")] = NameObject("/Crypt")
        stream[NameObject("/DecodeParms")] = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/CryptFilterDecodeParms"),
                NameObject("/Name"): NameObject(f"/{crypt_filter}"),
            }
        )
    if only_files:
        encryption = writer._encryption
        assert encryption is not None and writer._encrypt_entry is not None
        encryption.StmF = encryption.StrF = "/Identity"  # what the writer applies
        for key in ("/StmF", "/StrF"):
            writer._encrypt_entry[NameObject(key)] = NameObject("/Identity")
        writer._encrypt_entry[NameObject("/EFF")] = NameObject("/StdCF")
        stream.set_data(CryptAES(encryption._key).encrypt(stream.get_data()))
        for key in ("/Filter", "/DecodeParms"):
            stream.pop(NameObject(key), None)
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _embedded_stream(writer: PdfWriter) -> Any:
    """The stream of the first file in ``writer``'s EmbeddedFiles name tree."""
    names = writer.root_object["/Names"]["/EmbeddedFiles"]["/Names"]
    return names[1].get_object()["/EF"]["/F"].get_object()
