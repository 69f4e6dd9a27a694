"""Where the archive is: ``--archive``, then ``CASEDESK_ARCHIVE``, then the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

ENV_VAR = "CASEDESK_ARCHIVE"


def archive_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The archive folder chosen by the user, or the platform's default."""
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    return user_data_path("CaseDesk", appauthor=False) / "archive"
