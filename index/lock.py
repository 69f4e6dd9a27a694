"""The archive's writer lock: one writing process at a time, and who holds it.

The lock is an ``flock`` on ``<archive>/writer.lock``, so the operating system releases
it when its holder dies — a crashed or killed process never leaves the archive locked.
The holder writes who it is (the command, not its arguments, which may name people;
the process id; the machine; since when) so that a second process can say who to wait for.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
import time
from datetime import datetime
from pathlib import Path

from index.errors import ArchiveBusy

LOCK_NAME = "writer.lock"


class WriterLock:
    """Holds the archive's writer lock from :meth:`acquire` until :meth:`release`."""

    def __init__(self, root: Path, holder: str) -> None:
        self.path = root / LOCK_NAME
        self.holder = holder
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock, or raise :class:`ArchiveBusy` naming who holds it."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            info = _read_holder(fd)
            # Empty: taken a moment ago (its holder is writing who it is), or being given
            # back right now (emptied before it is let go) — then it is ours to take.
            for _ in range(_HOLDER_WAITS):
                if info:
                    break
                time.sleep(_HOLDER_WAIT_S)
                if _try_lock(fd):
                    self._hold(fd)
                    return
                info = _read_holder(fd)
            os.close(fd)
            raise _busy_error(info) from None
        self._hold(fd)

    def _hold(self, fd: int) -> None:
        self._fd = fd
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
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, 0)
        os.close(self._fd)
        self._fd = None


# A lock taken a moment ago is empty until its holder has written who it is: how long
# a refused writer waits for that before saying only "another CaseDesk".
_HOLDER_WAITS, _HOLDER_WAIT_S = 50, 0.01


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
