"""The generated archive corpus: deterministic, and every file is what it claims to be."""

from __future__ import annotations

import email
import re
from email import policy
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from benchmarks.archive_corpus import generate

COUNT = 30


def _contents(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Three corpora of 30 documents: seed 5 twice, seed 6 once."""
    made = {}
    for label, seed in (("first", 5), ("again", 5), ("other", 6)):
        folder = tmp_path_factory.mktemp(label)
        generate(folder, COUNT, seed)
        made[label] = folder
    return made


def test_same_seed_gives_the_same_bytes(corpora: dict[str, Path]) -> None:
    """GIVEN two corpora made with the same count and seed THEN every file is byte-identical."""
    first, again = _contents(corpora["first"]), _contents(corpora["again"])
    assert len(first) == COUNT
    assert first == again


def test_another_seed_gives_other_files(corpora: dict[str, Path]) -> None:
    """GIVEN a corpus made with another seed THEN its files differ."""
    first, other = _contents(corpora["first"]), _contents(corpora["other"])
    assert set(first.values()).isdisjoint(other.values())


def test_every_kind_of_file_is_there(corpora: dict[str, Path]) -> None:
    """GIVEN a corpus THEN it has text files, PDFs and emails."""
    suffixes = {Path(name).suffix for name in _contents(corpora["first"])}
    assert suffixes == {".txt", ".pdf", ".eml"}


def test_pdfs_open_and_forms_have_filled_fields(corpora: dict[str, Path]) -> None:
    """GIVEN the corpus's PDFs WHEN pypdf opens them THEN each has pages, and the forms
    have filled text fields (a case number among them)."""
    forms = 0
    for path in sorted(corpora["first"].rglob("*.pdf")):
        reader = PdfReader(path)
        assert len(reader.pages) >= 1
        fields = reader.get_fields() or {}
        if fields:
            forms += 1
            values = {
                name.rsplit(".", 1)[-1]: f.get("/V") for name, f in fields.items() if "/FT" in f
            }
            assert all(values.values()), path
            assert "Pt2Line1_CaseNumber[0]" in values
    assert forms >= 1


def test_pdf_text_holds_names_and_case_numbers(corpora: dict[str, Path]) -> None:
    """GIVEN a multi-page PDF statement THEN its text has "Case No." and a case number."""
    path = next(p for p in sorted(corpora["first"].rglob("*.pdf")) if "-of-" in p.name)
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    words = text.split()  # Qt places each word apart; pypdf joins them with tabs
    assert "Case No." in " ".join(words)
    assert any(re.fullmatch(r"[A-Z]{3}-\d{4}-\d{5}", word) for word in words)


def test_emails_parse_with_attachments(corpora: dict[str, Path]) -> None:
    """GIVEN the corpus's emails WHEN parsed THEN each has a sender and subject, and some
    carry attachments that are real PDFs."""
    attached = []
    for path in sorted(corpora["first"].rglob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert message["From"] and message["Subject"]
        attached += list(message.iter_attachments())
    pdfs = [a for a in attached if a.get_content_type() == "application/pdf"]
    assert pdfs
    assert len(PdfReader(BytesIO(pdfs[0].get_content())).pages) >= 1
