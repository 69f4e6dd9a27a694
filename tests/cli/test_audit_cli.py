"""``casedesk audit``: who exported, printed or built what for which case, and when."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.drafting import CASE_ID, SECRET_PASSPORT
from tests.support.packets import build_packet_archive, write_packet_documents


def test_exports_from_the_command_line_are_logged_with_who_did_them(
    tmp_path: Path, casedesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN a volunteer (CASEDESK_USER) who drafts a case summary and builds a packet to files
    WHEN casedesk audit --case runs THEN it lists, newest first, the packet exported and
    built and the draft exported and drafted, each with that volunteer and the case — and no
    name or number from the case; --action keeps only the exports."""
    build_packet_archive(casedesk.archive, write_packet_documents(tmp_path / "docs"))
    monkeypatch.setenv("CASEDESK_USER", "volunteer-7")
    drafted = casedesk(
        "draft", "case-summary", "--case", CASE_ID, "--set", "prepared_by=V7",
        "--include-confidential", "-o", tmp_path / "summary.pdf",
    )  # fmt: skip
    assert drafted.code == 0, drafted.err
    built = casedesk(
        "packet", "--case", CASE_ID, "--password", "pw", "--redact", "passport",
        "-o", tmp_path / "packet.pdf",
    )  # fmt: skip
    assert built.code == 0, built.err
    monkeypatch.setenv("CASEDESK_USER", "officer-2")

    log = casedesk("audit", "--case", CASE_ID.lower(), "--json")
    assert log.code == 0, log.err
    mine = [e for e in log.json if e["who"] == "volunteer-7"]
    assert [e["action"] for e in mine] == ["exported", "packet built", "exported", "drafted"]
    packet_out, draft_out = mine[0]["detail"], mine[2]["detail"]
    assert packet_out["encrypted"] is True and packet_out["redacted"] == ["passport"]
    assert draft_out["format"] == "pdf" and draft_out["template"] == "case-summary"
    assert all(e["detail"]["case"] == CASE_ID for e in log.json)
    assert "Rahimi" not in log.out and SECRET_PASSPORT not in log.out
    assert "summary.pdf" not in log.out  # where a file went can name a person: not logged

    exports = casedesk("audit", "--action", "exported")
    assert exports.code == 0
    lines = exports.out.splitlines()
    assert len(lines) == 2 and all("volunteer-7  exported  " + CASE_ID in x for x in lines)
    assert "encrypted=yes redacted=passport" in lines[0]
    none = casedesk("audit", "--case", "AFG-1999-00001")
    assert none.code == 0 and "no such entries" in none.out
