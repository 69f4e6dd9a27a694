"""The ingest pipeline: every file given ends as added, unchanged, duplicate or problem."""

from __future__ import annotations

import os
from email.message import EmailMessage
from pathlib import Path

import pytest

from index.archive import Archive
from index.catalog import Catalog
from index.ingest import pipeline
from index.ingest.pipeline import Ingest, IngestOptions
from index.ingest.summary import Progress, Summary
from tests.support import pictures
from tests.support.hostile import simple_pdf


def ingest(root: Path, *paths: Path, **options: object) -> Summary:
    with Archive.open(root, write=True) as archive:
        return Ingest(archive, IngestOptions(**options)).run(paths)


def _balanced(summary: Summary) -> bool:
    return summary.accounted == summary.given


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A folder like a volunteer's desk: good files, a copy, an empty file, junk, a link."""
    desk = tmp_path / "desk"
    (desk / "sub").mkdir(parents=True)
    (desk / "statement.txt").write_text("Statement for case AFG-2024-00137 by Mohammad Karimi.")
    (desk / "sub" / "statement copy.txt").write_text(
        "Statement for case AFG-2024-00137 by Mohammad Karimi."
    )
    (desk / "notes-fa.txt").write_text("یادداشت دربارهٔ پرونده و گذرنامه", encoding="utf-8")
    simple_pdf(desk / "letter.pdf", ["Embassy letter page one", "Page two mentions A-012-345-678"])
    (desk / "empty.txt").write_bytes(b"")
    (desk / "backup.rar").write_bytes(b"Rar!\x1a\x07\x00" + os.urandom(2000))
    (desk / ".hidden.txt").write_text("skipped: hidden")
    (desk / "link.txt").symlink_to(desk / "statement.txt")
    return desk


def test_every_file_is_accounted_for(tmp_path: Path, desk: Path) -> None:
    """GIVEN a desk folder with good files, a duplicate, an empty file, a RAR archive and a link
    WHEN it is added THEN given = added + duplicates + problems, with a plain reason for each problem."""
    summary = ingest(tmp_path / "a", desk)
    assert summary.given == 7  # the hidden file is not given
    assert (summary.added, summary.duplicates, summary.unchanged) == (3, 1, 0)
    reasons = {Path(p.path).name: p.reason for p in summary.problems}
    assert set(reasons) == {"empty.txt", "backup.rar", "link.txt"}
    assert "empty" in reasons["empty.txt"]
    assert "RAR archive" in reasons["backup.rar"]
    assert "link" in reasons["link.txt"]
    assert _balanced(summary)


def test_files_nothing_can_read_are_not_copied_in(tmp_path: Path, desk: Path) -> None:
    """GIVEN a desk with a RAR archive and an empty file WHEN added
    THEN only the readable files' bytes are stored among the originals."""
    root = tmp_path / "a"
    ingest(root, desk)
    stored = {p.read_bytes() for p in (root / "originals").glob("??/*")}
    assert (desk / "backup.rar").read_bytes() not in stored
    assert (desk / "statement.txt").read_bytes() in stored
    assert len(stored) == 3


def test_adding_the_same_folder_again_reads_nothing(tmp_path: Path, desk: Path) -> None:
    """GIVEN a folder already added WHEN it is added again unchanged
    THEN no file is extracted, known files are unchanged and problems are reported again."""
    ingest(tmp_path / "a", desk)
    again = ingest(tmp_path / "a", desk)
    assert again.extracted == 0
    assert (again.added, again.unchanged, len(again.problems)) == (0, 4, 3)
    assert _balanced(again)


