"""Spreadsheets (.xlsx, .xls, .ods, .csv): a page per sheet, its cells as text, and the
"label: value" pairs of sheets filled in like forms.

Excel and OpenDocument workbooks are read by python-calamine (one Rust library for
.xlsx, .xlsm, .xlsb, .xls and .ods; chosen by measurement, see docs/FORMATS.md); the zip
of an .xlsx or .ods is checked against the zip bomb limits first.  CSV and TSV go
through the standard ``csv`` module after :func:`~index.text.decoding.decode_text`.

A row is written as its non-empty cells joined by " | ".  A cell ending in a colon
names the cell after it ("Date of birth:" | "1990-03-01"); in a sheet no wider than
two cells, every row of a text and a value is such a pair.  Those pairs are the form
fields of the document.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from index.extract.base import Extraction, ExtractionFailed, ExtractOptions, FormField
from index.extract.docx import Limits
from index.extract.zipparts import Broken, Package, first_member, odf_type
from index.problems import ProblemKind
from index.text.decoding import decode_text, looks_binary

OLE_MAGIC = b"\xd0\xcf\x11\xe0"
BOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xltx", ".xlsb", ".xls", ".xlt", ".ods", ".ots"})
CSV_SUFFIXES = frozenset({".csv", ".tsv"})
WHAT = "spreadsheet"
MAX_FIELDS = 1000
_MAX_LABEL = 60


class SpreadsheetExtractor:
    """Reads workbooks and CSV tables."""

    name = "spreadsheet"
    mime_types = (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.ms-excel.sheet.macroEnabled.12",
        "application/vnd.ms-excel",
        "application/vnd.oasis.opendocument.spreadsheet",
        "text/csv",
        "text/tab-separated-values",
    )

    def score(self, head: bytes, suffix: str) -> int:
        """95 for a workbook by its content, 90 for an old Excel file by name, 55 for
        text named .csv (above plain text), else 0."""
        if head.startswith(b"PK\x03\x04"):
            named = suffix in BOOK_SUFFIXES and suffix not in (".xls", ".xlt")
            spreadsheet = odf_type(head) == "spreadsheet"
            return 95 if named or spreadsheet or first_member(head).startswith(b"xl/") else 0
        if head.startswith(OLE_MAGIC):
            return 90 if suffix in (".xls", ".xlt") else 0
        return 55 if suffix in CSV_SUFFIXES and not looks_binary(head) else 0

    def extract(self, path: Path, options: ExtractOptions) -> Extraction:
        """Read every sheet of ``path`` (a workbook, or a CSV table by its name)."""
        with path.open("rb") as f:
            head = f.read(8)
        if head.startswith((b"PK\x03\x04", OLE_MAGIC)):
            return read_workbook(path)
        return _read_csv(path)


def read_workbook(path: Path) -> Extraction:
    """Every sheet of the Excel or OpenDocument workbook at ``path``, a page each."""
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    if zipfile.is_zipfile(path):
        _check_zip(path)
    try:
        book = CalamineWorkbook.from_path(str(path))
        sheets = [(name, book.get_sheet_by_name(name).to_python()) for name in book.sheet_names]
    except PasswordError:
        raise ExtractionFailed.of(
            ProblemKind.PASSWORD, what=WHAT, detail="PasswordError", action=_ACTION
        ) from None
    except (CalamineError, ValueError, OSError, TypeError) as exc:
        raise ExtractionFailed.of(
            ProblemKind.DAMAGED, what=WHAT, detail=type(exc).__name__
        ) from None
    except BaseException as exc:  # a Rust panic arrives as pyo3's PanicException
        if type(exc).__name__ != "PanicException":
            raise
        raise ExtractionFailed.of(ProblemKind.DAMAGED, what=WHAT, detail="Panic") from None
    return _extraction("spreadsheet", [rows for _, rows in sheets], [n for n, _ in sheets])


_ACTION = (
    "Open it in Excel or LibreOffice with its password, save a copy without a password "
    "(or as PDF), and add that copy."
)


def _check_zip(path: Path) -> None:
    """Refuse a workbook whose XML parts would inflate past the zip bomb limits."""
    try:
        with Package(path) as package:
            Limits().check([i for i in package.archive.infolist() if not i.is_dir()])
    except Broken as exc:
        raise ExtractionFailed.of(ProblemKind.DAMAGED, what=WHAT, detail=str(exc)) from None


def _read_csv(path: Path) -> Extraction:
    """A CSV or TSV table as one page (one sheet)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractionFailed.of(ProblemKind.UNREADABLE, detail=type(exc).__name__) from None
    if looks_binary(data[:8192]):
        raise ExtractionFailed.of(ProblemKind.UNSUPPORTED)
    text, encoding = decode_text(data)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text)))
    extraction = _extraction("csv", [rows], [])
    return Extraction(
        format="csv",
        pages=extraction.pages,
        fields=extraction.fields,
        metadata={"encoding": encoding},
    )


def _delimiter(text: str) -> str:
    """The delimiter the first lines use most: comma, semicolon (European Excel), tab or bar.

    (``csv.Sniffer`` guesses wrong when rows differ in length, as exported forms do.)
    """
    sample = "\n".join(text.splitlines()[:50])
    counts = {delimiter: sample.count(delimiter) for delimiter in ",;\t|"}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _extraction(fmt: str, sheets: list[list[list[object]]], names: list[str]) -> Extraction:
    """Pages and form fields from the rows of each sheet (EMPTY when no cell has text)."""
    pages: list[str] = []
    fields: list[FormField] = []
    for rows in sheets:
        cells = [[text for value in row if (text := cell_text(value))] for row in rows]
        pages.append("\n".join(" | ".join(row) for row in cells if row))
        fields.extend(_pairs(cells)[: MAX_FIELDS - len(fields)])
    if not any(page.strip() for page in pages):
        raise ExtractionFailed.of(ProblemKind.EMPTY)
    metadata = {"sheets": ", ".join(names)} if names else {}
    return Extraction(format=fmt, pages=tuple(pages), metadata=metadata, fields=tuple(fields))


def cell_text(value: object) -> str:
    """A cell as people read it: 12 not 12.0, dates as ISO 8601, text trimmed."""
    if isinstance(value, str):  # most cells: first
        return " ".join(value.split())
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    if isinstance(value, dt.date | dt.time | dt.datetime):
        return value.isoformat()
    return str(value)


def _pairs(rows: Sequence[Sequence[str]]) -> list[FormField]:
    """The "label: value" pairs of a sheet (see the module docstring)."""
    narrow = all(len(row) <= 2 for row in rows)
    found: list[FormField] = []
    for row in rows:
        found.extend(_row_pairs(row, narrow=narrow))
    return found


def _row_pairs(row: Sequence[str], *, narrow: bool) -> Iterable[FormField]:
    labelled = False
    if not any(cell.endswith(":") for cell in row[:-1]):  # the usual row: no label
        if narrow and len(row) == 2 and _is_label(row[0]):
            yield FormField(row[0], row[1], "text", row[0])
        return
    for label, value in itertools.pairwise(row):
        if label.endswith(":") and 1 < len(label) <= _MAX_LABEL and not value.endswith(":"):
            labelled = True
            name = label.removesuffix(":").strip()
            yield FormField(name, value, "text", name)
    if narrow and not labelled and len(row) == 2 and _is_label(row[0]):
        yield FormField(row[0], row[1], "text", row[0])


def _is_label(text: str) -> bool:
    """True for a short text that is not a number or a date."""
    return len(text) <= _MAX_LABEL and any(ch.isalpha() for ch in text)
