"""Word (.docx, .docm, .dotx): text, core properties and form controls, standard library only.

* The main part comes from ``_rels/.rels`` (else ``word/document.xml``); headers, footers,
  footnotes and endnotes from its relationships, their text after the body's (once each).
* Parts stream through an ElementTree parser *target*; no tree is kept.  A target, unlike
  ``iterparse``, hears of a ``<!DOCTYPE`` (Word never writes one): REFUSED for safety
  before any entity is declared or expanded.
* Zip bombs: the parts to be read are checked (declared size per part, total, ratio)
  before inflating, and every read is counted, so a lying header cannot inflate past the
  limits.  Only XML parts are read: big pictures or videos in a document do not count.
* Both Transitional and Strict namespaces are read; ``mc:Fallback`` copies are skipped.
* An encrypted Word file (OLE holding an ``EncryptedPackage``) is PASSWORD: no stdlib AES.
"""

from __future__ import annotations

import posixpath
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import ParseError, XMLParser

from index.extract.base import Extraction, ExtractionFailed, ExtractOptions, FormField
from index.problems import Problem, ProblemKind

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"
WORD_SUFFIXES = frozenset({".docx", ".docm", ".dotx"})
MB = 1024 * 1024
WHAT = "Word file"
_CHUNK = 64 * 1024
_ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")
_OFFICE_PASSWORD = (
    "Open it in Word with its password, save a copy without a password (or as PDF), "
    "and add that copy."
)
_W = frozenset(
    {
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    }
)
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_DC, _TERMS = "{http://purl.org/dc/elements/1.1/}", "{http://purl.org/dc/terms/}"
_CORE_KEYS = {
    f"{_DC}title": "title",
    f"{_DC}creator": "author",
    f"{_DC}subject": "subject",
    "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}keywords": "keywords",
    f"{_TERMS}created": "created",
    f"{_TERMS}modified": "modified",
}
_EXTRA_PARTS = ("/header", "/footer", "/footnotes", "/endnotes")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


_DOCTYPE_WORDS = "a Word file declaring a DOCTYPE, which can hide an attack"


class DoctypeRefused(Exception):
    """A part declared a DOCTYPE; Word never writes one."""


class MissingPart(Exception):
    """The package has no main document part."""


# Damaged zips and streams surface as any of these; all mean DAMAGED.
_BROKEN = (
    DoctypeRefused,
    MissingPart,
    zipfile.BadZipFile,
    ParseError,
    EOFError,
    zlib.error,
    struct.error,
    ValueError,
    NotImplementedError,
    RuntimeError,
    LookupError,
    OverflowError,
)


@dataclass(frozen=True)
class Limits:
    """How far a document's XML parts may inflate (bytes), and the ratio that is absurd."""

    max_part: int = 200 * MB
    max_total: int = 500 * MB
    max_ratio: int = 200
    ratio_floor: int = 10 * MB

    def check(self, infos: list[zipfile.ZipInfo]) -> None:
        """Refuse, from the declared sizes alone, parts that would inflate too far."""
        for info in infos:
            absurd = info.file_size > self.ratio_floor and info.file_size > self.max_ratio * max(
                info.compress_size, 1
            )
            if info.file_size > self.max_part or absurd:
                raise _too_large(f"a part that inflates to {info.file_size // MB} MB")
        total = sum(info.file_size for info in infos)
        if total > self.max_total:
            raise _too_large(f"parts that inflate to {total // MB} MB")


