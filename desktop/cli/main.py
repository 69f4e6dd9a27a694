"""``casedesk``: the command line, and the one place its errors become messages.

Exit codes: 0 done; 1 done but some files were not indexed (or check found
differences); 2 a usage or archive error (nothing was changed by the failed step).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

# Of the commands only ``commands`` (light at its top) is imported here: the module that
# defines a command's arguments (``_DEFINED_IN``) is imported when that command's parser
# is built, and the module that runs it (``_COMMANDS``) when it runs.  ``casedesk search``
# must not pay for Qt, pypdf, the drafting stack, or the cases' and packets' arguments.
from desktop.cli.commands import FAILED, OK
from desktop.cli.output import say
from desktop.cli.words import (
    DIGITS_VARIABLE,
    error_text,
    language,
    translate,
    use_digits,
    use_language,
)
from desktop.languages import ENGLISH, cli_language, window_settings
from index import __version__
from index.errors import CaseDeskError
from index.location import refuse_office


class _Skipped:
    """What a command's arguments are added to when that command is not the one run:
    every call does nothing (and returns this, for groups and sub-commands)."""

    def __getattr__(self, _name: str) -> Callable[..., _Skipped]:
        return lambda *_args, **_kwargs: self


class _Only:
    """Sub-parsers that build only ``name``'s: building all 20 commands' arguments costs
    as much as a search on a small archive (argparse looks up translations per text)."""

    def __init__(self, sub: argparse._SubParsersAction, name: str) -> None:
        self.sub, self.name = sub, name

    def add_parser(self, name: str, **kwargs: object) -> argparse.ArgumentParser | _Skipped:
        return self.sub.add_parser(name, **kwargs) if name == self.name else _Skipped()


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser for every command (or, given ``only``, for that command alone:
    what ``casedesk ONLY …`` needs, its errors and ``--help`` the same)."""
    common = _common_options()
    parser = _top_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    if only is not None:
        sub = _Only(sub, only)  # type: ignore[assignment]
    names = (
        "documents",
        "scans",
        "drafting",
        "case_parsers",
        "packets",
        "audit",
        "backups",
        "office_server",
    )
    documents, scans, drafting, case_parsers, packets, audit, backups, office_server = (
        _definer(name, only) for name in names
    )
    gui = sub.add_parser(
        "gui",
        parents=[common],
        help=translate(
            "Cli", "open the CaseDesk window (also: no command); with files, offer to add them"
        ),
    )
    gui.add_argument("files", nargs="*", type=Path, metavar="FILE")
    _add_add(sub, common)
    documents.add_parsers(sub, common)
    _add_archive_upkeep(sub, common)
    _add_search(sub, common)
    scans.add_parser(sub, common)
    drafting.add_parsers(sub, common)
    case_parsers.add_parsers(sub, common)
    packets.add_parser(sub, common)
    audit.add_parser(sub, common)
    backups.add_parsers(sub, common)
    office_server.add_parsers(sub, common)
    _add_desk_commands(sub, common, only)
    return parser


