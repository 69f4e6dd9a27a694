"""The ``casedesk`` commands.  Each takes the parsed arguments and returns an exit code."""

from __future__ import annotations

import argparse
import os
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.output import ProgressBar, emit, say
from desktop.cli.words import QT_TRANSLATE_NOOP, ltr, number, translate
from index.errors import UsageError
from index.location import ENV_VAR, archive_dir, is_office_url, office_url

if TYPE_CHECKING:
    from index.archive import Archive
    from index.ingest.summary import Summary

# The archive, the ingest, the window and the reference patterns are imported inside the
# commands that use them: every command imports this module, and ``casedesk --help`` needs
# none of them.

OK, SOME_PROBLEMS, FAILED = 0, 1, 2


def open_archive(args: argparse.Namespace, *, write: bool, repair: bool = True) -> Archive:
    """The archive named by ``--archive`` / ``CASEDESK_ARCHIVE`` / the default.

    Opened for writing, the command holds the writer lock until it closes the archive,
    after waiting a few seconds (and saying so) for a window or command writing now."""
    from index.archive import Archive

    root = archive_dir(args.archive)
    return Archive.open(
        root, write=write, holder=f"casedesk {args.command}", repair=repair, on_wait=_say_in_words
    )


def add(args: argparse.Namespace) -> int:
    """casedesk add PATH...: ingest files and folders."""
    import getpass

    from index.extract.pool import Limits
    from index.ingest.pipeline import Ingest, IngestOptions

    passwords = list(args.password or [])
    if args.ask_password:
        passwords.append(getpass.getpass(translate("Cli", "Password for protected files: ")))
    options = IngestOptions(
        cases=tuple(c.strip().upper() for c in args.case or []),
        passwords=tuple(passwords),
        limits=Limits(seconds=args.time_limit, memory_bytes=args.memory_limit << 20),
        max_size=args.max_size << 20,
        workers=args.workers,
        retry=args.retry,
        ocr=not args.no_ocr,
    )
    if office_url(args.archive):
        from desktop.cli.office_add import add_to_office

        return add_to_office(args, options, _summary_json, _summary_text)
    with open_archive(args, write=True) as archive:
        summary = Ingest(archive, options, on_progress=ProgressBar()).run(args.paths)
        parts = archive.search.slow_parts()
    text = _summary_text(summary)
    if parts:
        text += "\n" + translate(
            "Cli",
            "The search index is now in {parts} parts, which slows searches: run casedesk "
            "optimise when the computer is free (the window does this by itself when idle).",
        ).format(parts=number(parts))
    emit(_summary_json(summary), args.json, text)
    return SOME_PROBLEMS if summary.incomplete else OK


def _summary_json(summary: Summary) -> dict[str, object]:
    data = summary.to_dict()
    data["problems"] = [
        {"path": p.path, "reason": p.reason, "kind": p.kind, "action": p.action}
        for p in summary.problems
    ]
    data["attachment_problems"] = [
        {"path": p.path, "reason": p.reason, "kind": p.kind, "action": p.action}
        for p in summary.attachment_problems
    ]
    return data


def _summary_text(summary: Summary) -> str:
    from desktop.ui.ingest_words import summary_sentences  # Qt-free: the window's wording

    lines = summary_sentences(summary, translate, number, command_line=True)
    for problem in summary.problems + summary.attachment_problems:
        reason, action = _problem_words(problem.reason, problem.action)
        lines.append(f"  ✗ {problem.path}\n      {reason}\n      → {action}")
    return "\n".join(lines)


def _problem_words(reason: str, action: str) -> tuple[str, str]:
    """A problem's reason and advice (the engine's English) in the command line's language,
    as the window's Problems panel words them; JSON keeps the English."""
    from desktop.ui.problem_words import problem_words  # Qt-free: the window's wordings

    return problem_words(reason, translate), problem_words(action, translate)


def problems(args: argparse.Namespace) -> int:
    """casedesk problems: every file that was not indexed, and every scanned page that gave
    no readable text, with the reason."""
    from desktop.cli.document_place import document_reads
    from desktop.ocr_words import problems_with_scans

    with document_reads(args) as reads:
        rows = problems_with_scans(reads)
    data = [
        {"path": r.path, "kind": r.kind, "reason": r.reason, "action": r.action, "at": r.at}
        for r in rows
    ]
    human = "\n".join(
        "✗ {}\n    {}\n    → {}".format(r.path, *_problem_words(r.reason, r.action)) for r in rows
    )
    emit(data, args.json, human or translate("Cli", "No problems: every file given was indexed."))
    return OK


