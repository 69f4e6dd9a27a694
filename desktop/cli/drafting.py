"""``casedesk templates`` and ``casedesk draft``: letters and notes from the command line.

``draft`` fills the template's fields from the case (prefill), then from ``--set``; if
anything required is still empty it drafts nothing, lists what is missing by label and
exits 2.  A draft is written to ``-o`` and kept in the archive (``outputs/``, indexed,
linked to the case).  ``--redact KINDS`` withholds those values of the case even with
``--include-confidential`` and replaces any left in the letter; ``--password`` encrypts
a PDF draft (AES-256).  ``-o letter.docx`` drafts from the template's Word version
(:mod:`desktop.drafting.word`) with the same fields, prefill and refusals.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.commands import FAILED, OK, open_archive
from desktop.cli.output import emit, say
from desktop.cli.packets import add_redact_argument, redact_kinds
from desktop.cli.words import language, ltr, number, translate
from desktop.drafting.errors import MissingFields
from index.errors import UsageError
from index.location import archive_dir, office_url

# The drafting stack (Jinja2, templates, and Qt for PDFs) is imported inside the two
# commands, so that the other commands, which build this module's arguments, skip it.
if TYPE_CHECKING:
    from desktop.drafting.citations import CitationRequest
    from desktop.drafting.library import TemplateLibrary
    from desktop.drafting.metadata import TemplateInfo
    from desktop.drafting.output import SavedDraft
    from desktop.drafting.render import Rendered

_SUFFIXES = {".pdf": "pdf", ".html": "html", ".htm": "html", ".docx": "docx"}


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """The ``templates`` and ``draft`` commands."""
    listing = sub.add_parser(
        "templates", parents=[common], help=translate("Cli", "list the templates and their fields")
    )
    listing.add_argument(
        "--add",
        action="append",
        type=Path,
        metavar="FILE",
        help=translate(
            "Cli", "keep this template file in the office database, for every desk (admins)"
        ),
    )
    listing.add_argument(
        "--remove",
        action="append",
        metavar="FILE_NAME",
        help=translate("Cli", "take the office's own template file of this name away (admins)"),
    )
    draft = sub.add_parser(
        "draft",
        parents=[common],
        help=translate("Cli", "draft a letter or note from a template for a case"),
        description=translate(
            "Cli",
            "Fields are prefilled from the case; --set fills or replaces them. "
            "Nothing is drafted while a required field is empty (exit 2, missing fields listed).",
        ),
    )
    draft.add_argument(
        "template",
        metavar="TEMPLATE",
        help=translate("Cli", "template name (see casedesk templates)"),
    )
    draft.add_argument(
        "--case", required=True, metavar="ID", help=translate("Cli", "the case to draft for")
    )
    draft.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help=translate("Cli", "a field's value"),
    )
    draft.add_argument(
        "--cite",
        action="append",
        default=[],
        metavar="DOC_ID[:PAGE]",
        help=translate("Cli", "cite a document"),
    )
    draft.add_argument(
        "--quote-from",
        default="",
        metavar="WORDS",
        help=translate("Cli", "quote each cited page around WORDS"),
    )
    draft.add_argument(
        "--include-confidential",
        action="store_true",
        help=translate(
            "Cli",
            "include what the case marks confidential (numbers, notes, …)",
        ),
    )
    draft.add_argument(
        "--paper",
        choices=("a4", "letter"),
        help=translate("Cli", "paper (default: office setting)"),
    )
    add_redact_argument(draft)
    draft.add_argument(
        "--password", metavar="PW", help=translate("Cli", "encrypt the PDF draft (AES-256)")
    )
    draft.add_argument(
        "-o", "--output", required=True, type=Path, metavar="OUT.pdf|OUT.html|OUT.docx"
    )


def templates(args: argparse.Namespace) -> int:
    """casedesk templates: every template with its fields (and any that are broken)."""
    url = office_url(args.archive)
    if url is not None:
        from desktop.cli.office_templates import office_templates

        data = office_templates(args, url, _listed)
    elif args.add or args.remove:
        raise UsageError(
            "On an archive folder, put a template file in its templates folder: {folder}.",
            folder=archive_dir(args.archive) / "templates",
        )
    else:
        data = _listed(archive_dir(args.archive))
    emit(data, args.json, _templates_text(data))
    return OK


def _listed(root: Path | None) -> dict[str, list[dict]]:
    """The templates of the folder ``root`` (its own, then the shipped ones) as data."""
    from desktop.drafting.library import TemplateLibrary

    library = TemplateLibrary.for_archive(root)
    good, broken = library.scan()
    return {
        "templates": [_template_data(library, info) for info in good],
        "broken": [{"path": str(e.path), "line": e.line, "message": e.message} for e in broken],
    }


def _template_data(library: TemplateLibrary, info: TemplateInfo) -> dict[str, object]:
    from desktop.drafting.fields import NEED_LABELS, needed_fields
    from desktop.drafting.word import word_names

    fields = needed_fields(library, info)
    return {
        "name": info.name,
        "title": info.title,
        "kind": info.kind,
        "description": info.description,
        "language": info.language,
        "titles": dict(info.titles),
        "descriptions": dict(info.descriptions),
        "source": "shipped" if info.shipped else "archive",
        "path": str(info.path),
        "word": info.name in word_names(library),
        "fields": [
            {
                "name": f.name,
                "label": f.label,
                "labels": dict(f.labels),
                "type": f.type,
                "required": f.required,
                "choices": list(f.choices),
                "declared": f.declared,
            }
            for f in fields
        ],
        "needs": [{"name": n, "label": NEED_LABELS.get(n, n)} for n in info.needs],
    }


def _templates_text(data: dict[str, list[dict]]) -> str:
    lines: list[str] = []
    for t in data["templates"]:
        own = "" if t["source"] == "shipped" else ", " + translate("Cli", "this archive's own")
        own += ", " + translate("Cli", "also in Word") if t["word"] else ""
        title, about = (t[f"{k}s"].get(language(), t[k]) for k in ("title", "description"))
        lines += [f"{t['name']}: {title} ({t['kind']}{own})", f"    {about}"]
        for f in t["fields"]:
            mark = translate("Cli", "required") if f["required"] else translate("Cli", "optional")
            choices = f": {' | '.join(f['choices'])}" if f["choices"] else ""
            flag = ltr(f"--set {f['name']}=…")
            label = f["labels"].get(language(), f["label"])
            lines.append(f"    {flag}  {label} [{f['type']}, {mark}]{choices}")
        if t["needs"]:
            needs = "; ".join(translate(_NEEDS, n["label"]) for n in t["needs"])
            lines.append("    " + translate("Cli", "needs: {needs}").format(needs=needs))
    for b in data["broken"]:
        where = translate("Cli", "{path}, line {line}:").format(path=ltr(b["path"]), line=b["line"])
        lines.append(f"✗ {where} {b['message']}")
    return "\n".join(lines) or translate("Cli", "No templates found.")


def draft(args: argparse.Namespace) -> int:
    """casedesk draft TEMPLATE --case ID …: render, save to -o and keep in the archive (a
    folder, or an office database: :func:`_draft_in_office`)."""
    from desktop.drafting.citations import CitationRequest
    from desktop.drafting.library import TemplateLibrary
    from desktop.drafting.output import export_draft, save_draft  # brings in Qt: see packet

    fmt = _format_of(args.output)
    given = _parse_sets(args.set)
    cites = [CitationRequest.parse(c, args.quote_from) for c in args.cite]
    redact_kinds(args)  # unknown kinds refused before the archive is opened
    if args.password is not None and fmt != "pdf":
        raise UsageError("Only PDF drafts can be protected with a password; write to .pdf.")
    url = office_url(args.archive)
    if url is not None:
        return _draft_in_office(args, url, fmt, given, cites)
    with open_archive(args, write=True) as archive:
        library = TemplateLibrary.for_archive(archive.root)
        try:
            rendered, redaction = _prepared(archive, library, args, fmt, given, cites)
        except MissingFields as missing:
            return _refuse(missing, args.json, library.get(args.template))
        saved = save_draft(
            archive, rendered, fmt, args.paper, password=args.password, redaction=redaction
        )
        relative = saved.output.path.relative_to(archive.root)
        export_draft(archive, saved, args.output)
    emit(_draft_data(args, saved, relative), args.json, _draft_text(args, saved, relative))
    return OK


def _draft_in_office(
    args: argparse.Namespace,
    url: str,
    fmt: str,
    given: dict[str, str],
    cites: list[CitationRequest],
) -> int:
    """The draft of an office database: the case through its case rows, the cited
    documents through its document reads, the office's own templates and logo, then the
    shipped templates; the file kept in its
    ``outputs`` (an original in chunks) with an audit row naming the login."""
    from desktop.drafting.library import TemplateLibrary
    from desktop.drafting.output import draft_file, export_to, kept
    from desktop.operations import office as office_details
    from index.office.office_archive import office_archive

    with office_archive(url) as office:
        library = TemplateLibrary.for_archive(office.root)  # the office's own, then shipped
        try:
            rendered, redaction = _prepared(office, library, args, fmt, given, cites)
        except MissingFields as missing:
            return _refuse(missing, args.json, library.get(args.template))
        details = office_details.details_in(office.cases)
        logo = details.logo_path(office.root) if office.root else None
        made = draft_file(
            library, rendered, fmt, args.paper, password=args.password, redaction=redaction,
            logo=logo,
        )  # fmt: skip
        saved = kept(office.outputs.keep(made.data, made.new), made)
        export_to(saved, args.output, office.outputs.record)
    relative = saved.output.path
    data = _draft_data(args, saved, relative)
    emit(data, args.json, _draft_text(args, saved, relative, in_office=True))
    return OK


def _prepared(
    source: object,
    library: TemplateLibrary,
    args: argparse.Namespace,
    fmt: str,
    given: dict[str, str],
    cites: list[CitationRequest],
) -> tuple[Rendered, object]:
    """The draft rendered for the case, and the redaction of the case's values asked for,
    from a folder archive or an office database (both hold ``cases`` and documents)."""
    from desktop.drafting.gather import context_for_case
    from desktop.redaction.kinds import redaction_for

    redact = redact_kinds(args)
    context = context_for_case(
        source,
        args.case,
        cites=cites,
        include_confidential=args.include_confidential,
        redact=redact,
    )
    rendered = _render(library, args.template, fmt, context, given)
    case = source.cases.get(args.case)  # type: ignore[attr-defined]
    return rendered, redaction_for(case, redact) if case is not None and redact else None


def _render(
    library: TemplateLibrary,
    name: str,
    fmt: str,
    context: dict[str, object],
    given: dict[str, str],
) -> Rendered:
    """The draft checked and rendered: from the Word template for ``.docx``, else HTML."""
    from desktop.drafting.prefill import prefill, prefill_fields
    from desktop.drafting.render import render_html
    from desktop.drafting.word import render_word, word_fields, word_template

    if fmt == "docx":
        template = word_template(library, name)
        fields = word_fields(library, template)
        values = {**prefill_fields(library, fields, context), **given}
        return render_word(library, name, context, values).rendered
    values = {**prefill(library, library.get(name), context), **given}
    return render_html(library, name, context, values)


def _format_of(path: Path) -> str:
    fmt = _SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise UsageError(
            "Write the draft to a .pdf, .html or .docx file, not {name}.", name=repr(path.name)
        )
    return fmt


def _parse_sets(items: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for item in items:
        name, equals, value = item.partition("=")
        if not equals or not name.strip():
            raise UsageError("--set takes FIELD=VALUE, not {given}.", given=repr(item))
        values[name.strip()] = value.replace("\\n", "\n")
    return values


_NEEDS = "TemplateNeeds"  # the context of what a template needs (desktop/ui/need_words.py)


def _refuse(missing: MissingFields, as_json: bool, info: TemplateInfo | None = None) -> int:
    """Nothing drafted: what is missing, named in the command line's language (the
    template's own title and labels in it when the template gives them)."""
    code = language()
    title = info.title_in(code) if info is not None else missing.template_title
    labels = {f.name: f.label_in(code) for f in info.fields} if info is not None else {}
    lines = [
        translate("Cli", "Nothing was drafted: the {template} needs these filled in:").format(
            template=title
        )
    ]
    for m in missing.missing:
        how = f"--set {m.name}=…" if m.typed else _how_to_fill(m.name)
        label = labels.get(m.name, m.label) if m.typed else translate(_NEEDS, m.label)
        lines.append(f"  - {label}   ({ltr(how)})")
    if as_json:
        emit(
            {
                "drafted": False,
                "missing": [
                    {"name": m.name, "label": m.label, "typed": m.typed} for m in missing.missing
                ],
            },
            True,
            "",
        )
    say("\n".join(lines))
    return FAILED


