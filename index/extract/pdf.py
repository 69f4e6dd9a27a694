"""PDF: text and metadata through PDFium; form fields and attachments through pypdf.

PDFium (pypdfium2) reads the text: it was 16-20 times faster than pypdf on the corpus
(docs/PDF-EXTRACTION.md; there too, one Arabic file where PDFium gives visual order).
A line mixing Arabic-script and Latin text, which PDFium puts out of order, is read
again from its characters' places (:mod:`index.extract.pdf_lines`).
It also reads the document information dictionary, and says whether the file has an
AcroForm, embedded files or file-attachment annotations.  Only then is pypdf asked for
the AcroForm fields and attached files, which it walks more faithfully.  On 268 texlive
manuals (none with forms or attachments) parsing every file with pypdf as well cost
33 CPU s against PDFium's 11.5, and pypdf's page tree of a 1,600-page manual held most
of a reader's 527 MB.  Text is what matters for search, so a failure in pypdf only drops
the fields and attachments, never the text or metadata.

Decisions:

* ``score`` gives 100 when ``%PDF-`` starts within the first 1024 bytes (PDFium accepts a
  header starting at byte 1024 at the latest), 5 for a ``.pdf`` name without that
  header — low enough that any extractor the content calls for wins, but still claimed
  when nothing else is, so the file becomes a "damaged" problem instead of
  "unsupported" — and 0 otherwise.  (So a JPEG named
  ``.pdf`` also comes here and is "damaged"; the registry could prefer its own
  description of known magic bytes when the best score is this low.)
* The file is read once into memory and both libraries parse those bytes: the file is
  opened once, and PDFium never has to decode a path.
* When PDFium opens no pages (it refuses the file, or finds none), pypdf and then poppler
  are asked (:mod:`index.extract.pdf_readers`); ``metadata["reader"]`` says which of
  ``pdfium``, ``pypdf``, ``poppler`` read the text.  Only when none reads it is it a
  problem, the most precise one: a password, a kind of security CaseDesk cannot open,
  "empty" (a whole PDF whose page tree says it has no pages), else damaged.
* Passwords: ``""`` first, then each of ``options.passwords`` as typed and prepared by
  SASLprep (:mod:`index.extract.pdf_passwords`); PDFium decides which one works (a user or
  an owner password) and pypdf, when needed, is given the same one.
* ``needs_ocr`` lists every page whose text has no letter or digit (a scan, text drawn as
  shapes, or a font that maps its glyphs to control or private-use characters); such a
  page's text is kept blank rather than indexed as noise, and the page is read by OCR
  like a scan.
* ``Extraction.date`` is the creation date only when it has year, month and day.
* ``detail`` in problems is an exception class name or a count, never an exception
  message (messages may quote the document).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from io import BytesIO
from pathlib import Path
from typing import Any, TypeVar

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pypdf import PdfReader
from pypdf.generic import (
    DictionaryObject,
    IndirectObject,
)

from index.extract.base import Attachment, Extraction, ExtractionFailed, ExtractOptions, FormField
from index.extract.pdf_dates import iso_date
from index.extract.pdf_files import MAX_DEPTH, embedded_files, pdf_text, resolve
from index.extract.pdf_lines import logical_text, needs_reordering
from index.extract.pdf_passwords import byte_forms, text_forms
from index.extract.pdf_readers import Reading, Refusal, read_with_poppler, read_with_pypdf
from index.problems import Problem, ProblemKind

MAGIC = b"%PDF-"
HEAD_WINDOW = 1024
SUFFIX_ONLY_SCORE = 5

_FF_RADIO = 1 << 15
_FF_PUSHBUTTON = 1 << 16
_METADATA_KEYS = {
    "Title": "title",
    "Author": "author",
    "Subject": "subject",
    "Keywords": "keywords",
    "Creator": "creator",
    "Producer": "producer",
}
T = TypeVar("T")


class PdfExtractor:
    """Reads PDF files; see the module docstring for the decisions it makes."""

    name = "pdf"
    mime_types = ("application/pdf",)

    def score(self, head: bytes, suffix: str) -> int:
        """100 for the PDF magic starting within the first 1024 bytes (at offset 0 to
        1024, as PDFium and pdf.js look for it), 5 for a bare ``.pdf`` name, else 0."""
        if MAGIC in head[: HEAD_WINDOW + len(MAGIC)]:
            return 100
        return SUFFIX_ONLY_SCORE if suffix == ".pdf" else 0

    def extract(self, path: Path, options: ExtractOptions) -> Extraction:
        """Read text per page and metadata with PDFium, then fields and attachments with
        pypdf when PDFium found a form or attached files; when PDFium opens no pages,
        ask pypdf, then poppler (:mod:`index.extract.pdf_readers`)."""
        data = _read_bytes(path)
        try:
            doc, password = _open_pdfium(data, options.passwords)
        except ExtractionFailed as failed:
            return _second_reading(path, data, options, failed.problem)
        try:
            pages, annotated = _page_texts(doc)
            metadata = _safely(_metadata, {}, doc)
            structured = annotated or _has_form_or_files(doc)
            reader = _open_pypdf(data, (password, *options.passwords)) if structured else None
            locked = _locked_files(doc) if structured and isinstance(reader, Problem) else ()
        finally:
            doc.close()
        if isinstance(reader, Problem):
            extraction = _extraction(pages, {**metadata, "reader": "pdfium"}, None, options)
            return replace(extraction, attachments=locked)
        return _extraction(pages, {**metadata, "reader": "pdfium"}, reader, options)


def _extraction(
    pages: tuple[str, ...],
    metadata: dict[str, str],
    reader: PdfReader | None,
    options: ExtractOptions,
) -> Extraction:
    """The extraction of ``pages``, with fields and attachments when ``reader`` is given.

    A page whose text has no letter or digit (only control, private-use or replacement
    characters: a font without a usable map) is kept blank and flagged for OCR.
    """
    fields: tuple[FormField, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    if reader is not None:
        fields = _safely(_fields, (), reader)
        attachments = _safely(embedded_files, (), reader, options.max_attachments)
    pages = tuple(text if _readable(text) else "" for text in pages)
    return Extraction(
        format="pdf",
        pages=pages,
        title=metadata.get("title", ""),
        date=metadata.get("created", ""),
        metadata=metadata,
        fields=fields,
        attachments=attachments,
        needs_ocr=tuple(i for i, text in enumerate(pages, 1) if not text),
    )


def _readable(text: str) -> bool:
    """Whether ``text`` has at least one letter or digit (of any script)."""
    return any(char.isalnum() for char in text)


# --- when PDFium opens no pages -------------------------------------------------------


def _second_reading(path: Path, data: bytes, options: ExtractOptions, first: Problem) -> Extraction:
    """Pages from pypdf, else from poppler; if neither reads the file, the most precise
    problem the three readers agree on."""
    readings = [read_with_pypdf(data, options.passwords)]
    if readings[0].refusal not in (Refusal.PASSWORD, Refusal.SECURITY) and readings[0].refusal:
        readings.append(read_with_poppler(path))
    for reading in readings:
        if reading.refusal is None:
            metadata = {**reading.metadata, "reader": reading.name}
            return _extraction(reading.pages, metadata, reading.reader, options)
    raise _failure(first, readings, given=bool(options.passwords))


def _failure(first: Problem, readings: list[Reading], *, given: bool) -> ExtractionFailed:
    """The problem to report when no reader read the file.

    "Empty" only when PDFium opened it and found no pages and pypdf found a whole page
    tree that says so; a password only when no reader saw an unknown kind of security
    after a password was given.
    """
    refusals = {reading.refusal for reading in readings}
    detail = "; ".join([first.detail, *(f"{r.name} {r.detail}" for r in readings)])
    wrong_password = first.kind is ProblemKind.PASSWORD
    if first.kind is ProblemKind.SECURITY or (
        Refusal.SECURITY in refusals and (given or not wrong_password)
    ):
        handler = next((r.handler for r in readings if r.handler), "")
        what = _security_words(handler)
        return ExtractionFailed.of(ProblemKind.SECURITY, what=what, detail=detail)
    if wrong_password or Refusal.PASSWORD in refusals:
        return ExtractionFailed.of(ProblemKind.PASSWORD, detail=detail)
    if first.kind is ProblemKind.EMPTY and readings[0].refusal is Refusal.EMPTY:
        return ExtractionFailed.of(ProblemKind.EMPTY, detail="PDF with no pages")
    return ExtractionFailed.of(ProblemKind.DAMAGED, detail=detail)


def _security_words(handler: str) -> str:
    """The kind of security in words: a certificate, or the handler's own name."""
    if handler.lower().startswith(("adobe.pubsec", "adbe.pkcs7")):
        return f"a certificate, {handler}"
    if handler == "Adobe.APS":
        return "Adobe rights management, Adobe.APS"
    return f"the {handler} security handler" if handler else ""


