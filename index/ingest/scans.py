"""The second phase of an ingest: reading the pages that are pictures (OCR).

Every page flagged ``needs_ocr`` with no reading yet — pictures, and PDF pages with no
text layer — is read in the same killable worker pool as files, one job per page, each
page within the pool's time and memory limits.  In the worker the page's text goes
through the same normalising and reference finders as any text (so case numbers, and
whatever ``find_references`` learns to find, work on scans); back here each page is
stored in one transaction (``Readings.save``) and its document marked for indexing.  A
cancel or a kill keeps every page stored; the next run reads only the rest.  Pages that
gave no words are stored too, with no words: they are listed as "no readable text",
never silently dropped, and not read again unless asked (``redo``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial

from index.archive import Archive
from index.catalog.readings import PendingPage
from index.extract.base import ExtractOptions
from index.extract.pool import ExtractionPool, Job, Limits, Outcome
from index.ingest.summary import OcrSummary, Progress
from index.ocr.job import page_jobs
from index.ocr.reading import PageReading
from index.ocr.tesseract import OcrUnavailable
from index.problems import Problem
from index.text.normalize import normalize_text
from index.text.references import DEFAULT_CASE_PATTERN, Reference, find_references

READING_SCANS = "reading scans…"  # the name in Progress while pages are read
_NOT_INSTALLED = (
    "CaseDesk cannot read scans on this computer: Tesseract or its language data is "
    "not installed. Run tools/bootstrap.sh again, then casedesk ocr."
)


@dataclass(frozen=True)
class ScanText:
    """One page read, with its text normalised and the references found in it (each
    numbered page 1: the page it belongs to is given when it is stored)."""

    reading: PageReading
    text: str
    refs: tuple[Reference, ...]


def scan_text(reading: PageReading, case_pattern: str) -> ScanText:
    """Normalise a page's text and find its references (run in the worker)."""
    text = normalize_text(reading.text)
    return ScanText(reading, text, tuple(find_references((text,), case_pattern)))


@dataclass(frozen=True)
class OcrOptions:
    """How to read scans: every flagged page again (``redo``), limits, workers."""

    redo: bool = False
    limits: Limits = field(default_factory=Limits)
    workers: int = 0
    passwords: tuple[str, ...] = ()


class ScanReading:
    """One OCR run over an archive opened for writing."""

    def __init__(
        self,
        archive: Archive,
        options: OcrOptions | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self.archive = archive
        self.options = options or OcrOptions()
        self._on_progress = on_progress or (lambda _p: None)
        self._is_cancelled = is_cancelled or (lambda: False)
        self._then = partial(
            scan_text,
            case_pattern=archive.catalog.setting("case_pattern", DEFAULT_CASE_PATTERN),
        )
        self.summary = OcrSummary()

    def run(self) -> OcrSummary:
        """Read every waiting page (every flagged page with ``redo``); index what was read."""
        pending = self.archive.readings.pending(redo=self.options.redo)
        self.summary.pages = len(pending)
        if not pending:
            return self.summary
        self._progress()
        try:
            self._read(pending)
        finally:
            self.summary.not_done = self.summary.pages - self._done
            self.archive.index_pending()
            self.archive.catalog.audit("ocr", self.summary.to_dict())
        return self.summary

    @property
    def _done(self) -> int:
        s = self.summary
        return s.read + s.no_text + s.failed

    def _read(self, pending: list[PendingPage]) -> None:
        jobs = self._jobs(pending)
        with ExtractionPool(self.options.workers, self.options.limits) as pool:
            for job, outcome in pool.run(lambda: next(jobs, None), stop=self._is_cancelled):
                if not self._store(job, outcome):
                    return
                self._progress()
        self.summary.cancelled = self._done < self.summary.pages and self._is_cancelled()

    def _jobs(self, pending: list[PendingPage]) -> Iterator[Job]:
        options = ExtractOptions(passwords=self.options.passwords)
        for page in pending:
            path = self.archive.originals.path_of(page.sha256)
            yield from page_jobs(page.document_id, path, (page.page,), options, self._then)

    def _store(self, job: Job, outcome: Outcome) -> bool:
        """Store one page's outcome; False when the run cannot go on."""
        doc_id, page = job.token
        if isinstance(outcome, ScanText):
            refs = outcome.refs
            self.archive.readings.save(doc_id, outcome.reading, outcome.text, refs, page)
            if outcome.reading.words:
                self.summary.read += 1
            else:
                self.summary.no_text += 1
            self.summary.seconds += outcome.reading.seconds
            return True
        assert isinstance(outcome, Problem)
        if outcome.detail == OcrUnavailable.__name__:
            self.summary.stopped = _NOT_INSTALLED
            return False
        kept = self.archive.readings.of_page(doc_id, page)
        if kept is None or not kept.readable:  # a page read again keeps what it had
            self.archive.readings.save(doc_id, _nothing_read(), "", (), page, outcome.reason)
        self.summary.failed += 1
        return True

    def _progress(self) -> None:
        self._on_progress(Progress(self._done, self.summary.pages, READING_SCANS))


def _nothing_read() -> PageReading:
    """The reading stored for a page that could not be read at all."""
    return PageReading("", (), 0.0, "", "", "", 0, 0.0, 0, 0)
