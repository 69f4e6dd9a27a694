"""Tests for the PDF extractor, against real files from the shared corpus."""

from __future__ import annotations

import shutil
import unicodedata
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfWriter
from pypdf.errors import PdfReadError
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    TextStringObject,
)

import index.extract.pdf as pdf_module
from index.extract.base import Extraction, ExtractionFailed, ExtractOptions
from index.extract.pdf import PdfExtractor
from index.problems import ProblemKind
from tests.support.hostile import simple_pdf

pytestmark = pytest.mark.corpus

SAMPLES = Path("pdf/sample-files")
ENCRYPTION = Path("pdf/pypdf-resources/encryption")
USER_PASSWORD = "asdfzxcv"  # pypdf's test files; owner password "foo" where set
NEED_USER_PASSWORD = [
    "r2-user-password.pdf",
    "r3-user-password.pdf",
    "r4-user-password.pdf",
    "r4-aes-user-password.pdf",
]
# Their owner password is empty, so anyone may open them (poppler's pdftotext and pypdf
# do); PDFium alone asks for the user password.
EMPTY_OWNER_PASSWORD = ["r5-user-password.pdf", "r6-user-password.pdf"]
OPEN_WITHOUT_PASSWORD = [
    "r2-empty-password.pdf",
    "r3-empty-password.pdf",
    "r5-empty-password.pdf",
    "r6-empty-password.pdf",
    "r4-aes-v2-no-key-length.pdf",
    "r2-owner-password.pdf",  # owner password only: anyone may open it
    "r4-owner-password.pdf",
    "r5-owner-password.pdf",
    "r6-owner-password.pdf",
    "unencrypted.pdf",
]


def extract(path: Path, **options: object) -> Extraction:
    """Run the extractor on ``path`` with the given options."""
    return PdfExtractor().extract(path, ExtractOptions(**options))  # type: ignore[arg-type]


def failure(path: Path, **options: object) -> ExtractionFailed:
    """The ExtractionFailed that extracting ``path`` raises."""
    with pytest.raises(ExtractionFailed) as caught:
        extract(path, **options)
    return caught.value


def has_arabic_letter(text: str) -> bool:
    """Whether ``text`` holds a letter of the Arabic block (Persian and Arabic letters)."""
    return any("\u0600" <= ch <= "\u06ff" and ch.isalpha() for ch in text)


# --- score -------------------------------------------------------------------------------


def test_score_claims_content_that_starts_like_a_pdf(corpus: Path) -> None:
    """GIVEN the first bytes of a real PDF, with and without a .pdf name
    WHEN the extractor scores them
    THEN it is sure (100) either way."""
    head = (corpus / "forms/i-130.pdf").read_bytes()[:2048]
    assert PdfExtractor().score(head, ".pdf") == 100
    assert PdfExtractor().score(head, ".bin") == 100


def test_score_for_a_pdf_name_alone_is_low(corpus: Path) -> None:
    """GIVEN an email's first bytes under a .pdf name, and under its own name
    WHEN the extractor scores them
    THEN the .pdf name gives a low score (not 100) and the other name gives 0."""
    eml = next((corpus / "email").rglob("*.eml"))
    head = eml.read_bytes()[:2048]
    assert 0 < PdfExtractor().score(head, ".pdf") < 100
    assert PdfExtractor().score(head, ".eml") == 0


# --- forms -------------------------------------------------------------------------------


def test_i130_yields_its_form_fields_with_names_and_types(corpus: Path) -> None:
    """GIVEN the USCIS I-130 form (AcroForm + XFA)
    WHEN it is extracted
    THEN it has more than 100 fields with full names, str values, known types and labels."""
    result = extract(corpus / "forms/i-130.pdf")
    assert len(result.fields) > 100
    by_name = {field.name: field for field in result.fields}
    assert by_name["form1[0].#subform[0].CheckBox1[0]"].type == "checkbox"
    assert by_name["form1[0].#subform[1].Pt2Line10_State[0]"].type == "choice"
    assert {field.type for field in result.fields} >= {"text", "checkbox", "choice"}
    assert all(type(f.name) is str and type(f.value) is str for f in result.fields)
    assert "Select State" in by_name["form1[0].#subform[1].Pt2Line10_State[0]"].label


