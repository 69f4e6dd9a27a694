"""When the search index merges its segments.

Each commit to a Whoosh index writes a new segment; searching many segments is slower
(about twice as slow at 19 segments as at one, on 38,000 documents), so segments are
merged.  A merge re-reads and re-writes every document in it, in Python: 3.8 ms per
document, more than indexing it in the first place (3.3 ms).

Whoosh's default policy merges whenever the small segments add up to less than a
Fibonacci number of their count — which, with commits of 2,000 documents, means merging
38,000 documents at once (four minutes in which indexing stops) every 40,000 documents,
at whichever commit happens to cross the line: the last batch of a large ingest, or a
volunteer's ten-file add a week later.

The policy here (:func:`bounded`) keeps every ordinary commit short: it merges only
*small* segments (fewer than :data:`LARGE` documents), and only once there are
:data:`SMALL_SEGMENTS` of them, the smallest first, at most :data:`LARGE` documents per
merge.  Large segments are merged only by :func:`optimise` — a full merge into one
segment, which the window runs in a background process when it is idle and
``casedesk optimise`` runs on request.
"""

from __future__ import annotations

from whoosh.reading import SegmentReader

LARGE = 10_000  # documents: a segment this big is merged only by an optimise
SMALL_SEGMENTS = 8  # small segments tolerated before a commit merges some of them
OPTIMISE_AT = 4  # segments from which an idle window may merge the whole index


def bounded(writer, segments: list) -> list:
    """Whoosh merge policy: merge some small segments into ``writer``; the segments kept."""
    small = sorted((s for s in segments if s.doc_count_all() < LARGE), key=_size)
    if len(small) < SMALL_SEGMENTS:
        return segments
    chosen, total = [], 0
    for segment in small:
        if len(chosen) >= 2 and total + _size(segment) > LARGE:
            break
        chosen.append(segment)
        total += _size(segment)
    for segment in chosen:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        try:
            writer.add_reader(reader)
        finally:
            reader.close()
    merged = {id(s) for s in chosen}
    return [s for s in segments if id(s) not in merged]


def worth_optimising(sizes: list[int]) -> bool:
    """Whether segments of these sizes (documents) are worth merging into one: there are
    :data:`OPTIMISE_AT` or more, and at least :data:`LARGE` documents lie outside the
    largest — so a tidy 100,000-document index is not re-written for a few files added."""
    return len(sizes) >= OPTIMISE_AT and sum(sizes) - max(sizes) >= LARGE


def _size(segment) -> int:
    return segment.doc_count_all()
