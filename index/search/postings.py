"""The documents of a term, or of every term of a field, read straight from a segment.

Counting (how many match, per case, per kind) needs only document numbers, not scores,
so they are read from the postings directly rather than through Whoosh's matchers one
posting at a time.  For a facet's table every term of the field is wanted: its entries
are read in order from the segment's term list, instead of looking each term up again
(on a 100,000-document index in 53 segments the lookups were two thirds of building the
start-up counts).  Short lists kept in the term's entry (``inlining.py``) need no
matcher at all.
"""

from __future__ import annotations

from collections.abc import Iterator

from whoosh.matching.wrappers import FilterMatcher


def posting_ids(matcher) -> set[int]:
    """Every document number of a term's postings, deleted documents left out.

    Whoosh's own iteration costs a few Python calls per posting; its on-disk matcher
    holds a decoded block of ids at a time, so those are read whole when it offers them.
    """
    deleted: set[int] = set()
    if isinstance(matcher, FilterMatcher) and matcher._exclude:  # the segment's deletions
        deleted = set(matcher._ids)
        matcher = matcher.child
        matcher.reset()
    if not all(hasattr(matcher, name) for name in ("_read_ids", "_next_block", "_ids")):
        return set(matcher.all_ids()) - deleted
    found: set[int] = set()
    while matcher.is_active():
        matcher._read_ids()
        found.update(matcher._ids)
        matcher._next_block()
    return found - deleted


def field_postings(reader, fieldname: str) -> Iterator[tuple[object, set[int]]]:
    """Each term of ``fieldname`` in one segment's ``reader`` with the documents (not
    deleted) that have it, in the order of the term list."""
    terms = getattr(reader, "_terms", None)
    if fieldname not in reader.schema:
        return
    if terms is None or not hasattr(terms, "items_from"):  # not a stored segment
        for text in reader.field_terms(fieldname):
            yield text, posting_ids(reader.postings(fieldname, text))
        return
    fieldobj = reader.schema[fieldname]
    deleted = reader.deleted_docs_set if reader.has_deletions() else frozenset()
    codec, postfile = reader.codec(), terms._postfile
    for (field, tbytes), terminfo in terms.items_from(fieldname, b""):
        if field != fieldname:
            return
        if terminfo.is_inlined():
            docs = set(terminfo.inlined_postings()[0])
        else:
            matcher = codec.postings_reader(postfile, terminfo, fieldobj.format)
            docs = posting_ids(matcher)
        yield fieldobj.from_bytes(tbytes), docs - deleted if deleted else docs