def stats(args: argparse.Namespace) -> int:
    """casedesk stats: how much the archive holds."""
    url = office_url(args.archive)
    if url is not None:
        from desktop.cli import office_upkeep

        return office_upkeep.stats(args, url, _stats_text)
    with open_archive(args, write=False) as archive:
        data = archive.stats()
    emit(data, args.json, _stats_text(data))
    return OK


# What each count is called on the terminal (JSON keeps the keys).
STATS_LABELS = {
    "documents": QT_TRANSLATE_NOOP("Cli", "Documents"),
    "pages": QT_TRANSLATE_NOOP("Cli", "Pages"),
    "problems": QT_TRANSLATE_NOOP("Cli", "Files not indexed (see casedesk problems)"),
    "index_documents": QT_TRANSLATE_NOOP("Cli", "Documents in the search index"),
    "documents_needing_ocr": QT_TRANSLATE_NOOP(
        "Cli", "Documents with pages that need reading (scans)"
    ),
    "pages_needing_ocr": QT_TRANSLATE_NOOP("Cli", "Pages that need reading (scans)"),
}


def _stats_text(data: dict[str, object]) -> str:
    """One line per count, in words; a count without a label by its key in words."""
    labels = {
        k: translate("Cli", STATS_LABELS[k])
        if k in STATS_LABELS
        else k.replace("_", " ").capitalize()
        for k in data
    }
    width = max(map(len, labels.values()), default=0)
    return "\n".join(
        f"{labels[k] + ':':<{width + 1}} {number(f'{v:,}')}"
        if isinstance(v, int)
        else f"{labels[k]}: {v}"
        for k, v in data.items()
    )


def reindex(args: argparse.Namespace) -> int:
    """casedesk reindex: rebuild the search index from the catalog (of an office
    database: this desk's own index of it)."""
    url = office_url(args.archive)
    if url is not None:
        from desktop.cli import office_upkeep

        return office_upkeep.reindex(args, url)
    with open_archive(args, write=True) as archive:
        count = archive.reindex()
        data = archive.stats()
    done = translate("Cli", "Rebuilt the search index: {count} document(s).").format(
        count=number(count)
    )
    emit({"reindexed": count, **data}, args.json, done)
    return OK


def optimise(args: argparse.Namespace) -> int:
    """casedesk optimise: merge the search index into one part (of an office database:
    this desk's own index of it)."""
    url = office_url(args.archive)
    if url is not None:
        from desktop.cli import office_upkeep

        return office_upkeep.optimise(args, url)
    with open_archive(args, write=True) as archive:
        before, after = archive.optimise_index()
    return said_optimised(args, before, after)


def said_optimised(args: argparse.Namespace, before: int, after: int) -> int:
    """Say how many parts the search index was in and is in now (folder or desk)."""
    human = (
        translate("Cli", "The search index was in {before} parts; it is now in {after}.").format(
            before=number(before), after=number(after)
        )
        if before > after
        else translate("Cli", "The search index is already in one part.")
    )
    emit({"segments_before": before, "segments_after": after}, args.json, human)
    return OK


def check(args: argparse.Namespace) -> int:
    """casedesk check: catalog, originals and index agree (or the office database is whole)."""
    location = args.archive or os.environ.get(ENV_VAR)
    if is_office_url(location):
        from desktop.cli.office_server import check as check_office

        return check_office(args, location)
    with open_archive(args, write=True, repair=False) as archive:
        report = archive.check(verify_hashes=not args.quick)
    data = {
        "ok": not report.errors,
        "errors": report.errors,
        "notes": report.notes,
        **report.counts,
    }
    human = "\n".join(
        [
            translate("Cli", "The archive is sound.")
            if not report.errors
            else translate("Cli", "The archive has problems:")
        ]
        + [f"  ✗ {e}" for e in report.errors]
        + [f"  · {n}" for n in report.notes]
    )
    emit(data, args.json, human)
    return OK if not report.errors else SOME_PROBLEMS


def has_screen() -> bool:
    """True when a window can be tried: an X11 or Wayland session.  An X display that does
    not answer is no screen (the demo then only describes its archive) — unless Qt's X
    libraries are missing too: the window's start names them, the first thing to fix."""
    from desktop.qt_libraries import missing_for_x11
    from desktop.x_display import x_display_unreachable

    if not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY")):
        return False
    return bool(missing_for_x11()) or not x_display_unreachable()


def gui(args: argparse.Namespace) -> int:
    """casedesk [gui] [FILE...]: open the window on the archive (and offer to add FILEs)."""
    from desktop.ui.app import run

    files = [p.absolute() for p in getattr(args, "files", [])]
    return run(office_url(args.archive) or archive_dir(args.archive), files)


