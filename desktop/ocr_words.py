"""What OCR did to a document, in the words the command line and the window both show.

"Read by OCR (Dari, tesseract 5.5.4): pages 1–3", "No readable text: page 4",
"Waiting to be read: pages 5–9" — and the "no readable text" rows of the problems list,
which name the document's file and its pages, never what was (not) read on them.
"""

from __future__ import annotations

from collections.abc import Iterable

from index.archive import Archive
from index.catalog.readings import StoredReading, UnreadablePages
from index.catalog.records import ProblemRow

NO_TEXT_KIND = "no-text"
OCR_LANGUAGES = {"eng": "English", "fas": "Dari", "pus": "Pashto", "urd": "Urdu"}
_NO_TEXT_ACTION = (
    "Open the original to read it. If it should have text, add a sharper scan or photo "
    "(flat, in good light); handwriting cannot be read by CaseDesk."
)


def page_list(pages: Iterable[int]) -> str:
    """ "page 4", "pages 1–3, 5" (runs of pages joined by an en dash)."""
    numbers = sorted(set(pages))
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs]
    return f"{'page' if len(numbers) == 1 else 'pages'} {', '.join(parts)}"


def language_names(languages: str) -> str:
    """ "fas+eng" as "Dari and English"."""
    names = [OCR_LANGUAGES.get(code, code) for code in languages.split("+") if code]
    return " and ".join(names) or "unknown language"


def ocr_lines(readings: list[StoredReading], waiting: tuple[int, ...]) -> list[str]:
    """One line per way pages were read, then the pages with no text, then those waiting."""
    by_reader: dict[tuple[str, str], list[int]] = {}
    for stored in readings:
        if stored.readable:
            key = (language_names(stored.reading.languages), stored.reading.engine)
            by_reader.setdefault(key, []).append(stored.page)
    lines = [
        f"Read by OCR ({language}, {engine}): {page_list(pages)}"
        for (language, engine), pages in by_reader.items()
    ]
    blank = [s.page for s in readings if not s.readable and not s.failure]
    if blank:
        lines.append(f"No readable text: {page_list(blank)}")
    failed = [s for s in readings if not s.readable and s.failure]
    if failed:
        reasons = "; ".join(sorted({s.failure for s in failed}))
        lines.append(f"Could not be read: {page_list(s.page for s in failed)} ({reasons})")
    if waiting:
        lines.append(f"Waiting to be read: {page_list(waiting)}")
    return lines


def no_text_problem(unreadable: UnreadablePages, where: str) -> ProblemRow:
    """A document with pages that gave no words, as a row of the problems list."""
    reason = f"No readable text on {page_list(unreadable.pages)} (read by OCR)"
    if unreadable.failures:
        reason += ": " + "; ".join(unreadable.failures)
    else:
        reason += ": the page is blank, handwritten, or too unclear to read."
    return ProblemRow(where, NO_TEXT_KIND, reason, _NO_TEXT_ACTION, "", -1, -1, None, "")


def problems_with_scans(archive: Archive) -> list[ProblemRow]:
    """Every file not indexed, then every document with pages that gave no text."""
    rows = archive.catalog.problems()
    for unreadable in archive.readings.unreadable():
        where = archive.catalog.where_from(unreadable.document_id)
        rows.append(no_text_problem(unreadable, where[0] if where else unreadable.title))
    return rows
