"""A scanned PDF page's own picture, taken as it is instead of rendering the page.

A scanner's PDF page is one picture covering the page.  Rendering it at the reading's
resolution decodes the picture and resamples it onto a canvas a pixel larger — about 0.1
CPU s an A4 page, several times the decoding alone (docs/OCR.md, *Read once*) — and
blurs it by that resampling.  When the page is nothing but such a picture, already at the
resolution it would be rendered at, its pixels are the page: they are what the scanner
gave, and what plain Tesseract is given when it reads the scanner's picture.

Anything else on the page — a second object, an annotation, a turn, a picture placed
askew, at another resolution, or in a colour space other than grey or RGB (a stencil
mask, CMYK, an indexed palette) — and the page is rendered as before.
"""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

_SAME_DPI = 0.02  # the picture's resolution within 2% of the one the page would render at
_EDGE_PT = 1.0  # the picture's edges within a point of the page's
_PLAIN_COLOURS = (pdfium_c.FPDF_COLORSPACE_DEVICEGRAY, pdfium_c.FPDF_COLORSPACE_DEVICERGB)


def scanned_picture(page: pdfium.PdfPage, dpi: int) -> Image.Image | None:
    """The page's only content, a picture covering it upright at about ``dpi``, as grey;
    None when the page is anything else (it is rendered then)."""
    if page.get_rotation() or pdfium_c.FPDFPage_GetAnnotCount(page) != 0:
        return None
    objects = list(page.get_objects(max_depth=1))
    if len(objects) != 1 or not isinstance(objects[0], pdfium.PdfImage):
        return None
    picture = objects[0]
    if not _covers(picture, page.get_cropbox(), dpi):
        return None
    if picture.get_metadata().colorspace not in _PLAIN_COLOURS:
        return None
    return picture.get_bitmap(render=False).to_pil().convert("L")


def _covers(picture: pdfium.PdfImage, box: tuple[float, float, float, float], dpi: int) -> bool:
    """Whether ``picture`` lies upright over the whole ``box`` at about ``dpi``."""
    matrix = picture.get_matrix()
    if matrix.b or matrix.c or matrix.a <= 0 or matrix.d <= 0:
        return False
    if any(abs(a - b) > _EDGE_PT for a, b in zip(picture.get_bounds(), box, strict=True)):
        return False
    width_px, height_px = picture.get_px_size()
    native = width_px * 72 / matrix.a, height_px * 72 / matrix.d
    return all(abs(d - dpi) <= dpi * _SAME_DPI for d in native)
