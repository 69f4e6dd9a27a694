"""The search index on disk (Whoosh), derived from the catalog and rebuildable from it.

:class:`SearchIndex` is the one interface the rest of CaseDesk uses for full-text
search: add, delete, search (with facets, paging and suggestions), count.  It keeps one
searcher open and refreshes it only when the index changed, because opening a searcher
on a large index is expensive.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from whoosh import collectors, sorting
from whoosh import index as whoosh_index
from whoosh import query as wq

from index.catalog.records import IndexEntry
from index.search import mapped
from index.search.corrections import install as _install_corrections
from index.search.fastwords import install as _install_fastwords
from index.search.inlining import install as _install_inlining
from index.search.merging import (
    ingest_tidy,
    merge_later,
    shares,
    worth_mentioning,
    worth_optimising,
)
from index.search.pooling import install as _install_pooling
from index.search.postings import field_postings, posting_ids
from index.search.query import Built, QueryBuilder
from index.search.results import Hit, SearchResult
from index.search.schema import build_schema, to_document
from index.search.snippets import Finder
from index.search.speedups import install as _install_speedups
from index.search.spelling import closest_word

if TYPE_CHECKING:  # the helpers (processes) are imported where they are used: not to search
    from index.search.parallel import Loader, SegmentHelpers

_WRITER_MEMORY_MB = 128
# From this many documents on, queries are scored as arrays (index.search.vectorised, which
# brings NumPy: about 0.1 s to import, more than a small archive's whole search takes).
VECTORISE_FROM = 1000
_install_speedups()
_install_corrections()
_install_fastwords()
_install_pooling()
_install_inlining()
FACETS = ("kind", "case", "year", "language", "tag")
PagesFor = Callable[[list[int]], Mapping[int, Sequence[str]]]  # ids -> their page texts
_FEW_VALUES = 64  # facets with at most this many values are counted by set intersection
# What the index's words were folded by: raise INDEX_FORMAT whenever an analyzer changes
# the terms it makes, and an index with another (or no) format is rebuilt from the catalog
# the next time the archive is opened for writing.  2: Pashto and Urdu letters kept in the
# exact tier and keyboard-folded in the second (index/text/keyboards.py).
INDEX_FORMAT = "2"
FORMAT_FILE = "casedesk-format"


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

    def __init__(self, folder: Path, *, vectorised: bool | None = None) -> None:
        self.folder = folder
        # None: as arrays from VECTORISE_FROM documents on; False: every query the Whoosh
        # way (to compare); True: as arrays whatever the size.
        self.vectorised = vectorised
        self._index = None
        self._view: _View | None = None
        # Each segment's facets as arrays, kept from one version of the index to the next
        # (facetarrays.version_arrays): a new version mostly adds segments.
        self._facet_parts: dict[tuple, object] = {}
        self._present: tuple[int, set[int]] = (-1, set())  # see _ids_present

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

    def outdated(self) -> bool:
        """True when the index was written by analyzers other than today's (an older
        CaseDesk): its words would not be found as queries now fold them."""
        try:
            return (self.folder / FORMAT_FILE).read_text().strip() != INDEX_FORMAT
        except OSError:
            return True

    def close(self) -> None:
        """Close the open searcher."""
        if self._view is not None:
            self._view.searcher.close()
            self._view = None

    def clear(self) -> None:
        """Throw the index away and start an empty one."""
        self.close()
        if self.folder.exists():
            import shutil  # only to throw an index away: not on a search's path

            shutil.rmtree(self.folder)
        self.folder.mkdir(parents=True)
        self._index = whoosh_index.create_in(self.folder, build_schema())
        (self.folder / FORMAT_FILE).write_text(INDEX_FORMAT + "\n")

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

    def add_by(self, helpers: SegmentHelpers, ids: Sequence[int]) -> list[int]:
        """Add or replace the documents ``ids``, written by ``helpers`` in parallel
        (:mod:`index.search.parallel`); returns the ids now committed to disk."""
        from index.search import parallel

        writer = self._index.writer(limitmb=_WRITER_MEMORY_MB)
        writer.mergetype = merge_later  # an ingest: the full merge comes at idle
        present = self._ids_present(writer)
        done = parallel.commit(writer, ids, helpers, [i for i in ids if i in present])
        present.update(done)
        self._present = (writer.generation, present)
        return done

    def _ids_present(self, writer) -> set[int]:
        """The ids in the index ``writer`` is about to change (and perhaps some deleted).

        An ingest adds mostly new documents, and replacing each one meant looking its
        id up in every segment (a sixth of the indexing process's time at 10,000
        files).  The set is read once from the id field's terms and kept, with what
        this object commits, for as long as no one else has committed since.
        """
        generation, present = self._present
        if generation != writer.generation - 1:
            with self._index.reader() as reader:
                present = {int(term) for term in reader.lexicon("id")}
        return present

    def helpers(self, load: Loader, count: int) -> SegmentHelpers:
        """``count`` processes to write new documents for :meth:`add_by`, reading them
        with ``load(ids)``; forked from this process, so make them before anything big."""
        from index.search.parallel import SegmentHelpers

        return SegmentHelpers(self.folder, load, count, max(16, _WRITER_MEMORY_MB // count))

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

    def segments(self) -> int:
        """How many segments the index is in (see :mod:`index.search.merging`)."""
        return len(self._index._segments())

    def segment_ids(self) -> set[str]:
        """The names of the segments the index is in now."""
        return {segment.segment_id() for segment in self._index._segments()}

    def tidy_ingested(self, helpers: SegmentHelpers, before: set[str]) -> int:
        """Merge the segments written since the index was in the segments ``before`` (an
        ingest's), one share per helper at once (:func:`merging.ingest_tidy`); how many
        segments the index is in afterwards."""
        from index.search import parallel

        writer = self._index.writer(limitmb=_WRITER_MEMORY_MB)
        chosen = ingest_tidy(writer.segments, before, helpers.count)
        if not chosen:
            writer.cancel()
            return self.segments()
        return parallel.merge(writer, shares(chosen, helpers.count), helpers)

    def needs_optimise(self) -> bool:
        """True when an optimise would pay off (see :func:`merging.worth_optimising`)."""
        return worth_optimising([s.doc_count_all() for s in self._index._segments()])

    def slow_parts(self) -> int:
        """How many parts the index is in when that slows searches enough to tell the
        user (see :func:`merging.worth_mentioning`); 0 otherwise."""
        sizes = [s.doc_count_all() for s in self._index._segments()]
        return len(sizes) if worth_mentioning(sizes) else 0

    def optimise(self) -> None:
        """Merge the whole index into one segment: slow (minutes at 100,000 documents),
        for a background process or an idle moment; searches go on meanwhile."""
        self._index.writer(limitmb=_WRITER_MEMORY_MB).commit(optimize=True)

    def _current(self) -> _View:
        """The index as it is now; one operation uses one view from start to end.

        Taking it once matters while another process writes: a second look in the middle
        of a search could see a newer version (and the first one closed), mixing the
        document numbers of two versions.
        """
        if self._view is not None and not self._view.searcher.up_to_date():
            # Open anew rather than refresh(): Whoosh's refresh reuses a segment's reader
            # even when documents in it were replaced since (re-indexed for a tag or a case
            # link), so the old version of each would still be found beside the new one.
            self.close()
        if self._view is None:
            searcher = self._index.searcher()
            arrays = self.vectorised
            if arrays is None:
                arrays = searcher.doc_count_all() >= VECTORISE_FROM
            self._view = _View(searcher, arrays, self._facet_parts)
        return self._view

    def ids(self) -> set[int]:
        """The id of every document in the index."""
        return {int(f["id"]) for f in self._current().searcher.all_stored_fields()}

    def count(self) -> int:
        """How many documents the index holds."""
        return self._current().searcher.doc_count()

    def search(
        self,
        text: str,
        options: SearchOptions | None = None,
        pages_of: Callable[[int], Sequence[str]] | None = None,
        pages_of_hits: PagesFor | None = None,
    ) -> SearchResult:
        """Search; ``pages_of(id)`` gives a document's page texts for page and snippets
        (or ``pages_of_hits(ids)`` those of all the hits shown at once: one query to an
        office server rather than one per hit).

        The common shapes (words, fields, AND / OR / NOT of them: :mod:`vectorised`) are
        scored as arrays over whole posting lists, with Whoosh's formula, and give the
        exact total with the hits.  Others (phrases, date ranges, sorting by date) go
        through Whoosh's top-N search, which skips blocks of postings that cannot reach
        the page shown; their exact total and facet counts are counted (when
        ``options.facets``) from the postings as sets of document numbers, without
        scoring, and without them the total is an estimate and ``exact`` is false.
        """
        options = options or SearchOptions()
        view = self._current()
        built, filters = view.prepare(text, options)
        pages_for = pages_of_hits or (_one_by_one(pages_of) if pages_of else None)
        page = max(1, options.page)
        if options.sort == "relevance" and view.vectorisable(built.query, filters):
            hits, total, facets, exact = view.ranked(built, filters, options, pages_for)
        else:
            hits, total, facets, exact = view.collected(built, filters, options, pages_for)
        suggestion = view.suggest(text, built) if total < 3 else ""
        view.release_mapped()
        return SearchResult(
            total=total,
            hits=hits,
            facets=facets,
            suggestion=suggestion,
            ignored=tuple(built.notes),
            page=page,
            pages=max(1, math.ceil(total / options.limit)),
            marks=built.marks,
            exact=exact,
        )

    def tally(
        self, text: str, options: SearchOptions | None = None
    ) -> tuple[int, dict[str, dict[str, int]]]:
        """The exact number of matches and the facet counts, without finding the best hits.

        The window shows a query's hits first (``facets=False``) and fills in these
        counts when they come.
        """
        view = self._current()
        built, filters = view.prepare(text, options or SearchOptions())
        if view.vectorisable(built.query, filters):
            found = _arrays().rank(view.searcher, built.query, filters, 0).matched
            counted = len(found), view.facet_counts_of(found)
        else:
            matched = view.matching(built, filters)
            counted = len(matched), view.facet_counts(matched)
        view.release_mapped()
        return counted


class _View:
    """One version of the index: its searcher, and the facet tables read from it."""

    def __init__(self, searcher, vectorising: bool = True, facet_parts: dict | None = None) -> None:
        self.searcher = searcher
        self.vectorising = vectorising
        self._facet_parts = {} if facet_parts is None else facet_parts  # see facet_counts_of
        self._facet_docs: dict[str, dict] = {}  # see facet_table
        self._facet_arrays: dict = {}  # facet name -> facetarrays.FacetArrays, see facet_counts_of

    def release_mapped(self) -> None:
        """On a large index, drop the pages searches read of the mapped segment files from
        the process's memory once over :data:`mapped.BUDGET_BYTES`
        (:mod:`index.search.mapped`); a small one is left as it is."""
        if self.vectorising:
            mapped.keep_within(self.searcher)

    def prepare(self, text: str, options: SearchOptions) -> tuple[Built, wq.Query | None]:
        built = QueryBuilder(self.searcher.reader(), options.today).build(text)
        return built, _filters(options)

    def vectorisable(self, query: wq.Query, filters: wq.Query | None) -> bool:
        """True when the query (and filters) can be scored as arrays (:mod:`vectorised`)."""
        if not self.vectorising:
            return False
        arrays = _arrays()
        return arrays.handles(query, self.searcher) and (
            filters is None or arrays.handles(filters, self.searcher)
        )

    def ranked(
        self, built: Built, filters: wq.Query | None, options: SearchOptions, pages_for: PagesFor
    ) -> tuple[tuple[Hit, ...], int, dict[str, dict[str, int]], bool]:
        """The page of hits, the exact total and the facets, scored as arrays."""
        page = max(1, options.page)
        ranked = _arrays().rank(self.searcher, built.query, filters, page * options.limit)
        shown = ranked.best[(page - 1) * options.limit :]
        stored = self.searcher.stored_fields
        hits = _hits([(stored(docnum), score) for docnum, score in shown], built, pages_for)
        facets = self.facet_counts_of(ranked.matched) if options.facets else {}
        return hits, ranked.total, facets, True

    def collected(
        self, built: Built, filters: wq.Query | None, options: SearchOptions, pages_for: PagesFor
    ) -> tuple[tuple[Hit, ...], int, dict[str, dict[str, int]], bool]:
        """The page of hits, the total and the facets from Whoosh's top-N search, which
        skips blocks of postings that cannot reach the page shown."""
        searcher = self.searcher
        page = max(1, options.page)
        wanted = page * options.limit
        seen = _Seen(_collector(searcher, wanted, options.sort))
        collector = collectors.FilterCollector(seen, allow=filters) if filters else seen
        searcher.search_with_collector(built.query, collector)
        results = collector.results()
        first = (page - 1) * options.limit
        shown = results[first : first + options.limit]
        hits = _hits([(r.fields(), r.score) for r in shown], built, pages_for)
        if options.facets:
            # When no block could be skipped (phrases, sorting) every match was seen:
            # counting them again would evaluate the query twice.
            matched = seen.docs if seen.complete else self.matching(built, filters)
            return hits, len(matched), self.facet_counts(matched), True
        if results.scored_length() < wanted or results.has_exact_length():
            return hits, len(results), {}, True  # every match was collected: no skipping
        estimate = max(results.estimated_min_length(), results.scored_length())
        return hits, estimate, {}, False

    def matching(self, built: Built, filters: wq.Query | None) -> set[int]:
        """The document numbers matching the query and filters, counted from the postings."""
        if self.vectorisable(built.query, filters):
            return set(_arrays().rank(self.searcher, built.query, filters, 0).matched.tolist())
        query = wq.And([built.query, filters]) if filters is not None else built.query
        found: set[int] = set()
        for leaf, offset in self.searcher.leaf_searchers():
            local = _DocSets(leaf).of(query)
            found.update(local if offset == 0 else {offset + d for d in local})
        return found

    def facet_counts(self, matched: set[int]) -> dict[str, dict[str, int]]:
        """Counts per facet value among all matches, most common first."""
        counts: dict[str, dict[str, int]] = {}
        for name in FACETS:
            by_value = self.facet_table(name)
            if len(by_value) <= _FEW_VALUES:  # a set intersection per value, in C
                counts[name] = {value: len(matched & docs) for value, docs in by_value.items()}
            else:  # many values (cases): one pass over the matches
                values = self._values_by_doc(name)
                counts[name] = dict(
                    Counter(chain.from_iterable(values[d] for d in matched if d in values))
                )
        return {name: _ordered(counts[name]) for name in FACETS}

    def facet_counts_of(self, matched) -> dict[str, dict[str, int]]:
        """As :meth:`facet_counts`, for the array path's matches (a NumPy array of
        document numbers): one ``np.add.reduceat`` per facet (:mod:`facetarrays`), over
        arrays joined from each segment's, those of segments unchanged since the last
        version of the index used again."""
        from index.search.facetarrays import matches, version_arrays

        hit = matches(matched, self.searcher.doc_count_all())
        counts = {}
        for name in FACETS:
            if name not in self._facet_arrays:
                parts = self._facet_parts
                self._facet_arrays[name] = version_arrays(self.searcher, name, parts)
            counts[name] = self._facet_arrays[name].counts(hit)  # ordered as _ordered
        return counts

    def facet_table(self, name: str) -> dict[str, frozenset[int]]:
        """Facet value → the documents that have it, read once per index version.

        Whoosh's own facets re-read the field on every search; reading it once and
        counting only the matches keeps facets cheap on large archives.
        """
        if name not in self._facet_docs:
            table: dict[str, set[int]] = {}
            for leaf, offset in self.searcher.leaf_searchers():
                for term, docs in field_postings(leaf.reader(), name):
                    value = term.decode() if isinstance(term, bytes) else str(term)
                    table.setdefault(value, set()).update(
                        docs if offset == 0 else {offset + d for d in docs}
                    )
            self._facet_docs[name] = {v: frozenset(d) for v, d in table.items()}
        return self._facet_docs[name]

    def _values_by_doc(self, name: str) -> dict[int, tuple[str, ...]]:
        """Document number → its values of a facet, from :meth:`facet_table`."""
        key = f"{name}/by-doc"
        if key not in self._facet_docs:
            table: dict[int, list[str]] = {}
            for value, docs in self.facet_table(name).items():
                for docnum in docs:
                    table.setdefault(docnum, []).append(value)
            self._facet_docs[key] = {d: tuple(v) for d, v in table.items()}
        return self._facet_docs[key]  # type: ignore[return-value]

    def suggest(self, text: str, built: Built) -> str:
        """A corrected query when some plain words are in no document ("did you mean")."""
        suggestion = text
        for word in built.words:
            if self.searcher.doc_frequency("body", word) == 0:
                found = closest_word(self.searcher, "body", word)
                if found:
                    suggestion = _replace_word(suggestion, word, found)
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


def _collector(searcher, wanted: int, sort: str):
    """Whoosh's collector for the best ``wanted`` matches, without its matcher swaps.

    A scoring collector of Whoosh 2.7 replaces the query's matcher, every ten
    documents, with one it judges cheaper for the score the top N now needs
    (``Matcher.replace``). Those replacements are wrong for our queries: an AND lost
    its best documents (``tazkira passport``: the best hit scored 16.9 where 17.9 is
    first) and an AND NOT let through documents its NOT part holds (``Kabul -Herat
    -visa``: the second document of each segment). With no replacement (``replace =
    0``) the same collector gives Whoosh's full scoring's best hits and the exact
    matches, block skipping included. Sorting by date scores nothing and replaces
    nothing.
    """
    order = _order(sort)
    if order is not None:
        return collectors.SortingCollector(order, limit=wanted, reverse=sort == "date")
    if wanted >= searcher.doc_count():
        chosen = collectors.UnlimitedCollector()
    else:
        chosen = collectors.TopCollector(wanted, usequality=True)
    chosen.replace = 0
    return chosen


class _Seen(collectors.WrappingCollector):
    """Passes every match on to the top-N collector and remembers its document number.

    ``complete`` says whether the collector saw every match: false as soon as, in any
    segment, it could skip blocks whose documents cannot reach the top.
    """

    def prepare(self, top_searcher, q, context) -> None:
        super().prepare(top_searcher, q, context)
        self.docs: set[int] = set()
        self.complete = True

    def set_subsearcher(self, subsearcher, offset) -> None:
        super().set_subsearcher(subsearcher, offset)
        self.complete = self.complete and self.child.computes_count()

    def collect(self, sub_docnum: int):
        self.docs.add(self.offset + sub_docnum)
        return self.child.collect(sub_docnum)


class _DocSets:
    """Sets of document numbers matching a query in one segment, without scoring.

    Terms are read a block of postings at a time; AND, OR and NOT are set operations.
    Anything else (phrases, ranges) is left to Whoosh.
    """

    def __init__(self, leaf) -> None:
        self.leaf = leaf
        self.reader = leaf.reader()

    def of(self, query: wq.Query) -> set[int]:
        if isinstance(query, wq.Term):
            return self.term(query.fieldname, query.text)
        if isinstance(query, wq.Or):
            found: set[int] = set()
            for sub in query.subqueries:
                found |= self.of(sub)
            return found
        if isinstance(query, wq.And):
            parts = sorted((self.of(sub) for sub in query.subqueries), key=len)
            return set.intersection(*parts) if parts else set()
        if isinstance(query, wq.AndNot):
            return self.of(query.a) - self.of(query.b)
        if isinstance(query, wq.Every):
            return set(self.reader.all_doc_ids())
        if query is wq.NullQuery:
            return set()
        return set(self.leaf.docs_for_query(query))

    def term(self, field: str, text: object) -> set[int]:
        try:
            matcher = self.reader.postings(field, text)
        except Exception:  # the term or the field is not in this segment
            return set()
        return posting_ids(matcher)


def _ordered(counts: dict) -> dict[str, int]:
    """Values with their counts, most common first; empty values and zeros left out."""
    pairs = ((str(k), v) for k, v in counts.items() if v and k not in (None, ""))
    return dict(sorted(pairs, key=lambda kv: (-kv[1], kv[0])))


def _arrays():
    """:mod:`index.search.vectorised`, imported when a query is first scored as arrays."""
    from index.search import vectorised

    return vectorised


def _one_by_one(pages_of: Callable[[int], Sequence[str]]) -> PagesFor:
    """A ``pages_of(id)`` asked for each of the hits shown in turn."""
    return lambda ids: {doc_id: pages_of(doc_id) for doc_id in ids}


def _hits(
    rows: list[tuple[dict, object]], built: Built, pages_for: PagesFor | None
) -> tuple[Hit, ...]:
    """The hits shown, from their stored fields and scores; their pages asked at once and
    searched by one :class:`Finder`, so that each distinct word is decided once."""
    if pages_for is None:
        return tuple(_hit(fields, score, (0, ())) for fields, score in rows)
    texts = pages_for([int(fields["id"]) for fields, _ in rows])
    finder = Finder(built.marks)
    return tuple(
        _hit(fields, score, finder.locate(texts.get(int(fields["id"]), ())))
        for fields, score in rows
    )


def _hit(result: dict, score: object, where: tuple[int, tuple[str, ...]]) -> Hit:
    doc_id = int(result["id"])
    page, snippets = where
    dated = result.get("date")
    return Hit(
        id=doc_id,
        title=result["title"],
        kind=result.get("kind", ""),
        cases=tuple(c for c in result.get("case", "").split(",") if c),
        date=dated.date().isoformat() if dated else "",
        score=score if isinstance(score, float) else 0.0,
        path=result.get("path", ""),
        page=page,
        snippets=snippets,
    )


def _replace_word(text: str, folded: str, replacement: str) -> str:
    from index.text.normalize import fold

    words = text.split()
    return " ".join(replacement if fold(w) == folded else w for w in words)
