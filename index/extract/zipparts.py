"""Reading XML parts out of a zip package (OpenDocument, PowerPoint) without being hurt.

Office packages are zips, so a hostile one can be a zip bomb, and their parts are XML,
so a hostile one can declare entities that expand without end.  Here:

* declared sizes are checked before anything is inflated (:class:`~index.extract.docx.Limits`,
  the same limits the Word reader has), and every read is counted against a budget, so a
  lying header cannot inflate past them;
* XML goes through ``defusedxml``, which refuses a DOCTYPE, entities and external
  references before they are expanded (no Office writer makes any);
* every failure of the zip or the XML is one exception, :class:`Broken`.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from index.extract.base import Extraction, ExtractionFailed
from index.extract.docx import Limits
from index.problems import Problem, ProblemKind

MB = 1024 * 1024
_CHUNK = 64 * 1024


class Broken(Exception):
    """The package or one of its XML parts cannot be read."""


_FAILURES = (
    zipfile.BadZipFile,
    zlib.error,
    struct.error,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    LookupError,
    OverflowError,
    OSError,
    ParseError,
    DefusedXmlException,
)


def too_large(limit: str) -> ExtractionFailed:
    """The TOO_LARGE problem for a package that would inflate past ``limit``."""
    return ExtractionFailed(Problem.of(ProblemKind.TOO_LARGE, limit=limit, detail="ZipBombGuard"))


class Package:
    """An open zip package whose parts are read within :class:`Limits`."""

    def __init__(self, path: Path, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        try:
            self._handle: IO[bytes] = path.open("rb")
            self.archive = zipfile.ZipFile(self._handle)
        except _FAILURES as exc:
            raise Broken(type(exc).__name__) from None
        self.infos = {info.filename.lower(): info for info in self.archive.infolist()}
        self.budget = self.limits.max_total

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self.archive.close()
        self._handle.close()

    def info(self, name: str) -> zipfile.ZipInfo | None:
        """The member called ``name`` (leading slash and case ignored), if any."""
        return self.infos.get(name.lstrip("/").lower())

    def check(self, names: list[str]) -> None:
        """Refuse from the declared sizes alone parts that would inflate too far."""
        self.limits.check([info for name in names if (info := self.info(name))])

    def read(self, name: str) -> bytes:
        """The bytes of part ``name``, counted against the budget (Broken if missing)."""
        info = self.info(name)
        if info is None:
            raise Broken("MissingPart")
        left = min(self.limits.max_part, self.budget)
        chunks: list[bytes] = []
        try:
            with self.archive.open(info) as stream:
                while chunk := stream.read(min(_CHUNK, left + 1)):
                    left, self.budget = left - len(chunk), self.budget - len(chunk)
                    if left < 0:
                        raise too_large("parts that inflate past the limit")
                    chunks.append(chunk)
        except _FAILURES as exc:
            raise Broken(type(exc).__name__) from None
        return b"".join(chunks)

    def tree(self, name: str) -> Element:
        """The root element of XML part ``name``, safely parsed (Broken if it cannot be)."""
        data = self.read(name)
        try:
            return fromstring(data, forbid_dtd=True)
        except _FAILURES as exc:
            raise Broken(type(exc).__name__) from None


def local(tag: str) -> str:
    """An element's name without its namespace."""
    return tag.rpartition("}")[2]


def first_member(head: bytes) -> bytes:
    """The name of the first member of a zip whose start is ``head`` (b"" if none)."""
    if not head.startswith(b"PK\x03\x04") or len(head) < 30:
        return b""
    length = struct.unpack_from("<H", head, 26)[0]
    return head[30 : 30 + length]


def odf_type(head: bytes) -> str:
    """``text``/``spreadsheet``/``presentation``… for an OpenDocument zip, else ""."""
    if first_member(head) != b"mimetype":
        return ""
    marker = b"application/vnd.oasis.opendocument."
    at = head.find(marker, 30, 200)
    if at < 0:
        return ""
    rest = head[at + len(marker) : at + len(marker) + 40]
    return rest.split(b"-")[0].split(b"PK")[0].decode("ascii", "replace").strip()


class TextRules:
    """How an XML vocabulary writes text: which elements end a paragraph, a cell or a
    row, which stand for characters, and whether text outside ``text_tags`` counts."""

    def __init__(
        self,
        *,
        blocks: frozenset[str],
        cells: frozenset[str] = frozenset(),
        rows: frozenset[str] = frozenset(),
        characters: dict[str, str] | None = None,
        skip: frozenset[str] = frozenset(),
        text_tags: frozenset[str] | None = None,
    ) -> None:
        self.blocks, self.cells, self.rows, self.skip = blocks, cells, rows, skip
        self.characters = characters or {}
        self.text_tags = text_tags


# Deeper nesting than this is no document a person wrote; the walk stops there.
_MAX_DEPTH = 200
_BLANK_LINES = re.compile(r"\n{3,}")  # empty paragraphs (form layouts) make no text
_MAX_REPEAT = 100  # "this many spaces" (text:s c="…"): a hostile count inflates nothing


def element_text(root: Element, rules: TextRules) -> str:
    """The text under ``root``: one paragraph or table row a line, cells joined by " | "."""
    out: list[str] = []
    _walk(root, rules, out, 0, 0)
    lines = ("".join(out)).split("\n")
    text = "\n".join(line.strip().removesuffix(" |").strip() for line in lines).strip()
    return _BLANK_LINES.sub("\n\n", text)


def _walk(elem: Element, rules: TextRules, out: list[str], depth: int, in_cell: int) -> None:
    name = local(str(elem.tag))
    if depth > _MAX_DEPTH or name in rules.skip:
        return
    if name in rules.characters:
        count = elem.get("{urn:oasis:names:tc:opendocument:xmlns:text:1.0}c", "1")
        repeat = min(int(count), _MAX_REPEAT) if count.isdigit() else 1
        out.append(rules.characters[name] * repeat)
    elif elem.text and (rules.text_tags is None or name in rules.text_tags):
        out.append(elem.text)
    inner = in_cell + (name in rules.cells)
    for child in elem:
        _walk(child, rules, out, depth + 1, inner)
        if child.tail and rules.text_tags is None:
            out.append(child.tail)
    if name in rules.cells:
        while out and out[-1].isspace():
            out.pop()
        out.append(" | ")
    elif name in rules.rows or (name in rules.blocks and not in_cell):
        out.append("\n")
    elif name in rules.blocks:
        out.append(" ")


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def office_extraction(fmt: str, pages: tuple[str, ...], metadata: dict[str, str]) -> Extraction:
    """A zipped office file's pages and properties as an extraction (its date when
    ``created`` starts with a whole day); *empty* when no page has text."""
    if not any(page.strip() for page in pages):
        raise ExtractionFailed.of(ProblemKind.EMPTY)
    created = metadata.get("created", "")
    return Extraction(
        format=fmt,
        pages=pages,
        title=metadata.get("title", ""),
        date=created[:10] if _DAY.match(created) else "",
        metadata=metadata,
    )
