"""What every CaseDesk child process does first, and the C library calls it needs.

Extraction workers, the indexing process and the optimising process are children that
must never outlive the process that started them (a killed window or ingest must not
leave readers running on sensitive files).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import os
import signal

_PR_SET_PDEATHSIG = 1
# How much less CPU priority extraction workers and the indexing process take than the
# process that started them (docs/UI-RESPONSIVENESS.md): with both cores busy, the window's
# threads, which hold Python's interpreter lock, are run first instead of waiting for
# their turn while holding it.  CASEDESK_WORKER_NICE overrides (0: the same priority).
WORKER_NICE = 10


@functools.cache
def libc() -> ctypes.CDLL:
    """The C library (looked up once: finding it runs a program)."""
    return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


def die_with_parent(parent_pid: int | None = None) -> None:
    """Ask Linux to kill this process if its parent dies (even by SIGKILL), and ignore
    Ctrl+C (the parent's to handle).

    The request only covers a death after it is made: a parent (``parent_pid``, or any
    but init when not given) already gone is noticed here, and the process leaves at once.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(OSError, AttributeError):
        libc().prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    parent = os.getppid()
    if parent == 1 or (parent_pid is not None and parent != parent_pid):
        os._exit(0)


def yield_to_parent() -> None:
    """Run at :data:`WORKER_NICE` below the parent's priority (never raising it back:
    a child of a child keeps what it inherited)."""
    wanted = int(os.environ.get("CASEDESK_WORKER_NICE", WORKER_NICE))
    with contextlib.suppress(OSError, ValueError):
        parent = os.getpriority(os.PRIO_PROCESS, os.getppid())
        if os.getpriority(os.PRIO_PROCESS, 0) < parent + wanted:
            os.setpriority(os.PRIO_PROCESS, 0, min(19, parent + wanted))


def give_back_memory() -> None:
    """Return freed memory to the system (glibc keeps a grown heap otherwise)."""
    with contextlib.suppress(OSError, AttributeError):
        libc().malloc_trim(0)
