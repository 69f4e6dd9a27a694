"""Word (.docx, .docm, .dotx): text, core properties and form controls, standard library only.

Decisions:

* The main part is found through ``_rels/.rels`` (falling back to ``word/document.xml``);
  headers, footers, footnotes and endnotes through the main part's relationships, and
  their text follows the body (identical headers are kept once).
* Parts are parsed as a stream by an ElementTree parser *target* (no tree is kept).  A
  target, unlike ``iterparse``, is told about a ``<!DOCTYPE``, which no Word part has;
  any DOCTYPE is refused as DAMAGED before its entities can expand.
* Zip bombs: before anything is inflated, each part to be read is checked against a
  declared-size limit, the parts' declared total and an absurd compression ratio; then
  every read is counted, so a header that lies cannot inflate past the limits.  Only the
  XML parts are read, so large pictures or videos inside a document do not count.
* Transitional and Strict namespaces are both read; ``mc:Fallback`` copies are skipped.
* Encrypted Word files are OLE containers holding an ``EncryptedPackage``; the standard
  library has no AES, so they are reported as PASSWORD.
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

_W = frozenset({
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
})
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_CORE_KEYS = {
    "{http://purl.org/dc/elements/1.1/}title": "title",
    "{http://purl.org/dc/elements/1.1/}creator": "author",
    "{http://purl.org/dc/elements/1.1/}subject": "subject",
    "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}keywords":
        "keywords",
    "{http://purl.org/dc/terms/}created": "created",
    "{http://purl.org/dc/terms/}modified": "modified",
}
_EXTRA_PART_TYPES = ("/header", "/footer", "/footnotes", "/endnotes")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
class DoctypeRefused(Exception):
    """A part declared a DOCTYPE; Word never writes one."""


class MissingPart(Exception):
    """The package has no main document part."""


# Damaged zips and streams surface as any of these; all mean DAMAGED.
_BROKEN = (DoctypeRefused, MissingPart, zipfile.BadZipFile, ParseError, EOFError, zlib.error,
           struct.error, ValueError,
           NotImplementedError, RuntimeError, KeyError, UnicodeError, OverflowError)


class DocxExtractor:
    """Reads Word documents; see the module docstring for the decisions it makes."""

    name = "docx"

    def __init__(self, max_part: int = 200 * MB, max_total: int = 500 * MB,
                 max_ratio: int = 200, ratio_floor: int = 10 * MB) -> None:
        self.limits = _Limits(max_part, max_total, max_ratio, ratio_floor)

    def score(self, head: bytes, suffix: str) -> int:
        """95 for a zip named like Word, 30 for another zip, 10 for a Word name alone."""
        if head.startswith(ZIP_MAGIC):
            return 95 if suffix in WORD_SUFFIXES else 30
        return 10 if suffix in WORD_SUFFIXES else 0

    def extract(self, path: Path, options: ExtractOptions) -> Extraction:
        """Read the text, core properties and form controls of the Word file at ``path``."""
        try:
            with path.open("rb") as handle:
                if handle.read(4) == OLE_MAGIC:
                    raise _ole_problem(handle)
                handle.seek(0)
                return _extract_zip(handle, self.limits)
        except _BROKEN as exc:
            raise ExtractionFailed.of(ProblemKind.DAMAGED, what=WHAT,
                                      detail=type(exc).__name__) from None
        except OSError as exc:
            raise ExtractionFailed.of(ProblemKind.UNREADABLE, detail=type(exc).__name__) from None


@dataclass(frozen=True)
class _Limits:
    """How much a document's XML parts may inflate to."""

    max_part: int
    max_total: int
    max_ratio: int
    ratio_floor: int

    def check(self, infos: list[zipfile.ZipInfo]) -> None:
        """Refuse, from the declared sizes alone, parts that would inflate too far."""
        for info in infos:
            ratio_bad = (info.file_size > self.ratio_floor
                         and info.file_size > self.max_ratio * max(info.compress_size, 1))
            if info.file_size > self.max_part or ratio_bad:
                raise _too_large(f"a part of {info.file_size // MB} MB")
        total = sum(info.file_size for info in infos)
        if total > self.max_total:
            raise _too_large(f"{total // MB} MB of text parts")


def _too_large(limit: str) -> ExtractionFailed:
    """The TOO_LARGE problem for a document whose parts would inflate past ``limit``."""
    return ExtractionFailed(Problem.of(ProblemKind.TOO_LARGE, limit=limit, detail="ZipBombGuard"))


def _ole_problem(handle: IO[bytes]) -> ExtractionFailed:
    """PASSWORD for an encrypted Word file (OLE with EncryptedPackage), else DAMAGED."""
    tail = b""
    while chunk := handle.read(_CHUNK):
        if _ENCRYPTED_MARK in tail + chunk:
            return ExtractionFailed.of(ProblemKind.PASSWORD, what=WHAT, detail="EncryptedPackage")
        tail = chunk[-len(_ENCRYPTED_MARK):]
    return ExtractionFailed.of(ProblemKind.DAMAGED, what=WHAT, detail="OleNotWord")


