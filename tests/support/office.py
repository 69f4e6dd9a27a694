"""Office files built by code for the format tests: Word 97 .doc, Outlook .msg, Excel
(.xlsx, .xls), OpenDocument (.odt, .ods), PowerPoint .pptx, RTF and ZIP archives.

Every person and number in them is invented.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

from tests.support import compound

# -- Word 97-2003 --------------------------------------------------------------------

_FIB_LENGTH = 154 + 93 * 8


def doc_bytes(english: str, unicode_text: str = "", *, encrypted: bool = False) -> bytes:
    """A Word 97 file whose text is ``english`` (stored 8-bit) then ``unicode_text``
    (stored UTF-16, as Word stores Dari), in two pieces of the piece table."""
    first = english.encode("cp1252")
    second = unicode_text.encode("utf-16-le")
    text_at = 1024
    second_at = text_at + len(first) + (len(first) % 2)
    word = bytearray(second_at + len(second) + 512)
    flags = 0x0200 | (0x0100 if encrypted else 0)  # 1Table; fEncrypted
    struct.pack_into("<HHHHHH", word, 0, 0xA5EC, 0x00C1, 0, 0x0409, 0, flags)
    struct.pack_into("<H", word, 32, 14)  # csw
    struct.pack_into("<H", word, 34 + 28, 22)  # cslw
    cps = (0, len(english), len(english) + len(unicode_text))
    struct.pack_into("<I", word, 64 + 3 * 4, cps[-1])  # ccpText
    struct.pack_into("<H", word, 64 + 88, 93)  # cbRgFcLcb
    plc = struct.pack("<3I", *cps)
    plc += struct.pack("<HIH", 0, (text_at * 2) | 0x40000000, 0)
    plc += struct.pack("<HIH", 0, second_at, 0)
    clx = b"\x02" + struct.pack("<I", len(plc)) + plc
    struct.pack_into("<II", word, 154 + 33 * 8, 0, len(clx))  # fcClx, lcbClx
    word[text_at : text_at + len(first)] = first
    word[second_at : second_at + len(second)] = second
    return compound.build({"WordDocument": bytes(word), "1Table": clx.ljust(512, b"\0")})


# -- Outlook .msg ---------------------------------------------------------------------

PT_LONG, PT_SYSTIME, PT_UNICODE, PT_BINARY = 0x0003, 0x0040, 0x001F, 0x0102


def _properties(header: bytes, props: dict[int, tuple[int, bytes]]) -> tuple[bytes, dict]:
    """The properties stream and the ``__substg1.0_`` streams of ``props`` (id → value)."""
    stream, streams = bytearray(header), {}
    for prop_id, (ptype, value) in props.items():
        tag = (prop_id << 16) | ptype
        if ptype in (PT_UNICODE, PT_BINARY):
            streams[f"__substg1.0_{tag:08X}"] = value
            stream += struct.pack(
                "<IIII", tag, 6, len(value) + (2 if ptype == PT_UNICODE else 0), 0
            )
        else:
            stream += struct.pack("<II", tag, 6) + value.ljust(8, b"\0")
    return bytes(stream), streams


def _u(text: str) -> tuple[int, bytes]:
    return PT_UNICODE, text.encode("utf-16-le")


def msg_bytes(
    subject: str, body: str, sender: str, to: str, attachments: dict[str, bytes]
) -> bytes:
    """An Outlook message (IPM.Note) with a plain body and attached files."""
    filetime = struct.pack("<Q", (1710496800 + 11644473600) * 10_000_000)  # 2024-03-15
    props = {
        0x001A: _u("IPM.Note"),
        0x0037: _u(subject),
        0x1000: _u(body),
        0x0C1A: _u(sender),
        0x0E04: _u(to),
        0x0039: (PT_SYSTIME, filetime),
        0x0E06: (PT_SYSTIME, filetime),
    }
    count = len(attachments)
    header = bytes(8) + struct.pack("<IIII", 0, count, 0, count) + bytes(8)
    stream, tree = _properties(header, props)
    tree["__properties_version1.0"] = stream
    tree["__nameid_version1.0"] = {
        "__substg1.0_00020102": b"",
        "__substg1.0_00030102": b"",
        "__substg1.0_00040102": b"",
    }
    for number, (name, data) in enumerate(attachments.items()):
        attach = {
            0x3705: (PT_LONG, struct.pack("<I", 1)),  # by value
            0x3701: (PT_BINARY, data),
            0x3707: _u(name),
            0x3704: _u(name[:12]),
            0x3001: _u(name),
            0x0E20: (PT_LONG, struct.pack("<I", len(data))),
        }
        stream, streams = _properties(bytes(8), attach)
        tree[f"__attach_version1.0_#{number:08X}"] = {"__properties_version1.0": stream, **streams}
    return compound.build(tree)


# -- ZIP-based formats ------------------------------------------------------------------


def _zip(members: dict[str, bytes | str], *, stored_first: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for i, (name, data) in enumerate(members.items()):
            method = zipfile.ZIP_STORED if stored_first and i == 0 else zipfile.ZIP_DEFLATED
            archive.writestr(name, data, compress_type=method)
    return buffer.getvalue()


_ODF = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' \
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' \
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' \
    'xmlns:dc="http://purl.org/dc/elements/1.1/" ' \
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'  # fmt: skip


def odt_bytes(title: str, paragraphs: list[str], table: list[list[str]]) -> bytes:
    """An OpenDocument text with a title, paragraphs (``<text:s/>`` for double spaces)
    and a table."""
    body = "".join(f"<text:p>{p.replace('  ', ' <text:s/>')}</text:p>" for p in paragraphs)
    rows = "".join(
        "<table:table-row>"
        + "".join(f"<table:table-cell><text:p>{c}</text:p></table:table-cell>" for c in row)
        + "</table:table-row>"
        for row in table
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODF}>'
        f"<office:body><office:text>{body}<table:table>{rows}</table:table>"
        "</office:text></office:body></office:document-content>"
    )
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {_ODF}><office:meta>'
        f"<dc:title>{title}</dc:title><meta:creation-date>2024-02-01T10:00:00"
        "</meta:creation-date></office:meta></office:document-meta>"
    )
    return _zip(
        {
            "mimetype": "application/vnd.oasis.opendocument.text",
            "content.xml": content,
            "meta.xml": meta,
            "META-INF/manifest.xml": _manifest("text"),
        },
        stored_first=True,
    )


def _manifest(kind: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/" '
        f'manifest:media-type="application/vnd.oasis.opendocument.{kind}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )


def ods_bytes(sheets: dict[str, list[list[str]]]) -> bytes:
    """An OpenDocument spreadsheet with text cells."""
    tables = "".join(
        f'<table:table table:name="{name}">'
        + "".join(
            "<table:table-row>"
            + "".join(
                f'<table:table-cell office:value-type="string"><text:p>{c}</text:p>'
                "</table:table-cell>"
                for c in row
            )
            + "</table:table-row>"
            for row in rows
        )
        + "</table:table>"
        for name, rows in sheets.items()
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODF}>'
        f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    return _zip(
        {
            "mimetype": "application/vnd.oasis.opendocument.spreadsheet",
            "content.xml": content,
            "META-INF/manifest.xml": _manifest("spreadsheet"),
        },
        stored_first=True,
    )


def xlsx_file(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    """An Excel workbook written by openpyxl."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def xls_file(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    """An Excel 97-2003 workbook written by xlwt."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    for name, rows in sheets.items():
        sheet = book.add_sheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                sheet.write(r, c, value)
    book.save(str(path))
    return path


