"""The window on an office database (issue 24): real PostgreSQL (the test cluster), real
Whoosh, real Qt widgets (pytest-qt, offscreen), another desk being the real ``casedesk``
command in its own process with its own HOME.

GIVEN / WHEN / THEN in each test's docstring.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from desktop.ui import app
from desktop.ui.app import open_window
from desktop.ui.main_window import MainWindow
from index.cases.model import Case
from index.office.case_rows import office_cases
from index.office.connect import without_password
from index.office.originals import chunks
from index.office.setup import add_user
from tests.office.test_desk_add import add_command, desk_env, letters, login, run
from tests.ui.conftest import settle


def shown(qtbot, location: str) -> MainWindow:
    """A window on ``location``, shown, its first search done; errors kept quiet."""
    window = open_window(location)
    window.errors.quiet = True
    window.show()
    qtbot.waitUntil(lambda: window.last_result is not None, timeout=30_000)
    settle(qtbot, window)
    return window


@pytest.fixture
def windows() -> Iterator[list[MainWindow]]:
    """The windows a test opens, closed (work cancelled and awaited) after it."""
    opened: list[MainWindow] = []
    yield opened
    for window in [*opened, *app.windows]:
        window.close()
    QThreadPool.globalInstance().waitForDone()


def typed(qtbot, window: MainWindow, text: str) -> None:
    """Search for ``text`` and wait for its results and the first hit's preview."""
    settle(qtbot, window)
    window.search_box.setText(text)
    qtbot.waitUntil(lambda: not window.searching, timeout=30_000)
    settle(qtbot, window)


def config_files() -> str:
    """Every settings file of this (test) user, as one text."""
    root = Path(os.environ["XDG_CONFIG_HOME"])
    return "\n".join(p.read_text(errors="replace") for p in root.rglob("*") if p.is_file())


def test_window_finds_and_shows_what_another_desk_added(qtbot, office, tmp_path, windows):
    """GIVEN a window on the office database (a volunteer's login, its password in the
    address) WHEN another desk adds a letter with ``casedesk add --archive postgresql://…``
    THEN the window, without being asked, catches up and its search finds the letter; its
    preview shows the letter's text (the original fetched from the server), its details
    the title; the title bar and Recent archives show the address without the password,
    and no settings file holds it."""
    user, url = login(office, "volunteer")
    _, other_desk = login(office, "volunteer")
    password = url.split(":", 2)[2].split("@", 1)[0]
    window = shown(qtbot, url)
    windows.append(window)
    assert window.session.is_office and not window.session.read_only
    typed(qtbot, window, "interview")
    assert window.last_result.total == 0

    added = run(
        add_command(letters(tmp_path / "in", range(2)), other_desk), desk_env(tmp_path / "b")
    )
    assert added.returncode == 0, added.stderr

    qtbot.waitUntil(lambda: window.last_result.total == 2, timeout=30_000)
    settle(qtbot, window)
    window.results.setCurrentIndex(window.results.model().index(0, 0))
    qtbot.waitUntil(lambda: window.shown_hit is not None, timeout=30_000)
    assert "interview of applicant" in window.preview.text_view.toPlainText()
    assert "letter-000" in window.details.labels["Title"].text().lower()
    assert password not in window.windowTitle() and user in window.windowTitle()
    assert without_password(url) in config_files()
    assert password not in config_files()
    assert window.errors.shown == []


def test_a_case_saved_on_another_desk_meanwhile_is_not_overwritten(qtbot, office, windows):
    """GIVEN a case opened in the window (desk A) WHEN desk B saves a change to it and then
    desk A saves its own edit THEN desk A's save is refused, the window names B's login and
    offers the newer version (Reload case), which shows B's change."""
    _, url_a = login(office, "volunteer")
    user_b, url_b = login(office, "volunteer")
    with office_cases(url_b) as (store, _rows):
        store.save(Case(id="AFG-2024-00137", status="open"))
    window = shown(qtbot, url_a)
    windows.append(window)
    cases = window.case_work.cases
    window.case_work.dock.show()
    qtbot.waitUntil(lambda: cases.list.rowCount() == 1, timeout=30_000)
    cases.open_case("AFG-2024-00137")
    qtbot.waitUntil(lambda: cases.shown_case_id() == "AFG-2024-00137", timeout=30_000)

    with office_cases(url_b) as (store, _rows):
        stored = store.get("AFG-2024-00137")
        store.save(Case(id=stored.id, status="referred"), base=stored)
    cases.editor.location.setText("Kabul office")
    cases.save()

    qtbot.waitUntil(lambda: cases.reload_button.isVisible(), timeout=30_000)
    assert user_b in cases.message.text()
    cases.reload_case()
    qtbot.waitUntil(
        lambda: cases.editor.loaded is not None and cases.editor.loaded.status == "referred",
        timeout=30_000,
    )


