"""A deterministic folder of invented legal-aid files, for ingest benchmarks.

The documents come from :mod:`benchmarks.corpus` (names in many spellings and in Arabic
script, case numbers, passport and A-numbers, dates, Persian sentences, filled form
fields); this module adds a few Pashto sentences and writes each document as a file of
the kind an office holds:

- statements, interview notes and case files as ``.txt`` (about a third) and as
  multi-page PDFs drawn by Qt (:mod:`benchmarks.archive_render`);
- visa-style forms as PDFs with filled AcroForm text fields;
- emails (``.eml``), about two thirds of them with one or two attachments (a PDF
  statement, a text note).

Every person, case and number is invented.  The same ``--count`` and ``--seed`` give
byte-identical files (on the same machine: PDFs embed the fonts it has).  Files are
written by one worker process per core, 1,000 to a folder::

    python -m benchmarks.archive_corpus --count 10000 --seed 7 /tmp/corpus
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import archive_render as render  # noqa: E402
from benchmarks.corpus import SyntheticDocument, documents  # noqa: E402

PER_FOLDER = 1000
TEXT_SHARE = 0.35  # of plain documents; the rest are PDFs
PASHTO_SHARE = 0.08  # of pages, which get one Pashto sentence more
# Invented Pashto sentences; {p} a person, {place} a place.
PASHTO_SENTENCES = (
    "زما نوم {p} دی او په {place} کې زېږېدلی یم.",
    "طالبانو دوه ځله زموږ کور ته راغلل او پلار یې مې ګواښلی.",
    "زما پاسپورت په لاره کې ورک شو، یوازې تذکره لرم.",
    "ما د بهرنیو ځواکونو لپاره د ژباړونکي په توګه کار کاوه.",
    "زما د ویزې غوښتنه په سفارت کې رد شوه.",
    "زه له بېرته استولو څخه ډارېږم.",
    "زما کورنۍ لا هم په کابل کې ژوند کوي.",
    "مرکه وځنډول شوه او نوې نېټه یې نه ده ټاکل شوې.",
)
NOTE_TITLES = ("Note on the phone call", "Checklist of documents", "Interpreter booking")


@dataclass(frozen=True)
class PlannedFile:
    """One file to write: where, what it is, and the document it holds.

    ``attachments`` are the documents an email carries, with ``".pdf"`` or ``".txt"``.
    """

    path: str  # relative to the output folder
    form: str  # "txt", "pdf", "form" or "eml"
    doc: SyntheticDocument
    key: str  # seeds the fixed IDs inside the file
    attachments: tuple[tuple[str, SyntheticDocument], ...] = ()


@dataclass(frozen=True)
class Generated:
    """What one run of :func:`generate` wrote."""

    files: int
    pdf_pages: int
    attachments: int
    bytes: int
    seconds: float

    @property
    def rate(self) -> float:
        """Files written per second."""
        return self.files / self.seconds if self.seconds else 0.0


# -- planning (one process, one random sequence) ------------------------------------------


def plan(count: int, seed: int = 7) -> Iterator[PlannedFile]:
    """The files of a corpus of ``count`` documents, always the same for the same seed."""
    for doc in documents(count, seed):
        rng = random.Random(f"{seed}:{doc.number}")
        doc = _with_pashto(doc, rng)
        folder = f"{(doc.number - 1) // PER_FOLDER:03d}"
        key = f"{seed}:{doc.number}"
        if doc.kind == "form":
            yield PlannedFile(f"{folder}/{_name(doc)}.pdf", "form", doc, key)
        elif doc.kind == "email":
            attachments = tuple(_attachments(doc, rng))
            yield PlannedFile(f"{folder}/{_name(doc)}.eml", "eml", doc, key, attachments)
        else:
            form = "txt" if rng.random() < TEXT_SHARE else "pdf"
            yield PlannedFile(f"{folder}/{_name(doc)}.{form}", form, doc, key)


def _name(doc: SyntheticDocument) -> str:
    """``0001234-statement-of-mohammad-ahmadzai`` (Latin letters only)."""
    words = re.findall(r"[a-z0-9]+", doc.title.lower())
    return "-".join([f"{doc.number:07d}", *words[:6]])


def _with_pashto(doc: SyntheticDocument, rng: random.Random) -> SyntheticDocument:
    pages = list(doc.pages)
    for i, page in enumerate(pages):
        if rng.random() < PASHTO_SHARE:
            person = rng.choice(doc.people).spelled if doc.people else ""
            sentence = rng.choice(PASHTO_SENTENCES).format(p=person, place="کابل")
            pages[i] = f"{page} {sentence}"
    return replace(doc, pages=pages)


def _attachments(
    doc: SyntheticDocument, rng: random.Random
) -> Iterator[tuple[str, SyntheticDocument]]:
    """None, one or two attachments: the email's pages as a PDF statement, a text note."""
    roll = rng.random()
    person = doc.people[0].spelled if doc.people else "the client"
    if roll < 0.35:
        return
    statement = replace(doc, title=f"Statement of {person}", kind="document")
    yield f"statement-{doc.number}.pdf", statement
    if roll > 0.8:
        note = replace(doc, title=rng.choice(NOTE_TITLES), kind="document", pages=doc.pages[:1])
        yield f"note-{doc.number}.txt", note


