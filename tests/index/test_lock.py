"""The writer lock: who holds it is named, even to a writer refused the moment it was taken."""

from __future__ import annotations

import fcntl
import json
import os
import threading
import time
from pathlib import Path

import pytest

from index.errors import ArchiveBusy
from index.lock import LOCK_NAME, WriterLock


def test_a_lock_given_back_while_a_writer_tries_it_is_taken_not_refused(
    tmp_path: Path,
) -> None:
    """GIVEN the lock held by another process that has just emptied it to give it back
    WHEN a second writer tries it, and the holder lets go 50 ms later
    THEN the second writer takes the lock and names itself, instead of being refused by
    "another CaseDesk" that no longer exists (seen when one ingest ended as another began)."""
    fd = os.open(tmp_path / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def let_go() -> None:
        time.sleep(0.05)
        os.close(fd)

    releaser = threading.Thread(target=let_go)
    releaser.start()
    lock = WriterLock(tmp_path, "casedesk add")
    try:
        lock.acquire()
    finally:
        releaser.join()
    holder = json.loads((tmp_path / LOCK_NAME).read_text())
    assert holder["command"] == "casedesk add" and holder["pid"] == os.getpid()
    lock.release()


def test_a_writer_refused_just_as_the_lock_was_taken_still_learns_who_holds_it(
    tmp_path: Path,
) -> None:
    """GIVEN the lock taken by another process that has not yet written who it is
    WHEN a second writer tries it, and the holder writes its name 50 ms later
    THEN the refusal names the holder's command and process, not just "another CaseDesk"."""
    fd = os.open(tmp_path / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def write_holder() -> None:
        time.sleep(0.05)
        info = {"command": "casedesk add", "pid": 4242, "host": "desk-3", "since": "10:42"}
        os.pwrite(fd, json.dumps(info).encode(), 0)

    writer = threading.Thread(target=write_holder)
    writer.start()
    try:
        with pytest.raises(ArchiveBusy) as refused:
            WriterLock(tmp_path, "casedesk add").acquire(wait=0)
    finally:
        writer.join()
        os.close(fd)
    assert "'casedesk add' (process 4242 on desk-3, since 10:42)" in str(refused.value)
    lock = WriterLock(tmp_path, "casedesk add")  # released when its holder closed it
    lock.acquire()
    lock.release()