def _common_options() -> argparse.ArgumentParser:
    """``--archive`` and ``--json``, which every command takes."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--archive",
        metavar="DIR",
        help=translate(
            "Cli",
            "archive folder, or an office database postgresql://… (default: "
            "$CASEDESK_ARCHIVE, else your data folder)",
        ),
    )
    common.add_argument(
        "--json", action="store_true", help=translate("Cli", "print machine-readable JSON")
    )
    return common


def _top_parser() -> argparse.ArgumentParser:
    """``casedesk`` itself: its description, ``--version``, ``--lang`` and ``--digits``."""
    parser = argparse.ArgumentParser(
        prog="casedesk",
        description=translate("Cli", "CaseDesk: documents and knowledge for legal-aid casework."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"CaseDesk {__version__}",
        help=translate("Cli", "show program's version number and exit"),
    )
    parser.add_argument("--archive", dest="global_archive", metavar="DIR", help=argparse.SUPPRESS)
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help=translate(
            "Cli",
            "language of the messages: en, fa (Dari) or ps (Pashto); default: "
            "$CASEDESK_LANG, else the window's choice, else the system's",
        ),
    )
    parser.add_argument(
        "--digits",
        choices=("latin", "persian"),
        help=translate(
            "Cli",
            "digits of the counts and page numbers in Dari and Pashto messages: latin "
            "(default) or persian; default: $CASEDESK_DIGITS. JSON, ids, case numbers and "
            "paths keep Latin digits",
        ),
    )
    return parser


def _add_archive_upkeep(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """``problems``, ``stats``, ``reindex``, ``optimise`` and ``check``."""
    sub.add_parser(
        "problems", parents=[common], help=translate("Cli", "list files that could not be indexed")
    )
    sub.add_parser(
        "stats",
        parents=[common],
        help=translate("Cli", "count documents, pages, problems and pages needing OCR"),
    )
    sub.add_parser(
        "reindex",
        parents=[common],
        help=translate("Cli", "rebuild the search index from the catalog"),
    )
    sub.add_parser(
        "optimise",
        parents=[common],
        help=translate(
            "Cli",
            "merge the search index into one part: faster searches (takes minutes on a "
            "large archive; the window does it by itself when idle)",
        ),
    )
    check = sub.add_parser(
        "check",
        parents=[common],
        help=translate("Cli", "check that catalog, originals and index agree"),
    )
    check.add_argument(
        "--quick", action="store_true", help=translate("Cli", "do not re-hash every original")
    )


def _add_desk_commands(
    sub: argparse._SubParsersAction, common: argparse.ArgumentParser, only: str | None
) -> None:
    """``settings``, ``desktop-entry`` and ``demo``."""
    settings = sub.add_parser(
        "settings",
        parents=[common],
        help=translate("Cli", "show or change the archive's settings"),
        description=translate(
            "Cli",
            "Settings: case-pattern (a regular expression for case numbers, "
            r"default [A-Z]{3}-\d{4}-\d{5}; used for documents added from then on).",
        ),
    )
    settings.add_argument("key", nargs="?", metavar="KEY")
    settings.add_argument("value", nargs="?", metavar="VALUE")
    entry = sub.add_parser(
        "desktop-entry",
        parents=[common],
        help=translate(
            "Cli", "put CaseDesk in your desktop's application menu and Open with (or --remove)"
        ),
    )
    choice = entry.add_mutually_exclusive_group()
    choice.add_argument(
        "--install", action="store_true", help=translate("Cli", "add it (the default)")
    )
    choice.add_argument(
        "--remove", action="store_true", help=translate("Cli", "take the menu entry away")
    )
    demo = sub.add_parser(
        "demo", parents=[common], help=translate("Cli", "build the demo archive and show it")
    )
    if only in (None, "demo"):  # finding the data folder imports platformdirs
        demo.add_argument("--demo-dir", default=str(_default_demo_dir()), help=argparse.SUPPRESS)
    demo.add_argument(
        "--no-window", action="store_true", help=translate("Cli", "only build and describe it")
    )


# Command -> the module of desktop.cli that defines its arguments (main's own: not listed).
_DEFINED_IN = {
    "show": "documents",
    "doc": "documents",
    "ocr": "scans",
    "templates": "drafting",
    "draft": "drafting",
    "case": "case_parsers",
    "office": "case_parsers",
    "packet": "packets",
    "audit": "audit",
    "backup": "backups",
    "restore": "backups",
    "office-server": "office_server",
}


def _definer(module: str, only: str | None) -> ModuleType | _Skipped:
    """``desktop.cli.<module>``, imported now, when the parser being built needs its
    arguments (all of them do for the full parser); else something that adds nothing."""
    if only is not None and _DEFINED_IN.get(only) != module:
        return _Skipped()
    return importlib.import_module(f"desktop.cli.{module}")


def _add_add(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    add = sub.add_parser(
        "add", parents=[common], help=translate("Cli", "add files and folders to the archive")
    )
    add.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    add.add_argument(
        "--case",
        action="append",
        metavar="ID",
        help=translate("Cli", "link the documents to case ID"),
    )
    add.add_argument(
        "--password",
        action="append",
        metavar="PW",
        help=translate("Cli", "password to try on protected files (may be repeated)"),
    )
    add.add_argument(
        "--ask-password",
        action="store_true",
        help=translate("Cli", "ask for a password without showing it"),
    )
    add.add_argument(
        "--retry", action="store_true", help=translate("Cli", "read again files that had problems")
    )
    add.add_argument(
        "--no-ocr",
        action="store_true",
        help=translate(
            "Cli", "do not read the text of scans and photos now (casedesk ocr does it later)"
        ),
    )
    add.add_argument(
        "--time-limit",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help=translate("Cli", "stop reading a file after this long (default 60)"),
    )
    add.add_argument(
        "--memory-limit",
        type=int,
        default=1024,
        metavar="MB",
        help=translate("Cli", "stop reading a file that needs more memory (default 1024)"),
    )
    add.add_argument(
        "--max-size",
        type=int,
        default=2048,
        metavar="MB",
        help=translate("Cli", "do not take files larger than this (default 2048)"),
    )
    add.add_argument(
        "--workers",
        type=int,
        default=0,
        metavar="N",
        help=translate("Cli", "reader processes (default: one per core)"),
    )


_QUERY_HELP = """\
Words must all match (AND); "a phrase"; OR; NOT or -word; (groups);
fields: case: type: tag: name: passport: anumber: from: title: lang: ref:
date:2023-10..2023-12 added:today; a form field by name (familyname:Ahmadzai);
wildcards Ahmad* (two letters first) and fuzzy Qasim~ (or ~2)."""


def _add_search(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    search = sub.add_parser(
        "search",
        parents=[common],
        help=translate("Cli", "search the archive"),
        description=_QUERY_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    search.add_argument("query", nargs="*", metavar="QUERY")
    search.add_argument(
        "--type", action="append", metavar="KIND", help=translate("Cli", "only this kind")
    )
    search.add_argument(
        "--case", action="append", metavar="ID", help=translate("Cli", "only this case")
    )
    search.add_argument("--sort", choices=("relevance", "date"), default="relevance")
    search.add_argument(
        "--limit", type=int, default=20, help=translate("Cli", "hits per page (default 20)")
    )
    search.add_argument(
        "--page", type=int, default=1, help=translate("Cli", "which page of hits (default 1)")
    )
    search.add_argument(
        "--save", metavar="NAME", help=translate("Cli", "also save this search under NAME")
    )
    saved = sub.add_parser(
        "searches", parents=[common], help=translate("Cli", "list (or delete) saved searches")
    )
    saved.add_argument(
        "--delete", metavar="NAME", help=translate("Cli", "delete the saved search NAME")
    )
    tag = sub.add_parser(
        "tag", parents=[common], help=translate("Cli", "add (or remove) tags on a document")
    )
    tag.add_argument("doc_id", type=int, metavar="DOC_ID")
    tag.add_argument("tags", nargs="+", metavar="TAG")
    tag.add_argument(
        "--remove", action="store_true", help=translate("Cli", "remove these tags instead")
    )


def _default_demo_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path("CaseDesk", appauthor=False) / "demo-archive"


# Command name -> "module.function" in desktop.cli, imported only when that command runs.
_COMMANDS = {
    "add": "commands.add",
    "show": "documents.show",
    "doc": "documents.doc",
    "problems": "commands.problems",
    "stats": "commands.stats",
    "reindex": "commands.reindex",
    "optimise": "commands.optimise",
    "check": "commands.check",
    "ocr": "scans.ocr",
    "search": "searching.search",
    "searches": "searching.searches",
    "tag": "searching.tag",
    "templates": "drafting.templates",
    "draft": "drafting.draft",
    "packet": "packets.packet",
    "audit": "audit.audit",
    "backup": "backups.backup",
    "restore": "backups.restore",
    "office-server": "office_server.office_server",
    "case": "cases.case",
    "office": "cases.office",
    "demo": "commands.demo",
    "settings": "commands.settings",
    "gui": "commands.gui",
    "desktop-entry": "commands.desktop_entry",
}


def _command(name: str) -> Callable[[argparse.Namespace], int]:
    """The function that runs command ``name``, its module imported now."""
    module, function = _COMMANDS[name].split(".")
    return getattr(importlib.import_module(f"desktop.cli.{module}"), function)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; turn every error into a plain message and an exit code."""
    arguments = with_command(sys.argv[1:] if argv is None else list(argv))
    _speak(arguments)  # before the parser: its --help and usage errors are in the language
    args = build_parser(command_named(arguments)).parse_args(arguments)
    args.command = args.command or "gui"
    args.archive = getattr(args, "archive", None) or args.global_archive
    quick = args.command in _QUICK
    if not quick:
        _log_warnings()
    code = _run(args)
    if quick and argv is None:
        gc.freeze()  # the process ends next: see _QUICK
    return code


