"""Making a page image easier to read: greyscale, even light, the skew of its lines.

Phone photos of paper are lit unevenly (one corner in shadow), which defeats the single
threshold Tesseract picks for a whole page: part of the page turns black or the text
fades away.  Dividing the page by an estimate of its own background (the page with the
text removed by a maximum filter, then blurred) makes the paper evenly white and keeps
the ink dark.  Which steps are used was chosen by the character error rate they gave on
the benchmark's pages (docs/OCR.md), not by eye.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter, ImageOps

_BACKGROUND_SIDE = 200  # the background is estimated on a copy about this large
_SKEW_SIDE = 700  # the skew is measured on a copy about this large
_SKEW_LIMIT = 8.0  # degrees: larger angles are not "a little crooked"
# The grey stretched to black is the darkest 1% of the page, but never lighter than this:
# on a page with less than 1% ink (a few lines on a whole A4 scan) the darkest 1% is paper,
# and stretching paper to black turned JPEG noise around the letters into ink.
_DARKEST_BLACK_POINT = 128
# Paper whose darkest background is within 6% of its lightest is evenly lit (a scanner's):
# dividing by it would change no grey by more than that, so it is not divided.
_EVEN_PAPER = 0.94
# The language sample (``first_lines``), in pixels of the page read: a page whose ink spans
# less than _SAMPLE_MIN_SPAN is read whole; the sample is at least _SAMPLE_MIN_HEIGHT tall.
_SAMPLE_MIN_SPAN = 600
_SAMPLE_MIN_HEIGHT = 200
_SAMPLE_MARGIN = 20
_SAMPLE_GAP_SEARCH = 120  # the sample's cut is moved down at most this far, to a gap
# The part of a page read (``ink_bounds``): every grey darker than _INK_GREY (after the even
# light) is ink, and _INK_MARGIN pixels of paper are kept around it (Tesseract wants some).
_INK_GREY = 160
_INK_MARGIN = 60


def greyscale(image: Image.Image) -> Image.Image:
    """``image`` as 8-bit grey; transparency is laid on white (a scan's empty parts)."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(white, rgba)
    if image.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        image = ImageOps.autocontrast(image.convert("F").convert("L"))
    return image.convert("L")


def even_light(image: Image.Image) -> Image.Image:
    """The greyscale ``image`` divided by its background, then stretched to full contrast.
    A page whose paper is evenly light already (a scanner's) is only stretched."""
    factor = max(1, max(image.size) // _BACKGROUND_SIDE)
    small = image.reduce(factor) if factor > 1 else image.copy()
    # A maximum filter wider than a letter's stroke leaves only the paper around it.
    paper = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(6))
    darkest, lightest = paper.getextrema()
    if darkest >= lightest * _EVEN_PAPER:
        return _stretched(image)  # dividing by a flat background changes nothing
    background = np.asarray(paper.resize(image.size, Image.Resampling.BILINEAR), np.float32)
    pixels = np.asarray(image, np.float32)
    even = np.clip(pixels / np.maximum(background, 1.0) * 255.0, 0, 255)
    black = min(float(np.percentile(even, 1)), _DARKEST_BLACK_POINT)
    white = float(even.max())
    if white - black < 1:
        return Image.fromarray(even.astype(np.uint8))
    stretched = (even - black) * (255.0 / (white - black))
    return Image.fromarray(np.clip(stretched, 0, 255).astype(np.uint8))


def _stretched(image: Image.Image) -> Image.Image:
    """``image`` (evenly lit) with its darkest 1% (never lighter than mid-grey) made black
    and its lightest grey white: a lookup table over 8-bit greys, the percentile taken on
    every fourth pixel of every fourth row.  (Photos keep the stretch in floating point
    above: done this way after the division, 2 of 16 phone pages read a little worse.)"""
    pixels = np.asarray(image)
    black = min(float(np.percentile(pixels[::4, ::4], 1)), _DARKEST_BLACK_POINT)
    white = float(image.getextrema()[1])
    if white - black < 1:
        return image
    scale = 255.0 / (white - black)
    return image.point([round(min(255.0, max(0.0, (v - black) * scale))) for v in range(256)])


def ink_bounds(image: Image.Image, margin: int = _INK_MARGIN) -> tuple[int, int, int, int]:
    """The part of ``image`` that holds ink (any grey darker than :data:`_INK_GREY`, at
    full resolution: a faint footer is kept), grown by ``margin`` pixels on each side and
    kept inside the image; the whole image when it holds none."""
    found = image.point([255 if v < _INK_GREY else 0 for v in range(256)]).getbbox()
    if found is None:
        return (0, 0, image.width, image.height)
    left, top, right, bottom = found
    return (max(0, left - margin), max(0, top - margin),
            min(image.width, right + margin), min(image.height, bottom + margin))  # fmt: skip


def first_lines(image: Image.Image) -> Image.Image | None:
    """The top part of the text on an upright page (about a third of the height its ink
    spans), as a sample to tell its language by; None when the page holds too little
    text for a part of it to be a fair sample."""
    factor = max(1, max(image.size) // _SKEW_SIDE)
    small = image.reduce(factor) if factor > 1 else image
    ink = (np.asarray(small) < 128).sum(axis=1)
    rows = np.flatnonzero(ink > 2)
    if rows.size == 0:
        return None
    top, bottom = int(rows[0]) * factor, (int(rows[-1]) + 1) * factor
    if bottom - top < _SAMPLE_MIN_SPAN:
        return None
    cut = top + max((bottom - top) // 3, _SAMPLE_MIN_HEIGHT)
    cut = _gap_below(ink, cut // factor, _SAMPLE_GAP_SEARCH // factor) * factor
    return image.crop((0, max(0, top - _SAMPLE_MARGIN), image.width, cut))


def _gap_below(ink: np.ndarray, row: int, reach: int) -> int:
    """The row with the least ink (``ink``: each row's count) from ``row`` to ``reach``
    rows below: a cut there falls between two lines — a line cut through its middle was
    read as fragments, whose stray letters could point to the wrong language."""
    end = min(len(ink), row + max(2, reach))
    if end <= row:
        return min(row, len(ink))
    return row + int(np.argmin(ink[row:end]))


def lines_across(image: Image.Image) -> bool:
    """True when the text lines of ``image`` run across it (the page is upright or upside
    down), False when they run up and down (it lies on its side): the rows' sums of ink
    vary more sharply than the columns' when the lines lie across, and the other way
    round when they stand.  About 0.005 CPU s a page, no reading needed."""
    ink = _ink(image, _SKEW_SIDE // 2)
    angles = np.arange(-_SKEW_LIMIT, _SKEW_LIMIT + 0.01, 2.0)
    standing = ink.transpose(Image.Transpose.ROTATE_90)
    return _sharpest(ink, angles)[1] >= _sharpest(standing, angles)[1]


def skew_angle(image: Image.Image) -> float:
    """The small angle (degrees, counter-clockwise) that makes the text lines level: the
    one whose row sums of ink vary most (lines and the gaps between them sharpest),
    searched every degree, then every quarter degree around the best."""
    ink = _ink(image, _SKEW_SIDE)
    # The whole range is searched on a copy half as large (a degree is still several
    # pixels across its width); only the quarter degrees around the best on the full one.
    coarse = _best_angle(
        _ink(image, _SKEW_SIDE // 2), np.arange(-_SKEW_LIMIT, _SKEW_LIMIT + 0.01, 1.0)
    )
    return _best_angle(ink, np.arange(coarse - 0.75, coarse + 0.76, 0.25))


def _ink(image: Image.Image, side: int) -> Image.Image:
    """The dark pixels of a copy of ``image`` about ``side`` pixels large, white on black."""
    factor = max(1, max(image.size) // side)
    small = image.reduce(factor) if factor > 1 else image
    return ImageOps.invert(small).point(lambda v: 255 if v > 96 else 0)


def _best_angle(ink: Image.Image, angles: np.ndarray) -> float:
    return round(_sharpest(ink, angles)[0], 2)


def _sharpest(ink: Image.Image, angles: np.ndarray) -> tuple[float, float]:
    """The angle among ``angles`` at which the rows' sums of ink vary most, and how much
    (the sum of the squared steps between neighbouring rows)."""
    best, best_score = 0.0, -1.0
    for angle in angles:
        rows = np.asarray(ink.rotate(float(angle), expand=True), np.float32).sum(axis=1)
        score = float(np.square(np.diff(rows)).sum())
        if score > best_score:
            best, best_score = float(angle), score
    return best, best_score
