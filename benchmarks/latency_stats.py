"""Percentiles of a search benchmark's times, overall and per query class."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any


def percentiles(values: list[float]) -> dict[str, float]:
    """p50, p95, p99 and the maximum of ``values`` (milliseconds), rounded to 0.1."""
    ordered = sorted(values)

    def at(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)

    return {"p50": at(0.50), "p95": at(0.95), "p99": at(0.99), "max": round(ordered[-1], 1)}


def flatten(times: dict[str, list[float]]) -> list[float]:
    """Every time of every query, in one list."""
    return [t for values in times.values() for t in values]


def by_class(groups: Iterable[tuple[str, str]], times: dict[str, list[float]]) -> dict:
    """Percentiles per query class; ``groups`` pairs each query's class and its key."""
    classes: dict[str, list[float]] = {}
    for group, key in groups:
        classes.setdefault(group, []).extend(times.get(key, []))
    return {group: percentiles(values) for group, values in classes.items() if values}


def timed(probes: Sequence[Any], repeat: int, search: Callable[[Any], int]) -> tuple[dict, ...]:
    """One untimed pass, then ``repeat`` timed ones: wall times, CPU times (this process,
    all its threads) and totals, each by CaseDesk query.  Under a load of many times the
    cores, the CPU times are what compare between runs; the wall times are what a user
    waits."""
    for probe in probes:
        search(probe)
    times: dict[str, list[float]] = {p.casedesk: [] for p in probes}
    cpu: dict[str, list[float]] = {p.casedesk: [] for p in probes}
    totals: dict[str, int] = {}
    for _ in range(repeat):
        for probe in probes:
            started, cpu_started = time.perf_counter(), time.process_time()
            totals[probe.casedesk] = search(probe)
            cpu[probe.casedesk].append((time.process_time() - cpu_started) * 1000)
            times[probe.casedesk].append((time.perf_counter() - started) * 1000)
    return times, cpu, totals
