"""An archive of made-up case documents, ingested through the real pipeline."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pypdf
import pytest

from desktop.output.pdf import html_to_pdf
from index.archive import Archive
from index.ingest.pipeline import Ingest, IngestOptions
from tests.support.hostile import simple_pdf

FAMILY_NAME = "form1[0].#subform[0].Pt2Line4a_FamilyName[0]"


def filled_i130(corpus: Path, target: Path, family_name: str) -> Path:
    """A copy of the real I-130 with the petitioner's family name filled in (with pypdf)."""
    writer = pypdf.PdfWriter(clone_from=corpus / "forms" / "i-130.pdf")
    writer.set_need_appearances_writer(True)
    for page in writer.pages:
        writer.update_page_form_field_values(
            page, {FAMILY_NAME: family_name}, auto_regenerate=False
        )
    with target.open("wb") as out:
        writer.write(out)
    return target


def _email(folder: Path) -> None:
    message = EmailMessage()
    message["From"] = "Protection Officer <officer@unhcr.example>"
    message["To"] = "desk@legal-aid.example"
    message["Subject"] = "Deportation risk for the Noori family"
    message["Date"] = "Mon, 04 Mar 2024 09:00:00 +0500"
    message.set_content("The Noori family in Karachi received a notice to leave by 31 March.")
    (folder / "noori-risk.eml").write_bytes(bytes(message))


def _files(folder: Path, corpus: Path) -> None:
    (folder / "a-statement.txt").write_text(
        "Statement of Muhammad Qasim Ahmadzai (محمد قاسم احمدزی), case AFG-2024-00137.\n"
        "He worked as an interpreter. Passport No.: P04417730. A-number A-204-771-395.\n"
        "Interview on 15/10/2023 at the embassy."
    )
    (folder / "b-mohammad.txt").write_text(
        "Note about Mohammad Karimi, interviewed in Peshawar on 2023-12-02, case AFG-2024-00200."
    )
    (folder / "c-visa.txt").write_text("Visa application checklist for the resettlement interview.")
    (folder / "d-fa.txt").write_text("نامه سفارت درباره مصاحبه خانواده", encoding="utf-8")
    simple_pdf(
        folder / "e-letter.pdf",
        [
            "Cover page of the embassy letter",
            "Second page: general background on the programme",
            "Third page: the applicant Farzana Qasimi was threatened in Herat",
        ],
    )
    persian = (corpus / "text" / "fa_seraji-ud-dev.txt").read_text(encoding="utf-8").splitlines()[4]
    html_to_pdf(f'<p dir="rtl">{persian}</p>', folder / "f-persian.pdf")
    filled_i130(corpus, folder / "g-i130.pdf", "Ahmadzai")
    _email(folder)


@pytest.fixture(scope="package")
def search_archive(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Archive:
    """An archive (opened for reading) holding the documents above and a corpus Arabic PDF."""
    root = tmp_path_factory.mktemp("search")
    folder = root / "in"
    folder.mkdir()
    _files(folder, corpus)
    arabic = corpus / "pdf" / "pypdf-resources" / "hello-world.pdf"
    with Archive.open(root / "archive", write=True) as archive:
        summary = Ingest(archive, IngestOptions(cases=())).run([folder, arabic])
        assert not summary.problems, summary.problems
        archive.catalog.set_tags(archive.find("visa").hits[0].id, add=["checklist"])
        archive.index_pending()
    archive = Archive.open(root / "archive", write=False)
    yield archive
    archive.close()