def test_a_changed_file_is_added_as_a_new_document_and_the_old_one_kept(
    tmp_path: Path, desk: Path
) -> None:
    """GIVEN an added file WHEN its content changes and it is added again
    THEN it is a new document and the archive still holds the earlier one."""
    root = tmp_path / "a"
    ingest(root, desk)
    (desk / "statement.txt").write_text("Amended statement, second version.")
    summary = ingest(root, desk)
    assert (summary.added, summary.extracted) == (1, 1)
    with Archive.open(root, write=False) as archive:
        assert archive.stats()["documents"] == 4
        assert archive.find("amended").hits and archive.find("karimi").hits


def test_references_link_documents_to_cases(tmp_path: Path, desk: Path) -> None:
    """GIVEN files, one naming case AFG-2024-00137 WHEN added with --case AFG-2024-00999
    THEN every file is linked to the given case and the one naming a case to that one too."""
    root = tmp_path / "a"
    ingest(root, desk, cases=("AFG-2024-00999",))
    with Archive.open(root, write=False) as archive:
        db = archive.catalog.conn
        links = db.execute(
            "SELECT case_id, how, count(*) FROM case_documents GROUP BY 1, 2"
        ).fetchall()
        refs = {r[0] for r in db.execute("SELECT value FROM refs WHERE kind = 'anumber'")}
    assert ("AFG-2024-00999", "by hand", 3) in links
    assert ("AFG-2024-00137", "auto", 1) in links
    assert refs == {"A012345678"}


def test_an_email_attachment_becomes_its_own_linked_document(tmp_path: Path) -> None:
    """GIVEN an email with a PDF attachment WHEN added THEN the email and the attachment are
    documents, the attachment linked to its email, and both searchable."""
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = (
        "office@example.org",
        "desk@example.org",
        "Referral",
    )
    message.set_content("Please see the attached embassy letter.")
    pdf = simple_pdf(tmp_path / "attached.pdf", ["Embassy confirmation of appointment"])
    message.add_attachment(
        pdf.read_bytes(), maintype="application", subtype="pdf", filename="letter.pdf"
    )
    mail = tmp_path / "in" / "referral.eml"
    mail.parent.mkdir()
    mail.write_bytes(bytes(message))
    root = tmp_path / "a"
    summary = ingest(root, mail.parent)
    assert (summary.given, summary.added, summary.attachments) == (1, 1, 1)
    with Archive.open(root, write=False) as archive:
        (hit,) = archive.find("confirmation appointment").hits
        attachment = archive.catalog.document(hit.id)
        parent = archive.catalog.document(attachment.parent_id)
    assert attachment.name == "letter.pdf" and parent.format == "email"


def test_the_same_bytes_twice_in_one_batch_are_read_once(tmp_path: Path) -> None:
    """GIVEN three copies of one file in a new folder WHEN added
    THEN one is read and added, two are duplicates of it."""
    folder = tmp_path / "copies"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text("the same statement")
    summary = ingest(tmp_path / "a", folder)
    assert (summary.added, summary.duplicates, summary.extracted) == (1, 2, 1)


def test_progress_reaches_the_total_and_cancel_keeps_what_was_done(tmp_path: Path) -> None:
    """GIVEN forty files WHEN an ingest is cancelled after ten THEN it stops, what was done is
    kept and counted, the rest is "not done"; a second run finishes with exact counts."""
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):
        (folder / f"{i:02}.txt").write_text(f"document number {i}")
    events: list[Progress] = []
    root = tmp_path / "a"
    with Archive.open(root, write=True) as archive:
        job = Ingest(archive, on_progress=events.append, is_cancelled=lambda: len(events) >= 10)
        first = job.run([folder])
    assert first.cancelled and first.not_done > 0 and _balanced(first)
    assert [e.done for e in events] == sorted(e.done for e in events)
    second = ingest(root, folder)
    assert second.unchanged == first.added and second.added == 40 - first.added
    with Archive.open(root, write=False) as archive:
        assert archive.stats()["documents"] == 40 == archive.search.count()


