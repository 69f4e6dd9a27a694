"""Pictures as documents: JPEG, PNG, TIFF, WebP, BMP, GIF and HEIC/HEIF phone photos.

A picture is one page (a multi-page TIFF one page per frame; a GIF its first frame) with
no text yet: every page is flagged *needs OCR*, and reading the text is a later step
(``index.ocr``) run page by page in the same killable workers, so that files with text are
searchable first and a cancelled or killed run keeps the pages already read.

Decisions:

* ``score`` is 100 for the magic bytes of a format listed here, and 0 otherwise: a name
  alone (``.jpg``) proves nothing, and a file named ``.jpg`` that is not one is reported
  as what it is (or damaged) by the registry.
* Size is checked from the header, before anything is decoded: a picture wider or taller
  than :data:`MAX_SIDE` or larger than :data:`MAX_PIXELS` is a *too large* problem naming
  its size (a few kilobytes of PNG can claim gigapixels: a decompression bomb).  Pillow's
  own bomb check is set to the same limit, so it agrees.
* Every page is decoded once (JPEGs at a reduced scale, which still reads every byte), so
  a truncated or corrupt picture is a *damaged* problem now, not a surprise in OCR.
* The original is kept byte for byte by the ingest; EXIF orientation is applied when the
  page is read (:func:`open_page`), never to the stored file.
* ``date`` is the EXIF date the photo was taken, when it has one.
"""

from __future__ import annotations

import datetime
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pillow_heif
from PIL import Image, ImageOps, UnidentifiedImageError

from index.extract.base import Extraction, ExtractionFailed, ExtractOptions
from index.problems import ProblemKind

MAX_SIDE = 25_000  # pixels: a page scanned at 600 dpi is about 7,000 by 10,000
MAX_PIXELS = 100_000_000
MAX_FRAMES = 2_000  # pages of one TIFF
_VERIFY_SIDE = 1024  # JPEGs are decoded at a scale about this large to check them

Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # Pillow refuses twice this outright, and warns above
pillow_heif.register_heif_opener()

