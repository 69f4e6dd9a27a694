"""``casedesk office-server`` (init, add-user, push, push --pending, sync), ``casedesk check``
of an office database, the office lines of ``casedesk add`` and the office server's errors in Pashto and Dari, through the real
``casedesk`` command against the real test server (issue 19).  A line of ours left in
English is found as in tests/cli/test_cli_commands_in_words.py: three Latin words in a
row outside the left-to-right isolates that keep addresses, names and commands."""

from __future__ import annotations

import subprocess
import uuid
from pathlib import Path

import psycopg
from psycopg.conninfo import conninfo_to_dict

from index.office.setup import add_user
from tests.cli.conftest import casedesk_command
from tests.cli.test_cli_commands_in_words import english_left
from tests.office.test_desk_add import desk_env, letters
from tests.office.test_office_server_cli import _store_original


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


def test_check_of_an_office_database_speaks_pashto_and_dari(office, tmp_path: Path) -> None:
    """GIVEN an office database with an incomplete original and a role without its rights,
    and a reader's login that may not read the audit WHEN ``casedesk check`` runs in Pashto
    and Dari with Persian digits, as the owner and as the reader THEN it exits 1 and its
    report - the problems, the note on the table not counted, the roles and the rows - has
    no English sentence, the counts in Persian digits, the original's fingerprint and the
    role's and table's names kept left to right."""
    env = desk_env(tmp_path / "desk")
    sha = _store_original(office, tmp_path)
    name = f"reader_{uuid.uuid4().hex[:6]}"
    add_user(office.url, name, "reader", "pass word")
    with psycopg.connect(office.url) as conn:
        conn.execute("DELETE FROM original_chunks WHERE chunk = 1")
        conn.execute("REVOKE INSERT ON settings FROM casedesk_admin")
        conn.execute("REVOKE SELECT ON audit FROM casedesk_reader")
    reader = office.as_user(name, "pass word")
    for lang in ("ps", "fa"):
        for url in (office.url, reader):
            code, out, err = _run(lang, "--digits", "persian", "check", "--archive", url,
                                  env=env)  # fmt: skip
            assert code == 1, out + err
            assert _said(out) == [], out
            assert f"\u2066{sha[:12]}…\u2069" in out and "\u2066casedesk_admin\u2069" in out
            assert "۲۶۲۱۴۴۰" in out and "2621440" not in out  # the original's size
        assert "\u2066audit\u2069" in out.split("\n  ⁦")[0]  # the reader's note
    code, out, _err = _run("en", "check", "--archive", reader, env=env)
    assert "This login may not read audit" in out and "2 of 3 parts" in out
