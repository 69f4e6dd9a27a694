"""The parts of an ingest, each timed alone in this one process.

- :func:`extract_all` — our extractors on every file (and, as the ingest does, on the
  attachments they carry), nothing else;
- :func:`prepare_all` — what the ingest does with the text before it is stored:
  normalising, finding references, guessing the language (:func:`build_document`);
- :func:`index_all` — CaseDesk's :class:`SearchIndex` (Whoosh, our schema) filled with
  that text in a temporary folder, in batches of 500 as a rebuild does;
- :func:`fts5_all` — the same title, text and form fields into an SQLite FTS5 table.

CPU seconds are this process's (``time.process_time``), so they are comparable with
the wall time of the real ingest divided by the cores it may use.
"""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from index.catalog.records import Document, IndexEntry, NewDocument
from index.extract.base import Extraction, ExtractionFailed, ExtractOptions
from index.extract.registry import extract_file
from index.ingest.discover import discover
from index.ingest.document import build_document
from index.originals import Stored
from index.search import SearchIndex
from index.text.references import DEFAULT_CASE_PATTERN

MAX_DEPTH = 5  # as the ingest: attachments of attachments, at most five deep
INDEX_BATCH = 500


@dataclass(frozen=True)
class Read:
    """One file (or attachment) our extractors read, with its hash and size."""

    name: str
    sha256: str
    size: int
    extraction: Extraction


@dataclass(frozen=True)
class Timed:
    """CPU and wall seconds of one part, and how many things it handled."""

    cpu_s: float
    wall_s: float
    count: int


class _Clock:
    """CPU and wall time added up over the moments it is running."""

    def __init__(self) -> None:
        self.cpu = 0.0
        self.wall = 0.0

    def __enter__(self) -> _Clock:
        self._cpu, self._wall = time.process_time(), time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.cpu += time.process_time() - self._cpu
        self.wall += time.perf_counter() - self._wall


def files_under(folder: Path) -> list[Path]:
    """The files the ingest would be given for ``folder``, in its order."""
    return [c.path for c in discover([folder], skip=None)]


def extract_all(folder: Path) -> tuple[list[Read], list[str], Timed]:
    """Read every file under ``folder`` and its attachments; also the names that failed."""
    clock, reads, failed = _Clock(), [], []
    with tempfile.TemporaryDirectory(prefix="casedesk-bench-") as scratch:
        pending = [(path, path.name, 0) for path in files_under(folder)]
        while pending:
            path, name, depth = pending.pop()
            try:
                with clock:
                    extraction = extract_file(path, Path(name).suffix.lower(), ExtractOptions())
            except ExtractionFailed:
                failed.append(name)
                continue
            data = path.read_bytes()
            reads.append(Read(name, hashlib.sha256(data).hexdigest(), len(data), extraction))
            if depth < MAX_DEPTH:
                pending += _saved(extraction, Path(scratch), len(reads), depth + 1)
    return reads, failed, Timed(clock.cpu, clock.wall, len(reads))


def _saved(extraction: Extraction, scratch: Path, number: int, depth: int) -> Iterator:
    """Write an extraction's attachments to ``scratch`` (the ingest stores them too)."""
    for i, attachment in enumerate(extraction.attachments):
        path = scratch / f"{number}-{i}"
        path.write_bytes(attachment.data)
        yield path, attachment.name or f"attachment-{i + 1}", depth


def prepare_all(reads: list[Read]) -> tuple[list[NewDocument], Timed]:
    """The catalog records the ingest would build from the extractions."""
    with _Clock() as clock:
        built = [
            build_document(
                r.extraction, Stored(r.sha256, r.size, True), r.name, DEFAULT_CASE_PATTERN
            )
            for r in reads
        ]
    return built, Timed(clock.cpu, clock.wall, len(built))


def entry_of(number: int, new: NewDocument) -> IndexEntry:
    """The search index entry the catalog would give for ``new`` as document ``number``."""
    document = Document(
        id=number,
        sha256=new.sha256,
        parent_id=None,
        name=new.name,
        title=new.title,
        format=new.format,
        kind=new.kind,
        date=new.date,
        page_count=len(new.pages),
        needs_ocr=len(new.needs_ocr),
        added_at="2026-11-28T09:00:00",
        indexed=False,
        metadata=new.metadata,
        language=new.language,
    )
    cases = tuple(dict.fromkeys(r.value for r in new.refs if r.kind == "case"))
    return IndexEntry(document, new.pages, new.fields, new.refs, cases, (new.name,))


def index_all(built: list[NewDocument], folder: Path) -> Timed:
    """Fill a new CaseDesk search index in ``folder`` with every document."""
    entries = [entry_of(i, new) for i, new in enumerate(built, start=1)]
    with _Clock() as clock:
        search = SearchIndex(folder)
        search.open(create=True)
        for start in range(0, len(entries), INDEX_BATCH):
            search.add(entries[start : start + INDEX_BATCH])
        search.close()
    return Timed(clock.cpu, clock.wall, len(entries))


def fts5_all(built: list[NewDocument], path: Path) -> Timed:
    """Insert every document's title, text and form fields into an SQLite FTS5 table."""
    rows = [
        (n.title, "\n\n".join(n.pages), "\n".join(f"{f.label} {f.value}" for f in n.fields))
        for n in built
    ]
    with _Clock() as clock:
        db = sqlite3.connect(path)
        db.execute(
            "CREATE VIRTUAL TABLE fts USING fts5(title, body, fields, "
            "tokenize = 'unicode61 remove_diacritics 2')"
        )
        db.executemany("INSERT INTO fts (title, body, fields) VALUES (?, ?, ?)", rows)
        db.commit()
        db.close()
    return Timed(clock.cpu, clock.wall, len(rows))
