"""What an add and an OCR run did: one wording for the command line and the window."""

from __future__ import annotations

from desktop import ts_catalogue
from desktop.languages import DARI
from desktop.ui.ingest_words import NOT_INSTALLED, scan_sentences, summary_sentences
from index.ingest import scans
from index.ingest.summary import FileProblem, OcrSummary, Summary


def _as_is(_context: str, text: str) -> str:
    return text


def _dari(context: str, text: str) -> str:
    return ts_catalogue.lookup(DARI, context, text)


def _summary() -> Summary:
    problem = FileProblem("a.bin", "unsupported", "reason", "action")
    ocr = OcrSummary(pages=5, read=3, no_text=1, failed=0, not_done=1, cancelled=True)
    return Summary(given=4, added=2, unchanged=1, problems=[problem], attachments=2, ocr=ocr)


def test_every_count_is_said_once() -> None:
    """GIVEN an add with files, attachments and scans, stopped while reading them WHEN
    worded THEN each count appears in its sentence, files first."""
    sentences = summary_sentences(_summary(), _as_is, str, command_line=True)
    assert sentences[0] == ("4 file(s): 2 added, 1 unchanged, 0 duplicate(s), 1 not indexed.")
    assert sentences[1] == "2 attachment(s) and embedded file(s) added, 0 not indexed."
    assert sentences[2].startswith("Scans: 5 page(s) to read: 3 read, 1 with no readable")
    assert "casedesk ocr reads them" in sentences[3]
    assert sentences[4] == "casedesk problems lists the pages with no readable text."


def test_the_window_is_pointed_at_its_own_places() -> None:
    """GIVEN the same add WHEN worded for the window THEN no command is named: the next
    add and the Problems list are."""
    sentences = summary_sentences(_summary(), _as_is, str, command_line=False)
    assert not any("casedesk" in sentence for sentence in sentences)
    assert "the next add reads them" in sentences[3]
    assert sentences[4] == "Problems lists the pages with no readable text."


def test_a_stopped_file_ingest_says_how_many_were_left() -> None:
    """GIVEN an add cancelled before its scans WHEN worded THEN the files not done are
    counted, and nothing is said of scans."""
    summary = Summary(given=10, added=3, cancelled=True, not_done=7)
    assert summary_sentences(summary, _as_is, str, command_line=False)[-1] == (
        "Stopped before the end: 7 file(s) not done yet."
    )


def test_no_scans_no_scan_sentence() -> None:
    """GIVEN no page waiting WHEN worded THEN no scan sentence."""
    assert scan_sentences(OcrSummary(), _as_is, str, command_line=True) == []
    assert scan_sentences(None, _as_is, str, command_line=True) == []


def test_tesseract_missing_is_said_in_dari() -> None:
    """GIVEN an OCR run stopped because Tesseract is missing WHEN worded in Dari THEN the
    engine's reason is the marked wording, translated."""
    assert scans._NOT_INSTALLED == NOT_INSTALLED
    ocr = OcrSummary(pages=2, not_done=2, stopped=scans._NOT_INSTALLED)
    last = scan_sentences(ocr, _dari, str, command_line=True)[-1]
    assert last != NOT_INSTALLED and "Tesseract" in last
