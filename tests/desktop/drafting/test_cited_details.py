"""Letters cite a document by the title and date it has now: read from its page, or edited."""

from __future__ import annotations

import datetime
from pathlib import Path

from desktop.drafting.citations import CitationRequest
from desktop.drafting.gather import context_for_case
from desktop.drafting.library import TemplateLibrary
from desktop.drafting.render import render_html
from desktop.operations import documents
from index.archive import Archive
from index.ingest.pipeline import Ingest, IngestOptions
from tests.desktop.drafting.test_templates import filled
from tests.support.drafting import CASE_ID, OFFICE, realistic_case
from tests.support.letters import letter_pdf

TODAY = datetime.date(2026, 12, 9)  # the day of the referral


def _archive(tmp_path: Path) -> Path:
    """An archive with the case and scan0001.pdf: a letter dated 3 March 2021 in its text,
    scanned (its PDF made) on 7 December 2026."""
    folder = tmp_path / "scans"
    folder.mkdir()
    letter_pdf(
        folder / "scan0001.pdf",
        [
            [
                "Radio Sahar Herat (test)",
                "Herat, 3 March 2021",
                "Employment letter",
                "To whom it may concern,",
                "Ms Shabnam Rahimi presented our weekly programme on girls' education.",
            ]
        ],
        created="2026-12-07",
    )
    root = tmp_path / "archive"
    with Archive.open(root, write=True) as archive:
        Ingest(archive, IngestOptions(cases=(CASE_ID,), workers=1)).run([folder])
        archive.cases.save(realistic_case())
        archive.cases.set_office(**OFFICE)
    return root


def _cited(root: Path) -> dict[str, object]:
    with Archive.open(root, write=False) as archive:
        return context_for_case(archive, CASE_ID, cites=[CitationRequest(1)], today=TODAY)


def test_a_letter_cites_the_written_date_then_the_edited_title_and_date(tmp_path: Path) -> None:
    """GIVEN a scanned letter linked to the case WHEN cited THEN "Employment letter (3 March
    2021)", not the scan's file name and day; WHEN its title and date are edited and a referral
    is drafted THEN the citation, the case's document list and the letter use the new ones."""
    root = _archive(tmp_path)
    before = _cited(root)["citations"][0]
    assert str(before["text"]).startswith("Employment letter (3 March 2021), p. 1")
    with Archive.open(root, write=True) as archive:
        documents.edit(archive, 1, title="Radio Sahar letter of employment", date="2021-03-04")
    context = _cited(root)
    (after,) = context["citations"]
    assert str(after["text"]).startswith("Radio Sahar letter of employment (4 March 2021), p. 1")
    assert [(d["title"], d["date"]) for d in context["documents"]] == [
        ("Radio Sahar letter of employment", "2021-03-04")
    ]
    library = TemplateLibrary.for_archive(None)
    name = "resettlement-referral"
    html = render_html(library, name, context, filled(library, name, context)).html
    assert "Radio Sahar letter of employment" in html and "4 March 2021" in html
    assert "scan0001" not in html and "7 December 2026" not in html
