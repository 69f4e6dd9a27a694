"""When the search index is merged into one segment.

Each commit to a Whoosh index writes a new segment, and searching many segments is
slower (1.2 to 2.5 times as slow at 19 segments as at one, on 38,000 documents; a query with
no hits, whose "did you mean" asks every segment, 2.1 s against 67 ms).  A merge re-reads
and re-writes every document in it, in Python: 3.8 ms per document, more than indexing
it in the first place (3.3 ms).

Commits keep Whoosh's own policy (``MERGE_SMALL``: small segments are merged when their
sizes cross a Fibonacci line).  A bounded policy — merging only segments under 10,000
documents, at most 10,000 at a time, so that no commit stalls for minutes — was measured
on the 100,000-document ingest and lost: 1,256 s and 2,007 CPU s against 1,111 s and
1,737 CPU s, leaving 13 segments, because it re-wrote more documents in total.

What remains is an explicit optimise (a full merge into one segment): ``casedesk
optimise``, and the window by itself when idle (:mod:`index.search.optimise`), when
:func:`worth_optimising` says the index is spread out enough for it to pay.

An ingest's own commits (new segments written by the indexing helpers,
:mod:`index.search.parallel`) merge less still: :func:`merge_later`.  Whoosh's policy
re-wrote 1.5 documents for every document of a 100,000-file ingest (0.85 at 10,000) and
left it in 8 to 18 segments, which the optimise then re-wrote once more; the ingest's
merging process was busy half the time, taking a core from reading and writing.  So
until the index is in :data:`MOST_SEGMENTS` segments an ingest merges nothing (a search
during the ingest asks each segment: slower, not wrong), and past that it merges the
smallest ones, which keeps the count bounded for any size of ingest; the optimise that
follows at idle does the one full merge.
"""

from __future__ import annotations

from typing import Any

from whoosh.reading import SegmentReader

MOST_SEGMENTS = 64  # segments an ingest leaves unmerged, at most (see merge_later)
LARGE = 10_000  # documents outside the largest segment that always make an optimise worth it
OPTIMISE_AT = 4  # segments from which an idle window may merge the whole index
# When the command line tells the user to optimise: only where searches are measurably
# slower (10,000 documents in 15 segments: a word 58 vs 30 ms, a word in no document
# 316 vs 12 ms); a few small segments cost nothing a person notices, and the window's
# idle tidy merges them anyway.
MENTION_AT = 8
MENTION_OUTSIDE = 2_000


def worth_optimising(sizes: list[int]) -> bool:
    """Whether segments of these sizes (documents) are worth merging into one: there are
    :data:`OPTIMISE_AT` or more, and outside the largest lie a tenth of the documents or
    :data:`LARGE`, whichever is less — so a 10,000-document archive left in 17 segments by
    its ingest is merged (about 40 s), but a tidy 100,000-document index is not re-written
    for a few files added."""
    if len(sizes) < OPTIMISE_AT:
        return False
    total = sum(sizes)
    return total - max(sizes) >= min(LARGE, total // 10)


def worth_mentioning(sizes: list[int]) -> bool:
    """Whether segments of these sizes slow searches enough to tell the user: worth
    optimising, in :data:`MENTION_AT` parts or more, with :data:`MENTION_OUTSIDE`
    documents or more outside the largest."""
    outside = sum(sizes) - max(sizes, default=0)
    return worth_optimising(sizes) and len(sizes) >= MENTION_AT and outside >= MENTION_OUTSIDE


def merge_later(writer: Any, segments: list[Any]) -> list[Any]:
    """Whoosh merge policy for an ingest's commits: drop segments whose documents were
    all replaced; past :data:`MOST_SEGMENTS`, merge the smallest into one, leaving half
    that many.  Returns the segments kept as they are (Whoosh's policy interface)."""
    live = [segment for segment in segments if segment.doc_count() > 0]
    if len(live) <= MOST_SEGMENTS:
        return live
    ordered = sorted(live, key=lambda segment: segment.doc_count_all())
    cut = len(ordered) - MOST_SEGMENTS // 2
    for segment in ordered[:cut]:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    return ordered[cut:]
