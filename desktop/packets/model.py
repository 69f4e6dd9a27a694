"""What a packet is (its documents and options) and what was built (its manifest)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from desktop.redaction.kinds import RedactionError, checked_kinds
from index.errors import CaseDeskError

PAPERS = ("a4", "letter")
# What a redacted packet does with a scanned page OCR could not read well enough to be sure
# no value is left on it: black the page out, or refuse to build.
SCAN_POLICIES = ("black-out", "refuse")
POSITIONS = ("bottom-right",)
DEFAULT_COVER = "packet-cover"
# How the internal documents left out of a packet are named (see desktop.packets.selection).
INTERNAL_WORDS = "briefing notes, cover sheets and earlier packets"


class PacketError(CaseDeskError):
    """A packet cannot be built as asked (a document unreadable, a bad option, …)."""


@dataclass(frozen=True)
class PacketOptions:
    """How the packet looks: contents page, stamps, header, paper, password and redaction.

    ``redact`` names kinds of :data:`desktop.redaction.kinds.KINDS` ("passport",
    "a-number", …): their values are removed from the packet for real (see
    :mod:`desktop.packets.redact`).  ``scan_policy`` (:data:`SCAN_POLICIES`) says what
    becomes of a picture page OCR could not read well enough to be sure, or not within
    ``ocr_seconds`` (pages are read in a worker process killed at that limit).
    """

    toc: bool = True
    stamp_prefix: str = "CD-"
    start_number: int = 1
    digits: int = 6
    stamp_position: str = "bottom-right"
    confidential: bool = False
    paper: str = "a4"
    password: str | None = None
    redact: tuple[str, ...] = ()
    scan_policy: str = "black-out"
    ocr_seconds: float = 60.0  # the time limit for reading one picture page by OCR

    def stamp(self, index: int) -> str:
        """The stamp of the packet's page ``index`` (0 for the first page)."""
        return f"{self.stamp_prefix}{self.start_number + index:0{self.digits}d}"

    def checked(self) -> PacketOptions:
        """These options (the redacted kinds in their usual order), or :class:`PacketError`
        naming what is wrong."""
        if self.paper not in PAPERS:
            raise PacketError(f"Paper must be one of {', '.join(PAPERS)}, not {self.paper!r}.")
        if self.stamp_position not in POSITIONS:
            raise PacketError(f"Stamps can go {', '.join(POSITIONS)} only.")
        if self.start_number < 0 or not 1 <= self.digits <= 12:
            raise PacketError("The first stamp number must be 0 or more (digits 1 to 12).")
        if not self.stamp_prefix.isascii() or len(self.stamp_prefix) > 20:
            raise PacketError("The stamp prefix must be short plain letters, e.g. CD-.")
        if not self.ocr_seconds > 0:
            raise PacketError("The time limit for reading a scanned page must be above 0.")
        if self.scan_policy not in SCAN_POLICIES:
            raise PacketError(
                f"Pages too poor to read can be {' or '.join(SCAN_POLICIES)}, "
                f"not {self.scan_policy!r}."
            )
        try:
            return replace(self, redact=checked_kinds(self.redact))
        except RedactionError as error:
            raise PacketError(str(error)) from None


class UnreadableScans(PacketError):
    """Pages that are pictures OCR could not read well enough to be sure no value is on
    them, under the ``refuse`` policy: nothing was built.  ``stamps`` name them."""

    def __init__(self, stamps: tuple[str, ...]) -> None:
        self.stamps = stamps
        one = (
            "The packet was not built: a scanned page could not be read well enough to be "
            "sure no value chosen for redaction is on it ({stamps}). Leave that document "
            "out, or build again choosing to black such pages out."
        )
        many = (
            "The packet was not built: {count} scanned pages could not be read well enough "
            "to be sure no value chosen for redaction is on them ({stamps}). Leave that "
            "document out, or build again choosing to black such pages out."
        )
        super().__init__(
            one if len(stamps) == 1 else many, count=len(stamps), stamps=", ".join(stamps)
        )


