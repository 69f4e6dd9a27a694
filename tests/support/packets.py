"""An invented case with four kinds of document, for packet tests (no real people).

A filled PDF form, a three-page PDF, an email and a DOCX, all linked to the case of
:mod:`tests.support.drafting`, in an archive built in a temporary folder.
"""

from __future__ import annotations

import json
import zipfile
from email.message import EmailMessage
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from desktop.demo_forms import build_form_pdf
from desktop.output.pdf import html_to_pdf
from index.archive import Archive
from index.ingest.pipeline import Ingest, IngestOptions
from tests.support.drafting import CASE_ID, OFFICE, realistic_case

FORM_VALUE = "Zarghunavalue"  # a filled-in form value that must stay visible
DOCX_WORDS = "Statement typed in Word about the radio station"
EMAIL_WORDS = "Please find the appointment confirmation below"
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_RELS = (
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
    '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)
NAMES = ("form.pdf", "long.pdf", "mail.eml", "statement.docx")


def write_packet_documents(folder: Path) -> Path:
    """The four documents, in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    spec = {
        "title": "Registration form (test)",
        "date": "2024-01-10",
        "heading": "Registration Form",
        "intro": "TEST FORM, invented.",
        "footer": "Filled in for the tests.",
        "fields": [
            {"name": "CaseNumber", "label": "Case number", "value": CASE_ID},
            {"name": "FamilyName", "label": "Family name", "value": FORM_VALUE},
            {"name": "Dependants", "label": "Has dependants", "type": "checkbox", "value": True},
        ],
    }
    spec_path = folder / "form.form.json"
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    build_form_pdf(spec_path, folder / "form.pdf")
    spec_path.unlink()
    pages = "".join(
        f'<p style="page-break-before: always">Long document page {n} for case {CASE_ID}.</p>'
        for n in range(2, 4)
    )
    html_to_pdf(f"<p>Long document page 1.</p>{pages}", folder / "long.pdf", title="Long report")
    _write_email(folder / "mail.eml")
    _write_docx(folder / "statement.docx")
    return folder


def _write_email(path: Path) -> None:
    write_email(
        path,
        f"Appointment for {CASE_ID}",
        "Tue, 05 Mar 2024 10:00:00 +0000",
        f"{EMAIL_WORDS}.\nThe interview is on 20 March.\n",
    )


def write_email(path: Path, subject: str, date: str, body: str) -> None:
    """A plain-text email from the clinic's caseworker to its office."""
    message = EmailMessage()
    message["From"] = "caseworker@clinic.example"
    message["To"] = "office@clinic.example"
    message["Subject"] = subject
    message["Date"] = date
    message.set_content(body)
    path.write_bytes(bytes(message))


def _write_docx(path: Path) -> None:
    write_docx(path, f"{DOCX_WORDS} for case {CASE_ID}.")


def write_docx(path: Path, text: str) -> None:
    """The smallest DOCX Word and python-docx read: one paragraph of ``text``."""
    body = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
    document = (
        f'<?xml version="1.0"?><w:document xmlns:w="{_W_NS}"><w:body>{body}</w:body></w:document>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", document)


def build_packet_archive(root: Path, documents: Path) -> dict[str, int]:
    """An archive with the case, its office and the four documents; ids by file name."""
    with Archive.open(root, write=True) as archive:
        Ingest(archive, IngestOptions(cases=(CASE_ID,), workers=1)).run([documents])
        archive.cases.save(realistic_case())
        archive.cases.set_office(**OFFICE)
        found = {d.name: d.id for d, _ in archive.cases.documents(CASE_ID)}
    missing = set(NAMES) - set(found)
    assert not missing, f"not ingested: {missing}"
    return found


LOCKED_PASSWORD = "Ghazni-77"
LOCKED_WORDS = "Clinic report held under a password"


def add_note_and_locked_pdf(root: Path, folder: Path) -> tuple[int, int]:
    """Add to the case a drafted briefing note (internal) and a PDF protected with
    :data:`LOCKED_PASSWORD`, added with it (CaseDesk does not keep it); their ids."""
    from desktop.drafting.output import save_draft
    from tests.support.drafting import draft

    folder.mkdir(parents=True, exist_ok=True)
    plain, locked = folder / "plain.pdf", folder / "clinic.pdf"
    html_to_pdf(f"<p>{LOCKED_WORDS} for case {CASE_ID}.</p>", plain, title="Clinic report")
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(LOCKED_PASSWORD, algorithm="AES-256")
    with locked.open("wb") as out:
        writer.write(out)
    with Archive.open(root, write=True) as archive:
        note = save_draft(archive, draft(archive, "briefing-note"), "pdf").output.document_id
        options = IngestOptions(cases=(CASE_ID,), passwords=(LOCKED_PASSWORD,), workers=1)
        summary = Ingest(archive, options).run([locked])
        assert summary.added == 1, summary.problems
        (locked_id,) = [d.id for d, _ in archive.cases.documents(CASE_ID) if d.name == locked.name]
    assert note is not None
    return note, locked_id