def pptx_file(path: Path, slides: list[tuple[str, str, str]]) -> Path:
    """A PowerPoint file written by python-pptx: (title, body, notes) per slide."""
    from pptx import Presentation

    deck = Presentation()
    for title, body, notes in slides:
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = title
        slide.placeholders[1].text = body
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
    deck.core_properties.title = slides[0][0]
    deck.save(path)
    return path


def rtf_bytes(title: str, english: str, persian: str) -> bytes:
    """An RTF document: English text, then Persian written as \\uN escapes."""
    escaped = "".join(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?" for ch in persian)
    return (
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}"
        f"{{\\info{{\\title {title}}}}}"
        f"{{\\pict\\pngblip 89504e470d0a1a0a}}"
        f"\\f0 {english}\\par {escaped}\\par }}"
    ).encode("ascii")


def zip_bytes(members: dict[str, bytes | str]) -> bytes:
    """A ZIP archive of ``members`` (path → content)."""
    return _zip(members)


def zip_bomb(size: int) -> bytes:
    """A ZIP holding one member of ``size`` zero bytes (it packs to about size/1000)."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("zeros.txt", "w", force_zip64=True) as member,
    ):
        chunk = bytes(1 << 20)
        for _ in range(size >> 20):
            member.write(chunk)
    return buffer.getvalue()


def nested_zip(depth: int, leaf: dict[str, bytes | str]) -> bytes:
    """A ZIP holding a ZIP … ``depth`` levels down to ``leaf``'s members."""
    data = zip_bytes(leaf)
    for level in range(depth):
        data = zip_bytes({f"level{depth - level}.zip": data})
    return data


def encrypted_zip(name: str, data: bytes, password: str) -> bytes:
    """A ZIP holding one stored member encrypted with the traditional PKWARE cipher
    (ZipCrypto, what Windows and most tools write; zipfile can read but not write it)."""
    crc = zlib.crc32(data)
    keys = [0x12345678, 0x23456789, 0x34567890]

    def update(byte: int) -> None:
        keys[0] = zlib.crc32(bytes([byte]), keys[0] ^ 0xFFFFFFFF) ^ 0xFFFFFFFF
        keys[1] = ((keys[1] + (keys[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        keys[2] = zlib.crc32(bytes([keys[1] >> 24]), keys[2] ^ 0xFFFFFFFF) ^ 0xFFFFFFFF

    for byte in password.encode("utf-8"):
        update(byte)
    out = bytearray()
    for byte in bytes(11) + bytes([crc >> 24]) + data:
        temp = (keys[2] | 2) & 0xFFFF
        out.append(byte ^ (((temp * (temp ^ 1)) >> 8) & 0xFF))
        update(byte)
    raw_name = name.encode("utf-8")
    fields = struct.pack(
        "<HHHHHIIIHH", 20, 1, 0, 0, 0x21, crc, len(out), len(data), len(raw_name), 0
    )
    local = b"PK\x03\x04" + fields + raw_name + bytes(out)
    central = (
        b"PK\x01\x02"
        + struct.pack("<H", 20)
        + fields
        + struct.pack("<HHHII", 0, 0, 0, 0, 0)
        + raw_name
    )
    end = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, 1, 1, len(central), len(local), 0)
    return local + central + end
