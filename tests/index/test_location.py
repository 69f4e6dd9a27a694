"""Where the archive is: a folder, or an office database that folder-only commands refuse."""

from __future__ import annotations

import pytest

from index.errors import UsageError
from index.location import archive_dir, office_url


def test_a_folder_only_command_refuses_an_office_database_naming_what_works() -> None:
    """GIVEN an office database as the archive WHEN a command that needs a folder asks for
    it THEN it is refused in plain words naming the commands that work on an office
    database, the case commands and ``office`` among them."""
    with pytest.raises(UsageError) as refused:
        archive_dir("postgresql://farid_k@server/casedesk")
    said = str(refused.value)
    assert (
        "casedesk add, check, search, show, problems, draft, packet, case, office and office-server"
        in said
    )
    assert "farid_k" not in said


def test_an_office_url_is_told_from_a_folder(tmp_path, monkeypatch) -> None:
    """GIVEN a folder or an office URL WHEN asked which office database THEN only the URL
    is one, from the flag or from CASEDESK_ARCHIVE."""
    monkeypatch.delenv("CASEDESK_ARCHIVE", raising=False)
    assert office_url(tmp_path) is None
    assert archive_dir(tmp_path) == tmp_path
    monkeypatch.setenv("CASEDESK_ARCHIVE", "postgres://ana@/office")
    assert office_url() == "postgres://ana@/office"
