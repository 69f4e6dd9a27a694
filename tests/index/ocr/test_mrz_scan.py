"""A machine-readable zone on a scanned page, read by the real Tesseract and then checked:
the whole path from a picture to a zone, except storing the page's text."""

from __future__ import annotations

import io
from datetime import date

from PIL import Image

from benchmarks.scan_pages import phone_like
from index.ocr.job import engine
from index.ocr.page import read_page
from index.text.mrz import find_zones
from index.text.normalize import normalize_text
from tests.support import mrz

TODAY = date(2026, 6, 1)


def test_a_passport_zone_on_a_scan_is_read_and_checked() -> None:
    """GIVEN a 300 dpi scan of an invented passport page with its zone (monospaced)
    WHEN the page is read by Tesseract and its text searched for zones
    THEN the zone is found with every value right."""
    reading = read_page(mrz.scan_of(mrz.td3()), engine())
    zones = find_zones(normalize_text(reading.text), TODAY)
    (zone,) = zones.found
    assert (zone.number, zone.surname, zone.given_names) == ("P00015201", "QASIMI", "FARZANA")
    assert (zone.birth_date, zone.expiry, zone.nationality) == ("1994-07-01", "2031-03-01", "AFG")


def test_a_zone_photographed_sideways_is_read() -> None:
    """GIVEN the same page photographed by a phone, turned a quarter (blurred, in
    perspective, unevenly lit, JPEG quality 50)
    WHEN read and searched THEN the passport number and expiry are found, checked."""
    photo = phone_like(mrz.scan_of(mrz.td3(), size=40), turn=90, seed=2, quality=60, scale=1.0)
    reading = read_page(Image.open(io.BytesIO(photo)), engine())
    zones = find_zones(normalize_text(reading.text), TODAY)
    assert [(z.number, z.expiry) for z in zones.found] == [("P00015201", "2031-03-01")]
