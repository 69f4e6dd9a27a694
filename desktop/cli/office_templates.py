"""``casedesk templates [--add FILE] [--remove FILE_NAME]`` on an office database: the
office's own template files, kept in it for every desk (written by an admin only: the
server refuses anyone else), then the list every desk sees — the office's own first,
then the shipped ones, as a folder's own templates come first."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from index.errors import UsageError
from index.office.office_files import add_template, remove_template
from index.office.opened import office_connection

Listed = Callable[[Path | None], dict[str, list[dict]]]


def office_templates(args: argparse.Namespace, url: str, listed: Listed) -> dict[str, list[dict]]:
    """Add and remove the files asked, then list the templates (``listed`` of the folder
    holding the office's own)."""
    from index.office.office_archive import office_archive

    with office_connection(url) as conn:
        for path in args.add or ():
            add_template(conn, path.name, _read(path))
        for name in args.remove or ():
            if not remove_template(conn, name):
                raise UsageError("The office database has no template file {name}.", name=name)
    with office_archive(url) as office:
        return listed(office.root)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise UsageError(
            "The template {name} cannot be read: {reason}.", name=path.name, reason=error.strerror
        ) from None
