"""How far a desk's own index has followed the office database's ``changes``: the last
``seq`` applied, and the gaps below it that may still fill.

A ``seq`` is taken when a row changes but seen only when its transaction commits, so a
long transaction can commit ``seq`` 100 after another committed 101.  A gap below the last
seq seen is therefore kept, with the snapshot's ``xmax`` when it was found (every
transaction that could hold it had an id below that); it is read again at each catch-up
until it appears or every transaction below that ``xmax`` has ended (``xmin`` of a later
snapshot reached it: it was rolled back).  So a change is never skipped.

The state is written (to a temporary file, flushed, renamed) only after the index has
committed what it says: a crash before re-applies changes, which is harmless.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

STATE_FILE = "applied.json"


@dataclass(frozen=True)
class Gap:
    """Seqs ``low``…``high`` not seen yet; ``xmax`` of the snapshot they were found in."""

    low: int
    high: int
    xmax: int


@dataclass(frozen=True)
class Applied:
    """The last seq applied and the gaps below it still to watch."""

    seq: int = 0
    gaps: tuple[Gap, ...] = ()

    def after(self, seen: list[int], xmin: int, xmax: int) -> Applied:
        """The state once the changes ``seen`` (sorted seqs read in a snapshot with these
        ``xmin`` and ``xmax``) are applied."""
        seen_set = set(seen)
        kept = [g for g in self.gaps if g.xmax > xmin]
        gaps = [part for g in kept for part in _minus(g, seen_set)]
        last = self.seq
        for seq in seen:
            if seq > last + 1:
                gaps.append(Gap(last + 1, seq - 1, xmax))
            last = max(last, seq)
        return Applied(last, tuple(gaps))


def _minus(gap: Gap, seen: set[int]) -> list[Gap]:
    """What is left of a gap once the seqs ``seen`` are taken out of it."""
    parts, start = [], gap.low
    for seq in sorted(s for s in seen if gap.low <= s <= gap.high):
        if seq > start:
            parts.append(Gap(start, seq - 1, gap.xmax))
        start = seq + 1
    if start <= gap.high:
        parts.append(Gap(start, gap.high, gap.xmax))
    return parts


def read(folder: Path) -> Applied:
    """The state kept in ``folder``; the start (nothing applied) when there is none."""
    try:
        data = json.loads((folder / STATE_FILE).read_text())
        return Applied(int(data["seq"]), tuple(Gap(*map(int, g)) for g in data["gaps"]))
    except (OSError, ValueError, KeyError, TypeError):
        return Applied()


def write(folder: Path, applied: Applied) -> None:
    """Keep ``applied`` in ``folder``, whole or not at all."""
    data = {"seq": applied.seq, "gaps": [[g.low, g.high, g.xmax] for g in applied.gaps]}
    temporary = folder / f".{STATE_FILE}.{os.getpid()}"
    with open(temporary, "w") as out:
        json.dump(data, out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, folder / STATE_FILE)


def forget(folder: Path) -> None:
    """Start again from nothing applied (the index was rebuilt empty)."""
    (folder / STATE_FILE).unlink(missing_ok=True)