def test_i130_metadata_title_and_date(corpus: Path) -> None:
    """GIVEN the I-130 form, whose information dictionary is filled in
    WHEN it is extracted
    THEN title, author and an ISO creation date come out, and every page has text."""
    result = extract(corpus / "forms/i-130.pdf")
    assert result.title == "Form I-130, Petition for Alien Relative"
    assert result.metadata["author"] == "USCIS"
    assert len(result.date) == 10 and result.date[4] == "-" and result.date[7] == "-"
    assert "Petition for Alien Relative" in result.pages[0]
    assert result.needs_ocr == ()


def test_i485_encrypted_with_empty_password_opens(corpus: Path) -> None:
    """GIVEN the I-485 form, encrypted with an empty user password
    WHEN it is extracted with no passwords given
    THEN it opens, with text on its pages and its form fields."""
    result = extract(corpus / "forms/i-485-encrypted-empty-password.pdf")
    assert "I-485" in result.pages[0]
    assert len(result.fields) > 100


def test_radio_text_and_filled_values_are_plain_strings(corpus: Path) -> None:
    """GIVEN LibreOffice's sample form (text filled with "Alice", radio and checkboxes off)
    WHEN it is extracted
    THEN values are plain str, names lose nothing, and unset buttons read "Off"."""
    result = extract(corpus / SAMPLES / "012-libreoffice-form/libreoffice-form.pdf")
    by_name = {field.name: field for field in result.fields}
    assert by_name["First Name"].value == "Alice"
    assert by_name["First Name"].type == "text"
    assert by_name["female"].type == "radio"
    assert by_name["gdpr"] == pdf_module.FormField("gdpr", "Off", "checkbox")
    assert by_name["Last Name"].value == ""


def test_checked_checkbox_reads_yes_without_slash(corpus: Path, tmp_path: Path) -> None:
    """GIVEN a copy of LibreOffice's sample form with the "gdpr" checkbox set to /Yes
    WHEN it is extracted
    THEN the checkbox value is the plain string "Yes"."""
    writer = PdfWriter(clone_from=corpus / SAMPLES / "012-libreoffice-form/libreoffice-form.pdf")
    for ref in writer.root_object["/AcroForm"]["/Fields"]:
        field = ref.get_object()
        if field["/T"] == "gdpr":
            field[NameObject("/V")] = NameObject("/Yes")
    target = tmp_path / "filled.pdf"
    with target.open("wb") as out:
        writer.write(out)
    by_name = {field.name: field for field in extract(target).fields}
    assert by_name["gdpr"].value == "Yes"
    assert type(by_name["gdpr"].value) is str


# --- passwords ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", NEED_USER_PASSWORD)
def test_user_password_files_need_their_password(corpus: Path, name: str) -> None:
    """GIVEN one of pypdf's files locked with the user password "asdfzxcv"
    WHEN it is extracted without passwords, with a wrong one, and with the right one
    THEN the first two raise PASSWORD and the last opens with text and metadata."""
    path = corpus / ENCRYPTION / name
    assert failure(path).problem.kind is ProblemKind.PASSWORD
    wrong = failure(path, passwords=("wrong",))
    assert wrong.problem.kind is ProblemKind.PASSWORD
    assert "wrong" not in wrong.problem.detail
    result = extract(path, passwords=("wrong", USER_PASSWORD))
    assert "".join(result.pages).strip()
    assert result.metadata  # pypdf got the password too


