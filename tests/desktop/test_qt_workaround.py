"""The guard against PySide6 6.12.0's over-released None on Python 3.11."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from desktop import qt_workaround

_CALLS = """
import sys
{setup}
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication([])
box = QLineEdit()
for _ in range(20_000):
    box.setText("x")
print("survived")
"""


def _run(setup: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-c", _CALLS.format(setup=setup)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_many_qt_calls_survive_with_the_guard() -> None:
    """GIVEN the desktop package imported (which applies the guard) WHEN a Qt method
    returning nothing is called 20,000 times THEN the process finishes normally."""
    done = _run("import desktop")
    assert done.returncode == 0, done.stderr[-500:]
    assert "survived" in done.stdout


@pytest.mark.skipif(not qt_workaround.needed(), reason="None is immortal on this Python")
def test_the_guard_is_what_keeps_it_alive() -> None:
    """GIVEN no guard WHEN the same calls are made THEN Python aborts on this PySide6
    (if this starts passing, the upstream bug is fixed and the guard can go)."""
    done = _run("")
    assert done.returncode != 0 and "dealloc" in done.stderr
