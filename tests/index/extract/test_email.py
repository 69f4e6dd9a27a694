"""Tests of the email extractor on 150 real fixture emails (many broken) and made-up ones."""

from __future__ import annotations

import io
import zipfile
from email.encoders import encode_base64
from email.message import EmailMessage
from email.mime.base import MIMEBase
from email.parser import BytesParser
from email.policy import default
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.extract.base import Extraction, ExtractionFailed, ExtractOptions
from index.extract.email import EmailExtractor, safe_name
from index.extract.text import TextExtractor
from index.problems import ProblemKind
from tests.support.pdfs import plain_pdf

EMAIL_DIR = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "email"
MIKEL = Path("mikel-mail/spec/fixtures/emails")
ALL_EMAILS = (
    sorted(p.relative_to(EMAIL_DIR).as_posix() for p in EMAIL_DIR.rglob("*") if p.is_file())
    if EMAIL_DIR.is_dir()
    else []
)


def _extract(path: Path, **options: int) -> Extraction:
    return EmailExtractor().extract(path, ExtractOptions(**options))


def _write(tmp_path: Path, msg: EmailMessage | bytes, name: str = "mail.eml") -> Path:
    path = tmp_path / name
    path.write_bytes(msg if isinstance(msg, bytes) else msg.as_bytes())
    return path


@pytest.mark.corpus
@pytest.mark.parametrize("relative", ALL_EMAILS)
def test_every_corpus_email_extracts_or_fails_cleanly(corpus: Path, relative: str) -> None:
    """GIVEN any file in the email corpus, including mikel/mail's malformed error_emails
    WHEN it is extracted
    THEN it gives text or raises ExtractionFailed, never any other exception,
    and a problem's detail never carries text from the message."""
    path = corpus / "email" / relative
    try:
        extraction = _extract(path)
    except ExtractionFailed as failed:
        detail = failed.problem.detail
        assert detail == "" or detail.isidentifier()  # an exception class name at most
        return
    assert extraction.format == "email"
    assert extraction.pages[0].strip() or extraction.attachments


@pytest.mark.corpus
def test_corpus_error_emails_mostly_extract(corpus: Path) -> None:
    """GIVEN the 28 deliberately malformed emails of mikel/mail
    WHEN each is extracted
    THEN every one of them still gives its subject or body (none is lost)."""
    folder = corpus / "email" / MIKEL / "error_emails"
    for path in sorted(folder.glob("*.eml")):
        assert _extract(path).pages[0].strip(), path.name


@pytest.mark.corpus
def test_headers_title_date_and_metadata(corpus: Path) -> None:
    """GIVEN RFC 2822's first example message
    WHEN it is extracted
    THEN the header block, title, ISO date and metadata come from its headers."""
    extraction = _extract(corpus / "email" / MIKEL / "rfc2822" / "example01.eml")
    assert extraction.title == "Saying Hello"
    assert extraction.date == "1997-11-21"
    assert extraction.metadata["from"] == "John Doe <jdoe@machine.example>"
    assert extraction.metadata["message_id"] == "<1234@local.machine.example>"
    assert extraction.pages[0].startswith("From: John Doe <jdoe@machine.example>\nTo: ")
    assert "This is a message just to say hello." in extraction.pages[0]


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("name", "subject"),
    [("japanese.eml", "まみむめも"), ("japanese_iso_2022.eml", "まみむめも")],
)
def test_encoded_japanese_headers_decode(corpus: Path, name: str, subject: str) -> None:
    """GIVEN Japanese mail with encoded-word headers in ISO-2022-JP
    WHEN it is extracted
    THEN the subject is decoded."""
    assert _extract(corpus / "email" / MIKEL / "multi_charset" / name).title == subject


@pytest.mark.corpus
def test_unknown_charset_does_not_crash(corpus: Path) -> None:
    """GIVEN a corpus email whose body declares charset=X-UNKNOWN
    WHEN it is extracted
    THEN detection decodes the body instead of raising LookupError."""
    path = corpus / "email" / MIKEL / "plain_emails" / "raw_email10.eml"
    assert b"X-UNKNOWN" in path.read_bytes()
    assert "Bell Mobilit" in _extract(path).pages[0]


