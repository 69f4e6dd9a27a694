"""Each document of a packet as a PDF file, checked before anything is built.

A PDF is used from the archive's original bytes (never modified).  Any other document
(email, DOCX, HTML, text) is rendered to PDF from the page texts the archive extracted,
under a header naming the original: file name, kind and date.  A PDF that is damaged
or password-protected stops the packet here, before a byte of it is written.  With a
redaction, the values are replaced in a rendered document's text (and name) before it
is rendered, and in every document's title.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from desktop.output.paged import PageSetup, render_pdf
from desktop.packets.model import PacketError
from desktop.redaction.kinds import Redaction
from index.archive import Archive
from index.catalog.records import Document


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
    archive: Archive,
    document_ids: Iterable[int],
    work: Path,
    paper: str,
    redaction: Redaction | None = None,
) -> list[Source]:
    """A :class:`Source` per document, in order; :class:`PacketError` for the first bad one."""
    return [prepare_source(archive, i, work, paper, redaction) for i in document_ids]


def prepare_source(
    archive: Archive, doc_id: int, work: Path, paper: str, redaction: Redaction | None = None
) -> Source:
    """Document ``doc_id`` as a PDF file (the original, or rendered into ``work``)."""
    document = archive.catalog.document(doc_id)
    if document is None:
        raise PacketError(f"There is no document {doc_id} in this archive.")
    redaction = redaction or Redaction()
    title = redaction.replace(_title(document))
    if document.format == "pdf":
        path = archive.originals.path_of(document.sha256)
        return Source(doc_id, title, path, count_pages(path, doc_id), False)
    texts = archive.catalog.pages(doc_id)
    replaced = sum(len(redaction.spans(t)) for t in (*texts, document.name))
    if redaction:
        document = replace(document, title=title, name=redaction.replace(document.name))
        texts = tuple(redaction.replace(t) for t in texts)
    data = render_pdf(text_html(document, texts), _setup(document, paper))
    path = work / f"document-{doc_id}.pdf"
    path.write_bytes(data.data)
    return Source(doc_id, title, path, data.pages, True, replaced)


def count_pages(path: Path, doc_id: int) -> int:
    """The page count of a PDF; :class:`PacketError` if it is damaged or locked."""
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise PacketError(
                f"Document {doc_id} is a password-protected PDF; unlock it before adding it "
                "to a packet."
            )
        pages = len(reader.pages)
    except PacketError:
        raise
    except (PyPdfError, OSError, ValueError, KeyError, TypeError) as error:
        raise PacketError(
            f"Document {doc_id} is a damaged PDF and cannot go into a packet ({error})."
        ) from error
    if pages == 0:
        raise PacketError(f"Document {doc_id} is a PDF without pages.")
    return pages


def text_html(document: Document, pages: tuple[str, ...]) -> str:
    """The document's extracted text as HTML, under a header naming the original."""
    kind = document.kind or document.format
    facts = " · ".join(p for p in (document.name, kind, document.date) if p)
    body = "".join(f"<pre>{html.escape(text)}</pre>" for text in pages if text.strip())
    return (
        "<html><head><meta charset='utf-8'><style>"
        "pre { font-family: sans-serif; font-size: 10pt; white-space: pre-wrap }"
        ".head { background: #eeeeee; font-size: 9pt } h1 { font-size: 13pt }"
        "</style></head><body>"
        f"<p class='head'>Original: {html.escape(facts)}<br>"
        f"Shown here as the text CaseDesk read from the {html.escape(document.format)} file.</p>"
        f"<h1>{html.escape(_title(document))}</h1>{body or '<p>(No text was read.)</p>'}"
        "</body></html>"
    )


def _setup(document: Document, paper: str) -> PageSetup:
    return PageSetup(paper=paper, footer_left=document.name, title=_title(document))


def _title(document: Document) -> str:
    return document.title or document.name or f"Document {document.id}"
