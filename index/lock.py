"""The archive's writer lock: one writing process at a time, and who holds it.

The lock is an ``flock`` on ``<archive>/writer.lock``, so the operating system releases
it when its holder dies — a crashed or killed process never leaves the archive locked.
The holder writes who it is (the command, not its arguments, which may name people;
the process id; the machine; since when) so that a second process can say who to wait for.

A writer held elsewhere is waited for a bounded time (:data:`WAIT_S`, or the environment's
``CASEDESK_LOCK_WAIT`` in seconds), saying so once, before the refusal names the holder.
The lock is re-entrant within one :class:`WriterLock`: a write inside a write (an edit that
indexes what it changed) takes it once and gives it back when the outermost one ends.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from index.errors import ArchiveBusy, Notice

LOCK_NAME = "writer.lock"
# How long a writer waits for another one by default: a few seconds, so that two short
# writes (a case saved in two windows) both succeed and a long one is named soon.
WAIT_S = 5.0
_POLL_S = 0.05


class WriterLock:
    """Holds the archive's writer lock from :meth:`acquire` until :meth:`release`."""

    def __init__(self, root: Path, holder: str) -> None:
        self.path = root / LOCK_NAME
        self.holder = holder
        self._fd: int | None = None
        self._depth = 0

    @property
    def held(self) -> bool:
        """True while this process holds the lock through this object."""
        return self._fd is not None

    def acquire(
        self, *, wait: float | None = None, on_wait: Callable[[Notice], object] | None = None
    ) -> None:
        """Take the lock, waiting up to ``wait`` seconds (default :func:`wait_seconds`) for
        another holder, told once to ``on_wait``; then raise :class:`ArchiveBusy` naming it."""
        if self._fd is not None:
            self._depth += 1
            return
        wait = wait_seconds() if wait is None else wait
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + wait
        told = False
        while not _try_lock(fd):
            info = _read_holder(fd)
            if time.monotonic() >= deadline:
                break
            if info and not told and on_wait is not None:
                on_wait(_waiting_message(info))
                told = True
            time.sleep(_POLL_S)
        else:
            self._hold(fd)
            return
        self._refuse(fd)

    def _refuse(self, fd: int) -> None:
        """Take the lock if it is free after all, or raise naming its holder."""
        info = _read_holder(fd)
        # Empty: taken a moment ago (its holder is writing who it is), or being given
        # back right now (emptied before it is let go) — then it is ours to take.
        for _ in range(_HOLDER_WAITS):
            if _try_lock(fd):
                self._hold(fd)
                return
            if info:
                break
            time.sleep(_HOLDER_WAIT_S)
            info = _read_holder(fd)
        os.close(fd)
        raise _busy_error(info) from None

    def _hold(self, fd: int) -> None:
        self._fd = fd
        self._depth = 1
        self._write_holder(fd)

    def _write_holder(self, fd: int) -> None:
        info = {
            "command": self.holder,
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": datetime.now().astimezone().isoformat(timespec="seconds"),
        }
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(info).encode(), 0)

    def release(self) -> None:
        """Give the lock back (also done by the OS if the process dies)."""
        if self._fd is None:
            return
        self._depth -= 1
        if self._depth > 0:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, 0)
        os.close(self._fd)
        self._fd = None

    def close(self) -> None:
        """Give the lock back however many writes inside writes took it."""
        if self._fd is not None:
            self._depth = 1
            self.release()


# A lock taken a moment ago is empty until its holder has written who it is: how long
# a refused writer waits for that before saying only "another CaseDesk".
_HOLDER_WAITS, _HOLDER_WAIT_S = 50, 0.01


def wait_seconds() -> float:
    """How long a writer waits for another: ``CASEDESK_LOCK_WAIT`` or :data:`WAIT_S`."""
    try:
        return max(0.0, float(os.environ.get("CASEDESK_LOCK_WAIT", WAIT_S)))
    except ValueError:
        return WAIT_S


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _read_holder(fd: int) -> dict[str, object]:
    try:
        return json.loads(os.pread(fd, 4096, 0) or b"{}")
    except (OSError, ValueError):
        return {}


def _busy_error(info: dict[str, object]) -> ArchiveBusy:
    """The error naming who holds the lock (a template, so the faces can translate it)."""
    advice = "Wait for it to finish, or close the other CaseDesk window, then try again."
    command = str(info.get("command", "CaseDesk"))
    if not info.get("pid"):
        return ArchiveBusy(
            "This archive is being changed by another CaseDesk: '{command}'. " + advice,
            command=command,
        )
    return ArchiveBusy(
        "This archive is being changed by another CaseDesk: '{command}' (process {pid} on "
        "{host}, since {since}). " + advice,
        command=command,
        pid=str(info["pid"]),
        host=str(info.get("host", "this computer")),
        since=str(info.get("since", "?")),
    )


def _waiting_message(info: dict[str, object]) -> Notice:
    """What a writer is told while it waits (a template, so the faces can translate it)."""
    command = str(info.get("command", "CaseDesk"))
    if not info.get("pid"):
        return Notice(
            "Another CaseDesk window or command is writing: '{command}', waiting…",
            command=command,
        )
    return Notice(
        "Another CaseDesk window or command is writing: '{command}' (process {pid} on "
        "{host}, since {since}), waiting…",
        command=command,
        pid=str(info["pid"]),
        host=str(info.get("host", "this computer")),
        since=str(info.get("since", "?")),
    )
