"""The work the Drafting dialog hands to lanes: plain functions, no widgets.

They take an archive folder's :class:`Archive` or an office database's
:class:`~index.office.desk_archive.DeskArchive` (``in_office``: the office's own
templates and logo laid out in ``root``, then the shipped ones; the draft kept in the
office's ``outputs``, as ``casedesk draft`` does).

Reading templates and rendering previews run on the dialog's own lane; reading the
case's context on the session's reads lane; keeping a draft (``save_draft``: the file
in ``outputs/``, catalog row, indexed document) on the writes lane.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.drafting.citations import CitationRequest
from desktop.drafting.errors import Missing, TemplateBroken
from desktop.drafting.fields import needed_fields
from desktop.drafting.gather import context_for_case
from desktop.drafting.library import TemplateLibrary
from desktop.drafting.metadata import Field, TemplateInfo
from desktop.drafting.output import (
    SavedDraft,
    draft_file,
    export_draft,
    export_to,
    kept,
    save_draft,
)
from desktop.drafting.prefill import prefill
from desktop.drafting.redacting import redact_rendered
from desktop.drafting.render import Rendered, render_html, render_preview
from desktop.operations import office as office_details
from desktop.redaction.kinds import Redaction, redaction_for
from desktop.ui.tr import translate
from index.archive import Archive
from index.cases.model import Case
from index.errors import UsageError
from index.search import Hit

if TYPE_CHECKING:
    from index.office.desk_archive import DeskArchive

_OPERATORS = {
    "AND",
    "OR",
    "NOT",
}


@dataclass(frozen=True)
class Templates:
    """The templates that read correctly (by title), and the errors of those that do not."""

    good: list[TemplateInfo]
    broken: list[TemplateBroken]


@dataclass(frozen=True)
class Form:
    """A template's fields and their prefilled values for one context."""

    info: TemplateInfo
    fields: tuple[Field, ...]
    prefilled: dict[str, str]


@dataclass(frozen=True)
class Preview:
    """A preview's HTML and what is still missing before the draft can be saved."""

    html: str
    missing: tuple[Missing, ...]


@dataclass(frozen=True)
class Kept:
    """A draft kept in the archive and written where the volunteer chose."""

    saved: SavedDraft
    target: Path
    in_archive: Path  # relative to the archive folder


def templates(library: TemplateLibrary) -> Templates:
    """Every template of the archive (its own first, then the shipped ones)."""
    good, broken = library.scan()
    return Templates(sorted(good, key=lambda t: t.title.lower()), broken)


def cases(archive: Archive) -> list[Case]:
    """Every case, for the dialog's case chooser."""
    return archive.cases.list()


def context(
    archive: Archive,
    case_id: str,
    cites: Sequence[CitationRequest],
    include_confidential: bool,
    redact: Sequence[str] = (),
) -> tuple[dict[str, object], Redaction]:
    """What the template sees for ``case_id`` with these citations (the ``redact`` kinds
    withheld), and the redaction that finds those values of the case wherever they are."""
    if not case_id:
        raise UsageError(translate("DraftingJobs", "Choose the case to draft for."))
    found = context_for_case(
        archive, case_id, cites=cites, include_confidential=include_confidential, redact=redact
    )
    case = archive.cases.get(case_id)
    return found, redaction_for(case, redact) if case is not None and redact else Redaction()


def citations_from_hits(hits: Sequence[Hit], query: str = "") -> list[CitationRequest]:
    """Search hits as citations ("cite these"): each document once, at the page that
    matched, quoted around the query's words (``case:…``-style terms left out)."""
    words = " ".join(
        word.strip('"()')
        for word in query.split()
        if ":" not in word and not word.startswith("-") and word not in _OPERATORS
    )
    requests: dict[int, CitationRequest] = {}
    for hit in hits:
        requests.setdefault(hit.id, CitationRequest(hit.id, hit.page or None, words))
    return list(requests.values())


def case_of_hits(hits: Sequence[Hit]) -> str:
    """The case most of ``hits`` belong to (``""`` when none belongs to a case)."""
    counts = Counter(case for hit in hits for case in hit.cases)
    return counts.most_common(1)[0][0] if counts else ""


def form(library: TemplateLibrary, name: str, context: Mapping[str, object]) -> Form:
    """Template ``name``'s fields, prefilled from ``context``."""
    info = library.get(name)
    return Form(info, needed_fields(library, info), prefill(library, info, context))


def preview(
    library: TemplateLibrary, name: str, context: Mapping[str, object], values: Mapping[str, str]
) -> Preview:
    """The draft as it would be, with empty required fields shown as ``[Label]``."""
    return Preview(*render_preview(library, name, context, values))


def render(
    library: TemplateLibrary,
    name: str,
    context: Mapping[str, object],
    values: Mapping[str, str],
    redaction: Redaction | None = None,
) -> Rendered:
    """The draft, refused (:class:`MissingFields`) while anything required is empty; with
    ``redaction`` every value of it (typed in, quoted) replaced."""
    return redact_rendered(render_html(library, name, context, values), redaction or Redaction())


def keep(
    archive: Archive,
    rendered: Rendered,
    fmt: str,
    target: Path,
    *,
    password: str | None = None,
    redaction: Redaction | None = None,
) -> Kept:
    """Keep the draft in the archive as ``fmt`` (encrypted with ``password``, read back for
    ``redaction``) and write the same bytes to ``target``."""
    if archive.in_office:  # kept in the office's outputs, as casedesk draft does
        return _keep_in_office(archive, rendered, fmt, target, password, redaction)
    saved = save_draft(archive, rendered, fmt, password=password, redaction=redaction)
    export_draft(archive, saved, target)
    return Kept(saved, target, saved.output.path.relative_to(archive.root))


def _keep_in_office(
    office: DeskArchive,
    rendered: Rendered,
    fmt: str,
    target: Path,
    password: str | None,
    redaction: Redaction | None,
) -> Kept:
    """Keep the draft in the office database's outputs (an original in chunks, an audit
    row naming the login) with the office's own templates and logo, then the shipped
    templates, and write it to ``target``."""
    library = TemplateLibrary.for_archive(office.root)
    logo = office_details.details_in(office.cases).logo_path(office.root)
    made = draft_file(library, rendered, fmt, password=password, redaction=redaction, logo=logo)
    saved = kept(office.outputs.keep(made.data, made.new), made)
    export_to(saved, target, office.outputs.record)
    return Kept(saved, target, saved.output.path)


def note_printed(
    archive: Archive, rendered: Rendered, pages: int, redacted: Sequence[str] = ()
) -> None:
    """Note in the audit log that a draft was printed (kept or not; never a name)."""
    detail: dict[str, object] = {
        "case": rendered.case_id,
        "template": rendered.template.name,
        "pages": pages,
    }
    if redacted:
        detail["redacted"] = list(redacted)
    audit = archive.outputs.record if archive.in_office else archive.catalog.audit
    audit("printed", detail)