def _how_to_fill(need: str) -> str:
    if need == "citations":
        return "--cite DOC_ID[:PAGE]"
    if need.startswith("office."):
        return f"casedesk office --{need.removeprefix('office.').replace('_', '-')} …"
    return "casedesk case edit"


def _draft_data(args: argparse.Namespace, saved: SavedDraft, relative: Path) -> dict[str, object]:
    out = saved.output
    data: dict[str, object] = {
        "drafted": True,
        "template": out.template,
        "case": out.case_id,
        "kind": out.kind,
        "path": str(args.output),
        "archive_path": relative.as_posix(),
        "output_id": out.id,
        "document_id": out.document_id,
        "created_at": out.created_at,
        "encrypted": args.password is not None,
        "redacted": list(redact_kinds(args)),
    }
    if saved.pdf is not None:
        data["pages"] = saved.pdf.pages
        data["fonts"] = [f.family for f in saved.pdf.fonts]
        data["missing_glyphs"] = saved.pdf.missing_glyphs
    return data


def _draft_text(
    args: argparse.Namespace, saved: SavedDraft, relative: Path, *, in_office: bool = False
) -> str:
    out = saved.output
    if in_office:
        where = translate("Cli", "Kept in the office database as output {output_id}: {path}")
    elif out.document_id is None:
        where = translate("Cli", "Kept in the archive (encrypted: not searchable): {path}")
    else:
        where = translate("Cli", "Kept in the archive as document {doc_id} ({kind}): {path}")
    kept = where.format(path=relative, doc_id=out.document_id, kind=out.kind, output_id=out.id)
    drafted = (
        translate("Cli", "Drafted {template} for {case_id}: {file} ({pages} page(s)).")
        if saved.pdf
        else translate("Cli", "Drafted {template} for {case_id}: {file}.")
    ).format(
        template=out.template,
        case_id=out.case_id,
        file=args.output,
        pages=number(saved.pdf.pages) if saved.pdf else "",
    )
    lines = [drafted, kept]
    if args.redact:
        redacted = translate("Cli", "Redacted: {kinds}.")
        lines.append(redacted.format(kinds=", ".join(redact_kinds(args))))
    if saved.pdf is not None and saved.pdf.missing_glyphs:
        lines.append(
            translate(
                "Cli",
                "Warning: {count} character(s) have no glyph in any installed font and show as "
                "boxes; install fonts-noto-core.",
            ).format(count=number(saved.pdf.missing_glyphs))
        )
    return "\n".join(lines)
