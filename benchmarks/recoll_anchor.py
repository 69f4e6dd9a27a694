"""Recoll (C++ on Xapian), an anchor of the search benchmark.

Recoll indexes files, so the invented documents are written as the ``.txt`` and
``.eml`` files :func:`benchmarks.corpus.as_text` gives (each file's time set to the
document's date, which is what Recoll's ``date:`` filter reads for a text file; an
email's is its ``Date:`` header) and indexed by ``recollindex``
(:mod:`benchmarks.recoll_run`, a private configuration in the workdir).  Searched two
ways, with the queries of :mod:`benchmarks.anchor_queries`:

- through its Python module (Debian's ``python3-recoll``, installed for the system's
  Python, so run there: :mod:`benchmarks.recoll_search`), in one process: the first 20
  results with an abstract each, and Recoll's estimated count;
- by ``recollq -n 20 -A -E QUERY`` (the first 20 with abstracts, exact count), a new
  process per query; what the start of the process and the opening of the index cost
  is timed apart, as ``recollq`` asked for a word no document has.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from benchmarks.anchor_queries import recoll_text
from benchmarks.corpus import SyntheticDocument, as_text
from benchmarks.latency_stats import percentiles
from benchmarks.recoll_run import run_recoll

SYSTEM_PYTHON = "/usr/bin/python3"
SEARCH_SCRIPT = Path(__file__).with_name("recoll_search.py")
NO_SUCH_WORD = "qqzzxxnowordlikethis"


def missing() -> str:
    """``""`` when Recoll can index and be searched here, else why not, in plain words."""
    if shutil.which("recollindex") is None or shutil.which("recollq") is None:
        return "Recoll is not installed (apt-get install recollcmd python3-recoll): skipped"
    return ""


def module_missing() -> str:
    """``""`` when the system's Python has Recoll's module, else why not."""
    check = [SYSTEM_PYTHON, "-c", "from recoll import recoll"]
    if subprocess.run(check, capture_output=True).returncode != 0:
        return "Recoll's Python module is not installed (apt-get install python3-recoll)"
    return ""


def write_files(folder: Path, docs: Iterable[SyntheticDocument]) -> int:
    """The documents as text and email files, dated as the documents; returns the count."""
    folder.mkdir(parents=True)
    count = 0
    for doc in docs:
        path = folder / doc.file_name
        path.write_text(as_text(doc), encoding="utf-8")
        stamp = time.mktime(time.strptime(doc.date, "%Y-%m-%d")) + 12 * 3600
        os.utime(path, (stamp, stamp))
        count += 1
    return count


def build(folder: Path, docs: Iterable[SyntheticDocument]) -> dict[str, Any]:
    """Write the files and index them from scratch in ``folder``."""
    write_files(folder / "files", docs)
    return run_recoll(folder / "files", folder / "config")


def run_module(folder: Path, probes: list, repeat: int) -> dict[str, Any]:
    """Every probe through Recoll's Python module, in one process of the system's Python."""
    texts = [recoll_text(p) for p in probes]
    command = [SYSTEM_PYTHON, str(SEARCH_SCRIPT), str(folder / "config"), str(repeat)]
    done = subprocess.run(
        command, input=json.dumps(texts), capture_output=True, text=True, check=True
    )
    found = json.loads(done.stdout)
    by_probe = {
        key: {p.casedesk: found[key][recoll_text(p)] for p in probes}
        for key in ("times", "cpu", "totals")
    }
    return {"open_ms": round(found["open_ms"], 1), **by_probe}


def recollq(folder: Path, text: str) -> tuple[float, float, int]:
    """One ``recollq`` run: its wall and CPU times in ms and the count it printed."""
    command = ["recollq", "-c", str(folder / "config"), "-n", "20", "-A", "-E", text]
    cpu_before = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    elapsed = (time.perf_counter() - started) * 1000
    return elapsed, (_children_cpu() - cpu_before) * 1000, _count(done.stdout)


def _children_cpu() -> float:
    """User and system CPU seconds of this process's finished children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _count(output: str) -> int:
    """The result count from ``recollq``'s "N results (printing …)" line (0 if none)."""
    for line in output.splitlines():
        words = line.split()
        if len(words) > 1 and words[1] == "results" and words[0].isdigit():
            return int(words[0])
    return 0


def run_cli(folder: Path, probes: list, repeat: int) -> dict[str, Any]:
    """Every probe by ``recollq``, ``repeat`` times (one untimed pass first)."""
    for probe in probes:
        recollq(folder, recoll_text(probe))
    floor = [recollq(folder, NO_SUCH_WORD) for _ in range(max(3, repeat))]
    times: dict[str, list[float]] = {p.casedesk: [] for p in probes}
    cpu: dict[str, list[float]] = {p.casedesk: [] for p in probes}
    totals: dict[str, int] = {}
    for _ in range(repeat):
        for probe in probes:
            elapsed, used, totals[probe.casedesk] = recollq(folder, recoll_text(probe))
            times[probe.casedesk].append(elapsed)
            cpu[probe.casedesk].append(used)
    return {
        "start_and_open_ms": percentiles([wall for wall, _cpu, _n in floor]),
        "start_and_open_cpu_ms": percentiles([used for _wall, used, _n in floor]),
        "times": times,
        "cpu": cpu,
        "totals": totals,
    }