def test_a_reader_may_not_add_and_the_server_refuses_its_writes(qtbot, office, windows):
    """GIVEN a window with a reader's login WHEN it opens THEN Add files… and Add folder…
    are disabled with a tooltip saying the login may only read, and a case save sent
    anyway is refused by the server in plain words (nothing saved)."""
    _, url = login(office, "reader")
    window = shown(qtbot, url)
    windows.append(window)
    assert window.session.read_only
    adds = [a for a in window.menuBar().actions()[0].menu().actions() if "Add" in a.text()]
    assert len(adds) == 2
    assert all(not a.isEnabled() and "may only read" in a.toolTip() for a in adds)
    refused: list[BaseException] = []
    window.session.write(
        lambda archive, _task: archive.cases.save(Case(id="AFG-2024-00999")),
        on_error=refused.append,
    )
    qtbot.waitUntil(lambda: bool(refused), timeout=30_000)
    window.errors.report(refused[0])
    assert "not allowed" in window.errors.shown[-1]
    with office_cases(office.url) as (store, _rows):
        assert store.get("AFG-2024-00999") is None


def answer_prompts(qtbot, answers: list[str], labels: list[str]) -> Callable[[], None]:
    """Type ``answers`` one by one into the password prompts as they appear, keeping each
    prompt's text in ``labels``."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog) and dialog.objectName() == "office-password":
            labels.append(dialog.labelText())
            dialog.setTextValue(answers.pop(0))
            dialog.accept()
        if answers:
            QTimer.singleShot(50, look)

    return look


def test_the_window_asks_for_the_password_and_says_a_wrong_one(
    qtbot, office, windows, tmp_path, monkeypatch
):
    """GIVEN a login with a password and libpq finding none (no ~/.pgpass entry, no
    PGPASSWORD, none in the address) WHEN the window opens the address THEN a password
    prompt appears; a wrong password is refused and said in plain words in the next
    prompt; the right one opens the database; no settings file holds the password."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    user, password = f"farid_{uuid.uuid4().hex[:8]}", "correct horse battery"
    add_user(office.url, user, "volunteer", password)
    url = without_password(office.as_user(user, password))
    labels: list[str] = []
    QTimer.singleShot(50, answer_prompts(qtbot, ["wrong one", password], labels))
    window = shown(qtbot, url)
    windows.append(window)
    assert len(labels) == 2
    assert "refused" not in labels[0] and user in labels[0]
    assert "refused that password" in labels[1]
    assert window.session.is_office
    assert password not in config_files() and "wrong one" not in config_files()


def test_files_added_in_the_window_go_to_the_office(qtbot, office, tmp_path, windows):
    """GIVEN a window with a volunteer's login WHEN files are added (as File ▸ Add folder…
    does: read on this desk, with the progress bar, then sent) THEN the office database holds
    them, the status bar says what was added, and the window's search finds them."""
    _, url = login(office, "volunteer")
    window = shown(qtbot, url)
    windows.append(window)
    window.add([letters(tmp_path / "in", range(3))])
    assert window.ingest_bar.task is not None
    qtbot.waitUntil(lambda: window.ingest_bar.task is None, timeout=120_000)
    assert window.errors.shown == []
    assert "3 added" in window.statusBar().currentMessage()
    with office_cases(office.url) as (_store, rows):
        assert rows("SELECT count(*) FROM documents", ())[0][0] == 3
    typed(qtbot, window, "interview")
    qtbot.waitUntil(lambda: window.last_result.total == 3, timeout=30_000)


