"""tesserocr against pytesseract: seconds per page, memory, and what a kill leaves behind.

Both read the same generated pages (``benchmarks/scan_pages.py``, one clean page per
language, in its language) in a fresh child process each:

* seconds per page (wall and CPU, the process and every program it started) and the peak
  memory of the child and its programs (sampled every 0.1 s);
* robustness: the child starts reading a large page and is killed (SIGKILL, as the
  extraction pool kills a worker at its limits) 0.5 s in; then the programs still running
  that it started, and the files left in its temporary folder, are counted.

Usage: ``.venv/bin/python -m benchmarks.ocr_bindings`` (about a minute).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.process_watch import run_watched, tree
from benchmarks.scan_pages import TEXTS, clean_page

RESULTS = Path(__file__).parent / "results"
TESSDATA = "/usr/share/tesseract-ocr/5/tessdata/"


def _read_all(binding: str, folder: Path) -> None:
    """Child: read every page of ``folder`` with ``binding``; print seconds per page."""
    from PIL import Image

    pages = sorted(folder.glob("*.png"))
    started = time.perf_counter()
    if binding == "tesserocr":
        import tesserocr

        apis: dict[str, tesserocr.PyTessBaseAPI] = {}
        for page in pages:
            language = page.stem.split("-")[0]
            api = apis.setdefault(language, tesserocr.PyTessBaseAPI(path=TESSDATA, lang=language))
            api.SetImage(Image.open(page))
            api.GetUTF8Text()
    else:
        import pytesseract

        for page in pages:
            pytesseract.image_to_string(Image.open(page), lang=page.stem.split("-")[0])
    print(json.dumps({"seconds_per_page": (time.perf_counter() - started) / len(pages)}))


def _pages(folder: Path, copies: int) -> None:
    for language, lines in TEXTS.items():
        for n in range(copies):
            clean_page(lines, language).save(folder / f"{language}-{n}.png")


def speed(binding: str, folder: Path) -> dict[str, float]:
    """Read the pages in a child process; its time and memory."""
    watched = run_watched([sys.executable, "-m", "benchmarks.ocr_bindings", "--child", binding,
                           str(folder)], env={**os.environ, "OMP_THREAD_LIMIT": "1"})  # fmt: skip
    pages = len(list(folder.glob("*.png")))
    return {
        "pages": pages,
        "wall_s_per_page": round(watched.wall_s / pages, 3),
        "cpu_s_per_page": round(watched.cpu_s / pages, 3),
        "reading_s_per_page": round(json.loads(watched.stdout)["seconds_per_page"], 3),
        "peak_tree_rss_mb": round(watched.peak_tree_rss_mb),
    }


def killed(binding: str, folder: Path) -> dict[str, int]:
    """Kill a child 0.5 s into a large page; count programs and files it left behind."""
    big = folder / "big"
    big.mkdir(parents=True)
    page = clean_page(TEXTS["fas"] * 6, "fas")
    page.resize((page.width * 2, page.height * 2)).save(big / "fas-big.png")
    scratch = Path(tempfile.mkdtemp(prefix="bindings-tmp-"))
    child = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.ocr_bindings", "--child", binding, str(big)],
        env={**os.environ, "TMPDIR": str(scratch), "OMP_THREAD_LIMIT": "1"},
        stdout=subprocess.DEVNULL,
    )
    time.sleep(3.0)  # Python and the binding load; the page is being read after this
    started = set(tree(child.pid)) - {child.pid}
    child.send_signal(signal.SIGKILL)
    child.wait()
    time.sleep(0.5)
    alive = [pid for pid in started if Path(f"/proc/{pid}").exists()]
    left = list(scratch.iterdir())
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    return {"programs_started": len(started), "programs_left_running": len(alive),
            "temporary_files_left": len(left)}  # fmt: skip


def main() -> None:
    """Measure both bindings and write benchmarks/results/ocr-bindings.json."""
    if sys.argv[1:2] == ["--child"]:
        _read_all(sys.argv[2], Path(sys.argv[3]))
        return
    result = {}
    with tempfile.TemporaryDirectory(prefix="casedesk-bindings-") as tmp:
        folder = Path(tmp)
        _pages(folder, 2)
        for binding in ("tesserocr", "pytesseract"):
            result[binding] = speed(binding, folder) | killed(binding, folder / binding)
    out = RESULTS / "ocr-bindings.json"
    out.write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
