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
"""

from __future__ import annotations

LARGE = 10_000  # documents outside the largest segment that always make an optimise worth it
OPTIMISE_AT = 4  # segments from which an idle window may merge the whole index


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