def test_made_up_unknown_charset_does_not_crash(tmp_path: Path) -> None:
    """GIVEN an email whose body and subject name a charset that does not exist
    WHEN it is extracted
    THEN the body is still read (as UTF-8 or by detection)."""
    raw = (
        "From: a@example.org\r\nSubject: =?x-no-such?Q?Hallo?=\r\nMIME-Version: 1.0\r\n"
        'Content-Type: text/plain; charset="x-no-such"\r\n\r\nسلام دنیا\r\n'
    ).encode()
    extraction = _extract(_write(tmp_path, raw))
    assert "سلام دنیا" in extraction.pages[0]


@pytest.mark.corpus
def test_corpus_attachment_has_its_bytes(corpus: Path) -> None:
    """GIVEN a corpus email with a PDF attachment
    WHEN it is extracted
    THEN the attachment is named as sent and holds the decoded PDF bytes."""
    path = corpus / "email" / MIKEL / "attachment_emails" / "attachment_pdf.eml"
    (attachment,) = _extract(path).attachments
    assert attachment.name == "broken.pdf"
    assert attachment.data.startswith(b"%PDF")
    original = BytesParser(policy=default).parsebytes(path.read_bytes())
    expected = next(p for p in original.walk() if p.get_filename() == "broken.pdf")
    assert attachment.data == expected.get_payload(decode=True)


def test_attachment_bytes_round_trip(tmp_path: Path) -> None:
    """GIVEN an email built with a binary attachment and a Persian file name
    WHEN it is extracted
    THEN the attachment has exactly the bytes and name that were attached."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "a@example.org", "b@example.org", "مدارک"
    msg.set_content("See attached.")
    blob = bytes(range(256)) * 3
    msg.add_attachment(blob, maintype="application", subtype="pdf", filename="شناسنامه.pdf")
    extraction = _extract(_write(tmp_path, msg))
    assert extraction.title == "مدارک"
    assert [(a.name, a.data) for a in extraction.attachments] == [("شناسنامه.pdf", blob)]
    assert "See attached." in extraction.pages[0]


@pytest.mark.corpus
def test_forwarded_message_is_an_eml_attachment(corpus: Path) -> None:
    """GIVEN a corpus email carrying a message/rfc822 part
    WHEN it is extracted
    THEN the inner message is an .eml attachment that parses as an email."""
    path = corpus / "email" / MIKEL / "attachment_emails" / "attachment_message_rfc822.eml"
    (forwarded,) = _extract(path).attachments
    assert forwarded.name.endswith(".eml")
    assert BytesParser(policy=default).parsebytes(forwarded.data)["Subject"]


def test_alternative_prefers_plain_text(tmp_path: Path) -> None:
    """GIVEN a multipart/alternative email with plain and HTML versions
    WHEN it is extracted
    THEN only the plain version is in the text."""
    msg = EmailMessage()
    msg["From"], msg["Subject"] = "a@example.org", "Hearing"
    msg.set_content("PLAIN VERSION of the letter")
    msg.add_alternative("<html><body><p>HTML VERSION</p></body></html>", subtype="html")
    text = _extract(_write(tmp_path, msg)).pages[0]
    assert "PLAIN VERSION of the letter" in text
    assert "HTML VERSION" not in text


def test_html_only_body_becomes_visible_text(tmp_path: Path) -> None:
    """GIVEN an email whose only body is HTML with a script and a style
    WHEN it is extracted
    THEN the body is the visible text, without tags or script."""
    msg = EmailMessage()
    msg["From"], msg["Subject"] = "a@example.org", "Hearing"
    msg.set_content(
        "<html><head><style>p{}</style></head><body><p>Court on</p><p>3 May &amp; 4 May</p>"
        "<script>track()</script></body></html>",
        subtype="html",
    )
    text = _extract(_write(tmp_path, msg)).pages[0]
    assert text.endswith("Court on\n3 May & 4 May")
    assert "track()" not in text and "<p>" not in text


def test_header_that_breaks_modern_policy_falls_back_to_compat32(tmp_path: Path) -> None:
    """GIVEN an email whose Cc header makes the modern policy raise IndexError
    WHEN it is extracted
    THEN the lenient compat32 parse still gives its subject and body."""
    raw = b"From: a@example.org\r\nCc: <\r\nSubject: Visa\r\n\r\nThe body.\r\n"
    extraction = _extract(_write(tmp_path, raw))
    assert extraction.title == "Visa"
    assert extraction.pages[0].endswith("The body.")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\x\\statement.pdf", "statement.pdf"),
        ("invoice\u202egpj.exe", "invoicegpj.exe"),
        ("bad\x00na\x1bme\n.txt", "badname.txt"),
        ("..", "attachment-3"),
        ("", "attachment-3"),
        ('a<b>:"c".doc', "a_b___c_.doc"),
        ("نامه\u200cها.pdf", "نامه\u200cها.pdf"),
    ],
)
def test_safe_name(raw: str, expected: str) -> None:
    """GIVEN attachment names with folders, direction overrides and control characters
    WHEN they are made safe
    THEN only a plain file name is left (Persian ZWNJ kept), or attachment-N."""
    assert safe_name(raw, 3) == expected


def test_dangerous_attachment_name_is_cleaned(tmp_path: Path) -> None:
    """GIVEN an attachment named with a path and a right-to-left override
    WHEN the email is extracted
    THEN the attachment's name has neither."""
    msg = EmailMessage()
    msg["From"] = "a@example.org"
    msg.set_content("x")
    msg.add_attachment(
        b"MZ", maintype="application", subtype="octet-stream", filename="../photo\u202egpj.exe"
    )
    (attachment,) = _extract(_write(tmp_path, msg)).attachments
    assert attachment.name == "photogpj.exe"


