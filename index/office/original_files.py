"""An office original as a local file: fetched from its chunks into a desk's cache folder.

Drafting cites, packets bind and a window opens a file on this computer, not rows.  The
chunks are streamed to a temporary file in the cache folder (a few at a time, never the
whole original in memory), hashed on the way, and the file is given its name (its SHA-256)
only when the hash is the one asked for.  A file already in the cache is hashed again
before it is used, so a damaged or changed copy is fetched again, never handed out.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from index.errors import DocumentError
from index.office.originals import chunks
from index.originals import file_sha256, fsync_folder

if TYPE_CHECKING:
    import psycopg


def cache_root() -> Path:
    """Where desks keep the office originals they fetched: the user's cache folder."""
    from platformdirs import user_cache_path

    return user_cache_path("CaseDesk", appauthor=False) / "office-originals"


def local_original(conn: psycopg.Connection, sha256: str, folder: Path) -> Path:
    """The original ``sha256`` as a file in ``folder`` (fetched when missing or damaged)."""
    target = folder / sha256
    if target.is_file() and file_sha256(target) == sha256:
        return target
    size = _size(conn, sha256)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".fetching-")
    try:
        with os.fdopen(fd, "wb") as out:
            digest, written = _stream(conn, sha256, out)
            out.flush()
            os.fsync(out.fileno())
        if digest != sha256 or written != size:
            raise DocumentError(
                "The original {sha}… in the office database does not match its fingerprint "
                "(SHA-256). Run casedesk check on the office database.",
                sha=sha256[:12],
            )
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    fsync_folder(folder)
    return target


def _size(conn: psycopg.Connection, sha256: str) -> int:
    found = conn.execute("SELECT size FROM originals WHERE sha256 = %s", (sha256,)).fetchone()
    if found is None:
        raise DocumentError(
            "The original {sha}… is not in the office database. Run casedesk check on it.",
            sha=sha256[:12],
        )
    return int(found[0])


def _stream(conn: psycopg.Connection, sha256: str, out: BinaryIO) -> tuple[str, int]:
    """Write the chunks in order to ``out``; their SHA-256 and how many bytes (a gap in
    the chunks' numbers gives a hash that cannot match)."""
    digest, written, expected = hashlib.sha256(), 0, 0
    with conn.transaction():
        for number, data in chunks(conn, sha256):
            if number != expected:
                return "gap", written
            digest.update(data)
            out.write(data)
            written, expected = written + len(data), expected + 1
    return digest.hexdigest(), written
