"""Scans read by the real ``casedesk`` and Tesseract: ``add`` (and ``--no-ocr``), ``ocr``
(and ``--redo``), a kill while pages are read, and what ``show``, ``search``,
``problems`` and ``stats`` say about scanned pages."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from tests.cli.conftest import casedesk_command
from tests.support import scans


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory):
    """An archive holding an English scan naming a case, Dari and Pashto scans, a blank
    page, a two-page TIFF and a PDF whose second page is a scan, added with OCR."""
    root = tmp_path_factory.mktemp("scanned")
    folder = root / "in"
    folder.mkdir()
    scans.save_scan(folder / "statement.png", scans.ENGLISH)
    scans.save_scan(folder / "dari.png", scans.DARI, "fas")
    scans.save_scan(folder / "pashto.png", scans.PASHTO, "pus")
    scans.blank(folder / "blank.png")
    scans.tiff_of(
        folder / "two-pages.tif",
        [scans.scan(("Cover sheet only.",)), scans.scan(("The interview was in Quetta.",))],
    )
    scans.pdf_with_a_scanned_page(
        folder / "mixed.pdf", "Typed cover letter", scans.scan(("Seen in Jalalabad today.",))
    )
    env = {**os.environ, "CASEDESK_ARCHIVE": str(root / "archive")}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*casedesk_command(), *args], capture_output=True, text=True, env=env, timeout=300
        )

    added = run("add", str(folder), "--json")
    return run, added


def _hits(run, *query: str) -> list[dict]:
    import json

    return json.loads(run("search", *query, "--json").stdout)["hits"]


def test_add_reads_the_scans_after_the_files(scanned) -> None:
    """GIVEN a folder of scans (one blank, one a PDF page with no text layer)
    WHEN it is added
    THEN every waiting page is read: 8 pages, 7 with words and the blank one with none,
    and stats counts them."""
    import json

    run, added = scanned
    summary = json.loads(added.stdout)
    assert summary["added"] == 6
    assert {k: summary["ocr"][k] for k in ("pages", "read", "no_text", "failed", "not_done")} == {
        "pages": 7, "read": 6, "no_text": 1, "failed": 0, "not_done": 0,
    }  # fmt: skip
    stats = json.loads(run("stats", "--json").stdout)
    assert (stats["pages_read_by_ocr"], stats["pages_without_readable_text"]) == (6, 1)
    assert stats["pages_waiting_for_ocr"] == 0


def test_dari_and_pashto_words_on_scans_are_found(scanned) -> None:
    """GIVEN the Dari and the Pashto scan read
    WHEN a Dari word and a Pashto word are searched
    THEN each finds its scan."""
    run, _ = scanned
    assert _hits(run, "پاسپورت")[0]["path"].endswith("dari.png")
    assert _hits(run, "پاسپورټ")[0]["path"].endswith("pashto.png")


def test_a_name_on_a_scan_is_found_in_another_spelling(scanned) -> None:
    """GIVEN a scan naming "Mohammed Ahmadzai"
    WHEN "Muhammad Ahmadzay" is searched
    THEN the scan is found (name keys), with the name marked in its snippet."""
    run, _ = scanned
    hits = _hits(run, "Muhammad", "Ahmadzay")
    assert hits[0]["path"].endswith("statement.png")
    assert "<mark>Mohammed</mark>" in hits[0]["snippets"][0]


def test_a_case_number_on_a_scan_links_it_to_the_case(scanned) -> None:
    """GIVEN a scan carrying case number AFG-2024-00137
    WHEN the case's documents are searched, and the scan is shown
    THEN the scan is linked to the case, as a text document would be."""
    import json

    run, _ = scanned
    hits = _hits(run, "case:AFG-2024-00137")
    assert [Path(h["path"]).name for h in hits] == ["statement.png"]
    shown = json.loads(run("show", str(hits[0]["id"]), "--json").stdout)
    assert shown["cases"] == ["AFG-2024-00137"]


def test_snippets_show_the_page_of_the_scan(scanned) -> None:
    """GIVEN a two-page TIFF and a PDF whose second page is a scan
    WHEN words of their second pages are searched
    THEN the hits point at page 2."""
    run, _ = scanned
    assert [h["page"] for h in _hits(run, "Quetta")] == [2]
    assert [h["page"] for h in _hits(run, "Jalalabad")] == [2]


def test_show_and_problems_say_what_ocr_did(scanned) -> None:
    """GIVEN the archive read
    WHEN show is asked about the Dari scan and the blank page, and problems are listed
    THEN show says which language and engine read the page (in Dari too), and "no
    readable text" for the blank page, which problems lists with its page."""
    import json

    run, _ = scanned
    documents = {Path(h["path"]).name: h["id"] for h in _hits(run, "type:document")}
    dari = run("show", str(documents["dari.png"])).stdout
    assert "Read by OCR (Dari, tesseract 5." in dari and "): page 1" in dari
    in_dari = run("--lang", "fa", "show", str(documents["dari.png"])).stdout
    assert "خوانده‌شده با OCR (دری، \u2066tesseract 5." in in_dari, in_dari
    blank_id = next(i for i in range(1, 8) if "blank.png" in run("show", str(i)).stdout)
    assert "No readable text: page 1" in run("show", str(blank_id)).stdout
    problems = json.loads(run("problems", "--json").stdout)
    assert [(Path(p["path"]).name, p["kind"]) for p in problems] == [("blank.png", "no-text")]
    assert "No readable text on page 1" in problems[0]["reason"]


