"""OCR quality and speed: CaseDesk's page reading beside plain Tesseract and OCRmyPDF.

Pages are generated with known text (``benchmarks/scan_pages.py``: an invented office
letter in English, Dari, Pashto and Urdu): clean 300 dpi scans, and phone-like photos of
them (turned 90/180/270 degrees or not, a few degrees more, perspective, blur, uneven
light, JPEG quality 50), and scanner-like pages (A4, upright, skewed up to 3 degrees,
JPEG quality 75).  Every page is read three ways in the same run:

* **CaseDesk**: ``index.ocr.job.read_image`` in this process, as a worker reads a page
  (its models loaded once, the last page's script tried first);
* **tesseract**: the ``tesseract`` program, default settings, told the page's language
  (``-l fas`` for a Dari page: the best it can do; ``OMP_THREAD_LIMIT=1``, one core);
* **OCRmyPDF**: ``ocrmypdf --rotate-pages --deskew -l LANG`` (paperless-ngx's engine),
  told the language too, its text from ``--sidecar``.

Character error rate (CER) is the edit distance between what was read and the truth over
the truth's length, both folded as search folds them (case, Arabic letter forms, digits;
spaces collapsed); word recall is the share of the truth's words found among the words
read.  Then a batch of phone-like pages (``--batch``) is added to a new archive as
``casedesk add`` adds them — the pictures first, then the second phase reading them page
by page through the extraction pool and storing each page — watched for wall time and the
memory of all its processes; its wall time is set against the CPU seconds plain tesseract
needed for the same pages divided by the cores.  ``--scan-batch`` does the same with pages
as a sheet-fed scanner gives them (PDFs of five upright A4 pages, skewed a few degrees).
Benchmarks are measurements, not tests::

    .venv/bin/python -m benchmarks.ocr --batch 200 --scan-batch 200
    .venv/bin/python -m benchmarks.ocr --per-language 1 --batch 20 --no-ocrmypdf   # quick
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path
from statistics import mean

from PIL import Image

from benchmarks.process_watch import run_watched
from benchmarks.scan_pages import TEXTS, clean_page, phone_like, scan_like, words_of
from index.ocr.job import engine, read_image
from index.text.normalize import fold

TURNS = (0, 90, 180, 270)
SCAN_DOCUMENT = 5  # pages in each PDF of the scan batch
RESULTS = Path(__file__).parent / "results"


@dataclass(frozen=True)
class Sample:
    """One generated page: where it is, its language, kind and the text on it."""

    path: Path
    language: str
    kind: str  # "clean" or "phone"
    turn: int
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Score:
    """One page read one way."""

    reader: str
    language: str
    kind: str
    turn: int
    cer: float
    recall: float
    cpu_s: float


def make_samples(folder: Path, per_language: int) -> list[Sample]:
    """``per_language`` clean pages, as many phone-like pages per turn and as many
    scanner-like pages (A4, upright, skewed up to 3 degrees), per language."""
    samples = []
    for language, lines in TEXTS.items():
        for n in range(per_language):
            shown = lines[n % 3 :] + lines[: n % 3]  # each page its own order of lines
            page = clean_page(shown, language, size=46 + 4 * (n % 3))
            path = folder / f"{language}-clean-{n}.png"
            page.save(path, dpi=(300, 300))
            samples.append(Sample(path, language, "clean", 0, shown))
            for turn in TURNS:
                photo = folder / f"{language}-phone-{turn}-{n}.jpg"
                photo.write_bytes(phone_like(page, turn=turn, seed=n * 7 + turn))
                samples.append(Sample(photo, language, "phone", turn, shown))
            scan = folder / f"{language}-scan-{n}.jpg"
            scan.write_bytes(scan_like(page, seed=n * 7 + 1))
            samples.append(Sample(scan, language, "scan", 0, shown))
    return samples


def _normal(text: str) -> str:
    return " ".join(fold(word) for word in text.split())


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def score(reader: str, sample: Sample, text: str, cpu: float) -> Score:
    """CER and word recall of ``text`` against the sample's truth."""
    truth = _normal(" ".join(sample.lines))
    found = Counter(fold(w.strip(".,،؛:")) for w in text.split())
    wanted = [fold(w.strip(".,،؛:")) for w in words_of(sample.lines)]
    hits = sum(min(n, found[w]) for w, n in Counter(wanted).items())
    cer = _distance(_normal(text), truth) / len(truth)
    return Score(reader, sample.language, sample.kind, sample.turn, cer, hits / len(wanted), cpu)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def read_ours(sample: Sample) -> tuple[str, float]:
    """CaseDesk's reading of the page, and the CPU seconds it took."""
    from index.extract.image import open_page

    started = time.process_time()
    image, size = open_page(sample.path, 1, 4200)
    text = read_image(image, size=size).text  # as a worker reads it: last page's script first
    return text, time.process_time() - started


def read_tesseract(sample: Sample) -> tuple[str, float]:
    """Plain ``tesseract IMAGE stdout -l LANG``, and its CPU seconds."""
    before = _children_cpu()
    done = subprocess.run(
        ["tesseract", str(sample.path), "stdout", "-l", sample.language],
        capture_output=True,
        text=True,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        check=False,
    )
    return done.stdout, _children_cpu() - before


