"""The office's own files in its database: its logo and the templates it added.

Each is kept as an original (content-addressed, in chunks: the same bytes stored once)
and named in ``settings``: ``office.logo`` (the logo's path as a folder names it,
``office/logo.png``) with ``office.logo_sha256``, and ``template:NAME.html`` (or
``.docx``) for each template.  Settings are written by an admin only (grants), each
change in one transaction with an ``office changed`` audit row naming what changed,
never a value.  A desk gets them as files (:func:`office_files`): a folder laid out as an
archive folder's (``templates/``, ``office/logo.png``), so drafting reads it as it reads a
folder's own templates and logo.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

from index.errors import UsageError
from index.office.case_rows import plain_writes
from index.office.connect import plain_reads
from index.office.originals import put_original_bytes

LOGO, LOGO_SHA = "office.logo", "office.logo_sha256"
TEMPLATE = "template:"
# A template's file: NAME.html, a part _NAME.html, or a Word version NAME.docx.
_FILE_NAME = re.compile(r"_?[a-z0-9][a-z0-9_-]*\.(html|docx)\Z")


def set_logo(conn: psycopg.Connection, data: bytes, suffix: str) -> str:
    """Keep the picture ``data`` (checked by the caller) as the office's logo; its path."""
    path = f"office/logo{suffix}"
    with plain_writes(), conn.transaction():
        sha = put_original_bytes(conn, data)
        _set(conn, LOGO, path)
        _set(conn, LOGO_SHA, sha)
        _audit(conn, {"changed": ["logo"]})
    return path


def add_template(conn: psycopg.Connection, name: str, data: bytes) -> None:
    """Keep the template file ``name`` (replacing the office's one of that name)."""
    if not _FILE_NAME.match(name):
        raise UsageError(
            "A template's file is named like referral-letter.html, _letterhead.html or "
            "referral-letter.docx (small letters, digits, - and _): {name} is not.",
            name=name,
        )
    with plain_writes(), conn.transaction():
        _set(conn, TEMPLATE + name, put_original_bytes(conn, data))
        _audit(conn, {"templates added": [name]})


def remove_template(conn: psycopg.Connection, name: str) -> bool:
    """Forget the office's template file ``name``; False when it had none of that name."""
    with plain_writes(), conn.transaction():
        gone = conn.execute("DELETE FROM settings WHERE key = %s", (TEMPLATE + name,)).rowcount
        if gone:
            _audit(conn, {"templates removed": [name]})
    return bool(gone)


def stored_files(conn: psycopg.Connection) -> dict[str, str]:
    """The office's files by their path in an archive folder (``templates/x.html``,
    ``office/logo.png``), each with its original's SHA-256."""
    with plain_reads(conn):
        rows = dict(conn.execute("SELECT key, value FROM settings").fetchall())
    files = {
        f"templates/{key[len(TEMPLATE) :]}": sha
        for key, sha in rows.items()
        if key.startswith(TEMPLATE) and _FILE_NAME.match(key[len(TEMPLATE) :])
    }
    if rows.get(LOGO, "").startswith("office/logo.") and rows.get(LOGO_SHA):
        files[rows[LOGO]] = rows[LOGO_SHA]
    return files


@contextmanager
def office_files(
    conn: psycopg.Connection, original: Callable[[str], Path], work: Path
) -> Iterator[Path]:
    """A folder laid out as an archive folder's, holding the office's templates and logo,
    for the length of the block (made in ``work``, a folder of this desk's; removed after).
    ``original(sha256)`` gives an original as a checked local file."""
    work.mkdir(mode=0o700, parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp(dir=work, prefix="office-files-"))
    try:
        for relative, sha in stored_files(conn).items():
            target = root / relative
            target.parent.mkdir(exist_ok=True)
            shutil.copyfile(original(sha), target)  # a copy: the cached original stays whole
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _set(conn: psycopg.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (%s, %s) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def _audit(conn: psycopg.Connection, detail: dict[str, object]) -> None:
    conn.execute(
        "INSERT INTO audit (action, detail) VALUES ('office changed', %s)", (json.dumps(detail),)
    )