class DocxExtractor:
    """Reads Word documents; see the module docstring for the decisions it makes."""

    name = "docx"
    mime_types = (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.ms-word.document.macroEnabled.12",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
    )

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()

    def score(self, head: bytes, suffix: str) -> int:
        """95 for a zip named like Word, 30 for another zip, 10 for a Word name alone."""
        if head.startswith(ZIP_MAGIC):
            return 95 if suffix in WORD_SUFFIXES else 30
        return 10 if suffix in WORD_SUFFIXES else 0

    def extract(self, path: Path, options: ExtractOptions) -> Extraction:
        """Read the text, core properties and form controls of the Word file at ``path``."""
        try:
            handle = path.open("rb")
        except OSError as exc:
            raise ExtractionFailed.of(ProblemKind.UNREADABLE, detail=type(exc).__name__) from None
        with handle:
            try:
                if handle.read(4) == OLE_MAGIC:
                    raise _ole_problem(handle)
                handle.seek(0)
                return _extract_zip(handle, self.limits)
            except DoctypeRefused:
                raise ExtractionFailed.of(
                    ProblemKind.REFUSED, what=_DOCTYPE_WORDS, detail="DoctypeRefused"
                ) from None
            except (*_BROKEN, OSError) as exc:  # OSError here: a zip pointing off the file
                name = "ZlibError" if isinstance(exc, zlib.error) else type(exc).__name__
                raise ExtractionFailed.of(ProblemKind.DAMAGED, what=WHAT, detail=name) from None


def _too_large(limit: str) -> ExtractionFailed:
    """The TOO_LARGE problem for a document with ``limit`` (a zip bomb, or nearly)."""
    return ExtractionFailed(Problem.of(ProblemKind.TOO_LARGE, limit=limit, detail="ZipBombGuard"))


def _ole_problem(handle: IO[bytes]) -> ExtractionFailed:
    """PASSWORD for an encrypted Word file (OLE with EncryptedPackage), else DAMAGED."""
    tail = b""
    while chunk := handle.read(_CHUNK):
        if _ENCRYPTED_MARK in tail + chunk:
            return ExtractionFailed.of(
                ProblemKind.PASSWORD, what=WHAT, detail="EncryptedPackage", action=_OFFICE_PASSWORD
            )
        tail = chunk[-len(_ENCRYPTED_MARK) :]
    return ExtractionFailed.of(ProblemKind.DAMAGED, what=WHAT, detail="OleNotWord")


class _Package:
    """The zip of a Word file: parts by case-insensitive name, read within the limits."""

    def __init__(self, archive: zipfile.ZipFile, limits: Limits) -> None:
        self.archive, self.max_part, self.budget = archive, limits.max_part, limits.max_total
        self.infos = {info.filename.lower(): info for info in archive.infolist()}

    def info(self, name: str) -> zipfile.ZipInfo | None:
        """The member called ``name`` (leading slash and case ignored), if there is one."""
        return self.infos.get(name.lstrip("/").lower())

    def parse(self, name: str, target: _Target, *, optional: bool = False) -> bool:
        """Stream part ``name`` through ``target`` within the limits; False when an
        ``optional`` part is missing or damaged (a required one raises)."""
        try:
            info = self.info(name)
            if info is None:
                raise MissingPart
            parser, left = XMLParser(target=target), min(self.max_part, self.budget)
            with self.archive.open(info) as stream:
                while chunk := stream.read(min(_CHUNK, left + 1)):
                    left, self.budget = left - len(chunk), self.budget - len(chunk)
                    if left < 0:
                        raise _too_large("parts that inflate past the limit")
                    parser.feed(chunk)
            parser.close()
        except _BROKEN:
            if not optional:
                raise
            return False
        return True


def _extract_zip(handle: IO[bytes], limits: Limits) -> Extraction:
    """Open the zip, check its sizes, then read the body, the extra parts and properties."""
    package = _Package(zipfile.ZipFile(handle), limits)
    main = (_related(package, "", ("/officeDocument",)) or ["word/document.xml"])[0]
    extras = _related(package, main, _EXTRA_PARTS)
    core = (_related(package, "", ("/core-properties",)) or ["docProps/core.xml"])[0]
    limits.check([info for name in (main, *extras, core) if (info := package.info(name))])
    body = _Body()
    package.parse(main, body)
    texts = [body.text()]
    for name in extras:
        part = _Body()
        if package.parse(name, part, optional=True) and part.text() not in texts:
            texts.append(part.text())
            body.fields.extend(part.fields)
    text = "\n\n".join(t for t in texts if t)
    if not text.strip() and not body.fields:
        raise ExtractionFailed.of(ProblemKind.EMPTY)
    properties = _Properties()
    package.parse(core, properties, optional=True)
    metadata = {key: value.strip() for key, value in properties.values.items() if value.strip()}
    created = metadata.get("created", "")
    return Extraction(
        format="docx",
        pages=(text,),
        title=metadata.get("title", ""),
        date=created[:10] if _DATE.match(created) else "",
        metadata=metadata,
        fields=tuple(body.fields),
    )


