"""Outputs: the letters, notes and summaries an archive drafted, kept in ``outputs/``.

An output is kept three ways at once, so nothing drafted is lost or unfindable:

* the file itself under ``<archive>/outputs/``, named by case, template and time;
* a row in the catalog's ``outputs`` table: template, kind, case, time, and the
  context the template saw (as JSON; confidential values are in it only when the
  volunteer chose to include them);
* a document added through the normal ingest, so it is searchable, has its kind
  ("letter", "briefing note", …) and is linked to its case.

The audit log records each draft by case and template only: never a name.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from index.archive import Archive
from index.catalog.audit import append_audit, now
from index.errors import ArchiveError
from index.ingest.pipeline import Ingest, IngestOptions
from index.originals import file_sha256

OUTPUTS_FOLDER = "outputs"


@dataclass(frozen=True)
class NewOutput:
    """What to record about a drafted output (its bytes are given separately)."""

    template: str  # the template's name, e.g. "resettlement-referral"
    kind: str  # the document kind to index it under, e.g. "letter"
    suffix: str  # ".pdf" or ".html"
    case_id: str | None = None
    context: dict[str, object] | None = None
    searchable: bool = True  # False: record the file, but do not index it (encrypted)
    action: str = "drafted"  # the audit log's word for it
    audit: dict[str, object] | None = None  # more for the audit row (never a name)


@dataclass(frozen=True)
class SavedOutput:
    """An output as stored: its row id, file, document and time."""

    id: int
    path: Path
    sha256: str
    document_id: int | None
    created_at: str
    case_id: str | None
    template: str
    kind: str


def save_output(archive: Archive, data: bytes, new: NewOutput) -> SavedOutput:
    """Keep ``data`` as an output of ``archive`` (file, catalog row, indexed document).

    The archive must be open for writing.  Raises :class:`ArchiveError` when the file
    cannot be written or the ingest could not read it back.
    """
    if not archive.writable:
        raise ArchiveError("The archive is open read-only here; outputs cannot be saved.")
    path = _write_new(archive.root / OUTPUTS_FOLDER, output_name(new, datetime.now(UTC)), data)
    return _keep(archive, path, hashlib.sha256(data).hexdigest(), new)


def keep_output_file(archive: Archive, finished: Path, new: NewOutput) -> SavedOutput:
    """Keep the finished file ``finished`` (written in ``outputs/``) as an output.

    The file is given its output name (by a hard link, so nothing is copied) and the
    temporary name removed; for outputs too large to hold in memory (packets).
    """
    if not archive.writable:
        raise ArchiveError("The archive is open read-only here; outputs cannot be saved.")
    folder = archive.root / OUTPUTS_FOLDER
    try:
        target = _free_name(folder, output_name(new, datetime.now(UTC)))
        os.link(finished, target)
        os.unlink(finished)
    except OSError as error:
        raise ArchiveError(
            f"The output could not be kept in {folder}: {error.strerror}."
        ) from error
    _fsync_folder(folder)
    return _keep(archive, target, file_sha256(target), new)


def outputs_folder(archive: Archive) -> Path:
    """Where the archive's outputs are kept (created when missing)."""
    folder = archive.root / OUTPUTS_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _keep(archive: Archive, path: Path, sha: str, new: NewOutput) -> SavedOutput:
    """Index the output (unless it cannot be read) and record it."""
    document_id = _ingest(archive, path, sha, new) if new.searchable else None
    created = now()
    output_id = _record(archive, new, path, sha, document_id, created)
    return SavedOutput(
        output_id, path, sha, document_id, created, new.case_id, new.template, new.kind
    )


def _ingest(archive: Archive, path: Path, sha: str, new: NewOutput) -> int:
    options = IngestOptions(cases=(new.case_id,) if new.case_id else (), kind=new.kind, workers=1)
    summary = Ingest(archive, options).run([path])
    document_id = archive.catalog.document_id(sha)
    if document_id is None:
        reason = summary.problems[0].reason if summary.problems else "it could not be read"
        raise ArchiveError(f"The output was saved as {path} but not indexed: {reason}")
    return document_id


def output_name(new: NewOutput, at: datetime) -> str:
    """``<case>_<template>_<YYYYMMDD-HHMMSS><suffix>``, safe on every file system."""
    case = _safe(new.case_id or "no-case")
    return f"{case}_{_safe(new.template)}_{at:%Y%m%d-%H%M%S}{new.suffix}"


def outputs_of(archive: Archive, case_id: str) -> list[SavedOutput]:
    """Every output drafted for a case, newest first."""
    rows = archive.catalog.conn.execute(
        "SELECT id, path, sha256, document_id, created_at, case_id, template, kind "
        "FROM outputs WHERE case_id = ? ORDER BY created_at DESC, id DESC",
        (case_id,),
    )
    return [SavedOutput(r[0], archive.root / r[1], *r[2:]) for r in rows]


def output_context(archive: Archive, output_id: int) -> dict[str, object] | None:
    """The context snapshot recorded with an output, or ``None`` if there is no such output."""
    row = archive.catalog.conn.execute(
        "SELECT context FROM outputs WHERE id = ?", (output_id,)
    ).fetchone()
    return json.loads(row[0]) if row else None


def _record(
    archive: Archive, new: NewOutput, path: Path, sha: str, document_id: int | None, created: str
) -> int:
    """The ``outputs`` row and its audit entry, in one transaction."""
    context = json.dumps(new.context or {}, ensure_ascii=False, default=str)
    relative = path.relative_to(archive.root).as_posix()
    with archive.catalog.transaction() as db:
        cursor = db.execute(
            "INSERT INTO outputs (case_id, kind, template, path, sha256, document_id, "
            "context, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (new.case_id, new.kind, new.template, relative, sha, document_id, context, created),
        )
        output_id = int(cursor.lastrowid or 0)
        detail = {"case": new.case_id, "template": new.template, "output": output_id}
        append_audit(db, new.action, {**detail, **(new.audit or {})})
    return output_id


def _write_new(folder: Path, name: str, data: bytes) -> Path:
    """Write ``data`` under a name not yet taken: temporary file, fsync, rename."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".drafting-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        target = _free_name(folder, name)
        os.link(tmp, target)  # fails rather than replace a file that appeared meanwhile
    except OSError as error:
        raise ArchiveError(
            f"The output could not be written to {folder}: {error.strerror}."
        ) from error
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    _fsync_folder(folder)
    return target


def _free_name(folder: Path, name: str) -> Path:
    stem, dot, suffix = name.partition(".")
    candidate, number = folder / name, 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{stem}-{number}{dot}{suffix}"
    return candidate


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9-]+", "-", text).strip("-") or "output"
