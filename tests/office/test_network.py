"""A dropped network is noticed: every office connection asks for TCP keepalives and
timeouts (a URL's own values win), and a follower whose network stalls silently reconnects
(real PostgreSQL, reached through a TCP relay in this test that can be made to go silent)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from psycopg.conninfo import conninfo_to_dict

from index.errors import Notice
from index.office.connect import NETWORK_DEFAULTS, connect, network_conninfo
from index.office.desk_follow import follow


def _parameters(url: str) -> dict[str, str]:
    with connect(url) as conn:
        return conn.info.get_parameters()


def test_every_connection_asks_for_keepalives_and_timeouts(office) -> None:
    """GIVEN a URL that says nothing of keepalives WHEN a desk connects THEN the connection
    libpq made carries CaseDesk's keepalive and timeout values."""
    used = _parameters(office.url)
    for key in ("keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count"):
        assert used[key] == NETWORK_DEFAULTS[key]
    assert used["connect_timeout"] == NETWORK_DEFAULTS["connect_timeout"]
    assert used["tcp_user_timeout"] == NETWORK_DEFAULTS["tcp_user_timeout"]


def test_a_urls_own_values_win(office) -> None:
    """GIVEN a URL with its own keepalives_idle and connect_timeout WHEN a desk connects
    THEN those values are used, and the other defaults still added."""
    used = _parameters(f"{office.url}&keepalives_idle=42&connect_timeout=3")
    assert used["keepalives_idle"] == "42"
    assert used["connect_timeout"] == "3"
    assert used["keepalives_count"] == NETWORK_DEFAULTS["keepalives_count"]


def test_the_password_stays_where_the_url_put_it() -> None:
    """GIVEN a URL with a password WHEN the defaults are added THEN the password and the
    rest of the URL are unchanged."""
    info = conninfo_to_dict(network_conninfo("postgresql://ana:s%3Dcret@db.example/office"))
    assert (info["user"], info["password"], info["host"]) == ("ana", "s=cret", "db.example")
    assert info["dbname"] == "office"


class _Relay:
    """A TCP relay to the test cluster's Unix socket; ``go_silent`` stops passing bytes
    while keeping every connection open, as a stalled router would."""

    def __init__(self, unix_path: str) -> None:
        self.unix_path = unix_path
        self.silent = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = [self.listener]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.socket(socket.AF_UNIX)
            server.connect(self.unix_path)
            self.sockets += [client, server]
            for source, target in ((client, server), (server, client)):
                threading.Thread(target=self._pass, args=(source, target), daemon=True).start()

    def _pass(self, source: socket.socket, target: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                if not self.silent.is_set():
                    target.sendall(data)
        except OSError:
            return

    def close(self) -> None:
        for sock in self.sockets:
            sock.close()


@contextmanager
def _relay(office) -> Iterator[tuple[_Relay, str]]:
    parts = conninfo_to_dict(office.url)
    relay = _Relay(str(Path(parts["host"]) / f".s.PGSQL.{parts['port']}"))
    url = (
        f"postgresql://{parts['user']}:{parts['password']}@127.0.0.1:{relay.port}/"
        f"{parts['dbname']}?sslmode=disable"
    )
    try:
        yield relay, url
    finally:
        relay.close()


def test_a_follower_whose_network_goes_silent_reconnects(office, tmp_path) -> None:
    """GIVEN a follower caught up through a relay WHEN the relay goes silent (no reset, no
    answer) THEN the follower's own ping finds no answer, it says it lost the server and
    tries again, instead of waiting forever on a dead connection."""
    caught_up, lost = threading.Event(), threading.Event()
    stop = threading.Event()
    notices: list[Notice] = []

    def on_lost(notice: Notice) -> None:
        notices.append(notice)
        lost.set()

    with _relay(office) as (relay, url):
        thread = threading.Thread(
            target=follow, args=(url, lambda done: caught_up.set(), stop),
            kwargs={"root": tmp_path, "on_lost": on_lost, "retry_s": 0.2,
                    "ping_s": 0.5, "ping_wait_s": 1.0},
            daemon=True,
        )  # fmt: skip
        thread.start()
        try:
            assert caught_up.wait(120), "the follower never caught up"
            assert not lost.is_set()
            relay.silent.set()
            assert lost.wait(120), "a silent network was never noticed"
        finally:
            stop.set()
            relay.close()
            thread.join(timeout=60)
    assert not thread.is_alive()
    assert "Lost the office server" in notices[0].template


@pytest.mark.parametrize("key", sorted(NETWORK_DEFAULTS))
def test_the_defaults_are_understood_by_libpq(key: str) -> None:
    """GIVEN each default WHEN libpq parses the conninfo THEN it knows the key (a typo
    would make every connection fail)."""
    assert key in conninfo_to_dict(network_conninfo("postgresql://ana@db.example/office"))
