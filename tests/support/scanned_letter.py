"""Scanned pages of an invented letter that shows the case's passport number, as PDFs
whose only content is the picture (what a scanner or a phone app makes).

Three qualities: a clean 300 dpi scan; a phone photo (turned a few degrees, in
perspective, blurred, lit unevenly, JPEG quality 50: :func:`benchmarks.scan_pages.phone_like`);
and a page so blurred that OCR reads nothing sure on it, though a person can still make
out the number.  :func:`ocr_text` reads a PDF's pages back by OCR, independently of the
redaction code, for the tests' own check.
"""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageFilter

from benchmarks.scan_pages import draw_page, phone_like
from index.archive import Archive
from index.ingest.pipeline import Ingest, IngestOptions
from index.ocr.job import engine
from index.ocr.page import read_page
from tests.support.drafting import CASE_ID, OFFICE, SECRET_PASSPORT, realistic_case

LETTER = (
    "The Legal Aid Office in Peshawar confirms that the applicant",
    f"holds passport number {SECRET_PASSPORT} issued in Kabul in 2019.",
    "She attended an interview on 12 March 2024 with her two children.",
    "Please contact our office to arrange a time for the next visit.",
)
KEPT_WORDS = ("Peshawar", "interview", "children")  # on the letter, never redacted
_A4 = (2480, 3508)  # pixels at 300 dpi


def letter_page() -> Image.Image:
    """The letter drawn on an A4 page at 300 dpi (greyscale), in its top third."""
    drawn, _ = draw_page(LETTER, "eng", size=40)
    page = Image.new("L", _A4, 255)
    page.paste(drawn, (120, 300))
    return page


def clean_scan(path: Path) -> Path:
    """The letter as a flatbed scanner's PDF: one picture, no text."""
    return _as_pdf(letter_page(), path)


def phone_photo(path: Path) -> Path:
    """The letter photographed with a phone (a few degrees turned, blurred, JPEG 50)."""
    drawn, _ = draw_page(LETTER, "eng", size=40)
    photo = Image.open(io.BytesIO(phone_like(drawn, seed=3))).convert("L")
    page = Image.new("L", _A4, 235)
    page.paste(photo, (60, 240))
    return _as_pdf(page, path)


def poor_scan(path: Path) -> Path:
    """The letter scanned small and out of focus: the lines still show, OCR finds
    nothing it is sure of."""
    small = letter_page().reduce(2).filter(ImageFilter.GaussianBlur(3.5))
    return _as_pdf(small.resize(_A4), path)


def _as_pdf(image: Image.Image, path: Path) -> Path:
    image.save(path, "PDF", resolution=300)
    return path


def ocr_text(path: Path, password: str | None = None) -> list[str]:
    """Each page of the PDF at ``path`` rendered at 300 dpi and read by OCR."""
    document = pdfium.PdfDocument(str(path), password=password)
    try:
        texts = []
        for page in document:
            image = page.render(scale=300 / 72, grayscale=True).to_pil().convert("L")
            texts.append(read_page(image, engine()).text)
            page.close()
        return texts
    finally:
        document.close()


SCANS = {"scan.pdf": clean_scan, "photo.pdf": phone_photo, "blurred.pdf": poor_scan}


def build_scan_archive(root: Path, folder: Path, names: tuple[str, ...]) -> dict[str, int]:
    """An archive with the case, its office and the scans ``names`` (of :data:`SCANS`)
    linked to it; their ids by file name."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        SCANS[name](folder / name)
    with Archive.open(root, write=True) as archive:
        Ingest(archive, IngestOptions(cases=(CASE_ID,), workers=1)).run([folder])
        archive.cases.save(realistic_case())
        archive.cases.set_office(**OFFICE)
        found = {d.name: d.id for d, _ in archive.cases.documents(CASE_ID)}
    assert set(names) <= set(found), f"not ingested: {set(names) - set(found)}"
    return found


def shows_passport(text: str) -> bool:
    """Whether ``text`` (OCR's) shows the passport number, even with a character or two
    misread — checked here with plain edit distance, not the code under test."""
    flat = "".join(c for c in text if c.isalnum()).upper()
    target = SECRET_PASSPORT.upper()
    size = len(target)
    return any(
        _distance(flat[i : i + n], target) <= 2
        for n in (size - 1, size, size + 1)
        for i in range(max(1, len(flat) - n + 1))
    )


def _distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ca != cb))
    return row[-1]
