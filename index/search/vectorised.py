"""The common query shapes scored as array arithmetic over whole posting lists.

Whoosh scores a query one posting at a time in Python: a plain word is an OR over seven
fields, so a word in half of a large archive costs hundreds of thousands of Python calls.
Here the same query is evaluated per segment on arrays (one score and one match flag per
document of the segment): a term's postings (:mod:`index.search.postingarrays`) are
scored at once with Whoosh's own formula — BM25F with the searcher's B and K1, the
term's idf and the field's average length from the whole index, each document's field
length from the segment's lengths column — or by weight for a field without lengths,
times the query's boost, as Whoosh's matchers do; OR and AND add the scores of what
matched, AND NOT keeps the left side's.  The best hits come from a partial sort
(``np.argpartition``), ties in the order Whoosh gives them (lower document number
first), and the exact total is the number of matches, free.

Handled (:func:`handles`): terms of any field (so plain words, ``case:``, ``kind:``,
wildcards and fuzzy words, which the builder has already expanded into terms), date
ranges (``date:2023``: the terms Whoosh's own range query compiles to, each match
scoring the range's boost, as Whoosh's constant-score range does), AND, OR (without
``minmatch`` or coordination), AND NOT, everything (``Every``) and nothing
(``NullQuery``), with BM25F weighting.  Anything else — phrases above all — is left to
Whoosh by the caller, as is sorting by date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from whoosh import query as wq
from whoosh import scoring

from index.search.postingarrays import field_lengths, term_positions, term_postings

_COMPOUND = (wq.And, wq.Or)
_RANGES = (wq.DateRange, wq.NumericRange)
_NONE = (np.zeros(0, dtype=np.int64), np.zeros(0))


@dataclass(frozen=True)
class Ranked:
    """Every match of a query, and the best of them in order."""

    best: tuple[tuple[int, float], ...]  # (document number, score), best first
    matched: np.ndarray  # every matching document number (not in score order)

    @property
    def total(self) -> int:
        return len(self.matched)


def handles(query: wq.Query, searcher) -> bool:
    """True when :func:`rank` gives the same hits for ``query`` as Whoosh would."""
    if type(searcher.weighting) is not scoring.BM25F:
        return False
    return _shape_handled(query, searcher.schema)


def _shape_handled(query: wq.Query, schema) -> bool:
    if query is wq.NullQuery or type(query) is wq.Term:
        return True
    if type(query) is wq.Phrase:
        fieldobj = schema[query.fieldname] if query.fieldname in schema else None  # noqa: SIM401
        positions = fieldobj is not None and fieldobj.format.supports("positions")
        return query.slop == 1 and bool(query.words) and positions
    if type(query) is wq.Every:
        return query.fieldname is None
    if type(query) in _RANGES:
        return query.constantscore
    if type(query) is wq.AndNot:
        return _shape_handled(query.a, schema) and _shape_handled(query.b, schema)
    if type(query) is wq.Or and (query.minmatch or query.scale):
        return False
    if type(query) in _COMPOUND:
        return all(_shape_handled(sub, schema) for sub in query.subqueries)
    return False


def rank(searcher, query: wq.Query, filters: wq.Query | None, wanted: int) -> Ranked:
    """The matches of ``query`` (allowed by ``filters``, unscored) and the best
    ``wanted`` of them; call only when :func:`handles` says so (for both)."""
    docs, scores = [], []
    for leaf, offset in searcher.leaf_searchers():
        segment = _Segment(searcher, leaf.reader())
        found, score = segment.of(query)
        found &= segment.alive()
        if filters is not None:
            found &= segment.of(filters)[0]
        where = np.flatnonzero(found)
        docs.append(where + offset)
        scores.append(score[where])
    matched = np.concatenate(docs) if docs else np.zeros(0, dtype=np.int64)
    points = np.concatenate(scores) if scores else np.zeros(0)
    return Ranked(best=_best(matched, points, wanted), matched=matched)


def _best(docs: np.ndarray, scores: np.ndarray, wanted: int) -> tuple[tuple[int, float], ...]:
    """The ``wanted`` highest scores, ties by lower document number (as Whoosh orders)."""
    if wanted <= 0 or len(docs) == 0:
        return ()
    if len(docs) > wanted:
        cut = scores[np.argpartition(-scores, wanted - 1)[wanted - 1]]
        keep = np.flatnonzero(scores >= cut)
        docs, scores = docs[keep], scores[keep]
    order = np.lexsort((docs, -scores))[:wanted]
    return tuple((int(docs[i]), float(scores[i])) for i in order)


class _Segment:
    """One segment's reader, and the query's flags and scores over its documents."""

    def __init__(self, searcher, reader) -> None:
        self.searcher = searcher  # the top searcher: idf and average lengths are global
        self.reader = reader
        self.size = reader.doc_count_all()

    def alive(self) -> np.ndarray:
        """True for every document not deleted."""
        flags = np.ones(self.size, dtype=bool)
        if self.reader.has_deletions():
            flags[np.fromiter(self.reader.deleted_docs_set, dtype=np.int64)] = False
        return flags

    def nothing(self) -> tuple[np.ndarray, np.ndarray]:
        return np.zeros(self.size, dtype=bool), np.zeros(self.size)

    def of(self, query: wq.Query) -> tuple[np.ndarray, np.ndarray]:
        """Which documents match ``query``, and their scores: 0 wherever it does not
        match, so that an OR can add its parts' scores as they are."""
        if type(query) is wq.Term:
            return self.term(query)
        if type(query) is wq.Every:
            return self.alive(), np.full(self.size, float(query.boost or 1.0))
        if type(query) in _RANGES:
            return self.numeric_range(query)
        if type(query) is wq.Phrase:
            return self.phrase(query)
        if type(query) is wq.AndNot:
            found, score = self.of(query.a)
            found = found & ~self.of(query.b)[0]
            return found, np.where(found, score, 0.0)
        if type(query) in _COMPOUND and query.subqueries:
            return self.compound(query, query.subqueries)
        return self.nothing()  # NullQuery, or an empty AND / OR

    def compound(self, query: wq.Query, subs: Sequence[wq.Query]) -> tuple[np.ndarray, np.ndarray]:
        if len(subs) == 1:  # Whoosh uses the one part's matcher alone, without the boost
            return self.of(subs[0])
        if type(query) is wq.Or:
            found, score = self.either(subs)
        else:
            parts = [self.of(sub) for sub in subs]
            found = np.logical_and.reduce([flags for flags, _s in parts])
            # a part's score counts only where all parts matched
            score = np.where(found, np.add.reduce([s for _f, s in parts]), 0.0)
        if query.boost != 1.0:
            score = score * query.boost
        return found, score

    def either(self, subs: Sequence[wq.Query]) -> tuple[np.ndarray, np.ndarray]:
        """An OR: each part's scores added where it matched (a term's straight from its
        postings: a wildcard's hundred terms make no hundred full-size arrays)."""
        found, score = self.nothing()
        for sub in subs:
            if type(sub) is wq.Term:
                ids, points = self.term_points(sub)
                found[ids] = True
                score[ids] += points
            else:
                flags, part = self.of(sub)
                found |= flags
                score += part
        return found, score

    def term(self, query: wq.Term) -> tuple[np.ndarray, np.ndarray]:
        ids, points = self.term_points(query)
        found, score = self.nothing()
        found[ids] = True
        score[ids] = points
        return found, score

    def term_points(self, query: wq.Term) -> tuple[np.ndarray, np.ndarray]:
        """The documents of a term in this segment, and its score in each (boosted)."""
        schema = self.reader.schema
        if query.fieldname not in schema:
            return _NONE
        fieldobj = schema[query.fieldname]
        try:
            tbytes = fieldobj.to_bytes(query.text)
        except ValueError:
            return _NONE
        if (query.fieldname, tbytes) not in self.reader:
            return _NONE
        postings = term_postings(self.reader, query.fieldname, tbytes)
        points = postings.weights
        if fieldobj.scorable:
            points = self.bm25f(query.fieldname, tbytes, postings.ids, postings.weights)
        if query.boost != 1.0:
            points = points * query.boost
        return postings.ids, points

    def phrase(self, query: wq.Phrase) -> tuple[np.ndarray, np.ndarray]:
        """The documents holding the words one after the other (Whoosh's ``SpanNear2``
        with slop 1), scoring as Whoosh's phrase does: the sum of its words' scores in
        the field (the AND of its terms), times the phrase's boost."""
        terms = [wq.Term(query.fieldname, word) for word in query.words]
        parts = [self.term(term) for term in terms]
        if not all(flags.any() for flags, _s in parts):
            return self.nothing()
        fieldobj = self.reader.schema[query.fieldname]
        keys = None
        for i, term in enumerate(terms):
            places = term_positions(self.reader, query.fieldname, fieldobj.to_bytes(term.text))
            keys = places - i if keys is None else np.intersect1d(keys, places - i, True)
        found = np.zeros(self.size, dtype=bool)
        found[np.unique(keys >> 32)] = True
        score = np.where(found, np.add.reduce([s for _f, s in parts]), 0.0)
        if query.boost != 1.0:
            score = score * query.boost
        return found, score

    def numeric_range(self, query: wq.NumericRange) -> tuple[np.ndarray, np.ndarray]:
        """A date (or number) range: the documents of every term Whoosh's own range
        query compiles to in this segment, each scoring the range's boost."""
        found = np.zeros(self.size, dtype=bool)
        for tbytes in self.range_terms(query._compile_query(self.reader)):
            found[term_postings(self.reader, query.fieldname, tbytes).ids] = True
        return found, np.where(found, float(query.boost), 0.0)

    def range_terms(self, compiled: wq.Query) -> list[bytes]:
        if isinstance(compiled, wq.ConstantScoreQuery):
            return self.range_terms(compiled.child)
        if type(compiled) is wq.Or:
            return [t for sub in compiled.subqueries for t in self.range_terms(sub)]
        if type(compiled) is wq.Term:
            return [compiled.text]
        if type(compiled) is wq.TermRange:
            return list(compiled._btexts(self.reader))
        return []  # NullQuery: an empty range

    def bm25f(self, fieldname: str, tbytes: bytes, ids: np.ndarray, weights: np.ndarray):
        """Whoosh's BM25F score of each posting (``scoring.bm25``, the same arithmetic in
        the same order); a field without lengths scores its weight (above)."""
        weighting = self.searcher.weighting
        b = weighting._field_B.get(fieldname, weighting.B)
        k1 = weighting.K1
        idf = self.searcher.idf(fieldname, tbytes)
        avgfl = self.searcher.avg_field_length(fieldname) or 1
        lengths = field_lengths(self.reader, fieldname)
        fl = lengths[ids] if lengths is not None else 1.0
        return idf * ((weights * (k1 + 1)) / (weights + k1 * ((1 - b) + b * fl / avgfl)))
