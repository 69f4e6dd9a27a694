"""``casedesk search``, ``casedesk searches`` and ``casedesk tag``."""

from __future__ import annotations

import argparse
import html
import os
import re
import sys
from dataclasses import asdict

from desktop.cli.commands import FAILED, OK, open_archive
from desktop.cli.output import emit, say
from desktop.cli.words import kind, number, translate
from index.location import ENV_VAR, is_office_url, office_url
from index.search import SearchOptions, SearchResult

_MARK = re.compile(r"<mark>(.*?)</mark>")


def search(args: argparse.Namespace) -> int:
    """casedesk search QUERY: matching documents, best first, with facets and snippets."""
    text = " ".join(args.query)
    if args.save:
        _save(args, text)
        say(translate("Cli", "Saved the search as {name}.").format(name=repr(args.save)))
    options = SearchOptions(
        kinds=tuple(args.type or ()),
        cases=tuple(args.case or ()),
        sort=args.sort,
        limit=max(1, args.limit),
        page=max(1, args.page),
    )
    location = args.archive or os.environ.get(ENV_VAR)
    if is_office_url(location):
        from desktop.cli.office_desk import search_office  # psycopg: only for an office

        result = search_office(location, text, options)
    else:
        with open_archive(args, write=False) as archive:
            result = archive.find(text, options)
    emit(_result_json(result), args.json, _result_text(result))
    return OK


def _save(args: argparse.Namespace, text: str) -> None:
    """Save the search ``text`` as ``args.save`` in the archive folder or the office."""
    url = office_url(args.archive)
    if url is not None:
        from index.office.opened import office_connection
        from index.office.saved_searches import save_search

        with office_connection(url) as conn:
            save_search(conn, args.save, text)
        return
    with open_archive(args, write=True) as archive:
        archive.catalog.save_search(args.save, text)


def _result_json(result: SearchResult) -> dict[str, object]:
    hits = []
    for hit in result.hits:
        data = asdict(hit)
        data["cases"] = list(hit.cases)
        data["case"] = hit.cases[0] if hit.cases else ""
        data["snippets"] = list(hit.snippets)
        data["score"] = round(hit.score, 3)
        hits.append(data)
    return {
        "total": result.total,
        "page": result.page,
        "pages": result.pages,
        "hits": hits,
        "facets": result.facets,
        "suggestion": result.suggestion,
        "ignored": list(result.ignored),
    }


def _result_text(result: SearchResult) -> str:
    bold = sys.stdout.isatty()
    heading = (
        translate("Cli", "{total} document(s), page {page} of {pages}")
        if result.pages > 1
        else translate("Cli", "{total} document(s)")
    )
    lines = [
        heading.format(
            total=number(result.total), page=number(result.page), pages=number(result.pages)
        )
    ]
    for note in result.ignored:
        lines.append("  " + translate("Cli", "note: {note}").format(note=note))
    if result.suggestion:
        did_you_mean = translate("Cli", "Did you mean: {suggestion}")
        lines.append("  " + did_you_mean.format(suggestion=result.suggestion))
    for hit in result.hits:
        where = translate("Cli", "p. {page}").format(page=number(hit.page)) if hit.page else ""
        meta = "  ".join(x for x in (kind(hit.kind), ", ".join(hit.cases), hit.date, where) if x)
        lines.append(f"\n{hit.id:>6}  {hit.title}\n        {meta}")
        for snippet in hit.snippets:
            lines.append("        " + _plain(snippet, bold))
    facets = [
        f"  {name}: " + ", ".join(f"{value} ({count})" for value, count in list(counts.items())[:8])
        for name, counts in result.facets.items()
        if counts
    ]
    if facets and result.total:
        lines += ["", translate("Cli", "By facet:"), *facets]
    return "\n".join(lines)


def _plain(snippet: str, bold: bool) -> str:
    marked = _MARK.sub(r"\033[1m\1\033[0m" if bold else r"«\1»", snippet)
    return html.unescape(marked)


def searches(args: argparse.Namespace) -> int:
    """casedesk searches [--delete NAME]: the saved searches."""
    found, saved = _saved_searches(args)
    if not found:
        say(
            translate("Cli", "There is no saved search called {name}.").format(
                name=repr(args.delete)
            )
        )
        return FAILED
    data = [{"name": name, "query": query} for name, query in saved]
    human = "\n".join(f"{name}: {query}" for name, query in saved)
    emit(
        data,
        args.json,
        human
        or translate("Cli", "No saved searches (save one with casedesk search --save NAME ...)."),
    )
    return OK


def _saved_searches(args: argparse.Namespace) -> tuple[bool, list[tuple[str, str]]]:
    """Delete ``args.delete`` if asked (False when there was none), and the saved
    searches of the archive folder or the office database then."""
    url = office_url(args.archive)
    if url is not None:
        from index.office.opened import office_connection
        from index.office.saved_searches import delete_search, saved_searches

        with office_connection(url) as conn:
            found = delete_search(conn, args.delete) if args.delete else True
            return found, saved_searches(conn)
    found = True
    if args.delete:
        with open_archive(args, write=True) as archive:
            found = archive.catalog.delete_search(args.delete)
    with open_archive(args, write=False) as archive:
        return found, archive.catalog.saved_searches()


def tag(args: argparse.Namespace) -> int:
    """casedesk tag DOC_ID TAG... [--remove]: add or remove tags on a document."""
    tags = [t.strip().lower() for t in args.tags if t.strip()]
    now = _tagged(args, tags)
    if now is None:
        say(
            translate("Cli", "There is no document {doc_id} in this archive.").format(
                doc_id=args.doc_id
            )
        )
        return FAILED
    emit(
        {"id": args.doc_id, "tags": now},
        args.json,
        translate("Cli", "Tags of {doc_id}: {tags}").format(
            doc_id=args.doc_id, tags=", ".join(now) or translate("Cli", "(none)")
        ),
    )
    return OK


def _tagged(args: argparse.Namespace, tags: list[str]) -> list[str] | None:
    """Add or remove ``tags`` in the archive folder or the office database; the document's
    tags now, or ``None`` when there is no such document."""
    url = office_url(args.archive)
    if url is not None:
        from desktop.cli.office_upkeep import tag as tag_in_office

        return tag_in_office(args, url, tags)
    with open_archive(args, write=True) as archive:
        if archive.catalog.document(args.doc_id) is None:
            return None
        if args.remove:
            archive.catalog.set_tags(args.doc_id, remove=tags)
        else:
            archive.catalog.set_tags(args.doc_id, add=tags)
        archive.index_pending()
        return list(archive.catalog.tags_of(args.doc_id))
