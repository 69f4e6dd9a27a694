"""The search index on disk (Whoosh), derived from the catalog and rebuildable from it.

:class:`SearchIndex` is the one interface the rest of CaseDesk uses for full-text
search: add, delete, search (with facets, paging and suggestions), count.  It keeps one
searcher open and refreshes it only when the index changed, because opening a searcher
on a large index is expensive.
"""

from __future__ import annotations

import math
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh import sorting
from whoosh.searching import Results

from index.catalog.records import IndexEntry
from index.search.query import Built, QueryBuilder
from index.search.results import Hit, SearchResult
from index.search.schema import build_schema, to_document
from index.search.snippets import locate

_WRITER_MEMORY_MB = 128
FACETS = ("kind", "case", "year", "language", "tag")
_SINGLE_VALUED = ("kind", "year", "language")  # sortable columns: Whoosh counts them fast
_MULTI_VALUED = ("case", "tag")


@dataclass(frozen=True)
class SearchOptions:
    """How to search: filters, order, and which page of results."""

    kinds: tuple[str, ...] = ()
    cases: tuple[str, ...] = ()
    sort: str = "relevance"  # or "date" (newest first)
    limit: int = 20
    page: int = 1
    facets: bool = True
    today: date | None = None


class SearchIndex:
    """A Whoosh index in one folder; one writer at a time (the archive sees to that)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._index = None
        self._searcher = None
        self._multi_values: dict[str, dict[int, tuple[str, ...]]] = {}

    def open(self, *, create: bool) -> bool:
        """Open the index; False when it is missing or damaged (and ``create`` is false)."""
        try:
            if whoosh_index.exists_in(self.folder):
                self._index = whoosh_index.open_dir(self.folder)
                return True
        except Exception:
            pass
        if not create:
            return False
        self.clear()
        return True

    def close(self) -> None:
        """Close the open searcher."""
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

    def clear(self) -> None:
        """Throw the index away and start an empty one."""
        self.close()
        if self.folder.exists():
            shutil.rmtree(self.folder)
        self.folder.mkdir(parents=True)
        self._index = whoosh_index.create_in(self.folder, build_schema())

    def add(self, entries: Iterable[IndexEntry]) -> list[int]:
        """Add or replace documents; returns their ids once committed to disk."""
        done: list[int] = []
        writer = self._index.writer(limitmb=_WRITER_MEMORY_MB)
        try:
            for entry in entries:
                writer.update_document(**to_document(entry))
                done.append(entry.document.id)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        return done

    def delete(self, ids: Iterable[int]) -> None:
        """Remove documents from the index."""
        writer = self._index.writer()
        try:
            for doc_id in ids:
                writer.delete_by_term("id", str(doc_id))
        except BaseException:
            writer.cancel()
            raise
        writer.commit()

    def _current(self):
        if self._searcher is not None and not self._searcher.up_to_date():
            self._multi_values.clear()
            try:
                self._searcher = self._searcher.refresh()  # reuses unchanged segments
            except TypeError:  # Whoosh cannot refresh from an empty index; open anew
                self.close()
        if self._searcher is None:
            self._multi_values.clear()
            self._searcher = self._index.searcher()
        return self._searcher

    def ids(self) -> set[int]:
        """The id of every document in the index."""
        return {int(f["id"]) for f in self._current().all_stored_fields()}

    def count(self) -> int:
        """How many documents the index holds."""
        return self._current().doc_count()

    def search(
        self,
        text: str,
        options: SearchOptions | None = None,
        pages_of: Callable[[int], Sequence[str]] | None = None,
    ) -> SearchResult:
        """Search; ``pages_of(id)`` gives a document's page texts for page and snippets."""
        options = options or SearchOptions()
        searcher = self._current()
        built = QueryBuilder(searcher.reader(), options.today).build(text)
        page = max(1, options.page)
        results = searcher.search(
            built.query,
            limit=page * options.limit,
            filter=_filters(options),
            sortedby=_order(options.sort),
            reverse=options.sort == "date",
            groupedby=_facets() if options.facets else None,
            terms=False,
        )
        first = (page - 1) * options.limit
        hits = [_hit(r, built, pages_of) for r in results[first : first + options.limit]]
        total = len(results)
        return SearchResult(
            total=total,
            hits=tuple(hits),
            facets=self._facet_counts(results) if options.facets else {},
            suggestion=self._suggest(text, built) if total < 3 else "",
            ignored=tuple(built.notes),
            page=page,
            pages=max(1, math.ceil(total / options.limit)),
            marks=built.marks,
        )

    def _facet_counts(self, results: Results) -> dict[str, dict[str, int]]:
        """Counts per facet value among all matches, most common first."""
        counts = {name: dict(results.groups(name)) for name in _SINGLE_VALUED}
        matched = results.docs()
        for name in _MULTI_VALUED:
            values = self._values_of(name)
            tally: dict[str, int] = {}
            for docnum in matched:
                for value in values.get(docnum, ()):
                    tally[value] = tally.get(value, 0) + 1
            counts[name] = tally
        return {name: _ordered(counts[name]) for name in FACETS}

    def _values_of(self, name: str) -> dict[int, tuple[str, ...]]:
        """Document number → values of a multi-valued field, read once per index version.

        Whoosh's own overlapping facets re-read the whole field on every search; reading
        it once and counting only the matches keeps facets cheap on large archives.
        """
        if name not in self._multi_values:
            searcher = self._current()
            table: dict[int, list[str]] = {}
            for term in searcher.reader().field_terms(name):
                for docnum in searcher.postings(name, term).all_ids():
                    table.setdefault(docnum, []).append(term)
            self._multi_values[name] = {d: tuple(v) for d, v in table.items()}
        return self._multi_values[name]

    def _suggest(self, text: str, built: Built) -> str:
        """A corrected query when some plain words are in no document ("did you mean")."""
        searcher = self._current()
        corrector = searcher.corrector("body")
        suggestion = text
        for word in built.words:
            if searcher.doc_frequency("body", word) == 0:
                found = corrector.suggest(word, limit=1, maxdist=2)
                if found:
                    suggestion = _replace_word(suggestion, word, found[0])
        return suggestion if suggestion != text else ""


