"""One backup file: a tar stream (encrypted or not) whose first member is its manifest.

The manifest (``casedesk-backup.json``) says what the archive held when the backup was
made — every file by its name in the archive and SHA-256 (``needed``) — and which of them
this file holds (``contains``: all of them in a base backup; the catalog and what is new in
an increment).  Written first, it can be read without reading the rest (an increment reads
the earlier backups' manifests); every member is checked against it when read, so a file
cut short or changed is refused.  An unencrypted backup is a plain tar file any tar reads.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import tarfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from desktop.operations.backup_crypto import (
    CHUNK,
    DAMAGED,
    BackupError,
    DecryptingReader,
    EncryptingWriter,
    is_encrypted,
)

MANIFEST = "casedesk-backup.json"
FORMAT = 1

Tick = Callable[[int], None]  # called with the number of bytes just copied


@dataclass(frozen=True)
class Manifest:
    """What a backup file says about itself."""

    kind: str  # "base" or "increment"
    made: str  # ISO time, UTC
    needed: dict[str, str]  # every file of the archive then: name -> SHA-256
    contains: tuple[str, ...]  # the names this file holds
    counts: dict[str, int]  # the catalog's counts then (documents, pages, …)

    def to_bytes(self) -> bytes:
        data = {"format": FORMAT, "kind": self.kind, "made": self.made, "counts": self.counts,
                "needed": self.needed, "contains": list(self.contains)}  # fmt: skip
        return json.dumps(data, ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> Manifest:
        try:
            data = json.loads(raw)
            if data["format"] != FORMAT:
                raise BackupError("This backup was made by a newer CaseDesk: update CaseDesk.")
            return cls(data["kind"], data["made"], dict(data["needed"]),
                       tuple(data["contains"]), dict(data["counts"]))  # fmt: skip
        except (ValueError, KeyError, TypeError):
            raise BackupError(DAMAGED) from None


class BackupWriter:
    """Writes one backup file member by member (use as a context manager)."""

    def __init__(self, out: BinaryIO, password: str | None) -> None:
        self._crypt = EncryptingWriter(out, password) if password else None
        # Closed by __exit__, which also writes the last encrypted chunk.
        self._tar = tarfile.open(  # noqa: SIM115
            fileobj=self._crypt or out, mode="w|", format=tarfile.PAX_FORMAT
        )
        self._tar.copybufsize = CHUNK  # a file is copied (and Cancel checked) a MiB at a time

    def add_bytes(self, name: str, data: bytes) -> None:
        """Add a member holding ``data``."""
        info = tarfile.TarInfo(name)
        info.size, info.mode = len(data), 0o600
        self._tar.addfile(info, io.BytesIO(data))

    def add_file(self, name: str, path: Path, tick: Tick) -> None:
        """Add the file at ``path`` as ``name``, read a chunk at a time."""
        with path.open("rb") as f:
            info = tarfile.TarInfo(name)
            stat = path.stat()
            info.size, info.mtime, info.mode = stat.st_size, int(stat.st_mtime), 0o600
            self._tar.addfile(info, _Ticking(f, tick))

    def __enter__(self) -> BackupWriter:
        return self

    def __exit__(self, kind: object, *rest: object) -> None:
        self._tar.close()
        if self._crypt is not None and kind is None:
            self._crypt.close()


class _Ticking:
    """A file read through, reporting each chunk (where Cancel is also checked)."""

    def __init__(self, f: BinaryIO, tick: Tick) -> None:
        self._f, self._tick = f, tick

    def read(self, size: int = -1) -> bytes:
        data = self._f.read(min(size, CHUNK) if size > 0 else CHUNK)
        self._tick(len(data))
        return data


@contextlib.contextmanager
def reading(path: Path, password: str | None) -> Iterator[tarfile.TarFile]:
    """The backup at ``path`` as a tar stream, decrypted when it is encrypted."""
    try:
        f = path.open("rb")
    except OSError as error:
        raise BackupError(
            "Cannot read the backup {path}: {reason}.", path=path, reason=error.strerror
        ) from None
    with f:
        if is_encrypted(f.read(64)):
            if not password:
                raise BackupError("This backup is encrypted: give its password.")
            f.seek(0)
            source: BinaryIO = DecryptingReader(f, password)  # type: ignore[assignment]
        else:
            f.seek(0)
            source = f
        try:
            with tarfile.open(fileobj=source, mode="r|") as tar:
                yield tar
        except (tarfile.TarError, EOFError, OSError):
            raise BackupError(DAMAGED) from None


def manifest_of(tar: tarfile.TarFile) -> Manifest:
    """The manifest, the first member of the stream (:class:`BackupError` when it is not)."""
    first = tar.next()
    if first is None or first.name != MANIFEST or not first.isfile():
        raise BackupError("This file is not a CaseDesk backup (or its beginning is damaged).")
    data = tar.extractfile(first)
    assert data is not None
    return Manifest.from_bytes(data.read())


def read_manifest(path: Path, password: str | None) -> Manifest:
    """The manifest of the backup at ``path``, reading only its beginning."""
    with reading(path, password) as tar:
        return manifest_of(tar)


def members(
    tar: tarfile.TarFile, manifest: Manifest, tick: Tick
) -> Iterator[tuple[str, Iterator[bytes]]]:
    """Each member after the manifest as ``(name, chunks)``; reading the chunks to the end
    checks the member's hash against the manifest (:class:`BackupError` if it differs)."""
    seen = []
    while (member := tar.next()) is not None:
        if member.name not in manifest.contains or not member.isfile():
            raise BackupError(DAMAGED)
        seen.append(member.name)
        yield member.name, _checked_chunks(tar, member, manifest.needed[member.name], tick)
        # tarfile keeps every member it read; a stream of 100,000 needs none of them.
        tar.members.clear()
    if sorted(seen) != sorted(manifest.contains):
        raise BackupError(DAMAGED)  # cut short between two members


def _checked_chunks(
    tar: tarfile.TarFile, member: tarfile.TarInfo, sha256: str, tick: Tick
) -> Iterator[bytes]:
    data = tar.extractfile(member)
    assert data is not None
    digest = hashlib.sha256()
    while chunk := data.read(CHUNK):
        digest.update(chunk)
        tick(len(chunk))
        yield chunk
    if digest.hexdigest() != sha256:
        raise BackupError(DAMAGED)
