"""``casedesk backup OUT`` and ``casedesk restore FILE --archive DIR``.

A wrong password, a damaged backup or a target that is not empty is exit 2 with a
sentence saying so (:class:`~desktop.operations.backup_crypto.BackupError`).
"""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from types import SimpleNamespace

from desktop.cli.commands import FAILED, OK
from desktop.cli.output import ProgressBar, emit
from desktop.cli.words import translate
from index.location import archive_dir


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``backup`` and ``restore`` to the command line."""
    backup = sub.add_parser(
        "backup",
        parents=[common],
        help=translate(
            "Cli", "back the archive up into one file (or, into a folder, incrementally)"
        ),
        description=translate(
            "Cli",
            "Back up the catalog, the originals, outputs and templates into one "
            "file OUT, read back and checked before it is kept; when OUT is a folder, the first "
            "backup there is whole and later ones add only what is new (docs/BACKUP.md).",
        ),
    )
    backup.add_argument("out", type=Path, metavar="OUT")
    restore = sub.add_parser(
        "restore",
        parents=[common],
        help=translate("Cli", "make a new archive (--archive DIR) from a backup file or folder"),
    )
    restore.add_argument("source", type=Path, metavar="FILE")
    for parser in (backup, restore):
        secret = parser.add_mutually_exclusive_group()
        secret.add_argument(
            "--password", metavar="PW", help=translate("Cli", "encrypt / decrypt with PW")
        )
        secret.add_argument(
            "--ask-password",
            action="store_true",
            help=translate("Cli", "ask for the password without showing it"),
        )


def backup(args: argparse.Namespace) -> int:
    """casedesk backup OUT: one checked backup file."""
    from desktop.operations.backup import make_backup

    password = _password(args, confirm=True)
    made = make_backup(archive_dir(args.archive), args.out, password, progress=_bar())
    sentence = (
        translate(
            "Cli",
            "Backed up {documents} document(s) and {cases} case(s) to {path} ({kind}, "
            "{files} file(s), {megabytes} MB, encrypted); read back and checked.",
        )
        if made.encrypted
        else translate(
            "Cli",
            "Backed up {documents} document(s) and {cases} case(s) to {path} ({kind}, "
            "{files} file(s), {megabytes} MB, NOT encrypted); read back and checked.",
        )
    )
    human = sentence.format(
        documents=made.counts["documents"],
        cases=made.counts["cases"],
        path=made.path,
        kind=made.kind,
        files=made.files,
        megabytes=f"{made.bytes / 1e6:.1f}",
    )
    data = {"path": str(made.path), "kind": made.kind, "files": made.files,
            "bytes": made.bytes, "encrypted": made.encrypted, "counts": made.counts}  # fmt: skip
    emit(data, args.json, human)
    return OK


def restore(args: argparse.Namespace) -> int:
    """casedesk restore FILE --archive DIR: a new archive from a backup."""
    from desktop.operations.backup_crypto import BackupError
    from desktop.operations.restore import restore as restore_archive

    if not args.archive:
        raise BackupError("Name the new archive's folder with --archive DIR.")
    password = _password(args, confirm=False)
    done = restore_archive(args.source, archive_dir(args.archive), password, progress=_bar())
    same = done.counts == done.expected
    human = translate(
        "Cli",
        "Restored {documents} document(s) and {cases} case(s) into {root} from {files} backup "
        "file(s); the search index was rebuilt.",
    ).format(
        documents=done.counts["documents"],
        cases=done.counts["cases"],
        root=done.root,
        files=done.files,
    )
    if done.errors or not same:
        mismatch = translate("Cli", "The restored archive does not match the backup:")
        human += f"\n{mismatch}\n" + "\n".join(
            [*done.errors, *([f"counts {done.counts} != {done.expected}"] if not same else [])]
        )
    data = {"archive": str(done.root), "files": done.files, "counts": done.counts,
            "expected": done.expected, "errors": list(done.errors)}  # fmt: skip
    emit(data, args.json, human)
    return FAILED if done.errors or not same else OK


def _password(args: argparse.Namespace, *, confirm: bool) -> str | None:
    from desktop.operations.backup_crypto import BackupError

    if args.password is not None:
        if not args.password:
            raise BackupError("The password is empty.")
        return args.password
    if not args.ask_password:
        return None
    first = getpass.getpass(translate("Cli", "Backup password: "))
    if confirm and getpass.getpass(translate("Cli", "The same password again: ")) != first:
        raise BackupError("The two passwords differ; nothing was backed up.")
    if not first:
        raise BackupError("The password is empty.")
    return first


def _bar():
    bar = ProgressBar()

    def show(phase: str, done: int, total: int) -> None:
        if total:
            bar(SimpleNamespace(name=phase, done=done >> 20, total=max(total >> 20, 1)))

    return show
