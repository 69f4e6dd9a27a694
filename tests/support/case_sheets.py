"""Spreadsheets of invented cases for the import tests: CSV and XLSX written by code."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

ENGLISH = ("case_id", "name", "relationship", "birth_date", "location", "priority", "deadlines")
# The same columns as a Dari office and a Pashto office head them.
DARI = ("شماره قضیه", "نام", "نسبت", "تاریخ تولد", "موقعیت", "اولویت", "مهلت ها")
PASHTO = ("د قضیې شمېره", "نوم", "اړیکه", "د زیږون نیټه", "ځای", "لومړیتوب", "وروستۍ نېټې")

GOOD = (
    ("AFG-2024-00201", "Nadia Rahimi", "principal", "1990-02-03", "Peshawar", "urgent",
     "visa expiry=2027-01-05"),
    ("AFG-2024-00201", "Omid Rahimi", "child", "2015-06-07", "", "", ""),
    ("AFG-2024-00202", "Farid Noori", "principal", "1985-11-01", "Quetta", "normal", ""),
)  # fmt: skip
BAD = ("AFG-2024-00203", "Laila Sadat", "principal", "1985-13-01", "Lahore", "soon", "")
DUPLICATE = GOOD[1]


def write_csv(path: Path, rows: Sequence[Sequence[str]], header: Sequence[str] = ENGLISH) -> Path:
    """``rows`` under ``header`` as a UTF-8 CSV file."""
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(
    path: Path, rows: Sequence[Sequence[object]], header: Sequence[str] = ENGLISH
) -> Path:
    """``rows`` under ``header`` as an Excel workbook (cells as given: dates stay dates)."""
    book = Workbook()
    sheet = book.active
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path
