"""``casedesk office-server`` (init, add-user, push, push --pending, sync), the office lines
of ``casedesk add`` and the office server's errors in Pashto and Dari, through the real
``casedesk`` command against the real test server (issue 19).  A line of ours left in
English is found as in tests/cli/test_cli_commands_in_words.py: three Latin words in a
row outside the left-to-right isolates that keep addresses, names and commands."""

from __future__ import annotations

import subprocess
import uuid
from pathlib import Path

from psycopg.conninfo import conninfo_to_dict

from tests.cli.conftest import casedesk_command
from tests.cli.test_cli_commands_in_words import english_left
from tests.office.test_desk_add import desk_env, letters


def _run(lang: str, *args: str | Path, env: dict[str, str], stdin: str = "") -> tuple:
    """``casedesk --lang LANG ARGS``: (exit code, stdout, stderr)."""
    done = subprocess.run([*casedesk_command(), "--lang", lang, *map(str, args)], env=env,
                          input=stdin, capture_output=True, text=True, timeout=300)  # fmt: skip
    return done.returncode, done.stdout, done.stderr


def _said(text: str, *content: str | Path) -> list[str]:
    return english_left(text, tuple(map(str, content)))


def test_office_server_commands_speak_pashto_and_dari(office_db, tmp_path: Path) -> None:
    """GIVEN an empty office database and a desk archive of 3 letters WHEN ``init`` (twice),
    ``add-user``, ``push --from`` (twice), ``push --pending`` and ``sync`` run with
    ``--lang ps`` and ``--lang fa`` THEN each succeeds and prints (stdout and the push's
    progress on stderr) no English sentence; AND ``--json`` keeps its English keys."""
    env = desk_env(tmp_path / "desk")
    url = office_db.url
    for lang in ("ps", "fa"):
        code, out, err = _run(lang, "office-server", "init", url, env=env)
        assert code == 0 and out.strip(), err
        assert _said(out) == [], out
        name = f"farid_{lang}_{uuid.uuid4().hex[:6]}"
        code, out, err = _run(lang, "office-server", "add-user", name, "--role", "volunteer",
                              "--url", url, "--password-stdin", env=env, stdin="pass word\n")  # fmt: skip
        assert code == 0, err
        assert name in out and _said(out, name) == [], out
    archive = tmp_path / "desk-archive"
    folder = letters(tmp_path / "letters", range(3))
    assert _run("en", "add", folder, "--archive", archive, "--workers", "1", env=env)[0] == 0
    for lang in ("ps", "fa"):
        code, out, err = _run(lang, "office-server", "push", "--from", archive, "--to", url,
                              env=env)  # fmt: skip
        assert code == 0, err
        assert out.strip() and err.strip()
        assert _said(out + err) == [], out + err
        for action in (("push", "--pending", "--to", url), ("sync", "--url", url)):
            code, out, err = _run(lang, "office-server", *action, env=env)
            assert code == 0 and out.strip(), err
            assert _said(out + err) == [], out + err
    code, out, _err = _run("ps", "office-server", "sync", "--url", url, "--json", env=env)
    assert code == 0 and '"changes"' in out


def test_the_office_servers_errors_speak_pashto_and_dari(office_db, tmp_path: Path) -> None:
    """GIVEN a database not set up, a wrong password and an address where no server
    answers WHEN ``sync`` and ``add`` are run in Pashto and Dari THEN each refusal (exit 2)
    and the "not sent, kept on this computer" line are printed without an English sentence,
    the database's and server's names kept as they are and the password never shown."""
    env = desk_env(tmp_path / "desk")
    parts = conninfo_to_dict(office_db.server)
    wrong = office_db.as_user(parts["user"], "not-the-password")
    sockets = tmp_path / "sockets"
    sockets.mkdir()
    nowhere = f"postgresql:///{office_db.name}?host={sockets}&port={parts['port']}"
    folder = letters(tmp_path / "letters", range(2))
    for lang in ("ps", "fa"):
        for url in (office_db.url, wrong):
            code, out, err = _run(lang, "office-server", "sync", "--url", url, env=env)
            assert code == 2, out + err
            assert office_db.name in err and "not-the-password" not in err
            assert _said(err, parts["host"]) == [], err
        code, out, err = _run(lang, "add", folder, "--archive", nowhere, "--workers", "1",
                              env=env)  # fmt: skip
        assert code == 2, out + err
        assert office_db.name in out
        assert _said(out, folder, sockets) == [], out
