"""The engine's named errors.

Every layer raises a subclass of :class:`CaseDeskError`; the command line and the
desktop app turn them into messages at one boundary.  Messages are written for a
volunteer to read and never include document contents or people's names.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


class CaseDeskError(Exception):
    """Base class of every error CaseDesk shows to its user.

    The message may be a template with named ``{values}`` given as keywords:
    ``ArchiveError("No CaseDesk archive at {root}.", root=root)``.  ``str(error)`` is the
    English sentence, filled (for logs and tests); the window and the command line
    translate :attr:`template` and fill it with :attr:`values` (docs/TRANSLATIONS.md).
    """

    def __init__(self, message: str = "", /, **values: object) -> None:
        self.template = message
        self.values = values
        super().__init__(message.format(**values) if values else message)


class Notice(str):
    """A sentence for a person that is not an error (e.g. "waiting for another writer"),
    made like :class:`CaseDeskError`'s: the English sentence, filled, with the
    :attr:`template` and :attr:`values` it came from, which the faces translate."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, /, **values: object) -> Notice:
        notice = super().__new__(cls, template.format(**values) if values else template)
        notice.template, notice.values = template, values
        return notice


class Count(int):
    """A count, size or limit inside a sentence's values, which a face may write in its own
    digits (Persian digits, docs/TRANSLATIONS.md); ids and years stay plain ``int``."""


class Choice(str):
    """A case's standard value (a status, relationship, kind of deadline…) inside a
    sentence's values: the faces show it in their words, as their lists show it."""


class Lines(str):
    """Several sentences (:class:`Notice`) in one value, one a line ("  - …"): the faces
    translate each.  ``str()`` is the English lines."""

    items: tuple[str, ...]

    def __new__(cls, items: tuple[str, ...] | list[str]) -> Lines:
        lines = super().__new__(cls, "\n".join(f"  - {item}" for item in items))
        lines.items = tuple(items)
        return lines


class ArchiveError(CaseDeskError):
    """The archive folder cannot be used (missing, unreadable, too new, damaged)."""


class ArchiveBusy(ArchiveError):
    """Another CaseDesk process is writing to the archive."""


class DiskFull(ArchiveError):
    """The disk that holds the archive is full (or was made read-only) mid-write."""


DISK_FULL_MESSAGE = (
    "The disk is full (or read-only) where the archive is kept, so nothing more could be "
    "saved. Everything saved before is kept and the archive is sound. Free some space, "
    "then run the same command again to finish."
)
_DISK_ERRNOS = (errno.ENOSPC, errno.EDQUOT, errno.EROFS)
_SQLITE_DISK_CODES = (sqlite3.SQLITE_FULL, sqlite3.SQLITE_READONLY)


def is_disk_full(error: BaseException) -> bool:
    """True when ``error`` says the disk is full or read-only (from the OS or SQLite)."""
    if isinstance(error, OSError):
        return error.errno in _DISK_ERRNOS
    if isinstance(error, sqlite3.Error):
        return getattr(error, "sqlite_errorcode", None) in _SQLITE_DISK_CODES
    return False


@contextmanager
def disk_full_in_plain_words() -> Iterator[None]:
    """Turn a full or read-only disk met inside the block into :class:`DiskFull`."""
    try:
        yield
    except (OSError, sqlite3.Error) as error:
        if is_disk_full(error):
            raise DiskFull(DISK_FULL_MESSAGE) from error
        raise


class UsageError(CaseDeskError):
    """The user asked for something that cannot be done as asked."""


class ReadOnlyArchive(ArchiveError):
    """A change was asked of an archive opened for reading only."""


class DocumentError(CaseDeskError):
    """A document cannot be found or changed as asked (the message never holds its text)."""


class CaseError(CaseDeskError):
    """A case cannot be saved, found or linked as asked.

    ``problems`` lists each thing wrong, in plain words, so a form can mark the fields;
    the message joins them.  Neither ever holds a person's name or document number.
    """

    def __init__(self, message: str, problems: tuple[str, ...] = (), **values: object) -> None:
        super().__init__(message, **values)
        self.problems = problems or (str(self),)


class CaseConflict(CaseError):
    """A case was changed by another window or command since it was opened for editing.

    ``when`` and ``who`` (the computer account, or on an office database the login
    role, from the audit log) say who changed it; ``newer`` is the case as stored now,
    to offer instead (None when it is not known)."""

    def __init__(self, case_id: str, when: str, who: str, newer: object = None) -> None:
        by = " by the account '{who}'" if who else ""
        super().__init__(
            "Case {case_id} was changed in another window or by a command at {when}" + by + " "
            "after you opened it, so your changes were not saved over it. Reload the case "
            "to see the newer version, then make your changes again.",
            case_id=case_id,
            when=when,
            who=who,
        )
        self.case_id, self.when, self.who = case_id, when, who
        self.newer = newer
