"""How long a desk's own index takes to catch up with N new documents in the office
database, and whether searching it is as fast as searching a folder archive.

Starts a throwaway PostgreSQL (tests/support/pg_cluster.py), sets up an office database,
and writes the same N invented documents (two pages of made-up words each) into it and
into a folder archive's SQLite catalog.  Then times, in the same run:
- the folder archive indexing them (``index_pending``: the baseline),
- a desk catching up with them from ``changes`` (after a first catch-up of an empty
  database), and
- the same queries on both, taking turns (median of several rounds), snippets included:
  the folder reads page texts from SQLite, the desk from PostgreSQL; and that reading
  alone (the pages of 20 hits).

    .venv/bin/python -m benchmarks.desk_catch_up [--documents 2000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import psycopg

from index.archive import Archive
from index.catalog.records import NewDocument
from index.office.desk_index import DeskIndex
from index.office.setup import init_database
from tests.support import pg_cluster
from tests.support.office_documents import add_document

_WORDS = ("asylum", "interview", "tenancy", "landlord", "clinic", "school", "appeal",
          "hearing", "deadline", "passport", "tazkira", "visa", "refugee", "family", "reunion",
          "letter", "evidence", "court", "rent", "notice", "medical", "employment", "benefit",
          "housing", "council", "officer", "solicitor", "translation", "witness",
          "statement")  # fmt: skip
QUERIES = ("asylum", "tenancy notice", "appeal hearing", "passport", "family reunion",
           "medical evidence", "court", "rent", "witness statement", "Kabul")  # fmt: skip


def _pages(rng: random.Random, number: int) -> tuple[str, str]:
    def page() -> str:
        return " ".join(rng.choice(_WORDS) for _ in range(300))

    return (f"Letter {number} from Kabul. " + page(), page())


def _medians_ms(finds: dict[str, Callable], rounds: int) -> dict[str, float]:
    """Median time of each ``find`` over the queries, the two taking turns query by query
    (so a busy moment of the shared machine falls on both)."""
    times: dict[str, list[float]] = {name: [] for name in finds}
    for _ in range(rounds):
        for query in QUERIES:
            for name, find in finds.items():
                started = time.perf_counter()
                find(query)
                times[name].append(time.perf_counter() - started)
    return {name: round(statistics.median(t) * 1000, 2) for name, t in times.items()}


def measure(documents: int, rounds: int) -> dict[str, float]:
    """Seconds to index and catch up, documents a second, search medians in ms."""
    rng = random.Random(24)
    texts = [_pages(rng, n) for n in range(documents)]
    with tempfile.TemporaryDirectory() as scratch:
        base = Path(scratch)
        server = Path(tempfile.mkdtemp(prefix="casedesk-pg-"))  # as tests/office/conftest.py
        url = pg_cluster.start(server).url
        try:
            init_database(url)
            with (
                Archive.open(base / "archive", write=True) as archive,
                psycopg.connect(url, autocommit=True) as conn,
                DeskIndex(conn, base / "cache") as desk,
            ):
                folder_s = _fill_folder(archive, texts)
                desk.catch_up()
                with psycopg.connect(url) as writer:
                    for n, pages in enumerate(texts):
                        add_document(writer, f"Letter {n}", pages)
                started = time.perf_counter()
                done = desk.catch_up()
                desk_s = time.perf_counter() - started
                ms = _medians_ms(
                    {
                        "desk_search_median_ms": desk.find,
                        "folder_search_median_ms": archive.find,
                        "pages_of_20_hits_desk_ms": _pages_at_once(desk._pages_of),
                        "pages_of_20_hits_folder_ms": _pages_of_20(archive.catalog.pages),
                    },
                    rounds,
                )
        finally:
            pg_cluster.remove(server)
    return {
        "documents": done.indexed,
        "desk_catch_up_s": round(desk_s, 2),
        "desk_documents_per_s": round(documents / desk_s),
        "folder_index_s": round(folder_s, 2),
        "catch_up_vs_folder": round(desk_s / folder_s, 2),
        **ms,
        "search_desk_vs_folder": round(
            ms["desk_search_median_ms"] / ms["folder_search_median_ms"], 2
        ),
    }


def _pages_of_20(pages_of: Callable[[int], object]) -> Callable[[str], None]:
    """Reading the pages of one results page (20 hits), as a search does."""

    def read(query: str) -> None:
        first = 1 + len(query) * 7
        for doc_id in range(first, first + 20):
            pages_of(doc_id)

    return read


def _pages_at_once(pages_of_hits: Callable[[list[int]], object]) -> Callable[[str], None]:
    """Reading the pages of one results page (20 hits) in one query, as a desk does."""

    def read(query: str) -> None:
        first = 1 + len(query) * 7
        pages_of_hits(list(range(first, first + 20)))

    return read


def _fill_folder(archive: Archive, texts: list[tuple[str, str]]) -> float:
    """Write the documents into the folder's catalog; seconds to index them."""
    for n, pages in enumerate(texts):
        new = NewDocument(f"{n:064x}", 100, f"Letter {n}.txt", f"Letter {n}", "text", "letter",
                          pages)  # fmt: skip
        archive.catalog.add_document(new, None)
    started = time.perf_counter()
    archive.index_pending()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    print(json.dumps(measure(args.documents, args.rounds), indent=2))


if __name__ == "__main__":
    main()
