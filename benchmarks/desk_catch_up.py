"""How long a desk's own index takes to catch up with N new documents in the office
database, and whether searching it is as fast as searching a folder archive.

Starts a throwaway PostgreSQL (tests/support/pg_cluster.py), sets up an office database,
and writes the same N invented documents (two pages of made-up words each) into it and
into a folder archive's SQLite catalog.  Then times, in the same run:
- the folder archive indexing them (``index_pending``: the baseline),
- a desk catching up with them from ``changes`` (after a first catch-up of an empty
  database), and
- the same queries on both (median of several rounds), snippets included: the folder reads
  page texts from SQLite, the desk from PostgreSQL.

    .venv/bin/python -m benchmarks.desk_catch_up [--documents 2000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
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


def _median_ms(find, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        for query in QUERIES:
            started = time.perf_counter()
            find(query)
            times.append(time.perf_counter() - started)
    return round(statistics.median(times) * 1000, 2)


def _pages_ms(pages_of, ids: list[int], rounds: int) -> float:
    """Median time to read the pages of one results page (20 hits), as a search does."""
    times = []
    for round_ in range(rounds * len(QUERIES)):
        chosen = ids[round_ % len(ids) :][:20]
        started = time.perf_counter()
        for doc_id in chosen:
            pages_of(doc_id)
        times.append(time.perf_counter() - started)
    return round(statistics.median(times) * 1000, 2)


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
            with psycopg.connect(url, autocommit=True) as conn:
                desk = DeskIndex(conn, base / "cache")
                desk.catch_up()
                with psycopg.connect(url) as writer:
                    for n, pages in enumerate(texts):
                        add_document(writer, f"Letter {n}", pages)
                started = time.perf_counter()
                done = desk.catch_up()
                desk_s = time.perf_counter() - started
                desk_ms = _median_ms(desk.find, rounds)
                ids = sorted(desk.search.ids())
                desk_pages_ms = _pages_ms(desk._pages, ids, rounds)
                desk.close()
            folder_s, folder_ms, folder_pages_ms = _folder(base / "archive", texts, rounds)
        finally:
            pg_cluster.remove(server)
    return {
        "documents": done.indexed,
        "desk_catch_up_s": round(desk_s, 2),
        "desk_documents_per_s": round(documents / desk_s),
        "folder_index_s": round(folder_s, 2),
        "catch_up_vs_folder": round(desk_s / folder_s, 2),
        "desk_search_median_ms": desk_ms,
        "folder_search_median_ms": folder_ms,
        "search_desk_vs_folder": round(desk_ms / folder_ms, 2),
        "pages_of_20_hits_desk_ms": desk_pages_ms,
        "pages_of_20_hits_folder_ms": folder_pages_ms,
    }


def _folder(root: Path, texts: list[tuple[str, str]], rounds: int) -> tuple[float, float, float]:
    with Archive.open(root, write=True) as archive:
        for n, pages in enumerate(texts):
            sha = f"{n:064x}"
            new = NewDocument(sha, 100, f"Letter {n}.txt", f"Letter {n}", "text", "letter", pages)
            archive.catalog.add_document(new, None)
        started = time.perf_counter()
        archive.index_pending()
        took = time.perf_counter() - started
        ids = sorted(archive.catalog.document_ids())
        pages_ms = _pages_ms(archive.catalog.pages, ids, rounds)
        return took, _median_ms(archive.find, rounds), pages_ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    print(json.dumps(measure(args.documents, args.rounds), indent=2))


if __name__ == "__main__":
    main()
