"""One commit's new documents written by several processes at once.

Whoosh is pure Python, so one writer uses one core.  On long documents (268 real PDF
manuals) the ingest's indexing process was the last one running: the readers were done
after 16 s and indexing went on alone, on one core, for as long again.

:class:`SegmentHelpers` are processes forked once by the process that owns the index's
writer.  For each commit they share out the new documents in small chunks (whoever is
free takes the next one: one document at a time unless there are hundreds, so a long
manual does not hold the other helper up), each writes
its documents as one new segment — in the index folder, named like any other segment
— and sends the segment's description back.  Meanwhile the owner deletes the documents'
old versions and merges small segments, as Whoosh's own commit does; then it writes the
table of contents with the helpers' segments added (:func:`commit`).  That last step is
what makes them part of the index, so a crash before it leaves the index as it was:
files of segments the table does not name are deleted by the next commit.

The same helpers merge segments at the end of an ingest (:func:`merge`): each merges its
share into one new segment, and the owner writes the table with those in place of the
shares, so the merge takes a core per helper and, like a commit, is all or nothing.

This is Whoosh's own multi-process design (``whoosh.multiproc``, segments added to
the table by the parent), with what it lacked for us: helpers that live across commits
instead of starting per commit, that die with their owner, that read their documents
themselves (only ids cross between processes), and that fail loudly — Whoosh's version
dropped a segment whose helper died and committed the rest.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.reading import SegmentReader
from whoosh.writing import SegmentWriter

from index.catalog.records import IndexEntry
from index.errors import is_disk_full
from index.processes import die_with_parent
from index.search.schema import to_document

Loader = Callable[[list[int]], Iterable[IndexEntry | None]]
MAX_CHUNKS = 256  # per commit, at most: all are queued at once, without filling the pipe
_BATCH, _MERGE, _STOP = "batch", "merge", None


class HelperFailed(Exception):
    """A helper stopped or failed: the commit is abandoned, nothing of it is in the index.
    ``disk_full`` when it failed for want of space."""

    def __init__(self, message: str, *, disk_full: bool = False) -> None:
        super().__init__(message)
        self.disk_full = disk_full


class SegmentHelpers:
    """``count`` processes writing new segments of the index in ``folder``, each reading
    its documents with ``load(ids)`` (called in the helper; entries may be None for
    documents gone since).  Create them early: they are forked from this process."""

    def __init__(self, folder: Path, load: Loader, count: int, limitmb: int) -> None:
        context = multiprocessing.get_context("fork")
        self._chunks = context.SimpleQueue()
        self._helpers: list[tuple[Any, Connection]] = []
        for number in range(1, count + 1):
            mine, theirs = context.Pipe()
            process = context.Process(
                target=_help,
                args=(theirs, self._chunks, str(folder), load, limitmb),
                daemon=True,
                name=f"casedesk-index-helper-{number}",
            )
            process.start()
            theirs.close()
            self._helpers.append((process, mine))

    @property
    def count(self) -> int:
        """How many helpers there are (0 once stopped)."""
        return len(self._helpers)

    def start(self, ids: Sequence[int]) -> None:
        """Have the helpers write ``ids`` as new segments (collect them with :meth:`finish`).

        Call it only while holding the index's writer: a commit by anyone else would
        delete the files of segments its table does not name.
        """
        if not self._helpers:
            raise HelperFailed("the indexing helpers are stopped")
        try:
            for _process, conn in self._helpers:
                conn.send(_BATCH)
            # Single documents when there are few (they may be long), else at most
            # MAX_CHUNKS chunks, so that putting them never waits for a helper.
            size = max(1, -(-len(ids) // MAX_CHUNKS))
            for start in range(0, len(ids), size):
                self._chunks.put(list(ids[start : start + size]))
            for _ in self._helpers:
                self._chunks.put(_STOP)  # one each: a helper stops taking at its first
        except (OSError, ValueError) as error:  # ValueError: closed after a failure
            self.close()
            raise HelperFailed("an indexing helper stopped") from error

    def merge(self, groups: Sequence[Sequence[Any]]) -> None:
        """Have helper *i* merge the segments ``groups[i]`` into one new segment (one
        group per helper; collect them with :meth:`finish`).  As for :meth:`start`, only
        while holding the index's writer."""
        if not self._helpers or len(groups) != len(self._helpers):
            raise HelperFailed("the indexing helpers are stopped")
        try:
            for (_process, conn), group in zip(self._helpers, groups, strict=True):
                conn.send((_MERGE, list(group)))
        except OSError as error:
            self.close()
            raise HelperFailed("an indexing helper stopped") from error

    def finish(self) -> tuple[list[Any], list[int]]:
        """The segments the helpers wrote since :meth:`start`, and the ids they hold.

        If one failed, they are all stopped (what the others wrote is left for the next
        commit to delete) and :class:`HelperFailed` is raised.
        """
        segments: list[Any] = []
        done: list[int] = []
        for process, conn in self._helpers:
            try:
                kind, *value = conn.recv()
            except (EOFError, OSError) as error:
                self.close()
                raise HelperFailed(f"indexing helper {process.name} stopped") from error
            if kind != "segment":
                self.close()
                detail, disk_full = value
                raise HelperFailed(f"indexing helper failed: {detail}", disk_full=disk_full)
            segment, ids = value
            if segment is not None:
                segments.append(segment)
            done += ids
        return segments, done

    def close(self) -> None:
        """Stop the helpers (at once: whatever they were writing is not in the index)."""
        for _process, conn in self._helpers:
            with contextlib.suppress(OSError):
                conn.send(_STOP)
            conn.close()
        for process, _conn in self._helpers:
            process.join(1)
            if process.is_alive():
                process.kill()
                process.join(5)
        self._helpers = []