@pytest.mark.parametrize("name", EMPTY_OWNER_PASSWORD)
def test_files_pdfium_alone_refuses_are_read_by_pypdf(corpus: Path, name: str) -> None:
    """GIVEN one of pypdf's AES-256 files with a user password and an empty owner password,
    which PDFium refuses without the user password and poppler and pypdf open
    WHEN it is extracted without passwords
    THEN pypdf reads its text, and the metadata says pypdf read it."""
    result = extract(corpus / ENCRYPTION / name)
    assert "pdf encryption test" in result.pages[0]
    assert result.metadata["reader"] == "pypdf"


@pytest.mark.parametrize("name", OPEN_WITHOUT_PASSWORD)
def test_files_without_a_user_password_open(corpus: Path, name: str) -> None:
    """GIVEN one of pypdf's files encrypted with an empty user password (or not at all)
    WHEN it is extracted without passwords
    THEN it opens with text."""
    assert "".join(extract(corpus / ENCRYPTION / name).pages).strip()


def test_both_passwords_file_opens_with_its_own_passwords_only(corpus: Path) -> None:
    """GIVEN r6-both-passwords.pdf, whose passwords are "foo" and "bar" (not "asdfzxcv")
    WHEN it is extracted with "asdfzxcv", then with "foo" and with "bar"
    THEN the first raises PASSWORD and the other two open."""
    path = corpus / ENCRYPTION / "r6-both-passwords.pdf"
    assert failure(path, passwords=(USER_PASSWORD,)).problem.kind is ProblemKind.PASSWORD
    assert extract(path, passwords=("foo",)).pages
    assert extract(path, passwords=("bar",)).pages


def test_libreoffice_password_sample(corpus: Path) -> None:
    """GIVEN sample file 005, locked with the password "openpassword"
    WHEN it is extracted without and with that password
    THEN the first raises PASSWORD and the second gives text."""
    path = corpus / SAMPLES / "005-libreoffice-writer-password/libreoffice-writer-password.pdf"
    assert failure(path).problem.kind is ProblemKind.PASSWORD
    assert "".join(extract(path, passwords=("openpassword",)).pages).strip()


# --- text --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["habibi.pdf", "habibi-oneline-cmap.pdf", "habibi-rotated.pdf"])
def test_arabic_sample_gives_arabic_letters(corpus: Path, name: str) -> None:
    """GIVEN sample file 015 (the Arabic word حبيبي and "habibi")
    WHEN it is extracted and NFKC-normalised
    THEN the text holds Arabic letters ح ب ي and the Latin word."""
    text = unicodedata.normalize(
        "NFKC", "".join(extract(corpus / SAMPLES / "015-arabic" / name).pages)
    )
    assert has_arabic_letter(text)
    assert {"ح", "ب", "ي"} <= set(text)
    assert "habibi" in text


def test_multi_page_pdf_gives_one_text_per_page(corpus: Path) -> None:
    """GIVEN the 4-page pdflatex sample
    WHEN it is extracted
    THEN there are 4 page texts, none blank, none marked for OCR."""
    result = extract(corpus / SAMPLES / "004-pdflatex-4-pages/pdflatex-4-pages.pdf")
    assert len(result.pages) == 4
    assert all(page.strip() for page in result.pages)
    assert result.needs_ocr == ()


def test_image_only_pdf_needs_ocr(corpus: Path) -> None:
    """GIVEN a PDF whose only page is a grayscale image (no text layer)
    WHEN it is extracted
    THEN page 1 is marked as needing OCR."""
    result = extract(corpus / SAMPLES / "019-grayscale-image/grayscale-image.pdf")
    assert result.pages == ("",) or not result.pages[0].strip()
    assert result.needs_ocr == (1,)


def test_pages_without_text_are_listed_one_based(corpus: Path) -> None:
    """GIVEN ImageMagick's 6-page sample where pages 4 and 5 are pictures only
    WHEN it is extracted
    THEN needs_ocr lists exactly those pages, 1-based."""
    result = extract(corpus / SAMPLES / "007-imagemagick-images/imagemagick-images.pdf")
    assert len(result.pages) == 6
    assert result.needs_ocr == (4, 5)


