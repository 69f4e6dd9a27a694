"""The ingest pipeline.

discover → check what is already known (path, size, time) → store the original
(hashing it on the way) → dedupe by hash → extract, normalise and find references in
worker processes (killed at their limits; the ingest itself only records what they
send back) → one catalog transaction per document, committed together with the others
of the last second (:meth:`~index.archive.Archive.grouped`) → index in batches.  Every
file ends as exactly one of: added, unchanged, duplicate, problem.

Then the pages that are pictures are read (OCR, :mod:`index.ingest.scans`), page by page
in the same pool, so files with text are searchable first.

Re-running after a crash finishes the job: what was committed is recognised as
unchanged, originals already stored are reused, and documents the index missed are
indexed when the archive opens.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from time import monotonic

from index.archive import Archive
from index.catalog.records import AUTO, BY_HAND, FileSeen
from index.errors import disk_full_in_plain_words, is_disk_full
from index.extract.base import Attachment, ExtractOptions
from index.extract.pool import ExtractionPool, Job, Limits, Outcome
from index.extract.registry import HEAD_SIZE, choose, describe
from index.ingest.discover import Candidate, Found, discover
from index.ingest.document import Prepared, prepare
from index.ingest.indexer import IndexFeeder
from index.ingest.scans import OcrOptions, ScanReading
from index.ingest.summary import FileProblem, OcrSummary, Progress, Summary
from index.originals import Stored, TooLarge
from index.problems import Problem, ProblemKind
from index.text.references import DEFAULT_CASE_PATTERN

MAX_ATTACHMENT_DEPTH = 5
COMMIT_EVERY = 1.0  # seconds: how much an ingest killed or cut off by power may lose
INDEXING = "indexing for search…"  # the name in Progress while the index catches up
TIDYING = "tidying the search index…"  # … while the index is merged at the end
_PASSWORD = ProblemKind.PASSWORD.value


@dataclass(frozen=True)
class IngestOptions:
    """How to ingest: cases to link, passwords to try, limits.

    ``kind`` replaces the kind guessed from names and titles: a drafted output says
    what it is ("letter", "briefing note") instead of being guessed.
    """

    cases: tuple[str, ...] = ()
    passwords: tuple[str, ...] = ()
    limits: Limits = field(default_factory=Limits)
    max_size: int = 2 << 30
    workers: int = 0
    retry: bool = False
    index_every: int = 200
    background_index: bool = True
    kind: str = ""
    ocr: bool = True  # read the scans waiting once the files are added (``--no-ocr``)


@dataclass(frozen=True)
class _Source:
    """Where a job's bytes came from: a file the user gave, or an attachment."""

    label: str
    name: str
    stored: Stored
    seen: FileSeen | None = None
    parent_id: int | None = None
    depth: int = 0
    resume_of: int | None = None  # read again only for the attachments of this document


