"""An invented case, office and documents for drafting tests (no real people)."""

from __future__ import annotations

import datetime
from pathlib import Path

from desktop.drafting.citations import CitationRequest
from desktop.drafting.gather import context_for_case
from desktop.drafting.library import TemplateLibrary
from desktop.drafting.prefill import prefill
from desktop.drafting.render import render_html
from desktop.output.pdf import html_to_pdf
from index.archive import Archive
from index.cases.model import Case, Deadline, Note, Person
from index.ingest.pipeline import Ingest, IngestOptions

CASE_ID = "AFG-2024-00452"
TODAY = datetime.date(2025, 3, 14)
PASHTO_NAME = "ښکلۍ رحیمي"  # ۍ (U+06CD) is missing from DejaVu Sans
OFFICE = {
    "name": "Hillside Refugee Law Clinic (test)",
    "address": "Office 3, Street 0, G-0 Markaz\nIslamabad, Pakistan",
    "signatory": "Nadia Example",
    "signatory_title": "Supervising Lawyer",
    "phone": "+92 51 000 0452",
    "email": "clinic@hillside.example",
    "paper": "a4",
}
# Confidential values: each must stay out of an output unless chosen.
SECRET_PASSPORT = "P00045201"
SECRET_LOCATION = "Bhara Kahu, Islamabad"
SECRET_NOTE = "She moved to her cousin's house after the second threatening call."
OPEN_NOTE = "Prefers to be called after 4 pm; speaks Dari and some English."

# Words for every typed-in field of the shipped templates.
TYPED = {
    "grounds": "Ms Rahimi presented a radio programme on girls' education in Herat from 2017 "
    "to 2021.\n\nAfter August 2021 she received threats by telephone and at her home.",
    "situation_in_pakistan": "Her Pakistani visa expires soon and cannot be renewed.",
    "immediate_risk": "Police visited the family's lodging on 10 March 2025 and asked for "
    "proof of registration, which the family does not have.",
    "risk_on_return": "Women journalists who worked on girls' education have been detained "
    "and beaten after their return.",
    "issue": "Whether to submit an urgent referral before the visa expires.",
    "key_considerations": "The visa expiry date; the family has no PoR cards.",
    "options": "Option A: urgent referral now.\n\nOption B: wait for the UNHCR appointment.",
    "recommendation": "Option A: submit the urgent referral this week.",
    "risk_profile": "High: a public profile as a woman journalist, threats already received.",
    "summary": "A woman journalist and her family in Islamabad, threatened before leaving.",
}


def realistic_case(case_id: str = CASE_ID) -> Case:
    """A journalist's family: Dari and Pashto names, confidential fields and notes."""
    return Case(
        id=case_id,
        people=(
            Person(
                "Shabnam Rahimi", "شبنم رحیمی", "principal", "1991-06-12", "Afghan",
                "0000-0452-00001", SECRET_PASSPORT,
            ),
            Person("Naveed Rahimi", "نوید رحیمی", "spouse", "1988-02-03", "Afghan"),
            Person("Shkulai Rahimi", PASHTO_NAME, "child", "2016-09-30", "Afghan"),
        ),
        location=SECRET_LOCATION,
        pathway="resettlement referral",
        needs=("journalist", "women's rights defender"),
        priority="urgent",
        status="open",
        deadlines=(Deadline("visa expiry", "2025-04-30", "Pakistani visit visa"),),
        volunteer="Jonas Example",
        notes=(Note(SECRET_NOTE, confidential=True), Note(OPEN_NOTE)),
        confidential=("passport", "location"),
    )  # fmt: skip


def write_documents(folder: Path) -> Path:
    """A two-page radio station letter (PDF) and the applicant's statement (text)."""
    folder.mkdir(parents=True, exist_ok=True)
    html_to_pdf(
        "<h1>Radio Sahar Herat (test)</h1><p>Letter of employment</p>"
        "<p>To whom it may concern.</p>"
        '<p style="page-break-before: always">Ms Shabnam Rahimi presented our weekly '
        "programme on girls' education from 2017 to 2021. After August 2021 she received "
        "threats from men who called the station asking for her home address.</p>",
        folder / "radio-letter.pdf",
        title="Radio station employment letter",
    )
    (folder / "statement.txt").write_text(
        f"Statement of Shabnam Rahimi, case {CASE_ID}\n\n"
        "I worked as a radio presenter in Herat. In September 2021 two men came to our "
        "house and asked my father where I was. We left for Pakistan in October 2021.\n",
        encoding="utf-8",
    )
    return folder


def build_archive(root: Path, documents: Path) -> dict[str, int]:
    """An archive with the case, the office and its two documents; their ids by file name."""
    with Archive.open(root, write=True) as archive:
        Ingest(archive, IngestOptions(cases=(CASE_ID,), workers=1)).run([documents])
        archive.cases.save(realistic_case())
        archive.cases.set_office(**OFFICE)
        return {document.name: document.id for document, _ in archive.cases.documents(CASE_ID)}


def draft(archive: Archive, name: str, *, include: bool = False, cite: tuple[int, ...] = ()):
    """Render template ``name`` for the case, every empty field typed in."""
    library = TemplateLibrary.for_archive(archive.root)
    context = context_for_case(
        archive, CASE_ID, cites=[CitationRequest(i) for i in cite], include_confidential=include
    )
    values = prefill(library, library.get(name), context)
    values = {k: v or TYPED.get(k, "") for k, v in values.items()}
    return render_html(library, name, context, values)
