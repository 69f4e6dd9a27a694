"""Tests of the plain-text extractor on real Persian and Pashto text and made-up encodings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.extract.base import ExtractionFailed, ExtractOptions
from index.extract.text import TextExtractor
from index.problems import ProblemKind

ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")

# A short letter as a Windows-era Persian editor saved it: with Arabic ye and kaf,
# since Windows-1256 has no Persian ye (U+06CC).
LETTER_1256 = "سلام. اين يك نامه براي دفتر كمك حقوقي است. لطفاً مدارك پناهندگي را بفرستيد."


def _extract(path: Path) -> str:
    return TextExtractor().extract(path, ExtractOptions()).pages[0]


@pytest.mark.corpus
def test_persian_corpus_file_decodes_with_arabic_script(corpus: Path) -> None:
    """GIVEN the real Persian treebank text (UTF-8, with zero-width non-joiners)
    WHEN it is extracted
    THEN the page is Arabic-script text holding a known word and its ZWNJs."""
    text = _extract(corpus / "text" / "fa_seraji-ud-dev.txt")
    assert len(ARABIC_SCRIPT.findall(text)) > 10_000
    assert "ایران" in text
    assert "\u200c" in text


@pytest.mark.corpus
def test_pashto_corpus_file_decodes_with_arabic_script(corpus: Path) -> None:
    """GIVEN the real Pashto sentences
    WHEN they are extracted
    THEN the text keeps Pashto-only letters such as ټ, ګ and ۍ."""
    extraction = TextExtractor().extract(
        corpus / "text" / "ps_sikaram-ud-test.txt", ExtractOptions()
    )
    text = extraction.pages[0]
    assert ARABIC_SCRIPT.search(text)
    assert "ګ" in text and "ۍ" in text
    assert extraction.format == "text"
    assert extraction.title == ""
    assert len(extraction.pages) == 1


def test_utf16_file_decodes(tmp_path: Path) -> None:
    """GIVEN Persian text saved as UTF-16 with a byte-order mark (Windows Notepad)
    WHEN it is scored and extracted
    THEN it is not taken for binary and decodes to the same text."""
    text = "درخواست پناهندگی\nنام: مریم\n"
    path = tmp_path / "note.txt"
    path.write_bytes(text.encode("utf-16"))
    assert TextExtractor().score(path.read_bytes(), ".txt") == 50
    assert _extract(path) == text


def test_windows_1256_file_decodes(tmp_path: Path) -> None:
    """GIVEN a Persian letter saved in Windows-1256 (no BOM, not UTF-8)
    WHEN it is extracted
    THEN detection finds the code page and the text comes back exactly."""
    path = tmp_path / "letter.txt"
    path.write_bytes(LETTER_1256.encode("cp1256"))
    extraction = TextExtractor().extract(path, ExtractOptions())
    assert extraction.pages[0] == LETTER_1256
    assert extraction.metadata["encoding"] == "cp1256"


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf"])
def test_empty_or_blank_file_is_empty(tmp_path: Path, content: bytes) -> None:
    """GIVEN a file with nothing but whitespace (or only a BOM)
    WHEN it is extracted
    THEN it fails as EMPTY."""
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    with pytest.raises(ExtractionFailed) as failed:
        TextExtractor().extract(path, ExtractOptions())
    assert failed.value.problem.kind is ProblemKind.EMPTY


def test_binary_file_is_unsupported(tmp_path: Path) -> None:
    """GIVEN a binary file (NUL bytes, no UTF-16 BOM) named .txt
    WHEN it is scored and extracted
    THEN it scores 0 and fails as UNSUPPORTED with no content in the problem."""
    path = tmp_path / "photo.txt"
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR secret"
    path.write_bytes(data)
    assert TextExtractor().score(data, ".txt") == 0
    with pytest.raises(ExtractionFailed) as failed:
        TextExtractor().extract(path, ExtractOptions())
    assert failed.value.problem.kind is ProblemKind.UNSUPPORTED
    assert "secret" not in failed.value.problem.detail


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    """GIVEN a path that does not exist
    WHEN it is extracted
    THEN it fails as UNREADABLE naming only the exception class."""
    with pytest.raises(ExtractionFailed) as failed:
        TextExtractor().extract(tmp_path / "gone.txt", ExtractOptions())
    assert failed.value.problem.kind is ProblemKind.UNREADABLE
    assert failed.value.problem.detail == "FileNotFoundError"


@pytest.mark.parametrize(
    ("suffix", "expected"),
    [(".txt", 50), (".md", 50), (".csv", 50), (".log", 50), ("", 50), (".xyz", 20)],
)
def test_score_prefers_text_suffixes(suffix: str, expected: int) -> None:
    """GIVEN text content under various suffixes
    WHEN it is scored
    THEN text-like suffixes score 50 and anything else that is text scores 20."""
    assert TextExtractor().score(b"Case notes, 3 March.\n", suffix) == expected


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=2048))
def test_random_bytes_extract_or_fail_cleanly(tmp_path: Path, data: bytes) -> None:
    """GIVEN any bytes at all in a file
    WHEN they are extracted as text
    THEN the result is an extraction or ExtractionFailed, never another exception."""
    path = tmp_path / "random.txt"
    path.write_bytes(data)
    try:
        extraction = TextExtractor().extract(path, ExtractOptions())
    except ExtractionFailed:
        return
    assert extraction.pages[0].strip()
