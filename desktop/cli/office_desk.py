"""``casedesk office-server sync [--follow]`` and ``casedesk search --archive
postgresql://…``: this desk's own search index over the office database
(:mod:`index.office.desk_index`).  psycopg is imported inside the commands only."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING

from desktop.cli.commands import OK
from desktop.cli.output import emit
from desktop.cli.words import error_text, number, translate

if TYPE_CHECKING:
    from index.office.desk_index import CatchUp
    from index.search import SearchOptions, SearchResult


def sync(args: argparse.Namespace) -> int:
    if args.follow:
        return _follow(args)
    from index.office.connect import connect
    from index.office.desk_index import DeskIndex

    with connect(args.url, autocommit=True) as conn, DeskIndex(conn) as desk:
        done = desk.catch_up()
    _say_caught_up(done, args.json)
    return OK


def _follow(args: argparse.Namespace) -> int:
    import threading

    from index.office.desk_follow import follow

    stop = threading.Event()
    try:
        follow(
            args.url,
            lambda done: _say_caught_up(done, args.json, lines=True),
            stop,
            on_lost=lambda notice: print(error_text(notice), file=sys.stderr, flush=True),
        )
    except KeyboardInterrupt:
        stop.set()
    return OK


def _say_caught_up(done: CatchUp, as_json: bool, *, lines: bool = False) -> None:
    """What a catch-up did; following, as JSON, one line per catch-up (JSON lines)."""
    human = translate(
        "Cli",
        "Applied {changes} change(s): {indexed} document(s) indexed, {removed} removed; up "
        "to change {seq}.",
    ).format(
        changes=number(f"{done.changes:,}"),
        indexed=number(f"{done.indexed:,}"),
        removed=number(f"{done.removed:,}"),
        seq=number(f"{done.seq:,}"),
    )
    if as_json and lines:
        print(json.dumps(asdict(done)), flush=True)
        return
    emit(asdict(done), as_json, human)
    sys.stdout.flush()


def search_office(url: str, text: str, options: SearchOptions) -> SearchResult:
    """``casedesk search --archive postgresql://…``: catch this desk's index up, search it."""
    from index.office.connect import connect
    from index.office.desk_index import DeskIndex

    with connect(url, autocommit=True) as conn, DeskIndex(conn) as desk:
        desk.catch_up()
        return desk.find(text, options)
