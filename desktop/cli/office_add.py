"""``casedesk add PATHS --archive postgresql://…``: the files read on this desk and sent to
the office database (index/office/desk_add.py; docs/OFFICE-SERVER.md), and
``office-server push --pending``.  Its sentences are in the command line's language
(docs/TRANSLATIONS.md); ``--json`` keeps the engine's English.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.cli.commands import FAILED, OK, SOME_PROBLEMS, _say_in_words
from desktop.cli.office_push import progress_printer, push_summary
from desktop.cli.output import ProgressBar, emit
from desktop.cli.words import error_text, ltr, number, translate
from index.ingest.pipeline import IngestOptions
from index.ingest.summary import Summary
from index.location import office_url

if TYPE_CHECKING:
    from index.office.desk_add import OfficeAdd
    from index.office.push import PushResult


def add_to_office(
    args: argparse.Namespace,
    options: IngestOptions,
    as_json: Callable[[Summary], dict[str, object]],
    as_text: Callable[[Summary], str],
) -> int:
    """Ingest on this desk, send to the office; the usual summary plus what was sent."""
    from index.office.desk_add import Callbacks
    from index.office.desk_add import add_to_office as add

    url = office_url(args.archive) or ""
    told = Callbacks(ingest=ProgressBar(), push=progress_printer(), wait=_say_in_words)
    done = add(url, args.paths, options, told)
    data = as_json(done.summary)
    data["office"] = _office_json(done)
    emit(data, args.json, as_text(done.summary) + "\n" + _office_text(done))
    if done.sent is None:
        return FAILED
    problems = done.sent.mismatches or done.sent.cases_differing
    return SOME_PROBLEMS if done.summary.incomplete or problems else OK


def _office_json(done: OfficeAdd) -> dict[str, object]:
    sent = done.sent
    return {
        "sent": sent is not None,
        "documents_sent": sent.documents_pushed if sent else 0,
        "documents_already_there": sent.documents_there if sent else 0,
        "mismatches": list(sent.mismatches) if sent else [],
        "cases_differing": sent.cases_differing if sent else 0,
        "waiting_on_this_desk": done.waiting,
        "not_sent": done.not_sent,
    }


def _office_text(done: OfficeAdd) -> str:
    if done.sent is None:
        return translate(
            "Cli",
            "Not sent to the office database: {reason} Nothing is lost: {waiting} document(s) "
            "are kept on this computer, and the next {add} to this office sends them (or "
            "{pending}).",
        ).format(
            reason=error_text(done.not_sent or ""),
            waiting=number(f"{done.waiting:,}"),
            add=ltr("casedesk add"),
            pending=ltr("casedesk office-server push --pending --to URL"),
        )
    text = _sent(done.sent)
    if done.waiting:
        text += "\n" + translate(
            "Cli", "{waiting} document(s) stay on this computer until that is settled."
        ).format(waiting=number(f"{done.waiting:,}"))
    return text


def _sent(result: PushResult) -> str:
    return translate("Cli", "Sent to the office database: {summary}").format(
        summary=push_summary(result)
    )


def send_pending(args: argparse.Namespace) -> int:
    """casedesk office-server push --pending --to URL: what this desk's adds left unsent."""
    from index.office.desk_add import pending

    result = pending(args.url, progress_printer())
    if result is None:
        nothing = translate("Cli", "Nothing waits to be sent.")
        emit({"ok": True, "documents_pushed": 0}, args.json, nothing)
        return OK
    data = {"ok": not result.mismatches, "documents_pushed": result.documents_pushed,
            "documents_already_there": result.documents_there,
            "mismatches": list(result.mismatches)}  # fmt: skip
    emit(data, args.json, _sent(result))
    return OK if not result.mismatches and not result.cases_differing else SOME_PROBLEMS