def test_open_archive_takes_an_office_address_and_remembers_it_without_password(
    qtbot, office, tmp_path, windows
):
    """GIVEN a window on an archive folder WHEN File ▸ Open archive… is given an office
    database's address with a password in it THEN a window on the office database replaces
    it; Recent archives lists the folder, and the address without its password; no
    settings file holds the password."""
    from index.archive import Archive

    with Archive.open(tmp_path / "archive", write=True):
        pass
    _, url = login(office, "volunteer")
    password = url.split(":", 2)[2].split("@", 1)[0]
    first = shown(qtbot, str(tmp_path / "archive"))
    windows.append(first)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.address.setText(url)
        dialog.open_address()

    QTimer.singleShot(0, fill)
    first.choose_archive()
    office_window = next(w for w in app.windows if w.session.is_office)
    windows.append(office_window)
    qtbot.waitUntil(lambda: office_window.last_result is not None, timeout=30_000)
    assert not first.isVisible()
    office_window.recent_menu.aboutToShow.emit()
    listed = [a.data() for a in office_window.recent_menu.actions() if a.data()]
    assert listed == [str((tmp_path / "archive").resolve())]
    assert without_password(url) in config_files() and password not in config_files()


def test_a_lost_connection_is_said_and_the_window_carries_on(qtbot, office, windows):
    """GIVEN a window on the office database WHEN the server ends its connections (as a
    restart does) THEN the next catch-up says the server was lost, in plain words, and the
    searches after it work again on new connections."""
    _, url = login(office, "volunteer")
    window = shown(qtbot, url)
    windows.append(window)
    told: list[str] = []
    window.session.waiting.connect(told.append)
    with psycopg.connect(office.url, autocommit=True) as conn:
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    assert "connection to the office server was lost" in told[0]
    typed(qtbot, window, "interview")
    assert window.last_result.total == 0
    assert window.errors.shown == []


def test_a_draft_made_in_the_window_is_kept_in_the_office(
    qtbot, office, tmp_path, windows, monkeypatch
):
    """GIVEN a window with a volunteer's login and a case in the office database WHEN a case
    summary is drafted in the Drafting dialog and saved as PDF THEN the PDF names the
    applicant, the office's outputs hold the same bytes, the draft is a document of the
    office, and the audit rows ``drafted``, ``add``, ``push`` and ``exported`` name this
    login."""
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.drafting_view import DraftingDialog
    from index.cases.model import Person

    user, url = login(office, "volunteer")
    with office_cases(office.url) as (store, _rows):
        store.save(Case(id="AFG-2024-00137", people=(Person(name="Shabnam Rahimi"),)))
        store.set_office(name="Legal Aid Kabul")
    window = shown(qtbot, url)
    windows.append(window)
    dialog = DraftingDialog(
        window.session, window.errors, "AFG-2024-00137", [], template="case-summary"
    )
    qtbot.addWidget(dialog, before_close_func=lambda w: w.close())
    with qtbot.waitSignal(dialog.preview_shown, timeout=30_000):
        dialog.show()
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        qtbot.keyClicks(dialog.fields.inputs["prepared_by"], "Farid K.")
    with qtbot.waitSignal(dialog.saved, timeout=60_000) as saved:
        dialog.pdf_button.click()
    output = saved.args[0].saved.output
    assert window.errors.shown == []
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Shabnam Rahimi" in text and "AFG-2024-00137" in text
    with office_cases(office.url) as (_store, rows):
        audit = rows("SELECT action, who FROM audit ORDER BY id", ())
        sha, document = rows("SELECT sha256, document_id FROM outputs WHERE id = ?", (output.id,))[
            0
        ]
    assert audit[-4:] == [("drafted", user), ("add", user), ("push", user), ("exported", user)]
    assert document is not None  # the draft is a document of the office, as a command's is
    with psycopg.connect(office.url) as conn:
        assert b"".join(data for _n, data in chunks(conn, sha)) == target.read_bytes()
    dialog.close()


OFFICE_NOTE = """{#
title = "Kabul office note"
kind = "briefing note"
description = "The office's own note."
#}
<p>Kabul office note for case {{ case.id }}: kept by the office for every desk.</p>
"""