def commit(
    writer: SegmentWriter,
    ids: Sequence[int],
    helpers: SegmentHelpers,
    replacing: Iterable[int] | None = None,
) -> list[int]:
    """Add the documents ``ids`` to ``writer``'s index, written by the helpers, replacing
    their old versions; merge (by the writer's policy) meanwhile, and commit; the ids
    now in the index.  ``replacing``: those of ``ids`` that may be in the index already
    (all of them unless given) — looking an id up costs one search of every segment.

    Whoosh's ``SegmentWriter.commit`` with the helpers' segments added to the table; on
    any failure the writer is cancelled and the index is left as it was (and the helpers
    are stopped, since they may be half-way through the batch).
    """
    started = False
    try:
        helpers.start(ids)
        started = True
        for doc_id in ids if replacing is None else replacing:
            writer.delete_by_term("id", str(doc_id))
        segments = writer._merge_segments(None, None, None)  # merges while helpers write
        written, done = helpers.finish()
        if writer._added:  # merging put documents in the writer's own segment
            segments.append(writer._finalize_segment())
        else:
            writer._close_segment()
        writer._commit_toc(segments + written)
    except BaseException:
        writer.cancel()
        if started:
            helpers.close()
        raise
    writer._finish()
    return done


def _help(conn: Connection, chunks: Any, folder: str, load: Loader, limitmb: int) -> None:
    """A helper: for each batch, take chunks until the stop, write them as one segment."""
    die_with_parent()
    try:
        ix = whoosh_index.open_dir(folder)
        while (message := conn.recv()) is not _STOP:
            if message == _BATCH:
                segment, done = _write(ix, _taken(chunks), load, limitmb)
            else:
                segment, done = _merged(ix, message[1], limitmb), []
            conn.send(("segment", segment, done))
    except EOFError:
        pass  # the owner went away
    except Exception as error:
        # Only the kind of error: its message could quote a path or a document.
        with contextlib.suppress(OSError):
            conn.send(("error", type(error).__name__, is_disk_full(error)))


def merge(writer: SegmentWriter, groups: Sequence[Sequence[Any]], helpers: SegmentHelpers) -> int:
    """Merge each group of ``writer``'s segments into one segment, the groups at once, one
    per helper; commit with the merged segments in place of the groups.  Returns how
    many segments the index is in now.  On any failure (or a kill) the index is as it
    was: the table is written last, and the next commit deletes the unused files."""
    merged_ids = {segment.segment_id() for group in groups for segment in group}
    kept = [s for s in writer.segments if s.segment_id() not in merged_ids]
    started = False
    try:
        helpers.merge(groups)
        started = True
        merged, _ = helpers.finish()
        writer._close_segment()
        writer._commit_toc(kept + merged)
    except BaseException:
        writer.cancel()
        if started:
            helpers.close()
        raise
    writer._finish()
    return len(kept) + len(merged)


def _merged(ix: Any, segments: Sequence[Any], limitmb: int) -> Any:
    """The documents of ``segments`` (less those deleted) written as one new segment."""
    if not segments:
        return None
    writer = SegmentWriter(ix, _lk=False, limitmb=limitmb)
    for segment in segments:
        reader = SegmentReader(ix.storage, ix.schema, segment)
        try:
            writer.add_reader(reader)
        finally:
            reader.close()
    return writer._finalize_segment()


def _taken(chunks: Any) -> Iterator[list[int]]:
    while (chunk := chunks.get()) is not _STOP:
        yield chunk


def _write(
    ix: Any, taken: Iterable[list[int]], load: Loader, limitmb: int
) -> tuple[Any, list[int]]:
    """Write the documents of every chunk taken as one new segment (None if none)."""
    writer = None
    done: list[int] = []
    for chunk in taken:
        for entry in load(chunk):
            if entry is None:
                continue
            if writer is None:
                writer = SegmentWriter(ix, _lk=False, limitmb=limitmb)
            writer.add_document(**to_document(entry))
            done.append(entry.document.id)
    if writer is None:
        return None, done
    return writer._finalize_segment(), done
