"""Word (.docx, .docm, .dotx): text, core properties and form controls, standard library only.

Decisions:

* The main part is found through ``_rels/.rels`` (falling back to ``word/document.xml``);
  headers, footers, footnotes and endnotes through the main part's relationships; their
  text follows the body's (a header repeated for first/odd/even pages is kept once).
* Parts are parsed as a stream by an ElementTree parser *target*, so no tree is kept.  A
  target, unlike ``iterparse``, is told about a ``<!DOCTYPE``, which Word never writes:
  any DOCTYPE is refused as DAMAGED before its entities can be declared or expanded.
* Zip bombs: before anything is inflated, the parts to be read are checked against a
  per-part limit, a total and a compression ratio, all from their declared sizes; then
  every read is counted, so a header that lies cannot inflate past the limits.  Only XML
  parts are read, so large pictures or videos inside a document do not count.
* Transitional and Strict namespaces are both read; ``mc:Fallback`` copies are skipped.
* Encrypted Word files are OLE containers holding an ``EncryptedPackage``; they are
  reported as PASSWORD (decrypting them needs AES, which the standard library lacks).
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
# CaseDesk cannot decrypt Office files itself (no AES for OOXML here).
_OFFICE_PASSWORD = (
    "Open it in Word with its password, save a copy without a password (or as PDF), "
    "and add that copy."
)
_W = frozenset({
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
})
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_DC, _TERMS = "{http://purl.org/dc/elements/1.1/}", "{http://purl.org/dc/terms/}"
_CORE_KEYS = {
    f"{_DC}title": "title", f"{_DC}creator": "author", f"{_DC}subject": "subject",
    "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}keywords":
        "keywords",
    f"{_TERMS}created": "created", f"{_TERMS}modified": "modified",
}
_EXTRA_PARTS = ("/header", "/footer", "/footnotes", "/endnotes")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


class DoctypeRefused(Exception):
    """A part declared a DOCTYPE; Word never writes one."""


class MissingPart(Exception):
    """The package has no main document part."""


# Damaged zips and streams surface as any of these; all mean DAMAGED.
_BROKEN = (DoctypeRefused, MissingPart, zipfile.BadZipFile, ParseError, EOFError, zlib.error,
           struct.error, ValueError, NotImplementedError, RuntimeError, KeyError, UnicodeError,
           OverflowError)


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
            absurd = (info.file_size > self.ratio_floor
                      and info.file_size > self.max_ratio * max(info.compress_size, 1))
            if info.file_size > self.max_part or absurd:
                raise _too_large(f"a part that inflates to {info.file_size // MB} MB")
        total = sum(info.file_size for info in infos)
        if total > self.max_total:
            raise _too_large(f"parts that inflate to {total // MB} MB")


class DocxExtractor:
    """Reads Word documents; see the module docstring for the decisions it makes."""

    name = "docx"

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
        tail = chunk[-len(_ENCRYPTED_MARK):]
    return ExtractionFailed.of(ProblemKind.DAMAGED, what=WHAT, detail="OleNotWord")


class _Package:
    """The zip of a Word file: parts by case-insensitive name, read within the limits."""

    def __init__(self, archive: zipfile.ZipFile, limits: Limits) -> None:
        self.archive, self.max_part, self.budget = archive, limits.max_part, limits.max_total
        self.infos = {info.filename.lower(): info for info in archive.infolist()}

    def info(self, name: str) -> zipfile.ZipInfo | None:
        """The member called ``name`` (leading slash and case ignored), if there is one."""
        return self.infos.get(name.lstrip("/").lower())

    def parse(self, name: str, target: _Target) -> None:
        """Stream part ``name`` through ``target``, refusing to inflate past the limits."""
        info = self.info(name)
        if info is None:
            raise MissingPart
        parser = XMLParser(target=target)
        left = min(self.max_part, self.budget)
        with self.archive.open(info) as stream:
            while chunk := stream.read(min(_CHUNK, left + 1)):
                left -= len(chunk)
                self.budget -= len(chunk)
                if left < 0:
                    raise _too_large("parts that inflate past the limit")
                parser.feed(chunk)
        parser.close()

    def parse_quietly(self, name: str, target: _Target) -> bool:
        """Like :meth:`parse` for optional parts: a damaged or missing one is skipped."""
        try:
            self.parse(name, target)
        except _BROKEN:
            return False
        return True


def _extract_zip(handle: IO[bytes], limits: Limits) -> Extraction:
    """Open the zip, check its sizes, then read the body, the extra parts and properties."""
    package = _Package(zipfile.ZipFile(handle), limits)
    main = _main_part(package)
    extras = _related(package, main, _EXTRA_PARTS)
    core = (_related(package, "", ("/core-properties",)) or ["docProps/core.xml"])[0]
    infos = [package.info(name) for name in (main, *extras, core)]
    limits.check([info for info in infos if info is not None])
    body = _Body()
    package.parse(main, body)
    texts = [body.text()]
    for name in extras:
        part = _Body()
        if package.parse_quietly(name, part) and part.text() not in texts:
            texts.append(part.text())
            body.fields.extend(part.fields)
    text = "\n\n".join(t for t in texts if t)
    if not text.strip() and not body.fields:
        raise ExtractionFailed.of(ProblemKind.EMPTY)
    return _result(package, core, text, body.fields)


def _result(package: _Package, core_name: str, text: str, fields: list[FormField]) -> Extraction:
    """The Extraction, with title, date and metadata from the core properties."""
    core = _Core()
    package.parse_quietly(core_name, core)
    metadata = {key: value.strip() for key, value in core.values.items() if value.strip()}
    created = metadata.get("created", "")
    return Extraction(
        format="docx", pages=(text,), title=metadata.get("title", ""),
        date=created[:10] if _DATE.match(created) else "", metadata=metadata,
        fields=tuple(fields),
    )


def _main_part(package: _Package) -> str:
    """The main document part named by the package relationships, or word/document.xml."""
    named = _related(package, "", ("/officeDocument",))
    if named:
        return named[0]
    if package.info("word/document.xml") is None:
        raise MissingPart
    return "word/document.xml"


def _related(package: _Package, source: str, types: tuple[str, ...]) -> list[str]:
    """Existing parts that ``source`` (``""``: the package) links to with one of ``types``."""
    folder, base = posixpath.split(source)
    rels = _Rels()
    if not package.parse_quietly(posixpath.join(folder, "_rels", base + ".rels"), rels):
        return []
    names: list[str] = []
    for rel_type, target in rels.links:
        name = posixpath.normpath(posixpath.join("/" + folder, target)).lstrip("/")
        if rel_type.endswith(types) and package.info(name) and name not in names:
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
    """Collects the core properties CaseDesk keeps (the first of each)."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}
        self._key = ""

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        """Start collecting when a wanted property opens."""
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
            stacks = {"p": self._paragraphs, "tr": self._rows, "tbl": self._tables}
            stacks.get(local, self._containers).append([])
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
        control.label, control.name = value, control.name or value
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
    elif local == "checked" or (local == "default" and control.checked is None):
        control.checked = _on(value) if control.kind == "checkbox" else None
    elif local == "listEntry":
        control.choices.append(value)
    elif local == "result":
        control.chosen = int(value) if value.isdigit() else 0
    elif local == "statusText":
        control.label = value


def _attr(attrib: dict[str, str], name: str) -> str:
    """The attribute ``name`` in any namespace (Transitional or Strict), or ""."""
    for key, value in attrib.items():
        if key == name or key.endswith("}" + name):
            return value
    return ""
