"""How soon the ``casedesk`` command answers on a small archive (issue 20, item 5).

Target: ``casedesk search WORD`` on a small archive in at most 0.3 s of wall time, start
to exit.  On a small archive nearly all of that is Python starting and importing, so the
same run also times ``python -c pass`` (the floor: the interpreter alone) and
``casedesk --help`` (importing and building the arguments, no archive).

Each command runs ``--runs`` times in a fresh process, in turn (so a burst of load on the
machine hits all of them alike); the report gives the median and the fastest wall time,
the median CPU time (user + system, which load on a shared machine disturbs less), and
the ratio of each median to the floor's.

    .venv/bin/python benchmarks/cli_start.py [--runs 15] [--workdir DIR] [--json out.json]

The archive (20 invented documents, added with ``casedesk add``) is kept in ``--workdir``
for the next run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 0.3
WORD = "visa"
DOCUMENTS = 20


def casedesk() -> list[str]:
    """The installed console script (what a user runs), else the module."""
    script = Path(sys.executable).with_name("casedesk")
    return [str(script)] if script.exists() else [sys.executable, "-m", "desktop.cli.main"]


def build(folder: Path) -> Path:
    """A small archive of invented documents in ``folder/archive`` (reused when there)."""
    from benchmarks.corpus import write_files

    archive = folder / "archive"
    if not (archive / "catalog.sqlite").exists():
        files = folder / "files"
        write_files(files, DOCUMENTS)
        done = subprocess.run(
            [*casedesk(), "add", str(files), "--archive", str(archive)],
            capture_output=True,
            text=True,
        )
        if done.returncode not in (0, 1):
            raise RuntimeError(f"casedesk add failed:\n{done.stderr[-3000:]}")
    return archive


def run_once(command: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``command`` (its output thrown away)."""
    begun = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - begun
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise RuntimeError(f"{command} failed: {child.stderr.read().decode()[-2000:]}")
    child.stderr.close()
    return wall, usage.ru_utime + usage.ru_stime


def measure(commands: dict[str, list[str]], runs: int) -> dict[str, dict[str, float]]:
    """Every command ``runs`` times, in turn; median and fastest wall, median CPU (s)."""
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():
        run_once(command)  # once untimed: the file cache warm, as on a second use
    for _ in range(runs):
        for name, command in commands.items():
            wall, cpu = run_once(command)
            walls[name].append(wall)
            cpus[name].append(cpu)
    return {
        name: {
            "median_s": round(statistics.median(walls[name]), 3),
            "fastest_s": round(min(walls[name]), 3),
            "median_cpu_s": round(statistics.median(cpus[name]), 3),
        }
        for name in commands
    }


def report(archive: Path, runs: int) -> dict[str, object]:
    """The figures, the ratios to ``python -c pass`` and the verdict."""
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "casedesk --help": [*casedesk(), "--help"],
        f"casedesk search {WORD}": [*casedesk(), "search", WORD, "--archive", str(archive)],
    }
    times = measure(commands, runs)
    floor = times["python -c pass"]["median_s"]
    search = times[f"casedesk search {WORD}"]["median_s"]
    return {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, load {os.getloadavg()[0]:.1f}",
        "archive_documents": DOCUMENTS,
        "runs": runs,
        "times": times,
        "ratio_to_python": {
            name: round(t["median_s"] / max(floor, 1e-3), 1) for name, t in times.items()
        },
        "target_s": TARGET_S,
        "met": search <= TARGET_S,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each command")
    parser.add_argument("--workdir", type=Path, help="keep the small archive here")
    parser.add_argument("--json", type=Path, help="also write the report here")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="casedesk-cli-start-") as scratch:
        folder = args.workdir or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        result = report(build(folder), max(1, args.runs))
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0 if result["met"] else 1


if __name__ == "__main__":
    sys.exit(main())
