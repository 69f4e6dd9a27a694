"""Tesseract 5 through tesserocr (its C++ API in this process), the one engine today.

Why tesserocr and not pytesseract (which runs the ``tesseract`` program per page): the
language models stay loaded between pages, and reading happens inside the worker process,
so the pool's memory watch sees it and a kill ends it — a program started by pytesseract
would go on running, and leave its temporary files, after its worker was killed (figures
in docs/OCR.md).  The language data is Debian's (``tesseract-ocr-*``), found where Debian
puts it unless ``TESSDATA_PREFIX`` says otherwise.  Each worker keeps one Tesseract
instance per language set it met (a few at most), so only the first page in a language
pays for loading its model.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from functools import cache
from pathlib import Path

from PIL import Image

from index.errors import CaseDeskError
from index.ocr.engine import Orientation, RawWord

# Tesseract reads one page on one core: the extraction pool already runs a worker per core.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

# Imported after OMP_THREAD_LIMIT is set: the library reads it when it loads.
import tesserocr

_TESSDATA_PLACES = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
)
# Language sets kept loaded per worker: OSD and the four languages read (with Debian's
# models all five take about 50 MB more than none).  Three had a batch mixing the four
# languages load a model again every page or two (0.6 CPU s in 16 phone pages).
_KEPT = 6
_WORD_LEVEL = "5"
OSD_SAMPLE = 50  # Tesseract's own ``min_characters_to_try``


class OcrUnavailable(CaseDeskError):
    """Tesseract's language data is missing: an installation fault, not a file's."""


@cache
def tessdata() -> Path:
    """The folder holding the ``.traineddata`` files."""
    given = os.environ.get("TESSDATA_PREFIX")
    for place in (given, *_TESSDATA_PLACES) if given else _TESSDATA_PLACES:
        if place and (Path(place) / "osd.traineddata").is_file():
            return Path(place)
    raise OcrUnavailable(
        "CaseDesk cannot read scans on this computer: Tesseract's language data is not "
        "installed. Run tools/bootstrap.sh again."
    )


def installed_languages() -> frozenset[str]:
    """The language codes whose data is installed ("eng", "fas", …)."""
    return frozenset(p.stem for p in tessdata().glob("*.traineddata"))


class TesseractEngine:
    """Tesseract behind the :class:`~index.ocr.engine.Engine` seam."""

    def __init__(self) -> None:
        self.label = f"tesseract {tesserocr.tesseract_version().split()[1]}"
        self._apis: OrderedDict[str, tesserocr.PyTessBaseAPI] = OrderedDict()

    def _api(self, languages: str) -> tesserocr.PyTessBaseAPI:
        """A loaded Tesseract for ``languages`` (kept for the next pages)."""
        api = self._apis.pop(languages, None)
        if api is None:
            missing = set(languages.split("+")) - installed_languages()
            if missing:
                raise OcrUnavailable(
                    f"CaseDesk cannot read scans in {', '.join(sorted(missing))}: the "
                    "language data is not installed. Run tools/bootstrap.sh again."
                )
            psm = tesserocr.PSM.OSD_ONLY if languages == "osd" else tesserocr.PSM.AUTO
            api = tesserocr.PyTessBaseAPI(path=f"{tessdata()}/", lang=languages, psm=psm)
        self._apis[languages] = api
        while len(self._apis) > _KEPT:
            self._apis.popitem(last=False)[1].End()
        return api

    def orientation(self, image: Image.Image, sample: int = 0) -> Orientation | None:
        """Tesseract's orientation and script detection; None when it finds too little.
        It looks at ``sample`` characters or more (up to five times as many, fewer when
        it is sure early); 0: Tesseract's own number, :data:`OSD_SAMPLE`."""
        api = self._api("osd")
        api.SetVariable("min_characters_to_try", str(sample or OSD_SAMPLE))
        api.SetImage(image)
        found = api.DetectOrientationScript()
        api.Clear()
        if not found:
            return None
        return Orientation(
            turn=int(found["orient_deg"]) % 360,
            confidence=float(found["orient_conf"]),
            script=str(found["script_name"]),
            script_confidence=float(found["script_conf"]),
        )

    def read(self, image: Image.Image, languages: str) -> tuple[RawWord, ...]:
        """Every word Tesseract finds, in its reading order (from its TSV output, whose
        words are in logical order even right to left, unlike its word iterator)."""
        api = self._api(languages)
        api.SetImage(image)
        try:
            tsv = api.GetTSVText(0)
        finally:
            api.Clear()
        return tuple(_words(tsv))


def _words(tsv: str) -> list[RawWord]:
    """The word rows of Tesseract's TSV, each with its line numbered from 1."""
    words: list[RawWord] = []
    lines: dict[tuple[str, str, str], int] = {}
    for row in tsv.splitlines():
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != _WORD_LEVEL or not cells[11].strip():
            continue
        left, top, width, height = (int(c) for c in cells[6:10])
        line = lines.setdefault((cells[2], cells[3], cells[4]), len(lines) + 1)
        box = (left, top, left + width, top + height)
        words.append(RawWord(cells[11].strip(), box, max(0.0, float(cells[10])), line))
    return words
