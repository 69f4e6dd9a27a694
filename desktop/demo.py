"""The demo archive: invented cases from ``resources/demo``, ingested like real files.

Sources are staged in CaseDesk's cache folder (``~/.cache/CaseDesk/demo-sources`` on
Linux), never beside the archive the user named, and each case folder is ingested with
``--case <folder name>``.  Files are copied as they are, except:

* ``*.pdf.html`` is rendered to PDF with Qt, dated by ``<meta name="demo-date" content="…">``
  (else Qt dates it today); ``<meta name="demo-password" content="…">`` encrypts it with
  that password (the Problems panel shows it as locked);
* ``*.form.json`` becomes a filled AcroForm PDF (see :mod:`desktop.demo_forms`);
* ``*.eml.json`` becomes an email whose attachments are PDFs rendered from the
  ``*.part.html`` files beside it (which are not staged themselves);
* ``*.scan.json`` becomes a JPEG: a scan or phone photo drawn from its text (an identity
  card, a letter in Dari, a specimen passport page; see :mod:`desktop.demo_scans`).

Everything generated is made once: a staged file that exists is kept, so adding the demo
again finds every file unchanged.

``cases.json`` is not staged: it holds each case's record (people, pathway, needs,
deadlines, notes) and the office's details, saved after the documents are added.  Its
deadlines are written as of a fixed day (``as_of``, see :func:`demo_as_of`).  Built for
a given ``today`` (what ``casedesk demo`` does), every deadline moves by the days between
``as_of`` and that day, so a newcomer sees the cases as they stood on ``as_of``: some
overdue, several due within two weeks.  Built without one (the tests), the demo is the
same whenever it is built; saving the same records again changes nothing.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import replace
from datetime import date, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from platformdirs import user_cache_path
from pypdf import PdfReader, PdfWriter

from desktop.demo_forms import build_form_pdf
from desktop.demo_scans import build_scan
from desktop.output.pdf import ensure_gui_application, html_to_pdf
from index.archive import Archive
from index.cases.as_json import case_from_json
from index.cases.model import Deadline
from index.ingest.pipeline import Ingest, IngestOptions
from index.ingest.summary import Summary

SOURCES = Path(__file__).resolve().parents[1] / "resources" / "demo"
_BUILT = {".pdf.html": ".pdf", ".form.json": ".pdf", ".eml.json": ".eml", ".scan.json": ".jpg"}
CASES_FILE = "cases.json"
_NOT_STAGED = ("README.md", CASES_FILE)


def build_demo_archive(
    root: Path, sources: Path = SOURCES, staging: Path | None = None, today: date | None = None
) -> Summary:
    """Add the demo documents to the archive at ``root``; returns the combined summary.

    The files are staged in ``staging`` (default: :func:`staging_folder`) and added from
    there, so building the demo again finds them unchanged.  With ``today``, the cases'
    deadlines are moved to stand from ``today`` as they stood from ``as_of``.
    """
    staged = _stage(sources, staging or staging_folder())
    total = Summary()
    with Archive.open(root, write=True, holder="casedesk demo") as archive:
        for case_folder in sorted(p for p in staged.iterdir() if p.is_dir()):
            options = IngestOptions(cases=(case_folder.name,))
            _merge(total, Ingest(archive, options).run([case_folder]))
        save_demo_cases(archive, sources, today)
    return total


def staging_folder() -> Path:
    """Where the demo's files are staged: the user's cache folder (they can be made again)."""
    return user_cache_path("CaseDesk", appauthor=False) / "demo-sources"


def demo_as_of(sources: Path = SOURCES) -> date:
    """The day the demo's deadlines are written for (its "today")."""
    return date.fromisoformat(_cases_file(sources)["as_of"])


def _cases_file(sources: Path) -> dict:
    return json.loads((sources / CASES_FILE).read_text(encoding="utf-8"))


def save_demo_cases(archive: Archive, sources: Path = SOURCES, today: date | None = None) -> None:
    """Save the office's details and every case record (unchanged ones stay as they are);
    with ``today``, each deadline as many days later as ``today`` is after ``as_of``."""
    data = _cases_file(sources)
    shift = today - date.fromisoformat(data["as_of"]) if today else timedelta(0)
    archive.cases.set_office(**data["office"])
    for record in data["cases"]:
        case = case_from_json(record)
        if shift:
            case = replace(case, deadlines=tuple(_moved(d, shift) for d in case.deadlines))
        archive.cases.save(case)


