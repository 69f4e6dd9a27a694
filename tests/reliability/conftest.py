"""Shared by the reliability tests: how hard to try (soak), and the figures they record.

``CASEDESK_SOAK=N`` multiplies the number of kill points and fuzz examples by N (default 1,
sized for CI).  ``CASEDESK_RELIABILITY_REPORT=PATH`` writes the figures of the run as JSON
to PATH (``1`` means ``benchmarks/results/reliability.json``); with ``-s`` they are printed.
"""

from __future__ import annotations

import json
import os
import platform
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

SOAK = max(1, int(os.environ.get("CASEDESK_SOAK", "1") or "1"))
SEED = int(os.environ.get("CASEDESK_RELIABILITY_SEED", "20261128"))


class Figures:
    """Counts the tests add to (kill points survived, fuzz cases run, …), by name."""

    def __init__(self) -> None:
        self.values: dict[str, object] = {}

    def add(self, name: str, amount: int = 1) -> None:
        """Add ``amount`` to the count ``name``."""
        self.values[name] = int(self.values.get(name, 0)) + amount  # type: ignore[arg-type]

    def put(self, name: str, value: object) -> None:
        """Record one value (a time, a list of names)."""
        self.values[name] = value


@pytest.fixture(scope="session")
def figures() -> Iterator[Figures]:
    """The session's figures; written out or printed when the session ends."""
    collected = Figures()
    started = time.monotonic()
    yield collected
    if not collected.values:
        return
    report = {
        "seed": SEED,
        "soak": SOAK,
        "seconds": round(time.monotonic() - started, 1),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        **dict(sorted(collected.values.items())),
    }
    text = json.dumps(report, indent=2, ensure_ascii=False)
    print(f"\nreliability figures:\n{text}")
    target = os.environ.get("CASEDESK_RELIABILITY_REPORT", "")
    if target:
        path = ROOT / "benchmarks/results/reliability.json" if target == "1" else Path(target)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n", encoding="utf-8")
