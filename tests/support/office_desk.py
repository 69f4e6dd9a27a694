"""A desk archive with one of every kind of read, and an office database it was pushed
into (real ingest and Tesseract, real SQLite, real PostgreSQL); every name invented."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from psycopg.conninfo import conninfo_to_dict

from desktop.demo_forms import build_form_pdf
from index.archive import Archive
from index.office.push import push_archive
from index.office.setup import init_database
from tests.office.conftest import OfficeDb
from tests.support.drafting import CASE_ID, build_archive, write_documents
from tests.support.scans import blank, save_scan

ROOT = Path(__file__).resolve().parents[2]
FORM = ROOT / "resources/demo/AFG-2024-00137/visa-form.form.json"
SCANNED = ("Letter of support for the family", "The office confirms the interview")


def build_desk(base: Path) -> Path:
    """The case (people, notes, office settings) with its letter and statement, a filled
    form, a scan read by OCR, a blank picture (a page with no text), a broken PDF (a
    problem), and two tags on the statement; the archive folder."""
    files = write_documents(base / "files")
    build_form_pdf(FORM, files / "visa-form.pdf")
    save_scan(files / "support-scan.png", SCANNED)
    blank(files / "blank.png")
    (files / "broken.pdf").write_bytes(b"%PDF-1.4 not really a PDF")
    root = base / "archive"
    ids = build_archive(root, files)
    with Archive.open(root, write=True) as archive:
        archive.catalog.set_tags(ids["statement.txt"], add=("urgent", "identity"))
    return root


@contextmanager
def pushed_office(desk: Path, pg_server: str) -> Iterator[OfficeDb]:
    """A new office database holding ``desk`` (pushed by its owner); dropped afterwards."""
    name = f"casedesk_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    parts = conninfo_to_dict(pg_server)
    where = f"host={parts['host']}&port={parts['port']}"
    owner = f"postgresql://{parts['user']}:{parts['password']}@/{name}?{where}"
    office = OfficeDb(owner, name, pg_server)
    try:
        init_database(office.url)
        push_archive(desk, office.url)
        yield office
    finally:
        with psycopg.connect(pg_server, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


def login(office: OfficeDb, role: str) -> tuple[str, str]:
    """A new login in group ``role``: its name and the URL it connects with."""
    from index.office.setup import add_user

    user, password = f"{role}_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    add_user(office.url, user, role, password)
    return user, office.as_user(user, password)


__all__ = ["CASE_ID", "SCANNED", "build_desk", "login", "pushed_office"]