def test_a_password_given_later_opens_a_protected_pdf(tmp_path: Path, corpus: Path) -> None:
    """GIVEN a password-protected PDF added without its password (a problem)
    WHEN added again with --password THEN it is indexed and the problem is gone."""
    source = (
        corpus / "pdf/sample-files/005-libreoffice-writer-password/libreoffice-writer-password.pdf"
    )
    root = tmp_path / "a"
    first = ingest(root, source)
    assert [p.kind for p in first.problems] == ["password"]
    second = ingest(root, source, passwords=("openpassword",))
    assert second.added == 1 and not second.problems
    with Archive.open(root, write=False) as archive:
        assert archive.catalog.problems() == []


class _Killed(BaseException):
    """Stands for SIGKILL: nothing after it runs in the ingest."""


def test_attachments_of_a_document_recorded_just_before_a_kill_are_read_on_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN an email with a PDF attached, and an ingest killed after the email was
    recorded and committed but before its attachment was recorded WHEN the same add
    runs again THEN the email is unchanged and the attachment is added (it was lost
    before)."""
    folder = tmp_path / "mail"
    folder.mkdir()
    message = EmailMessage()
    message["Subject"] = "Notice for case AFG-2024-00452"
    message.set_content("The notice is attached.")
    pdf = simple_pdf(tmp_path / "notice.pdf", ["Hearing notice for AFG-2024-00452"]).read_bytes()
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename="notice.pdf")
    (folder / "mail.eml").write_bytes(message.as_bytes())
    add_document = Catalog.add_document

    def killed_at_the_attachment(self: Catalog, new, *args, **kwargs) -> int:
        if new.parent_id is not None:  # recording the attachment is the next step
            raise _Killed
        return add_document(self, new, *args, **kwargs)

    root = tmp_path / "a"
    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "COMMIT_EVERY", 0.0)  # the email is committed at once
        patch.setattr(Catalog, "add_document", killed_at_the_attachment)
        with pytest.raises(_Killed):
            ingest(root, folder)
    with Archive.open(root, write=False) as archive:
        assert archive.catalog.counts()["documents"] == 1
        assert len(archive.catalog.pending_attachments()) == 1
    summary = ingest(root, folder)
    assert (summary.unchanged, summary.attachments) == (1, 1)
    with Archive.open(root, write=False) as archive:
        assert archive.catalog.counts()["documents"] == 2
        assert archive.catalog.pending_attachments() == []
    assert ingest(root, folder).extracted == 0


def test_pictures_become_documents_whose_pages_wait_for_ocr(tmp_path: Path) -> None:
    """GIVEN a phone photo (JPEG), a three-page TIFF scan and a truncated PNG
    WHEN they are added
    THEN the photo and the scan are documents, kept byte for byte, with every page flagged
    as needing OCR, and the truncated one is a "damaged" problem."""
    desk = tmp_path / "desk"
    desk.mkdir()
    pictures.save(desk / "photo.jpg", pictures.page(), "JPEG")
    pictures.multi_page_tiff(desk / "scan.tif", 3)
    pictures.cut_in_half(desk / "cut.png", "PNG")
    root = tmp_path / "a"
    summary = ingest(root, desk)
    assert (summary.added, [Path(p.path).name for p in summary.problems]) == (2, ["cut.png"])
    with Archive.open(root, write=False) as archive:
        documents = [archive.catalog.document(i) for i in sorted(archive.catalog.document_ids())]
        flagged = archive.catalog.conn.execute(
            "SELECT count(*) FROM pages WHERE needs_ocr = 1"
        ).fetchone()[0]
    assert sorted((d.name, d.format, d.page_count, d.needs_ocr) for d in documents) == [
        ("photo.jpg", "image", 1, 1),
        ("scan.tif", "image", 3, 3),
    ]
    assert flagged == 4
    stored = {p.read_bytes() for p in (root / "originals").glob("??/*")}
    assert (desk / "photo.jpg").read_bytes() in stored and (
        desk / "scan.tif"
    ).read_bytes() in stored
