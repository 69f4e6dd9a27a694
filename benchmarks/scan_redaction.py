"""What redacting scans costs per page: OCR while redacting, and OCR in the read-back.

Makes a PDF of N scanned pages of the invented letter of ``tests/support/scanned_letter.py``
(clean scans and phone photos, alternately), flattens it as a packet would, and times
``find_values`` (every page rendered at 300 dpi and read by OCR), ``write_redacted``
(the pages made pictures) and ``leaks`` (the read-back, OCR again) — wall and CPU
seconds per page (CPU of this process and of the OCR worker process, which is stopped
at the end of each step so that its seconds are counted), and the size of a page made a
picture::

    .venv/bin/python -m benchmarks.scan_redaction --pages 10
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from desktop.packets.redact import flatten
from desktop.redaction.check import leaks
from desktop.redaction.kinds import redaction_for
from desktop.redaction.pages import find_values, write_redacted
from desktop.redaction.scans import ScanReader
from tests.support.drafting import realistic_case
from tests.support.scanned_letter import clean_scan, phone_photo


def _scans(folder: Path, pages: int) -> Path:
    """A PDF of ``pages`` scans, clean and phone-like by turns."""
    writer = PdfWriter()
    one = {0: clean_scan(folder / "clean.pdf"), 1: phone_photo(folder / "photo.pdf")}
    for number in range(pages):
        writer.add_page(PdfReader(one[number % 2]).pages[0])
    path = folder / "scans.pdf"
    with path.open("wb") as out:
        writer.write(out)
    return path


def _cpu() -> float:
    """CPU seconds of this process and of its ended children (the OCR worker)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _timed(work) -> tuple[object, float, float]:
    wall, cpu = time.monotonic(), _cpu()
    result = work()
    return result, time.monotonic() - wall, _cpu() - cpu


def _reading(work, reader: ScanReader) -> object:
    """``work()``, then the reader's worker stopped (so its CPU seconds are counted)."""
    with reader:
        return work()


def measure(pages: int) -> dict[str, float]:
    """Seconds per page of each step, and the bytes of a redacted page."""
    redaction = redaction_for(realistic_case(), ["passport"])
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        flat = folder / "flat.pdf"
        flatten(_scans(folder, pages), flat, "a4")
        reader = ScanReader()
        found, find_wall, find_cpu = _timed(
            lambda: _reading(lambda: find_values(flat, redaction, scans=reader), reader)
        )
        target = folder / "redacted.pdf"
        _, write_wall, _ = _timed(lambda: write_redacted(flat, found, target))
        check = ScanReader()
        places, check_wall, check_cpu = _timed(
            lambda: _reading(lambda: leaks(target, redaction, scans=check), check)
        )
        return {
            "pages": pages,
            "pages_with_the_value_found": len(found),
            "read_back_leaks": len(places),
            "redact_ocr_wall_s_per_page": round(find_wall / pages, 3),
            "redact_ocr_cpu_s_per_page": round(find_cpu / pages, 3),
            "write_picture_wall_s_per_page": round(write_wall / pages, 3),
            "read_back_wall_s_per_page": round(check_wall / pages, 3),
            "read_back_cpu_s_per_page": round(check_cpu / pages, 3),
            "redacted_kb_per_page": round(target.stat().st_size / pages / 1024, 1),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10)
    print(json.dumps(measure(parser.parse_args().pages), indent=2))


if __name__ == "__main__":
    main()
