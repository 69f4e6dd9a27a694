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


def archive_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The archive folder chosen by the user, or the platform's default, as an absolute path.

    Relative paths are taken from the current folder once, here: the catalog is opened
    through a ``file:`` URI (read-only), and a window keeps the path after the current
    folder may have changed.  An office database (``postgresql://…``) is refused: only
    ``casedesk add``, ``check``, ``search``, ``show`` (and ``doc show``), ``problems``,
    ``draft``, ``packet``, ``case`` (every action), ``office`` and ``office-server`` work on
    one yet (they ask :func:`office_url` first), and taken as a folder it would become a
    ``postgresql:`` folder here.
    """
    if is_office_url(explicit or os.environ.get(ENV_VAR)):
        raise UsageError(
            "This works only on an archive folder for now: of the commands, only casedesk "
            "add, check, search, show, problems, draft, packet, case, office and office-server "
            "work on an office database (postgresql://…)."
        )
    if explicit:
        chosen = Path(explicit)
    elif os.environ.get(ENV_VAR):
        chosen = Path(os.environ[ENV_VAR])
    else:
        from platformdirs import user_data_path  # only here: 10-30 ms a command may not need

        chosen = user_data_path("CaseDesk", appauthor=False) / "archive"
    return Path(os.path.abspath(chosen.expanduser()))