# --- PDFium: opening and text ---------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    """The whole file; an empty file is EMPTY, a file we may not read is UNREADABLE."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractionFailed.of(ProblemKind.UNREADABLE, detail=type(exc).__name__) from None
    if not data:
        raise ExtractionFailed.of(ProblemKind.EMPTY, detail="0 bytes")
    return data


def _open_pdfium(data: bytes, passwords: tuple[str, ...]) -> tuple[pdfium.PdfDocument, str]:
    """Open ``data`` with the first form of a password that works (``""`` first; see
    :mod:`index.extract.pdf_passwords`) and return it with the form that worked.

    ``data`` must outlive the document: PDFium reads from it without copying.
    """
    for password, text in byte_forms(passwords):
        raw = pdfium_c.FPDF_LoadMemDocument64(data, len(data), password + b"\0")
        if raw:
            return _with_pages(pdfium.PdfDocument(raw)), text
        # Read only after a failed load: PDFium sets the last error on failure, never clears it.
        code = pdfium_c.FPDF_GetLastError()
        if code != pdfium_c.FPDF_ERR_PASSWORD:
            raise _open_problem(code)
    raise ExtractionFailed.of(
        ProblemKind.PASSWORD, detail=f"no password worked ({len(passwords)} given)"
    )


def _with_pages(doc: pdfium.PdfDocument) -> pdfium.PdfDocument:
    """``doc`` itself, or EMPTY (after closing it) when it has no pages."""
    if len(doc) > 0:
        return doc
    doc.close()
    raise ExtractionFailed.of(ProblemKind.EMPTY, detail="PDF with no pages")


