"""``casedesk office-server sync [--follow]`` and ``casedesk search --archive
postgresql://…`` through the real ``casedesk`` command against the real test server."""

from __future__ import annotations

import json
import os
import subprocess
import threading
from pathlib import Path

import pytest
from psycopg.conninfo import conninfo_to_dict

from tests.cli.conftest import casedesk_command
from tests.support.office_documents import add_many


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The desk's cache folder (XDG_CACHE_HOME), empty, for the commands run here."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder


def test_sync_then_search_an_office_database(office, casedesk, cache) -> None:
    """GIVEN 12 documents in the office database WHEN ``office-server sync`` runs THEN it
    says 12 documents were indexed, into the cache folder (no user name or password in
    any path); WHEN another desk adds 3 and ``search`` runs on the postgresql:// archive
    THEN it catches up by itself and prints the hits like a folder's search."""
    add_many(office.url, 12, "Bamyan")
    done = casedesk("office-server", "sync", "--url", office.url, "--json")
    assert done.code == 0, done.err
    assert done.json["indexed"] == 12 and done.json["changes"] > 12
    human = casedesk("office-server", "sync", "--url", office.url)
    assert "Applied 0 change(s): 0 document(s) indexed" in human.out
    login = conninfo_to_dict(office.server)
    kept = cache / "CaseDesk" / "office-indexes"
    files = [p for p in kept.rglob("*") if p.is_file()]
    assert files and set(cache.rglob("*")) - set(kept.rglob("*")) == {kept, kept.parent}
    for secret in (login["user"], login["password"]):
        assert all(secret not in str(p.relative_to(cache)) for p in files)
        assert all(secret.encode() not in p.read_bytes() for p in files)
    add_many(office.url, 3, "Ghazni", start=100)
    found = casedesk("search", "Ghazni", "--archive", office.url)
    assert found.code == 0, found.err
    assert "3 document(s)" in found.out and "«Ghazni»" in found.out
    as_json = casedesk_json(office.url, "search", "Bamyan", "--json")
    assert as_json["total"] == 12 and as_json["hits"][0]["snippets"]


def casedesk_json(url: str, *args: str) -> dict:
    """Run ``casedesk ARGS`` with ``CASEDESK_ARCHIVE`` naming the office database."""
    env = {**os.environ, "CASEDESK_ARCHIVE": url}
    done = subprocess.run(
        [*casedesk_command(), *args], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_sync_follow_prints_each_catch_up(office, cache) -> None:
    """GIVEN ``office-server sync --follow`` running WHEN another desk adds 4 documents
    THEN it wakes and prints a second catch-up that indexed those 4."""
    follower = subprocess.Popen(
        [*casedesk_command(), "office-server", "sync", "--url", office.url, "--follow", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    guard = threading.Timer(240, follower.kill)  # a hung follower fails, never hangs the run
    guard.start()
    try:
        first = json.loads(follower.stdout.readline())
        assert first["indexed"] == 0
        add_many(office.url, 4, "Kunduz")
        second = json.loads(follower.stdout.readline())
        assert second["indexed"] == 4
    finally:
        guard.cancel()
        follower.terminate()
        follower.wait(timeout=30)