def _filters(options: SearchOptions) -> wq.Query | None:
    parts = []
    if options.kinds:
        parts.append(wq.Or([wq.Term("kind", k.lower()) for k in options.kinds]))
    if options.cases:
        parts.append(wq.Or([wq.Term("case", c.upper()) for c in options.cases]))
    return wq.And(parts) if parts else None


def _order(sort: str):
    if sort == "date":
        return sorting.MultiFacet([sorting.FieldFacet("date"), sorting.FieldFacet("added")])
    return None


def _facets() -> sorting.Facets:
    facets = sorting.Facets()
    for name in _SINGLE_VALUED:
        facets.add_field(name, maptype=sorting.Count)
    return facets


def _ordered(counts: dict) -> dict[str, int]:
    """Values with their counts, most common first, empty values left out."""
    pairs = ((str(k), v) for k, v in counts.items() if k not in (None, ""))
    return dict(sorted(pairs, key=lambda kv: (-kv[1], kv[0])))


def _hit(result, built: Built, pages_of: Callable[[int], Sequence[str]] | None) -> Hit:
    doc_id = int(result["id"])
    page, snippets = locate(pages_of(doc_id), built.marks) if pages_of else (0, ())
    dated = result.get("date")
    return Hit(
        id=doc_id,
        title=result["title"],
        kind=result.get("kind", ""),
        cases=tuple(c for c in result.get("case", "").split(",") if c),
        date=dated.date().isoformat() if dated else "",
        score=result.score if isinstance(result.score, float) else 0.0,
        path=result.get("path", ""),
        page=page,
        snippets=snippets,
    )


def _replace_word(text: str, folded: str, replacement: str) -> str:
    from index.text.normalize import fold

    words = text.split()
    return " ".join(replacement if fold(w) == folded else w for w in words)
