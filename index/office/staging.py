"""A desk's staging archive for one office database: where ``casedesk add --archive
postgresql://…`` ingests files before sending them (docs/OFFICE-SERVER.md, "Adding from
several desks").

It lives in the user's data folder (not the cache: files not yet sent must survive a
cache clean-up), under a hash of the office's host, port and database — never the user
or password.  Its folder is named ``archive-<random>``: that name tells this desk's audit
rows from another desk's in the office (push_audit.py).  A desk lock (an ``flock``,
released by the system when its holder dies) is held for a whole add, so a second add on
the same computer waits instead of emptying the folder under the first.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from index.errors import UsageError


def office_key(url: str) -> str:
    """A short hash of the office's host:port/dbname (no user, no password)."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        parts = conninfo_to_dict(url)
    except Exception:
        raise UsageError(
            "That is not a valid address of an office database; it looks like "
            "postgresql://user@server/database (special characters in it %-encoded)."
        ) from None
    place = f"{parts.get('host') or 'localhost'}:{parts.get('port') or 5432}/"
    place += str(parts.get("dbname") or parts.get("user") or "")
    return hashlib.sha256(place.encode()).hexdigest()[:16]


def office_folder(url: str) -> Path:
    """This desk's folder for the office at ``url``."""
    from platformdirs import user_data_path

    return user_data_path("CaseDesk", appauthor=False) / "office" / office_key(url)


def staging_archive(folder: Path) -> Path:
    """The staging archive in ``folder``: the one there, or a new name for one."""
    found = sorted(folder.glob("archive-*"))
    return found[0] if found else folder / f"archive-{uuid.uuid4().hex[:12]}"


def empty(archive: Path) -> None:
    """Remove a staging archive whose every row the office holds (its next add makes a
    new one, with a new name)."""
    gone = archive.with_name(archive.name.replace("archive-", "sent-", 1))
    archive.rename(gone)  # one step: never a half-removed archive under the right name
    shutil.rmtree(gone, ignore_errors=True)


@contextmanager
def desk_lock(folder: Path, on_wait: Callable[[], object]) -> Iterator[None]:
    """Hold this desk's lock for ``folder`` (waiting, told once to ``on_wait``)."""
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / "desk.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            on_wait()
            fcntl.flock(fd, fcntl.LOCK_EX)
        for leftover in folder.glob("sent-*"):  # a removal killed half-way
            shutil.rmtree(leftover, ignore_errors=True)
        yield
    finally:
        os.close(fd)
