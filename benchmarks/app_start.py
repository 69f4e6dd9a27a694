"""App start on a large archive: how soon the window can be used, the first search, memory.

The issue's targets at 100,000 documents: the window is interactive within 1 s (no full
scan of the catalog at start), the first search answers within 200 ms after that, and
the app with the archive open and searching stays under 1 GB.

Each measurement runs in a fresh Python process (nothing warm from an earlier run but
the operating system's file cache), with HOME in a temporary folder:

- ``window``: the real :class:`~desktop.ui.main_window.MainWindow` through
  :func:`desktop.ui.app.open_window`, offscreen.  *Interactive* is the first turn of the
  event loop after ``show()`` (a zero-delay timer firing: the window paints and takes
  keys from then on); *first results* is when the start-up search (the newest documents)
  is shown.  Then each query is put in the search box and timed from the search starting
  to its hits being shown (``results_shown``), the way typing ends.  Then a mixed set of
  up to 50 searches (issue 20, item 6): the query set of ``benchmarks/search_latency.py`` and
  one more word, each followed by a click on a value of a facet (kind, year, case,
  language in turn) once its counts are shown, each waited for to its counts.  Memory is
  the process's resident size (and of it, the private part, ``RssAnon``) after the window
  opened, after the first search, after the four timed searches, after the 50, and its
  peak.
- ``baseline``: the floor for the same work in the same run — a bare ``QMainWindow``
  with a line edit shown the same way, and the engine alone
  (:class:`~index.search.searchindex.SearchIndex`, hits only) answering the same queries.

Run from the project root on an existing archive (e.g. one built by
``benchmarks/ingest_rate.py`` or ``casedesk add``)::

    .venv/bin/python benchmarks/app_start.py --archive /tmp/big/archive [--json out.json]

or let it build an archive of invented documents first with ``casedesk add`` (whose time,
CPU and peak memory are reported too), kept in ``--workdir`` for the next run::

    .venv/bin/python benchmarks/app_start.py --count 100000 --workdir /tmp/casedesk-start-100000
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ("Ahmadzai", "Mohammad Karimi", "deportation", "visa interview")
TARGETS = {
    "interactive_s": 1.0,
    "first_search_ms": 200.0,
    "memory_mb": 1024.0,
    "searching_memory_mb": 500.0,  # issue 20, item 6: the peak, the 50 searches included
}
FACET_CLICKS = ("kind", "year", "case", "language")  # clicked in turn, one per query
QUERIES_VARIABLE = "CASEDESK_BENCH_QUERIES"  # the mixed set, as JSON, for the child


def _status_mb(field: str) -> float:
    """``VmRSS`` or ``VmHWM`` of this process, in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def _memory() -> dict[str, float]:
    """Resident size now and of it the private (anonymous) part, in MB."""
    return {"rss_mb": round(_status_mb("VmRSS"), 1), "anon_mb": round(_status_mb("RssAnon"), 1)}


def mixed_queries() -> list[str]:
    """The query texts of the mixed set: search_latency's, for the same invented corpus."""
    from benchmarks.search_latency import queries, samples

    return [probe.casedesk for probe in queries(*samples(100))] + ["embassy"]


def _timed_search(window, text: str, typed: bool = True) -> float | None:
    """Put ``text`` in the search box (or click a facet: ``typed`` false, ``text`` the
    term) and search; ms until the hits are shown, waiting for the counts too."""
    done: list[float] = []
    window.results_shown.connect(lambda _r, d=done: d.append(time.perf_counter()))
    begun = time.perf_counter()
    if typed:
        window.search_box.blockSignals(True)  # no typing delay: the search starts now
        window.search_box.setText(text)
        window.search_box.blockSignals(False)
        begun = time.perf_counter()
        window.run_search()
    else:
        window.narrow(text)
    _wait(lambda d=done: bool(d), 120)
    window.results_shown.disconnect()
    _wait(lambda: not window.searching, 120)  # counts too, before the next query
    return round((done[0] - begun) * 1000, 1) if done else None


