"""The libraries Qt's window needs: all installed, and a plain message (not a Qt abort) when not."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.qt_libraries import (
    check_window_libraries,
    debian_package,
    missing_libraries,
    qt_folder,
    uses_xcb,
    window_files,
)
from index.errors import CaseDeskError
from tests.cli.conftest import casedesk_command

QT = qt_folder()
ABSENT = "libxcb-casedesk-absent.so.7"  # a library no system has


def ldd_not_found(path: Path) -> list[str]:
    """The lines of ``ldd path`` that say "not found"."""
    done = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=True)
    return [line.strip() for line in done.stdout.splitlines() if "not found" in line]


def test_every_library_of_qts_x11_plugin_is_installed() -> None:
    """GIVEN PySide6 as tools/bootstrap.sh installed it WHEN ldd reads the X11 platform plugin,
    libQt6XcbQpa and the xcbglintegrations plugins THEN no library is "not found"."""
    assert QT is not None
    files = [QT / "plugins/platforms/libqxcb.so", QT / "lib/libQt6XcbQpa.so.6"]
    files += sorted((QT / "plugins/xcbglintegrations").glob("*.so"))
    assert all(f.is_file() for f in files) and len(files) >= 3
    missing = {str(f.relative_to(QT)): ldd_not_found(f) for f in files}
    assert {name: lines for name, lines in missing.items() if lines} == {}


def test_the_setup_check_finds_nothing_missing() -> None:
    """GIVEN the set-up machine WHEN bootstrap's check (python -m desktop.qt_libraries) runs
    THEN it names no package and exits 0, having read the X11 and Wayland plugins."""
    assert QT is not None
    names = {f.name for f in window_files(QT)}
    assert {"libqxcb.so", "libQt6XcbQpa.so.6", "libqwayland.so"} <= names
    done = subprocess.run(
        [sys.executable, "-m", "desktop.qt_libraries"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


@pytest.mark.parametrize(
    ("library", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libGL.so.1", "libgl1"),
    ],
)
def test_a_library_is_named_by_debians_package_rule(library: str, package: str) -> None:
    """GIVEN a shared library's name WHEN its Debian package is asked THEN the package follows
    Debian's rule (soname without .so., lower case, a hyphen when the name ends in a digit)."""
    assert debian_package(library) == package


@pytest.mark.parametrize(
    ("environ", "xcb"),
    [
        ({"DISPLAY": ":0"}, True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland;xcb"}, True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, False),
        ({}, False),
    ],
)
def test_the_check_runs_only_when_qt_will_load_its_x11_plugin(
    environ: dict[str, str], xcb: bool
) -> None:
    """GIVEN a display and platform choice WHEN asked whether Qt loads its X11 plugin THEN yes only
    with a DISPLAY and no other platform chosen."""
    assert uses_xcb(environ) is xcb


@pytest.fixture
def plugins_missing_a_library(tmp_path: Path) -> Path:
    """A plugin folder for QT_PLUGIN_PATH whose X11 plugin is PySide6's own, made to need
    one more library that no system has (patchelf adds it to the copy)."""
    patchelf = shutil.which("patchelf")
    if patchelf is None:
        pytest.fail("patchelf is needed for this test: bash tools/bootstrap.sh --test installs it")
    assert QT is not None
    plugin = tmp_path / "plugins" / "platforms" / "libqxcb.so"
    plugin.parent.mkdir(parents=True)
    shutil.copy(QT / "plugins/platforms/libqxcb.so", plugin)
    subprocess.run([patchelf, "--add-needed", ABSENT, str(plugin)], check=True)
    # The copy finds Qt's own libraries where the original does.
    subprocess.run([patchelf, "--set-rpath", str(QT / "lib"), str(plugin)], check=True)
    assert missing_libraries([plugin]) == (ABSENT,)
    return plugin.parents[1]


def x11_environment(plugins: Path) -> dict[str, str]:
    """A desktop session's environment (a DISPLAY, no platform chosen) with ``plugins``."""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=":93", QT_PLUGIN_PATH=str(plugins))
    return env


def run_casedesk(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*casedesk_command(), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def test_the_window_names_a_missing_library_instead_of_aborting(
    plugins_missing_a_library: Path, tmp_path: Path
) -> None:
    """GIVEN Qt's X11 plugin needs a library that is not installed WHEN casedesk gui starts on a
    display THEN it exits 2 (not Qt's abort, 134) naming the library, its Debian package and the
    command that installs it."""
    env = x11_environment(plugins_missing_a_library)
    done = run_casedesk("gui", "--archive", str(tmp_path / "archive"), env=env)
    said = done.stdout + done.stderr
    assert done.returncode == 2, said
    assert ABSENT in said and "libxcb-casedesk-absent7" in said
    assert "bash tools/bootstrap.sh" in said and "sudo apt-get install" in said
    assert "qt.qpa" not in said  # Qt was never asked to load the plugin


@pytest.mark.slow
def test_the_demo_builds_then_names_a_missing_library(
    plugins_missing_a_library: Path, tmp_path: Path
) -> None:
    """GIVEN Qt's X11 plugin needs a library that is not installed WHEN casedesk demo runs on a
    display THEN it builds the demo archive, says what it holds, and exits 2 naming the library."""
    env = x11_environment(plugins_missing_a_library)
    root = tmp_path / "demo"
    done = run_casedesk("demo", "--archive", str(root), env=env)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "It holds 35 documents" in done.stdout
    assert ABSENT in done.stdout + done.stderr


def test_the_check_in_process_raises_a_plain_error(plugins_missing_a_library: Path) -> None:
    """GIVEN the same plugin WHEN the window's check runs THEN it raises a CaseDeskError whose
    message is one plain paragraph naming the library."""
    with pytest.raises(CaseDeskError, match="cannot start") as raised:
        check_window_libraries(x11_environment(plugins_missing_a_library))
    assert ABSENT in str(raised.value) and "\n" not in str(raised.value)