def _open_problem(code: int) -> ExtractionFailed:
    """The problem for PDFium's load error ``code`` other than a wrong password."""
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return ExtractionFailed.of(ProblemKind.SECURITY, detail="PdfiumError security")
    return ExtractionFailed.of(ProblemKind.DAMAGED, detail="PdfiumError")


def _page_texts(doc: pdfium.PdfDocument) -> tuple[tuple[str, ...], bool]:
    """The text of every page (``""`` for a page PDFium cannot load), and whether any page
    has a file-attachment annotation."""
    texts = []
    annotated = False
    for index in range(len(doc)):
        try:
            text, attached = _page_text(doc, index)
        except pdfium.PdfiumError:
            text, attached = "", False
        texts.append(text)
        annotated = annotated or attached
    return tuple(texts), annotated


def _page_text(doc: pdfium.PdfDocument, index: int) -> tuple[str, bool]:
    """Text of page ``index`` and whether it has a file-attachment annotation, closing
    the page and its text page afterwards."""
    page = doc[index]
    try:
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_bounded()  # full Unicode, unlike get_text_range
            if not text.strip() and textpage.count_chars() > 0:
                text = textpage.get_text_range()  # characters outside the page box
            elif needs_reordering(text):
                text = logical_text(textpage)  # Dari and English on one line
        finally:
            textpage.close()
        return text, _has_file_annotation(page)
    finally:
        page.close()


def _has_file_annotation(page: pdfium.PdfPage) -> bool:
    """Whether ``page`` has a /FileAttachment annotation."""
    for index in range(pdfium_c.FPDFPage_GetAnnotCount(page)):
        annot = pdfium_c.FPDFPage_GetAnnot(page, index)
        if not annot:
            continue
        subtype = pdfium_c.FPDFAnnot_GetSubtype(annot)
        pdfium_c.FPDFPage_CloseAnnot(annot)
        if subtype == pdfium_c.FPDF_ANNOT_FILEATTACHMENT:
            return True
    return False


def _has_form_or_files(doc: pdfium.PdfDocument) -> bool:
    """Whether the document has an AcroForm (or XFA form) or embedded files."""
    has_form = pdfium_c.FPDF_GetFormType(doc) != pdfium_c.FORMTYPE_NONE
    return has_form or pdfium_c.FPDFDoc_GetAttachmentCount(doc) > 0


def _metadata(doc: pdfium.PdfDocument) -> dict[str, str]:
    """Title, author, subject, keywords, creator, producer and creation date, when set."""
    result = {
        key: doc.get_metadata_value(pdf_key).strip() for pdf_key, key in _METADATA_KEYS.items()
    }
    result["created"] = iso_date(doc.get_metadata_value("CreationDate"))
    result["modified"] = iso_date(doc.get_metadata_value("ModDate"))
    return {key: value for key, value in result.items() if value}