def _mixed(window, texts: list[str]) -> dict[str, object]:
    """Each text searched, then narrowed by a facet value: ms of each, clicks made."""
    from desktop.ui.facets import facet_term

    times, clicks = [], 0
    for number, text in enumerate(texts):
        times.append(_timed_search(window, text))
        facet = FACET_CLICKS[number % len(FACET_CLICKS)]
        values = list((window.last_result.facets or {}).get(facet, {}))
        term = facet_term(facet, values[0]) if values else None
        if term is not None:
            times.append(_timed_search(window, term, typed=False))
            clicks += 1
    shown = sorted(t for t in times if t is not None)
    return {
        "searches": len(times),
        "facet_clicks": clicks,
        "median_ms": shown[len(shown) // 2] if shown else None,
        "max_ms": shown[-1] if shown else None,
    }


def _measure_window(archive: Path) -> dict[str, object]:
    """In a fresh process: open the real window on ``archive`` and time it."""
    started = time.perf_counter()
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app import open_window

    app = QApplication.instance() or QApplication(sys.argv)
    imported = time.perf_counter()
    window = open_window(archive)
    window.errors.quiet = True
    window.show()
    _turn(QEventLoop, QTimer)
    interactive = time.perf_counter()
    first = _wait(lambda: window.last_result is not None and not window.searching, 120)
    first_results = time.perf_counter() if first else None
    steps = {"opened": _memory()}
    searches = {}
    for query in QUERIES:
        searches[query] = _timed_search(window, query)
        if query == QUERIES[0]:
            steps["first_search"] = _memory()
    steps["timed_searches"] = _memory()
    texts = json.loads(os.environ.get(QUERIES_VARIABLE, "[]"))
    mixed = _mixed(window, texts) if texts else {}
    if texts:
        steps["mixed_searches"] = _memory()
    memory = {"rss_mb": round(_status_mb("VmRSS"), 1), "peak_mb": round(_status_mb("VmHWM"), 1)}
    window.close()
    app.processEvents()
    return {
        "import_s": round(imported - started, 3),
        "interactive_s": round(interactive - imported, 3),
        "first_results_s": round(first_results - imported, 3) if first_results else None,
        "search_ms": searches,
        "mixed": mixed,
        "memory_steps": steps,
        **memory,
    }


def _measure_baseline(archive: Path) -> dict[str, object]:
    """In a fresh process: a bare window shown the same way, and the engine alone."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

    from index.search.searchindex import SearchIndex, SearchOptions

    app = QApplication.instance() or QApplication(sys.argv)
    begun = time.perf_counter()
    bare = QMainWindow()
    bare.setCentralWidget(QLineEdit())
    bare.show()
    _turn(QEventLoop, QTimer)
    shown = time.perf_counter() - begun
    bare.close()
    app.processEvents()
    engine = SearchIndex(archive / "index")
    opened = time.perf_counter()
    engine.open(create=False)
    open_s = time.perf_counter() - opened
    searches = {}
    for query in QUERIES:
        begun = time.perf_counter()
        engine.search(query, SearchOptions(limit=50, facets=False))
        searches[query] = round((time.perf_counter() - begun) * 1000, 1)
    engine.close()
    return {
        "bare_window_s": round(shown, 3),
        "engine_open_s": round(open_s, 3),
        "engine_search_ms": searches,
        "engine_rss_mb": round(_status_mb("VmRSS"), 1),
    }


def _turn(event_loop: type, timer: type) -> None:
    """Run the event loop until a zero-delay timer fires (the window paints before it)."""
    loop = event_loop()
    timer.singleShot(0, loop.quit)
    loop.exec()


def _wait(condition: Callable[[], bool], seconds: float) -> bool:
    """Turn the event loop until ``condition()`` or ``seconds`` passed."""
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + seconds
    while not condition():
        if time.perf_counter() > deadline:
            return False
        QApplication.processEvents()
        time.sleep(0.002)
    return True


def _child(kind: str, archive: Path, home: Path) -> dict[str, object]:
    """Run one measurement in a fresh process; returns what it printed as JSON."""
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env[QUERIES_VARIABLE] = json.dumps(mixed_queries(), ensure_ascii=False)
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env.pop(var, None)
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--archive", str(archive)],
        capture_output=True,
        text=True,
        env=env,
        timeout=1800,
        cwd=ROOT,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the {kind} measurement failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _documents(archive: Path) -> int:
    import sqlite3

    with sqlite3.connect(f"file:{archive / 'catalog.sqlite'}?mode=ro", uri=True) as db:
        return db.execute("SELECT count(*) FROM documents").fetchone()[0]


def _segments(archive: Path) -> int:
    """How many parts the archive's search index is in (1 once optimised; searching many
    parts is slower, and the window merges them when idle)."""
    from index.search import SearchIndex

    search = SearchIndex(archive / "index")
    search.open(create=False)
    try:
        return search.segments()
    finally:
        search.close()


def _build(count: int, folder: Path) -> tuple[Path, dict[str, object]]:
    """An archive of ``count`` invented documents in ``folder/archive``, added by the real
    command (watched: time, CPU, peak memory); one already there with as many is reused."""
    from benchmarks.corpus import write_files
    from benchmarks.process_watch import run_watched

    archive = folder / "archive"
    if (archive / "catalog.sqlite").exists() and _documents(archive) >= count:
        return archive, {"reused": True}
    files = folder / "files"
    if not files.exists() or sum(1 for _ in files.iterdir()) < count:
        write_files(files, count)
    command = [
        sys.executable,
        "-m",
        "desktop.cli.main",
        "add",
        str(files),
        "--archive",
        str(archive),
    ]
    watched = run_watched(command)
    if watched.returncode not in (0, 1):
        raise RuntimeError(f"casedesk add failed:\n{watched.stderr[-3000:]}")
    return archive, {
        "files": count,
        "wall_s": round(watched.wall_s, 1),
        "cpu_s": round(watched.cpu_s, 1),
        "documents_per_s": round(count / watched.wall_s, 1),
        "peak_tree_rss_mb": round(watched.peak_tree_rss_mb),
        "peak_process_rss_mb": round(watched.peak_process_rss_mb),
    }


def report(archive: Path) -> dict[str, object]:
    """Measure the window and the baseline on ``archive``; figures, ratios and verdicts."""
    with tempfile.TemporaryDirectory(prefix="casedesk-start-") as home:
        window = _child("window", archive, Path(home))
        baseline = _child("baseline", archive, Path(home))
    first_search = window["search_ms"][QUERIES[0]]
    engine_first = baseline["engine_search_ms"][QUERIES[0]]
    return {
        "archive_documents": _documents(archive),
        "index_segments": _segments(archive),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "window": window,
        "baseline": baseline,
        "ratios": {
            "interactive_vs_bare_window": round(
                window["interactive_s"] / max(baseline["bare_window_s"], 1e-3), 1
            ),
            "first_search_vs_engine": round(first_search / max(engine_first, 0.1), 2)
            if first_search is not None
            else None,
        },
        "targets": TARGETS,
        "met": {
            "interactive_s": window["interactive_s"] <= TARGETS["interactive_s"],
            "first_search_ms": first_search is not None
            and first_search <= TARGETS["first_search_ms"],
            "memory_mb": window["peak_mb"] <= TARGETS["memory_mb"],
            "searching_memory_mb": window["peak_mb"] <= TARGETS["searching_memory_mb"],
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=Path, help="an existing archive to open")
    parser.add_argument("--count", type=int, default=0, help="build an archive of N documents")
    parser.add_argument(
        "--workdir", type=Path, help="build (or reuse) it here instead of a temporary folder"
    )
    parser.add_argument("--json", type=Path, help="also write the report here")
    parser.add_argument("--child", choices=("window", "baseline"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    if args.child:
        measure = _measure_window if args.child == "window" else _measure_baseline
        print(json.dumps(measure(args.archive)))
        return 0
    with tempfile.TemporaryDirectory(prefix="casedesk-start-build-") as scratch:
        built: dict[str, object] = {}
        archive = args.archive
        if archive is None:
            folder = args.workdir or Path(scratch)
            folder.mkdir(parents=True, exist_ok=True)
            archive, built = _build(args.count or 500, folder)
        result = report(archive)
        if built:
            result["casedesk_add"] = built
    text = json.dumps(result, indent=2, ensure_ascii=False)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0 if all(result["met"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
