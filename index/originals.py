"""The originals store: every imported file, byte for byte, named by its SHA-256.

Files are written to a temporary name, flushed to disk (fsync) and renamed into place,
so a crash leaves either the whole file or nothing under its final name.  Stored files
are made read-only and never modified; the same bytes imported twice are stored once.

An ingest stores thousands of files, and two flushes each (the file, then its folder)
cost more than storing them: :meth:`Originals.deferring` leaves the flushing to
:meth:`Originals.sync`, one flush of the whole file system for every file stored since,
which the ingest calls before the catalog records any of them (see
:meth:`index.archive.Archive.grouped`).  A power cut before that flush can leave a
file under its final name that is not whole; it is not in the catalog yet, and when
the same bytes come again the stored copy is hashed and replaced if it differs.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import io
import itertools
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from index.errors import ArchiveError

_CHUNK = 1 << 20


def file_sha256(path: Path) -> str:
    """The SHA-256 of the file at ``path`` (hex), read a block at a time."""
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


_NUMBERS = itertools.count()  # names of files being stored, unique in this process


class TooLarge(ArchiveError):
    """The file is bigger than the archive accepts."""


@dataclass(frozen=True)
class Stored:
    """A file in the store: its hash, its size, and whether this call added it."""

    sha256: str
    size: int
    new: bool


class Originals:
    """Content-addressed, write-once storage under ``<archive>/originals``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._tmp = root / ".incoming"
        self._unsynced: set[Path] | None = None  # while deferring: stored, not flushed
        self._checked: set[str] = set()  # while deferring: copies found whole

    def prepare(self) -> None:
        """Create the folders and remove temporary files a crash left behind."""
        self._tmp.mkdir(parents=True, exist_ok=True)
        for leftover in self._tmp.iterdir():
            with contextlib.suppress(OSError):
                leftover.unlink()

    def path_of(self, sha256: str) -> Path:
        """Where the original with this hash is (or would be) stored."""
        return self.root / sha256[:2] / sha256

    def exists(self, sha256: str) -> bool:
        """True when this original is stored."""
        return self.path_of(sha256).is_file()

    def store_file(self, source: Path, max_size: int) -> Stored:
        """Copy ``source`` in, hashing it on the way (one read)."""
        with source.open("rb") as src:
            size = os.fstat(src.fileno()).st_size
            if size > max_size:
                raise TooLarge(f"{size} bytes")
            return self._store_stream(src.read, max_size)

    def store_bytes(self, data: bytes) -> Stored:
        """Store bytes that came from inside another file (an attachment)."""
        return self._store_stream(io.BytesIO(data).read, len(data))

    def _store_stream(self, read: Callable[[int], bytes], max_size: int) -> Stored:
        digest = hashlib.sha256()
        tmp_name = str(self._tmp / f"{os.getpid()}-{next(_NUMBERS)}")
        fd = os.open(tmp_name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        size = 0
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := read(_CHUNK):
                    size += len(chunk)
                    if size > max_size:
                        raise TooLarge(f"more than {max_size} bytes")
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                if self._unsynced is None:
                    os.fsync(out.fileno())
            return self._place(Path(tmp_name), digest.hexdigest(), size)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp_name)

    def _place(self, tmp: Path, sha256: str, size: int) -> Stored:
        final = self.path_of(sha256)
        if final.is_file() and final.stat().st_size == size and self._whole(sha256):
            return Stored(sha256, size, new=False)
        final.parent.mkdir(exist_ok=True)
        tmp.chmod(0o444)
        os.replace(tmp, final)
        if self._unsynced is None:
            fsync_folder(final.parent)
        else:
            self._unsynced.add(final)
            self._checked.add(sha256)  # written whole just now
        return Stored(sha256, size, new=True)

    def _whole(self, sha256: str) -> bool:
        """Whether a file already stored under ``sha256`` holds those bytes: hashed again
        only while deferring flushes, the one way a half-written file could be there, and
        once per block (an attachment repeated in thousands of emails is read once)."""
        if self._unsynced is None or sha256 in self._checked:
            return True
        whole = self.hash_of(sha256) == sha256
        if whole:
            self._checked.add(sha256)
        return whole

    @contextlib.contextmanager
    def deferring(self) -> Iterator[None]:
        """Within the block files are stored without flushing each to disk; call
        :meth:`sync` before anything refers to them (it is called at the end)."""
        self._unsynced = set()
        try:
            yield
            self.sync()
        finally:
            self._unsynced = None
            self._checked.clear()

    def sync(self) -> None:
        """Flush to disk every file stored (and its name) since the last call."""
        if not self._unsynced:
            return
        if not sync_file_system(self.root):
            for path in self._unsynced:
                with path.open("rb") as f:
                    os.fsync(f.fileno())
            for folder in {path.parent for path in self._unsynced}:
                fsync_folder(folder)
        self._unsynced.clear()

    def hash_of(self, sha256: str) -> str:
        """Hash the stored file again (for ``casedesk check``)."""
        return file_sha256(self.path_of(sha256))

    def all(self) -> Iterator[str]:
        """Every stored hash."""
        for sub in sorted(self.root.glob("[0-9a-f][0-9a-f]")):
            for item in sorted(sub.iterdir()):
                yield item.name


def sync_file_system(folder: Path) -> bool:
    """Flush everything written on the file system holding ``folder`` (Linux's
    ``syncfs``: one journal commit for many files); False where there is no syncfs."""
    syncfs = getattr(_LIBC, "syncfs", None) if _LIBC is not None else None
    if syncfs is None:
        return False
    fd = os.open(folder, os.O_RDONLY)
    try:
        if syncfs(fd) != 0:
            number = ctypes.get_errno()
            raise OSError(number, os.strerror(number))
    finally:
        os.close(fd)
    return True


def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


_LIBC = _libc()


def fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
