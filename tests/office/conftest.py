"""A real PostgreSQL for the office-server tests: the cluster ``tools/run-tests`` started
(``CASEDESK_TEST_PG``), or, when that is not set (``pytest tests/office`` alone), one
started here the same way.  Never skipped: a missing PostgreSQL fails the tests."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict

from index.office.setup import add_user, init_database
from tests.cli.conftest import casedesk  # noqa: F401  (the fixture, for the CLI tests here)
from tests.support import pg_cluster


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of a superuser on a running test cluster."""
    if os.environ.get("CASEDESK_TEST_PG"):
        yield os.environ["CASEDESK_TEST_PG"]
        return
    base = Path(tempfile.mkdtemp(prefix="casedesk-pg-"))
    try:
        yield pg_cluster.start(base).url
    finally:
        pg_cluster.remove(base)


@dataclass(frozen=True)
class OfficeDb:
    """One fresh database on the test cluster: ``url`` as its superuser; ``as_user`` for others."""

    url: str
    name: str
    server: str

    def as_user(self, user: str, password: str) -> str:
        """The URL of this database for the login ``user``."""
        parts = conninfo_to_dict(self.server)
        return (
            f"postgresql://{quote(user)}:{quote(password)}@/{self.name}"
            f"?host={parts['host']}&port={parts['port']}"
        )

    def login(self, role: str) -> psycopg.Connection:
        """A connection as a new login in group ``role`` (reader, volunteer, admin)."""
        user, password = f"{role}_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
        add_user(self.url, user, role, password)
        return psycopg.connect(self.as_user(user, password))


@pytest.fixture
def office_db(pg_server: str) -> Iterator[OfficeDb]:
    """An empty database, dropped after the test."""
    name = f"casedesk_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    parts = conninfo_to_dict(pg_server)
    url = (
        f"postgresql://{parts['user']}:{parts['password']}@/{name}"
        f"?host={parts['host']}&port={parts['port']}"
    )
    yield OfficeDb(url, name, pg_server)
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture
def office(office_db: OfficeDb) -> OfficeDb:
    """An office database set up by ``init``."""
    init_database(office_db.url)
    return office_db
