"""OCR as work for the extraction pool: one page of one stored file per job.

A page per job, not a document: each page is bounded by the pool's time and memory limits
(a 300-page scan as one job would pass any sensible time limit), and the pages read are
what survives a cancel or a kill, so a run after it does only the rest.  The engine is
made once per worker process and keeps its language models loaded between pages.

A page already rendered in the caller (a packet's page being redacted) is read the same
way: :func:`picture_job` sends its pixels to the worker, so a hostile or huge picture is
bounded by the same limits and killed from outside.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial
from pathlib import Path
from typing import Any

from PIL import Image

from index.extract.base import ExtractOptions
from index.extract.pool import Job
from index.ocr.page import Likely, read_page
from index.ocr.reading import PageReading
from index.ocr.sources import page_image
from index.ocr.tesseract import TesseractEngine


@cache
def engine() -> TesseractEngine:
    """This process's engine (made on the first page it reads)."""
    return TesseractEngine()


# The last page this process read with words: the next one (most often the same
# document's next page) is tried first in its script, and as it lies only when that page
# lay upright — after a page that had to be turned, the next goes straight to OSD (a batch
# of photos turned every which way would otherwise pay a failed reading on many pages).
# Its language too, and which file it came from: the next page of the same document is
# read first in that language (``Likely``); a page of another file, or a page sent as
# pixels, is not (its language is told by its first lines).
_last: dict[str, Any] = {"script": "", "upright": True, "document": "", "likely": None}


def read_image(image: Image.Image, *, document: str = "", **how: Any) -> PageReading:
    """``image`` read by this process's engine as the last page suggests; ``document``
    names the file it is a page of ("" when it is not one)."""
    same = bool(document) and document == _last["document"]
    reading = read_page(
        image,
        engine(),
        script=str(_last["script"]),
        as_it_lies=bool(_last["upright"]),
        likely=_last["likely"] if same else None,
        **how,
    )
    if reading.words:
        likely = Likely(reading.script, reading.languages, reading.confidence)
        _last.update(script=reading.script, upright=reading.rotation == 0, likely=likely)
    _last["document"] = document if reading.words else ""
    return reading


def read_scan_page(path: Path, suffix: str, options: ExtractOptions, *, page: int) -> PageReading:
    """Read page ``page`` of the stored file at ``path`` (run in a worker; ``suffix`` is
    unused: pictures and PDFs are known by their first bytes)."""
    del suffix
    source = page_image(path, page, options)
    return read_image(source.image, document=str(path), size=source.size, dpi=source.dpi)


def read_rendered(
    path: Path,
    suffix: str,
    options: ExtractOptions,
    *,
    pixels: bytes,
    mode: str,
    size: tuple[int, int],
    dpi: int,
) -> PageReading:
    """Read a page image sent as its pixels (run in a worker; no file is involved)."""
    del path, suffix, options
    return read_image(Image.frombytes(mode, size, pixels), dpi=dpi)


def picture_job(token: Any, image: Image.Image, dpi: int = 0) -> Job:
    """One pool job reading ``image`` (a page rendered at ``dpi``) in a worker."""
    read = partial(read_rendered, pixels=image.tobytes(), mode=image.mode, size=image.size, dpi=dpi)
    return Job(token, Path(), "", ExtractOptions(), read=read)


def page_jobs(
    token: Any,
    path: Path,
    pages: tuple[int, ...],
    options: ExtractOptions | None = None,
    then: Callable[[PageReading], Any] | None = None,
) -> list[Job]:
    """One pool job per page to read; each job's token is ``(token, page)``.  ``then``,
    when given, is applied to the reading in the worker (see :class:`Job`)."""
    options = options or ExtractOptions()
    return [
        Job((token, page), path, "", options, then, read=partial(read_scan_page, page=page))
        for page in pages
    ]
