"""``casedesk show``, ``doc edit`` and ``stats`` end to end: a document's date, title and scans."""

from __future__ import annotations

from pathlib import Path

from tests.support.letters import SCAN, letter_pdf

LETTER = [
    "Afghan Relief Office (demo)",
    "House 4, Street 9, Kabul",
    "Ref. ARO/2021/77 Date: 3 March 2021",
    "Employment letter",
    "To whom it may concern,",
    "Mr. Karim Example worked for our office.",
]


def _scans(tmp_path: Path) -> Path:
    """scan0001.pdf: a letter of 3 March 2021 scanned on 7 December 2026, page 2 only a
    picture; IMG_2034.pdf: two pages that are only pictures."""
    folder = tmp_path / "scans"
    folder.mkdir()
    letter_pdf(folder / "scan0001.pdf", [LETTER, SCAN], created="2026-12-07")
    letter_pdf(folder / "IMG_2034.pdf", [SCAN, SCAN], created="2026-12-07")
    return folder


def test_show_says_where_date_and_title_came_from_and_which_pages_need_ocr(
    tmp_path: Path, casedesk
) -> None:
    """GIVEN a scanned letter added WHEN shown THEN its date is the one written on it (not the
    scan's), its title the letter's heading, each with its source, and page 2 needs OCR —
    in --json and in the text; doc show says the same."""
    assert casedesk("add", _scans(tmp_path) / "scan0001.pdf").code == 0
    shown = casedesk("show", "1", "--json").json
    assert (shown["date"], shown["date_source"]) == ("2021-03-03", "content:label")
    assert (shown["title"], shown["title_source"]) == ("Employment letter", "content:heading")
    assert shown["pages_needing_ocr"] == [2] and shown["needs_ocr"] == 1
    text = casedesk("show", "1").out
    assert "date: 2021-03-03 (taken from the “Date:” line of its first page)" in text
    assert "title taken from the heading of its first page" in text
    assert "needs OCR: page 2 (no text layer; reading scans comes later)" in text
    assert casedesk("doc", "show", "1").out == text


def test_doc_edit_changes_title_and_date_everywhere_and_adding_again_keeps_them(
    tmp_path: Path, casedesk
) -> None:
    """GIVEN the scanned letter WHEN doc edit sets a title and a date THEN show, title: and
    date: searches follow, the audit log names the fields only; AND adding the folder again
    (also with --retry) does not undo the edit."""
    folder = _scans(tmp_path)
    casedesk("add", folder)
    letter = casedesk("search", "employment", "--json").json["hits"][0]["id"]
    edited = casedesk(
        "doc", "edit", str(letter), "--title", "Letter of employment", "--date", "2021-03-04",
        "--json",
    )  # fmt: skip
    assert edited.code == 0, edited.err
    assert edited.json["changed"] == ["title", "date"]
    assert (edited.json["title"], edited.json["title_source"]) == ("Letter of employment", "edited")
    hits = casedesk("search", 'title:"letter of employment"', "--json").json["hits"]
    assert [(h["id"], h["date"]) for h in hits] == [(letter, "2021-03-04")]
    dated = casedesk("search", "date:2021-03-04", "--json").json["hits"]
    assert [h["id"] for h in dated] == [letter]
    assert casedesk("search", "date:2021-03-03", "--json").json["total"] == 0
    audit = casedesk("audit", "--json").json
    assert audit[0]["action"] == "document edited"
    assert audit[0]["detail"] == {"document": letter, "changed": ["title", "date"]}
    for again in (("add", folder), ("add", folder, "--retry")):
        assert casedesk(*again).code == 0
    shown = casedesk("show", str(letter), "--json").json
    assert (shown["title"], shown["date"], shown["date_source"]) == (
        "Letter of employment",
        "2021-03-04",
        "edited",
    )
    assert "date: 2021-03-04 (set by hand)" in casedesk("show", str(letter)).out


def test_doc_edit_refuses_wrong_values_in_plain_words(tmp_path: Path, casedesk) -> None:
    """GIVEN the scanned letter WHEN doc edit gets a date in another form, a future date, no
    change at all, or an unknown document THEN exit 2 with a sentence, no traceback, and the
    document is as it was; --date "" takes the date away."""
    casedesk("add", _scans(tmp_path) / "scan0001.pdf")
    for args, words in (
        (("--date", "3/4/2021"), "year-month-day"),
        (("--date", "2999-01-01"), "between 1900-01-01 and today"),
        ((), "--title, --date or both"),
    ):
        refused = casedesk("doc", "edit", "1", *args)
        assert refused.code == 2 and words in refused.err and "Traceback" not in refused.err
    missing = casedesk("doc", "edit", "9", "--title", "x")
    assert missing.code == 2 and "no document 9" in missing.err
    assert casedesk("show", "1", "--json").json["date"] == "2021-03-03"
    cleared = casedesk("doc", "edit", "1", "--date", "", "--json").json
    assert (cleared["date"], cleared["date_source"], cleared["changed"]) == ("", "edited", ["date"])


def test_stats_count_documents_and_pages_needing_ocr(tmp_path: Path, casedesk) -> None:
    """GIVEN a letter with one scanned page and a PDF of two scanned pages
    WHEN stats run THEN two documents and three pages need OCR, in JSON and in the text."""
    casedesk("add", _scans(tmp_path))
    stats = casedesk("stats", "--json").json
    assert (stats["documents_needing_ocr"], stats["pages_needing_ocr"]) == (2, 3)
    assert stats["documents"] == 2 and stats["pages"] == 4
    lines = {line.split(":")[0]: line.split()[-1] for line in casedesk("stats").out.splitlines()}
    assert lines["Documents with pages that need reading (scans)"] == "2"
    assert lines["Pages that need reading (scans)"] == "3"
    assert not any("_" in label for label in lines)  # words, not the JSON keys