def test_attachments_are_capped(tmp_path: Path) -> None:
    """GIVEN an email with five attachments
    WHEN it is extracted with max_attachments=2
    THEN only the first two are returned."""
    msg = EmailMessage()
    msg["From"] = "a@example.org"
    msg.set_content("x")
    for n in range(5):
        msg.add_attachment(
            bytes([n]), maintype="application", subtype="octet-stream", filename=f"f{n}.bin"
        )
    attachments = _extract(_write(tmp_path, msg), max_attachments=2).attachments
    assert [a.name for a in attachments] == ["f0.bin", "f1.bin"]


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"", ProblemKind.EMPTY),
        (b"\r\n  \r\n", ProblemKind.EMPTY),
        (b"X-Spam-Score: 0\r\nMIME-Version: 1.0\r\n\r\n", ProblemKind.EMPTY),
        (b"just a note, no headers at all\n", ProblemKind.DAMAGED),
    ],
)
def test_no_headers_or_no_content(tmp_path: Path, content: bytes, kind: ProblemKind) -> None:
    """GIVEN an empty file, headers with no body, or text without any header
    WHEN it is extracted as email
    THEN it fails as EMPTY or DAMAGED, with no message text in the problem."""
    with pytest.raises(ExtractionFailed) as failed:
        _extract(_write(tmp_path, content))
    assert failed.value.problem.kind is kind
    assert failed.value.problem.detail == ""


@pytest.mark.corpus
def test_score_by_content_beats_suffix(corpus: Path) -> None:
    """GIVEN CPython's test emails, saved as .txt, and mikel/mail's .eml files
    WHEN the email and text extractors score them
    THEN the email extractor wins on content despite the .txt name."""
    head = (corpus / "email" / "cpython-test_email" / "msg_01.txt").read_bytes()[:4096]
    assert EmailExtractor().score(head, ".txt") == 85
    assert EmailExtractor().score(head, ".txt") > TextExtractor().score(head, ".txt")
    eml = (corpus / "email" / MIKEL / "plain_emails" / "basic_email.eml").read_bytes()[:4096]
    assert EmailExtractor().score(eml, "") == 85


