"""``casedesk office-server init URL``, ``add-user``, ``push`` and ``sync``, and ``casedesk
check`` of a ``postgresql://`` location (docs/OFFICE-SERVER.md).  The push's and the desk
index's own lines are in :mod:`desktop.cli.office_push` and :mod:`desktop.cli.office_desk`.

psycopg is imported by index.office inside these commands only: defining the arguments
here costs nothing to ``casedesk search``.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.commands import OK, SOME_PROBLEMS
from desktop.cli.output import emit
from desktop.cli.words import QT_TRANSLATE_NOOP, error_text, ltr, number, translate
from index.errors import UsageError

if TYPE_CHECKING:
    from index.office.check import OfficeReport

ROLE_CHOICES = ("reader", "volunteer", "admin")


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``office-server`` and its two sub-commands to the command line."""
    office = sub.add_parser(
        "office-server",
        parents=[common],
        help=translate(
            "Cli", "set up an office PostgreSQL database for several desks, and add its users"
        ),
        description=translate(
            "Cli",
            "The office server is a stock PostgreSQL (docs/OFFICE-SERVER.md). URL is "
            "libpq's, e.g. postgresql://admin@server/casedesk; the password comes from "
            "~/.pgpass or PGPASSWORD, never from a CaseDesk setting.",
        ),
    )
    actions = office.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init",
        help=translate("Cli", "create the tables, the roles and their grants (safe to run again)"),
    )
    init.add_argument("url", metavar="URL")
    user = actions.add_parser(
        "add-user", help=translate("Cli", "add a login: reader, volunteer or admin group")
    )
    user.add_argument(
        "name",
        metavar="NAME",
        help=translate("Cli", "the login name (lower-case letters, digits, _)"),
    )
    user.add_argument("--role", required=True, choices=ROLE_CHOICES)
    user.add_argument(
        "--url", required=True, metavar="URL", help=translate("Cli", "the office database")
    )
    user.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("Cli", "read the new user's password from the first line of standard input"),
    )
    push = actions.add_parser(
        "push",
        help=translate(
            "Cli", "move a desk's archive folder into the office database (safe to run again)"
        ),
    )
    source = push.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--from",
        dest="source",
        type=Path,
        metavar="DIR",
        help=translate("Cli", "the desk's archive folder (it is not changed)"),
    )
    source.add_argument(
        "--pending",
        action="store_true",
        help=translate("Cli", "send what this desk's casedesk add could not send then"),
    )
    push.add_argument(
        "--to",
        dest="url",
        required=True,
        metavar="URL",
        help=translate("Cli", "the office database"),
    )
    sync = actions.add_parser(
        "sync",
        help=translate(
            "Cli", "bring this desk's own search index up to date with the office database"
        ),
    )
    sync.add_argument(
        "--url", required=True, metavar="URL", help=translate("Cli", "the office database")
    )
    sync.add_argument(
        "--follow",
        action="store_true",
        help=translate("Cli", "keep it up to date as others change it (Ctrl+C ends)"),
    )
    for parser in (init, user, push, sync):
        parser.add_argument(
            "--json", action="store_true", help=translate("Cli", "print machine-readable JSON")
        )


def office_server(args: argparse.Namespace) -> int:
    """casedesk office-server init|add-user|push|sync: run the action asked."""
    if args.action == "push":
        from desktop.cli.office_push import push

        return push(args)
    if args.action == "sync":
        from desktop.cli.office_desk import sync

        return sync(args)
    return {"init": _init, "add-user": _add_user}[args.action](args)


def _init(args: argparse.Namespace) -> int:
    from index.office.setup import init_database

    done = init_database(args.url)
    human = (
        translate(
            "Cli",
            "The office database is set up (schema version {version}) with the roles {roles}.",
        )
        if done.created
        else translate(
            "Cli",
            "The office database is already set up, schema version {version}; the roles "
            "and their rights were checked and set again.",
        )
    )
    roles = ltr("casedesk_reader, casedesk_volunteer, casedesk_admin")
    emit(
        {"version": done.version, "created": done.created},
        args.json,
        human.format(version=number(done.version), roles=roles),
    )
    return OK


def _add_user(args: argparse.Namespace) -> int:
    from index.office.setup import add_user

    add_user(args.url, args.name, args.role, _new_password(args.password_stdin))
    human = translate(
        "Cli", "Added the login {name} in the group {role}; they log in with their password."
    ).format(name=ltr(args.name), role=ltr(args.role))
    emit({"user": args.name, "role": args.role}, args.json, human)
    return OK


def _new_password(from_stdin: bool) -> str:
    """The new user's password: stdin's first line, or asked twice without showing it."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(translate("Cli", "Password for the new user: "))
    if getpass.getpass(translate("Cli", "The same password again: ")) != first:
        raise UsageError("The two passwords differ; nothing was changed. Try again.")
    return first


def check(args: argparse.Namespace, url: str) -> int:
    """casedesk check --archive postgresql://…: the office database whole?"""
    from index.office.check import check_office

    report = check_office(url, quick=args.quick)
    data = {"ok": not report.errors, "version": report.version, "roles": report.roles,
            "counts": report.counts, "originals_hashed": report.originals_hashed,
            "errors": report.errors, "notes": report.notes}  # fmt: skip
    emit(data, args.json, "\n".join(_check_lines(report)))
    return OK if not report.errors else SOME_PROBLEMS


# A role's state in the check's "Roles:" line (index.office.check's words).
_ROLE_STATES = {
    "missing": QT_TRANSLATE_NOOP("Cli", "missing"),
    "no rights": QT_TRANSLATE_NOOP("Cli", "no rights"),
}


def _check_lines(report: OfficeReport) -> list[str]:
    """The check's report for a person, in the command line's language."""
    roles = ", ".join(
        f"{ltr(role)} {'✓' if state == 'ok' else translate('Cli', _ROLE_STATES[state])}"
        for role, state in report.roles.items()
    )
    hashed = number(report.originals_hashed)
    return [
        translate("Cli", "The office database is sound.")
        if not report.errors
        else translate("Cli", "The office database has problems:"),
        *[f"  ✗ {error_text(e)}" for e in report.errors],
        "  · "
        + translate("Cli", "Schema version {version}.").format(version=number(report.version)),
        "  · " + translate("Cli", "Roles: {roles}").format(roles=roles),
        "  · "
        + translate("Cli", "Originals whose content was checked (SHA-256): {count}.").format(
            count=hashed
        ),
        *[f"  · {error_text(n)}" for n in report.notes],
        translate("Cli", "Rows per table:"),
        *[
            f"  {ltr(t)}: {'-' if n is None else number(f'{n:,}')}"
            for t, n in report.counts.items()
        ],
    ]
