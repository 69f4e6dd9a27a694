"""CaseDesk makes no network connection: the guard works, and a day's work uses none."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.cli.conftest import casedesk_command
from tests.support.drafting import CASE_ID
from tests.support.network_guard import attempts, child_environment
from tests.support.packets import build_packet_archive, write_packet_documents


def _run(args: list[str], log: Path, archive: Path) -> subprocess.CompletedProcess:
    env = child_environment(log)
    env["CASEDESK_ARCHIVE"] = str(archive)
    return subprocess.run(
        args, capture_output=True, text=True, timeout=300, env=env, stdin=subprocess.DEVNULL
    )


def test_the_guard_notices_a_connection_in_a_child_process(tmp_path: Path) -> None:
    """GIVEN the guard in a child's environment WHEN the child opens a TCP connection or looks
    up a name THEN both are refused and logged (so the next test can fail)."""
    log = tmp_path / "network.log"
    code = (
        "import socket\n"
        "for attempt in (lambda: socket.socket().connect(('127.0.0.1', 9)),\n"
        "                lambda: socket.getaddrinfo('example.org', 443)):\n"
        "    try:\n"
        "        attempt()\n"
        "    except RuntimeError as refused:\n"
        "        print('refused:', refused)\n"
        "a, b = socket.socketpair()  # local sockets stay allowed\n"
        "a.sendall(b'x'); print('local', b.recv(1))\n"
    )
    done = _run([sys.executable, "-c", code], log, tmp_path / "unused")
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("refused: CaseDesk must not use the network") == 2
    assert "local b'x'" in done.stdout
    tried = attempts(log)
    assert "socket.connect" in tried and "socket.getaddrinfo" in tried


def test_a_days_work_through_the_command_line_uses_no_network(tmp_path: Path) -> None:
    """GIVEN an archive with a case WHEN documents are added, searched, a letter drafted
    and a packet built, each by the real command with the guard on THEN nothing tried to
    reach the network and every command succeeded."""
    log = tmp_path / "network.log"
    archive = tmp_path / "archive"
    build_packet_archive(archive, write_packet_documents(tmp_path / "docs"))
    more = tmp_path / "more"
    more.mkdir()
    (more / "note.txt").write_text(f"Phone note for {CASE_ID}: interview moved to Monday.")
    command = casedesk_command()
    for args in (
        ["add", str(more)],
        ["search", "interview", "--json"],
        ["draft", "case-summary", "--case", CASE_ID, "-o", str(tmp_path / "summary.pdf")],
        ["packet", "--case", CASE_ID, "-o", str(tmp_path / "packet.pdf")],
        ["check"],
    ):
        done = _run([*command, *args], log, archive)
        assert done.returncode == 0, f"{args}: {done.stderr}"
    assert attempts(log) == ""
    assert (tmp_path / "summary.pdf").exists() and (tmp_path / "packet.pdf").exists()
