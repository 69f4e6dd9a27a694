"""Drafts kept in the archive: file in outputs/, catalog row, indexed document, audit entry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.drafting.output import save_draft
from index.archive import Archive
from index.errors import ArchiveError
from index.outputs import output_context, outputs_of
from index.search import SearchOptions
from tests.support.drafting import CASE_ID, SECRET_NOTE, SECRET_PASSPORT, TYPED, draft


def test_a_pdf_letter_is_kept_indexed_and_linked(
    built_archive: tuple[Path, dict[str, int]],
) -> None:
    """GIVEN the archive WHEN a referral letter is saved as PDF
    THEN the same bytes are under outputs/ (named by case, template and time), the outputs row
    holds template, kind and the context without secrets, the document is a "letter" linked
    to the case and found by search with type letter, and the audit says "drafted" with no name."""
    root, ids = built_archive
    with Archive.open(root, write=True) as archive:
        rendered = draft(archive, "resettlement-referral", cite=(ids["radio-letter.pdf"],))
        saved = save_draft(archive, rendered, "pdf")
        out = saved.output
        assert out.path.parent == root / "outputs" and out.path.read_bytes() == saved.data
        assert out.path.name.startswith(f"{CASE_ID}_resettlement-referral_")
        assert out.path.suffix == ".pdf" and saved.pdf is not None and saved.pdf.pages >= 1
        document = archive.catalog.document(out.document_id)
        assert document.kind == "letter"
        assert document.title == f"Resettlement referral letter {CASE_ID}"
        linked = {d.id for d, _ in archive.cases.documents(CASE_ID)}
        assert out.document_id in linked
        hits = archive.find("Rahimi", SearchOptions(kinds=("letter",))).hits
        assert out.document_id in [h.id for h in hits]
        assert [o.id for o in outputs_of(archive, CASE_ID)] == [out.id]
        snapshot = output_context(archive, out.id)
        audit = archive.catalog.conn.execute(
            "SELECT detail FROM audit WHERE action = 'drafted' ORDER BY id DESC"
        ).fetchone()[0]
    assert snapshot["template"] == "resettlement-referral"
    assert snapshot["context"]["case"]["id"] == CASE_ID
    assert snapshot["values"]["grounds"] == TYPED["grounds"]
    stored = json.dumps(snapshot, ensure_ascii=False)
    assert SECRET_PASSPORT not in stored and SECRET_NOTE not in stored
    assert json.loads(audit) == {
        "case": CASE_ID,
        "template": "resettlement-referral",
        "output": out.id,
    }


def test_a_briefing_note_as_html_is_kept_with_its_kind(
    built_archive: tuple[Path, dict[str, int]],
) -> None:
    """GIVEN the archive WHEN a briefing note is saved as HTML with confidential information chosen
    THEN it is indexed as a "briefing note" and its snapshot holds the confidential values."""
    root, _ = built_archive
    with Archive.open(root, write=True) as archive:
        saved = save_draft(archive, draft(archive, "briefing-note", include=True), "html")
        assert saved.output.path.suffix == ".html" and saved.pdf is None
        assert b"INTERNAL" in saved.output.path.read_bytes()
        assert archive.catalog.document(saved.output.document_id).kind == "briefing note"
        hits = archive.find("Rahimi", SearchOptions(kinds=("briefing note",))).hits
        assert [h.id for h in hits] == [saved.output.document_id]
        snapshot = output_context(archive, saved.output.id)
    assert snapshot["context"]["principal"]["passport"] == SECRET_PASSPORT
    assert snapshot["context"]["confidential_included"] is True


def test_an_archive_open_for_reading_refuses_to_keep_a_draft(
    built_archive: tuple[Path, dict[str, int]],
) -> None:
    """GIVEN the archive opened read-only WHEN a draft is saved THEN a plain error, nothing kept."""
    root, _ = built_archive
    before = sorted((root / "outputs").iterdir())
    with Archive.open(root, write=False) as archive:
        rendered = draft(archive, "case-summary")
        with pytest.raises(ArchiveError, match="read-only"):
            save_draft(archive, rendered, "pdf")
    assert sorted((root / "outputs").iterdir()) == before
