"""A rendered draft as a file (PDF, HTML or Word), and kept in the archive.

The PDF is painted by :mod:`desktop.output.paged` on the office's paper (A4 or Letter),
with the case id and template title in the footer beside "Page i of n" — no names.
:func:`save_draft` keeps the same bytes the volunteer gets as an output of the archive
(see :mod:`index.outputs`): file in ``outputs/``, catalog row with the context snapshot,
indexed document of the template's kind linked to the case, audit entry.  A redacted
draft is checked before it is kept (:mod:`desktop.drafting.redacting`); a PDF draft
can be encrypted (AES-256, as packets are), and is then kept but not indexed.  A Word
draft is rendered from the template's ``.docx`` (:mod:`desktop.drafting.word`) with the
same context and values — after redaction — and read back before it is kept
(:mod:`desktop.drafting.word_check`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.drafting.letter_words import code_of, words_for
from desktop.drafting.library import TemplateLibrary
from desktop.drafting.redacting import check_pdf, redact_rendered
from desktop.drafting.render import Rendered
from desktop.drafting.word import render_word
from desktop.drafting.word_check import check_docx
from desktop.output.encrypt import encrypted_pdf
from desktop.output.files import write_whole
from desktop.output.paged import PAPER, PageSetup, PdfResult, render_pdf
from desktop.redaction.kinds import Redaction
from index.archive import Archive
from index.errors import ArchiveError, UsageError
from index.outputs import NewOutput, SavedOutput, save_output

FORMATS = ("pdf", "html", "docx")


@dataclass(frozen=True)
class SavedDraft:
    """A draft kept in the archive: the stored output, its bytes and (for a PDF) how it drew."""

    output: SavedOutput
    data: bytes
    pdf: PdfResult | None = None
    encrypted: bool = False
    redacted: tuple[str, ...] = ()


def page_setup(rendered: Rendered, paper: str | None = None) -> PageSetup:
    """Paper (given, else the office's, else A4) and the footer for this draft."""
    office = rendered.context.get("office")
    chosen = (paper or (office.get("paper") if isinstance(office, dict) else "") or "a4").lower()
    if chosen not in PAPER:
        raise UsageError(f"Paper must be one of {', '.join(PAPER)}, not {chosen!r}.")
    words = words_for(code_of(rendered.template.language), rendered.template.digits)
    title = rendered.template.title_in(words.code)
    footer = " · ".join(p for p in (rendered.case_id, title) if p)
    return PageSetup(
        paper=chosen,
        footer_left=footer,
        title=rendered.title,
        page_of=words.page_of,
        persian_digits=words.persian_digits,
    )


def to_pdf(rendered: Rendered, paper: str | None = None) -> PdfResult:
    """The draft as PDF bytes (with its page count and the fonts that drew it)."""
    return render_pdf(rendered.html, page_setup(rendered, paper))


def to_bytes(
    rendered: Rendered, fmt: str, paper: str | None = None
) -> tuple[bytes, PdfResult | None]:
    """The draft as ``fmt`` ("pdf" or "html") bytes."""
    if fmt == "html":
        return rendered.html.encode("utf-8"), None
    if fmt == "pdf":
        result = to_pdf(rendered, paper)
        return result.data, result
    raise UsageError(f"Drafts can be saved as {' or '.join(FORMATS)}, not {fmt!r}.")


def word_bytes(
    library: TemplateLibrary, rendered: Rendered, redaction: Redaction, logo: Path | None = None
) -> bytes:
    """The draft as a Word letter from the template's ``.docx``, read back and checked."""
    draft = render_word(
        library, rendered.template.name, rendered.context, rendered.values, lenient=True, logo=logo
    )
    check_docx(draft, redaction)
    return draft.data


def _logo(archive: Archive) -> Path | None:
    """The office's logo picture in the archive (``office.logo``), if it is there."""
    stored = archive.cases.office().get("logo", "")
    path = archive.root / stored if stored else None
    return path if path is not None and path.is_file() else None


@dataclass(frozen=True)
class DraftFile:
    """A draft made into its file's bytes, and what to record about it as an output."""

    data: bytes
    pdf: PdfResult | None
    new: NewOutput
    redacted: tuple[str, ...]


def draft_file(
    library: TemplateLibrary,
    rendered: Rendered,
    fmt: str = "pdf",
    paper: str | None = None,
    *,
    password: str | None = None,
    redaction: Redaction | None = None,
    logo: Path | None = None,
) -> DraftFile:
    """Render ``rendered`` as ``fmt``: redacted and read back, encrypted when asked.

    With ``redaction`` the values are replaced in the draft and the PDF is read back
    (:class:`~desktop.drafting.redacting.RedactionFailed` if one is left); with
    ``password`` the PDF is encrypted (HTML drafts cannot be).
    """
    if password is not None and fmt != "pdf":
        raise UsageError("Only PDF drafts can be protected with a password; save as .pdf.")
    redaction = redaction or Redaction()
    rendered = redact_rendered(rendered, redaction)
    if fmt == "docx":
        data, pdf = word_bytes(library, rendered, redaction, logo), None
    else:
        data, pdf = to_bytes(rendered, fmt, paper)
    if pdf is not None:
        check_pdf(data, redaction)
    if password is not None:
        data = encrypted_pdf(data, password)
    new = NewOutput(
        template=rendered.template.name,
        kind=rendered.document_kind,
        suffix=f".{fmt}",
        case_id=rendered.case_id,
        context=rendered.snapshot(),
        searchable=password is None,
        audit=_audit(password is not None, redaction.kinds),
    )
    return DraftFile(data, pdf, new, redaction.kinds)


def save_draft(
    archive: Archive,
    rendered: Rendered,
    fmt: str = "pdf",
    paper: str | None = None,
    *,
    password: str | None = None,
    redaction: Redaction | None = None,
) -> SavedDraft:
    """Render ``rendered`` as ``fmt`` (:func:`draft_file`) and keep it as an output of
    ``archive``."""
    if not archive.writable:
        raise ArchiveError("The archive is open read-only here; drafts cannot be kept in it.")
    library = TemplateLibrary.for_archive(archive.root)
    made = draft_file(
        library, rendered, fmt, paper, password=password, redaction=redaction, logo=_logo(archive)
    )
    return kept(save_output(archive, made.data, made.new), made)


def kept(output: SavedOutput, made: DraftFile) -> SavedDraft:
    """The draft ``made`` as kept as ``output`` (in a folder or an office database)."""
    encrypted = not made.new.searchable
    return SavedDraft(output, made.data, made.pdf, encrypted, made.redacted)


def export_draft(archive: Archive, saved: SavedDraft, target: Path) -> None:
    """Write a kept draft to ``target`` (whole or not at all); note it in the audit log."""
    export_to(saved, target, archive.catalog.audit)


def export_to(saved: SavedDraft, target: Path, audit: Callable[[str, dict], None]) -> None:
    """Write a kept draft to ``target`` (whole or not at all); ``audit`` notes it (in a
    folder's catalog or an office database)."""
    write_whole(target, saved.data, "The draft")
    output = saved.output
    detail: dict[str, object] = {
        "case": output.case_id,
        "output": output.id,
        "template": output.template,
        "format": output.path.suffix.lstrip("."),
        "encrypted": saved.encrypted,
    }
    if saved.redacted:
        detail["redacted"] = list(saved.redacted)
    audit("exported", detail)


def _audit(encrypted: bool, redacted: tuple[str, ...]) -> dict[str, object] | None:
    """What the audit row adds for a protected or redacted draft (kinds, never values)."""
    extra: dict[str, object] = {"encrypted": True} if encrypted else {}
    if redacted:
        extra["redacted"] = list(redacted)
    return extra or None
