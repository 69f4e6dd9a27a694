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

And the tidy at the end of a large ingest (:func:`ingest_tidy`): the first search after
an ingest of 20,000 files asked each of the segments it left; now the indexing process
merges what the ingest wrote, one share per indexing helper at once (so in as many
segments as there are helpers, :func:`shares`), before the ingest ends.  It re-writes only
the ingest's own documents (and older segments small enough to cost nothing), never the
rest of the archive, so its time is bounded by the ingest's size, not the archive's.

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
SMALL = 2_000  # documents: an older segment this small is merged with an ingest's own


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


def ingest_tidy(segments: list[Any], before: set[str], into: int) -> list[Any]:
    """The segments an ingest merges at its end into ``into`` segments: those not in
    ``before`` (the segment ids there when it began: so, the ones it wrote) and older
    ones of fewer than :data:`SMALL` documents; none when there are no more of them
    than ``into`` (the merge would leave as many)."""
    chosen = [
        segment
        for segment in segments
        if segment.segment_id() not in before or segment.doc_count_all() < SMALL
    ]
    return chosen if len(chosen) > max(1, into) else []


def shares(segments: list[Any], count: int) -> list[list[Any]]:
    """``segments`` in ``count`` groups of about as many documents each (the largest
    first, each to the group holding fewest so far), for ``count`` processes to merge."""
    groups: list[list[Any]] = [[] for _ in range(max(1, count))]
    sizes = [0] * len(groups)
    for segment in sorted(segments, key=lambda s: s.doc_count_all(), reverse=True):
        lightest = sizes.index(min(sizes))
        groups[lightest].append(segment)
        sizes[lightest] += segment.doc_count_all()
    return groups
