"""Where the case commands find their cases: the archive folder, or the office database
(``postgresql://…``, whose server decides what this login may read and change)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from desktop.cli.commands import open_archive
from index.cases.model import Case
from index.cases.store import CaseStore
from index.cases.suggestions import SuggestedDeadline, suggested_deadlines, suggested_from
from index.location import ENV_VAR, is_office_url

# The deadlines a case's documents suggest, read from where the case is.
Suggest = Callable[[Case], list[SuggestedDeadline]]


def on_office(args: argparse.Namespace) -> bool:
    """True when the command works on an office database, not an archive folder."""
    return is_office_url(args.archive or os.environ.get(ENV_VAR))


@contextmanager
def case_place(args: argparse.Namespace, *, write: bool) -> Iterator[tuple[CaseStore, Suggest]]:
    """The cases of the archive folder or of the office database, and their suggestions."""
    if on_office(args):
        from index.office.case_rows import office_cases  # psycopg: only for an office

        with office_cases(str(args.archive or os.environ[ENV_VAR])) as (store, rows):
            yield store, lambda case: suggested_from(rows, case)
        return
    with open_archive(args, write=write) as archive:
        yield archive.cases, lambda case: suggested_deadlines(archive.catalog, case)
