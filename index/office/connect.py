"""Reaching the office server, with every failure said in plain words.

The URL is libpq's (``postgresql://user@host/dbname``); the password comes from libpq's
usual places (``~/.pgpass``, ``PGPASSWORD``, or the URL) and never appears in a message:
messages name the server as host, port and database only.  TLS is used when the server
offers it (libpq's default ``sslmode=prefer``).

Every connection asks for TCP keepalives, a connect timeout and (libpq 12 and later) a TCP
user timeout, so that a dropped network is noticed within about half a minute instead of
the kernel's two hours (:data:`NETWORK_DEFAULTS`); a URL that sets any of them itself wins.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from index.errors import CaseDeskError, UsageError

if TYPE_CHECKING:
    import psycopg

# psycopg logs what it ignores while closing a lost connection ("error ignored terminating
# <psycopg.Pipeline [BAD]>: the connection is lost") as a warning, which the CLI's logging
# would print: its own words, perhaps the server's.  The loss is said in plain words by the
# error raised, so psycopg's log lines are kept off the terminal.
_PSYCOPG_LOG = logging.getLogger("psycopg")
_PSYCOPG_LOG.addHandler(logging.NullHandler())
_PSYCOPG_LOG.propagate = False


# A desk notices a silent server within about 25 s: after 10 s without traffic the kernel
# probes every 5 s and gives up after 3 unanswered probes; data the server does not
# acknowledge for 30 s ends the connection (TCP_USER_TIMEOUT); connecting waits 10 s at most.
NETWORK_DEFAULTS: dict[str, str] = {
    "connect_timeout": "10",
    "keepalives": "1",
    "keepalives_idle": "10",
    "keepalives_interval": "5",
    "keepalives_count": "3",
    "tcp_user_timeout": "30000",
}
_TCP_USER_TIMEOUT_SINCE = 120000  # libpq 12


class OfficeServerError(CaseDeskError):
    """The office server cannot be used as asked."""


class ServerUnreachable(OfficeServerError):
    """No PostgreSQL server answered at that address."""


class AuthenticationFailed(OfficeServerError):
    """The server refused the user name or password."""


class PasswordNeeded(AuthenticationFailed):
    """The server asks for a password and libpq found none (no ``~/.pgpass`` entry, no
    ``PGPASSWORD``, none in the address): the window asks for one."""


class NotCaseDesk(OfficeServerError):
    """The database is not a CaseDesk office database (or not set up yet)."""


class NewerSchema(OfficeServerError):
    """The database was set up by a newer CaseDesk."""


class NotAllowed(OfficeServerError):
    """The server refused the action to this user's role."""


def where(url: str) -> dict[str, str]:
    """The database and server of ``url``, without user or password, as the values
    ``database`` and ``server`` of an error's template ("database {database} on
    {server}"), which the faces translate around them."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        parts = conninfo_to_dict(url)
    except Exception:
        return {"database": "?", "server": "?"}
    host = str(parts.get("host") or "localhost")
    port = f":{parts['port']}" if parts.get("port") else ""
    return {"database": str(parts.get("dbname") or parts.get("user") or "?"), "server": host + port}


def connect(url: str, *, autocommit: bool = False) -> psycopg.Connection:
    """A connection to the office database at ``url``, or an :class:`OfficeServerError`."""
    import psycopg

    try:
        return psycopg.connect(network_conninfo(url), autocommit=autocommit)
    except psycopg.ProgrammingError:
        # Never the error's text: libpq quotes the faulty part, which may be the password.
        raise UsageError(
            "That is not a valid address of an office database; it looks like "
            "postgresql://user@server/database (special characters in it %-encoded)."
        ) from None
    except psycopg.Error as error:
        raise _in_words(error, where(url)) from None


def network_conninfo(url: str) -> str:
    """``url`` with :data:`NETWORK_DEFAULTS` added where it does not set them itself."""
    from psycopg import pq
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    given = conninfo_to_dict(url)
    wanted = {key: value for key, value in NETWORK_DEFAULTS.items() if key not in given}
    if pq.version() < _TCP_USER_TIMEOUT_SINCE:
        wanted.pop("tcp_user_timeout", None)
    return make_conninfo(url, **wanted)


def with_password(url: str, password: str) -> str:
    """The connection string of ``url`` with ``password``: for the connection only, kept
    in memory, never written anywhere (a settings file, a log line)."""
    from psycopg.conninfo import make_conninfo

    return make_conninfo(url, password=password)


def without_password(url: str) -> str:
    """``url`` as it may be shown and remembered: any password in it taken out (in the
    user part, ``user:secret@``, or as a ``password=`` parameter)."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        user, _, host = netloc.rpartition("@")
        netloc = f"{user.split(':', 1)[0]}@{host}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "password"]
    return urlunsplit(parts._replace(netloc=netloc, query=urlencode(query, safe="/")))


def _in_words(error: Exception, place: dict[str, str]) -> OfficeServerError:
    text = str(error).lower()
    if "password authentication failed" in text or "no password supplied" in text:
        needed = PasswordNeeded if "no password supplied" in text else AuthenticationFailed
        return needed(
            "The office server refused the login (database {database} on {server}): the user "
            "name or password is wrong. Check them, or the password in ~/.pgpass or PGPASSWORD.",
            **place,
        )
    if "does not exist" in text and "database" in text:
        return NotCaseDesk(
            "There is no database {database} on {server}. Check the database name in the address.",
            **place,
        )
    if "role" in text and "does not exist" in text:
        return AuthenticationFailed(
            "The office server has no such user (database {database} on {server}). Ask the "
            "office's administrator to add you (casedesk office-server add-user).",
            **place,
        )
    return ServerUnreachable(
        "The office server could not be reached (database {database} on {server}). Check "
        "that it is running and that this computer is on the office network, then try again.",
        **place,
    )


def refused(error: Exception) -> NotAllowed:
    """A server's refusal of a write (a psycopg InsufficientPrivilege) in plain words."""
    return NotAllowed(
        "The office server refused this: your login is not allowed to make this change. "
        "Ask the office's administrator for the volunteer or admin role."
    )


# The sentence of a lost read (and of a lost write: case_rows.plain_writes).
LOST_WHILE_READING = (
    "The connection to the office server was lost; nothing was saved by this step. Check "
    "that the server is running and reachable, then try again."
)


@contextmanager
def plain_reads(conn: psycopg.Connection, lost: str = LOST_WHILE_READING) -> Iterator[None]:
    """A login that may not read documents, or a lost connection, while reading, as a
    CaseDesk error in plain words (``lost``: the sentence for a lost connection; it may
    name the {database} and the {server})."""
    import psycopg

    place = {"database": conn.info.dbname, "server": conn.info.host}
    try:
        yield
    except psycopg.errors.InsufficientPrivilege:
        raise NotAllowed(
            "This login may not read the documents of the database {database} on {server}. "
            "Ask the office's administrator to make it a reader or a volunteer.",
            **place,
        ) from None
    except psycopg.OperationalError:
        raise ServerUnreachable(lost, **place) from None
