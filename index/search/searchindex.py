"""The search index on disk (Whoosh), derived from the catalog and rebuildable from it."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.fields import DATETIME, ID, KEYWORD, STORED, TEXT, Schema
from whoosh.qparser import MultifieldParser

from index.catalog.records import IndexEntry
from index.search.analysis import folding_analyzer

_WRITER_MEMORY_MB = 128


def _schema() -> Schema:
    text = folding_analyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        title=TEXT(analyzer=text, stored=True, field_boost=2.0),
        body=TEXT(analyzer=text),
        fields=TEXT(analyzer=text),
        kind=ID(stored=True),
        format=ID(stored=True),
        case=KEYWORD(stored=True, commas=True, lowercase=True),
        refs=KEYWORD(commas=True, lowercase=True),
        path=STORED(),
        added=DATETIME(stored=True),
    )


@dataclass(frozen=True)
class Hit:
    """One matching document."""

    id: int
    title: str
    kind: str
    path: str
    score: float


class SearchIndex:
    """A Whoosh index in one folder; one writer at a time (the archive sees to that)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._index = None

    def open(self, *, create: bool) -> bool:
        """Open the index; create an empty one if asked.  False when it is missing or damaged."""
        try:
            if whoosh_index.exists_in(self.folder):
                self._index = whoosh_index.open_dir(self.folder)
                return True
        except Exception:
            if not create:
                return False
        if not create:
            return False
        self.clear()
        return True

    def clear(self) -> None:
        """Throw the index away and start an empty one."""
        if self.folder.exists():
            shutil.rmtree(self.folder)
        self.folder.mkdir(parents=True)
        self._index = whoosh_index.create_in(self.folder, _schema())

    def add(self, entries: Iterable[IndexEntry]) -> list[int]:
        """Add or replace documents; returns their ids once committed to disk."""
        done: list[int] = []
        writer = self._index.writer(limitmb=_WRITER_MEMORY_MB)
        try:
            for entry in entries:
                writer.update_document(**_fields(entry))
                done.append(entry.document.id)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        return done

    def ids(self) -> set[int]:
        """The id of every document in the index."""
        with self._index.searcher() as searcher:
            return {int(f["id"]) for f in searcher.all_stored_fields()}

    def count(self) -> int:
        """How many documents the index holds."""
        return self._index.doc_count()

    def search(self, text: str, limit: int = 50) -> list[Hit]:
        """Documents matching ``text`` (all words must match), best first."""
        parser = MultifieldParser(["title", "body", "fields", "case", "refs"], self._index.schema)
        query = parser.parse(text)
        with self._index.searcher() as searcher:
            return [
                Hit(int(r["id"]), r["title"], r["kind"], r["path"], float(r.score))
                for r in searcher.search(query, limit=limit)
            ]


def _fields(entry: IndexEntry) -> dict[str, object]:
    doc = entry.document
    return {
        "id": str(doc.id),
        "title": doc.title,
        "body": "\n\n".join(entry.pages),
        "fields": "\n".join(f"{f.label or f.name} {f.value}" for f in entry.fields if f.value),
        "kind": doc.kind,
        "format": doc.format,
        "case": ",".join(entry.cases),
        "refs": ",".join(sorted({r.value for r in entry.refs})),
        "path": entry.paths[0] if entry.paths else "",
        "added": _parse_time(doc.added_at),
    }


def _parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=None)
