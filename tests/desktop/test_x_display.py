"""A DISPLAY that nobody answers at: a plain message, never Qt's abort (exit 134)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from desktop.x_display import display_answers, x_display_unreachable
from tests.cli.conftest import casedesk_command

DEAD = ":93"  # no X server listens there on a test machine


def dead_display_environment() -> dict[str, str]:
    """The environment of a login whose DISPLAY names a display that has gone."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["DISPLAY"] = DEAD
    return env


def test_a_display_nobody_answers_at_is_known_as_such() -> None:
    """GIVEN DISPLAY=:93 with no X server WHEN asked THEN it does not answer, and Qt would use
    X11 there (so the window must not be tried)."""
    assert not Path(f"/tmp/.X11-unix/X{DEAD[1:]}").exists()
    assert display_answers(DEAD) is False
    assert x_display_unreachable(dead_display_environment()) is True
    assert x_display_unreachable({"DISPLAY": DEAD, "QT_QPA_PLATFORM": "offscreen"}) is False


def on_dead_display(*args: str) -> subprocess.CompletedProcess[str]:
    """``casedesk ARGS`` run in a login whose display has gone."""
    return subprocess.run(
        [*casedesk_command(), *args],
        env=dead_display_environment(),
        capture_output=True,
        text=True,
        timeout=600,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def test_the_window_on_a_dead_display_says_so_instead_of_aborting(tmp_path: Path) -> None:
    """GIVEN DISPLAY set to a display that has gone WHEN casedesk gui starts THEN exit 2 with a
    sentence naming the display, not Qt's abort (134) or its "could not connect" message."""
    done = on_dead_display("gui", "--archive", str(tmp_path / "archive"))
    said = done.stdout + done.stderr
    assert done.returncode == 2, said
    assert f"DISPLAY={DEAD}" in said and "qt.qpa" not in said


def test_drafting_on_a_dead_display_still_makes_its_pdf(tmp_path: Path) -> None:
    """GIVEN the dead display and an empty folder WHEN `casedesk demo --archive folder/demo`
    runs (the demo renders its letters with Qt) THEN it renders offscreen and succeeds,
    describing the archive; AND the folder holds only the archive (no `demo-sources`
    beside it), which answers a search.  (One demo build checks both: each takes ~25 s.)"""
    folder = tmp_path / "chosen"
    folder.mkdir()
    done = on_dead_display("demo", "--archive", str(folder / "demo"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "It holds" in done.stdout
    assert sorted(p.name for p in folder.iterdir()) == ["demo"]
    assert on_dead_display("search", "Ahmadzai", "--archive", str(folder / "demo")).returncode == 0
