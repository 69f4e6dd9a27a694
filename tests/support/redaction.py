"""Documents that hold a case's confidential values, and a reader that finds any trace.

The values are those of :func:`tests.support.drafting.realistic_case` plus an A-number,
written the ways people write them (spaced, hyphenated); :func:`every_trace` reads a
PDF by every route there is — pypdf's text, PDFium's text, every object's strings and
names and every stream decompressed — independently of the code under test.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

from desktop.demo_forms import build_form_pdf
from desktop.output.pdf import html_to_pdf
from index.archive import Archive
from index.cases.model import Case
from index.ingest.pipeline import Ingest, IngestOptions
from tests.support.drafting import CASE_ID, SECRET_LOCATION, SECRET_PASSPORT, realistic_case
from tests.support.packets import write_docx, write_email

SECRET_A_NUMBER = "A212345678"
SECRET_TAZKIRA = "0000-0452-00001"
CLEAN_WORDS = "A second page with nothing secret on it"
SECRET_NAMES = ("passport-copy.pdf", "secret-form.pdf", "secret.eml", "secret.docx")


def case_with_a_number() -> Case:
    """The realistic case, its principal given an A-number too."""
    case = realistic_case()
    principal = replace(case.people[0], a_number=SECRET_A_NUMBER)
    return replace(case, people=(principal, *case.people[1:]))


def compact(text: str) -> str:
    """Letters and digits only, lower case: spacing and hyphen variants become one."""
    return re.sub(r"[\W_]+", "", text).lower()


SECRETS = tuple(compact(v) for v in (SECRET_PASSPORT, SECRET_A_NUMBER, SECRET_LOCATION))


def write_secret_documents(folder: Path) -> Path:
    """A 3-page PDF (values on pages 1 and 3, spaced; its title holds the passport), a
    form with the passport typed into a field, an email and a DOCX naming the values."""
    folder.mkdir(parents=True, exist_ok=True)
    html_to_pdf(
        f"<p>Copy of the passport: number {SECRET_PASSPORT}, issued in Kabul.</p>"
        f'<p style="page-break-before: always">{CLEAN_WORDS}.</p>'
        '<p style="page-break-before: always">Written again as P 0004 5201 and '
        "A-212-345-678, living at Bhara Kahu,  Islamabad.</p>",
        folder / "passport-copy.pdf",
        title=f"Passport {SECRET_PASSPORT}",
    )
    spec = {
        "title": "Travel form (test)",
        "date": "2024-02-01",
        "heading": "Travel Form",
        "intro": "TEST FORM, invented.",
        "footer": "Filled in for the tests.",
        "fields": [{"name": "Passport", "label": "Passport number", "value": SECRET_PASSPORT}],
    }
    spec_path = folder / "secret-form.form.json"
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    build_form_pdf(spec_path, folder / "secret-form.pdf")
    spec_path.unlink()
    write_email(
        folder / "secret.eml",
        f"A-number {SECRET_A_NUMBER} for {CASE_ID}",
        "Wed, 06 Mar 2024 10:00:00 +0000",
        f"She now lives at {SECRET_LOCATION}.\nA-number: A 212 345 678.\n",
    )
    write_docx(folder / "secret.docx", f"Passport p0004-5201 seen at {SECRET_LOCATION}.")
    return folder


def add_secret_documents(root: Path, folder: Path) -> dict[str, int]:
    """Ingest the secret documents into the archive at ``root`` (linked to the case, which
    gets its A-number); every document of the case by file name."""
    with Archive.open(root, write=True) as archive:
        Ingest(archive, IngestOptions(cases=(CASE_ID,), workers=1)).run([folder])
        archive.cases.save(case_with_a_number())
        found = {d.name: d.id for d, _ in archive.cases.documents(CASE_ID)}
    missing = set(SECRET_NAMES) - set(found)
    assert not missing, f"not ingested: {missing}"
    return found


def every_trace(path: Path, password: str | None = None) -> str:
    """All the text that can be got out of the PDF at ``path``, by every route, joined."""
    reader = pypdf.PdfReader(path)
    if reader.is_encrypted:
        assert reader.decrypt(password or "")
    parts = [page.extract_text() for page in reader.pages]
    document = pdfium.PdfDocument(str(path), password=password)
    for page in document:
        parts.append(page.get_textpage().get_text_bounded())
    document.close()
    parts += _objects(reader)
    return "\n".join(parts)


def _objects(reader: pypdf.PdfReader) -> list[str]:
    found: list[str] = []
    seen: set[int] = set()
    pending: list[object] = [reader.trailer]
    numbers = {n for table in reader.xref.values() for n in table} | set(reader.xref_objStm)
    pending += [IndirectObject(n, 0, reader) for n in numbers]
    while pending:
        item = pending.pop()
        if isinstance(item, IndirectObject):
            if item.idnum in seen:
                continue
            seen.add(item.idnum)
            try:
                pending.append(item.get_object())
            except Exception:  # a number that is no object
                continue
        elif isinstance(item, DictionaryObject):
            if isinstance(item, StreamObject):
                found.append(item.get_data().decode("latin-1"))
            found += [str(k) for k in item]
            pending += list(item.values())
        elif isinstance(item, ArrayObject):
            pending += list(item)
        elif isinstance(item, bytes):
            found.append(item.decode("latin-1"))
        elif item is not None:
            found.append(str(item))
    return found


def traces_of_secrets(text: str) -> list[str]:
    """Which secrets (compacted) can be found in ``text``, however spaced."""
    flat = compact(text)
    return [s for s in SECRETS if s in flat]
