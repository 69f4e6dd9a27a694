"""Originals in the office database go in and out one chunk at a time."""

from __future__ import annotations

import random
import tracemalloc

import psycopg

from index.office.check import check_office
from index.office.originals import put_original
from index.office.schema import CHUNK_SIZE

SIZE = 24 * CHUNK_SIZE


def test_a_large_original_is_stored_and_checked_without_holding_it_whole(office, tmp_path) -> None:
    """GIVEN a 24 MiB file WHEN it is stored in the office database and the database is
    checked (every original hashed) THEN it is 24 chunks, the check finds it sound, and
    neither step held more than a few MiB of Python memory at once."""
    path = tmp_path / "scan.tif"
    rng = random.Random(2024)
    with path.open("wb") as f:
        for _ in range(SIZE // CHUNK_SIZE):
            f.write(rng.randbytes(CHUNK_SIZE))
    tracemalloc.start()
    try:
        with psycopg.connect(office.url) as conn:
            put_original(conn, path)
        stored_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        report = check_office(office.url)
        checked_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert report.counts["original_chunks"] == 24 and report.originals_hashed == 1
    assert report.errors == []
    assert stored_peak < 8 * CHUNK_SIZE, stored_peak
    assert checked_peak < 8 * CHUNK_SIZE, checked_peak
