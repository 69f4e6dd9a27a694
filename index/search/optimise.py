"""Merging the search index into one segment in a child process, stoppable at any moment.

An optimise re-writes every document of the index (minutes at 100,000 documents; see
:mod:`index.search.merging`).  Whoosh is pure Python, so in the window's process it would
hold the interpreter the window needs; it runs in a child process at low priority instead,
and the caller may stop it whenever it wants the archive for something else.  Stopping is
safe at any point: Whoosh writes the merged segment beside the old ones and switches to it
in one rename, so a killed optimise leaves the index as it was (its partial files are
removed by the next commit).

The caller must hold the archive's writer lock for the whole run (the window holds it for
its session), so that nothing else writes the index meanwhile.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Callable
from pathlib import Path

_POLL_SECONDS = 0.2
_NICE = 10  # below the window and any ingest


def optimise_elsewhere(folder: Path, cancelled: Callable[[], bool]) -> bool:
    """Optimise the index in ``folder`` in a child process; True when it finished,
    False when ``cancelled()`` turned true first (the index is then as it was)."""
    context = multiprocessing.get_context("spawn")
    process = context.Process(
        target=_optimise, args=(str(folder),), daemon=True, name="casedesk-optimise"
    )
    process.start()
    try:
        while process.is_alive():
            if cancelled():
                return False
            process.join(_POLL_SECONDS)
        if process.exitcode != 0:
            raise OSError(f"the search index could not be tidied (exit code {process.exitcode})")
        return True
    finally:
        if process.is_alive():
            with contextlib.suppress(OSError):
                process.kill()
            process.join(5)


def _optimise(folder: str) -> None:
    """The child: merge the index into one segment."""
    from index.processes import die_with_parent
    from index.search.searchindex import SearchIndex

    die_with_parent()
    with contextlib.suppress(OSError):
        os.nice(_NICE)
    search = SearchIndex(Path(folder))
    if not search.open(create=False):
        raise SystemExit(2)
    try:
        search.optimise()
    finally:
        search.close()
