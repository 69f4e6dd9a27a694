"""Backing up an archive (``casedesk backup``, File ▸ Back up…) into one file.

A backup holds a snapshot of the catalog (SQLite's backup API on a read-only connection: a
window writing meanwhile does not matter), the originals the snapshot names, and the files
in ``outputs/`` and ``templates/``; not the search index, which a restore rebuilds.  It is
written to a hidden ``.part`` file beside the target, read back whole and checked against
its manifest, and only then renamed to its name: a kill leaves only the hidden part.

To a folder, backups are incremental: the first is a *base* (everything), each later one an
*increment* holding a new catalog snapshot and only the files no earlier backup in the
folder holds (:mod:`desktop.operations.restore` puts them together again).  The time of the
last backup is kept in ``<archive>/last-backup.json`` for the window's reminder.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.operations.backup_crypto import BackupError
from desktop.operations.backup_files import (
    MANIFEST,
    BackupWriter,
    Manifest,
    manifest_of,
    members,
    read_manifest,
    reading,
)
from index.archive import CATALOG_NAME
from index.errors import disk_full_in_plain_words
from index.originals import file_sha256, fsync_folder

SUFFIX = ".cdbak"
LAST_BACKUP = "last-backup.json"
REMIND_AFTER = datetime.timedelta(days=7)
_FOLDERS = ("outputs", "templates")
_STALE = datetime.timedelta(days=1)

# Told what is being done ("writing", "checking") and how many bytes of how many are done.
Progress = Callable[[str, int, int], None]


class BackupCancelled(BackupError):
    """The person asked to stop; nothing was kept."""


@dataclass(frozen=True)
class BackupResult:
    """A backup made: where, what kind, how many files and bytes, and the catalog's counts."""

    path: Path
    kind: str
    files: int
    bytes: int
    encrypted: bool
    counts: dict[str, int]


@dataclass
class _Job:
    """What one backup run reports to and is stopped by."""

    progress: Progress
    cancelled: Callable[[], bool]
    phase: str = "writing"
    done: int = 0
    total: int = 0

    def tick(self, size: int) -> None:
        if self.cancelled():
            raise BackupCancelled("The backup was stopped; no backup file was kept.")
        self.done += size
        self.progress(self.phase, self.done, self.total)


