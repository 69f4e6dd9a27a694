"""Where the archive is: a folder, or an office database that folder-only commands refuse."""

from __future__ import annotations

import pytest

from index.errors import UsageError
from index.location import archive_dir, office_url, refuse_office


def test_a_folder_only_command_refuses_an_office_database_naming_what_works() -> None:
    """GIVEN an office database as the archive WHEN a command that needs a folder asks for
    it THEN it is refused in plain words naming the commands that do not work on an office
    database."""
    with pytest.raises(UsageError) as refused:
        archive_dir("postgresql://farid_k@server/casedesk")
    said = str(refused.value)
    assert "casedesk backup, restore, ocr and demo do not work on an office database" in said
    assert "farid_k" not in said


@pytest.mark.parametrize(("command", "instead"), [("backup", "pg_dump"), ("restore", "pg_restore")])
def test_backup_and_restore_of_an_office_say_what_to_use(command, instead, monkeypatch) -> None:
    """GIVEN an office database (flag or CASEDESK_ARCHIVE) WHEN backup or restore would run
    THEN refused naming PostgreSQL's tool; a folder, or another command, is not refused."""
    monkeypatch.delenv("CASEDESK_ARCHIVE", raising=False)
    with pytest.raises(UsageError, match=instead):
        refuse_office(command, "postgresql://farid_k@server/casedesk")
    monkeypatch.setenv("CASEDESK_ARCHIVE", "postgres://farid_k@server/casedesk")
    with pytest.raises(UsageError, match=instead):
        refuse_office(command)
    refuse_office("stats")
    refuse_office(command, "/srv/archive")


def test_an_office_url_is_told_from_a_folder(tmp_path, monkeypatch) -> None:
    """GIVEN a folder or an office URL WHEN asked which office database THEN only the URL
    is one, from the flag or from CASEDESK_ARCHIVE."""
    monkeypatch.delenv("CASEDESK_ARCHIVE", raising=False)
    assert office_url(tmp_path) is None
    assert archive_dir(tmp_path) == tmp_path
    monkeypatch.setenv("CASEDESK_ARCHIVE", "postgres://ana@/office")
    assert office_url() == "postgres://ana@/office"
