"""The readers of Word 97 .doc, Outlook .msg, spreadsheets, OpenDocument, PowerPoint and RTF:
each file is built by the test, chosen by its content, and read with its words."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from index.extract.base import ExtractionFailed, ExtractOptions
from index.extract.registry import choose, extract_file
from index.problems import ProblemKind
from tests.support import office

DARI = "نامه تأیید کار برای خانم هیدری"


def _read(path: Path, suffix: str | None = None):
    return extract_file(path, path.suffix if suffix is None else suffix, ExtractOptions())


def _fails(path: Path, suffix: str | None = None) -> ExtractionFailed:
    with pytest.raises(ExtractionFailed) as caught:
        _read(path, suffix)
    return caught.value


def test_word_97_text_in_both_encodings_without_field_codes(tmp_path: Path) -> None:
    """GIVEN a Word 97 file with an 8-bit piece holding a hyperlink field and a UTF-16 Dari
    piece WHEN read THEN both are text, the link's words kept and its code dropped."""
    english = (
        'Employment letter for Zarmina\rSee \x13 HYPERLINK "http://x.invalid" \x14our site\x15.\r'
    )
    path = tmp_path / "letter.doc"
    path.write_bytes(office.doc_bytes(english, DARI + "\r"))
    extraction = _read(path)
    assert extraction.format == "doc"
    assert extraction.pages == (f"Employment letter for Zarmina\nSee our site.\n{DARI}",)


def test_a_mislabelled_word_file_is_read_by_its_streams(tmp_path: Path) -> None:
    """GIVEN a Word 97 file named .dat WHEN read THEN the Word reader reads it."""
    path = tmp_path / "attachment.dat"
    path.write_bytes(office.doc_bytes("Payslip for March\r"))
    assert _read(path).pages == ("Payslip for March",)


def test_an_encrypted_word_97_file_is_a_password_problem(tmp_path: Path) -> None:
    """GIVEN a Word 97 file with the encrypted flag WHEN read THEN PASSWORD with Word advice."""
    path = tmp_path / "locked.doc"
    path.write_bytes(office.doc_bytes("secret\r", encrypted=True))
    problem = _fails(path).problem
    assert problem.kind is ProblemKind.PASSWORD
    assert "Word" in problem.action


def test_outlook_message_headers_body_and_attachments(tmp_path: Path) -> None:
    """GIVEN an Outlook .msg with a subject, sender, body and two attached files
    WHEN read THEN the page has the headers and body, the date is the message's, and the
    attachments come with their names and bytes."""
    path = tmp_path / "interview.msg"
    attached = {"note.txt": b"passport copy Kandahar", "form.doc": office.doc_bytes("Form\r")}
    path.write_bytes(
        office.msg_bytes(
            "Interview on Monday",
            "Dear team,\r\nthe interview of Farid is on Monday.",
            "Legal Aid <aid@example.invalid>",
            "Desk",
            attached,
        )
    )
    extraction = _read(path)
    assert extraction.title == "Interview on Monday"
    assert extraction.date == "2024-03-15"
    page = extraction.pages[0]
    assert page.startswith("From: Legal Aid <aid@example.invalid>\n")
    assert "Subject: Interview on Monday" in page
    assert page.endswith("Dear team,\nthe interview of Farid is on Monday.")
    assert {a.name: a.data for a in extraction.attachments} == attached


def test_excel_workbook_sheets_are_pages_and_labels_are_fields(tmp_path: Path) -> None:
    """GIVEN an .xlsx with an intake sheet ("Full name:" | value) and a table of numbers
    WHEN read THEN a page per sheet, 2.0 written as 2, dates as ISO, and the pairs as fields."""
    path = office.xlsx_file(
        tmp_path / "intake.xlsx",
        {
            "Intake": [["Full name:", "Gul Ahmadi"], ["Date of birth:", "1990-03-01"]],
            "Family": [["Member", "Age", "Share"], ["Son", 12.0, 0.5]],
        },
    )
    extraction = _read(path)
    assert extraction.pages == (
        "Full name: | Gul Ahmadi\nDate of birth: | 1990-03-01",
        "Member | Age | Share\nSon | 12 | 0.5",
    )
    assert [(f.label, f.value) for f in extraction.fields] == [
        ("Full name", "Gul Ahmadi"),
        ("Date of birth", "1990-03-01"),
    ]
    assert extraction.metadata["sheets"] == "Intake, Family"


def test_excel_97_and_opendocument_spreadsheets(tmp_path: Path) -> None:
    """GIVEN an .xls and an .ods with a sheet each WHEN read THEN their cells are the pages."""
    xls = office.xls_file(tmp_path / "old.xls", {"Cases": [["Case", "AFG-2024-00137"]]})
    ods = tmp_path / "new.ods"
    ods.write_bytes(office.ods_bytes({"Cases": [["Case:", "AFG-2024-00138"]]}))
    assert _read(xls).pages == ("Case | AFG-2024-00137",)
    assert _read(ods).pages == ("Case: | AFG-2024-00138",)
    assert [(f.label, f.value) for f in _read(ods).fields] == [("Case", "AFG-2024-00138")]


def test_csv_rows_and_pairs(tmp_path: Path) -> None:
    """GIVEN a semicolon CSV in Windows-1252 WHEN read THEN rows joined by " | " and a
    "label:" cell gives a field."""
    path = tmp_path / "export.csv"
    path.write_bytes("Name:;Zoë Karimi\nCity;Quetta;Pakistan\n".encode("cp1252"))
    extraction = _read(path)
    assert extraction.format == "csv"
    assert extraction.pages == ("Name: | Zoë Karimi\nCity | Quetta | Pakistan",)
    assert [(f.label, f.value) for f in extraction.fields] == [("Name", "Zoë Karimi")]


