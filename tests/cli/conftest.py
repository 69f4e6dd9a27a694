"""Running the real ``casedesk`` command in a subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest


@dataclass
class Result:
    """What one ``casedesk`` run printed and returned."""

    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        return json.loads(self.out)


def casedesk_command() -> list[str]:
    """The installed console script, or the module when it is not on PATH."""
    script = Path(sys.executable).with_name("casedesk")
    return [str(script)] if script.exists() else [sys.executable, "-m", "desktop.cli.main"]


@pytest.fixture
def casedesk(tmp_path: Path):
    """Run ``casedesk ARGS...`` against an archive in tmp_path; returns a :class:`Result`."""
    archive = tmp_path / "archive"

    def run(*args: str | os.PathLike[str], timeout: float = 300, cwd: Path | None = None) -> Result:
        env = {**os.environ, "CASEDESK_ARCHIVE": str(archive)}
        done = subprocess.run(
            [*casedesk_command(), *map(str, args)],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            stdin=subprocess.DEVNULL,
            cwd=cwd,
        )
        return Result(done.returncode, done.stdout, done.stderr)

    run.archive = archive  # type: ignore[attr-defined]
    return run


def copy_tree(source: Path, target: Path) -> Path:
    """A writable copy of a read-only corpus folder."""
    shutil.copytree(source, target, symlinks=True)
    return target
