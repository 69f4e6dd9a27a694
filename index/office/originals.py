"""Originals in the office database: content-addressed by SHA-256, in 1 MiB chunks.

A 200 MB scan is written and read one chunk at a time, so neither side holds it whole.
"""

from __future__ import annotations

from collections.abc import Iterator
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
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    inserted = conn.execute(
        "INSERT INTO originals (sha256, size, stored_at) VALUES (%s, %s, %s) "
        "ON CONFLICT (sha256) DO NOTHING RETURNING sha256",
        (sha, path.stat().st_size, stamp),
    ).fetchone()
    if inserted:
        # %b: the chunk is sent in binary, not as hex text twice its size.
        with path.open("rb") as f, conn.cursor() as cur:
            number = 0
            while block := f.read(CHUNK_SIZE):
                cur.execute(
                    "INSERT INTO original_chunks (sha256, chunk, data) VALUES (%s, %s, %b)",
                    (sha, number, block),
                )
                number += 1
    return sha


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
