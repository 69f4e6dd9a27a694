"""The whole shared corpus of real third-party files, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.archive import Archive
from index.ingest.pipeline import Ingest
from index.ingest.summary import Summary


@pytest.fixture(scope="module")
def corpus_archive(
    tmp_path_factory: pytest.TempPathFactory, corpus: Path
) -> tuple[Path, Summary, Summary]:
    """The corpus added twice to one archive: the two summaries."""
    root = tmp_path_factory.mktemp("corpus") / "archive"
    runs = []
    for _ in range(2):
        with Archive.open(root, write=True) as archive:
            runs.append(Ingest(archive).run([corpus]))
    return root, runs[0], runs[1]


def _files(corpus: Path) -> int:
    return sum(
        1
        for p in corpus.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(corpus).parts)
    )


def test_every_corpus_file_is_accounted_for(corpus_archive, corpus: Path) -> None:
    """GIVEN every file of the shared corpus WHEN added in one call
    THEN no crash, and given = added + duplicates + problems = the files on disk."""
    _, first, _ = corpus_archive
    assert first.given == _files(corpus)
    assert first.added + first.duplicates + len(first.problems) == first.given
    assert first.added > 300 and first.attachments > 0


def test_a_second_run_reads_nothing(corpus_archive) -> None:
    """GIVEN the corpus already added WHEN added again THEN nothing is extracted and the counts match."""
    _, first, second = corpus_archive
    assert second.extracted == 0 and second.added == 0
    assert second.unchanged == first.added + first.duplicates
    assert len(second.problems) == len(first.problems)


def test_problems_have_the_expected_kinds(corpus_archive) -> None:
    """GIVEN the corpus WHEN added THEN password-protected PDFs and broken Word files are
    problems of the right kind, each with a reason and an action; LibreOffice files are read."""
    _, first, _ = corpus_archive
    kinds = {Path(p.path).name: p.kind for p in first.problems}
    assert kinds["r4-user-password.pdf"] == "password"
    assert "r6-user-password.pdf" not in kinds  # its owner password is empty: pypdf reads it
    assert kinds["crazyones-encrypted-256.pdf"] == "password"
    assert "smile.png" not in kinds  # a picture: a document whose page waits for OCR
    assert kinds["truncated62886.docx"] == "damaged"
    assert "source.odt" not in kinds and "libreoffice-form.odt" not in kinds
    assert all(p.reason and p.action for p in first.problems)


def test_persian_and_pashto_text_is_findable(corpus_archive, corpus: Path) -> None:
    """GIVEN the Persian and Pashto UD sentences WHEN searched by a word in each, also written
    with Arabic yeh/kaf THEN the right file is found."""
    root, _, _ = corpus_archive
    with Archive.open(root, write=False) as archive:
        persian = {Path(h.path).name for h in archive.find("سرمایه‌گذاری مخابرات").hits}
        arabic_letters = {
            Path(h.path).name
            for h in archive.find("مخابرات وزارت پست و تلگراف و تلفن".replace("ی", "ي")).hits
        }
        pashto_line = (corpus / "text" / "ps_sikaram-ud-test.txt").read_text().splitlines()[2]
        pashto = {Path(h.path).name for h in archive.find(" ".join(pashto_line.split()[:3])).hits}
    assert "fa_seraji-ud-dev.txt" in persian
    assert "fa_seraji-ud-dev.txt" in arabic_letters
    assert "ps_sikaram-ud-test.txt" in pashto


def test_a_filled_form_is_searchable_by_its_fields(corpus_archive) -> None:
    """GIVEN the I-130 and the empty-password I-485 WHEN added THEN both are forms with hundreds
    of typed fields, and the I-485 (encrypted with an empty password) opened."""
    root, _, _ = corpus_archive
    with Archive.open(root, write=False) as archive:
        db = archive.catalog.conn
        rows = db.execute(
            "SELECT d.name, d.kind, count(f.name), count(DISTINCT f.type) FROM documents d "
            "JOIN fields f ON f.document_id = d.id WHERE d.name LIKE 'i-%.pdf' GROUP BY d.id"
        ).fetchall()
    forms = {name: (kind, fields, types) for name, kind, fields, types in rows}
    assert (
        forms["i-130.pdf"][0] == "form"
        and forms["i-130.pdf"][1] > 100
        and forms["i-130.pdf"][2] >= 3
    )
    assert forms["i-485-encrypted-empty-password.pdf"][1] > 100


def test_check_passes_after_the_corpus(corpus_archive) -> None:
    """GIVEN the corpus archive WHEN checked THEN catalog, originals and index agree."""
    root, _, _ = corpus_archive
    with Archive.open(root, write=True, repair=False) as archive:
        report = archive.check()
    assert report.errors == []
    assert report.counts["documents"] == report.counts["index_documents"]
