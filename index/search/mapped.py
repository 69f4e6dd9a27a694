"""The index's memory-mapped files given back to the system after each search.

Whoosh maps each segment's compound file into memory, and :mod:`index.search.speedups`
reads its parts in place there, so every page of the file a search reads stays in the
process's resident memory until the segment is closed.  The vectorised path reads whole
posting lists: on a 100,000-document archive in 58 parts, 53 varied searches left about 400 MB
of the index's files resident in the window, 770 MB in all (issue 20, item 6: at most
500 MB while searching).

After a search on a large index (the vectorised path), once the process's file-backed
resident memory (``RssFile``: the index's mapped pages, and the libraries' code) is over
:data:`BUDGET_BYTES`, the index's pages are dropped from this process
(``madvise(MADV_DONTNEED)`` on the read-only shared mapping).  They stay in the system's
file cache: the next read of one is a page-table fault served from that cache, not the
disk, and what is kept decoded (postings, field lengths, facets) is in
:mod:`index.search.postingarrays`' cache, under its own budget.  Dropping pages of a
shared file mapping loses nothing, even while another thread reads it: they come back
from the file.  The ingest's merges do the same (:mod:`index.search.pooling`).

Why a budget rather than after every search: reading the pages back costs.  At 100,000
documents in 46 parts, 25 searches with their counts took 8.4–8.7 s dropping them every
time against 6.7 s keeping them (load 12), about 70 ms a search; under the budget most
searches keep what they read.
"""

from __future__ import annotations

import mmap
from typing import Any

# The process's file-backed resident memory allowed before the index's pages are dropped.
# The window's libraries take about 65-95 MB of it, so this leaves the index 35-65 MB.
# 160 MB was measured too: the window's peak at 100,000 documents 494 MB instead of 477.
BUDGET_BYTES = 128 * 1024 * 1024


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


def keep_within(searcher: Any, budget: int | None = None) -> bool:
    """Release ``searcher``'s mapped pages when the process's file-backed resident memory
    is over ``budget`` bytes (:data:`BUDGET_BYTES` unless given), or cannot be read; True
    when they were released."""
    resident = resident_file_bytes()
    if resident is not None and resident <= (BUDGET_BYTES if budget is None else budget):
        return False
    release(searcher)
    return True


def resident_file_bytes() -> int | None:
    """This process's file-backed resident memory (``RssFile``), or None where the
    system does not say (not Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("RssFile:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        return None
    return None
