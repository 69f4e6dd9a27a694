"""Actions a session does not allow, disabled with a tooltip that says why.

Two reasons: the archive is open read-only (another CaseDesk is writing a folder, or an
office login that may only read — the session's ``busy_message`` says which), or the
action does not work on an office database yet (backups, tidying, the office's details…).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton

from desktop.ui.tr import translate


class Limited(Protocol):
    """What is asked of a session here."""

    read_only: bool
    busy_message: str
    is_office: bool


def limit(
    action: QAction | QAbstractButton, session: Limited, *, writes: bool, folder_only: bool = False
) -> None:
    """Disable ``action`` (with a tooltip) when ``session`` does not allow it: a write on
    a read-only session, or something only an archive folder has on an office database."""
    if folder_only and session.is_office:
        action.setEnabled(False)
        action.setToolTip(office_not_yet())
    elif writes and session.read_only:
        action.setEnabled(False)
        action.setToolTip(
            session.busy_message or translate("Limits", "This archive is open read-only.")
        )


def office_not_yet() -> str:
    """The tooltip of what an office database cannot do yet."""
    return translate("Limits", "Not available on an office database yet.")
