"""Two desks of one office through the real ``casedesk`` command: what one desk adds, the
other finds with its own search index, caught up from the office database's changes."""

from __future__ import annotations

import json

from tests.cli.conftest import casedesk_command
from tests.office.test_desk_add import add_command, desk_env, letters, login, run


def test_what_one_desk_adds_the_other_desk_finds(office, tmp_path) -> None:
    """GIVEN two desks (own HOME folders, two volunteer logins) and desk B's index already
    built from the office database WHEN desk A adds letters with ``casedesk add --archive
    postgresql://…`` THEN desk B's ``casedesk search`` (its own local index, caught up
    from the change sequence) finds every one of them, in desk B's index only after A's
    add, and a second search fetches nothing new."""
    _, url_a = login(office, "volunteer")
    _, url_b = login(office, "volunteer")
    env_a, env_b = desk_env(tmp_path / "desk-a"), desk_env(tmp_path / "desk-b")
    search = [*casedesk_command(), "search", "interview", "--archive", url_b, "--json"]

    before = run(search, env_b)
    assert before.returncode in (0, 1), before.stderr
    assert json.loads(before.stdout)["total"] == 0

    added = run(add_command(letters(tmp_path / "in", range(12)), url_a), env_a)
    assert added.returncode == 0, added.stderr

    after = run(search, env_b)
    assert after.returncode == 0, after.stderr
    found = json.loads(after.stdout)
    assert found["total"] == 12
    sync = [*casedesk_command(), "office-server", "sync", "--url", url_b, "--json"]
    again = run(sync, env_b)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["indexed"] == 0