def _related(package: _Package, source: str, types: tuple[str, ...]) -> list[str]:
    """Existing parts that ``source`` (``""``: the package) links to with one of ``types``."""
    folder, base = posixpath.split(source)
    rels = _Properties()
    if not package.parse(posixpath.join(folder, "_rels", base + ".rels"), rels, optional=True):
        return []
    names = (
        posixpath.normpath(posixpath.join("/" + folder, target)).lstrip("/")
        for rel_type, target in rels.links
        if rel_type.endswith(types)
    )
    return [name for name in dict.fromkeys(names) if package.info(name)]


class _Target:
    """Base parser target (ElementTree calls only the methods a target has)."""

    def doctype(self, name: str, pubid: str | None, system: str | None) -> None:
        """Refuse any DOCTYPE before its entities can be declared or expanded."""
        raise DoctypeRefused


class _Properties(_Target):
    """Collects the links of a relationships part (internal ones) or the core properties
    CaseDesk keeps (the first of each)."""

    def __init__(self) -> None:
        self.links: list[tuple[str, str]] = []
        self.values: dict[str, str] = {}
        self._key = ""

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        """Keep a Relationship; start collecting when a wanted property opens."""
        if tag.endswith("}Relationship") and attrib.get("TargetMode", "") != "External":
            self.links.append((attrib.get("Type", ""), attrib.get("Target", "")))
        key = _CORE_KEYS.get(tag, "")
        self._key = "" if key in self.values else key

    def end(self, tag: str) -> None:
        """Stop collecting."""
        self._key = ""

    def data(self, text: str) -> None:
        """Collect text of the open property."""
        if self._key:
            self.values[self._key] = self.values.get(self._key, "") + text


@dataclass
class _Control:
    """A form control being read: a content control (w:sdt) or a legacy form field."""

    name: str = ""
    label: str = ""
    kind: str = "text"
    checked: bool | None = None
    choices: list[str] = field(default_factory=list)
    chosen: int = 0
    placeholder: bool = False
    collecting: bool = True
    text: list[str] = field(default_factory=list)

    def as_fields(self) -> tuple[FormField, ...]:
        """The FormField this control stands for; none for a nameless or non-form one."""
        if not self.name or self.kind == "skip":
            return ()
        value = "" if self.placeholder else "".join(self.text).strip()
        if self.kind == "checkbox":
            value = "checked" if self.checked else "unchecked"
        elif self.kind == "choice" and not value and 0 <= self.chosen < len(self.choices):
            value = self.choices[self.chosen]
        return (FormField(self.name, value, self.kind, self.label),)

    def read(self, local: str, value: str) -> None:
        """One property from w:sdtPr or w:ffData (their element names do not clash)."""
        if local == "alias":
            self.label, self.name = value, self.name or value
        elif local in ("tag", "name") and value:
            self.name = value
        elif local == "statusText":
            self.label = value
        elif local == "checked" or (local == "default" and self.checked is None):
            self.checked = value.lower() not in _OFF
        elif local == "showingPlcHdr":
            self.placeholder = value.lower() not in _OFF
        elif local == "listEntry":
            self.choices.append(value)
        elif local == "result":
            self.chosen = int(value) if value.isdigit() else 0
        elif local in _KINDS and self.kind != "skip":
            self.kind = _KINDS[local]


