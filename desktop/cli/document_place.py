"""Where ``show``, ``problems``, ``draft`` and ``packet`` read documents: the archive
folder, or the office database (``postgresql://…``, read with the desk's own login)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from desktop.cli.commands import open_archive
from index.documents.reads import DocumentReads
from index.location import office_url


@contextmanager
def document_reads(args: argparse.Namespace) -> Iterator[DocumentReads]:
    """The documents of the archive folder or of the office database, for the block."""
    url = office_url(args.archive)
    if url is not None:
        from index.office.document_reads import office_documents  # psycopg: only for an office

        with office_documents(url) as reads:
            yield reads
        return
    with open_archive(args, write=False) as archive:
        yield archive.documents
