"""Keeping a desk's own index live: ``LISTEN casedesk_changes`` and catch up on each
notification (``office-server sync --follow``, and later the window).

The notification carries nothing (the server folds one transaction's into one); it only
says "read ``changes`` again".  Listening starts before the first catch-up, so nothing
committed in between is missed.  When the connection is lost the follower says so, waits
and connects again, and the catch-up after reconnecting reads every change made while the
desk was away (it just reads after its last seq).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from index.errors import Notice
from index.office import schema
from index.office.connect import ServerUnreachable, connect
from index.office.desk_index import CatchUp, DeskIndex

RETRY_S = 5.0
_POLL_S = 1.0  # how often a quiet follower looks at ``stop``


def follow(
    url: str,
    on_caught_up: Callable[[CatchUp], object],
    stop: threading.Event,
    *,
    on_lost: Callable[[Notice], object] = lambda notice: None,
    root: Path | None = None,
    retry_s: float = RETRY_S,
) -> None:
    """Catch up now and on every change until ``stop`` is set; when the server is lost,
    tell ``on_lost`` and connect again every ``retry_s`` seconds."""
    import psycopg

    while not stop.is_set():
        try:
            _listen(url, on_caught_up, stop, root)
        except (psycopg.OperationalError, ServerUnreachable):
            on_lost(
                Notice(
                    "Lost the office server; trying again in {seconds} s.",
                    seconds=round(retry_s),
                )
            )
            stop.wait(retry_s)


def _listen(
    url: str, on_caught_up: Callable[[CatchUp], object], stop: threading.Event, root: Path | None
) -> None:
    with connect(url, autocommit=True) as conn, DeskIndex(conn, root) as desk:
        conn.execute(f"LISTEN {schema.CHANNEL}")
        on_caught_up(desk.catch_up())
        while not stop.is_set():
            woken = any(True for _ in conn.notifies(timeout=_POLL_S, stop_after=1))
            if woken:
                on_caught_up(desk.catch_up())
