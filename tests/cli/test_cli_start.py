"""``casedesk`` imports only what the command it runs needs (issue 20, item 5).

Checked by what Python itself reports importing (``PYTHONPROFILEIMPORTTIME``) in the real
``casedesk`` command, not by timing: a command that imports Qt or pypdf for nothing is
slow on every machine, and a timing test would only catch it on a quiet one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from tests.support.hostile import simple_pdf

# What a search never needs: the window, PDF reading and writing, pictures and OCR,
# the drafting templates, NumPy, and the office server's driver (psycopg).
HEAVY = {
    "PySide6",
    "shiboken6",
    "pypdf",
    "pypdfium2",
    "PIL",
    "pillow_heif",
    "tesserocr",
    "jinja2",
    "numpy",
    "psycopg",
}


# What a search imported before issue 20's item 5 and needs none of: the standard
# library's web client and event loop (through Whoosh), Whoosh's English word endings,
# the reference finders, cases, OCR readings, the writer lock, the data-folder lookup,
# and the argument modules of other commands; and (issue 20's second round) logging, the
# settings-file reader (no window.ini there) and the extractors' values.  (Not checked:
# ``traceback``, which the tests' own network guard imports into every process.)
NOT_FOR_A_SEARCH = {
    "asyncio",
    "urllib.request",
    "http.client",
    "ssl",
    "whoosh.lang.morph_en",
    "index.text.references",
    "index.text.mrz",
    "index.cases.store",
    "index.catalog.readings",
    "index.lock",
    "platformdirs",
    "desktop.cli.packets",
    "desktop.cli.case_parsers",
    "desktop.cli.drafting",
    "desktop.cli.audit",
    "logging",
    "configparser",
    "index.extract.base",
}


def modules(stderr: str) -> set[str]:
    """The modules named in ``-X importtime`` lines of a process's stderr."""
    names = set()
    for line in stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            name = line.rsplit("|", 1)[1].strip()
            if name != "package":  # the header line
                names.add(name)
    return names


def imported(stderr: str) -> set[str]:
    """The top-level packages named in ``-X importtime`` lines of a process's stderr."""
    return {name.split(".")[0] for name in modules(stderr)}


@pytest.fixture
def small_archive(tmp_path: Path, casedesk):
    """An archive of a text note and a two-page PDF, added through ``casedesk add``."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "note.txt").write_text("Visa interview of Zarlasht Nooristani, case AFG-2024-00311.")
    simple_pdf(folder / "letter.pdf", ["Cover", "The visa interview is in Islamabad"])
    assert casedesk("add", folder).code == 0
    return casedesk


def test_search_imports_no_window_pdf_or_drafting_code(small_archive, monkeypatch) -> None:
    """GIVEN an archive holding a PDF and a note WHEN ``casedesk search visa`` runs
    THEN it finds both and imports none of PySide6, pypdf, pypdfium2, PIL, tesserocr,
    Jinja2, NumPy or psycopg."""
    monkeypatch.setenv("PYTHONPROFILEIMPORTTIME", "1")
    done = small_archive("search", "visa")
    assert done.code == 0 and done.out.startswith("2 document(s)")
    names = imported(done.err)
    assert "whoosh" in names  # the check sees the imports the search does make
    assert names & HEAVY == set()


def test_search_imports_nothing_only_other_commands_need(small_archive, monkeypatch) -> None:
    """GIVEN an archive holding a PDF and a note WHEN ``casedesk search visa`` runs THEN
    it finds both and imports none of asyncio, urllib.request, http.client, ssl, Whoosh's
    English word endings, the reference finders, cases, OCR readings, the writer lock,
    platformdirs, the argument modules of packets, cases, drafting and audit, logging,
    configparser or the extractors' values."""
    monkeypatch.setenv("PYTHONPROFILEIMPORTTIME", "1")
    done = small_archive("search", "visa")
    assert done.code == 0 and done.out.startswith("2 document(s)")
    names = modules(done.err)
    assert {"whoosh.query.terms", "index.catalog.catalog"} <= names  # the check sees imports
    assert names & NOT_FOR_A_SEARCH == set()


def test_help_imports_no_search_engine_either(casedesk, monkeypatch) -> None:
    """GIVEN nothing WHEN ``casedesk --help`` runs THEN it lists the commands and imports
    neither the heavy packages nor Whoosh."""
    monkeypatch.setenv("PYTHONPROFILEIMPORTTIME", "1")
    done = casedesk("--help")
    assert done.code == 0 and "search" in done.out
    names = imported(done.err)
    assert "argparse" in names
    assert names & (HEAVY | {"whoosh"}) == set()


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "visa", "--type", "letter", "--limit", "5", "--json"],
        ["--archive", "/tmp/a", "search", "Ahmadzai", "--sort", "date"],
        ["case", "add", "--id", "AFG-2024-00311", "--priority", "urgent"],
        ["packet", "--case", "AFG-2024-00311", "-o", "out.pdf", "--redact", "passport"],
        ["doc", "edit", "3", "--title", "Statement"],
        ["office-server", "add-user", "amina_s", "--role", "reader", "--url", "postgresql://a@/b"],
        ["check", "--archive", "postgresql://admin@server/casedesk", "--quick"],
        ["office-server", "sync", "--url", "postgresql://a@/b", "--follow", "--json"],
    ],
)
def test_the_parser_of_one_command_reads_its_arguments_as_the_full_one(argv) -> None:
    """GIVEN a command line WHEN it is parsed by the parser built for its command alone
    (what casedesk does) THEN the arguments read are those the full parser reads."""
    assert main.command_named(argv) == argv[2 if argv[0] == "--archive" else 0]
    only = main.build_parser(main.command_named(argv)).parse_args(argv)
    assert only == main.build_parser().parse_args(argv)
