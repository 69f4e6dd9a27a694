"""The shipped templates, rendered for an invented case, as PDF and read back."""

from __future__ import annotations

import io
import re
import unicodedata

import pypdf
import pytest

from desktop.drafting.fields import needed_fields
from desktop.drafting.library import TemplateLibrary
from desktop.drafting.output import to_pdf
from desktop.drafting.prefill import prefill
from desktop.drafting.render import render_html
from desktop.output.fonts import covers, font_of_text
from desktop.output.paged import letter_document
from tests.support.drafting import CASE_ID, PASHTO_NAME, TYPED

SHIPPED = ("briefing-note", "case-summary", "resettlement-referral", "urgent-protection-referral")


def pdf_text(data: bytes) -> str:
    """The PDF's text as pypdf reads it, NFKC-normalised, runs of white space as one space.

    pypdf puts a space where the font changes (after an italic title): dropped before
    punctuation.
    """
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() for page in reader.pages)
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    return re.sub(r" ([,.:;)])", r"\1", text)


def filled(library: TemplateLibrary, name: str, context: dict) -> dict[str, str]:
    """The prefilled values, with every empty field typed in."""
    values = prefill(library, library.get(name), context)
    return {k: v or TYPED.get(k, "") for k, v in values.items()}


def test_the_shipped_templates_are_there_with_their_metadata(library: TemplateLibrary) -> None:
    """GIVEN the shipped templates folder WHEN listed THEN the four templates are there,
    each with a title, a kind and labelled fields; no template is broken."""
    good, broken = library.scan()
    assert broken == []
    kinds = {t.name: t.kind for t in good}
    assert {n: kinds[n] for n in SHIPPED} == {
        "briefing-note": "briefing note",
        "case-summary": "summary",
        "resettlement-referral": "letter",
        "urgent-protection-referral": "letter",
    }
    for info in good:
        assert info.title and info.description
        assert all(f.label and f.declared for f in needed_fields(library, info)), info.name


@pytest.mark.parametrize("name", SHIPPED)
def test_each_template_renders_to_a_pdf_with_name_case_and_page_numbers(
    name: str, library: TemplateLibrary, context: dict
) -> None:
    """GIVEN a realistic case and its typed-in fields WHEN a shipped template is rendered to PDF
    THEN the text read back names the applicant and the case, and every page says "Page i of n";
    AND no character was drawn as an empty box."""
    rendered = render_html(library, name, context, filled(library, name, context))
    result = to_pdf(rendered)
    text = pdf_text(result.data)
    assert "Shabnam Rahimi" in text and CASE_ID in text
    assert "Page 1 of" in text
    assert all(f"Page {i} of {result.pages}" in text for i in range(1, result.pages + 1))
    assert result.missing_glyphs == 0
    assert pypdf.PdfReader(io.BytesIO(result.data)).metadata.title == f"{rendered.title}"


def test_a_letter_reads_like_a_letter(library: TemplateLibrary, context: dict) -> None:
    """GIVEN the resettlement referral WHEN rendered THEN it has the letterhead, date, reference,
    addressee, subject, the cited documents as 'Title (date), p. N: “quote”' and a signature."""
    name = "resettlement-referral"
    text = pdf_text(
        to_pdf(render_html(library, name, context, filled(library, name, context))).data
    )
    for expected in (
        "Hillside Refugee Law Clinic (test)",  # letterhead
        "14 March 2025",
        f"Our reference: {CASE_ID}",
        "UNHCR Representation in Pakistan",
        "Re: Referral for resettlement",
        "Radio station employment letter (2 November 2024), p. 2: “Ms Shabnam Rahimi presented",
        "Statement of the applicant, p. 1: “In September 2021",
        "Yours faithfully,",
        "Nadia Example",
        "Supervising Lawyer",
    ):
        assert expected in text, expected


def test_a_pashto_name_is_set_in_one_font_that_has_every_letter(
    library: TemplateLibrary, context: dict
) -> None:
    """GIVEN a child's name in Pashto with ۍ (which DejaVu Sans lacks)
    WHEN a letter is laid out as for the PDF THEN the whole name is drawn by one font that has
    all its letters, with no empty box, and that font is embedded in the PDF."""
    name = "resettlement-referral"
    rendered = render_html(library, name, context, filled(library, name, context))
    used = font_of_text(letter_document(rendered.html), PASHTO_NAME)
    assert len(used) == 1 and used[0].missing == 0 and used[0].glyphs >= 5
    assert covers(used[0].family, PASHTO_NAME)
    reader = pypdf.PdfReader(io.BytesIO(to_pdf(rendered).data))
    embedded = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any(used[0].family.replace(" ", "") in f for f in embedded), embedded


def test_letter_paper_from_the_office_settings(library: TemplateLibrary, context: dict) -> None:
    """GIVEN an office that uses Letter paper WHEN a letter is drafted THEN its pages are Letter."""
    context["office"]["paper"] = "letter"
    name = "case-summary"
    data = to_pdf(render_html(library, name, context, filled(library, name, context))).data
    width, height = pypdf.PdfReader(io.BytesIO(data)).pages[0].mediabox.upper_right
    assert (round(float(width)), round(float(height))) == (612, 792)


def test_prefill_comes_from_the_case(library: TemplateLibrary, context: dict) -> None:
    """GIVEN the case WHEN the forms are prefilled THEN defaults come from the case: the deadline,
    the volunteer, the programme from the pathway, the risk level from the priority."""
    urgent = prefill(library, library.get("urgent-protection-referral"), context)
    assert urgent["removal_date"] == "2025-04-30"
    assert urgent["immediate_risk"] == ""  # nothing to take it from: the volunteer writes it
    note = prefill(library, library.get("briefing-note"), context)
    assert note["prepared_by"] == "Jonas Example"
    assert note["risk_level"].startswith("High")
    assert "Shabnam Rahimi and 2 family members" in note["background"]
    letter = prefill(library, library.get("resettlement-referral"), context)
    assert letter["programme"] == "UNHCR resettlement submission"