_OFF = ("0", "false", "off")  # any other value, or none, means on
_KINDS = {
    "checkBox": "checkbox",
    "checkbox": "checkbox",
    "dropDownList": "choice",
    "comboBox": "choice",
    "ddList": "choice",
    "textInput": "text",
    "docPartObj": "skip",
    "docPartList": "skip",
    "citation": "skip",
    "bibliography": "skip",
    "picture": "skip",
}
_PROPERTIES = frozenset(
    {
        "alias",
        "tag",
        "name",
        "statusText",
        "checked",
        "default",
        "showingPlcHdr",
        "listEntry",
        "result",
        *_KINDS,
    }
)
_CHARACTERS = {"tab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}
_FLAGS = ("t", "r", "sdtPr", "ffData")


class _Body(_Target):
    """Turns a WordprocessingML part into lines of text and form fields, as a stream."""

    def __init__(self) -> None:
        self.fields: list[FormField] = []
        self._containers: list[list[str]] = [[]]  # the part, then open cells and text boxes
        self._paragraphs: list[list[str]] = []
        self._rows: list[list[str]] = []
        self._tables: list[list[str]] = []
        self._sdts: list[_Control] = []
        self._legacy: list[_Control] = []
        self._depth = dict.fromkeys(_FLAGS, 0)
        self._skip = 0  # depth inside mc:Fallback, a copy of the mc:Choice content

    def text(self) -> str:
        """The part's text, one paragraph or table row per line."""
        return "\n".join(self._containers[0]).strip()

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        """Handle an opening Word element."""
        if self._skip or tag == _MC_FALLBACK:
            self._skip += 1
            return
        namespace, _, local = tag[1:].partition("}")
        if namespace not in _W and not (namespace == _W14 and local in ("checkbox", "checked")):
            return
        if local in _FLAGS:
            self._depth[local] += 1
        elif local in ("p", "tr", "tbl", "tc", "txbxContent"):
            stacks = {"p": self._paragraphs, "tr": self._rows, "tbl": self._tables}
            stacks.get(local, self._containers).append([])
        elif local in _CHARACTERS and self._depth["r"]:
            self._add(_CHARACTERS[local])
        elif local == "sdt":
            self._sdts.append(_Control())
        elif local == "fldChar":
            self._field_char(attrib.get(f"{{{namespace}}}fldCharType", ""))
        elif local in _PROPERTIES:
            self._property(local, attrib.get(f"{{{namespace}}}val", ""))

    def end(self, tag: str) -> None:
        """Handle a closing Word element."""
        if self._skip:
            self._skip -= 1
            return
        namespace, _, local = tag[1:].partition("}")
        if namespace not in _W:
            return
        if local in _FLAGS:
            self._depth[local] = max(0, self._depth[local] - 1)
        elif local == "p" and self._paragraphs:
            self._containers[-1].append("".join(self._paragraphs.pop()))
            self._add("\n", paragraph=False)
        elif local in ("tc", "txbxContent") and len(self._containers) > 1:
            lines = [line.strip() for line in self._containers.pop() if line.strip()]
            if local == "tc" and self._rows:
                self._rows[-1].append(" ".join(lines))
            else:  # a text box (or a cell outside any row): its lines join the container
                self._containers[-1].extend(lines)
        elif local == "tr" and self._rows:
            cells = self._rows.pop()
            if any(cells):
                (self._tables or self._containers)[-1].append(" | ".join(cells))
        elif local == "tbl" and self._tables:
            self._containers[-1].extend(self._tables.pop())
        elif local == "sdt" and self._sdts:
            self.fields.extend(self._sdts.pop().as_fields())

    def data(self, text: str) -> None:
        """Keep the text inside w:t."""
        if self._depth["t"] and not self._skip:
            self._add(text)

    def _add(self, text: str, *, paragraph: bool = True) -> None:
        """Add text to the open paragraph and to every control collecting its value."""
        if paragraph and self._paragraphs:
            self._paragraphs[-1].append(text)
        for control in (*self._sdts, *self._legacy):
            if control.collecting:
                control.text.append(text)

    def _field_char(self, kind: str) -> None:
        """Legacy fields: begin opens one, separate starts its result, end closes it."""
        if kind == "begin":
            self._legacy.append(_Control(collecting=False))
        elif kind == "separate" and self._legacy:
            self._legacy[-1].collecting = bool(self._legacy[-1].name)
        elif kind == "end" and self._legacy:
            self.fields.extend(self._legacy.pop().as_fields())

    def _property(self, local: str, value: str) -> None:
        """A property of the open content control or legacy form field."""
        if self._depth["sdtPr"] and self._sdts:
            self._sdts[-1].read(local, value)
        if self._depth["ffData"] and self._legacy:
            self._legacy[-1].read(local, value)
