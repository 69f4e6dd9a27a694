"""Running a command while watching its wall time, CPU time and memory.

Memory is the resident set (RSS) of the whole process tree — the command and every
process it started (extraction workers, filter programs) — summed, sampled from
``/proc`` every 0.1 s; the peak of that sum is what the machine had to hold.  The
largest single process seen in those samples is reported beside it.  Processes forked
from one another (the indexing helpers) share the pages they have not changed since, and
the RSS sum counts those once per process: the proportional set size (PSS, each shared
page divided among the processes that share it) is summed too, as the memory the tree
really holds.  CPU time is user + system of the command and all its waited-for
descendants.
"""

from __future__ import annotations

import os
import resource
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

_PAGE = os.sysconf("SC_PAGE_SIZE")
_SAMPLE_SECONDS = 0.1


@dataclass(frozen=True)
class Watched:
    """What one watched command took."""

    returncode: int
    wall_s: float
    cpu_s: float
    peak_tree_rss_mb: float
    peak_process_rss_mb: float
    peak_tree_pss_mb: float
    stdout: str
    stderr: str


def run_watched(
    command: list[str], env: dict[str, str] | None = None, *, sample: bool = True
) -> Watched:
    """Run ``command`` to its end and return what it took (its output is captured).

    The sampler's own reads of ``/proc`` (every process's ``stat``, the tree's
    ``smaps_rollup``, ten times a second) take a few percent of a core from the command:
    with ``sample=False`` no memory is sampled (0 MB reported), for a wall time of the
    command alone."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    sampler = _Sampler(process.pid)
    if sample:
        sampler.start()
    stdout, stderr = process.communicate()
    wall = time.perf_counter() - started
    if sample:
        sampler.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Watched(
        returncode=process.returncode,
        wall_s=wall,
        cpu_s=cpu,
        peak_tree_rss_mb=sampler.peak / 2**20,
        peak_process_rss_mb=sampler.largest / 2**20,
        peak_tree_pss_mb=sampler.peak_pss / 2**20,
        stdout=stdout,
        stderr=stderr,
    )


class _Sampler(threading.Thread):
    """Samples the RSS of a process tree until stopped; keeps the peak sum and process."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.peak = 0
        self.peak_pss = 0
        self.largest = 0
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            pids = tree(self.root)
            sizes = [_rss(pid) for pid in pids]
            self.peak = max(self.peak, sum(sizes))
            self.largest = max(self.largest, *sizes, 0)
            self.peak_pss = max(self.peak_pss, sum(_pss(pid) for pid in pids))
            self._halt.wait(_SAMPLE_SECONDS)

    def stop(self) -> None:
        self._halt.set()
        self.join()


def tree_rss(root: int) -> list[int]:
    """Bytes resident now in ``root`` and in each of its descendants."""
    return [_rss(pid) for pid in tree(root)]


def tree(root: int) -> list[int]:
    """``root`` and every process descending from it now."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            parent = _parent(entry)
            if parent is not None:
                children.setdefault(parent, []).append(int(entry.name))
    pids, stack = [], [root]
    while stack:
        pid = stack.pop()
        pids.append(pid)
        stack.extend(children.get(pid, ()))
    return pids


def _parent(entry: Path) -> int | None:
    try:
        stat = (entry / "stat").read_text()
    except OSError:
        return None
    # The command name (field 2) may hold spaces and parentheses; fields after it do not.
    return int(stat.rsplit(")", 1)[1].split()[1])


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * _PAGE
    except (OSError, IndexError, ValueError):
        return 0


def _pss(pid: int) -> int:
    """Bytes of ``pid``'s proportional set size (0 if it is gone or unreadable)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
            for line in f:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    return 0