def _moved(deadline: Deadline, shift: timedelta) -> Deadline:
    return replace(deadline, date=(date.fromisoformat(deadline.date) + shift).isoformat())


def _stage(sources: Path, staged: Path) -> Path:
    """Copy the sources into ``staged``, building generated files once."""
    for source in sorted(sources.rglob("*")):
        if not source.is_file() or source.name in _NOT_STAGED or _is_part(source):
            continue
        target = staged / source.relative_to(sources)
        target.parent.mkdir(parents=True, exist_ok=True)
        suffix = next((s for s in _BUILT if source.name.endswith(s)), None)
        if suffix is not None:
            target = target.with_name(source.name.removesuffix(suffix) + _BUILT[suffix])
        if target.exists():
            continue
        if suffix is None:
            shutil.copy2(source, target)
        else:
            _build(source, suffix, target)
    return staged


def _is_part(source: Path) -> bool:
    """Whether ``source`` is only a piece of another source (an email's attachment)."""
    return source.name.endswith(".part.html")


def _build(source: Path, suffix: str, target: Path) -> None:
    """Make ``target`` from ``source``, written in full to a temporary name first."""
    ensure_gui_application()
    partial = target.with_name(f".{target.name}.partial")
    if suffix == ".scan.json":
        build_scan(source, partial)
    elif suffix == ".form.json":
        build_form_pdf(source, partial)
    elif suffix == ".eml.json":
        _email(source, partial)
    else:
        _pdf(source.read_text(encoding="utf-8"), partial, target.stem)
    partial.replace(target)


def _pdf(html: str, target: Path, title: str) -> None:
    """Render ``html`` to a PDF, dated and encrypted as its ``demo-date`` and
    ``demo-password`` meta tags say (``<meta name="demo-date" content="2024-02-20">``)."""
    html_to_pdf(html, target, title=title)
    date, password = _meta(html, "demo-date"), _meta(html, "demo-password")
    if not (date or password):
        return
    writer = PdfWriter(clone_from=PdfReader(target))
    if date:
        writer.add_metadata({"/CreationDate": f"D:{date.replace('-', '')}090000"})
    if password:
        writer.encrypt(password, algorithm="AES-128")
    with target.open("wb") as out:
        writer.write(out)


def _meta(html: str, name: str) -> str:
    """The content of ``<meta name="…" content="…">`` in ``html``, or ``""``."""
    match = re.search(rf'<meta\s+name="{name}"\s+content="([^"]*)"', html, re.IGNORECASE)
    return match.group(1) if match else ""


def _email(source: Path, target: Path) -> None:
    """Write the email described in ``source``: headers, body, PDFs rendered from HTML.

    ``{"from", "to", "subject", "date", "message_id", "body",
    "attachments": [{"filename": "x.pdf", "html": "x.html"}]}``; ``html`` is a file
    next to ``source`` (not staged itself: name it ``*.part.html``).
    """
    spec = json.loads(source.read_text(encoding="utf-8"))
    message = EmailMessage(policy=SMTP)
    for header in ("from", "to", "subject", "date"):
        message[header.title()] = spec[header]
    message["Message-ID"] = spec["message_id"]
    message.set_content(spec["body"])
    for attachment in spec.get("attachments", ()):
        pdf = target.with_name(f".{attachment['filename']}.partial")
        html = (source.parent / attachment["html"]).read_text(encoding="utf-8")
        _pdf(html, pdf, Path(attachment["filename"]).stem)
        message.add_attachment(
            pdf.read_bytes(), "application", "pdf", filename=attachment["filename"]
        )
        pdf.unlink()
    target.write_bytes(message.as_bytes())


def _merge(total: Summary, part: Summary) -> None:
    for name in ("given", "added", "unchanged", "duplicates", "attachments", "extracted"):
        setattr(total, name, getattr(total, name) + getattr(part, name))
    total.problems += part.problems
    total.attachment_problems += part.attachment_problems
