"""Keeping a desk's own index live: ``LISTEN casedesk_changes`` and catch up on each
notification (``office-server sync --follow``, and later the window).

The notification carries nothing (the server folds one transaction's into one); it only
says "read ``changes`` again".  Listening starts before the first catch-up, so nothing
committed in between is missed.  When the connection is lost the follower says so, waits
and connects again, and the catch-up after reconnecting reads every change made while the
desk was away (it just reads after its last seq).

A network that drops silently (no reset reaches the desk) is noticed two ways: the
connection's TCP keepalives (:data:`index.office.connect.NETWORK_DEFAULTS`), and a quiet
follower's own ``SELECT 1`` every :data:`PING_S` seconds, whose connection is cut when no
answer comes within :data:`PING_WAIT_S` (a stalled router or proxy still answers TCP
keepalives); either way the follower reconnects.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable
from pathlib import Path
from time import monotonic
from typing import TYPE_CHECKING

from index.errors import Notice
from index.office import schema
from index.office.connect import ServerUnreachable, connect
from index.office.desk_index import CatchUp, DeskIndex

if TYPE_CHECKING:
    import psycopg

RETRY_S = 5.0
PING_S = 15.0  # a follower quiet this long asks the server whether it is still there
PING_WAIT_S = 10.0  # and takes no answer within this long as a lost connection
_POLL_S = 1.0  # how often a quiet follower looks at ``stop``


def follow(
    url: str,
    on_caught_up: Callable[[CatchUp], object],
    stop: threading.Event,
    *,
    on_lost: Callable[[Notice], object] = lambda notice: None,
    root: Path | None = None,
    retry_s: float = RETRY_S,
    ping_s: float = PING_S,
    ping_wait_s: float = PING_WAIT_S,
) -> None:
    """Catch up now and on every change until ``stop`` is set; when the server is lost,
    tell ``on_lost`` and connect again every ``retry_s`` seconds."""
    import psycopg

    while not stop.is_set():
        try:
            _listen(url, on_caught_up, stop, root, (ping_s, ping_wait_s))
        except (psycopg.OperationalError, ServerUnreachable):
            on_lost(
                Notice(
                    "Lost the office server; trying again in {seconds} s.",
                    seconds=round(retry_s),
                )
            )
            stop.wait(retry_s)


def _listen(
    url: str,
    on_caught_up: Callable[[CatchUp], object],
    stop: threading.Event,
    root: Path | None,
    ping: tuple[float, float],
) -> None:
    ping_s, ping_wait_s = ping
    with connect(url, autocommit=True) as conn, DeskIndex(conn, root) as desk:
        conn.execute(f"LISTEN {schema.CHANNEL}")
        on_caught_up(desk.catch_up())
        heard = monotonic()
        while not stop.is_set():
            woken = any(True for _ in conn.notifies(timeout=min(_POLL_S, ping_s), stop_after=1))
            if woken:
                on_caught_up(desk.catch_up())
                heard = monotonic()
            elif monotonic() - heard >= ping_s:
                _ping(conn, ping_wait_s)
                heard = monotonic()


def _ping(conn: psycopg.Connection, wait_s: float) -> None:
    """``SELECT 1``; when no answer comes within ``wait_s`` the connection is cut, so the
    waiting query fails (an OperationalError) instead of waiting for the kernel."""
    cut = threading.Timer(wait_s, _cut, args=(conn.fileno(),))
    cut.start()
    try:
        conn.execute("SELECT 1")
    finally:
        cut.cancel()


def _cut(fd: int) -> None:
    """Shut the connection's socket down in both directions (its owner still closes it)."""
    try:
        with socket.socket(fileno=os.dup(fd)) as sock:
            sock.shutdown(socket.SHUT_RDWR)
    except OSError:  # closed meanwhile: the connection is gone already
        pass
