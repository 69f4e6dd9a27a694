"""The files the reliability tests add, and the checks they make after each fault.

A *workload* is a folder of generated documents (text, PDF, email with an attachment,
DOCX, HTML, a duplicate pair) and, when the shared corpus is present, a fixed slice of
its real third-party files.  Everything is made at test time; nothing binary is committed.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import zipfile
from email.message import EmailMessage
from pathlib import Path

from desktop.cli.main import main
from tests.cli.conftest import Result, casedesk_command
from tests.support.hostile import simple_pdf

# Real files copied in beside the generated ones (paths under the corpus folder).
CORPUS_SLICE = (
    "pdf/sample-files",
    "email/mikel-mail/spec/fixtures/emails/attachment_emails",
    "docx/python-docx",
)


def write_docx(path: Path, paragraphs: list[str]) -> Path:
    """A minimal valid .docx holding ``paragraphs``."""
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>',
        )
        z.writestr(
            "word/document.xml",
            f'<?xml version="1.0"?><w:document xmlns:w="{ns}"><w:body>{body}</w:body></w:document>',
        )
    return path


def write_email(path: Path, number: int, attachment: bytes | None = None) -> Path:
    """An email about a case, optionally with a PDF attached."""
    message = EmailMessage()
    message["From"] = "caseworker@clinic.example"
    message["To"] = "intake@clinic.example"
    message["Subject"] = f"Appointment {number} for case AFG-2024-{number:05}"
    message.set_content(f"Appointment number {number} is confirmed for Tuesday.\n" * 5)
    if attachment is not None:
        message.add_attachment(
            attachment, maintype="application", subtype="pdf", filename=f"notice-{number}.pdf"
        )
    path.write_bytes(message.as_bytes())
    return path


def generated_folder(folder: Path, count: int) -> Path:
    """``count`` small documents of five kinds, plus one exact duplicate of the first."""
    folder.mkdir(parents=True)
    for i in range(count):
        kind = i % 5
        if kind == 0:
            simple_pdf(folder / f"letter-{i:04}.pdf", [f"Letter {i} page {p}" for p in range(3)])
        elif kind == 1:
            pdf = simple_pdf(folder / "tmp.pdf", [f"Notice {i} attached"]).read_bytes()
            (folder / "tmp.pdf").unlink()
            write_email(folder / f"mail-{i:04}.eml", i, pdf if i % 10 == 1 else None)
        elif kind == 2:
            write_docx(folder / f"statement-{i:04}.docx", [f"Statement {i}", "AFG-2024-00137"])
        elif kind == 3:
            (folder / f"page-{i:04}.html").write_text(
                f"<html><body><h1>Report {i}</h1><p>Case AFG-2024-{i:05}</p></body></html>"
            )
        else:
            (folder / f"note-{i:04}.txt").write_text(f"Note {i} for case AFG-2024-{i:05}\n" * 20)
    shutil.copyfile(folder / "note-0004.txt", folder / "note-0004 copy.txt")
    return folder


def workload(folder: Path, corpus: Path | None, generated: int = 60) -> Path:
    """The generated documents and (when present) the corpus slice, in ``folder``."""
    generated_folder(folder / "generated", generated)
    if corpus is not None:
        for part in CORPUS_SLICE:
            if (corpus / part).is_dir():
                shutil.copytree(corpus / part, folder / "corpus" / part, symlinks=True)
    return folder


def run_casedesk(archive: Path, *args: str | os.PathLike[str], timeout: float = 300) -> Result:
    """Run ``casedesk ARGS`` on ``archive`` to the end."""
    done = subprocess.run(
        [*casedesk_command(), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "CASEDESK_ARCHIVE": str(archive)},
        stdin=subprocess.DEVNULL,
    )
    return Result(done.returncode, done.stdout, done.stderr)


def start_casedesk(archive: Path, *args: str | os.PathLike[str]) -> subprocess.Popen:
    """Start ``casedesk ARGS`` in its own process group (so nothing outlives a kill)."""
    return subprocess.Popen(
        [*casedesk_command(), *map(str, args)],
        env={**os.environ, "CASEDESK_ARCHIVE": str(archive)},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def check_passes(archive: Path) -> dict:
    """``casedesk check --json`` on ``archive`` passes; returns its report.

    The command runs in this process (the same code as the console script, without
    the cost of starting Python once per kill point).
    """
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["check", "--json", "--archive", str(archive)])
    assert code == 0, f"check failed after a fault:\n{out.getvalue()}\n{err.getvalue()}"
    return json.loads(out.getvalue())


def stored_copies_match_sources(archive: Path) -> int:
    """Every path the catalog says it stored is byte-identical to its source file.

    Returns how many were compared.  Sources that are gone (a temporary folder) are skipped.
    """
    db = sqlite3.connect(f"{(archive / 'catalog.sqlite').as_uri()}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT path, sha256 FROM paths").fetchall()
    finally:
        db.close()
    compared = 0
    for path, sha in rows:
        source = Path(path)
        if not source.is_file():
            continue
        stored = archive / "originals" / sha[:2] / sha
        assert stored.read_bytes() == source.read_bytes(), f"stored copy differs: {path}"
        assert hashlib.sha256(source.read_bytes()).hexdigest() == sha
        compared += 1
    return compared


class PeakMemory:
    """Polls the resident memory of every process in a process group (a command and its
    readers) until stopped; ``peak`` is the most any one of them held, in bytes."""

    def __init__(self, group: int, interval: float = 0.02) -> None:
        import threading

        self.group, self.interval, self.peak = group, interval, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()

    def _poll(self) -> None:
        page = os.sysconf("SC_PAGE_SIZE")
        while not self._stop.wait(self.interval):
            for pid in filter(str.isdigit, os.listdir("/proc")):
                with contextlib.suppress(OSError, ValueError, IndexError):
                    stat = Path(f"/proc/{pid}/stat").read_text()
                    if int(stat.rsplit(")", 1)[1].split()[2]) != self.group:
                        continue
                    rss = int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * page
                    self.peak = max(self.peak, rss)

    def stop(self) -> int:
        """Stop polling; the peak in bytes."""
        self._stop.set()
        self._thread.join()
        return self.peak
