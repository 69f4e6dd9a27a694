"""What OCR did to a document, in the words the command line and the window both show.

"Read by OCR (Dari, tesseract 5.5.4): pages 1–3", "No readable text: page 4",
"Waiting to be read: pages 5–9" — and the "no readable text" rows of the problems list,
which name the document's file and its pages, never what was (not) read on them.

The lines are English unless a ``translate`` (context ``OcrWords``) and a ``number`` (the
digits) are given: the window and ``casedesk show`` give theirs; JSON keeps the English.
Their sentences are marked for ``lupdate`` once more in ``desktop/ui/details.py`` (lupdate
reads only ``desktop/ui``, ``desktop/cli`` and the error templates).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from index.catalog.readings import StoredReading, UnreadablePages
from index.catalog.records import ProblemRow
from index.documents.reads import DocumentReads

CONTEXT = "OcrWords"
Translate = Callable[[str, str], str]
NO_TEXT_KIND = "no-text"
OCR_LANGUAGES = {"eng": "English", "fas": "Dari", "pus": "Pashto", "urd": "Urdu"}
# The reasons of the problems list's rows; desktop/ui/problem_words.py's NO_TEXT marks
# them (and the advice) for lupdate and translates them back (a test checks they agree).
NO_TEXT_BLANK = (
    "No readable text on {pages} (read by OCR): the page is blank, handwritten, or too "
    "unclear to read."
)
NO_TEXT_FAILED = "No readable text on {pages} (read by OCR): {failures}"
_NO_TEXT_ACTION = (
    "Open the original to read it. If it should have text, add a sharper scan or photo "
    "(flat, in good light); handwriting cannot be read by CaseDesk."
)


def _as_is(context: str, text: str) -> str:
    del context
    return text


def page_list(
    pages: Iterable[int], translate: Translate = _as_is, number: Callable[[int], str] = str
) -> str:
    """ "page 4", "pages 1–3, 5" (runs of pages joined by an en dash)."""
    numbers = sorted(set(pages))
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [f"{number(r[0])}–{number(r[-1])}" if len(r) > 1 else number(r[0]) for r in runs]
    one = len(numbers) == 1
    wording = translate(CONTEXT, "page {pages}" if one else "pages {pages}")
    return wording.format(pages=", ".join(parts))


def language_names(languages: str, translate: Translate = _as_is) -> str:
    """ "fas+eng" as "Dari and English"."""
    names = [
        translate(CONTEXT, OCR_LANGUAGES[code]) if code in OCR_LANGUAGES else code
        for code in languages.split("+")
        if code
    ]
    if not names:
        return translate(CONTEXT, "unknown language")
    if len(names) == 1:
        return names[0]
    both = translate(CONTEXT, "{languages} and {language}")
    return both.format(languages=", ".join(names[:-1]), language=names[-1])


def ocr_lines(
    readings: list[StoredReading],
    waiting: tuple[int, ...],
    translate: Translate = _as_is,
    number: Callable[[int], str] = str,
    failures: Callable[[str], str] = str,
) -> list[str]:
    """One line per way pages were read, then the pages with no text, then those waiting;
    ``failures`` words why pages could not be read (the reasons joined by "; ")."""

    def pages(found: Iterable[int]) -> str:
        return page_list(found, translate, number)

    by_reader: dict[tuple[str, str], list[int]] = {}
    for stored in readings:
        if stored.readable:
            key = (language_names(stored.reading.languages, translate), stored.reading.engine)
            by_reader.setdefault(key, []).append(stored.page)
    read = translate(CONTEXT, "Read by OCR ({language}, {engine}): {pages}")
    lines = [
        read.format(language=language, engine=engine, pages=pages(found))
        for (language, engine), found in by_reader.items()
    ]
    blank = [s.page for s in readings if not s.readable and not s.failure]
    if blank:
        lines.append(translate(CONTEXT, "No readable text: {pages}").format(pages=pages(blank)))
    failed = [s for s in readings if not s.readable and s.failure]
    if failed:
        reasons = failures("; ".join(sorted({s.failure for s in failed})))
        lines.append(
            translate(CONTEXT, "Could not be read: {pages} ({reasons})").format(
                pages=pages(s.page for s in failed), reasons=reasons
            )
        )
    if waiting:
        lines.append(translate(CONTEXT, "Waiting to be read: {pages}").format(pages=pages(waiting)))
    return lines


def no_text_problem(unreadable: UnreadablePages, where: str) -> ProblemRow:
    """A document with pages that gave no words, as a row of the problems list."""
    pages = page_list(unreadable.pages)
    if unreadable.failures:
        reason = NO_TEXT_FAILED.format(pages=pages, failures="; ".join(unreadable.failures))
    else:
        reason = NO_TEXT_BLANK.format(pages=pages)
    return ProblemRow(where, NO_TEXT_KIND, reason, _NO_TEXT_ACTION, "", -1, -1, None, "")


def problems_with_scans(reads: DocumentReads) -> list[ProblemRow]:
    """Every file not indexed, then every document with pages that gave no text (of an
    archive folder or an office database)."""
    rows = reads.problems()
    for unreadable in reads.unreadable():
        where = reads.where_from(unreadable.document_id)
        rows.append(no_text_problem(unreadable, where[0] if where else unreadable.title))
    return rows
