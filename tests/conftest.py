"""Fixtures shared by every test: real files, real folders, nothing in $HOME, no network."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.support.network_guard import attempts, child_environment, install

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The shared third-party corpus (read-only); tests that need it skip without it."""
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    return CORPUS


@pytest.fixture(autouse=True)
def _no_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point HOME and the XDG folders into a temporary folder so no test touches $HOME."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("CASEDESK_ARCHIVE", raising=False)
    # The words tests read are English unless a test asks for Dari or Pashto, whatever
    # the machine's locale.
    monkeypatch.setenv("CASEDESK_LANG", "en")


@pytest.fixture(scope="session", autouse=True)
def _no_network(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole run, and every Python process it starts, is watched for network use:
    any attempt is refused, logged, and fails the run at its end."""
    log = tmp_path_factory.getbasetemp() / "network-attempts.log"
    os.environ.update(child_environment(log))
    install()
    yield log
    tried = attempts(log)
    if tried:
        pytest.fail(f"Something tried to use the network during the tests:\n{tried}")


@dataclass(frozen=True)
class BuiltDemo:
    """The demo archive as ``casedesk demo`` builds it, once for the whole run."""

    root: Path
    staging: Path
    first: Any  # the build's index.ingest.summary.Summary

    def copy(self, target: Path) -> Path:
        """A copy of the archive at ``target``, for a test that changes it."""
        shutil.copytree(self.root, target)
        return target


@pytest.fixture(scope="session")
def built_demo(tmp_path_factory: pytest.TempPathFactory) -> BuiltDemo:
    """The demo archive built once (about 20 s: its scans are read by OCR). Read it as it
    is; copy it (``built_demo.copy``) to change it."""
    from desktop.demo import build_demo_archive  # Qt and the drafting stack: only if used

    root = tmp_path_factory.mktemp("built-demo") / "archive"
    staging = root.parent / "staged"
    first = build_demo_archive(root, staging=staging)
    return BuiltDemo(root, staging, first)
