"""How soon the ``casedesk`` command answers on a small archive (issue 20, item 5).

Target: ``casedesk search WORD`` on a small archive in at most 0.3 s of wall time, start
to exit.  On a small archive nearly all of that is Python starting and importing, so the
same run also times ``python -c pass`` (the floor: the interpreter alone), ``python -c
"import whoosh"`` and ``python -c "import whoosh.searching"`` (the package, and the part of
it a search uses, imported plainly), and ``casedesk --help`` (importing and building the
arguments, no archive).  With ``--before DIR`` (the code of an earlier commit:
``git archive REV | tar -x -C DIR``) the search and ``--help`` of that code run too, in
the same turns, both trees then started the same way (``python -c``, ``PYTHONPATH``).

Each command runs ``--runs`` times in a fresh process, in turn (so a burst of load on the
machine hits all of them alike); the report gives the median and the fastest wall time,
the median CPU time (user + system, which load on a shared machine disturbs less), and
the ratio of each median to the floor's.  Every command starts from cached bytecode, as
a user's second run does: the children write and read it under ``--workdir`` (an
environment with ``PYTHONDONTWRITEBYTECODE`` would otherwise compile CaseDesk's sources
on every run: 0.06 CPU s more a search now, 0.11 s before issue 20's import cuts).

    .venv/bin/python benchmarks/cli_start.py [--runs 20] [--workdir DIR] [--before DIR]
        [--json out.json]

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


RUNNER = "import sys; from desktop.cli.main import main; sys.exit(main())"


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


Command = tuple[list[str], dict[str, str]]  # the command line and its environment


def run_once(command: Command) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``command`` (its output thrown away)."""
    argv, env = command
    begun = time.perf_counter()
    # Started in the scratch folder: ``python -c`` puts the current folder first on the
    # import path, which in this repo would run today's code as "before" too.
    child = subprocess.Popen(
        argv,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        cwd=env["PYTHONPYCACHEPREFIX"],
    )
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - begun
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise RuntimeError(f"{argv} failed: {child.stderr.read().decode()[-2000:]}")
    child.stderr.close()
    return wall, usage.ru_utime + usage.ru_stime


def measure(commands: dict[str, Command], runs: int) -> dict[str, dict[str, float]]:
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


def environment(bytecode: Path, tree: Path | None = None) -> dict[str, str]:
    """The children's environment: bytecode cached under ``bytecode``; ``tree`` first on
    the import path when given."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    if tree is not None:
        env["PYTHONPATH"] = str(tree)
    return env


def commands(archive: Path, bytecode: Path, before: Path | None) -> dict[str, Command]:
    """What is timed: the baselines, then ``casedesk`` now (and before)."""
    env = environment(bytecode)
    python = [sys.executable, "-c"]
    search = ["search", WORD, "--archive", str(archive)]
    timed: dict[str, Command] = {
        "python -c pass": ([*python, "pass"], env),
        "python -c 'import whoosh'": ([*python, "import whoosh"], env),
        "python -c 'import whoosh.searching'": ([*python, "import whoosh.searching"], env),
    }
    if before is None:
        timed["casedesk --help"] = ([*casedesk(), "--help"], env)
        timed[f"casedesk search {WORD}"] = ([*casedesk(), *search], env)
        return timed
    for label, tree in (("before", before), ("now", ROOT)):
        tree_env = environment(bytecode, tree)
        timed[f"casedesk --help ({label})"] = ([*python, RUNNER, "--help"], tree_env)
        timed[f"casedesk search {WORD} ({label})"] = ([*python, RUNNER, *search], tree_env)
    timed[f"casedesk search {WORD}"] = timed.pop(f"casedesk search {WORD} (now)")
    return timed


def report(archive: Path, runs: int, before: Path | None = None) -> dict[str, object]:
    """The figures, the ratios to ``python -c pass`` and the verdict."""
    bytecode = archive.parent / "bytecode"
    bytecode.mkdir(exist_ok=True)
    times = measure(commands(archive, bytecode, before), runs)
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
    parser.add_argument("--runs", type=int, default=20, help="timed runs of each command")
    parser.add_argument("--before", type=Path, help="the code of an earlier commit, to compare")
    parser.add_argument("--workdir", type=Path, help="keep the small archive here")
    parser.add_argument("--json", type=Path, help="also write the report here")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="casedesk-cli-start-") as scratch:
        folder = args.workdir or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        result = report(build(folder), max(1, args.runs), args.before)
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0 if result["met"] else 1


if __name__ == "__main__":
    sys.exit(main())