def _safely(read: Callable[..., T], default: T, *args: Any) -> T:
    """``read(*args)``, or ``default`` when it raises: pypdf's errors on damaged files are
    many and varied, and metadata, fields and attachments are optional where text is not."""
    try:
        return read(*args)
    except Exception:
        return default


# --- pypdf: fields -----------------------------------------------------------------


def _open_pypdf(data: bytes, passwords: tuple[str, ...]) -> PdfReader | Problem | None:
    """A pypdf reader unlocked with the first of ``passwords`` that works (PDFium's first:
    an "encrypt only file attachments" PDF opens in PDFium without the password its files
    need), the PASSWORD problem when none does, or None when pypdf cannot read the file."""
    try:
        reader = PdfReader(BytesIO(data))
        if not reader.is_encrypted:
            return reader
        for password in text_forms(passwords):
            if reader.decrypt(password):
                return reader
        return Problem.of(ProblemKind.PASSWORD, detail="embedded file")
    except Exception:  # pypdf raises many types on damaged files; text is already read
        return None


def _locked_files(doc: pdfium.PdfDocument) -> tuple[Attachment, ...]:
    """A PASSWORD problem for each embedded file PDFium lists, when no password given
    unlocks them: they are reported, never dropped."""
    problem = Problem.of(
        ProblemKind.PASSWORD,
        detail="embedded file",
        action="Add the PDF again with its password (casedesk add --password PASSWORD FILE) "
        "to read its embedded files.",
    )
    found = []
    for index in range(pdfium_c.FPDFDoc_GetAttachmentCount(doc)):
        name = _safely(lambda i: doc.get_attachment(i).get_name(), "", index)
        found.append(Attachment(name or f"attachment-{index + 1}", b"", problem))
    return tuple(found)


def _fields(reader: PdfReader) -> tuple[FormField, ...]:
    """Every terminal AcroForm field with its full qualified name, value, type and label."""
    acroform = resolve(reader.trailer["/Root"].get("/AcroForm"))
    if not isinstance(acroform, DictionaryObject):
        return ()
    walker = _FieldWalker()
    for ref in resolve(acroform.get("/Fields")) or ():
        walker.walk(ref, "", {}, 0)
    return tuple(walker.found)


class _FieldWalker:
    """Walks the field tree once, guarding against reference loops and deep nesting."""

    def __init__(self) -> None:
        self.found: list[FormField] = []
        self.seen: set[int] = set()

    def walk(self, ref: Any, prefix: str, inherited: dict[str, Any], depth: int) -> None:
        """Add the field at ``ref`` or its descendant fields, inheriting /FT, /Ff and /V."""
        node = resolve(ref)
        if not isinstance(node, DictionaryObject) or depth > MAX_DEPTH:
            return
        key = ref.idnum if isinstance(ref, IndirectObject) else id(node)
        if key in self.seen:
            return
        self.seen.add(key)
        partial = pdf_text(node.get("/T"))
        name = f"{prefix}.{partial}" if prefix and partial else prefix or partial
        attrs = {**inherited, **{k: node[k] for k in ("/FT", "/Ff", "/V") if k in node}}
        kids = [kid for kid in resolve(node.get("/Kids")) or () if _is_field(kid)]
        for kid in kids:
            self.walk(kid, name, attrs, depth + 1)
        if not kids:
            label = pdf_text(node.get("/TU")).strip()
            self.found.append(FormField(name, pdf_text(attrs.get("/V")), _field_type(attrs), label))


def _is_field(kid: Any) -> bool:
    """Whether a /Kids entry is a field (has a name) rather than a bare widget."""
    node = resolve(kid)
    return isinstance(node, DictionaryObject) and "/T" in node


def _field_type(attrs: dict[str, Any]) -> str:
    """Map /FT and the /Ff flags to text, checkbox, radio, choice, signature or button."""
    kind = pdf_text(attrs.get("/FT"))
    try:
        flags = int(resolve(attrs.get("/Ff", 0)))
    except (TypeError, ValueError):
        flags = 0
    if kind == "Btn":
        if flags & _FF_PUSHBUTTON:
            return "button"
        return "radio" if flags & _FF_RADIO else "checkbox"
    return {"Tx": "text", "Ch": "choice", "Sig": "signature"}.get(kind, "unknown")