def test_the_offices_own_template_is_drafted_in_the_window(
    qtbot, office, tmp_path, windows, monkeypatch
):
    """GIVEN a template the office keeps in its database (as ``casedesk templates --add``
    keeps it) WHEN a volunteer's window drafts with it and saves the PDF THEN the letter
    holds the template's words, as a command on any desk would."""
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.drafting_view import DraftingDialog
    from index.office.office_files import add_template

    with psycopg.connect(office.url, autocommit=True) as conn:
        add_template(conn, "kabul-note.html", OFFICE_NOTE.encode())
    with office_cases(office.url) as (store, _rows):
        store.save(Case(id="AFG-2024-00137"))
    _, url = login(office, "volunteer")
    window = shown(qtbot, url)
    windows.append(window)
    dialog = DraftingDialog(
        window.session, window.errors, "AFG-2024-00137", [], template="kabul-note"
    )
    qtbot.addWidget(dialog, before_close_func=lambda w: w.close())
    with qtbot.waitSignal(dialog.preview_shown, timeout=30_000):
        dialog.show()
    target = tmp_path / "note.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(dialog.saved, timeout=60_000):
        dialog.pdf_button.click()
    assert window.errors.shown == []
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    assert "Kabul office note for case AFG-2024-00137" in text
    dialog.close()


def test_a_packet_built_in_the_window_is_kept_in_the_office(qtbot, office, tmp_path, windows):
    """GIVEN a window with a volunteer's login and a case whose letters another desk added
    WHEN the Packet builder builds the case's packet and a copy is saved THEN the office's
    outputs hold the packet (its chunks the same bytes as the copy), built from originals
    fetched from the server, the packet is a document of the office, and the audit rows
    ``packet built``, ``add``, ``push`` and ``exported`` name this login."""
    user, url = login(office, "volunteer")
    _, other_desk = login(office, "volunteer")
    folder = letters(tmp_path / "in", range(3))
    added = run(add_command(folder, other_desk), desk_env(tmp_path / "b"))
    assert added.returncode == 0, added.stderr
    with office_cases(office.url) as (store, _rows):
        store.set_office(name="Legal Aid Kabul")
    window = shown(qtbot, url)
    windows.append(window)
    dialog = window.case_work.open_packet("AFG-2024-00001", [])  # closes with the window
    qtbot.waitUntil(lambda: len(dialog.documents.ids()) == 1, timeout=30_000)
    with qtbot.waitSignal(dialog.built, timeout=120_000) as built:
        dialog.build_button.click()
    kept = built.args[0]
    with qtbot.waitSignal(dialog.copied, timeout=30_000):
        dialog.save_copy(tmp_path / "for-the-embassy.pdf")
    copy = (tmp_path / "for-the-embassy.pdf").read_bytes()
    assert window.errors.shown == []
    with office_cases(office.url) as (_store, rows):
        audit = rows("SELECT action, who FROM audit ORDER BY id", ())
        sha, document = rows(
            "SELECT sha256, document_id FROM outputs WHERE id = ?", (kept.output.id,)
        )[0]
    built_rows = [("packet built", user), ("add", user), ("push", user), ("exported", user)]
    assert audit[-4:] == built_rows
    assert document is not None  # the packet is a document of the office, as a command's is
    with psycopg.connect(office.url) as conn:
        assert b"".join(data for _n, data in chunks(conn, sha)) == copy
    dialog.close()


def test_a_server_that_cannot_be_reached_is_said_and_the_window_stays(qtbot, tmp_path, windows):
    """GIVEN a window on an archive folder WHEN an office database is chosen whose server
    does not answer (no PostgreSQL at that socket) THEN the window says so in plain words
    (no psycopg text, no password), stays open, and nothing is remembered."""
    from index.archive import Archive

    with Archive.open(tmp_path / "archive", write=True):
        pass
    first = shown(qtbot, str(tmp_path / "archive"))
    windows.append(first)
    nowhere = f"postgresql://farid_k:secret-word@/casedesk?host={tmp_path / 'no-server'}"
    assert app.switch_archive(first, nowhere) is None
    assert "could not be reached" in first.errors.shown[-1]
    assert "secret-word" not in first.errors.shown[-1]
    assert first.isVisible() and [w for w in app.windows if w.isVisible()] == [first]
    assert "casedesk?host" not in config_files()