def test_a_page_of_control_characters_needs_ocr(tmp_path: Path) -> None:
    """GIVEN a PDF whose first page's text layer holds only control characters (a font
    with no usable encoding) and whose second page has text
    WHEN it is extracted
    THEN the first page is marked as needing OCR, like a scan, and the second is not."""
    pdf = simple_pdf(tmp_path / "encoded.pdf", ["\x01\x02\x03\x04\x05", "Typed text"])
    assert extract(pdf).needs_ocr == (1,)


def test_text_survives_when_pypdf_fails(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """GIVEN a real form PDF, and pypdf failing as it does on damaged structure
    WHEN it is extracted
    THEN the PDFium text and metadata come back, with no fields."""

    def broken_reader(*_args: object, **_kwargs: object) -> None:
        raise PdfReadError("simulated")

    monkeypatch.setattr(pdf_module, "PdfReader", broken_reader)
    result = extract(corpus / "forms/i-130.pdf")
    assert "Petition for Alien Relative" in result.pages[0]
    assert result.fields == ()
    assert result.title == "Form I-130, Petition for Alien Relative"


@pytest.mark.parametrize(
    "name",
    [
        "pdf/sample-files/004-pdflatex-4-pages/pdflatex-4-pages.pdf",
        "pdf/sample-files/015-arabic/habibi.pdf",
    ],
)
def test_pypdf_is_not_asked_without_form_or_attachments(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """GIVEN a PDF with neither a form nor attached files, and pypdf replaced by a trap
    WHEN it is extracted
    THEN the trap is never sprung: only PDFium parses the file (pypdf cost three times
    PDFium's time on real manuals)."""

    def trap(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("pypdf parsed a PDF with no form and no attachments")

    monkeypatch.setattr(pdf_module, "PdfReader", trap)
    result = extract(corpus / name)
    assert "".join(result.pages).strip()
    assert (result.fields, result.attachments) == ((), ())


def test_unreadable_metadata_sample_is_damaged_in_this_corpus(corpus: Path) -> None:
    """GIVEN sample 017 as stored in the corpus, which is zero-filled from byte 1,695,609
    on (neither PDFium nor pypdf can find its pages)
    WHEN it is extracted
    THEN it raises DAMAGED with only class names and exit codes as detail."""
    path = corpus / SAMPLES / "017-unreadable-meta-data/unreadablemetadata.pdf"
    problem = failure(path).problem
    assert problem.kind is ProblemKind.DAMAGED
    assert problem.detail.startswith("PdfiumError")


# --- attachments -------------------------------------------------------------------------


def test_embedded_file_becomes_an_attachment(corpus: Path) -> None:
    """GIVEN sample 025, which embeds image.png
    WHEN it is extracted
    THEN one attachment named image.png holds the same bytes as the PNG beside it."""
    folder = corpus / SAMPLES / "025-attachment"
    result = extract(folder / "with-attachment.pdf")
    assert [a.name for a in result.attachments] == ["image.png"]
    assert result.attachments[0].data == (folder / "image.png").read_bytes()


def test_file_attachment_annotation_becomes_an_attachment(tmp_path: Path) -> None:
    """GIVEN a PDF whose only attached file hangs from a /FileAttachment annotation on
    page 2 (no EmbeddedFiles name tree, no form), written by pypdf
    WHEN it is extracted
    THEN PDFium notices the annotation and the attached file comes out."""
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.add_blank_page(200, 200)
    stream = DecodedStreamObject()
    stream.set_data(b"Statement of the applicant, case SYN-0001")
    embedded = DictionaryObject({NameObject("/F"): writer._add_object(stream)})
    spec = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Filespec"),
            NameObject("/F"): TextStringObject("statement.txt"),
            NameObject("/EF"): embedded,
        }
    )
    annotation = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/FileAttachment"),
            NameObject("/Rect"): ArrayObject([FloatObject(10), FloatObject(10)] * 2),
            NameObject("/FS"): writer._add_object(spec),
        }
    )
    writer.pages[1][NameObject("/Annots")] = ArrayObject([writer._add_object(annotation)])
    target = tmp_path / "annotated.pdf"
    with target.open("wb") as out:
        writer.write(out)
    result = extract(target)
    assert [(a.name, a.data) for a in result.attachments] == [
        ("statement.txt", b"Statement of the applicant, case SYN-0001")
    ]


