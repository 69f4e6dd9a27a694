"""Restoring an archive from a backup (``casedesk restore``).

The backup is one file, or a folder of them (a base and increments): a restore of a folder
(or of one increment in it) reads its chain, oldest first, and takes from each file what
the newest manifest needs and that file holds — every member checked against its SHA-256.
The files go to a hidden folder beside the target, which gets the target's name only when
complete; then the archive is opened, which rebuilds the search index from the catalog,
and checked.  The counts of the restored catalog are compared with the backup's.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.operations.backup import (
    SUFFIX,
    BackupCancelled,
    Progress,
    backup_chain,
    catalog_counts,
)
from desktop.operations.backup_crypto import BackupError
from desktop.operations.backup_files import Manifest, manifest_of, members, read_manifest, reading
from index.archive import CATALOG_NAME, Archive
from index.errors import Count, disk_full_in_plain_words
from index.originals import sync_file_system


@dataclass(frozen=True)
class RestoreResult:
    """An archive restored: where, from how many backup files, its counts and what ``check``
    found (``errors`` empty when sound)."""

    root: Path
    files: int
    counts: dict[str, int]
    expected: dict[str, int]
    errors: tuple[str, ...]


def restore(
    source: Path,
    target: Path,
    password: str | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RestoreResult:
    """Make the archive ``target`` (a new or empty folder) from the backup at ``source``."""
    _check_target(target)
    chain = _chain(source)
    newest = read_manifest(chain[-1], password)
    staging = target.with_name(f".{target.name}.restoring-{os.getpid()}")
    staging.mkdir()
    try:
        with disk_full_in_plain_words():
            _unpack(chain, newest, staging, password, progress, cancelled)
            _sync(staging)
            if target.exists():
                target.rmdir()
            os.replace(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    with Archive.open(target, write=True, holder="casedesk restore") as archive:
        archive.catalog.audit("archive restored", {"backup files": len(chain)})
        report = archive.check(verify_hashes=False)
        counts = catalog_counts(archive.catalog.conn)
    return RestoreResult(target, len(chain), counts, dict(newest.counts), tuple(report.errors))


def _check_target(target: Path) -> None:
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise BackupError(
            "{target} is not empty: restore into a new folder (an archive is never restored "
            "over another).",
            target=target,
        )
    if not target.parent.is_dir():
        raise BackupError("The folder {folder} does not exist.", folder=target.parent)


def _chain(source: Path) -> list[Path]:
    if source.is_dir():
        chain = backup_chain(source)
        if not chain:
            raise BackupError("There is no CaseDesk backup in {source}.", source=source)
        return chain
    if not source.is_file():
        raise BackupError("There is no backup file {source}.", source=source)
    if source.suffix == SUFFIX and "-incr" in source.name:
        chain = backup_chain(source.parent, last=source)
        if not chain:
            raise BackupError(
                "{name} needs the earlier backups made with it in its folder.", name=source.name
            )
        return chain
    return [source]


def _unpack(
    chain: list[Path],
    newest: Manifest,
    staging: Path,
    password: str | None,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    """Write every file ``newest`` needs into ``staging``, from the chain's files."""
    missing = dict(newest.needed)
    done = [0]

    def tick(size: int) -> None:
        if cancelled and cancelled():
            raise BackupCancelled("The restore was stopped; nothing was restored.")
        done[0] += size
        if progress:
            progress("restoring", done[0], 0)

    for path in chain:
        with reading(path, password) as tar:
            manifest = manifest_of(tar)
            for name, chunks in members(tar, manifest, tick):
                wanted = missing.get(name) == manifest.needed[name]
                if name == CATALOG_NAME:
                    wanted = path == chain[-1]
                if wanted:
                    _write(staging / name, chunks)
                    missing.pop(name)
    if missing:
        raise BackupError(
            "The backup file is damaged or incomplete (it was changed or cut short after it "
            "was written), so it cannot be restored. Use another backup: {count} file(s) it "
            "needs are in no backup of its folder (was an earlier backup moved or deleted?).",
            count=Count(len(missing)),
        )


def _write(path: Path, chunks: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        for chunk in chunks:  # type: ignore[attr-defined]
            f.write(chunk)
    if path.parts[-3] == "originals":
        path.chmod(0o444)  # originals are never modified


def _sync(folder: Path) -> None:
    """Flush everything written under ``folder`` (one syncfs of its file system)."""
    if not sync_file_system(folder):
        os.sync()