class Ingest:
    """One ingest run into an archive opened for writing."""

    def __init__(
        self,
        archive: Archive,
        options: IngestOptions | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self.archive = archive
        self.options = options or IngestOptions()
        self._on_progress = on_progress or (lambda _p: None)
        self._is_cancelled = is_cancelled or (lambda: False)
        self._extract = ExtractOptions(passwords=self.options.passwords)
        self._case_pattern = archive.catalog.setting("case_pattern", DEFAULT_CASE_PATTERN)
        self._queue: deque[Job] = deque()
        self._waiting: dict[str, list[_Source]] = {}
        self._index = IndexFeeder(
            archive, self.options.index_every, background=self.options.background_index
        )
        self._committed = monotonic()  # when the catalog was last committed
        self._outstanding: dict[int, int] = {}  # document id → its attachments not settled
        self._any_inside: bool | None = None  # any attachment problem recorded before this run
        self.summary = Summary()

    def run(self, paths: Iterable[Path]) -> Summary:
        """Ingest every file under ``paths``; returns what happened to each.

        Raises :class:`DiskFull` when the archive's disk fills up: what was committed
        before is kept, and running the same ingest again finishes it.
        """
        with disk_full_in_plain_words():
            summary = self._run(paths)
            if self.options.ocr and not summary.cancelled:
                summary.ocr = self._read_scans()
            return summary

    def _read_scans(self) -> OcrSummary:
        """The second phase: every page waiting for OCR (this run's and earlier ones')."""
        options = OcrOptions(
            limits=self.options.limits,
            workers=self.options.workers,
            passwords=self.options.passwords,
        )
        reading = ScanReading(self.archive, options, self._on_progress, self._is_cancelled)
        ocr = reading.run()
        self.summary.cancelled = ocr.cancelled
        return ocr

    def _run(self, paths: Iterable[Path]) -> Summary:
        candidates = list(discover(paths, skip=self.archive.root))
        self.summary.given = len(candidates)
        pending = iter(candidates)
        self._resume_attachments()
        try:
            with self.archive.grouped():
                with ExtractionPool(self.options.workers, self.options.limits) as pool:
                    for job, outcome in pool.run(lambda: self._next_job(pending)):
                        self._finish(job.token, outcome)
                        self._commit_when_due()
                        if self._is_cancelled():
                            self.summary.cancelled = True
                            break
                self._index.finish(
                    self._indexing_progress, cancelled=self._is_cancelled, tidying=self._tidying
                )
        finally:
            self._index.close()
        self.summary.not_done = self.summary.given - (
            self.summary.accounted - self.summary.not_done
        )
        self.archive.catalog.audit("add", self._audit_detail())
        return self.summary

    # -- before extraction --------------------------------------------------------

    def _next_job(self, pending: Iterator[Candidate]) -> Job | None:
        if self._queue:
            return self._queue.popleft()
        if self._is_cancelled():
            self.summary.cancelled = True
            return None
        for candidate in pending:
            source = self._triage(candidate)
            if source is not None:
                return self._job(source)
            if self._queue:  # a known file queued to be read again (see _inside)
                return self._queue.popleft()
            self._commit_when_due()
            if self._is_cancelled():
                self.summary.cancelled = True
                return None
        return None

    def _commit_when_due(self) -> None:
        if monotonic() - self._committed >= COMMIT_EVERY:
            self.archive.commit_group()
            self._committed = monotonic()

    def _triage(self, candidate: Candidate) -> _Source | None:
        """Settle a file without extraction if possible; else the source to extract."""
        label = str(candidate.path)
        if candidate.found is not Found.FILE:
            self._problem(
                label,
                _FOUND_PROBLEMS[candidate.found],
                seen=None,
                record=candidate.found is not Found.MISSING,
            )
            return None
        try:
            st = candidate.path.stat()
        except OSError as error:
            self._problem(label, Problem.of(ProblemKind.UNREADABLE, detail=type(error).__name__))
            return None
        seen = FileSeen(label, st.st_size, st.st_mtime_ns)
        if self._known(seen) or self._unreadable_kind(candidate.path, seen):
            return None
        stored = self._store(candidate.path, seen)
        if stored is None:
            return None
        return self._dedupe(_Source(label, candidate.path.name, stored, seen))

    def _known(self, seen: FileSeen) -> bool:
        """True when this path was settled before and has not changed since."""
        catalog = self.archive.catalog
        state = catalog.path_state(seen.path)
        if state is not None and state[1:] == (seen.size, seen.mtime_ns):
            if self.options.cases:
                catalog.add_path(seen, state[0], self.options.cases)
            self._settled(seen.path, "unchanged")
            self._inside(state[0])
            return True
        old = catalog.problem_at(seen.path)
        if old is None or (old.size, old.mtime_ns) != (seen.size, seen.mtime_ns):
            return False
        if self.options.retry or (old.kind == _PASSWORD and self.options.passwords):
            return False
        self._report(FileProblem(seen.path, old.kind, old.reason, old.action), None)
        return True

    def _inside(self, sha256: str) -> None:
        """What could not be read inside an unchanged file is still not indexed: report it
        again, or, when passwords are given, read again the documents holding files that
        needed one (their files are then added, or reported once more)."""
        if self._any_inside is None:
            self._any_inside = self.archive.catalog.has_problems_inside()
        if not self._any_inside:
            return
        rows = self.archive.catalog.problems_inside(sha256)
        locked = [(row, parent) for row, parent in rows if row.kind == _PASSWORD]
        if self.options.passwords and locked:
            self.archive.catalog.forget_problems(row.path for row, _ in locked)
            for parent in sorted({parent for _, parent in locked}):
                label = next(row.path for row, p in locked if p == parent).rsplit(" › ", 1)[0]
                self._read_again(parent, label)
            rows = [(row, parent) for row, parent in rows if row.kind != _PASSWORD]
        for row, _parent in rows:
            problem = FileProblem(row.path, row.kind, row.reason, row.action)
            self.summary.attachment_problems.append(problem)

    def _read_again(self, doc_id: int, label: str) -> None:
        """Queue document ``doc_id`` to be read again for its attachments only."""
        document = self.archive.catalog.document(doc_id)
        if document is None or not self.archive.originals.exists(document.sha256):
            return
        size = self.archive.originals.path_of(document.sha256).stat().st_size
        stored = Stored(document.sha256, size, new=False)
        depth = label.count(" › ")
        self._queue.append(
            self._job(_Source(label, document.name, stored, depth=depth, resume_of=doc_id))
        )

    def _unreadable_kind(self, path: Path, seen: FileSeen) -> bool:
        """Settle empty files and kinds no extractor reads, without copying them in."""
        try:
            with path.open("rb") as f:
                head = f.read(HEAD_SIZE)
        except OSError as error:
            self._problem(
                seen.path, Problem.of(ProblemKind.UNREADABLE, detail=type(error).__name__), seen
            )
            return True
        if not head:
            self._problem(seen.path, Problem.of(ProblemKind.EMPTY), seen)
            return True
        suffix = path.suffix.lower()
        if choose(head, suffix) is None:
            self._problem(
                seen.path, Problem.of(ProblemKind.UNSUPPORTED, what=describe(head, suffix)), seen
            )
            return True
        return False

    def _store(self, path: Path, seen: FileSeen) -> Stored | None:
        try:
            return self.archive.originals.store_file(path, self.options.max_size)
        except TooLarge:
            limit = f"it is larger than {self.options.max_size >> 20} MB"
            self._problem(seen.path, Problem.of(ProblemKind.TOO_LARGE, limit=limit), seen)
        except OSError as error:
            if is_disk_full(error):
                raise
            self._problem(
                seen.path, Problem.of(ProblemKind.UNREADABLE, detail=type(error).__name__), seen
            )
        return None

    def _dedupe(self, source: _Source) -> _Source | None:
        """Settle bytes the archive already has (or is reading right now)."""
        sha = source.stored.sha256
        if self.archive.catalog.document_id(sha) is not None:
            self._link_path(source)
            return None
        if sha in self._waiting:
            self._waiting[sha].append(source)
            return None
        self._waiting[sha] = []
        return source

    def _link_path(self, source: _Source) -> None:
        if source.seen is None:
            return  # an attachment the archive already holds
        state = self.archive.catalog.path_state(source.seen.path)
        self.archive.catalog.add_path(source.seen, source.stored.sha256, self.options.cases)
        same = state is not None and state[0] == source.stored.sha256
        self._settled(source.seen.path, "unchanged" if same else "duplicates")

    def _indexing_progress(self, done: int, total: int) -> None:
        """The search indexing still running after the last file was read."""
        self._on_progress(Progress(done, total, INDEXING))

    def _tidying(self) -> None:
        """Every file read and indexed; the index's parts being merged (see indexer)."""
        self._on_progress(Progress(0, 0, TIDYING))

    def _resume_attachments(self) -> None:
        """Queue the documents a killed run recorded before reading their attachments."""
        catalog = self.archive.catalog
        for doc_id, label, depth in catalog.pending_attachments():
            document = catalog.document(doc_id)
            if document is None or not self.archive.originals.exists(document.sha256):
                catalog.attachments_done(doc_id)
                continue
            size = self.archive.originals.path_of(document.sha256).stat().st_size
            stored = Stored(document.sha256, size, new=False)
            source = _Source(label, document.name, stored, depth=depth, resume_of=doc_id)
            self._queue.append(self._job(source))

    def _job(self, source: _Source) -> Job:
        path = self.archive.originals.path_of(source.stored.sha256)
        then = None
        if source.resume_of is None:  # a document read again only wants its attachments
            then = partial(
                prepare,
                stored=source.stored,
                name=source.name,
                case_pattern=self._case_pattern,
                parent_id=source.parent_id,
            )
        suffix = Path(source.name).suffix.lower()
        return Job(source, path, suffix, self._extract, then, size=source.stored.size)

    # -- after extraction ---------------------------------------------------------

    def _finish(self, source: _Source, outcome: Outcome) -> None:
        self.summary.extracted += 1
        if source.resume_of is not None:
            self._resumed(source, outcome)
            return
        waiting = self._waiting.pop(source.stored.sha256, [])
        if isinstance(outcome, Problem):
            for each in (source, *waiting):
                self._problem(each.label, outcome, each.seen, each.stored.sha256, each.parent_id)
        else:
            self._added(source, outcome, waiting)
        for each in (source, *waiting):
            self._attachment_settled(each.parent_id)

    def _added(self, source: _Source, prepared: Prepared, waiting: list[_Source]) -> None:
        doc_id = self._record(source, prepared)
        for duplicate in waiting:
            self._link_path(duplicate)
        self._queue_attachments(source, prepared.attachments, doc_id)
        self._index.added()

    def _record(self, source: _Source, prepared: Prepared) -> int:
        new = prepared.document
        if self.options.kind:
            new = replace(new, kind=self.options.kind)
        cases = [(c, BY_HAND) for c in self.options.cases]
        cases += [(r.value, AUTO) for r in new.refs if r.kind == "case"]
        pending = None
        if prepared.attachments and source.depth < MAX_ATTACHMENT_DEPTH:
            pending = (source.label, source.depth)
        doc_id = self.archive.catalog.add_document(new, source.seen, cases, pending)
        if source.seen is None:
            self.summary.attachments += 1
        else:
            self._settled(source.label, "added")
        return doc_id

    def _queue_attachments(
        self, parent: _Source, attachments: tuple[Attachment, ...], parent_id: int
    ) -> None:
        if parent.depth >= MAX_ATTACHMENT_DEPTH or not attachments:
            return
        self._outstanding[parent_id] = 0
        for number, attachment in enumerate(attachments, start=1):
            name = attachment.name or f"attachment-{number}"
            if attachment.problem is not None:  # there, but its bytes could not be taken out
                label = f"{parent.label} › {name}"
                self._problem(label, attachment.problem, parent_id=parent_id)
                continue
            stored = self.archive.originals.store_bytes(attachment.data)
            source = _Source(
                f"{parent.label} › {name}", name, stored, None, parent_id, parent.depth + 1
            )
            if self.archive.catalog.document_id(stored.sha256) is None:
                self._outstanding[parent_id] += 1  # settled when it (or its twin) is read
            if self._dedupe(source) is not None:
                self._queue.append(self._job(source))
        self._attachment_settled(parent_id, 0)

    def _resumed(self, source: _Source, outcome: Outcome) -> None:
        """A document read again for its attachments: queue those not settled yet."""
        assert source.resume_of is not None
        if isinstance(outcome, Problem):
            self.archive.catalog.attachments_done(source.resume_of)
            return
        self._queue_attachments(source, outcome.attachments, source.resume_of)

    def _attachment_settled(self, parent_id: int | None, settled: int = 1) -> None:
        """Count an attachment of ``parent_id`` settled; note the parent done at the last."""
        if parent_id is None or parent_id not in self._outstanding:
            return
        self._outstanding[parent_id] -= settled
        if self._outstanding[parent_id] <= 0:
            del self._outstanding[parent_id]
            self.archive.catalog.attachments_done(parent_id)

    # -- outcomes ---------------------------------------------------------------------

    def _problem(
        self,
        label: str,
        problem: Problem,
        seen: FileSeen | None = None,
        sha256: str | None = None,
        parent_id: int | None = None,
        *,
        record: bool = True,
    ) -> None:
        if record:
            self.archive.catalog.record_problem(label, problem, seen, sha256, parent_id)
        self._report(FileProblem.of(label, problem), parent_id)

    def _report(self, problem: FileProblem, parent_id: int | None) -> None:
        if parent_id is not None:
            self.summary.attachment_problems.append(problem)
            return
        self.summary.problems.append(problem)
        self._progress(problem.path)

    def _settled(self, label: str, outcome: str) -> None:
        setattr(self.summary, outcome, getattr(self.summary, outcome) + 1)
        self._progress(label)

    def _progress(self, label: str) -> None:
        done = self.summary.accounted - self.summary.not_done
        self._on_progress(Progress(done, self.summary.given, Path(label).name))

    def _audit_detail(self) -> dict[str, object]:
        s = self.summary
        return {
            "given": s.given,
            "added": s.added,
            "unchanged": s.unchanged,
            "duplicates": s.duplicates,
            "problems": len(s.problems),
            "attachments": s.attachments,
            "cases": list(self.options.cases),
            "cancelled": s.cancelled,
        }


_FOUND_PROBLEMS = {
    Found.LINK: Problem.of(ProblemKind.LINK),
    Found.SPECIAL: Problem.of(ProblemKind.UNSUPPORTED, what="not a regular file"),
    Found.MISSING: Problem.of(ProblemKind.UNREADABLE, detail="not found"),
}