def make_backup(
    root: Path,
    out: Path,
    password: str | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BackupResult:
    """Back up the archive at ``root`` to the file ``out``, or into the folder ``out``
    (incrementally).  :class:`BackupError` in plain words when it cannot."""
    if not (root / CATALOG_NAME).is_file():
        raise BackupError("There is no CaseDesk archive at {root} to back up.", root=str(root))
    job = _Job(progress or (lambda *_: None), cancelled or (lambda: False))
    made = datetime.datetime.now(datetime.UTC)
    with tempfile.TemporaryDirectory(prefix="casedesk-backup-") as scratch:
        snapshot = Path(scratch) / CATALOG_NAME
        counts, originals = _snapshot(root / CATALOG_NAME, snapshot)
        needed = _needed(root, snapshot, originals)
        target, earlier = _target(out, made, password)
        have = {n for m in earlier for n in m.contains if m.needed.get(n) == needed.get(n)}
        contains = tuple(n for n in needed if n == CATALOG_NAME or n not in have)
        manifest = Manifest("increment" if earlier else "base", made.isoformat(timespec="seconds"),
                            needed, contains, counts)  # fmt: skip
        sources = {n: snapshot if n == CATALOG_NAME else root / n for n in contains}
        size = _write_verified(target, manifest, sources, password, job)
    _remember(root, made)
    return BackupResult(target, manifest.kind, len(contains), size, bool(password), counts)


def last_backup(root: Path) -> datetime.datetime | None:
    """When the archive at ``root`` was last backed up, or ``None`` (never, or unknown)."""
    try:
        at = datetime.datetime.fromisoformat(json.loads((root / LAST_BACKUP).read_text())["at"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return at if at.tzinfo else at.replace(tzinfo=datetime.UTC)


def backup_due(root: Path, now: datetime.datetime | None = None) -> bool:
    """True when the archive has never been backed up, or not for :data:`REMIND_AFTER`."""
    last = last_backup(root)
    now = now or datetime.datetime.now(datetime.UTC)
    return last is None or now - last > REMIND_AFTER


# -- what goes in -------------------------------------------------------------------


def _snapshot(catalog: Path, copy: Path) -> tuple[dict[str, int], list[str]]:
    """Copy the catalog as it is now (one consistent read); its counts and originals."""
    source = sqlite3.connect(f"{catalog.absolute().as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(copy)
    try:
        source.execute("PRAGMA busy_timeout = 10000")
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
        if target.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise BackupError(
                "The archive's catalog is damaged, so it was not backed up: run casedesk check."
            )
        counts = catalog_counts(target)
        rows = target.execute("SELECT sha256 FROM originals ORDER BY sha256")
        originals = [r[0] for r in rows]
    except sqlite3.Error as error:
        raise BackupError(
            "The archive's catalog could not be read ({reason}).", reason=error
        ) from None
    finally:
        source.close()
        target.close()
    return counts, originals


def catalog_counts(db: sqlite3.Connection) -> dict[str, int]:
    """What a restore must give back: documents, pages, cases, outputs and problems."""
    one = db.execute
    return {
        "documents": one("SELECT count(*) FROM documents").fetchone()[0],
        "pages": one("SELECT coalesce(sum(page_count), 0) FROM documents").fetchone()[0],
        "cases": one("SELECT count(*) FROM cases").fetchone()[0],
        "outputs": one("SELECT count(*) FROM outputs").fetchone()[0],
        "problems": one("SELECT count(*) FROM problems").fetchone()[0],
    }


def _needed(root: Path, snapshot: Path, originals: list[str]) -> dict[str, str]:
    """Every file a restore needs, by its name in the archive, with its SHA-256."""
    needed = {CATALOG_NAME: file_sha256(snapshot)}
    for sha in originals:
        name = f"originals/{sha[:2]}/{sha}"
        if not (root / name).is_file():
            raise BackupError(
                "An original the catalog lists ({sha}…) is missing, so the archive was "
                "not backed up: run casedesk check.",
                sha=sha[:12],
            )
        needed[name] = sha
    for folder in _FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            relative = path.relative_to(root)
            if path.is_file() and not any(p.startswith(".") for p in relative.parts):
                needed[relative.as_posix()] = file_sha256(path)
    return needed


def _target(out: Path, made: datetime.datetime, password: str | None) -> tuple[Path, list]:
    """The file to write and, in a folder, the manifests of the backups there since the
    last base (their files are not written again)."""
    if not out.is_dir():
        if not out.parent.is_dir():
            raise BackupError("The folder {folder} does not exist.", folder=out.parent)
        return out, []
    _remove_old_parts(out, made)
    chain = backup_chain(out)
    earlier = [_manifest_for_increment(p, password) for p in chain]
    kind = "incr" if earlier else "base"
    name = f"casedesk-{made.strftime('%Y%m%dT%H%M%SZ')}-{kind}"
    target = out / f"{name}{SUFFIX}"
    for n in range(2, 100):
        if not target.exists():
            break
        target = out / f"{name}-{n}{SUFFIX}"
    return target, earlier


def _remove_old_parts(folder: Path, now: datetime.datetime) -> None:
    """Delete what killed backups left in ``folder`` a day or more ago (a backup still being
    written keeps its part's time fresh)."""
    for part in folder.glob(f".casedesk-*{SUFFIX}.part"):
        with contextlib.suppress(OSError):
            age = now.timestamp() - part.stat().st_mtime
            if age > _STALE.total_seconds():
                part.unlink()


def backup_chain(folder: Path, last: Path | None = None) -> list[Path]:
    """The backups in ``folder`` a restore of ``last`` (default: the newest) needs: the
    last base before it and the increments after that base, oldest first."""
    found = sorted(p for p in folder.glob(f"casedesk-*{SUFFIX}") if p.is_file())
    if last is not None:
        found = [p for p in found if p.name <= last.name]
    bases = [i for i, p in enumerate(found) if "-base" in p.name]
    return found[bases[-1] :] if bases else []


def _manifest_for_increment(path: Path, password: str | None) -> Manifest:
    try:
        return read_manifest(path, password)
    except BackupError as error:
        raise BackupError(
            "The earlier backup {name} in this folder cannot be read ({reason}) Give the "
            "password the folder's backups were made with, or back up to another folder.",
            name=path.name,
            reason=error,
        ) from None


# -- writing, checking, keeping -----------------------------------------------------


def _write_verified(
    target: Path, manifest: Manifest, sources: dict[str, Path], password: str | None, job: _Job
) -> int:
    """Write the backup to a hidden part file, read it back, then give it its name."""
    part = target.with_name(f".{target.name}.part")
    job.total = sum(p.stat().st_size for p in sources.values())
    try:
        with disk_full_in_plain_words(), part.open("wb") as f:
            with BackupWriter(f, password) as writer:
                writer.add_bytes(MANIFEST, manifest.to_bytes())
                for name, path in sources.items():
                    writer.add_file(name, path, job.tick)
            f.flush()
            os.fsync(f.fileno())
        job.phase, job.done = "checking", 0
        _verify(part, manifest, password, job)
        os.replace(part, target)
        fsync_folder(target.parent)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return target.stat().st_size


def _verify(path: Path, manifest: Manifest, password: str | None, job: _Job) -> None:
    """Read the backup back whole: every member's hash against the manifest."""
    with reading(path, password) as tar:
        if manifest_of(tar) != manifest:
            raise BackupError("The backup did not read back as it was written: it was not kept.")
        for _name, chunks in members(tar, manifest, job.tick):
            for _ in chunks:
                pass


def _remember(root: Path, made: datetime.datetime) -> None:
    """Keep the time of this backup in the archive (a best effort: a read-only archive
    folder keeps no reminder, and the backup is made all the same)."""
    with contextlib.suppress(OSError):
        part = root / f".{LAST_BACKUP}.part"
        part.write_text(json.dumps({"at": made.isoformat(timespec="seconds")}))
        os.replace(part, root / LAST_BACKUP)
