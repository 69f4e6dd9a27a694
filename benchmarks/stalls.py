"""Why the UI thread's event loop stalled: its stack sampled during each long gap, and
the garbage collector's pauses.

A :class:`GapMeter` says *that* the loop was held for 110 ms; this says *by what*.  A
daemon thread (:class:`StallWatch`) looks every few milliseconds at when the meter last
ticked; while the UI thread has not ticked for longer than ``threshold_ms`` it samples
that thread's Python stack (``sys._current_frames``), and what every other thread of
ours is doing at the same moment (a thread holding the interpreter keeps the UI thread
from running Python).  The sampler needs the interpreter itself, so a stall made by a C
call that holds it shows up as the stack that made the call.  The collector's pauses are
timed through ``gc.callbacks``.  For a benchmark only::

    watch = StallWatch(meter, threshold_ms=30)
    watch.start()
    ...
    watch.stop()
    print("\\n".join(watch.explain(meter.largest(3))))
"""

from __future__ import annotations

import gc
import sys
import threading
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field

from benchmarks.event_loop import GapMeter

OURS = ("/index/", "/desktop/")  # frames of CaseDesk's own code, not the libraries'


@dataclass
class Sample:
    """The stacks seen at one moment of a stall (milliseconds after the meter started)."""

    at_ms: float
    ui: tuple[str, ...]
    others: dict[str, tuple[str, ...]] = field(default_factory=dict)


class StallWatch(threading.Thread):
    """Samples the UI thread's stack while its event loop is held."""

    def __init__(self, meter: GapMeter, threshold_ms: float = 30, every_ms: float = 3) -> None:
        super().__init__(name="stall-watch", daemon=True)
        self.meter, self.threshold, self.every = meter, threshold_ms / 1000, every_ms / 1000
        self.ui_ident = threading.get_ident()  # made on the UI thread
        self.samples: list[Sample] = []
        self.collections: list[tuple[float, int, float]] = []  # (at ms, generation, ms)
        self._gc_started = 0.0
        self._halt = threading.Event()

    def start(self) -> None:
        """Start sampling and timing the collector."""
        gc.callbacks.append(self._on_gc)
        super().start()

    def stop(self) -> None:
        """Stop sampling."""
        self._halt.set()
        self.join(timeout=1)
        if self._on_gc in gc.callbacks:
            gc.callbacks.remove(self._on_gc)

    def run(self) -> None:
        while not self._halt.wait(self.every):
            last = self.meter.last_tick
            if last and time.perf_counter() - last > self.threshold:
                self.samples.append(self._sample())

    def _sample(self) -> Sample:
        frames = sys._current_frames()
        now_ms = (time.perf_counter() - self.meter.started) * 1000
        ui = _stack(frames.get(self.ui_ident))
        names = {t.ident: t.name for t in threading.enumerate()}
        others = {
            names.get(ident, str(ident)): _stack(frame)
            for ident, frame in frames.items()
            if ident not in (self.ui_ident, threading.get_ident())
        }
        return Sample(now_ms, ui, {k: v for k, v in others.items() if _busy(v)})

    def _on_gc(self, phase: str, info: dict) -> None:
        now = time.perf_counter()
        if phase == "start":
            self._gc_started = now
        elif self._gc_started:
            at = (now - self.meter.started) * 1000
            self.collections.append((at, info["generation"], (now - self._gc_started) * 1000))

    def explain(self, gaps: list[tuple[float, float]]) -> list[str]:
        """For each (gap ms, ended at ms): what the UI thread and the busy threads were
        doing during it, and any collector pause inside it."""
        lines: list[str] = []
        for gap, ended in gaps:
            began = ended - gap
            lines.append(f"gap of {gap:.0f} ms ending at {ended / 1000:.2f} s:")
            inside = [s for s in self.samples if began <= s.at_ms <= ended]
            lines.extend(_summary("UI thread", [s.ui for s in inside]))
            busy: dict[str, list[tuple[str, ...]]] = {}
            for s in inside:
                for name, stack in s.others.items():
                    busy.setdefault(name, []).append(stack)
            for name, stacks in busy.items():
                lines.extend(_summary(f"thread {name}", stacks))
            for at, generation, ms in self.collections:
                if began <= at <= ended + 1:
                    lines.append(f"    collector: generation {generation}, {ms:.1f} ms")
        return lines

    def longest_collections(self, count: int = 5) -> list[tuple[float, int, float]]:
        """The longest collector pauses as (at ms, generation, ms)."""
        return sorted(self.collections, key=lambda c: -c[2])[:count]


def _stack(frame) -> tuple[str, ...]:
    if frame is None:
        return ()
    return tuple(
        f"{'/'.join(entry.filename.split('/')[-2:])}:{entry.lineno} {entry.name}"
        for entry in traceback.extract_stack(frame)
    )


def _busy(stack: tuple[str, ...]) -> bool:
    """False for a thread that is only waiting (on a lock, a queue, a pipe, a select)."""
    top = stack[-1] if stack else ""
    idle = ("wait", "select", "_recv", "recv_bytes", "get", "poll", "sleep", "_wait_for")
    return bool(stack) and not any(top.endswith(" " + word) for word in idle)


def _summary(who: str, stacks: list[tuple[str, ...]]) -> list[str]:
    if not stacks:
        return [f"  {who}: no sample"]
    counts = Counter(stacks)
    lines = [f"  {who}: {len(stacks)} sample(s)"]
    for stack, seen in counts.most_common(2):
        lines.append(f"    {seen}× " + " ← ".join(reversed(stack[-8:])))
    return lines
