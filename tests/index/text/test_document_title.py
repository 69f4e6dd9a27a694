"""A document's title: its file's own title or name when they mean something, else its content."""

from __future__ import annotations

import pytest

from index.text.document_title import ChosenTitle, document_title, meaningful

LETTER = (
    "Green Valleys Agricultural Programme (demo)\n"
    "House 12, Street 5, Jalalabad\nTel: +93 700 000 000\n"
    "Date: 14 November 2023\nEmployment verification\nTo whom it may concern,\n"
    "This is to confirm that he was employed."
)


@pytest.mark.parametrize(
    "name",
    [
        "scan0001",
        "IMG_2034",
        "document(3)",
        "3f9a0c2e1b4d5e6f70812aa9",
        "untitled",
        "2021-03-03",
        "WhatsApp Image 2021-03-03 at 10.22.11",
        "CamScanner 03-03-2021 10.22",
        "doc1",
        "AB",
        "Copy of scan0001",
    ],
)
def test_names_that_say_nothing(name: str) -> None:
    """GIVEN a scanner's, camera's or phone's file name WHEN judged THEN it is not meaningful."""
    assert not meaningful(name)


@pytest.mark.parametrize("name", ["employment-letter", "statement-fa", "نامه سفارت", "note"])
def test_names_that_say_something(name: str) -> None:
    """GIVEN a name a person chose WHEN judged THEN it is meaningful."""
    assert meaningful(name)


def test_a_file_name_written_as_a_title_is_kept() -> None:
    """GIVEN a letter a person named "Ahmadzai employment letter.pdf" (or in Dari)
    WHEN titled THEN its name, whatever its page's heading."""
    assert document_title("Ahmadzai employment letter.pdf", "", LETTER) == ChosenTitle(
        "Ahmadzai employment letter", "name"
    )
    assert document_title("نامه سفارت.pdf", "", LETTER) == ChosenTitle("نامه سفارت", "name")


def test_a_shorthand_file_name_gives_way_to_a_heading_naming_the_document() -> None:
    """GIVEN employment-letter.pdf (a shorthand) whose first page heads it "Employment
    verification" WHEN titled THEN the heading: letters cite "Employment verification", not the
    file name."""
    assert document_title("employment-letter.pdf", "", LETTER) == ChosenTitle(
        "Employment verification", "content:heading"
    )
    # A PDF whose own title is the same shorthand (as programs that print to PDF write it).
    assert document_title("employment-letter.pdf", "employment-letter", LETTER) == ChosenTitle(
        "Employment verification", "content:heading"
    )


def test_a_shorthand_file_name_beats_a_letterhead() -> None:
    """GIVEN intake_note.txt whose first line is only an organisation's name WHEN titled
    THEN the file name (a letterhead says less than the shorthand)."""
    page = "Green Valleys Agricultural Programme\nThe family arrived in Peshawar in 2022."
    assert document_title("intake_note.txt", "", page) == ChosenTitle("intake_note", "name")


def test_a_scans_title_comes_from_the_first_pages_heading() -> None:
    """GIVEN scan0001.pdf whose PDF title is "Microsoft Word - doc1.docx" and whose page has a
    letterhead, an address, a date and a heading WHEN titled THEN the heading, from the content."""
    chosen = document_title("scan0001.pdf", "Microsoft Word - doc1.docx", LETTER)
    assert chosen == ChosenTitle("Employment verification", "content:heading")


def test_a_subject_line_comes_before_a_heading() -> None:
    """GIVEN IMG_2034.pdf with a letterhead and a "Subject:" line (English and Dari)
    WHEN titled THEN the subject."""
    english = "Ministry of Demo Affairs\nSubject: Confirmation of employment\nDear Sir,"
    dari = "وزارت نمونه\nموضوع: تصدیق کار\nمحترم"
    assert document_title("IMG_2034.pdf", "", english) == ChosenTitle(
        "Confirmation of employment", "content:subject"
    )
    assert document_title("IMG_2034.pdf", "", dari) == ChosenTitle("تصدیق کار", "content:subject")


def test_a_meaningful_metadata_title_wins_and_is_cleaned() -> None:
    """GIVEN a PDF titled "Microsoft Word - Employment letter.docx" WHEN titled
    THEN "Employment letter", from the file's own title."""
    chosen = document_title("scan0001.pdf", "Microsoft Word - Employment letter.docx", LETTER)
    assert chosen == ChosenTitle("Employment letter", "metadata")


def test_an_email_keeps_its_subject() -> None:
    """GIVEN an email whose subject is short and a body with a heading WHEN titled
    THEN its subject, whatever it says."""
    assert document_title("message.eml", "Re: hi", "Employment letter\nHello") == ChosenTitle(
        "Re: hi", "metadata"
    )


def test_with_nothing_better_the_name_stays() -> None:
    """GIVEN scan0001.pdf with only a date and a salutation WHEN titled THEN its name."""
    assert document_title("scan0001.pdf", "", "3 March 2021\nDear Sir,") == ChosenTitle(
        "scan0001", "name"
    )
