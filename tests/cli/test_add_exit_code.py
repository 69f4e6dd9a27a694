"""``casedesk add`` exits 1 when anything given was not indexed, attachments included."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from tests.support.pdfs import pdf_with_embedded_file


def _email_with_broken_attachment(folder: Path) -> Path:
    """An invented client's email whose PDF attachment is not a PDF at all inside."""
    msg = EmailMessage()
    msg["From"] = "Zarina Testova <zarina@example.invalid>"
    msg["To"] = "desk@example.invalid"
    msg["Subject"] = "Tazkira copy for the file"
    msg["Date"] = "Tue, 03 Mar 2026 09:15:00 +0500"
    msg.set_content("Please find the copy attached. Reference SYN-2026-0042.")
    msg.add_attachment(
        b"%PDF-1.7\n" + b"\x00" * 64, maintype="application", subtype="pdf", filename="copy.pdf"
    )
    target = folder / "tazkira-copy.eml"
    target.write_bytes(msg.as_bytes())
    return target


def test_a_failed_attachment_makes_the_exit_code_1(casedesk, tmp_path: Path) -> None:
    """GIVEN an email that reads fine but whose attached PDF is damaged
    WHEN it is added through the casedesk command, then added again (unchanged) with --json
    THEN the email is added, the attachment is listed as not indexed with its reason and
    action, and the command exits 1 both times."""
    email = _email_with_broken_attachment(tmp_path)
    first = casedesk("add", email)
    assert first.code == 1, first.out + first.err
    assert "1 added" in first.out
    assert "0 attachment(s) and embedded file(s) added, 1 not indexed." in first.out
    assert "tazkira-copy.eml › copy.pdf" in first.out
    second = casedesk("add", "--json", email)
    assert second.code == 1, second.out + second.err
    [problem] = second.json["attachment_problems"]
    assert problem["path"].endswith("tazkira-copy.eml › copy.pdf")
    assert problem["kind"] == "damaged"
    assert problem["action"]


def test_everything_indexed_exits_0(casedesk, tmp_path: Path) -> None:
    """GIVEN a plain text note
    WHEN it is added
    THEN the command exits 0."""
    note = tmp_path / "note.txt"
    note.write_text("Interview notes for SYN-2026-0042, invented for the test.\n")
    assert casedesk("add", note).code == 0


def test_embedded_files_locked_apart_are_read_when_the_password_is_given(
    casedesk, tmp_path: Path
) -> None:
    """GIVEN a PDF whose pages open without a password but whose embedded file is
    encrypted (Acrobat's "encrypt only file attachments")
    WHEN it is added without a password, then again (unchanged) with --password
    THEN the first run adds the PDF, reports the embedded file as a password problem and
    exits 1; the second reads the embedded file, finds its words, and exits 0."""
    pdf = tmp_path / "cover.pdf"
    secret = b"Statement of Zarmina Testwal, invented for the test."
    pdf.write_bytes(
        pdf_with_embedded_file(
            "Cover letter", "statement.txt", secret, password="s3cret", only_files=True
        )
    )
    first = casedesk("add", pdf, "--json")
    assert first.code == 1, first.out + first.err
    assert first.json["added"] == 1
    [problem] = first.json["attachment_problems"]
    assert (problem["path"].endswith("cover.pdf › statement.txt"), problem["kind"]) == (
        True,
        "password",
    )
    second = casedesk("add", pdf, "--password", "s3cret", "--json")
    assert second.code == 0, second.out + second.err
    assert (second.json["unchanged"], second.json["attachments"]) == (1, 1)
    assert second.json["attachment_problems"] == []
    assert casedesk("search", "Testwal", "--json").json["total"] == 1
    assert casedesk("add", pdf, "--json").code == 0  # nothing left behind