# Magic bytes → the format's name in Pillow's words.
_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\xff\xd8\xff", 0, "JPEG"),
    (b"\x89PNG\r\n\x1a\n", 0, "PNG"),
    (b"II*\x00", 0, "TIFF"),
    (b"MM\x00*", 0, "TIFF"),
    (b"GIF87a", 0, "GIF"),
    (b"GIF89a", 0, "GIF"),
    (b"WEBP", 8, "WEBP"),
)
_HEIF_BRANDS = (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1")
_BMP_HEADER_SIZES = (12, 40, 52, 56, 64, 108, 124)
_EXIF_ORIENTATION = 0x0112
_SIDEWAYS = (5, 6, 7, 8)  # EXIF orientations that swap width and height
_EXIF_TAKEN = 0x9003  # DateTimeOriginal, in the Exif sub-IFD
_EXIF_IFD = 0x8769
_EXIF_DATETIME = 0x0132


def picture_format(head: bytes) -> str:
    """The picture format ``head`` starts, in Pillow's words ("JPEG"), or ``""``."""
    for magic, offset, name in _MAGIC:
        if head[offset : offset + len(magic)] == magic and (name != "WEBP" or head[:4] == b"RIFF"):
            return name
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "HEIF"
    if _is_bmp(head):
        return "BMP"
    return ""


def _is_bmp(head: bytes) -> bool:
    """BMP's magic is only two letters ("BM"), so its reserved bytes and the size of its
    second header must also be what every BMP writer puts there."""
    return (
        head[:2] == b"BM"
        and head[6:10] == b"\0\0\0\0"
        and int.from_bytes(head[14:18], "little") in _BMP_HEADER_SIZES
    )


class ImageExtractor:
    """Reads pictures: their pages, size and date; their text comes later, from OCR."""

    name = "image"
    # What "Open with CaseDesk" is offered for (the desktop entry's MimeType list).
    mime_types = (
        "image/jpeg",
        "image/png",
        "image/tiff",
        "image/webp",
        "image/bmp",
        "image/gif",
        "image/heic",
        "image/heif",
    )

    def score(self, head: bytes, suffix: str) -> int:
        """100 when the first bytes are a picture format's, else 0."""
        return 100 if picture_format(head) else 0

    def extract(self, path: Path, options: ExtractOptions) -> Extraction:
        """The picture's pages, all flagged for OCR, after checking every one decodes."""
        with open_picture(path) as picture:
            kind = picture.format or "picture"
            frames = _page_count(picture)
            for page in range(1, frames + 1):
                _check_page(picture, page)
            metadata = {"picture": kind, "width": str(picture.width)}
            metadata["height"] = str(picture.height)
            taken = _date_taken(picture)
        return Extraction(
            format="image",
            pages=("",) * frames,
            date=taken,
            metadata=metadata,
            needs_ocr=tuple(range(1, frames + 1)),
        )


@contextmanager
def open_picture(path: Path) -> Iterator[Image.Image]:
    """The picture at ``path``, opened (header read, nothing decoded) and size-checked;
    every failure is an :class:`ExtractionFailed` with a problem in plain words."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            picture = Image.open(path)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ExtractionFailed.of(ProblemKind.TOO_LARGE, limit=_too_large_words(path)) from None
    except UnidentifiedImageError:
        raise _damaged("CaseDesk could not make out the picture") from None
    except OSError as error:
        raise _damaged("the picture could not be opened", type(error).__name__) from None
    with picture:
        _check_size(picture.width, picture.height)
        yield picture


def open_page(path: Path, page: int, max_side: int = 0) -> tuple[Image.Image, tuple[int, int]]:
    """Page ``page`` (from 1) of a picture as a viewer shows it (EXIF orientation applied),
    and its full size so shown; reduced to at most ``max_side`` pixels a side when that is
    given (JPEGs are then decoded at the reduced scale directly: faster, and smaller)."""
    with open_picture(path) as picture:
        picture.seek(page - 1)
        full = picture.size
        if max_side and picture.format == "JPEG":
            picture.draft("RGB", (max_side, max_side))
        try:
            picture.load()
            turned = picture.getexif().get(_EXIF_ORIENTATION, 1) in _SIDEWAYS
            upright = ImageOps.exif_transpose(picture)
        except (OSError, SyntaxError, ValueError, EOFError) as error:
            raise _damaged("the picture is cut short or corrupt", type(error).__name__) from None
    if max_side and max(upright.size) > max_side:
        upright.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    return upright, (full[1], full[0]) if turned else full


def _check_size(width: int, height: int) -> None:
    if max(width, height) > MAX_SIDE or width * height > MAX_PIXELS:
        raise ExtractionFailed.of(ProblemKind.TOO_LARGE, limit=_size_words(width, height))


def _size_words(width: int, height: int) -> str:
    megapixels = width * height / 1e6
    return (
        f"the picture is {width:,} by {height:,} pixels ({megapixels:,.0f} million); CaseDesk "
        f"reads pictures up to {MAX_SIDE:,} pixels a side and {MAX_PIXELS // 1_000_000} million "
        "pixels"
    )


def _too_large_words(path: Path) -> str:
    """The words for a picture Pillow refused as a bomb (its size, read without Pillow's check)."""
    limit, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None
    try:
        with Image.open(path) as picture:
            return _size_words(picture.width, picture.height)
    except Exception:
        return f"the picture claims more than {MAX_PIXELS // 1_000_000} million pixels"
    finally:
        Image.MAX_IMAGE_PIXELS = limit


def _page_count(picture: Image.Image) -> int:
    if picture.format != "TIFF":
        return 1  # a GIF's or WebP's later frames are animation, a HEIF's others thumbnails
    frames = getattr(picture, "n_frames", 1)
    if frames > MAX_FRAMES:
        raise ExtractionFailed.of(
            ProblemKind.TOO_LARGE,
            limit=f"it has {frames:,} pages; CaseDesk reads TIFF files up to {MAX_FRAMES:,}",
        )
    return frames


def _check_page(picture: Image.Image, page: int) -> None:
    """Decode page ``page`` once: a truncated or corrupt one fails here."""
    try:
        picture.seek(page - 1)
        _check_size(picture.width, picture.height)
        if picture.format == "JPEG":
            picture.draft(picture.mode, (_VERIFY_SIDE, _VERIFY_SIDE))
        picture.load()
    except ExtractionFailed:
        raise
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        raise _damaged("the picture is cut short or corrupt", type(error).__name__) from None


def _damaged(what: str, detail: str = "") -> ExtractionFailed:
    return ExtractionFailed.of(ProblemKind.DAMAGED, what=what, detail=detail)


def _date_taken(picture: Image.Image) -> str:
    """The EXIF date the photo was taken (or the file's EXIF date), as ``YYYY-MM-DD``."""
    try:
        exif = picture.getexif()
        value = exif.get_ifd(_EXIF_IFD).get(_EXIF_TAKEN) or exif.get(_EXIF_DATETIME) or ""
        year, month, day = (int(part) for part in str(value)[:10].split(":"))
        return datetime.date(year, month, day).isoformat()
    except Exception:  # no EXIF, or a date that is not one: the picture has no date
        return ""
