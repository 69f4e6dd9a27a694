"""``stats``, ``tag``, ``doc edit``, ``reindex`` and ``optimise`` on an office database
(``--archive postgresql://…``): the same output as on an archive folder.

Changes are written with the desk's own login (the server refuses a reader's, said in
plain words) with an audit row naming that login; this desk's index then catches up
through the change sequence, as every other desk's does at its next search or follow.
The search index meant here is always this desk's own index of the office database.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import psycopg

from desktop.cli.commands import OK, said_optimised
from desktop.cli.output import emit
from desktop.cli.words import number, translate
from index.office.desk_index import DeskIndex
from index.office.opened import office_connection

if TYPE_CHECKING:
    from desktop.operations.documents import DocumentDetails
    from index.catalog.records import Document

Say = Callable[[dict[str, object]], str]


@contextmanager
def _desk_index(url: str) -> Iterator[tuple[psycopg.Connection, DeskIndex]]:
    """The office database and this desk's index of it, caught up."""
    with office_connection(url) as conn, DeskIndex(conn) as desk:
        desk.catch_up()
        yield conn, desk


def stats(args: argparse.Namespace, url: str, words: Say) -> int:
    """casedesk stats of an office database (as many rows as this login may see)."""
    from index.office.stats import office_stats

    with _desk_index(url) as (conn, desk):
        data = office_stats(conn, desk.search.count())
    emit(data, args.json, words(data))
    return OK


def reindex(args: argparse.Namespace, url: str) -> int:
    """casedesk reindex of an office database: this desk's own index, rebuilt from it."""
    from index.office.stats import office_stats

    with office_connection(url) as conn, DeskIndex(conn) as desk:
        count = desk.rebuild().indexed
        data = office_stats(conn, desk.search.count())
    done = translate("Cli", "Rebuilt the search index: {count} document(s).").format(
        count=number(count)
    )
    emit({"reindexed": count, **data}, args.json, done)
    return OK


def optimise(args: argparse.Namespace, url: str) -> int:
    """casedesk optimise of an office database: this desk's own index in one part."""
    with _desk_index(url) as (_conn, desk):
        before, after = desk.optimise()
    return said_optimised(args, before, after)


def tag(args: argparse.Namespace, url: str, tags: list[str]) -> list[str] | None:
    """Add (or with ``--remove`` take away) ``tags``; the document's tags now, or ``None``
    when the office has no such document."""
    from index.office.document_edits import OfficeDocumentEdits
    from index.office.document_reads import OfficeDocumentReads

    with office_connection(url) as conn:
        reads = OfficeDocumentReads(conn)
        if reads.document(args.doc_id) is None:
            return None
        edits = OfficeDocumentEdits(conn)
        if args.remove:
            edits.set_tags(args.doc_id, remove=tags)
        else:
            edits.set_tags(args.doc_id, add=tags)
        _caught_up(conn)
        return list(reads.tags_of(args.doc_id))


def edit(args: argparse.Namespace, url: str) -> tuple[Document | None, DocumentDetails]:
    """Edit a document's title and/or date; the document before and its details after."""
    from desktop.operations import documents
    from index.office.document_edits import OfficeDocumentEdits
    from index.office.document_reads import OfficeDocumentReads

    with office_connection(url) as conn:
        reads = OfficeDocumentReads(conn)
        before = reads.document(args.doc_id)
        after = documents.edit_in(
            reads, OfficeDocumentEdits(conn), args.doc_id, title=args.title, date=args.date
        )
        _caught_up(conn)
    return before, after


def _caught_up(conn: psycopg.Connection) -> None:
    """This desk's index takes the change at once (other desks at their next catch-up);
    a desk without an index yet is left to make it at its first search."""
    from index.office import desk_state

    with DeskIndex(conn) as desk:
        if desk_state.read(desk.folder).seq:
            desk.catch_up()


def office_settings(
    url: str, names: dict[str, str], defaults: dict[str, str], key: str | None, value: str | None
) -> dict[str, str]:
    """The office's settings (by their command-line names), ``key`` set to ``value`` first
    when given (an admin's login only: the server refuses anyone else)."""
    from index.office.settings import set_setting, setting

    with office_connection(url) as conn:
        if key is not None and value is not None:
            set_setting(conn, names[key], value)
        return {name: setting(conn, stored, defaults[stored]) for name, stored in names.items()}
