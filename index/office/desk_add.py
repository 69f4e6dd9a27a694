"""``casedesk add PATHS --archive postgresql://…``: files added on this desk and sent to the
office database (docs/OFFICE-SERVER.md, "Adding from several desks").

The desk reads the files with the normal ingest (extraction, OCR, problems, killable
workers) into its staging archive for that office (staging.py), then sends what the
office lacks with the push (push.py: SHA-256 keyed, one transaction per document, so the
same file added on two desks is stored once).  The server only stores: the work of
reading a file stays on the desk that has it.  A staging archive whose every row the
office holds is removed; if the server cannot be reached, it stays, and the next add (or
``casedesk office-server push --pending``) sends it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from index.archive import Archive
from index.errors import Notice
from index.ingest.pipeline import Ingest, IngestOptions
from index.ingest.summary import Progress, Summary
from index.office.check import known_version
from index.office.connect import NotAllowed, ServerUnreachable, connect, where
from index.office.push import PushProgress, PushResult, push_archive
from index.office.staging import desk_lock, empty, office_folder, staging_archive


@dataclass(frozen=True)
class OfficeAdd:
    """What an add into the office database did: the ingest's summary, and the push's
    result, or why nothing was sent and how many documents wait on this desk."""

    summary: Summary
    sent: PushResult | None
    not_sent: str | None  # the reason in plain words (the files are kept on the desk)
    waiting: int  # documents kept in the staging archive, not yet in the office


@dataclass(frozen=True)
class Callbacks:
    """Who is told what while adding: the ingest's and the push's progress, and waits;
    ``cancelled`` is asked between files (the window's Cancel): what was read is sent."""

    ingest: Callable[[Progress], None] = lambda _p: None
    push: Callable[[PushProgress], None] = lambda _p: None
    wait: Callable[[str], object] = lambda _notice: None
    cancelled: Callable[[], bool] = lambda: False


def add_to_office(
    url: str, paths: Iterable[Path], options: IngestOptions, told: Callbacks = Callbacks()
) -> OfficeAdd:
    """Ingest ``paths`` on this desk and send them (and anything left from before)."""
    reachable = _may_add(url)
    folder = office_folder(url)
    with desk_lock(folder, lambda: told.wait(_WAITING)):
        staging = staging_archive(folder)
        with Archive.open(
            staging, write=True, holder="casedesk add", on_wait=told.wait, index=False
        ) as archive:
            summary = Ingest(
                archive, options, on_progress=told.ingest, is_cancelled=told.cancelled
            ).run(paths)
        if not reachable:
            return _kept(url, staging, summary)
        return _send(url, staging, summary, told.push)


_WAITING = "Waiting for another casedesk add on this computer to finish sending."


def pending(url: str, on_progress: Callable[[PushProgress], None]) -> PushResult | None:
    """Send what this desk's staging archive for ``url`` holds (None: nothing waits)."""
    folder = office_folder(url)
    with desk_lock(folder, lambda: None):
        staging = staging_archive(folder)
        if not (staging / "catalog.sqlite").is_file():
            return None
        result = push_archive(staging, url, on_progress, desk_name=staging.name)
        _link_outputs(url)
        if not result.mismatches and not result.cases_differing:
            empty(staging)
        return result


def _link_outputs(url: str) -> None:
    """Outputs kept before their document could be sent name it now it is there (best
    effort: a server lost now leaves it to the next add)."""
    from index.office.outputs import link_waiting  # outputs adds through this module

    try:
        with connect(url, autocommit=True) as conn:
            link_waiting(conn)
    except ServerUnreachable:
        pass


def _send(
    url: str, staging: Path, summary: Summary, on_progress: Callable[[PushProgress], None]
) -> OfficeAdd:
    try:
        result = push_archive(staging, url, on_progress, desk_name=staging.name)
    except ServerUnreachable:
        return _kept(url, staging, summary)
    _link_outputs(url)
    if not result.mismatches and not result.cases_differing:
        empty(staging)
        return OfficeAdd(summary, result, None, 0)
    return OfficeAdd(summary, result, None, _documents(staging))


def _kept(url: str, staging: Path, summary: Summary) -> OfficeAdd:
    why = Notice(
        "The office server could not be reached (database {database} on {server}), or the "
        "connection was lost.",
        **where(url),
    )
    return OfficeAdd(summary, None, why, _documents(staging))


def _may_add(url: str) -> bool:
    """False when the server cannot be reached now (the files are then kept on the desk);
    refused before any work when the server says this login may not add documents."""
    try:
        with connect(url) as pg:
            known_version(pg, url)
            allowed = pg.execute("SELECT has_table_privilege('documents', 'INSERT')").fetchone()
    except ServerUnreachable:
        return False
    if not allowed[0]:
        raise NotAllowed(
            "The office server refused: this login may not add documents (it is a reader). "
            "Nothing was added. Ask the office's administrator for the volunteer role."
        )
    return True


def _documents(staging: Path) -> int:
    """How many documents the staging archive holds."""
    db = sqlite3.connect(f"file:{staging / 'catalog.sqlite'}?mode=ro", uri=True)
    try:
        return db.execute("SELECT count(*) FROM documents").fetchone()[0]
    finally:
        db.close()
