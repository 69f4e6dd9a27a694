"""``casedesk backup`` and ``casedesk restore`` end to end, through the real command."""

from __future__ import annotations

import tarfile
from pathlib import Path

import pytest

from tests.support.backups import build_source


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """The archive to back up (letters, cases, an output, a template)."""
    return build_source(tmp_path / "source", tmp_path / "work")


def _counts(casedesk, archive: Path) -> dict:
    stats = casedesk("--archive", archive, "stats", "--json").json
    cases = casedesk("--archive", archive, "case", "list", "--json").json
    return {**stats, "cases": sorted(c["id"] for c in cases)}


@pytest.mark.parametrize("password", [None, "kabul-rain-7"], ids=["plain", "encrypted"])
def test_backup_then_restore_gives_a_sound_archive_with_the_same_counts(
    casedesk, source: Path, tmp_path: Path, password: str | None
) -> None:
    """GIVEN an archive with letters, cases, an output and an office template
    WHEN backed up to one file (with or without a password) and restored into a new folder
    THEN restore exits 0, check passes, the counts and cases equal the source's, a search
    finds the letters (the index was rebuilt), and the output and template are back."""
    secret = ["--password", password] if password else []
    out = tmp_path / "office.cdbak"
    made = casedesk("--archive", source, "backup", out, *secret, "--json")
    assert made.code == 0, made.err
    assert (made.json["kind"], made.json["encrypted"]) == ("base", bool(password))
    assert not list(tmp_path.glob(".*part"))
    restored = tmp_path / "restored"
    done = casedesk("restore", out, "--archive", restored, *secret, "--json")
    assert done.code == 0, done.err + done.out
    assert done.json["counts"] == done.json["expected"]
    assert casedesk("--archive", restored, "check").code == 0
    assert _counts(casedesk, restored) == _counts(casedesk, source)
    found = casedesk("--archive", restored, "search", "Paragraph", "--json").json
    assert found["total"] == 3
    assert (restored / "templates" / "own-letterhead.html").read_text() == "<p>{{ case.id }}</p>\n"
    assert (restored / "outputs" / "referral-AFG-2024-00201.pdf").is_file()


def test_a_plain_backup_is_a_tar_file(casedesk, source: Path, tmp_path: Path) -> None:
    """GIVEN a backup made without a password WHEN opened with tar THEN its manifest comes
    first, then the catalog; the search index is not in it."""
    out = tmp_path / "plain.cdbak"
    assert casedesk("--archive", source, "backup", out).code == 0
    with tarfile.open(out) as tar:
        names = tar.getnames()
    assert names[:2] == ["casedesk-backup.json", "catalog.sqlite"]
    assert not [n for n in names if n.startswith("index/")]


def test_an_encrypted_backup_refuses_a_wrong_password(
    casedesk, source: Path, tmp_path: Path
) -> None:
    """GIVEN an encrypted backup WHEN restored with another password, or none
    THEN exit 2 saying the password is wrong (or needed), and no archive is made."""
    out = tmp_path / "office.cdbak"
    assert casedesk("--archive", source, "backup", out, "--password", "right").code == 0
    assert b"Letter 0" not in out.read_bytes() and b"AFG-2024" not in out.read_bytes()
    target = tmp_path / "restored"
    wrong = casedesk("restore", out, "--archive", target, "--password", "Right")
    assert wrong.code == 2
    assert "password is not the one" in wrong.err
    none = casedesk("restore", out, "--archive", target)
    assert none.code == 2 and "encrypted" in none.err
    assert not target.exists()


@pytest.mark.parametrize("password", [None, "pw"], ids=["plain", "encrypted"])
@pytest.mark.parametrize("damage", ["truncated", "tampered"])
def test_a_damaged_backup_is_refused(
    casedesk, source: Path, tmp_path: Path, password: str | None, damage: str
) -> None:
    """GIVEN a backup cut short (or with one byte changed in its middle)
    WHEN restored THEN exit 2 saying it is damaged, and no archive is left behind."""
    secret = ["--password", password] if password else []
    out = tmp_path / "office.cdbak"
    assert casedesk("--archive", source, "backup", out, *secret).code == 0
    data = bytearray(out.read_bytes())
    if damage == "truncated":
        del data[len(data) * 2 // 3 :]
    else:
        data[len(data) // 2] ^= 0x55
    out.write_bytes(bytes(data))
    target = tmp_path / "restored"
    done = casedesk("restore", out, "--archive", target, *secret)
    assert done.code == 2, done.out
    assert "damaged or incomplete" in done.err
    assert not target.exists()
    assert not list(tmp_path.glob(".restored*"))


def test_backups_into_a_folder_add_only_what_is_new(casedesk, source: Path, tmp_path: Path) -> None:
    """GIVEN a backup folder holding a first (base) backup
    WHEN a letter and a case are added and the archive is backed up there again
    THEN the second file is an increment holding the catalog and only the new files;
    AND restoring the folder gives the archive as it is now."""
    folder = tmp_path / "backups"
    folder.mkdir()
    first = casedesk("--archive", source, "backup", folder, "--password", "pw", "--json")
    assert first.code == 0, first.err
    assert first.json["kind"] == "base"
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "note.txt").write_text("A new note about case AFG-2024-00202.\n")
    assert casedesk("--archive", source, "add", tmp_path / "more").code == 0
    assert casedesk("--archive", source, "case", "add", "--id", "AFG-2024-00777").code == 0
    second = casedesk("--archive", source, "backup", folder, "--password", "pw", "--json")
    assert second.code == 0, second.err
    assert (second.json["kind"], second.json["files"]) == ("increment", 2)  # catalog + note
    assert len(list(folder.glob("*.cdbak"))) == 2
    restored = tmp_path / "restored"
    done = casedesk("restore", folder, "--archive", restored, "--password", "pw", "--json")
    assert done.code == 0, done.err
    assert done.json["files"] == 2
    assert casedesk("--archive", restored, "check").code == 0
    assert _counts(casedesk, restored) == _counts(casedesk, source)


def test_restore_never_writes_over_an_archive(casedesk, source: Path, tmp_path: Path) -> None:
    """GIVEN a backup WHEN restored with --archive naming a folder that is not empty
    THEN exit 2, and the folder is as it was."""
    out = tmp_path / "office.cdbak"
    assert casedesk("--archive", source, "backup", out).code == 0
    before = sorted(p.name for p in source.iterdir())
    done = casedesk("restore", out, "--archive", source)
    assert done.code == 2 and "not empty" in done.err
    assert sorted(p.name for p in source.iterdir()) == before