class LockedDocuments(PacketError):
    """Password-protected PDFs among a packet's documents, and no password for them.

    ``documents`` lists them as ``(id, title)``, so the window can ask for each password
    and the command line can say how to give them (or to leave them out).
    """

    def __init__(self, documents: tuple[tuple[int, str], ...]) -> None:
        self.documents = documents
        named = "; ".join(f"document {i} ({title})" for i, title in documents)
        super().__init__(
            "These PDFs are password-protected and need their password to go into the "
            "packet (CaseDesk does not keep passwords): {named}.",
            named=named,
        )


@dataclass(frozen=True)
class Packet:
    """A packet to build: its title, case, cover template (or none) and documents in order.

    ``passwords`` opens password-protected PDFs among them for this build only (by
    document id; never stored, never in the manifest or the audit log).  A locked PDF
    without its password stops the build with :class:`LockedDocuments`, or is left out
    (listed in the manifest's ``left_out``) when ``leave_out_locked`` is set.
    """

    title: str
    case_id: str
    document_ids: tuple[int, ...]
    cover: str | None = DEFAULT_COVER
    options: PacketOptions = field(default_factory=PacketOptions)
    passwords: Mapping[int, str] = field(default_factory=dict, repr=False, compare=False)
    leave_out_locked: bool = False


@dataclass(frozen=True)
class PlacedDocument:
    """Where one document landed in the packet (page numbers count from 1)."""

    id: int
    title: str
    first_page: int
    last_page: int
    stamp_first: str
    stamp_last: str

    def as_json(self) -> dict[str, object]:
        """The manifest entry."""
        return {
            "id": self.id,
            "title": self.title,
            "first_page": self.first_page,
            "last_page": self.last_page,
            "stamp_first": self.stamp_first,
            "stamp_last": self.stamp_last,
        }


@dataclass(frozen=True)
class LeftOut:
    """A document asked for but not in the packet, and why in plain words."""

    id: int
    title: str
    reason: str

    def as_json(self) -> dict[str, object]:
        """The manifest entry."""
        return {"id": self.id, "title": self.title, "reason": self.reason}


@dataclass(frozen=True)
class RedactedPage:
    """A packet page that values were found on, now a picture with them painted out
    (its page number counts from 1)."""

    page: int
    stamp: str
    document_id: int
    matches: int

    def as_json(self) -> dict[str, object]:
        """The manifest entry (never a value)."""
        return {
            "page": self.page,
            "stamp": self.stamp,
            "document_id": self.document_id,
            "matches": self.matches,
        }


@dataclass(frozen=True)
class Manifest:
    """What was built: the page count, each document's pages, the front matter, encryption."""

    pages: int
    documents: tuple[PlacedDocument, ...]
    encrypted: bool
    cover_pages: int = 0
    toc_pages: int = 0
    output: str = ""
    redact: tuple[str, ...] = ()
    redacted: tuple[RedactedPage, ...] = ()
    replaced: tuple[tuple[int, int], ...] = ()  # (document id, values) replaced in its text
    left_out: tuple[LeftOut, ...] = ()
    withheld: tuple[RedactedPage, ...] = ()  # pages OCR could not be sure of, blacked out
    read_by_ocr: int = 0  # pages read by OCR while redacting
    scan_policy: str = "black-out"

    def as_json(self) -> dict[str, object]:
        """The manifest as stored with the output and printed by ``casedesk packet --json``."""
        return {
            "pages": self.pages,
            "cover_pages": self.cover_pages,
            "toc_pages": self.toc_pages,
            "documents": [d.as_json() for d in self.documents],
            "encrypted": self.encrypted,
            "output": self.output,
            "redact": list(self.redact),
            "redacted_pages": [p.as_json() for p in self.redacted],
            "replaced_in_text": [{"document_id": d, "matches": n} for d, n in self.replaced],
            "withheld_pages": [p.as_json() for p in self.withheld],
            "pages_read_by_ocr": self.read_by_ocr,
            "scan_policy": self.scan_policy,
            "left_out": [d.as_json() for d in self.left_out],
        }