class _BoundedReader:
    """Wraps an opened zip member and refuses to give more than ``budget`` bytes."""

    def __init__(self, stream: IO[bytes], budget: int) -> None:
        self.stream = stream
        self.left = budget
        self.used = 0

    def read(self, size: int = _CHUNK) -> bytes:
        """Read up to ``size`` bytes; TOO_LARGE once more than the budget came out."""
        data = self.stream.read(min(size, self.left + 1) if size >= 0 else self.left + 1)
        self.left -= len(data)
        self.used += len(data)
        if self.left < 0:
            raise _too_large("its text parts inflate past the limit")
        return data


class _Package:
    """The zip of a Word file: parts by case-insensitive name, read within the limits."""

    def __init__(self, archive: zipfile.ZipFile, limits: _Limits) -> None:
        self.archive = archive
        self.limits = limits
        self.infos = {info.filename.lower(): info for info in archive.infolist()}
        self.budget = limits.max_total

    def info(self, name: str) -> zipfile.ZipInfo | None:
        """The member called ``name`` (no leading slash, any case), if there is one."""
        return self.infos.get(name.lstrip("/").lower())

    def parse(self, name: str, target: _Target) -> None:
        """Stream the part ``name`` through ``target``; DAMAGED on bad XML, TOO_LARGE on bombs."""
        info = self.info(name)
        if info is None:
            raise MissingPart
        parser = XMLParser(target=target)
        with self.archive.open(info) as stream:
            reader = _BoundedReader(stream, min(self.limits.max_part, self.budget))
            while chunk := reader.read(_CHUNK):
                parser.feed(chunk)
            self.budget -= reader.used
        parser.close()

    def parse_quietly(self, name: str, target: _Target) -> bool:
        """Like :meth:`parse` for optional parts: a damaged or missing one is skipped."""
        try:
            self.parse(name, target)
        except _BROKEN:
            return False
        return True


def _extract_zip(handle: IO[bytes], limits: _Limits) -> Extraction:
    """Open the zip, check its sizes, then read body, extra parts and core properties."""
    package = _Package(zipfile.ZipFile(handle), limits)
    main = _main_part(package)
    extras = _related(package, main, _EXTRA_PART_TYPES)
    core = _related(package, "", ("/core-properties",)) or ["docProps/core.xml"]
    infos = [package.info(name) for name in [main, *extras, core[0]]]
    limits.check([info for info in infos if info is not None])
    body = _Body()
    package.parse(main, body)
    texts = [body.text()]
    for name in extras:
        part = _Body()
        if package.parse_quietly(name, part) and part.text() not in texts:
            texts.append(part.text())
            body.fields.extend(part.fields)
    return _result(package, core[0], "\n\n".join(t for t in texts if t), body.fields)


def _result(package: _Package, core_name: str, text: str, fields: list[FormField]) -> Extraction:
    """Assemble the Extraction; EMPTY when the document holds no text and no fields."""
    if not text.strip() and not fields:
        raise ExtractionFailed.of(ProblemKind.EMPTY)
    core = _Core()
    package.parse_quietly(core_name, core)
    metadata = {key: value for key, value in core.values.items() if value}
    created = metadata.get("created", "")
    return Extraction(
        format="docx", pages=(text,), title=metadata.get("title", ""),
        date=created[:10] if _DATE.match(created) else "", metadata=metadata,
        fields=tuple(fields),
    )


def _main_part(package: _Package) -> str:
    """The main document part named by the package relationships, or word/document.xml."""
    for name in _related(package, "", ("/officeDocument",)):
        if package.info(name) is not None:
            return name
    if package.info("word/document.xml") is None:
        raise MissingPart
    return "word/document.xml"


def _related(package: _Package, source: str, types: tuple[str, ...]) -> list[str]:
    """Part names that ``source`` (``""`` for the package) links to with one of ``types``."""
    folder, base = posixpath.split(source)
    rels = _Rels()
    if not package.parse_quietly(posixpath.join(folder, "_rels", base + ".rels"), rels):
        return []
    names = []
    for rel_type, target in rels.links:
        if rel_type.endswith(types):
            name = posixpath.normpath(posixpath.join("/" + folder, target)).lstrip("/")
            if package.info(name) is not None and name not in names:
                names.append(name)
    return names


class _Target:
    """Base parser target (ElementTree calls only the methods a target has)."""

    def doctype(self, name: str, pubid: str | None, system: str | None) -> None:
        """Refuse any DOCTYPE before its entities can be declared or expanded."""
        raise DoctypeRefused


class _Rels(_Target):
    """Collects (type, target) of a relationships part, internal links only."""

    def __init__(self) -> None:
        self.links: list[tuple[str, str]] = []

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        """Keep each internal Relationship."""
        if tag.endswith("}Relationship") and attrib.get("TargetMode", "") != "External":
            self.links.append((attrib.get("Type", ""), attrib.get("Target", "")))


