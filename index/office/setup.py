"""Setting an office database up (``office-server init``) and adding logins (``add-user``).

Init is idempotent: it takes an advisory lock (two inits at once wait for each other),
creates what is missing in one transaction, and re-applies the roles' grants.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from index.errors import UsageError
from index.office import roles, schema
from index.office.connect import NewerSchema, NotAllowed, connect, where

if TYPE_CHECKING:
    import psycopg

_INIT_LOCK = 0x43415345  # "CASE": any fixed number, the same for every CaseDesk init
_LOGIN_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


@dataclass(frozen=True)
class InitResult:
    """What ``init`` found and left: the schema version and whether it created it now."""

    version: int
    created: bool


def schema_version(conn: psycopg.Connection) -> int | None:
    """The database's CaseDesk schema version, or None when it has no CaseDesk tables."""
    found = conn.execute("SELECT to_regclass('public.schema_version') IS NOT NULL").fetchone()
    if not found or not found[0]:
        return None
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return row[0] if row and row[0] is not None else None


def init_database(url: str) -> InitResult:
    """Create the schema, the roles and their grants in the database at ``url``."""
    import psycopg

    with connect(url) as conn:
        try:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_INIT_LOCK,))
            current = schema_version(conn) or 0
            if current > schema.VERSION:
                raise NewerSchema(
                    "The database {database} on {server} was set up by a newer CaseDesk "
                    "(schema version {version}; this program knows up to {known}). Update "
                    "CaseDesk to use it.",
                    **where(url),
                    version=current,
                    known=schema.VERSION,
                )
            for version in range(current, schema.VERSION):
                conn.execute(schema.MIGRATIONS[version]())
                conn.execute("INSERT INTO schema_version (version) VALUES (%s)", (version + 1,))
            conn.execute(roles.grants_sql())
            conn.commit()
        except psycopg.errors.InsufficientPrivilege:
            raise NotAllowed(
                "This login may not set up the database {database} on {server}: init needs "
                "the database's owner with the right to create roles (CREATEROLE), such as "
                "the postgres user.",
                **where(url),
            ) from None
    return InitResult(schema.VERSION, created=current < schema.VERSION)


def add_user(url: str, name: str, role: str, password: str) -> None:
    """Create the login ``name`` in the group of ``role`` (reader, volunteer or admin).

    Only the password's SCRAM verifier, computed here by libpq, reaches the server, so
    the password is in no statement the server could log."""
    import psycopg
    from psycopg import sql

    if not _LOGIN_NAME.fullmatch(name):
        raise UsageError(
            "A login name is lower-case letters, digits and _ (at most 63), starting with a "
            "letter, for example farid_k."
        )
    if not password:
        raise UsageError("The password is empty; give one (it is not shown as you type).")
    with connect(url) as conn:
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
            raise UsageError("A login of that name already exists on this server.")
        verifier = conn.pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256")
        statement = sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
            sql.Identifier(name), sql.Literal(verifier.decode()), sql.Identifier(roles.ROLES[role])
        )
        try:
            conn.execute(statement)
            conn.commit()
        except psycopg.errors.InsufficientPrivilege:
            raise NotAllowed(
                "This login may not add users: that needs the right to create roles "
                "(CREATEROLE), such as the postgres user or the database's owner."
            ) from None
