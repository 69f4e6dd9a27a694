"""Recoll's ``recollindex`` on a folder, as the yardstick for CaseDesk's ingest.

Recoll (Debian package ``recollcmd``; PDFs also need ``poppler-utils`` for
``pdftotext``) is a mature desktop indexer in C++ on Xapian.  It runs here with a
private configuration folder — ``topdirs`` the folder, ``idxflushmb = 10`` so that it
writes to disk every 10 MB of text as a careful desktop setup would, at normal
priority (``idxniceprio = 0``; by default it runs at nice 19, which only matters when
something else wants the cores) — and a fresh index (``-z``).  When it is not
installed, the result says so instead of failing.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from benchmarks.process_watch import run_watched

FLUSH_MB = 10


def available() -> str:
    """``""`` when recollindex can run here, else why not (in plain words)."""
    if shutil.which("recollindex") is None:
        return "recollindex is not installed (apt-get install recollcmd poppler-utils)"
    return ""


def run_recoll(folder: Path, confdir: Path) -> dict[str, object]:
    """Index ``folder`` from scratch; wall time, CPU time, peak memory and counts."""
    missing = available()
    if missing:
        return {"available": False, "reason": missing}
    if confdir.exists():
        shutil.rmtree(confdir)
    confdir.mkdir(parents=True)
    (confdir / "recoll.conf").write_text(
        f"topdirs = {folder.resolve()}\nidxflushmb = {FLUSH_MB}\nidxniceprio = 0\nloglevel = 1\n"
    )
    # Recoll's filters are Python scripts run as "python3": the system's, not a shim.
    path = f"/usr/bin:{os.environ.get('PATH', '')}"
    watched = run_watched(["recollindex", "-c", str(confdir), "-z"], {**os.environ, "PATH": path})
    status = _status(confdir / "idxstatus.txt")
    return {
        "available": True,
        "returncode": watched.returncode,
        "wall_s": round(watched.wall_s, 2),
        "cpu_s": round(watched.cpu_s, 2),
        "peak_tree_rss_mb": round(watched.peak_tree_rss_mb),
        "peak_process_rss_mb": round(watched.peak_process_rss_mb),
        "files_done": int(status.get("filesdone", 0)),
        "file_errors": int(status.get("fileerrors", 0)),
        "documents_in_index": int(status.get("dbtotdocs", 0)),
        "pdftotext": shutil.which("pdftotext") is not None,
    }


def _status(path: Path) -> dict[str, str]:
    """recollindex's last status file as a dict (``key = value`` lines)."""
    try:
        lines = path.read_text().splitlines()
    except OSError:
        return {}
    pairs = (line.split("=", 1) for line in lines if "=" in line)
    return {key.strip(): value.strip() for key, value in pairs}
