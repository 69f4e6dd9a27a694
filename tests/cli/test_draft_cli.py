"""``casedesk templates`` and ``casedesk draft`` end to end, on a real archive."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pypdf

from tests.support.drafting import CASE_ID, SECRET_PASSPORT, build_archive, write_documents


def archive_with_case(tmp_path: Path, casedesk) -> dict[str, int]:
    """The invented case, its office and two documents, in the archive ``casedesk`` uses."""
    return build_archive(casedesk.archive, write_documents(tmp_path / "documents"))


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_templates_lists_each_template_with_its_fields(tmp_path: Path, casedesk) -> None:
    """GIVEN no archive yet WHEN casedesk templates --json runs
    THEN the shipped templates are listed with kind and labelled fields, none broken."""
    listed = casedesk("templates", "--json")
    assert listed.code == 0, listed.err
    templates = {t["name"]: t for t in listed.json["templates"]}
    assert listed.json["broken"] == []
    assert templates["briefing-note"]["kind"] == "briefing note"
    fields = {f["name"]: f for f in templates["resettlement-referral"]["fields"]}
    assert fields["grounds"]["label"] == "Grounds for resettlement (profile and risk)"
    assert fields["grounds"]["type"] == "multiline" and fields["grounds"]["required"]
    assert "Signatory (office settings)" in [
        n["label"] for n in templates["resettlement-referral"]["needs"]
    ]
    assert "--set grounds=" in casedesk("templates").out


def test_draft_refuses_with_the_missing_fields_then_drafts_a_findable_letter(
    tmp_path: Path, casedesk
) -> None:
    """GIVEN an archive with a case and its documents
    WHEN a referral letter is drafted without its grounds and without a citation
    THEN exit 2, both listed by label, and nothing written or kept;
    AND WHEN drafted with them THEN exit 0, the PDF names the applicant and the case with page
    numbers and no confidential passport, it is kept in outputs/, and search finds it as a letter."""
    ids = archive_with_case(tmp_path, casedesk)
    out = tmp_path / "letter.pdf"
    refused = casedesk("draft", "resettlement-referral", "--case", CASE_ID, "-o", out)
    assert refused.code == 2
    assert "Grounds for resettlement (profile and risk)" in refused.err
    assert "At least one cited document" in refused.err and "Traceback" not in refused.err
    assert not out.exists() and not list((casedesk.archive / "outputs").iterdir())

    refused_json = casedesk(
        "draft", "resettlement-referral", "--case", CASE_ID, "-o", out, "--json"
    )
    assert refused_json.code == 2 and refused_json.json["drafted"] is False
    assert {m["label"] for m in refused_json.json["missing"]} == {
        "Grounds for resettlement (profile and risk)",
        "At least one cited document",
    }

    drafted = casedesk(
        "draft", "resettlement-referral", "--case", CASE_ID.lower(),
        "--set", "grounds=She presented a radio programme on girls' education in Herat.",
        "--cite", f"{ids['radio-letter.pdf']}:2", "--cite", str(ids["statement.txt"]),
        "-o", out, "--json",
    )  # fmt: skip
    assert drafted.code == 0, drafted.err
    result = drafted.json
    assert result["kind"] == "letter" and result["case"] == CASE_ID and result["pages"] >= 1
    assert result["missing_glyphs"] == 0
    text = pdf_text(out)
    assert "Shabnam Rahimi" in text and CASE_ID in text and "Page 1 of" in text
    assert SECRET_PASSPORT not in text
    kept = casedesk.archive / result["archive_path"]
    assert kept.parent.name == "outputs" and kept.read_bytes() == out.read_bytes()

    hits = casedesk("search", "Rahimi", "--type", "letter", "--json").json["hits"]
    assert result["document_id"] in [h["id"] for h in hits]
    shown = casedesk("show", str(result["document_id"]), "--json").json
    assert shown["kind"] == "letter" and shown["cases"] == [CASE_ID]


def test_draft_html_with_confidential_information_chosen(tmp_path: Path, casedesk) -> None:
    """GIVEN the case WHEN a case summary is drafted as HTML with --include-confidential
    THEN the HTML holds the confidential passport number and is kept as a document."""
    archive_with_case(tmp_path, casedesk)
    out = tmp_path / "summary.html"
    drafted = casedesk(
        "draft", "case-summary", "--case", CASE_ID, "--include-confidential", "-o", out, "--json"
    )
    assert drafted.code == 0, drafted.err
    assert SECRET_PASSPORT in out.read_text(encoding="utf-8")
    assert drafted.json["kind"] == "case file" and "pages" not in drafted.json


def test_draft_usage_errors_and_hostile_templates_exit_2(tmp_path: Path, casedesk) -> None:
    """GIVEN the archive WHEN drafting with a bad output name, an unknown template, an unknown case,
    a bad --set, or the archive's own template that reaches for Python internals
    THEN each exits 2 with a sentence and no traceback."""
    archive_with_case(tmp_path, casedesk)
    own = casedesk.archive / "templates"
    own.mkdir()
    (own / "escape.html").write_text(
        '{#\ntitle = "Escape"\nkind = "letter"\n#}\n{{ cycler.__init__.__globals__ }}'
    )
    out = str(tmp_path / "x.pdf")
    cases = {
        "a .pdf, .html or .docx file": (
            "case-summary",
            "--case",
            CASE_ID,
            "-o",
            tmp_path / "x.odt",
        ),
        "no template called": ("thank-you-note", "--case", CASE_ID, "-o", out),
        "no case AFG-2099-00001": ("case-summary", "--case", "AFG-2099-00001", "-o", out),
        "FIELD=VALUE": ("case-summary", "--case", CASE_ID, "--set", "summary", "-o", out),
        "may not use": ("escape", "--case", CASE_ID, "-o", out),
    }
    for expected, args in cases.items():
        result = casedesk("draft", *args)
        assert result.code == 2 and expected in result.err, (expected, result.err)
        assert "Traceback" not in result.err
