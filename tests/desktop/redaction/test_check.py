"""Reading a PDF back for values, and a page turned into its redacted picture."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from desktop.drafting.redacting import RedactionFailed, check_pdf
from desktop.output.pdf import html_to_pdf
from desktop.redaction.check import leaks
from desktop.redaction.kinds import redaction_for
from desktop.redaction.pages import find_values, write_redacted
from tests.support.drafting import SECRET_PASSPORT
from tests.support.redaction import case_with_a_number, every_trace, traces_of_secrets

REDACTION = redaction_for(case_with_a_number(), ["passport", "a-number", "address"])


def test_a_page_with_a_value_becomes_a_picture_of_the_same_size(tmp_path: Path) -> None:
    """GIVEN a two-page PDF with the passport number on page 2 only
    WHEN its values are found and it is written redacted
    THEN page 2 has no text at all and the same size, page 1 is untouched, and the file
    passes the read-back check that the original fails."""
    source = tmp_path / "in.pdf"
    html_to_pdf(
        "<p>Nothing here.</p>"
        f'<p style="page-break-before: always">Number {SECRET_PASSPORT} and more words.</p>',
        source,
        title="A letter",
    )
    found = find_values(source, REDACTION)
    assert [(f.page, f.matches) for f in found] == [(1, 1)]
    target = tmp_path / "out.pdf"
    write_redacted(source, found, target)
    before, after = pypdf.PdfReader(source), pypdf.PdfReader(target)
    assert after.pages[1].extract_text() == ""
    assert after.pages[1].mediabox == before.pages[1].mediabox
    assert after.pages[0].extract_text() == before.pages[0].extract_text()
    assert leaks(source, REDACTION) == ["page 2 text"]
    assert leaks(target, REDACTION) == []
    assert traces_of_secrets(every_trace(target)) == []


def test_a_draft_in_which_a_value_is_left_is_refused(tmp_path: Path) -> None:
    """GIVEN PDF bytes that still hold the passport number WHEN a draft is checked
    THEN RedactionFailed, naming where but not the value."""
    path = tmp_path / "letter.pdf"
    html_to_pdf("<p>Passport P0004 5201.</p>", path, title="Letter")
    with pytest.raises(RedactionFailed, match="page 1 text") as refused:
        check_pdf(path.read_bytes(), REDACTION)
    assert SECRET_PASSPORT not in str(refused.value)
