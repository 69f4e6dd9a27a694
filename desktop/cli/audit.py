"""``casedesk audit``: read the audit log — who did what to which case, and when.

The log is read-only here as everywhere: the catalog refuses any change to a row, and an
office database's server refuses it to every role.  The folder's log and the office's are
read through one interface (:class:`~index.catalog.audit.AuditReads`).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from desktop.cli.commands import OK, open_archive
from desktop.cli.output import emit
from desktop.cli.words import QT_TRANSLATE_NOOP, ltr, translate
from index.catalog.audit import AuditEntry, AuditReads
from index.location import office_url


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    audit = sub.add_parser(
        "audit",
        parents=[common],
        help=translate("Cli", "show the audit log (who exported, printed or built what, and when)"),
        description=translate(
            "Cli",
            "The audit log, newest first. Each entry: when (UTC), who (the login "
            "name, or $CASEDESK_USER), what, and ids — never a person's name.",
        ),
    )
    audit.add_argument(
        "--case", metavar="ID", help=translate("Cli", "only entries about this case")
    )
    audit.add_argument(
        "--action",
        action="append",
        metavar="ACTION",
        help=translate(
            "Cli", 'only this action, e.g. "exported", "printed", "packet built" (may be repeated)'
        ),
    )
    audit.add_argument(
        "--limit",
        type=int,
        default=50,
        metavar="N",
        help=translate("Cli", "at most N entries (default 50)"),
    )


# The audit log's actions (stored in English; ``--action`` takes these English names).
ACTIONS = {
    "add": QT_TRANSLATE_NOOP("Cli", "add"),
    "ocr": QT_TRANSLATE_NOOP("Cli", "ocr"),
    "drafted": QT_TRANSLATE_NOOP("Cli", "drafted"),
    "packet built": QT_TRANSLATE_NOOP("Cli", "packet built"),
    "exported": QT_TRANSLATE_NOOP("Cli", "exported"),
    "printed": QT_TRANSLATE_NOOP("Cli", "printed"),
    "archive restored": QT_TRANSLATE_NOOP("Cli", "archive restored"),
    "case created": QT_TRANSLATE_NOOP("Cli", "case created"),
    "case changed": QT_TRANSLATE_NOOP("Cli", "case changed"),
    "case document linked": QT_TRANSLATE_NOOP("Cli", "case document linked"),
    "case document unlinked": QT_TRANSLATE_NOOP("Cli", "case document unlinked"),
    "document edited": QT_TRANSLATE_NOOP("Cli", "document edited"),
    "office changed": QT_TRANSLATE_NOOP("Cli", "office changed"),
    "tags changed": QT_TRANSLATE_NOOP("Cli", "tags changed"),
    "cases imported": QT_TRANSLATE_NOOP("Cli", "cases imported"),
    "cases added from a list": QT_TRANSLATE_NOOP("Cli", "cases added from a list"),
}


def audit(args: argparse.Namespace) -> int:
    """casedesk audit [--case ID] [--action A]... [--limit N]."""
    case_id = args.case.upper() if args.case else None
    with audit_reads(args) as log:
        entries = log.audit_log(case_id, tuple(args.action or ()), max(1, args.limit))
    data = [e.as_json() for e in entries]
    human = "\n".join(_line(e) for e in entries) or translate(
        "Cli", "The audit log has no such entries."
    )
    emit(data, args.json, human)
    return OK


@contextmanager
def audit_reads(args: argparse.Namespace) -> Iterator[AuditReads]:
    """The audit log of the archive folder or of the office database, for the block."""
    url = office_url(args.archive)
    if url is not None:
        from index.office.audit_log import OfficeAuditLog  # psycopg: only for an office
        from index.office.opened import office_connection

        with office_connection(url) as conn:
            yield OfficeAuditLog(conn)
        return
    with open_archive(args, write=False) as archive:
        yield archive.catalog


def _line(entry: AuditEntry) -> str:
    """``2026-11-28 21:50  alice  exported  AFG-2024-00137  output=4 format=pdf``."""
    at = entry.at.replace("T", " ")[:16]
    detail = dict(entry.detail)
    case = str(detail.pop("case", "") or "")
    rest = " ".join(f"{k}={_value(v)}" for k, v in detail.items())
    action = translate("Cli", ACTIONS[entry.action]) if entry.action in ACTIONS else entry.action
    parts = (at, entry.who or "?", action, ltr(case) if case else "", ltr(rest) if rest else "")
    return "  ".join(p for p in parts if p)


def _value(value: object) -> str:
    if isinstance(value, list):
        return ",".join(str(v) for v in value) or "-"
    if isinstance(value, bool):
        return translate("Cli", "yes") if value else translate("Cli", "no")
    if isinstance(value, dict):
        return ",".join(value) or "-"
    return str(value)
