"""The engine's named errors.

Every layer raises a subclass of :class:`CaseDeskError`; the command line and the
desktop app turn them into messages at one boundary.  Messages are written for a
volunteer to read and never include document contents or people's names.
"""

from __future__ import annotations


class CaseDeskError(Exception):
    """Base class of every error CaseDesk shows to its user."""


class ArchiveError(CaseDeskError):
    """The archive folder cannot be used (missing, unreadable, too new, damaged)."""


class ArchiveBusy(ArchiveError):
    """Another CaseDesk process is writing to the archive."""


class UsageError(CaseDeskError):
    """The user asked for something that cannot be done as asked."""


class ReadOnlyArchive(ArchiveError):
    """A change was asked of an archive opened for reading only."""


class CaseError(CaseDeskError):
    """A case cannot be saved, found or linked as asked.

    ``problems`` lists each thing wrong, in plain words, so a form can mark the fields;
    the message joins them.  Neither ever holds a person's name or document number.
    """

    def __init__(self, message: str, problems: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems or (message,)
