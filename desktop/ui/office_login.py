"""Opening an office database from the window, asking for the password when needed.

libpq looks for a password in its usual places (the address, ``PGPASSWORD``,
``~/.pgpass``).  When it finds none and the server wants one
(:class:`~index.office.connect.PasswordNeeded`), a password prompt asks (a line that
does not show what is typed); a wrong password is said in plain words and the prompt
comes again; Cancel gives up.  The password goes to the connection only: never into the
settings, a log line or a message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from desktop.ui.tr import translate
from index.errors import CaseDeskError
from index.office.connect import AuthenticationFailed, PasswordNeeded, where

if TYPE_CHECKING:
    from desktop.ui.office_session import OfficeSession


class LoginCancelled(CaseDeskError):
    """The user closed the password prompt: nothing is opened, nothing to say."""


def open_office(url: str, parent: QWidget | None = None) -> OfficeSession:
    """An :class:`OfficeSession` on ``url``, asking for the password as long as the
    server refuses one (raises :class:`LoginCancelled` when the user gives up)."""
    from desktop.ui.office_session import OfficeSession  # psycopg: only for an office

    password, wrong = "", False
    while True:
        try:
            return OfficeSession(url, password)
        except PasswordNeeded:
            pass  # libpq found no password: ask for one
        except AuthenticationFailed:
            if not password:
                raise  # a wrong password in ~/.pgpass, PGPASSWORD or the address: said as is
            wrong = True
        password = ask_password(url, wrong, parent)


def ask_password(url: str, wrong: bool, parent: QWidget | None) -> str:
    """The password typed into the prompt (raises :class:`LoginCancelled` on Cancel)."""
    from psycopg.conninfo import conninfo_to_dict

    user = str(conninfo_to_dict(url).get("user") or "")
    place = where(url)
    label = translate(
        "OfficeLogin", "Password of {user} for the database {database} on {server}:"
    ).format(user=user, **place)
    if wrong:
        label = (
            translate("OfficeLogin", "The office server refused that password. Try again.")
            + "\n\n"
            + label
        )
    dialog = QInputDialog(parent, objectName="office-password")
    dialog.setWindowTitle(translate("OfficeLogin", "Office server password"))
    dialog.setLabelText(label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    if not dialog.exec() or not dialog.textValue():
        raise LoginCancelled("No password given: the office database was not opened.")
    return dialog.textValue()
