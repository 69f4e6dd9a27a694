"""Reading and writing a spreadsheet file of cases: CSV (any common encoding and
separator) or Excel ``.xlsx`` (through openpyxl, which both reads and writes it).

Rows come out as :class:`SheetRow`: the row's number as the spreadsheet shows it (the
header is row 1) and its cells as text by column name.  Excel dates become
``YYYY-MM-DD``; whole numbers lose Excel's ``.0``.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.operations.case_columns import COLUMNS, column_for
from desktop.output.files import write_whole
from index.errors import CaseError
from index.text.decoding import decode_text

SPREADSHEET_SUFFIXES = (".csv", ".xlsx")


@dataclass(frozen=True)
class SheetRow:
    """One row of the spreadsheet: its number (the header is 1) and its cells by column."""

    line: int
    cells: dict[str, str]


@dataclass(frozen=True)
class Sheet:
    """The rows of a spreadsheet and the headers it had that name no column."""

    rows: tuple[SheetRow, ...]
    unknown_headers: tuple[str, ...]


def read_sheet(path: Path) -> Sheet:
    """The rows of a ``.csv`` or ``.xlsx`` file; :class:`CaseError` when it cannot be read."""
    suffix = path.suffix.lower()
    if suffix not in SPREADSHEET_SUFFIXES:
        raise CaseError(
            "{name} is not a spreadsheet CaseDesk reads: use .csv or .xlsx.", name=path.name
        )
    try:
        table = _xlsx_table(path) if suffix == ".xlsx" else _csv_table(path)
        return _sheet(table, path.name)
    except OSError as error:
        raise CaseError(
            "Cannot read {file}: {reason}.", file=path.name, reason=error.strerror
        ) from None


def write_sheet(path: Path | None, rows: Iterable[dict[str, str]], kind: str) -> bytes | None:
    """Write rows as ``kind`` (``csv`` or ``xlsx``) to ``path`` whole or not at all, or
    return the bytes when ``path`` is ``None``."""
    data = _xlsx_bytes(rows) if kind == "xlsx" else _csv_bytes(rows)
    if path is None:
        return data
    write_whole(path, data, "The list of cases")
    return None


def _sheet(table: Iterator[list[object]], name: str) -> Sheet:
    header = next(table, None)
    if not header:
        raise CaseError("{name} is empty: its first row should name the columns.", name=name)
    columns = [column_for(str(h or "")) for h in header]
    if "case_id" not in columns:
        raise CaseError(
            "{name} has no case number column: its first row should name the columns "
            "(case_id, name, relationship, … — see docs/IMPORT.md).",
            name=name,
        )
    unknown = tuple(str(h) for h, c in zip(header, columns, strict=True) if h and c is None)
    rows = []
    for line, values in enumerate(table, start=2):
        cells = {c: _text(v) for c, v in zip(columns, values, strict=False) if c}
        if any(cells.values()):
            rows.append(SheetRow(line, cells))
    return Sheet(tuple(rows), unknown)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split()) if "\n" not in str(value) else str(value).strip()


def _csv_table(path: Path) -> Iterator[list[object]]:
    text = _decoded(path.read_bytes())
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:8192], delimiters=",;\t"
        )
    except csv.Error:
        dialect = csv.excel
    yield from csv.reader(io.StringIO(text, newline=""), dialect)


def _decoded(data: bytes) -> str:
    text, _ = decode_text(data)
    if "\ufffd" in text:
        # Detection fails on a short file; Excel on Windows saves CSV in the machine's code
        # page, which for Dari, Pashto and Urdu is Windows-1256.
        with contextlib.suppress(UnicodeDecodeError):
            return data.decode("cp1256")
    return text


def _xlsx_table(path: Path) -> Iterator[list[object]]:
    from openpyxl import load_workbook  # loaded only when a workbook is read
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, KeyError, ValueError, OSError) as error:
        raise CaseError(
            "{name} is not an Excel workbook CaseDesk can read.", name=path.name
        ) from error
    except Exception as error:  # a damaged zip raises zipfile's own errors
        raise CaseError(
            "{name} is damaged or not an Excel .xlsx workbook.", name=path.name
        ) from error
    try:
        sheet = book.worksheets[0]
        for row in sheet.iter_rows(values_only=True):
            yield list(row)
    finally:
        book.close()


def _csv_bytes(rows: Iterable[dict[str, str]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    # A byte-order mark so Excel opens Dari and Pashto as UTF-8, not as a Windows code page.
    return out.getvalue().encode("utf-8-sig")


def _xlsx_bytes(rows: Iterable[dict[str, str]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Cases")
    sheet.append(list(COLUMNS))
    for row in rows:
        # As text: a number such as a tazkira must not become 1.2E+10 in Excel.
        sheet.append([row.get(c, "") for c in COLUMNS])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