# -- writing (worker processes) ----------------------------------------------------------


def file_bytes(item: PlannedFile) -> bytes:
    """The content of one planned file."""
    doc = item.doc
    if item.form == "txt":
        return render.text_bytes(doc)
    if item.form == "pdf":
        return render.pdf_bytes(doc.title, doc.pages, doc.date, item.key)
    if item.form == "form":
        return render.form_bytes(doc, item.key)
    attachments = [
        (name, _attachment_bytes(name, part, f"{item.key}:{name}"))
        for name, part in item.attachments
    ]
    body = doc.pages[0] if attachments else "\n\n".join(doc.pages)
    return render.email_bytes(
        doc, f"Dear colleagues,\n\n{body}\n\nKind regards", attachments, item.key
    )


def _attachment_bytes(name: str, doc: SyntheticDocument, key: str) -> bytes:
    if name.endswith(".pdf"):
        return render.pdf_bytes(doc.title, doc.pages, doc.date, key)
    return render.text_bytes(doc)


def _write(job: tuple[Path, PlannedFile]) -> tuple[int, int, int]:
    """Write one file; returns (bytes, PDF pages, attachments)."""
    out, item = job
    data = file_bytes(item)
    path = out / item.path
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    pdf_pages = len(item.doc.pages) + (item.form == "form")
    pdf_pages = pdf_pages if item.form in ("pdf", "form") else 0
    pdf_pages += sum(len(d.pages) for n, d in item.attachments if n.endswith(".pdf"))
    return len(data), pdf_pages, len(item.attachments)


def _start_worker() -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["QT_HASH_SEED"] = "0"  # Qt orders embedded fonts by hash
    render.use_utc()


def generate(out: Path, count: int, seed: int = 7, workers: int = 0) -> Generated:
    """Write a corpus of ``count`` documents into ``out`` (which should be empty)."""
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    jobs = ((out, item) for item in plan(count, seed))
    context = multiprocessing.get_context("spawn")
    size = workers or os.cpu_count() or 1
    totals = [0, 0, 0]
    with context.Pool(size, initializer=_start_worker) as pool:
        for written in pool.imap_unordered(_write, jobs, chunksize=16):
            totals = [a + b for a, b in zip(totals, written, strict=True)]
    seconds = time.perf_counter() - started
    return Generated(count, totals[1], totals[2], totals[0], seconds)


def main(argv: list[str] | None = None) -> int:
    """``python -m benchmarks.archive_corpus --count N --seed S OUT_DIR``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, metavar="OUT_DIR")
    parser.add_argument("--count", type=int, default=1000, help="documents (default 1000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=0, help="processes (default: one a core)")
    args = parser.parse_args(argv)
    if args.out.exists() and any(args.out.iterdir()):
        parser.error(f"{args.out} is not empty; choose an empty or new folder")
    done = generate(args.out, args.count, args.seed, args.workers)
    print(
        f"{done.files} files ({done.attachments} attachments, {done.pdf_pages} PDF pages, "
        f"{done.bytes / 1e6:.1f} MB) in {done.seconds:.1f} s: {done.rate:.0f} files/s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
