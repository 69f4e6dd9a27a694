"""A private, throwaway PostgreSQL cluster for the tests (docs/OFFICE-SERVER.md).

``initdb`` in a temporary folder, ``pg_ctl start`` on a free port, listening on a Unix
socket in that folder only (no TCP: the tests make no network connection), with a
superuser ``casedesk_test`` whose random password is in the URL.  PostgreSQL refuses to
run as root, so under root the server runs as the ``postgres`` system user.

    python -m tests.support.pg_cluster start DIR   # prints the URL
    python -m tests.support.pg_cluster stop DIR    # stops it; DIR can then be removed
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

BIN = Path(os.environ.get("CASEDESK_PG_BIN", "/usr/lib/postgresql/15/bin"))
SUPERUSER = "casedesk_test"
# Durability is not wanted of a cluster thrown away after the run: fsync off saves seconds.
_FAST = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c listen_addresses=''"


@dataclass(frozen=True)
class Cluster:
    """A running test cluster: its folder and the URL of its ``postgres`` database."""

    base: Path
    url: str


def _as_server_user() -> list[str]:
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


def _run(*command: str | Path) -> None:
    subprocess.run([*_as_server_user(), *map(str, command)], check=True, capture_output=True)


def _free_port() -> int:
    # The port only names the socket file (no TCP listener), but must not clash with
    # another cluster's socket in the same folder; a free TCP port is a good enough pick.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(base: Path) -> Cluster:
    """Create and start a cluster in the empty folder ``base``."""
    base.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        entry = pwd.getpwnam("postgres")
        os.chown(base, entry.pw_uid, entry.pw_gid)
    password = secrets.token_hex(16)
    pwfile = base / "pw"
    pwfile.write_text(password + "\n")
    if os.geteuid() == 0:
        os.chown(pwfile, pwd.getpwnam("postgres").pw_uid, -1)
    pwfile.chmod(0o600)
    try:
        _run(BIN / "initdb", "-D", base / "data", "-U", SUPERUSER, f"--pwfile={pwfile}",
             "--auth=scram-sha-256", "-E", "UTF8", "--no-sync", "--no-instructions")  # fmt: skip
    finally:
        pwfile.unlink()
    port = _free_port()
    options = f"-p {port} -k {base} {_FAST}"
    _run(BIN / "pg_ctl", "-D", base / "data", "-w", "-l", base / "log", "-o", options, "start")
    return Cluster(base, f"postgresql://{SUPERUSER}:{password}@/postgres?host={base}&port={port}")


def stop(base: Path) -> None:
    """Stop the cluster in ``base`` at once (its data is thrown away)."""
    if (base / "data" / "postmaster.pid").exists():
        _run(BIN / "pg_ctl", "-D", base / "data", "-w", "-m", "immediate", "stop")


def restart(base: Path) -> None:
    """Restart the cluster in ``base`` as an administrator would (``pg_ctl restart -m
    fast``: every connection ended, the same port and options); back when it returns."""
    _run(BIN / "pg_ctl", "-D", base / "data", "-w", "-l", base / "log", "-m", "fast", "restart")


def shut_down(base: Path) -> None:
    """Stop the cluster in ``base`` as a server going down would (``-m fast``)."""
    _run(BIN / "pg_ctl", "-D", base / "data", "-w", "-m", "fast", "stop")


def start_again(base: Path) -> None:
    """Start the stopped cluster in ``base`` with the options it last ran with
    (``pg_ctl restart`` of a stopped server starts it from ``postmaster.opts``)."""
    _run(BIN / "pg_ctl", "-D", base / "data", "-w", "-l", base / "log", "restart")


def remove(base: Path) -> None:
    """Stop the cluster in ``base`` and delete the folder."""
    stop(base)
    shutil.rmtree(base, ignore_errors=True)


def new_office(server: str, name: str) -> str:
    """A new database ``name`` on the cluster of ``server`` (a superuser's URL of
    ``postgres``), set up by ``office-server init``; the owner's URL of it."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    from index.office.setup import init_database

    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    parts = conninfo_to_dict(server)
    where = f"?host={parts['host']}&port={parts['port']}"
    url = f"postgresql://{parts['user']}:{parts['password']}@/{name}{where}"
    init_database(url)
    return url


def main(argv: list[str]) -> int:
    """The command line of run-tests: ``start DIR`` prints the URL; ``stop DIR``."""
    action, base = argv[0], Path(argv[1])
    if action == "start":
        print(start(base).url)
    else:
        remove(base)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