def read_ocrmypdf(sample: Sample, work: Path) -> tuple[str, float]:
    """OCRmyPDF with page rotation and deskew, its sidecar text, and its CPU seconds."""
    sidecar = work / f"{sample.path.stem}.txt"
    before = _children_cpu()
    subprocess.run(
        ["ocrmypdf", "-q", "-j", "1", "--image-dpi", "300", "--rotate-pages", "--deskew",
         "--output-type", "pdf", "-l", sample.language, "--sidecar", str(sidecar),
         str(sample.path), str(work / f"{sample.path.stem}.pdf")],
        capture_output=True, text=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"}, check=False,
    )  # fmt: skip
    cpu = _children_cpu() - before
    return (sidecar.read_text() if sidecar.exists() else ""), cpu


def quality(samples: list[Sample], work: Path, with_ocrmypdf: bool) -> list[Score]:
    """Every sample read by every reader."""
    engine()  # models load once, as in a worker; the first page should not pay for it
    scores = []
    for sample in samples:
        scores.append(score("casedesk", sample, *read_ours(sample)))
        scores.append(score("tesseract", sample, *read_tesseract(sample)))
        if with_ocrmypdf:
            scores.append(score("ocrmypdf", sample, *read_ocrmypdf(sample, work)))
        print(f"  {sample.path.name}: " + ", ".join(
            f"{s.reader} {s.cer:.3f}" for s in scores[-3:] if s.language == sample.language
        ), flush=True)  # fmt: skip
    return scores


def summarise(scores: list[Score]) -> dict[str, dict[str, dict[str, float]]]:
    """Mean CER, recall and CPU seconds per page, by reader, kind and language."""
    table: dict[str, dict[str, dict[str, float]]] = {}
    groups: dict[tuple[str, str], list[Score]] = {}
    for s in scores:
        for key in ((s.reader, s.kind), (s.reader, f"{s.kind} {s.language}")):
            groups.setdefault(key, []).append(s)
    for (reader, group), members in sorted(groups.items()):
        table.setdefault(reader, {})[group] = {
            "pages": len(members),
            "cer": round(mean(m.cer for m in members), 4),
            "word_recall": round(mean(m.recall for m in members), 4),
            "cpu_s_per_page": round(mean(m.cpu_s for m in members), 3),
        }
    return table