def test_attachments_are_capped(corpus: Path) -> None:
    """GIVEN sample 025 and max_attachments=0
    WHEN it is extracted
    THEN no attachment is returned but the text is."""
    result = extract(corpus / SAMPLES / "025-attachment/with-attachment.pdf", max_attachments=0)
    assert result.attachments == ()
    assert result.pages[0].strip()


# --- damaged and empty files -------------------------------------------------------------


def test_non_pdf_named_pdf_is_damaged(corpus: Path, tmp_path: Path) -> None:
    """GIVEN a .docx file copied under a .pdf name
    WHEN it is scored and extracted
    THEN its score is below 100 and extraction raises DAMAGED."""
    source = next((corpus / "docx").rglob("*.docx"))
    target = tmp_path / "letter.pdf"
    shutil.copyfile(source, target)
    assert PdfExtractor().score(target.read_bytes()[:2048], ".pdf") < 100
    problem = failure(target).problem
    assert problem.kind is ProblemKind.DAMAGED
    assert problem.detail.startswith("PdfiumError")


@pytest.mark.parametrize(
    "name",
    [
        "forms/i-130.pdf",
        "forms/i-485-encrypted-empty-password.pdf",
        "pdf/sample-files/004-pdflatex-4-pages/pdflatex-4-pages.pdf",
        "pdf/sample-files/009-pdflatex-geotopo/GeoTopo-komprimiert.pdf",
        "pdf/sample-files/015-arabic/habibi.pdf",
    ],
)
def test_truncated_pdf_gives_text_or_damaged(corpus: Path, tmp_path: Path, name: str) -> None:
    """GIVEN the first half of a real PDF
    WHEN it is extracted
    THEN it either yields page texts or raises DAMAGED — never another exception."""
    data = (corpus / name).read_bytes()
    target = tmp_path / "half.pdf"
    target.write_bytes(data[: len(data) // 2])
    try:
        result = extract(target)
    except ExtractionFailed as exc:
        assert exc.problem.kind is ProblemKind.DAMAGED
    else:
        assert isinstance(result.pages, tuple)


def test_zero_byte_pdf_is_empty(tmp_path: Path) -> None:
    """GIVEN a zero-byte file named .pdf
    WHEN it is extracted
    THEN it raises EMPTY."""
    target = tmp_path / "nothing.pdf"
    target.write_bytes(b"")
    assert failure(target).problem.kind is ProblemKind.EMPTY


def test_pdf_without_pages_is_empty(corpus: Path, tmp_path: Path) -> None:
    """GIVEN a well-formed PDF with zero pages (written by pypdf), read right after a file
    that failed for its password (PDFium keeps its last error until the next failure)
    WHEN it is extracted
    THEN it raises EMPTY, not PASSWORD."""
    failure(corpus / ENCRYPTION / "r2-user-password.pdf")
    buffer = BytesIO()
    PdfWriter().write(buffer)
    target = tmp_path / "no-pages.pdf"
    target.write_bytes(buffer.getvalue())
    assert failure(target).problem.kind is ProblemKind.EMPTY


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    """GIVEN a path where no file is
    WHEN it is extracted
    THEN it raises UNREADABLE with the exception class name as detail."""
    problem = failure(tmp_path / "gone.pdf").problem
    assert problem.kind is ProblemKind.UNREADABLE
    assert problem.detail == "FileNotFoundError"
