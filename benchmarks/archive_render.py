"""Turning one planned archive file into bytes: text, multi-page PDF, filled form, email.

Kept apart from :mod:`benchmarks.archive_corpus` (which plans the files and writes them
in worker processes) so that each renderer is small and can be checked on its own.

Every renderer gives the same bytes for the same plan, on the same machine:

- PDFs are drawn by Qt (``QTextDocument`` printed to a ``QPdfWriter``, fonts embedded,
  so Persian and Pashto come out as real shaped text) with a fixed document ID; Qt
  stamps the current time into the info dictionary and the XMP metadata, and those
  stamps are replaced (at the same length, so the cross-reference table stays right)
  by the document's own date.
- Forms are such a PDF with the labels printed on the page and the values only in
  AcroForm text fields added with pypdf, as in a form filled on screen.
- Emails get a fixed Message-ID and MIME boundary (the standard library draws a
  random boundary otherwise).
"""

from __future__ import annotations

import html
import os
import re
import time
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from io import BytesIO
from uuid import UUID

from benchmarks.corpus import SyntheticDocument, as_text

_CREATOR = "CaseDesk benchmark corpus"
# Qt's time stamps: the info dictionary's and the XMP packet's (UTC, see use_utc).
_PDF_STAMP = re.compile(rb"D:\d{14}Z")
_XMP_STAMP = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00")
_FIELD_HEIGHT = 16


def use_utc() -> None:
    """Make this process's clock UTC, so Qt's time stamps always have the same length."""
    os.environ["TZ"] = "UTC"
    time.tzset()


# -- PDF (Qt) ---------------------------------------------------------------------------


def pdf_bytes(title: str, pages: list[str], day: str, key: str, labels: list[str] = ()) -> bytes:
    """A PDF with ``title`` on top and each of ``pages`` on a page of its own.

    ``labels`` are printed (with an empty line each) after the title, as on a blank
    form.  ``key`` makes the document ID; ``day`` (ISO) is its creation date.
    """
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUuid
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    from desktop.output.pdf import ensure_gui_application

    ensure_gui_application()
    data = QByteArray()
    device = QBuffer(data)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(device)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle(title)
    writer.setCreator(_CREATOR)
    writer.setDocumentId(QUuid(str(_uuid(key))))
    document = QTextDocument()
    document.setHtml(_html(title, pages, labels))
    document.print_(writer)
    del writer  # finishes the PDF
    device.close()
    return _fixed_stamps(bytes(data.data()), day)


def _html(title: str, pages: list[str], labels: list[str]) -> str:
    parts = [f"<h2>{html.escape(title)}</h2>"]
    parts += [f"<p>{html.escape(label)}: ____________________</p>" for label in labels]
    for number, text in enumerate(pages):
        style = ' style="page-break-before: always"' if number or labels else ""
        paragraphs = text.split("\n")
        parts.append(f"<p{style}>{html.escape(paragraphs[0])}</p>")
        parts += [f"<p>{html.escape(p)}</p>" for p in paragraphs[1:]]
    return "".join(parts)


def _uuid(key: str) -> UUID:
    import hashlib

    return UUID(bytes=hashlib.md5(key.encode()).digest())


def _fixed_stamps(data: bytes, day: str) -> bytes:
    """Replace Qt's "now" by ``day`` at midday, keeping every byte offset."""
    compact = day.replace("-", "")
    data = _PDF_STAMP.sub(f"D:{compact}120000Z".encode(), data)
    return _XMP_STAMP.sub(f"{day}T12:00:00+00:00".encode(), data)


# -- forms (pypdf) ------------------------------------------------------------------------


def form_bytes(doc: SyntheticDocument, key: str) -> bytes:
    """A visa-style form: labels printed on page 1, values in filled AcroForm fields.

    The fields sit in a ``form1[0]`` / ``#subform[0]`` tree, named like USCIS forms.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, BooleanObject, DictionaryObject, NameObject

    labels = [label for _name, _value, _type, label in doc.fields]
    printed = pdf_bytes(doc.title, doc.pages, doc.date, key, labels)
    writer = PdfWriter(clone_from=PdfReader(BytesIO(printed)))
    page = writer.pages[0]
    top = float(page.mediabox.top)
    parent = _field_node(writer, "form1[0]")
    subform = _field_node(writer, "#subform[0]", parent)
    widgets = ArrayObject()
    for row, (name, value, _type, label) in enumerate(doc.fields):
        partial = name.rsplit(".", 1)[-1]
        y = top - 110 - row * 24
        widget = _text_field(partial, value, label, (300, y, 540, y + _FIELD_HEIGHT), subform)
        ref = writer._add_object(widget)
        widget[NameObject("/P")] = page.indirect_reference
        subform.get_object()["/Kids"].append(ref)
        widgets.append(ref)
    page[NameObject("/Annots")] = widgets
    writer.root_object[NameObject("/AcroForm")] = DictionaryObject(
        {
            NameObject("/Fields"): ArrayObject([parent]),
            NameObject("/NeedAppearances"): BooleanObject(True),
            NameObject("/DA"): _string("/Helv 10 Tf 0 g"),
        }
    )
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def _field_node(writer, partial: str, parent=None):
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject

    node = DictionaryObject(
        {NameObject("/T"): _string(partial), NameObject("/Kids"): ArrayObject()}
    )
    ref = writer._add_object(node)
    if parent is not None:
        node[NameObject("/Parent")] = parent
        parent.get_object()["/Kids"].append(ref)
    return ref


def _text_field(partial: str, value: str, label: str, rect: tuple, parent):
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject

    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Tx"),
            NameObject("/T"): _string(partial),
            NameObject("/TU"): _string(label),
            NameObject("/V"): _string(value),
            NameObject("/DA"): _string("/Helv 10 Tf 0 g"),
            NameObject("/Rect"): ArrayObject(FloatObject(v) for v in rect),
            NameObject("/Parent"): parent,
        }
    )


def _string(text: str):
    from pypdf.generic import create_string_object

    return create_string_object(text)


# -- email ------------------------------------------------------------------------------


def email_bytes(
    doc: SyntheticDocument, body: str, attachments: list[tuple[str, bytes]], key: str
) -> bytes:
    """An RFC 822 message from ``doc``'s sender with ``body`` and the given attachments."""
    message = EmailMessage()
    person = doc.people[0].spelled if doc.people else ""
    message["From"] = f"{person} <{doc.sender}>" if person else doc.sender
    message["To"] = "intake@legal-aid.example.org"
    message["Subject"] = doc.title
    message["Date"] = format_datetime(datetime.fromisoformat(doc.date).replace(hour=9))
    message["Message-ID"] = f"<{_uuid(key).hex}@example.org>"
    message.set_content(body)
    for name, data in attachments:
        if name.endswith(".pdf"):
            message.add_attachment(data, "application", "pdf", filename=name)
        else:
            message.add_attachment(data.decode("utf-8"), filename=name)
    if attachments:
        message.set_boundary(f"=_casedesk_{_uuid(key + ':boundary').hex}")
    return message.as_bytes()


# -- plain text ---------------------------------------------------------------------------


def text_bytes(doc: SyntheticDocument) -> bytes:
    """A document as a UTF-8 text file (pages separated by form feeds)."""
    return as_text(doc).encode("utf-8")
