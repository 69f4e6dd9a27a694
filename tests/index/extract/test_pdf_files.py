"""Embedded files with encryption of their own: each comes out whole or is a problem,
never silently dropped (index/extract/pdf_files.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.extract.base import Extraction, ExtractOptions
from index.extract.pdf import PdfExtractor
from index.problems import ProblemKind
from tests.support.pdfs import pdf_with_embedded_file

SECRET = b"Statement of Zarmina Testwal, invented for the test."


def extract(tmp_path: Path, data: bytes, *passwords: str) -> Extraction:
    target = tmp_path / "cover.pdf"
    target.write_bytes(data)
    return PdfExtractor().extract(target, ExtractOptions(passwords=passwords))


@pytest.mark.parametrize("crypt_filter", ["StdCF", "Identity"])
def test_file_behind_a_named_crypt_filter_comes_out(tmp_path: Path, crypt_filter: str) -> None:
    """GIVEN an AES-256 PDF whose embedded file's stream has a /Crypt filter naming the
    document's own crypt filter, or /Identity (pypdf stops at such a filter)
    WHEN it is extracted with the password
    THEN the embedded file comes out with its bytes."""
    data = pdf_with_embedded_file(
        "Cover", "statement.txt", SECRET, password="pw", crypt_filter=crypt_filter
    )
    result = extract(tmp_path, data, "pw")
    assert [(a.name, a.data, a.problem) for a in result.attachments] == [
        ("statement.txt", SECRET, None)
    ]


def test_file_behind_an_unknown_crypt_filter_is_a_problem(tmp_path: Path) -> None:
    """GIVEN an embedded file whose /Crypt filter names a crypt filter the PDF lacks
    WHEN it is extracted with the password
    THEN the pages are read and the file is a "security" problem, not dropped."""
    data = pdf_with_embedded_file(
        "Cover", "statement.txt", SECRET, password="pw", crypt_filter="Nowhere"
    )
    result = extract(tmp_path, data, "pw")
    assert result.pages == ("Cover",)
    [attachment] = result.attachments
    assert attachment.name == "statement.txt" and attachment.data == b""
    assert attachment.problem is not None
    assert attachment.problem.kind is ProblemKind.SECURITY


def test_files_encrypted_alone_need_the_password(tmp_path: Path) -> None:
    """GIVEN a PDF whose pages are not encrypted but whose embedded file is (/StmF and
    /StrF /Identity, /EFF /StdCF: Acrobat's "encrypt only file attachments")
    WHEN it is extracted without, then with the password
    THEN the pages are read both times; without it the file is a password problem, with
    it the file comes out decrypted."""
    data = pdf_with_embedded_file("Cover", "statement.txt", SECRET, password="pw", only_files=True)
    locked = extract(tmp_path, data)
    assert locked.pages == ("Cover",)
    [attachment] = locked.attachments
    assert attachment.problem is not None and attachment.problem.kind is ProblemKind.PASSWORD
    opened = extract(tmp_path, data, "pw")
    assert [(a.data, a.problem) for a in opened.attachments] == [(SECRET, None)]
