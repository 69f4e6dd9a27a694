"""Finding values among OCR's words: split across words and lines, misread characters."""

from __future__ import annotations

from desktop.redaction.approximate import find_in_words
from desktop.redaction.kinds import redaction_for
from index.ocr.reading import Word
from tests.support.redaction import case_with_a_number

REDACTION = redaction_for(case_with_a_number(), ["passport", "a-number", "address"])


def words(*lines: str, confidence: float = 95.0) -> list[Word]:
    """OCR words of ``lines`` (boxes do not matter here)."""
    return [
        Word(text, (0, 0, 1, 1), confidence, number)
        for number, line in enumerate(lines, start=1)
        for text in line.split()
    ]


def found(read: list[Word], **options: bool) -> list[str]:
    """The texts of the words found to hold a value."""
    matches = find_in_words(read, REDACTION, **options)
    return [read[i].text for i in sorted(matches.words)]


def test_a_number_split_across_words_and_lines_is_found() -> None:
    """GIVEN the passport number read as "P 0004" at a line's end and "5201" on the next
    WHEN the words are searched THEN both words are found, and nothing else."""
    read = words("holds passport P 0004", "5201 issued in Kabul")
    assert found(read) == ["P", "0004", "5201"]


def test_letters_read_for_digits_and_a_misread_digit_are_found() -> None:
    """GIVEN the passport number with O for 0 and I for 1 (PO0O4520I), with one digit
    wrong (P00045207), with one dropped (P0004521), and the A-number with S for 5 and a
    digit wrong
    WHEN searched THEN each is found, and not a different number (four characters
    differ), a date or the words around them."""
    for misread in ("PO0O4520I", "P00045207", "P0004521", "A2I234S698"):
        read = words(f"number {misread} issued", "other P00912837 on 12 March 2024")
        assert found(read) == [misread], misread


def test_an_unsure_number_is_painted_but_not_reported_by_the_read_back() -> None:
    """GIVEN a number-like word OCR was guessing at (confidence 30) that matches no value
    WHEN searched to paint THEN it is found; WHEN searched by the read-back THEN not."""
    read = [*words("passport number"), Word("8?74l0", (0, 0, 1, 1), 30.0, 1)]
    assert found(read) == ["8?74l0"]
    assert found(read, unsure_numbers=False) == []


def test_the_address_is_found_across_a_line_break() -> None:
    """GIVEN the address split over two lines WHEN searched THEN its words are found."""
    read = words("lives at Bhara", "Kahu, Islamabad now")
    assert found(read) == ["Bhara", "Kahu,", "Islamabad"]


def test_a_longer_number_sharing_digits_with_the_value_is_another_number() -> None:
    """GIVEN the case's tazkira number "0000-0452-00001" (it holds "000045200", two edits
    from the passport number P00045201) beside the passport number read with one digit
    wrong
    WHEN searched for the passport only THEN the misread passport number is found and the
    tazkira number is not."""
    passport = redaction_for(case_with_a_number(), ["passport"])
    read = words("tazkira 0000-0452-00001 passport P00045207")
    matches = find_in_words(read, passport)
    assert [read[i].text for i in sorted(matches.words)] == ["P00045207"]
