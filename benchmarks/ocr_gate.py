"""The upright-first gate's figures on the OCR benchmark's pages (docs/OCR.md, *Upright first*).

Each page of ``benchmarks.ocr.make_samples`` (clean, phone-like at every quarter turn,
scanner-like; the four languages) is straightened as it lies and its first sample read
in each script — the whole page in English, an Arabic-script page's first lines in
Pashto — as ``index.ocr.page`` reads it before deciding whether to run OSD.  For every
reading: its words, mean confidence, word-like share, whether the gate keeps it, and
whether the page's lines were found to run across.  Grouped by how the page lay and
whether the script was its own, the ranges are what the thresholds were picked from::

    .venv/bin/python -m benchmarks.ocr_gate --per-language 2
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from benchmarks.ocr import RESULTS, Sample, make_samples
from index.extract.image import open_page
from index.ocr import page as steps
from index.ocr.gate import MIN_WORDS, confidently_upright, wordlike_share
from index.ocr.geometry import Placement
from index.ocr.job import engine
from index.ocr.prepare import even_light, greyscale, lines_across


def readings(sample: Sample) -> list[dict[str, object]]:
    """The page's first sample read in each script, as the gate sees it."""
    image, _ = open_page(sample.path, 1, 4200)
    work = even_light(greyscale(image))
    across = lines_across(work)
    straight, _, _ = steps._straightened(work, Placement.of(work))
    rows = []
    for script in ("Latin", "Arabic"):
        started = time.process_time()
        words = steps._sample(straight, engine(), script).words
        mean = sum(w.confidence for w in words) / len(words) if words else 0.0
        rows.append({
            "page": sample.path.name, "kind": sample.kind, "turn": sample.turn,
            "lines_across": across, "script": script,
            "its_script": (script == "Latin") == (sample.language == "eng"),
            "words": len(words), "confidence": round(mean, 1),
            "wordlike": round(wordlike_share(words), 2), "kept": confidently_upright(words),
            "cpu_s": round(time.process_time() - started, 3),
        })  # fmt: skip
    return rows


def _group(row: dict[str, object]) -> str:
    if row["turn"] in (90, 270):
        return "on its side (90/270)"
    lie = "upside down" if row["turn"] == 180 else "upright"
    return f"{lie}, {'its script' if row['its_script'] else 'the other script'}"


def _range(rows: list[dict[str, object]], key: str) -> list[float]:
    values = [float(row[key]) for row in rows]  # type: ignore[arg-type]
    return [min(values), max(values)] if values else []


def summary(rows: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    """Per group: readings, how many the gate keeps, the ranges, lines found across."""
    groups: dict[str, list[dict[str, object]]] = {}
    for row in rows:
        groups.setdefault(_group(row), []).append(row)
    table = {}
    for name, members in sorted(groups.items()):
        enough = [m for m in members if int(m["words"]) >= MIN_WORDS]  # type: ignore[arg-type]
        table[name] = {
            "readings": len(members),
            "kept": sum(bool(m["kept"]) for m in members),
            "confidence": _range(enough, "confidence"),
            "wordlike": _range(enough, "wordlike"),
            "lines_across": sum(bool(m["lines_across"]) for m in members),
        }
    return table


def main(argv: list[str] | None = None) -> None:
    """Measure and write benchmarks/results/ocr-upright-gate.json."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-language", type=int, default=2)
    parser.add_argument("--out", type=Path, default=RESULTS / "ocr-upright-gate.json")
    args = parser.parse_args(argv)
    load_before = os.getloadavg()[0]  # the machine is shared: say how busy it was
    with tempfile.TemporaryDirectory(prefix="casedesk-ocr-gate-") as tmp:
        rows = [row for s in make_samples(Path(tmp), args.per_language) for row in readings(s)]
    load = {"load_before": load_before, "load_after": os.getloadavg()[0]}
    result = {**load, "summary": summary(rows), "readings": rows}
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    print(json.dumps(result["summary"], indent=1))


if __name__ == "__main__":
    main()