def desktop_entry(args: argparse.Namespace) -> int:
    """casedesk desktop-entry [--remove]: CaseDesk in this user's application menu."""
    from desktop import desktop_entry as entry

    if args.remove:
        removed = entry.remove()
        human = "\n".join(
            translate("Cli", "Removed {path}").format(path=p) for p in removed
        ) or translate("Cli", "There was no menu entry to remove.")
        emit({"removed": [str(p) for p in removed]}, args.json, human)
        return OK
    files = entry.install()
    human = translate(
        "Cli", "CaseDesk is in the application menu: {entry}\nIts icon: {icon}"
    ).format(entry=files.entry, icon=files.icon)
    emit({"entry": str(files.entry), "icon": str(files.icon)}, args.json, human)
    return OK


# Settings a user may change, with the catalog key and a check of the value.
SETTINGS = {"case-pattern": "case_pattern"}


def settings(args: argparse.Namespace) -> int:
    """casedesk settings [KEY [VALUE]]: show or change the archive's settings."""
    from index.text.references import DEFAULT_CASE_PATTERN

    defaults = {"case_pattern": DEFAULT_CASE_PATTERN}
    if args.key is not None and args.key not in SETTINGS:
        say(
            translate("Cli", "Unknown setting {key}. Settings: {settings}.").format(
                key=repr(args.key), settings=", ".join(SETTINGS)
            )
        )
        return FAILED
    if args.value is not None:
        _check_pattern(args.value)
    url = office_url(args.archive)
    if url is not None:
        from desktop.cli.office_upkeep import office_settings

        data = office_settings(url, SETTINGS, defaults, args.key, args.value)
    else:
        data = _folder_settings(args, defaults)
    if args.key is not None:
        data = {args.key: data[args.key]}
    emit(data, args.json, "\n".join(f"{k}: {v}" for k, v in data.items()))
    return OK


def _folder_settings(args: argparse.Namespace, defaults: dict[str, str]) -> dict[str, str]:
    """The archive folder's settings, ``args.key`` set to ``args.value`` first if given."""
    if args.value is not None:
        with open_archive(args, write=True) as archive:
            archive.catalog.set_setting(SETTINGS[args.key], args.value)
    with open_archive(args, write=False) as archive:
        return {
            key: archive.catalog.setting(stored, defaults[stored])
            for key, stored in SETTINGS.items()
        }


def _check_pattern(pattern: str) -> None:
    try:
        compiled = re.compile(pattern)
    except re.error as error:
        raise UsageError("That is not a valid pattern: {reason}.", reason=error) from None
    if compiled.search(""):
        raise UsageError("That pattern matches empty text; it must match a case number.")


def demo(args: argparse.Namespace) -> int:
    """casedesk demo: build the demo archive from resources/demo (once) and show it."""
    from desktop.demo import build_demo_archive
    from index.archive import Archive

    root = archive_dir(args.archive) if args.archive else Path(args.demo_dir)
    summary = build_demo_archive(root, today=date.today())
    with Archive.open(root, write=False) as archive:
        stats = archive.stats()
    human = _demo_text(root, summary, stats)
    emit({"archive": str(root), "summary": _summary_json(summary), **stats}, args.json, human)
    if not (args.no_window or args.json) and has_screen():
        from desktop.ui.app import run

        return run(root)
    return OK


def _demo_text(root: Path, summary: Summary, stats: dict[str, int]) -> str:
    """What ``casedesk demo`` says: the archive, what it holds, searches to try."""
    holds = translate("Cli", "It holds {documents} documents ({pages} pages).")
    tries = (
        ("search Mohammed Ahmadzai", translate("Cli", "(all spellings)")),
        ("search 'name:\"Farzana Kasimi\"'", ""),
        ("search AFG-2024-00137", ""),
        ("search پاسپورت", ""),
        ("show 1 --text", ""),
    )
    return "\n".join(
        [
            translate("Cli", "Demo archive: {root}").format(root=root),
            _summary_text(summary),
            holds.format(documents=number(stats["documents"]), pages=number(stats["pages"])),
            "",
            translate("Cli", "Try, for example:"),
            *(
                f"  {ltr(f'casedesk --archive {root} {what}')}  {why}".rstrip()
                for what, why in tries
            ),
        ]
    )


def _say_in_words(notice: str) -> None:
    """Print what the engine tells a waiting writer, in the command line's language."""
    from desktop.cli.words import error_text

    say(error_text(notice))
