"""The index's memory-mapped files given back to the system after each search.

Whoosh maps each segment's compound file into memory, and :mod:`index.search.speedups`
reads its parts in place there, so every page of the file a search reads stays in the
process's resident memory until the segment is closed.  The vectorised path reads whole
posting lists: on a 100,000-document archive 50 varied searches left some 250 MB of the
index's files resident in the window (issue 20, item 6: at most 500 MB while searching).

After a search on a large index (the vectorised path) the pages are dropped from this
process (``madvise(MADV_DONTNEED)`` on the read-only shared mapping).  They stay in the
system's file cache: the next read of one is a page-table fault served from that cache,
not the disk, and what is kept decoded (postings, field lengths, facets) is in
:mod:`index.search.postingarrays`' cache, under its own budget.  Dropping pages of a
shared file mapping loses nothing, even while another thread reads it: they come back
from the file.  The ingest's merges do the same (:mod:`index.search.pooling`).
"""

from __future__ import annotations

import mmap
from typing import Any


def maps(searcher: Any) -> list[mmap.mmap]:
    """The memory maps of the compound segment files ``searcher`` reads."""
    found = []
    for leaf, _offset in searcher.leaf_searchers():
        compound = getattr(getattr(leaf.reader(), "_storage", None), "a", None)
        source = getattr(compound, "_source", None)
        if isinstance(source, mmap.mmap):
            found.append(source)
    return found


def release(searcher: Any) -> int:
    """Drop the pages of ``searcher``'s mapped segment files from this process's memory
    (they stay in the system's file cache); how many maps were released."""
    count = 0
    for source in maps(searcher):
        try:
            source.madvise(mmap.MADV_DONTNEED)
        except (OSError, ValueError):  # closed meanwhile, or not allowed: nothing held
            continue
        count += 1
    return count
