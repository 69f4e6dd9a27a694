"""Where the archive is: ``--archive``, then ``CASEDESK_ARCHIVE``, then the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "CASEDESK_ARCHIVE"


def archive_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The archive folder chosen by the user, or the platform's default, as an absolute path.

    Relative paths are taken from the current folder once, here: the catalog is opened
    through a ``file:`` URI (read-only), and a window keeps the path after the current
    folder may have changed.
    """
    if explicit:
        chosen = Path(explicit)
    elif os.environ.get(ENV_VAR):
        chosen = Path(os.environ[ENV_VAR])
    else:
        from platformdirs import user_data_path  # only here: 10-30 ms a command may not need

        chosen = user_data_path("CaseDesk", appauthor=False) / "archive"
    return Path(os.path.abspath(chosen.expanduser()))
