"""Each document of a packet as a PDF file, checked before anything is built.

A PDF is used from the archive's original bytes (never modified).  Any other document
(email, DOCX, HTML, text) is rendered to PDF from the page texts the archive extracted,
under a header naming the original: file name, kind and date; each line in its own
direction, so a Dari email reads right to left.  A damaged PDF stops the
packet here, before a byte of it is written; a password-protected one goes in only with
its password (given for this build, never kept) or is left out when the packet says so.  With a
redaction, the values are replaced in a rendered document's text (and name) before it
is rendered, and in every document's title.
"""

from __future__ import annotations

import contextlib
import html
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError

from desktop.drafting.gather import Holdings
from desktop.output.bidi import dir_attribute, isolate
from desktop.output.paged import PageSetup, render_pdf
from desktop.packets.model import LeftOut, LockedDocuments, Packet, PacketError
from desktop.redaction.kinds import Redaction
from index.catalog.records import Document

LOCKED_REASON = "password-protected PDF: no password was given for it"


@dataclass(frozen=True)
class Source:
    """One document ready to go into a packet: its PDF file and page count."""

    id: int
    title: str
    path: Path
    pages: int
    rendered: bool  # True when made from the extracted text (not the original PDF)
    replaced: int = 0  # values replaced in the text it was rendered from


def prepare_sources(
    archive: Holdings,
    packet: Packet,
    work: Path,
    redaction: Redaction | None = None,
) -> tuple[list[Source], tuple[LeftOut, ...]]:
    """A :class:`Source` per document of ``packet``, in order, and the documents left out.

    Password-protected PDFs are opened with ``packet.passwords``; those without one stop
    the packet with :class:`LockedDocuments` naming them all, or are left out when
    ``packet.leave_out_locked``.  Any other bad document raises :class:`PacketError`.
    """
    locked = locked_documents(archive, packet.document_ids, packet.passwords)
    if locked and not packet.leave_out_locked:
        raise LockedDocuments(locked)
    left_out = tuple(LeftOut(i, title, LOCKED_REASON) for i, title in locked)
    skipped = {d.id for d in left_out}
    paper = packet.options.paper
    sources = [
        prepare_source(archive, i, work, paper, redaction, packet.passwords.get(i))
        for i in packet.document_ids
        if i not in skipped
    ]
    return sources, left_out


def locked_documents(
    archive: Holdings, document_ids: Iterable[int], passwords: Mapping[int, str] | None = None
) -> tuple[tuple[int, str], ...]:
    """``(id, title)`` of each password-protected PDF among ``document_ids`` that has no
    password in ``passwords`` (a wrong password is found later, when it is tried)."""
    found, passwords = [], passwords or {}
    for doc_id in document_ids:
        document = archive.documents.document(doc_id)
        if document is None or document.format != "pdf" or doc_id in passwords:
            continue
        if _needs_password(archive.documents.original(document.sha256)):
            found.append((doc_id, _title(document)))
    return tuple(found)


def opens_with(archive: Holdings, doc_id: int, password: str) -> bool:
    """Whether ``password`` opens document ``doc_id`` (a PDF)."""
    document = archive.documents.document(doc_id)
    if document is None:
        return False
    try:
        reader = PdfReader(archive.documents.original(document.sha256))
        return not reader.is_encrypted or bool(reader.decrypt(password))
    except (PyPdfError, OSError, ValueError, KeyError, TypeError):
        return False


def prepare_source(
    archive: Holdings,
    doc_id: int,
    work: Path,
    paper: str,
    redaction: Redaction | None = None,
    password: str | None = None,
) -> Source:
    """Document ``doc_id`` as a PDF file (the original, an unlocked copy of it made with
    ``password``, or rendered into ``work``)."""
    document = archive.documents.document(doc_id)
    if document is None:
        raise PacketError(f"There is no document {doc_id} in this archive.")
    redaction = redaction or Redaction()
    title = redaction.replace(_title(document))
    if document.format == "pdf":
        path = archive.documents.original(document.sha256)
        if password is not None:
            path = _unlocked_copy(path, password, work / f"unlocked-{doc_id}.pdf", doc_id)
        return Source(doc_id, title, path, count_pages(path, doc_id), False)
    texts = archive.documents.pages(doc_id)
    replaced = sum(len(redaction.spans(t)) for t in (*texts, document.name))
    if redaction:
        document = replace(document, title=title, name=redaction.replace(document.name))
        texts = tuple(redaction.replace(t) for t in texts)
    data = render_pdf(text_html(document, texts), _setup(document, paper))
    path = work / f"document-{doc_id}.pdf"
    path.write_bytes(data.data)
    return Source(doc_id, title, path, data.pages, True, replaced)