def _run(args: argparse.Namespace) -> int:
    """Run the command ``args`` name; every error becomes a message and an exit code."""
    try:
        refuse_office(args.command, args.archive)
        return _command(args.command)(args)
    except CaseDeskError as error:
        say(error_text(error))
        return FAILED
    except KeyboardInterrupt:
        say(
            translate(
                "Cli",
                "Stopped. What was finished is kept; run the same command again to finish the "
                "rest.",
            )
        )
        return 130
    except BrokenPipeError:
        # The reader of our output went away (``casedesk search x | head``): not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return OK
    except Exception as error:
        return _unexpected(error)


# Quick commands that only read and print, timed against issue 20's 0.3 s (item 5):
# - their code logs nothing, so ``logging`` is not imported and set up (a few ms); were one
#   to log after all, Python's last-resort handler would still print the warning, without
#   its level;
# - run as a program (``argv`` None: not the tests' calls), their objects are frozen out of
#   the garbage collector once the command is done and its files closed, so the sweeps of
#   the interpreter's shutdown skip them: about 25 ms (a sixth) of a search on a small
#   archive.  Only cyclic garbage left at exit is affected, and nothing of theirs needs
#   collecting then; exit handlers still run.
_QUICK = frozenset({"search"})


def _log_warnings() -> None:
    """Warnings logged by the ingest and the office connection, on stderr with their level."""
    import logging

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")


