"""How long the UI thread's event loop was kept from running: gaps between timer ticks.

A :class:`GapMeter` ticks a precise ``QTimer`` every few milliseconds on the UI thread and
records the time between ticks.  While the loop is free the gaps stay near the interval;
a gap of 80 ms means something held the UI thread for about 80 ms.  Used by
``benchmarks/ui_responsiveness.py`` and by the window tests::

    meter = GapMeter(interval_ms=5)
    meter.start()
    ...  # drive the window
    meter.stop()
    print(meter.summary())
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass

from PySide6.QtCore import Qt, QTimer


@dataclass(frozen=True)
class Gaps:
    """The gaps one meter saw, in milliseconds."""

    ticks: int
    interval_ms: int
    max: float
    p99: float
    p95: float
    p50: float

    def as_dict(self) -> dict[str, float | int]:
        """The figures for a JSON report, rounded to 0.1 ms."""
        return {k: round(v, 1) if isinstance(v, float) else v for k, v in asdict(self).items()}

    def __str__(self) -> str:
        return (
            f"max {self.max:.1f} ms · p99 {self.p99:.1f} ms · p95 {self.p95:.1f} ms · "
            f"median {self.p50:.1f} ms over {self.ticks} ticks of {self.interval_ms} ms"
        )


def percentile(ordered: list[float], q: float) -> float:
    """The value below which a share ``q`` of the sorted values lie (nearest rank)."""
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


class GapMeter:
    """Records the time between ticks of a timer on the thread that starts it."""

    def __init__(self, interval_ms: int = 5) -> None:
        self.interval_ms = interval_ms
        self.gaps: list[float] = []  # milliseconds between consecutive ticks
        self.at: list[float] = []  # when each gap ended, milliseconds after start
        self._timer = QTimer(interval=interval_ms)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._started = self._last = 0.0

    def start(self) -> None:
        """Start ticking (the first gap is measured from here)."""
        self._started = self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        """Stop ticking; the gaps recorded so far stay."""
        self._timer.stop()

    @property
    def started(self) -> float:
        """``perf_counter`` when ticking started (0 before)."""
        return self._started

    @property
    def last_tick(self) -> float:
        """``perf_counter`` of the last tick (0 before the first)."""
        return self._last

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self.at.append((now - self._started) * 1000)
        self._last = now

    def largest(self, count: int = 5) -> list[tuple[float, float]]:
        """The ``count`` largest gaps as (gap, when it ended), both in milliseconds."""
        return sorted(zip(self.gaps, self.at, strict=True), reverse=True)[:count]

    def summary(self) -> Gaps:
        """Max, p99, p95 and median of the gaps (all zero before the first tick)."""
        ordered = sorted(self.gaps) or [0.0]
        return Gaps(
            ticks=len(self.gaps),
            interval_ms=self.interval_ms,
            max=ordered[-1],
            p99=percentile(ordered, 0.99),
            p95=percentile(ordered, 0.95),
            p50=percentile(ordered, 0.50),
        )