class _Core(_Target):
    """Collects the core properties CaseDesk keeps (title, author, dates ...)."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}
        self._key = ""
        self._text: list[str] = []

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        """Start collecting when a wanted property opens."""
        self._key = _CORE_KEYS.get(tag, "")
        self._text = []

    def end(self, tag: str) -> None:
        """Store the collected property."""
        if self._key and _CORE_KEYS.get(tag) == self._key:
            self.values.setdefault(self._key, "".join(self._text).strip())
        self._key = ""

    def data(self, text: str) -> None:
        """Collect text of the open property."""
        if self._key:
            self._text.append(text)


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

    def as_field(self) -> FormField | None:
        """The FormField this control stands for, or None for a nameless or non-form one."""
        if not self.name or self.kind == "skip":
            return None
        value = "" if self.placeholder else "".join(self.text).strip()
        if self.kind == "checkbox":
            value = "checked" if self.checked else "unchecked"
        elif self.kind == "choice" and not value and 0 <= self.chosen < len(self.choices):
            value = self.choices[self.chosen]
        return FormField(self.name, value, self.kind, self.label)


_SDT_KINDS = {"checkBox": "checkbox", "checkbox": "checkbox", "dropDownList": "choice",
              "comboBox": "choice", "docPartObj": "skip", "docPartList": "skip",
              "citation": "skip", "bibliography": "skip", "picture": "skip"}
_FF_KINDS = {"checkBox": "checkbox", "textInput": "text", "ddList": "choice"}
_PROPERTIES = frozenset({"alias", "tag", "checked", "showingPlcHdr", *_SDT_KINDS, "name",
                         *_FF_KINDS, "default", "listEntry", "result", "statusText"})
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
            {"p": self._paragraphs, "tr": self._rows, "tbl": self._tables}.get(
                local, self._containers).append([])
        elif local in _CHARACTERS and self._depth["r"]:
            self._add(_CHARACTERS[local])
        elif local == "sdt":
            self._sdts.append(_Control())
        elif local == "fldChar":
            self._field_char(_attr(attrib, "fldCharType"))
        elif local in _PROPERTIES:
            self._property(local, _attr(attrib, "val"))

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
            into = self._rows if local == "tc" else []
            (into[-1] if into else self._containers[-1]).extend(
                [" ".join(lines)] if local == "tc" else lines)
        elif local == "tr" and self._rows:
            self._close_row(self._rows.pop())
        elif local == "tbl" and self._tables:
            self._containers[-1].extend(self._tables.pop())
        elif local == "sdt" and self._sdts:
            self._keep(self._sdts.pop())

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

    def _close_row(self, cells: list[str]) -> None:
        """A row is one line, its cells joined by ' | '; rows with no text are dropped."""
        if any(cells):
            (self._tables[-1] if self._tables else self._containers[-1]).append(" | ".join(cells))

    def _keep(self, control: _Control) -> None:
        """Record a finished control as a form field when it is one."""
        found = control.as_field()
        if found is not None:
            self.fields.append(found)

    def _field_char(self, kind: str) -> None:
        """Legacy fields: begin opens one, separate starts its result, end closes it."""
        if kind == "begin":
            self._legacy.append(_Control(collecting=False))
        elif kind == "separate" and self._legacy:
            self._legacy[-1].collecting = bool(self._legacy[-1].name)
        elif kind == "end" and self._legacy:
            self._keep(self._legacy.pop())

    def _property(self, local: str, value: str) -> None:
        """A property of the open content control or legacy form field."""
        if self._depth["sdtPr"] and self._sdts:
            _sdt_property(self._sdts[-1], local, value)
        if self._depth["ffData"] and self._legacy:
            _form_property(self._legacy[-1], local, value)


def _on(value: str) -> bool:
    """A Word on/off value: absent or anything but 0/false/off means on."""
    return value.lower() not in ("0", "false", "off")


def _sdt_property(control: _Control, local: str, value: str) -> None:
    """Read w:alias, w:tag, the control's kind, checked state and placeholder flag."""
    if local == "alias":
        control.label = value
        control.name = control.name or value
    elif local == "tag" and value:
        control.name = value
    elif local == "checked":
        control.checked = _on(value)
    elif local == "showingPlcHdr":
        control.placeholder = _on(value)
    elif local in _SDT_KINDS and control.kind != "skip":
        control.kind = _SDT_KINDS[local]


def _form_property(control: _Control, local: str, value: str) -> None:
    """Read w:ffData: name, kind, default and checked state, choices and label."""
    if local == "name":
        control.name = value
    elif local in _FF_KINDS:
        control.kind = _FF_KINDS[local]
    elif local in ("default", "checked") and control.kind == "checkbox":
        if local == "checked" or control.checked is None:
            control.checked = _on(value)
    elif local == "listEntry":
        control.choices.append(value)
    elif local == "result":
        control.chosen = int(value) if value.isdigit() else 0
    elif local == "statusText":
        control.label = value


def _attr(attrib: dict[str, str], name: str) -> str:
    """The attribute ``name`` in any namespace (Transitional or Strict), or ""."""
    suffix = "}" + name
    for key, value in attrib.items():
        if key.endswith(suffix) or key == name:
            return value
    return ""
