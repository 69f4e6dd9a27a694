"""Redacting scans: a value in a picture is found by OCR and painted out, a page too poor
to read is blacked out or refused, and the read-back reads pictures by OCR.

Real Tesseract on generated scans of an invented letter (tests/support/scanned_letter.py).
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import numpy as np
import pypdf
import pypdfium2 as pdfium
import pytest

from desktop.packets.assemble import PacketCancelled
from desktop.packets.keep import KeptPacket, build_and_keep
from desktop.packets.model import Packet, PacketOptions, UnreadableScans
from desktop.redaction.check import leaks
from desktop.redaction.kinds import redaction_for
from desktop.redaction.pages import WITHHELD
from index.archive import Archive
from tests.support.drafting import CASE_ID, SECRET_PASSPORT, realistic_case
from tests.support.scanned_letter import KEPT_WORDS, build_scan_archive, ocr_text, shows_passport

NAMES = ("scan.pdf", "photo.pdf", "blurred.pdf")


@pytest.fixture(scope="module")
def scan_archive(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    """An archive with the case and three scans of the letter: clean, phone photo, blurred."""
    folder = tmp_path_factory.mktemp("scans")
    return folder / "archive", build_scan_archive(folder / "archive", folder / "docs", NAMES)


def build(
    root: Path, ids: dict[str, int], names: tuple[str, ...], cancelled=None, **options
) -> KeptPacket:
    packet = Packet(
        "Scans", CASE_ID, tuple(ids[n] for n in names), None, PacketOptions(toc=False, **options)
    )
    with Archive.open(root, write=True) as archive:
        return build_and_keep(archive, packet, cancelled=cancelled)


def test_the_passport_on_a_scan_and_a_phone_photo_is_painted_out(scan_archive) -> None:
    """GIVEN a clean scan and a phone photo of a letter showing the passport number (PDFs
    holding only a picture)
    WHEN a packet is built with --redact passport
    THEN both pages are listed as made pictures (found by OCR), OCR of the packet does not
    find the number (not even within two misread characters), the rest of the letter is
    still readable, and the pages have no text but their stamps."""
    root, ids = scan_archive
    kept = build(root, ids, ("scan.pdf", "photo.pdf"), redact=("passport",))
    manifest = kept.manifest
    assert [(p.page, p.stamp, p.matches) for p in manifest.redacted] == [
        (1, "CD-000001", 1),
        (2, "CD-000002", 1),
    ]
    assert manifest.withheld == () and manifest.read_by_ocr == 2
    read = ocr_text(kept.output.path)
    assert len(read) == 2
    for text in read:
        assert not shows_passport(text)
        assert all(word in text for word in KEPT_WORDS)
    reader = pypdf.PdfReader(kept.output.path)
    assert [p.extract_text().strip() for p in reader.pages] == ["CD-000001", "CD-000002"]


def test_a_scan_unredacted_shows_the_passport(scan_archive) -> None:
    """GIVEN the same two pages WHEN built without redaction THEN OCR finds the number on
    both (so the test above proves something), and the read-back check, given the
    redaction, refuses it by OCR alone: the pages have no text layer to find it in."""
    root, ids = scan_archive
    kept = build(root, ids, ("scan.pdf", "photo.pdf"))
    assert all(shows_passport(text) for text in ocr_text(kept.output.path))
    redaction = redaction_for(realistic_case(), ["passport"])
    assert leaks(kept.output.path, redaction) == ["page 1 picture", "page 2 picture"]


def test_a_page_too_poor_to_read_is_blacked_out_whole(scan_archive) -> None:
    """GIVEN a scan so blurred that OCR reads nothing sure on it (a person can still make
    out the number) after a clean scan
    WHEN a redacted packet is built (default policy)
    THEN the blurred page is listed as withheld with its stamp, not as made a picture, and
    is a black page whose only text is the withheld line and its stamp."""
    root, ids = scan_archive
    kept = build(root, ids, ("scan.pdf", "blurred.pdf"), redact=("passport",))
    manifest = kept.manifest
    assert [(p.page, p.stamp) for p in manifest.withheld] == [(2, "CD-000002")]
    assert [p.page for p in manifest.redacted] == [1]
    assert manifest.as_json()["withheld_pages"][0]["stamp"] == "CD-000002"
    page = pypdf.PdfReader(kept.output.path).pages[1]
    assert " ".join(page.extract_text().split()) == f"{WITHHELD} CD-000002"
    document = pdfium.PdfDocument(str(kept.output.path))
    pixels = np.asarray(document[1].render(scale=0.5, grayscale=True).to_pil().convert("L"))
    document.close()
    assert (pixels < 64).mean() > 0.95


def test_refuse_names_the_page_and_keeps_nothing(scan_archive) -> None:
    """GIVEN the blurred scan after the clean one WHEN a redacted packet is built with the
    refuse policy THEN UnreadableScans names the blurred page by its stamp (never the
    value) and nothing is added to outputs/."""
    root, ids = scan_archive
    before = sorted((root / "outputs").iterdir())
    with pytest.raises(UnreadableScans, match="CD-000002") as refused:
        build(root, ids, ("scan.pdf", "blurred.pdf"), redact=("passport",), scan_policy="refuse")
    assert refused.value.stamps == ("CD-000002",)
    assert SECRET_PASSPORT not in str(refused.value)
    assert sorted((root / "outputs").iterdir()) == before


def _black(path: Path, index: int) -> float:
    document = pdfium.PdfDocument(str(path))
    pixels = np.asarray(document[index].render(scale=0.5, grayscale=True).to_pil().convert("L"))
    document.close()
    return float((pixels < 64).mean())


def test_a_page_past_the_ocr_time_limit_is_blacked_out_and_its_reader_killed(
    scan_archive,
) -> None:
    """GIVEN the clean scan, readable in a second or two, and a time limit per page far
    below that (0.01 s)
    WHEN a redacted packet is built
    THEN the page's reading is killed at the limit: the page is withheld (a black page with
    the withheld line), nothing is counted as read by OCR, the packet is still kept, and
    no reader process is left running."""
    root, ids = scan_archive
    kept = build(root, ids, ("scan.pdf",), redact=("passport",), ocr_seconds=0.01)
    manifest = kept.manifest
    assert [(p.page, p.stamp) for p in manifest.withheld] == [(1, "CD-000001")]
    assert manifest.redacted == () and manifest.read_by_ocr == 0
    assert _black(kept.output.path, 0) > 0.95
    assert multiprocessing.active_children() == []


def test_a_page_past_the_ocr_time_limit_refuses_the_packet_under_refuse(scan_archive) -> None:
    """GIVEN the phone photo and a 0.01 s time limit per page WHEN a redacted packet is
    built with the refuse policy THEN UnreadableScans names the page, nothing is added to
    outputs/, and no reader process is left running."""
    root, ids = scan_archive
    before = sorted((root / "outputs").iterdir())
    with pytest.raises(UnreadableScans) as refused:
        build(root, ids, ("photo.pdf",), redact=("passport",), scan_policy="refuse",
              ocr_seconds=0.01)  # fmt: skip
    assert refused.value.stamps == ("CD-000001",)
    assert sorted((root / "outputs").iterdir()) == before
    assert multiprocessing.active_children() == []


def test_cancel_while_a_scan_is_read_kills_its_reader(scan_archive) -> None:
    """GIVEN a redacted packet of two scans WHEN Cancel is pressed as soon as the OCR
    reader process exists (while it reads the first page) THEN the build stops with
    PacketCancelled without waiting for the page, nothing is kept, and the reader process
    is gone."""
    root, ids = scan_archive
    before = sorted((root / "outputs").iterdir())
    with pytest.raises(PacketCancelled):
        build(root, ids, ("scan.pdf", "photo.pdf"), redact=("passport",),
              cancelled=lambda: bool(multiprocessing.active_children()))  # fmt: skip
    assert sorted((root / "outputs").iterdir()) == before
    assert multiprocessing.active_children() == []
