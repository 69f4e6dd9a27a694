"""The work the window hands to its lanes: plain functions on an archive, no widgets.

Each runs off the UI thread and returns a value the window shows when it comes back.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desktop.digits import number
from desktop.operations import documents
from desktop.operations.documents import DocumentDetails
from desktop.ui.ingest_words import summary_sentences
from desktop.ui.scan_page import ScanPicture, scan_picture
from desktop.ui.session import Session
from desktop.ui.tr import translate
from desktop.ui.workers import Task
from index.archive import Archive
from index.errors import ArchiveBusy
from index.ingest.elsewhere import Handover, ingest_elsewhere
from index.ingest.pipeline import IngestOptions
from index.ingest.summary import Summary
from index.search import Hit, SearchOptions, SearchResult
from index.search.snippets import mark_text

RESULTS_SHOWN = 50


@dataclass(frozen=True)
class DocumentView:
    """What the preview and details need about one document."""

    details: DocumentDetails
    pages: list[str]
    original: Path
    words: list[str]  # matched words on the hit's page, for the PDF viewer's highlight
    scan: ScanPicture | None = None  # the hit's page as a picture, when it is a scan


def search(archive: Archive, text: str) -> SearchResult:
    """Run a search for the window: the best hits first; :func:`tally` counts them all."""
    return archive.find(text, SearchOptions(limit=RESULTS_SHOWN, facets=False))


def tally(archive: Archive, text: str) -> tuple[int, dict[str, dict[str, int]]]:
    """Count every match of a search, and its facets, for the window."""
    return archive.tally(text)


def document_view(archive: Archive, hit: Hit, marks: object) -> DocumentView:
    """Read everything the preview and details pane show for ``hit``."""
    details = documents.details(archive.documents, hit.id)
    assert details is not None
    document = details.document
    pages = list(archive.catalog.pages(hit.id))
    page_text = pages[hit.page - 1] if 0 < hit.page <= len(pages) else ""
    _html, words = mark_text(page_text, marks)  # type: ignore[arg-type]
    scan = scan_picture(archive, document, hit.page, marks)  # type: ignore[arg-type]
    return DocumentView(details, pages, archive.originals.path_of(document.sha256), words, scan)


VIEWING = "viewing"  # inside the archive: copies opened in other programs stay with the archive


def viewable_copy(archive: Archive, doc_id: int) -> Path:
    """A read-only copy of the original under its own name (viewers need the suffix).

    The copy is made inside the archive folder, not in the shared temporary folder, so
    people's documents do not spread over the disk; the window clears it when it closes.
    """
    document = archive.catalog.document(doc_id)
    assert document is not None
    (archive.root / VIEWING).mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f"{doc_id}-", dir=archive.root / VIEWING))
    target = folder / (Path(document.name).name or f"document-{doc_id}")
    shutil.copyfile(archive.originals.path_of(document.sha256), target)
    os.chmod(target, 0o400)
    return target


def clear_viewing_copies(root: Path) -> None:
    """Remove the copies made for other programs."""
    folder = root / VIEWING
    if folder.is_dir():
        for item in folder.rglob("*"):
            if item.is_file():
                item.chmod(0o600)
        shutil.rmtree(folder, ignore_errors=True)


def open_in_system_viewer(path: Path) -> None:
    """Ask the desktop to open ``path`` with its usual program."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def ingest(handover: Handover, paths: list[Path], options: IngestOptions, task: Task) -> Summary:
    """Ingest in a child process (out of the window's interpreter), with progress
    reports and Cancel."""
    return ingest_elsewhere(
        handover, paths, options, on_progress=task.report, is_cancelled=lambda: task.cancelled
    )


def summary_line(summary: object) -> str:
    """One status-bar line for an ingest summary (the command line's sentences)."""
    assert isinstance(summary, Summary)
    return " ".join(summary_sentences(summary, translate, number, command_line=False))


def read_only_error(session: Session) -> ArchiveBusy:
    """The error shown when a read-only window is asked to change the archive."""
    return ArchiveBusy(
        session.busy_message or translate("Loading", "This archive is open read-only.")
    )
