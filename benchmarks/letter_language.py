"""What writing a letter in Dari or Pashto costs beside English: the referral rendered to
HTML and made into a PDF, the three letters alternately in one run.

The Dari and Pashto letters' filters read their month names from the translation
catalogues (once per process, then kept) and write Persian digits; their PDF holds more
right-to-left text, which the text layer turns around.  The invented case of the tests,
with one cited document; CPU time of this process per letter, the median of ``--rounds``.

    .venv/bin/python -m benchmarks.letter_language [--rounds 15] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

from desktop.drafting.citations import citation
from desktop.drafting.context import build_context
from desktop.drafting.library import TemplateLibrary
from desktop.drafting.output import to_pdf
from desktop.drafting.prefill import prefill
from desktop.drafting.render import render_html
from tests.support.drafting import OFFICE, TODAY, TYPED, realistic_case

LETTERS = ("resettlement-referral", "resettlement-referral-dari", "resettlement-referral-pashto")


def measure(rounds: int) -> dict[str, dict[str, float]]:
    """Median CPU milliseconds of rendering each letter's HTML and of making its PDF."""
    library = TemplateLibrary.for_archive(None)
    cites = [citation(1, "Radio station employment letter", "2024-11-02", 2, "Quoted line.")]
    context = build_context(realistic_case(), office=OFFICE, citations=cites, today=TODAY)
    values = {}
    for name in LETTERS:
        typed = prefill(library, library.get(name), context)
        values[name] = {k: v or TYPED.get(k, "") for k, v in typed.items()}
    times: dict[str, dict[str, list[float]]] = {n: {"html": [], "pdf": []} for n in LETTERS}
    for _ in range(rounds):
        for name in LETTERS:  # alternately, so the machine's load falls on each alike
            started = time.process_time()
            rendered = render_html(library, name, context, values[name])
            between = time.process_time()
            to_pdf(rendered)
            times[name]["html"].append((between - started) * 1000)
            times[name]["pdf"].append((time.process_time() - between) * 1000)
    return {
        name: {f"{step}_ms": round(statistics.median(ms), 1) for step, ms in steps.items()}
        for name, steps in times.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    load = Path("/proc/loadavg").read_text().split()[:3]
    result = {"rounds": args.rounds, "load_before": load, "letters": measure(args.rounds)}
    result["load_after"] = Path("/proc/loadavg").read_text().split()[:3]
    print(json.dumps(result, indent=2, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
