"""``casedesk`` speaks Dari and Pashto: ``--lang``, ``CASEDESK_LANG``, the window's choice,
the system's locale (issue 19, item 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from index.lock import WriterLock
from tests.cli.test_cli_start import HEAVY, imported

LRI, PDI = "\u2066", "\u2069"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two invented notes to add."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "note.txt").write_text("Interview of Spogmai Wardak, case AFG-2024-00412.")
    (folder / "other.txt").write_text("Resettlement interview on Monday.")
    return folder


def test_add_prints_its_summary_in_pashto(casedesk, folder: Path) -> None:
    """GIVEN two notes WHEN ``casedesk --lang ps add`` adds them THEN the summary is the
    Pashto sentence with the counts filled in, and --json keeps its English keys."""
    done = casedesk("--lang", "ps", "add", folder)
    assert done.code == 0, done.err
    assert done.out.strip() == (
        "2 فایلونه: 2 زیات شول، 0 نه دي بدل شوي، 0 تکراري، 0 نه دي فهرست شوي."
    )
    again = casedesk("--lang", "ps", "add", folder, "--json")
    assert again.json["unchanged"] == 2


def test_a_missing_archive_is_told_in_dari_from_casedesk_lang(
    casedesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN CASEDESK_LANG=fa and no archive WHEN ``casedesk search`` runs THEN it exits 2
    with the Dari sentence, the archive's path kept left to right in an isolate."""
    monkeypatch.setenv("CASEDESK_LANG", "fa")
    done = casedesk("search", "visa")
    assert done.code == 2
    assert done.err.startswith(f"در {LRI}{casedesk.archive}{PDI} آرشیف CaseDesk نیست.")
    assert "No CaseDesk archive" not in done.err


def test_a_locked_archive_is_told_in_pashto(
    casedesk, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN an archive whose writer lock another CaseDesk holds WHEN ``casedesk --lang ps
    add`` runs THEN it says in Pashto that it waits for the command holding it, then exits
    2 with the Pashto sentence naming that command."""
    assert casedesk("add", folder).code == 0
    monkeypatch.setenv("CASEDESK_LOCK_WAIT", "0.5")
    lock = WriterLock(casedesk.archive, "casedesk add")
    lock.acquire()
    try:
        done = casedesk("--lang", "ps", "add", folder)
    finally:
        lock.release()
    assert done.code == 2
    waiting, refused = done.err.splitlines()
    assert waiting.startswith(f"د CaseDesk بله کړکۍ یا فرمان لیکي: {LRI}casedesk add{PDI} (پروسه ")
    assert refused.startswith(f"دا آرشیف بل CaseDesk بدلوي: {LRI}casedesk add{PDI} (پروسه ")
    assert "انتظار وباسئ" in refused


def test_the_option_wins_over_the_variable_and_english_stays_english(
    casedesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN CASEDESK_LANG=ps WHEN ``casedesk --lang en`` runs on no archive THEN the error
    is in English; without the option it is in Pashto."""
    monkeypatch.setenv("CASEDESK_LANG", "ps")
    assert casedesk("--lang", "en", "stats").err.startswith("No CaseDesk archive at ")
    assert casedesk("stats").err.startswith(f"په {LRI}")


def test_the_windows_choice_then_the_system_locale_choose_the_language(
    casedesk, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """GIVEN no option nor CASEDESK_LANG, a system locale of fa_AF WHEN casedesk runs on no
    archive THEN it speaks Dari; AND once the window's settings say Pashto, Pashto."""
    monkeypatch.delenv("CASEDESK_LANG", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "fa_AF.UTF-8")
    assert casedesk("stats").err.startswith(f"در {LRI}")
    settings = Path(tmp_path / "config")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(settings))
    (settings / "CaseDesk").mkdir(parents=True)
    (settings / "CaseDesk" / "window.ini").write_text("[interface]\nlanguage=ps\n")
    assert casedesk("stats").err.startswith(f"په {LRI}")


def test_search_in_dari_imports_no_qt(casedesk, folder: Path, monkeypatch) -> None:
    """GIVEN an archive of two notes WHEN ``casedesk --lang fa search interview`` runs
    THEN its heading is in Dari, read from the catalogue without importing PySide6 or any
    other heavy package; AND a second run reads what the first kept, not the XML."""
    assert casedesk("add", folder).code == 0
    monkeypatch.setenv("PYTHONPROFILEIMPORTTIME", "1")
    done = casedesk("--lang", "fa", "search", "interview")
    assert done.code == 0
    assert done.out.startswith("2 سند\n")
    names = imported(done.err)
    assert "xml" in names  # the catalogue was read from its .ts
    assert names & HEAVY == set()
    again = casedesk("--lang", "fa", "search", "interview")
    assert again.out == done.out
    assert "xml" not in imported(again.err)  # and then from the cache


def test_global_options_before_the_command_still_name_it() -> None:
    """GIVEN ``--lang ps --archive DIR search`` WHEN the command is looked for THEN it is
    ``search`` (so only its parser is built)."""
    assert main.command_named(["--lang", "ps", "--archive", "/a", "search", "x"]) == "search"
    assert main.command_named(["--lang=fa", "stats"]) == "stats"
