"""A read file becomes a catalog document: normalised text, references, title, kind, language."""

from __future__ import annotations

from datetime import date

import pytest

from index.extract.base import Extraction, FormField
from index.ingest.document import build_document, kind_of
from index.originals import Stored
from index.text.references import DEFAULT_CASE_PATTERN


@pytest.mark.parametrize(
    ("name", "title", "expected"),
    [
        ("statement-fa.txt", "", "statement"),
        ("scan.pdf", "Affidavit of support", "statement"),
        ("radio-letter.pdf", "", "letter"),
        ("نامه سفارت.txt", "", "letter"),
        ("intake-note.txt", "", "note"),
        ("case-summary.html", "", "case file"),
        ("photo-list.txt", "", "document"),
    ],
)
def test_kind_from_the_name_or_title(name: str, title: str, expected: str) -> None:
    """GIVEN a file name and title WHEN classified THEN the kind is the one officers would use."""
    assert kind_of(Extraction("text", ("x",), title=title), name) == expected


def test_emails_and_fillable_forms_are_known_by_format() -> None:
    """GIVEN an email and a PDF with form fields WHEN classified THEN email and form."""
    assert kind_of(Extraction("email", ("x",)), "letter.eml") == "email"
    form = Extraction("pdf", ("x",), fields=(FormField("a", "b", "text"),))
    assert kind_of(form, "statement.pdf") == "form"


def test_build_document_normalises_finds_references_and_language() -> None:
    """GIVEN raw extracted text with presentation forms and a form field holding a case number
    WHEN built THEN text is NFKC, the field's reference is on page 0, language is Persian,
    and the title falls back to the file name."""
    raw = Extraction(
        "pdf", ("ﻣﺤﻤﺪ در مصاحبه گفت", ""), fields=(FormField("case", "AFG-2024-00001", "text"),)
    )
    document = build_document(raw, Stored("ab" * 32, 10, True), "note.pdf", DEFAULT_CASE_PATTERN)
    assert document.pages[0].startswith("محمد")
    assert [(r.kind, r.value, r.page) for r in document.refs] == [("case", "AFG-2024-00001", 0)]
    assert document.language == "fa" and document.title == "note"


def test_a_scanned_letter_gets_its_written_date_and_a_title_from_its_page() -> None:
    """GIVEN scan0001.pdf whose PDF says it was made on 2026-12-07 and titled
    "Microsoft Word - doc1.docx", and whose page is a letter dated 3 March 2021
    WHEN built THEN its date is 2021-03-03 from the "Date:" line, its title the letter's
    heading, and its kind a letter (from that title)."""
    page = (
        "Afghan Relief Office (demo)\nHouse 4, Street 9, Kabul\nDate: 3 March 2021\n"
        "Employment letter\nTo whom it may concern,\nHe worked with us."
    )
    raw = Extraction("pdf", (page,), title="Microsoft Word - doc1.docx", date="2026-12-07")
    stored = Stored("cd" * 32, 10, True)
    document = build_document(
        raw, stored, "scan0001.pdf", DEFAULT_CASE_PATTERN, today=date(2026, 12, 7)
    )
    assert (document.date, document.date_source) == ("2021-03-03", "content:label")
    assert (document.title, document.title_source) == ("Employment letter", "content:heading")
    assert document.kind == "letter"


def test_without_a_date_on_the_page_the_file_date_is_kept_and_said_so() -> None:
    """GIVEN a PDF whose page holds no date WHEN built THEN the metadata date, source metadata
    (and the title its first line, which names the document better than "note")."""
    raw = Extraction("pdf", ("A note without dates",), date="2024-02-07")
    document = build_document(
        raw, Stored("ef" * 32, 10, True), "note.pdf", DEFAULT_CASE_PATTERN, today=date(2026, 1, 1)
    )
    assert (document.date, document.date_source) == ("2024-02-07", "metadata")
    assert (document.title, document.title_source) == ("A note without dates", "content:heading")