def _speak(argv: list[str]) -> None:
    """Choose the language and the digits from ``--lang`` and ``--digits`` given before
    the command (else CASEDESK_LANG…, CASEDESK_DIGITS); argparse's words follow."""
    use_language(cli_language(_global_value(argv, "--lang"), settings_file=window_settings))
    use_digits(_global_value(argv, "--digits") or os.environ.get(DIGITS_VARIABLE))
    if language() != ENGLISH:
        from desktop.cli import argparse_words

        argparse_words.install()


def _global_value(argv: list[str], option: str) -> str | None:
    """The value of the global ``option`` given before the command, if any."""
    given = argv[: _command_position(argv)]
    for position, item in enumerate(given):
        if item == option and position + 1 < len(given):
            return given[position + 1]
        if item.startswith(f"{option}="):
            return item.partition("=")[2]
    return None


def command_named(argv: list[str]) -> str | None:
    """The command ``argv`` runs (after leading ``--archive DIR``, ``--lang LANG``), if it
    names one."""
    rest = argv[_command_position(argv) :]
    return rest[0] if rest and rest[0] in _COMMANDS else None


_GLOBAL_OPTIONS = ("--archive", "--lang", "--digits")


def _command_position(argv: list[str]) -> int:
    """Where the command's name is: after the global options given before it."""
    position = 0
    while position < len(argv):
        option = argv[position]
        if option in _GLOBAL_OPTIONS:
            position += 2
        elif option.startswith(tuple(f"{name}=" for name in _GLOBAL_OPTIONS)):
            position += 1
        else:
            break
    return position


def with_command(argv: list[str]) -> list[str]:
    """``casedesk FILE...`` (as a file manager may run it) means ``casedesk gui FILE...``."""
    position = _command_position(argv)
    rest = argv[position:]
    if rest and rest[0] not in _COMMANDS and not rest[0].startswith("-") and Path(rest[0]).exists():
        return [*argv[:position], "gui", *rest]
    return argv


def _unexpected(error: Exception) -> int:
    """Log an unexpected error's traceback to a file and tell the user in plain words."""
    import traceback

    from platformdirs import user_log_path

    log_dir = user_log_path("CaseDesk", appauthor=False)
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / "casedesk.log"
    with log_file.open("a", encoding="utf-8") as f:
        f.write("".join(traceback.format_exception(error)) + "\n")
    say(
        translate(
            "Cli",
            "CaseDesk stopped on an unexpected error ({error}). Everything already saved in "
            "the archive is safe. Details for the developers are in {log_file}.",
        ).format(error=type(error).__name__, log_file=log_file)
    )
    return FAILED


if __name__ == "__main__":
    sys.exit(main())
