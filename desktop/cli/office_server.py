"""``casedesk office-server init URL``, ``add-user`` and ``sync``, and ``casedesk check``
and ``casedesk search`` of a ``postgresql://`` location (docs/OFFICE-SERVER.md).

psycopg is imported by index.office inside these commands only: defining the arguments
here costs nothing to ``casedesk search``.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING

from desktop.cli.commands import OK, SOME_PROBLEMS
from desktop.cli.output import emit
from index.errors import UsageError

if TYPE_CHECKING:
    from index.office.desk_index import CatchUp
    from index.search import SearchOptions, SearchResult

ROLE_CHOICES = ("reader", "volunteer", "admin")


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``office-server`` and its two sub-commands to the command line."""
    office = sub.add_parser(
        "office-server",
        parents=[common],
        help="set up an office PostgreSQL database for several desks, and add its users",
        description="The office server is a stock PostgreSQL (docs/OFFICE-SERVER.md). URL is "
        "libpq's, e.g. postgresql://admin@server/casedesk; the password comes from "
        "~/.pgpass or PGPASSWORD, never from a CaseDesk setting.",
    )
    actions = office.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help="create the tables, the roles and their grants (safe to run again)"
    )
    init.add_argument("url", metavar="URL")
    user = actions.add_parser("add-user", help="add a login: reader, volunteer or admin group")
    user.add_argument("name", metavar="NAME", help="the login name (lower-case letters, digits, _)")
    user.add_argument("--role", required=True, choices=ROLE_CHOICES)
    user.add_argument("--url", required=True, metavar="URL", help="the office database")
    user.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the new user's password from the first line of standard input",
    )
    sync = actions.add_parser(
        "sync", help="bring this desk's own search index up to date with the office database"
    )
    sync.add_argument("--url", required=True, metavar="URL", help="the office database")
    sync.add_argument(
        "--follow", action="store_true", help="keep it up to date as others change it (Ctrl+C ends)"
    )
    for parser in (init, user, sync):
        parser.add_argument("--json", action="store_true", help="print machine-readable JSON")


def office_server(args: argparse.Namespace) -> int:
    """casedesk office-server init|add-user: run the action asked."""
    return {"init": _init, "add-user": _add_user, "sync": _sync}[args.action](args)


def _init(args: argparse.Namespace) -> int:
    from index.office.setup import init_database

    done = init_database(args.url)
    human = (
        f"The office database is set up (schema version {done.version}) with the roles "
        "casedesk_reader, casedesk_volunteer and casedesk_admin."
        if done.created
        else f"The office database is already set up, schema version {done.version}; "
        "the roles and their rights were checked and set again."
    )
    emit({"version": done.version, "created": done.created}, args.json, human)
    return OK


def _add_user(args: argparse.Namespace) -> int:
    from index.office.setup import add_user

    add_user(args.url, args.name, args.role, _new_password(args.password_stdin))
    human = f"Added the login {args.name} as a {args.role}; they log in with their password."
    emit({"user": args.name, "role": args.role}, args.json, human)
    return OK


def _sync(args: argparse.Namespace) -> int:
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
            on_lost=lambda notice: print(notice, file=sys.stderr, flush=True),
        )
    except KeyboardInterrupt:
        stop.set()
    return OK


def _say_caught_up(done: CatchUp, as_json: bool, *, lines: bool = False) -> None:
    """What a catch-up did; following, as JSON, one line per catch-up (JSON lines)."""
    human = (
        f"Applied {done.changes:,} change(s): {done.indexed:,} document(s) indexed, "
        f"{done.removed:,} removed; up to change {done.seq:,}."
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


def _new_password(from_stdin: bool) -> str:
    """The new user's password: stdin's first line, or asked twice without showing it."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password for the new user: ")
    if getpass.getpass("The same password again: ") != first:
        raise UsageError("The two passwords differ; nothing was changed. Try again.")
    return first


def check(args: argparse.Namespace, url: str) -> int:
    """casedesk check --archive postgresql://…: the office database whole?"""
    from index.office.check import check_office

    report = check_office(url, quick=args.quick)
    counts, roles = report.counts, report.roles.items()
    data = {"ok": not report.errors, "version": report.version, "roles": report.roles,
            "counts": counts, "originals_hashed": report.originals_hashed,
            "errors": report.errors, "notes": report.notes}  # fmt: skip
    lines = [
        "The office database is sound."
        if not report.errors
        else "The office database has problems:",
        *[f"  ✗ {e}" for e in report.errors],
        f"  · Schema version {report.version}.",
        "  · Roles: " + ", ".join(f"{r} {'✓' if state == 'ok' else state}" for r, state in roles),
        f"  · Originals whose content was checked (SHA-256): {report.originals_hashed}.",
        *[f"  · {n}" for n in report.notes],
        "Rows per table:",
        *[f"  {t}: {'-' if n is None else f'{n:,}'}" for t, n in counts.items()],
    ]
    emit(data, args.json, "\n".join(lines))
    return OK if not report.errors else SOME_PROBLEMS
