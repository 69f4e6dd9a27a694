"""ZIP archives opened like folders, within hard limits; encrypted ones need their password."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.extract.base import ExtractionFailed, ExtractOptions
from index.extract.ziparchive import ZipExtractor, ZipLimits
from index.problems import ProblemKind
from tests.support import office


def _zip(tmp_path: Path, data: bytes, name: str = "bundle.zip") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _problem(path: Path, limits: ZipLimits | None = None, **options: object):
    with pytest.raises(ExtractionFailed) as caught:
        ZipExtractor(limits).extract(path, ExtractOptions(**options))
    return caught.value.problem


def test_members_are_attachments_named_by_their_paths(tmp_path: Path) -> None:
    """GIVEN a zip with files in folders, a hidden file and macOS junk
    WHEN read THEN each real file is an attachment named by its path, the page lists them."""
    path = _zip(
        tmp_path,
        office.zip_bytes(
            {
                "letters/2024/employment.txt": "Employment letter",
                "نامه.txt": "نامه",
                ".DS_Store": "junk",
                "__MACOSX/letters/._employment.txt": "junk",
                "empty-folder/": "",
            }
        ),
    )
    extraction = ZipExtractor().extract(path, ExtractOptions())
    assert [(a.name, a.data) for a in extraction.attachments] == [
        ("letters/2024/employment.txt", b"Employment letter"),
        ("نامه.txt", "نامه".encode()),
    ]
    assert extraction.pages == ("letters/2024/employment.txt\nنامه.txt",)


def test_zips_inside_are_opened_in_place(tmp_path: Path) -> None:
    """GIVEN a zip holding a zip holding a zip with a file WHEN read THEN the file is one
    attachment whose path goes through both inner zips."""
    path = _zip(tmp_path, office.nested_zip(2, {"deep/leaf.txt": "the leaf"}))
    extraction = ZipExtractor().extract(path, ExtractOptions())
    assert [a.name for a in extraction.attachments] == ["level1.zip/level2.zip/deep/leaf.txt"]


def test_zips_nested_past_the_limit_are_a_problem(tmp_path: Path) -> None:
    """GIVEN zips nested four deep (the limit is three) WHEN read THEN TOO_LARGE that
    says how deep, never a partial result."""
    path = _zip(tmp_path, office.nested_zip(4, {"leaf.txt": "x"}))
    problem = _problem(path)
    assert problem.kind is ProblemKind.TOO_LARGE
    assert "nested more than 3 deep" in problem.reason


def test_a_zip_bomb_is_refused_from_its_directory(tmp_path: Path) -> None:
    """GIVEN a zip whose one member unpacks to 200 MB of zeros from about 200 KB
    WHEN read THEN TOO_LARGE that calls it a zip bomb in plain words."""
    path = _zip(tmp_path, office.zip_bomb(200 << 20))
    assert path.stat().st_size < 1 << 20
    problem = _problem(path)
    assert problem.kind is ProblemKind.TOO_LARGE
    assert "zip bomb" in problem.reason and "200 MB" in problem.reason


def test_total_size_and_member_count_are_limited(tmp_path: Path) -> None:
    """GIVEN an archive past the total size limit and one past the member limit
    WHEN read THEN both are TOO_LARGE, saying which limit."""
    members = {f"file{i}.txt": "x" * 1000 for i in range(20)}
    path = _zip(tmp_path, office.zip_bytes(members))
    small = ZipLimits(max_total=10_000)
    assert "more than 0 MB" in _problem(path, small).reason
    assert "more than 10 files" in _problem(path, max_attachments=10).reason


def test_an_encrypted_zip_needs_its_password(tmp_path: Path) -> None:
    """GIVEN a ZipCrypto-encrypted archive WHEN read without, or with a wrong password
    THEN PASSWORD; WHEN read with its password THEN its member is read."""
    path = _zip(tmp_path, office.encrypted_zip("secret.txt", b"hidden words", "s3same"))
    assert _problem(path).kind is ProblemKind.PASSWORD
    assert _problem(path, passwords=("wrong",)).kind is ProblemKind.PASSWORD
    opened = ZipExtractor().extract(path, ExtractOptions(passwords=("wrong", "s3same")))
    assert [(a.name, a.data) for a in opened.attachments] == [("secret.txt", b"hidden words")]


def test_a_damaged_zip_is_damaged(tmp_path: Path) -> None:
    """GIVEN bytes that start like a zip and are not one WHEN read THEN DAMAGED."""
    path = _zip(tmp_path, b"PK\x03\x04" + bytes(100))
    assert _problem(path).kind is ProblemKind.DAMAGED
