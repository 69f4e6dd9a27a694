"""Fixtures for packets: a real archive with a form, a long PDF, an email and a DOCX."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.packets import build_packet_archive, write_packet_documents


@pytest.fixture
def packet_archive(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """The archive's folder and its documents' ids by file name."""
    ids = build_packet_archive(tmp_path / "archive", write_packet_documents(tmp_path / "docs"))
    return tmp_path / "archive", ids