def test_score_suffix_alone_and_outlook_msg() -> None:
    """GIVEN words without headers named .eml, and an Outlook .msg (OLE binary)
    WHEN they are scored
    THEN .eml alone gives 40 and the .msg gives 0."""
    assert EmailExtractor().score(b"hello there\n", ".eml") == 40
    assert EmailExtractor().score(b"hello there\n", ".txt") == 0
    assert EmailExtractor().score(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", ".msg") == 0


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.one_of(
        st.binary(max_size=2048),
        st.lists(
            st.sampled_from(
                [
                    b"From: a@b\r\n",
                    b"Subject: =?utf-8?B?2LPZhNin2YU=?=\r\n",
                    b"\r\n",
                    b"--b\r\n",
                    b"Content-Type: multipart/mixed; boundary=b\r\n",
                    b"Content-Type: message/rfc822\r\n",
                    b"Content-Transfer-Encoding: base64\r\n",
                    b"Content-Disposition: attachment;",
                    b' filename="x\xff.pdf"\r\n',
                    b"Date: Mon, 99 Foo 20x\r\n",
                    b"\xd8\xb3\xff\r\n",
                    b"Content-Type: text/html; charset=x-bad\r\n",
                    b"<p>x</p>",
                    b"--b--\r\n",
                ]
            ),
            max_size=40,
        ).map(b"".join),
    )
)
def test_random_bytes_extract_or_fail_cleanly(tmp_path: Path, data: bytes) -> None:
    """GIVEN random bytes or random fragments of MIME in a file
    WHEN they are extracted as email
    THEN the result is an extraction or ExtractionFailed, never another exception."""
    try:
        extraction = _extract(_write(tmp_path, data))
    except ExtractionFailed:
        return
    assert extraction.format == "email"


# --- parts whose declared type lies ----------------------------------------------------


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("statement.txt", "Statement of Gulalai Testkhel, invented.\n" * 400)
    return buffer.getvalue()


def _lying_email(tmp_path: Path, data: bytes, maintype: str, subtype: str, **kw: str) -> Path:
    msg = EmailMessage()
    msg["From"] = "Office <office@example.invalid>"
    msg["To"] = "desk@example.invalid"
    msg["Subject"] = "Papers for the file"
    msg.set_content("The papers are attached. Reference SYN-2026-0099.")
    if maintype == "text":  # EmailMessage insists text parts are str: build the part by hand
        msg.make_mixed()
        part = MIMEBase(maintype, subtype)
        part.set_payload(data)
        encode_base64(part)
        if "filename" in kw:
            part.add_header("Content-Disposition", "inline", filename=kw["filename"])
        msg.attach(part)
    else:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, disposition="inline")
        if "filename" not in kw:
            del msg.get_payload()[-1]["Content-Disposition"]
    return _write(tmp_path, msg)


@pytest.mark.parametrize(
    ("maintype", "subtype", "names"),
    [("text", "html", {}), ("text", "plain", {"filename": "scan.txt"}), ("text", "plain", {})],
)
def test_zip_labelled_as_text_is_an_attachment_not_noise(
    tmp_path: Path, maintype: str, subtype: str, names: dict[str, str]
) -> None:
    """GIVEN an email whose second part is a ZIP declared as text/html or text/plain,
    named or not
    WHEN it is extracted
    THEN the letter's text is only its own (no binary noise) and the ZIP's bytes come out
    whole as an attachment, for the reader its bytes call for."""
    zipped = _zip_bytes()
    result = _extract(_lying_email(tmp_path, zipped, maintype, subtype, **names))
    assert result.pages[0].endswith("The papers are attached. Reference SYN-2026-0099.")
    assert [a.data for a in result.attachments] == [zipped]


@pytest.mark.parametrize(
    ("maintype", "subtype"), [("application", "octet-stream"), ("text", "plain")]
)
def test_pdf_labelled_otherwise_is_an_attachment(
    tmp_path: Path, maintype: str, subtype: str
) -> None:
    """GIVEN an email carrying an unnamed, inline PDF declared as application/octet-stream
    or text/plain (a PDF without NUL bytes, so it looks like text)
    WHEN it is extracted
    THEN the PDF is an attachment (not dropped, not read as the letter's text)."""
    pdf = plain_pdf("Attached statement")
    result = _extract(_lying_email(tmp_path, pdf, maintype, subtype))
    assert "endobj" not in result.pages[0]
    assert [a.data for a in result.attachments] == [pdf]