def test_no_ocr_leaves_pages_waiting_and_ocr_redo_reads_them_again(
    tmp_path: Path, casedesk
) -> None:
    """GIVEN two scans added with --no-ocr
    WHEN show is asked, then casedesk ocr runs, then casedesk ocr --redo
    THEN the pages wait ("Waiting to be read"), ocr reads both, a second ocr finds none
    waiting, and --redo reads both again."""
    folder = tmp_path / "in"
    folder.mkdir()
    scans.save_scan(folder / "a.png", ("Kabul office copy.",))
    scans.save_scan(folder / "b.png", ("Second copy from Kandahar.",))
    added = casedesk("add", folder, "--no-ocr", "--json").json
    assert added["ocr"] is None
    assert "Waiting to be read: page 1" in casedesk("show", "1").out
    assert casedesk("search", "Kandahar", "--json").json["total"] == 0
    first = casedesk("ocr", "--json").json
    assert (first["pages"], first["read"]) == (2, 2)
    assert casedesk("search", "Kandahar", "--json").json["total"] == 1
    assert casedesk("ocr", "--json").json["pages"] == 0
    again = casedesk("ocr", "--redo", "--json").json
    assert (again["pages"], again["read"]) == (2, 2)


def test_a_kill_while_scans_are_read_keeps_the_pages_read(tmp_path: Path, casedesk) -> None:
    """GIVEN eight scans being read by casedesk add
    WHEN the command is killed (SIGKILL) after some pages were stored, and casedesk ocr runs
    THEN the pages stored before the kill are kept as they were (not read again), ocr reads
    exactly the rest, and every page is read once."""
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(8):
        scans.save_scan(folder / f"scan-{n}.png", (f"Page number {n} of the bundle.",))
    archive = casedesk.archive
    env = {**os.environ, "CASEDESK_ARCHIVE": str(archive)}
    process = subprocess.Popen(
        [*casedesk_command(), "add", str(folder), "--workers", "1"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    before = _wait_for_readings(archive / "catalog.sqlite", at_least=2)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(30)
    kept = _readings(archive / "catalog.sqlite")
    assert 2 <= len(kept) < 8 and before.items() <= kept.items()
    rest = casedesk("ocr", "--json").json
    assert (rest["pages"], rest["read"]) == (8 - len(kept), 8 - len(kept))
    after = _readings(archive / "catalog.sqlite")
    assert len(after) == 8 and kept.items() <= after.items()


def _readings(catalog: Path) -> dict[tuple[int, int], str]:
    """Each page read, with when it was read."""
    with sqlite3.connect(f"{catalog.as_uri()}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT document_id, page, read_at FROM page_readings").fetchall()
    return {(d, p): at for d, p, at in rows}


def _wait_for_readings(catalog: Path, at_least: int) -> dict[tuple[int, int], str]:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if catalog.exists():
            try:
                found = _readings(catalog)
            except sqlite3.OperationalError:
                found = {}  # the table is not made yet
            if len(found) >= at_least:
                return found
        time.sleep(0.05)
    raise AssertionError("no page was read within two minutes")
