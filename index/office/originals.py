"""Originals in the office database: content-addressed by SHA-256, in 1 MiB chunks.

A 200 MB scan is written and read one chunk at a time, so neither side holds it whole.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from index.office.schema import CHUNK_SIZE
from index.originals import file_sha256

if TYPE_CHECKING:
    import psycopg


def put_original(conn: psycopg.Connection, path: Path) -> str:
    """Store the file at ``path`` (once: the same content is kept once) and return its sha256.

    In the caller's transaction: the row in ``originals`` and all its chunks commit together.
    """
    sha = file_sha256(path)
    with path.open("rb") as f:
        _put(conn, sha, path.stat().st_size, f.read)
    return sha


def put_original_bytes(conn: psycopg.Connection, data: bytes) -> str:
    """Store ``data`` (a draft, already in memory) as :func:`put_original` stores a file."""
    sha = hashlib.sha256(data).hexdigest()
    _put(conn, sha, len(data), io.BytesIO(data).read)
    return sha


def _put(conn: psycopg.Connection, sha: str, size: int, read: Callable[[int], bytes]) -> None:
    """The ``originals`` row and, when it is new, its chunks, read ``CHUNK_SIZE`` at a time."""
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    inserted = conn.execute(
        "INSERT INTO originals (sha256, size, stored_at) VALUES (%s, %s, %s) "
        "ON CONFLICT (sha256) DO NOTHING RETURNING sha256",
        (sha, size, stamp),
    ).fetchone()
    if not inserted:
        return
    # %b: the chunk is sent in binary, not as hex text twice its size.
    with conn.cursor() as cur:
        number = 0
        while block := read(CHUNK_SIZE):
            cur.execute(
                "INSERT INTO original_chunks (sha256, chunk, data) VALUES (%s, %s, %b)",
                (sha, number, block),
            )
            number += 1


def chunks(conn: psycopg.Connection, sha256: str) -> Iterator[tuple[int, bytes]]:
    """The chunks of one original in order, fetched two at a time (a server-side cursor;
    binary, so a chunk arrives as its bytes, not as hex text twice its size)."""
    with conn.cursor(name=f"chunks_{sha256[:16]}", binary=True) as cur:
        cur.itersize = 2
        cur.execute(
            "SELECT chunk, data FROM original_chunks WHERE sha256 = %s ORDER BY chunk", (sha256,)
        )
        for number, data in cur:
            yield number, bytes(data)