def test_opendocument_text_with_table_title_and_date(tmp_path: Path) -> None:
    """GIVEN an .odt with paragraphs, a double space and a table WHEN read THEN lines, the
    spaces kept, table rows as "cell | cell", and the title and date from meta.xml."""
    path = tmp_path / "statement.odt"
    path.write_bytes(
        office.odt_bytes(
            "Asylum statement", ["I left Kabul  in 2021.", DARI], [["Case", "AFG-2024-00139"]]
        )
    )
    extraction = _read(path)
    assert extraction.pages == (f"I left Kabul  in 2021.\n{DARI}\nCase | AFG-2024-00139",)
    assert (extraction.title, extraction.date) == ("Asylum statement", "2024-02-01")


def test_powerpoint_slides_are_pages_with_their_notes(tmp_path: Path) -> None:
    """GIVEN a .pptx of two slides, the first with speaker notes WHEN read THEN a page per
    slide in order, the notes after the slide's text, the title from its properties."""
    path = office.pptx_file(
        tmp_path / "briefing.pptx",
        [("Rights briefing", "Bring your PoR card", "Speak slowly"), ("Next steps", DARI, "")],
    )
    extraction = _read(path)
    assert extraction.pages == (
        "Rights briefing\nBring your PoR card\n\nSpeak slowly",
        f"Next steps\n{DARI}",
    )
    assert extraction.title == "Rights briefing"


def test_rtf_text_unicode_escapes_and_title(tmp_path: Path) -> None:
    """GIVEN an RTF with a picture, English text and Persian as \\u escapes WHEN read
    THEN the text without the picture's data, the Persian decoded, and the title."""
    path = tmp_path / "support.rtf"
    path.write_bytes(office.rtf_bytes("Support letter", "Support letter for Wahid", DARI))
    extraction = _read(path)
    assert extraction.pages == (f"Support letter for Wahid\n{DARI}",)
    assert extraction.title == "Support letter"


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_an_opendocument_file_declaring_entities_is_refused(tmp_path: Path) -> None:
    """GIVEN an .odt whose content.xml declares an entity (a billion-laughs start)
    WHEN read THEN DAMAGED, before anything is expanded."""
    path = tmp_path / "laughs.odt"
    path.write_bytes(office.odt_bytes("t", ["x"], []))
    content = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">]>'
        '<d xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><text:p>&a;</text:p></d>'
    )
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("content.xml", content)  # the later entry wins
    assert _fails(path).problem.kind is ProblemKind.DAMAGED


@pytest.mark.filterwarnings("ignore:Duplicate name")
def test_a_powerpoint_zip_bomb_is_too_large(tmp_path: Path) -> None:
    """GIVEN a .pptx whose slide inflates 1000-fold to 300 MB WHEN read THEN TOO_LARGE from
    the declared sizes, in plain words."""
    path = office.pptx_file(tmp_path / "bomb.pptx", [("Title", "Body", "")])
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("ppt/slides/slide1.xml", b" " * (300 << 20))
    problem = _fails(path).problem
    assert problem.kind is ProblemKind.TOO_LARGE
    assert "MB" in problem.reason


@pytest.mark.parametrize(
    ("magic", "words"), [(b"7z\xbc\xaf\x27\x1c", "7-Zip"), (b"Rar!\x1a\x07\x00", "RAR")]
)
def test_7zip_and_rar_are_unsupported_archives_with_advice(
    tmp_path: Path, magic: bytes, words: str
) -> None:
    """GIVEN a 7-Zip or RAR archive WHEN read THEN UNSUPPORTED naming it, advising to unpack."""
    path = tmp_path / "bundle.bin"
    path.write_bytes(magic + bytes(200))
    problem = _fails(path).problem
    assert problem.kind is ProblemKind.UNSUPPORTED
    assert f"a {words} archive: unpack it" in problem.reason


@pytest.mark.parametrize(
    ("name", "reader"),
    [
        ("a.doc", "ole"),
        ("a.xls", "ole"),
        ("a.msg", "ole"),
        ("a.odt", "opendocument"),
        ("a.ods", "spreadsheet"),
        ("a.xlsx", "spreadsheet"),
        ("a.pptx", "pptx"),
        ("a.rtf", "rtf"),
        ("a.zip", "zip"),
    ],
)
def test_each_format_goes_to_its_reader(tmp_path: Path, name: str, reader: str) -> None:
    """GIVEN a file of each new format WHEN an extractor is chosen THEN it is its own."""
    builders = {
        ".doc": lambda: office.doc_bytes("x\r"),
        ".xls": lambda: office.xls_file(tmp_path / "x.xls", {"S": [["x"]]}).read_bytes(),
        ".msg": lambda: office.msg_bytes("s", "b", "f", "t", {}),
        ".odt": lambda: office.odt_bytes("t", ["x"], []),
        ".ods": lambda: office.ods_bytes({"S": [["x"]]}),
        ".xlsx": lambda: office.xlsx_file(tmp_path / "x.xlsx", {"S": [["x"]]}).read_bytes(),
        ".pptx": lambda: office.pptx_file(tmp_path / "x.pptx", [("t", "b", "")]).read_bytes(),
        ".rtf": lambda: office.rtf_bytes("t", "x", ""),
        ".zip": lambda: office.zip_bytes({"a.txt": "x"}),
    }
    head = builders[Path(name).suffix]()[:4096]
    chosen = choose(head, Path(name).suffix)
    assert chosen is not None and chosen.name == reader
