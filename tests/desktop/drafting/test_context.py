"""What a template sees; confidential information only when chosen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.drafting.citations import CitationRequest, cite, quote
from desktop.drafting.context import build_context
from desktop.drafting.gather import context_for_case
from desktop.drafting.library import TemplateLibrary
from desktop.drafting.render import render_html
from index.archive import Archive
from index.errors import UsageError
from tests.support.drafting import (
    CASE_ID,
    OFFICE,
    OPEN_NOTE,
    SECRET_LOCATION,
    SECRET_NOTE,
    SECRET_PASSPORT,
    TODAY,
    TYPED,
    realistic_case,
)

SECRETS = (SECRET_PASSPORT, SECRET_LOCATION, SECRET_NOTE)


def summary_html(library: TemplateLibrary, include: bool) -> str:
    context = build_context(
        realistic_case(), office=OFFICE, include_confidential=include, today=TODAY
    )
    values = {"prepared_by": "Jonas Example", "summary": TYPED["summary"]}
    return render_html(library, "case-summary", context, values).html


def test_confidential_fields_and_notes_stay_out_unless_chosen(library: TemplateLibrary) -> None:
    """GIVEN a case whose passport and location are marked confidential, with a confidential note
    WHEN a summary is drafted THEN none of them appear, an open note does, and the summary says
    what was left out; AND when confidential information is chosen, all of them appear."""
    html = summary_html(library, include=False)
    assert not [s for s in SECRETS if s in html.replace("&#39;", "'")]
    assert OPEN_NOTE in html
    assert "left out of this document: passport numbers, current location" in html
    chosen = summary_html(library, include=True).replace("&#39;", "'")
    assert all(s in chosen for s in SECRETS)
    assert "left out of this document" not in chosen


def test_the_context_is_plain_data_with_the_secrets_emptied_not_removed() -> None:
    """GIVEN the case WHEN its context is built without confidential information
    THEN every key is still there (templates need not guard each one), the values are empty,
    and the whole context is plain JSON."""
    context = build_context(realistic_case(), office=OFFICE, today=TODAY)
    principal = context["principal"]
    assert principal["passport"] == "" and principal["tazkira"] == "0000-0452-00001"
    assert context["case"]["location"] == ""
    assert [n["text"] for n in context["case"]["notes"]] == [OPEN_NOTE]
    assert [p["name"] for p in context["family"]] == ["Naveed Rahimi", "Shkulai Rahimi"]
    assert context["case"]["next_deadline"]["date_text"] == "30 April 2025"
    assert principal["age"] == "33"
    json.dumps(context)


def test_citations_come_from_the_page_text(built_archive: tuple[Path, dict[str, int]]) -> None:
    """GIVEN the archive's two documents WHEN cited by id, by id and page, and by search words
    THEN each citation has title, date, page and a short quote from that page."""
    root, ids = built_archive
    with Archive.open(root, write=False) as archive:
        letter = cite(archive.documents, CitationRequest.parse(f"{ids['radio-letter.pdf']}:2"))
        found = cite(archive.documents, CitationRequest(ids["radio-letter.pdf"], None, "threats"))
        statement = cite(archive.documents, CitationRequest(ids["statement.txt"]))
        with pytest.raises(UsageError, match="no page 9"):
            cite(archive.documents, CitationRequest(ids["statement.txt"], 9))
        with pytest.raises(UsageError, match="no document 999"):
            cite(archive.documents, CitationRequest(999))
    assert letter["title"] == "Radio station employment letter" and letter["page"] == 2
    assert str(letter["quote"]).startswith("Ms Shabnam Rahimi presented our weekly programme")
    assert str(letter["text"]).startswith("Radio station employment letter (")
    assert ", p. 2: “Ms Shabnam Rahimi" in str(letter["text"])
    assert found["page"] == 2 and "threats" in str(found["quote"])
    assert str(statement["quote"]).startswith("I worked as a radio presenter in Herat.")


def test_a_quote_is_a_sentence_cut_to_about_thirty_words() -> None:
    """GIVEN a page with a heading and long sentences WHEN quoted (with and without words)
    THEN the heading is skipped, and a long sentence is cut around the words with ellipses."""
    page = "STATEMENT\nI am the applicant.\n" + " ".join(f"w{i}" for i in range(60)) + " end."
    assert quote(page) == " ".join(f"w{i}" for i in range(30)) + " …"
    around = quote(page, "w40")
    assert around.startswith("… ") and "w40" in around and around.endswith("…")
    assert quote("Short one. Then a sentence with more than six words in it.") == (
        "Then a sentence with more than six words in it."
    )


def test_a_quote_typed_on_a_dari_keyboard_finds_the_pashto_sentence() -> None:
    """GIVEN a Pashto page naming ګل مکۍ in its second sentence
    WHEN quoted from "گل مکی" (as a Dari keyboard types the name) THEN that sentence is quoted."""
    page = "دا د کابل یو لیک دی. ګل مکۍ د ګواښ له امله خپل کور پرېښود."
    assert quote(page, "گل مکی") == "ګل مکۍ د ګواښ له امله خپل کور پرېښود."


def test_the_context_for_a_case_comes_from_the_archive(
    built_archive: tuple[Path, dict[str, int]],
) -> None:
    """GIVEN the archive WHEN the context of its case is gathered THEN it holds the case, the
    office settings, the linked documents and the cited page; an unknown case is refused."""
    root, ids = built_archive
    with Archive.open(root, write=False) as archive:
        context = context_for_case(
            archive, CASE_ID.lower(), cites=[CitationRequest(ids["statement.txt"])], today=TODAY
        )
        with pytest.raises(UsageError, match="no case AFG-2099-00001"):
            context_for_case(archive, "AFG-2099-00001")
    assert context["principal"]["name"] == "Shabnam Rahimi"
    assert context["office"]["signatory"] == "Nadia Example"
    assert sorted(d["id"] for d in context["documents"]) == sorted(ids.values())
    assert context["citations"][0]["id"] == ids["statement.txt"]