def phone_batch(folder: Path, pages: int) -> list[Sample]:
    """``pages`` phone-like photos, one file each, the four languages in turn, turned
    0/90/180/270 in turn every four pages (three quarters of them turned)."""
    samples = []
    languages = list(TEXTS)
    for n in range(pages):
        language = languages[n % len(languages)]
        lines = TEXTS[language]
        page = clean_page(lines[n % 4 :] + lines[: n % 4], language)
        path = folder / f"{n:04d}-{language}.jpg"
        path.write_bytes(phone_like(page, turn=TURNS[(n // 4) % 4], seed=1000 + n))
        samples.append(Sample(path, language, "phone", TURNS[(n // 4) % 4], lines))
    return samples


def scan_batch(folder: Path, pages: int, pictures: Path) -> list[Sample]:
    """``pages`` pages as a sheet-fed scanner gives them: PDFs of :data:`SCAN_DOCUMENT`
    upright A4 pages at 300 dpi (JPEG inside, skewed up to 3 degrees), each document in
    one language, the four in turn.  Each page is also kept as its JPEG in ``pictures``
    (what plain tesseract is given); the samples are those."""
    samples: list[Sample] = []
    languages = list(TEXTS)
    for first in range(0, pages, SCAN_DOCUMENT):
        language = languages[(first // SCAN_DOCUMENT) % len(languages)]
        images = []
        for n in range(first, min(pages, first + SCAN_DOCUMENT)):
            lines = TEXTS[language]
            shown = (lines[n % 4 :] + lines[: n % 4]) * 2  # a fuller page than the photos'
            path = pictures / f"{n:04d}-{language}.jpg"
            path.write_bytes(scan_like(clean_page(shown, language), seed=2000 + n))
            images.append(Image.open(path))
            samples.append(Sample(path, language, "scan", 0, shown))
        document = folder / f"{first:04d}-{language}.pdf"
        images[0].save(document, "PDF", resolution=300, save_all=True, append_images=images[1:])
    return samples


def batch(folder: Path, pages: int, kind: str = "phone") -> dict[str, float]:
    """``pages`` phone-like or scanner-like pages added and read through the extraction
    pool (once alone for the wall and CPU time, once watched for the memory), and plain
    tesseract's CPU seconds on the same pages."""
    batch_dir = folder / f"{kind}-batch"
    batch_dir.mkdir()
    if kind == "scan":
        pictures = folder / "scan-pictures"
        pictures.mkdir()
        samples = scan_batch(batch_dir, pages, pictures)
    else:
        samples = phone_batch(batch_dir, pages)
    load_before = os.getloadavg()[0]  # the machine is shared: say how busy it was
    command = [sys.executable, "-m", "benchmarks.ocr", "--run-batch", str(batch_dir)]
    # Twice: once alone for the wall time (the memory sampler's reads of /proc took a few
    # percent of the two cores), once watched for the memory.
    alone = run_watched(command, sample=False)
    watched = run_watched(command)
    if alone.returncode != 0 or watched.returncode != 0:
        raise SystemExit(f"the batch failed: {(alone.stderr + watched.stderr)[-2000:]}")
    tesseract_cpu = sum(read_tesseract(s)[1] for s in samples)
    cores = os.cpu_count() or 1
    outcome = json.loads(watched.stdout.strip().splitlines()[-1])
    return {
        "kind": kind,
        "pages": pages,
        "cores": cores,
        "casedesk_wall_s": round(alone.wall_s, 1),
        "casedesk_cpu_s": round(alone.cpu_s, 1),
        "casedesk_wall_watched_s": round(watched.wall_s, 1),
        "casedesk_peak_tree_rss_mb": round(watched.peak_tree_rss_mb),
        "casedesk_peak_tree_pss_mb": round(watched.peak_tree_pss_mb),
        "casedesk_largest_process_mb": round(watched.peak_process_rss_mb),
        "tesseract_cpu_s": round(tesseract_cpu, 1),
        "ratio_wall_to_tesseract_cpu_per_core": round(alone.wall_s / (tesseract_cpu / cores), 3),
        # What the wall ratio would be with every core busy for the batch alone: the fair
        # figure on a shared machine, where wall time mostly measures waiting for a core.
        "ratio_cpu_to_tesseract_cpu": round(alone.cpu_s / tesseract_cpu, 3),
        "pages_read": outcome["read"],
        "pages_without_text": outcome["no_text"],
        "pages_failed": outcome["failed"],
        "ocr_phase_started_s": outcome["ocr_started_s"],
        "load_before": load_before,
        "load_after": os.getloadavg()[0],
    }


def run_batch(folder: Path) -> None:
    """Add every picture in ``folder`` to a new archive as ``casedesk add`` does — the
    files first, then the second phase reading every page through the extraction pool and
    storing it (the child process of :func:`batch`); prints what was read and when the
    reading began, as JSON."""
    from index.archive import Archive
    from index.ingest.pipeline import Ingest
    from index.ingest.scans import READING_SCANS

    started = time.perf_counter()
    reading_from: list[float] = []

    def progress(p: object) -> None:
        if getattr(p, "name", "") == READING_SCANS and not reading_from:
            reading_from.append(time.perf_counter() - started)

    with (
        tempfile.TemporaryDirectory(prefix="casedesk-ocr-archive-") as tmp,
        Archive.open(Path(tmp) / "archive", write=True) as archive,
    ):
        summary = Ingest(archive, on_progress=progress).run([folder])
    ocr = summary.ocr
    assert ocr is not None
    print(json.dumps({"read": ocr.read, "no_text": ocr.no_text, "failed": ocr.failed,
                      "ocr_started_s": round(reading_from[0], 1) if reading_from else None,
                      "reading_s": round(ocr.seconds, 1)}))  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and write its JSON to benchmarks/results/."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-language", type=int, default=2, help="clean pages per language")
    parser.add_argument(
        "--batch", type=int, default=200, help="phone-like pages in the timed batch (0: none)"
    )
    parser.add_argument(
        "--scan-batch", type=int, default=0, help="scanner-like pages in a second timed batch"
    )
    parser.add_argument("--no-ocrmypdf", action="store_true", help="leave OCRmyPDF out")
    parser.add_argument("--out", type=Path, help="where to write the JSON")
    parser.add_argument("--run-batch", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.run_batch:
        run_batch(args.run_batch)
        return
    with tempfile.TemporaryDirectory(prefix="casedesk-ocr-") as tmp:
        folder = Path(tmp)
        samples = make_samples(folder, args.per_language)
        print(f"{len(samples)} pages, each read by every reader …", flush=True)
        scores = quality(samples, folder, not args.no_ocrmypdf)
        result = {
            "machine": {"cores": os.cpu_count(), "python": platform.python_version()},
            "engine": engine().label,
            "tesseract_cli": _tesseract_version(),
            "summary": summarise(scores),
            "pages": [asdict(s) for s in scores],
        }
        if args.batch:
            print(f"batch of {args.batch} phone-like pages through the pool …", flush=True)
            result["batch"] = batch(folder, args.batch)
        if args.scan_batch:
            print(f"batch of {args.scan_batch} scanner-like pages through the pool …", flush=True)
            result["scan_batch"] = batch(folder, args.scan_batch, "scan")
    out = args.out or RESULTS / f"ocr-{len(samples)}-pages.json"
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    shown = {key: result.get(key) for key in ("summary", "batch", "scan_batch")}
    print(json.dumps(shown, indent=1))
    print(f"written to {out}")


def _tesseract_version() -> str:
    done = subprocess.run(["tesseract", "--version"], capture_output=True, text=True, check=False)
    return (done.stdout or done.stderr).splitlines()[0] if (done.stdout or done.stderr) else ""


if __name__ == "__main__":
    main()
