"""Where the archive is: ``--archive``, then ``CASEDESK_ARCHIVE``, then the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from index.errors import UsageError

ENV_VAR = "CASEDESK_ARCHIVE"
OFFICE_SCHEMES = ("postgresql://", "postgres://")


def is_office_url(location: str | os.PathLike[str] | None) -> bool:
    """True when an archive location names an office PostgreSQL database, not a folder."""
    return bool(location) and str(location).startswith(OFFICE_SCHEMES)


def office_url(explicit: str | os.PathLike[str] | None = None) -> str | None:
    """The office database chosen (``--archive``, then ``CASEDESK_ARCHIVE``), if one is."""
    chosen = str(explicit or os.environ.get(ENV_VAR) or "")
    return chosen if is_office_url(chosen) else None


# Commands that work on an archive folder only, and what to do on an office database instead.
FOLDER_ONLY = {
    "backup": (
        "An office database is backed up with PostgreSQL's own tools, not casedesk backup: "
        "pg_dump on the server (see docs/OFFICE-SERVER.md). casedesk backup saves an "
        "archive folder."
    ),
    "restore": (
        "An office database is restored with PostgreSQL's own tools, not casedesk restore: "
        "pg_restore on the server, then casedesk office-server init to set the roles' "
        "rights again (see docs/OFFICE-SERVER.md)."
    ),
    "ocr": (
        "casedesk ocr reads the scans of an archive folder: scans sent to an office "
        "database are read on the desk that adds them (casedesk add reads them before "
        "sending them)."
    ),
}


def refuse_office(command: str, explicit: str | os.PathLike[str] | None = None) -> None:
    """Refuse, in plain words saying what to use instead, a folder-only ``command`` given
    an office database (before it asks for a password or reads a file)."""
    if command in FOLDER_ONLY and office_url(explicit) is not None:
        raise UsageError(FOLDER_ONLY[command])


def archive_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The archive folder chosen by the user, or the platform's default, as an absolute path.

    Relative paths are taken from the current folder once, here: the catalog is opened
    through a ``file:`` URI (read-only), and a window keeps the path after the current
    folder may have changed.  An office database (``postgresql://…``) is refused: every
    command that works on one asks :func:`office_url` first, and the others (``backup``,
    ``restore``, ``ocr``, ``demo``) are refused; taken as a folder it would become a
    ``postgresql:`` folder here.
    """
    if is_office_url(explicit or os.environ.get(ENV_VAR)):
        raise UsageError(
            "This works only on an archive folder: of the commands, casedesk backup, "
            "restore, ocr and demo do not work on an office database (postgresql://…)."
        )
    if explicit:
        chosen = Path(explicit)
    elif os.environ.get(ENV_VAR):
        chosen = Path(os.environ[ENV_VAR])
    else:
        from platformdirs import user_data_path  # only here: 10-30 ms a command may not need

        chosen = user_data_path("CaseDesk", appauthor=False) / "archive"
    return Path(os.path.abspath(chosen.expanduser()))
