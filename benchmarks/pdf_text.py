"""Time PDF text extraction with PDFium (pypdfium2) and with pypdf, on the same files.

Every ``*.pdf`` under the given folders (default: the shared corpus's ``pdf`` and
``forms``) that both libraries open without a password is read from memory by both; each
file is timed ``--repeat`` times per library and the fastest run counts.  A file that
either library cannot open or read is listed as skipped and left out of both totals.

For files where either library returns Arabic-script words (Persian, Arabic, Pashto),
the script prints how many such words each returns after NFKC normalisation, how many
are the same word in both, and how many PDFium words appear in pypdf's text reversed
(one of the two gave visual rather than logical order).

Run from the project root::

    .venv/bin/python benchmarks/pdf_text.py [FOLDER ...] [--repeat 3]
"""

from __future__ import annotations

import argparse
import logging
import time
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

import pypdfium2 as pdfium
from pypdf import PdfReader

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
DEFAULT_FOLDERS = (CORPUS / "pdf", CORPUS / "forms")
ARABIC_SCRIPT = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF))


@dataclass
class Tally:
    """Totals for one library."""

    files: int = 0
    pages: int = 0
    seconds: float = 0.0


@dataclass
class Report:
    """Everything one run measured."""

    pdfium: Tally = field(default_factory=Tally)
    pypdf: Tally = field(default_factory=Tally)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    arabic: list[tuple[str, int, int, int, int]] = field(default_factory=list)


def pdfium_pages(data: bytes) -> list[str]:
    """The text of every page through PDFium."""
    doc = pdfium.PdfDocument(data)
    try:
        texts = []
        for index in range(len(doc)):
            page = doc[index]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_bounded())
            textpage.close()
            page.close()
        return texts
    finally:
        doc.close()


def pypdf_pages(data: bytes) -> list[str]:
    """The text of every page through pypdf's ``extract_text``."""
    reader = PdfReader(BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise PermissionError("needs a password")
    return [page.extract_text() for page in reader.pages]


def timed(read: Callable[[bytes], list[str]], data: bytes, repeat: int) -> tuple[float, list[str]]:
    """Fastest of ``repeat`` runs of ``read(data)``, with its result."""
    best, texts = float("inf"), []
    for _ in range(repeat):
        start = time.perf_counter()
        texts = read(data)
        best = min(best, time.perf_counter() - start)
    return best, texts


def arabic_words(texts: list[str]) -> list[str]:
    """Whitespace-separated words holding an Arabic-script letter, after NFKC."""
    text = unicodedata.normalize("NFKC", "\n".join(texts))
    return [word for word in text.split() if any(_is_arabic(ch) for ch in word)]


def _is_arabic(ch: str) -> bool:
    """Whether ``ch`` is an Arabic-script letter."""
    return ch.isalpha() and any(low <= ord(ch) <= high for low, high in ARABIC_SCRIPT)


def measure(path: Path, root: Path, repeat: int, report: Report) -> None:
    """Time both libraries on ``path`` and add the figures to ``report``."""
    name = str(path.relative_to(root))
    data = path.read_bytes()
    try:
        pdfium_seconds, pdfium_texts = timed(pdfium_pages, data, repeat)
        pypdf_seconds, pypdf_texts = timed(pypdf_pages, data, repeat)
    except Exception as exc:  # a benchmark skips what either library cannot read
        report.skipped.append((name, type(exc).__name__))
        return
    for tally, seconds, texts in (
        (report.pdfium, pdfium_seconds, pdfium_texts),
        (report.pypdf, pypdf_seconds, pypdf_texts),
    ):
        tally.files += 1
        tally.pages += len(texts)
        tally.seconds += seconds
    add_arabic(name, arabic_words(pdfium_texts), arabic_words(pypdf_texts), report)


def add_arabic(name: str, by_pdfium: list[str], by_pypdf: list[str], report: Report) -> None:
    """Record the Arabic-script word counts of a file that has any."""
    if not by_pdfium and not by_pypdf:
        return
    same = sum((Counter(by_pdfium) & Counter(by_pypdf)).values())
    pypdf_set = set(by_pypdf)
    reversed_ = sum(1 for w in by_pdfium if w[::-1] in pypdf_set and w[::-1] != w)
    report.arabic.append((name, len(by_pdfium), len(by_pypdf), same, reversed_))


def print_report(report: Report, repeat: int) -> None:
    """Print the totals, the skipped files and the Arabic-script word counts."""
    print(f"fastest of {repeat} run(s) per file; text of every page, from bytes in memory\n")
    print(f"{'library':8} {'files':>6} {'pages':>6} {'seconds':>9} {'ms/page':>8}")
    for label, tally in (("pdfium", report.pdfium), ("pypdf", report.pypdf)):
        per_page = 1000 * tally.seconds / tally.pages if tally.pages else 0.0
        print(f"{label:8} {tally.files:6} {tally.pages:6} {tally.seconds:9.3f} {per_page:8.2f}")
    if report.pdfium.seconds:
        print(f"\npypdf / pdfium time ratio: {report.pypdf.seconds / report.pdfium.seconds:.1f}")
    print(f"\nskipped {len(report.skipped)} file(s):")
    for name, reason in report.skipped:
        print(f"  {name}: {reason}")
    print("\nArabic-script words (after NFKC): pdfium, pypdf, same word, pdfium word reversed")
    for name, by_pdfium, by_pypdf, same, reversed_ in report.arabic:
        print(f"  {name}: {by_pdfium}, {by_pypdf}, {same}, {reversed_}")


def main() -> None:
    """Parse the arguments, measure every PDF and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, default=list(DEFAULT_FOLDERS))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)  # pypdf logs a warning for every oddity it repairs
    warnings.simplefilter("ignore")
    report = Report()
    for folder in args.folders:
        root = folder.parent
        for path in sorted(folder.rglob("*.pdf")):
            measure(path, root, args.repeat, report)
    print_report(report, args.repeat)


if __name__ == "__main__":
    main()