def _needs_password(path: Path) -> bool:
    """True for a PDF that an empty password does not open (damaged ones are not locked:
    :func:`count_pages` reports them)."""
    try:
        reader = PdfReader(path)
        return reader.is_encrypted and not reader.decrypt("")
    except (PyPdfError, OSError, ValueError, KeyError, TypeError):
        return False


def _unlocked_copy(original: Path, password: str, target: Path, doc_id: int) -> Path:
    """A copy of a password-protected PDF without its protection, in the build's own
    temporary folder (removed with it): the packet is built from it like any PDF."""
    with _reading(doc_id):
        reader = PdfReader(original)
        if reader.is_encrypted and not reader.decrypt(password):
            raise PacketError(
                f"The password given for document {doc_id} does not open it; type it again "
                "(passwords are case-sensitive) or leave the document out."
            )
        writer = PdfWriter(clone_from=reader)
        with target.open("wb") as out:
            writer.write(out)
    return target


def count_pages(path: Path, doc_id: int) -> int:
    """The page count of a PDF; :class:`PacketError` if it is damaged or locked."""
    with _reading(doc_id):
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise LockedDocuments(((doc_id, f"document {doc_id}"),))
        pages = len(reader.pages)
    if pages == 0:
        raise PacketError(f"Document {doc_id} is a PDF without pages.")
    return pages


@contextlib.contextmanager
def _reading(doc_id: int) -> Iterator[None]:
    """pypdf's many ways of failing on a damaged file, as one :class:`PacketError`."""
    try:
        yield
    except PacketError:
        raise
    except (PyPdfError, OSError, ValueError, KeyError, TypeError) as error:
        raise PacketError(
            f"Document {doc_id} is a damaged PDF and cannot go into a packet ({error})."
        ) from error


def text_html(document: Document, pages: tuple[str, ...]) -> str:
    """The document's extracted text as HTML, under a header naming the original.

    Each line is a paragraph in its own direction (to the Unicode Bidirectional Algorithm
    a line break ends a paragraph): a Dari line of an email runs right to left and is
    right-aligned, an English one beside it stays as it is.  A blank line leaves a gap.
    """
    kind = document.kind or document.format
    facts = " · ".join(isolate(p) for p in (document.name, kind, document.date) if p)
    body = "".join(_page_html(text) for text in pages if text.strip())
    title = _title(document)
    return (
        "<html><head><meta charset='utf-8'><style>"
        "p.line { font-family: sans-serif; font-size: 10pt; white-space: pre-wrap;"
        " margin-top: 0px; margin-bottom: 0px }"
        "div.page { margin-bottom: 12px }"
        ".head { background: #eeeeee; font-size: 9pt } h1 { font-size: 13pt }"
        "</style></head><body>"
        f"<p class='head'>Original: {html.escape(facts)}<br>"
        f"Shown here as the text CaseDesk read from the {html.escape(document.format)} file.</p>"
        f"<h1{dir_attribute(title)}>{html.escape(title)}</h1>{body or '<p>(No text was read.)</p>'}"
        "</body></html>"
    )


def _page_html(text: str) -> str:
    """One page's text, a paragraph a line; a blank line above one gives it a gap."""
    parts, gap = [], False
    for line in text.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            gap = bool(parts)
            continue
        space = " style='margin-top: 10px'" if gap else ""
        parts.append(f"<p class='line'{space}{dir_attribute(line)}>{html.escape(line)}</p>")
        gap = False
    return f"<div class='page'>{''.join(parts)}</div>"


def _setup(document: Document, paper: str) -> PageSetup:
    return PageSetup(paper=paper, footer_left=document.name, title=_title(document))


def _title(document: Document) -> str:
    return document.title or document.name or f"Document {document.id}"
