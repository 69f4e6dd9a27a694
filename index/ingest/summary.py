"""What an ingest did, counted so that nothing is silently skipped.

For the files the user gave: ``given = added + unchanged + duplicates + problems``
(+ ``not_done`` when cancelled).  Attachments and embedded files found inside them are
counted apart (``attachments`` added, ``attachment_problems`` not indexed); either kind
of problem makes the ingest incomplete.  The pages read by OCR afterwards are counted
apart too (:class:`OcrSummary`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from index.problems import Problem


@dataclass(frozen=True)
class FileProblem:
    """A file that was not indexed, and why."""

    path: str
    kind: str
    reason: str
    action: str

    @classmethod
    def of(cls, path: str, problem: Problem) -> FileProblem:
        """Pair a path with its problem."""
        return cls(path, problem.kind.value, problem.reason, problem.action)


@dataclass(frozen=True)
class Progress:
    """How far an ingest has come: files done of the total, and the last file's name."""

    done: int
    total: int
    name: str


@dataclass
class OcrSummary:
    """What one OCR run did: ``pages = read + no_text + failed + not_done``."""

    pages: int = 0  # pages that were waiting when the run began
    read: int = 0  # read, with words
    no_text: int = 0  # read, and no word found (blank, handwriting, too unclear)
    failed: int = 0  # could not be read at all (too slow, damaged, needs a password)
    not_done: int = 0  # left waiting by a cancel
    cancelled: bool = False
    stopped: str = ""  # why the run could not go on (OCR not installed), in plain words
    seconds: float = 0.0  # reading time of the pages read (the workers' own clocks)

    def to_dict(self) -> dict[str, object]:
        """The summary as plain data (for ``--json``)."""
        return asdict(self)


@dataclass
class Summary:
    """The outcome of one ingest."""

    given: int = 0
    added: int = 0
    unchanged: int = 0
    duplicates: int = 0
    problems: list[FileProblem] = field(default_factory=list)
    attachments: int = 0
    attachment_problems: list[FileProblem] = field(default_factory=list)
    not_done: int = 0
    cancelled: bool = False
    extracted: int = 0  # files (and attachments) actually read by an extractor
    ocr: OcrSummary | None = None  # the scans read after the files (None when not run)

    @property
    def accounted(self) -> int:
        """Files accounted for: equals ``given`` when the counts add up."""
        return self.added + self.unchanged + self.duplicates + len(self.problems) + self.not_done

    @property
    def incomplete(self) -> bool:
        """True when something given was not indexed: a file, an attachment or embedded
        file inside one, or files left when the ingest was stopped."""
        return bool(self.problems or self.attachment_problems or self.cancelled)

    def to_dict(self) -> dict[str, object]:
        """The summary as plain data (for ``--json``)."""
        return asdict(self)
