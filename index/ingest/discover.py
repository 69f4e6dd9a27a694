"""Finding the files to ingest under the paths the user gave.

Folders are walked recursively in a stable order; hidden files and folders (names
starting with a dot) are skipped, as is the archive itself when it lies inside a
given folder.  Links found inside folders and special files (pipes, devices) are
reported, not followed or read: a link can point anywhere, and reading a pipe hangs.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class Found(Enum):
    """What a discovered path is."""

    FILE = "file"
    LINK = "link"
    SPECIAL = "special"
    MISSING = "missing"


@dataclass(frozen=True)
class Candidate:
    """A path to ingest and what it is."""

    path: Path
    found: Found


def discover(paths: Iterable[Path], skip: Path | None = None) -> Iterator[Candidate]:
    """Every file under ``paths``, each once, in a stable order."""
    seen: set[Path] = set()
    for given in paths:
        for candidate in _expand(Path(os.path.abspath(given)), skip):
            if candidate.path not in seen:
                seen.add(candidate.path)
                yield candidate


def _expand(path: Path, skip: Path | None) -> Iterator[Candidate]:
    try:
        mode = path.stat().st_mode  # a path the user named is followed if it is a link
    except OSError:
        yield Candidate(path, Found.MISSING)
        return
    if stat.S_ISDIR(mode):
        yield from _walk(path, skip)
    else:
        yield Candidate(path, _kind(mode))


def _walk(folder: Path, skip: Path | None) -> Iterator[Candidate]:
    for root, dirs, files in os.walk(folder, followlinks=False):
        here = Path(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and here / d != skip)
        for name in sorted(files) + sorted(d for d in dirs if (here / d).is_symlink()):
            if name.startswith("."):
                continue
            yield _classify(here / name)
        dirs[:] = [d for d in dirs if not (here / d).is_symlink()]


def _classify(path: Path) -> Candidate:
    try:
        mode = path.lstat().st_mode
    except OSError:
        return Candidate(path, Found.MISSING)
    if stat.S_ISLNK(mode):
        return Candidate(path, Found.LINK)
    return Candidate(path, _kind(mode))


def _kind(mode: int) -> Found:
    return Found.FILE if stat.S_ISREG(mode) else Found.SPECIAL
