"""``casedesk draft … -o letter.docx`` end to end: Word letters from the real command."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document

from tests.cli.test_draft_cli import archive_with_case
from tests.support.drafting import CASE_ID, SECRET_PASSPORT
from tests.support.word import paragraphs_of, write_docx

DARI = "شبنم در رادیو سحر هرات برنامه آموزش دختران را اجرا می‌کرد."


def docx_text(path: Path) -> str:
    document = Document(io.BytesIO(path.read_bytes()))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_draft_to_docx_refuses_blanks_then_keeps_a_findable_word_letter(
    tmp_path: Path, casedesk
) -> None:
    """GIVEN an archive with a case WHEN a referral is drafted to letter.docx without its
    grounds THEN exit 2 with the grounds named and nothing written; AND WHEN drafted with grounds
    in Dari THEN exit 0, the .docx names the applicant and the case, no confidential passport,
    the Dari paragraph is right-to-left, it is kept in outputs/ and search finds it as a letter."""
    ids = archive_with_case(tmp_path, casedesk)
    out = tmp_path / "letter.docx"
    refused = casedesk("draft", "resettlement-referral", "--case", CASE_ID, "-o", out)
    assert refused.code == 2 and "Grounds for resettlement" in refused.err
    assert not out.exists() and not list((casedesk.archive / "outputs").iterdir())
    drafted = casedesk(
        "draft", "resettlement-referral", "--case", CASE_ID, "--set", f"grounds={DARI}",
        "--cite", str(ids["radio-letter.pdf"]), "-o", out, "--json",
    )  # fmt: skip
    assert drafted.code == 0, drafted.err
    result = drafted.json
    assert result["kind"] == "letter" and result["archive_path"].endswith(".docx")
    text = docx_text(out)
    assert "Shabnam Rahimi" in text and CASE_ID in text and SECRET_PASSPORT not in text
    assert [p for p in paragraphs_of(out.read_bytes()) if p[0] == DARI and p[1]]
    assert (casedesk.archive / result["archive_path"]).read_bytes() == out.read_bytes()
    found = casedesk("search", "type:letter", "--json")
    assert result["document_id"] in [h["id"] for h in found.json["hits"]]
    listed = {t["name"]: t for t in casedesk("templates", "--json").json["templates"]}
    assert listed["resettlement-referral"]["word"] is True


def test_the_offices_letterhead_docx_and_a_broken_one_from_the_archive(
    tmp_path: Path, casedesk
) -> None:
    """GIVEN the archive's templates/ holding the office's own urgent-protection-referral.docx
    and a broken.docx WHEN each is drafted to .docx THEN the office's letterhead is in the
    letter; the broken one exits 2 naming its paragraph in plain words, with no traceback."""
    archive_with_case(tmp_path, casedesk)
    own = casedesk.archive / "templates"
    write_docx(
        own / "urgent-protection-referral.docx",
        ["HILLSIDE OWN LETTERHEAD", "{{ case.id }} {{ principal.name }}",
         "{{ immediate_risk|paragraphs }}"],
        metadata=False,
    )  # fmt: skip
    write_docx(own / "broken.docx", ["Dear reader", "{% if case.id %}unclosed"])
    out = tmp_path / "urgent.docx"
    drafted = casedesk(
        "draft", "urgent-protection-referral", "--case", CASE_ID,
        "--set", "immediate_risk=Police came on 10 March.", "--set", "risk_on_return=High.",
        "-o", out,
    )  # fmt: skip
    assert drafted.code == 0, drafted.err
    assert "HILLSIDE OWN LETTERHEAD" in docx_text(out)
    assert "Police came on 10 March." in docx_text(out)
    broken = casedesk(
        "draft", "broken", "--case", CASE_ID, "--set", "subject=x", "-o", tmp_path / "b.docx"
    )
    assert broken.code == 2 and "Traceback" not in broken.err
    assert "broken.docx, paragraph 9 (“{% if case.id %}unclosed”)" in broken.err
    assert not (tmp_path / "b.docx").exists()
