"""CPU seconds and CER per page of the scan batch's PDFs, read in this process.

``benchmarks.ocr --scan-batch`` times a batch through the whole ``add`` (the pool, storing,
indexing) but scores no page; its quality part scores four scanner-like JPEGs, not PDFs.
This reads the scan batch's own PDF pages (``benchmarks.ocr.scan_batch``: five upright A4
pages a document, skewed up to 3 degrees, the four languages in turn) one after another
as a worker does (``read_scan_page``: the page from the PDF, the last page's script and
language tried first) and scores each against its text, so a change to the reading can
be set against the code before it page by page.  Run it from a checkout of each, at the
same time, and compare::

    .venv/bin/python -m benchmarks.ocr_scan_pages --pages 40 --out benchmarks/results/x.json
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path
from statistics import mean

from benchmarks.ocr import RESULTS, SCAN_DOCUMENT, scan_batch, score
from index.extract.base import ExtractOptions
from index.ocr.job import engine, read_scan_page


def read_pages(folder: Path, pages: int) -> list[dict[str, object]]:
    """Every page of a scan batch of ``pages`` read in turn: its CPU seconds and CER."""
    (folder / "pdf").mkdir()
    (folder / "jpeg").mkdir()
    samples = scan_batch(folder / "pdf", pages, folder / "jpeg")
    documents = sorted((folder / "pdf").glob("*.pdf"))
    places = [(pdf, n) for pdf in documents for n in range(1, SCAN_DOCUMENT + 1)]
    engine()  # the models load once, as in a worker
    rows = []
    for sample, (pdf, page) in zip(samples, places, strict=False):
        started = time.process_time()
        reading = read_scan_page(pdf, ".pdf", ExtractOptions(), page=page)
        cpu = time.process_time() - started
        scored = score("casedesk", sample, reading.text, cpu)
        rows.append({"document": pdf.name, "page": page, "language": sample.language,
                     "read_as": reading.languages, "cer": round(scored.cer, 4),
                     "cpu_s": round(cpu, 3)})  # fmt: skip
        print(f"  {pdf.name} p{page}: {reading.languages} CER {scored.cer:.4f} {cpu:.2f} s")
    return rows


def main(argv: list[str] | None = None) -> None:
    """Read the pages and write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=40, help="pages in the scan batch")
    parser.add_argument("--out", type=Path, help="where to write the JSON")
    args = parser.parse_args(argv)
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="casedesk-ocr-scan-pages-") as tmp:
        rows = read_pages(Path(tmp), args.pages)
    result = {
        "pages": len(rows),
        "cpu_s_per_page": round(mean(float(r["cpu_s"]) for r in rows), 3),  # type: ignore[arg-type]
        "cer": round(mean(float(r["cer"]) for r in rows), 4),  # type: ignore[arg-type]
        "wrong_language": sum(r["read_as"] != r["language"] for r in rows),
        "load_before": load_before,
        "load_after": os.getloadavg()[0],
        "per_page": rows,
    }
    out = args.out or RESULTS / f"ocr-scan-pages-{len(rows)}.json"
    out.write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "per_page"}, indent=1))
    print(f"written to {out}")


if __name__ == "__main__":
    main()
