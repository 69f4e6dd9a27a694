"""Fixtures for drafting: the shipped templates, an invented case, a real archive."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.drafting.citations import citation
from desktop.drafting.context import build_context
from desktop.drafting.library import TemplateLibrary
from tests.support.drafting import OFFICE, TODAY, build_archive, realistic_case, write_documents


@pytest.fixture
def library() -> TemplateLibrary:
    """The shipped templates only."""
    return TemplateLibrary.for_archive(None)


@pytest.fixture
def context() -> dict[str, object]:
    """The invented case as a template sees it, with two citations (nothing confidential)."""
    cites = [
        citation(1, "Radio station employment letter", "2024-11-02", 2,
                 "Ms Shabnam Rahimi presented our weekly programme on girls' education."),
        citation(2, "Statement of the applicant", "", 1,
                 "In September 2021 two men came to our house and asked my father where I was."),
    ]  # fmt: skip
    return build_context(realistic_case(), office=OFFICE, citations=cites, today=TODAY)


@pytest.fixture(scope="module")
def built_archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """An archive holding the case, the office and two documents (built once per module)."""
    base = tmp_path_factory.mktemp("drafting")
    ids = build_archive(base / "archive", write_documents(base / "documents"))
    return base / "archive", ids
