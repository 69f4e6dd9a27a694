"""Tests of the web-page extractor on real saved pages and small made-up ones."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.extract.base import ExtractionFailed, ExtractOptions
from index.extract.email import EmailExtractor
from index.extract.html import HtmlExtractor, html_to_text
from index.extract.text import TextExtractor
from index.problems import ProblemKind

ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")


def _write(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


@pytest.mark.corpus
def test_every_corpus_page_gives_text_and_a_high_score(corpus: Path) -> None:
    """GIVEN the 34 real news and blog pages
    WHEN each is scored and extracted
    THEN each scores as HTML by content and yields visible text."""
    pages = sorted((corpus / "html").glob("*.html"))
    assert len(pages) >= 30
    for page in pages:
        assert HtmlExtractor().score(page.read_bytes()[:4096], ".html") == 90, page.name
        extraction = HtmlExtractor().extract(page, ExtractOptions())
        assert extraction.format == "html"
        assert len(extraction.pages) == 1 and extraction.pages[0], page.name


@pytest.mark.corpus
def test_news_page_gives_title_and_no_script(corpus: Path) -> None:
    """GIVEN a real New York Times page with large inline scripts and styles
    WHEN it is extracted
    THEN the title is the <title>, the story text is there and no script code is."""
    extraction = HtmlExtractor().extract(corpus / "html" / "nytimes-1.html", ExtractOptions())
    text = extraction.pages[0]
    assert extraction.title == "United States to Lift Sudan Sanctions - The New York Times"
    assert "Sudan" in text
    assert "var NYTD = NYTD" not in text
    assert "function(" not in text
    assert "<script" not in text and "<div" not in text


@pytest.mark.corpus
def test_script_inside_comment_inside_script_stays_hidden(corpus: Path) -> None:
    """GIVEN a page whose script holds '<!-- <script>...</script> -->'
    WHEN it is extracted
    THEN nothing of the script shows, not even its closing '-->'."""
    text = (
        HtmlExtractor()
        .extract(corpus / "html" / "comment-inside-script-parsing.html", ExtractOptions())
        .pages[0]
    )
    assert "Silly test" not in text
    assert "-->" not in text
    assert text.startswith("Lorem")


@pytest.mark.corpus
def test_rtl_page_gives_its_text(corpus: Path) -> None:
    """GIVEN the right-to-left test page (its text is Latin placeholder text)
    WHEN it is extracted
    THEN its title and each block come out as lines."""
    extraction = HtmlExtractor().extract(corpus / "html" / "rtl-3.html", ExtractOptions())
    assert extraction.title == "RTL Test"
    lines = extraction.pages[0].splitlines()
    assert lines[:2] == ["Lorem", "Lorem ipsum dolor sit amet."]


@pytest.mark.corpus
def test_page_with_arabic_script_keeps_it(corpus: Path) -> None:
    """GIVEN the Wikipedia page whose language list is partly in Arabic script
    WHEN it is extracted
    THEN the Persian and Arabic language names are in the text."""
    text = HtmlExtractor().extract(corpus / "html" / "wikipedia-2.html", ExtractOptions()).pages[0]
    assert "فارسی" in text
    assert "العربية" in text
    assert ARABIC_SCRIPT.search(text)


def test_hidden_elements_are_dropped_and_blocks_break_lines() -> None:
    """GIVEN markup with head, style, script, noscript, template and svg content
    WHEN it is converted to text
    THEN only the visible text remains, one line per block, entities unescaped."""
    markup = (
        "<!DOCTYPE html><html><head><title>Case &amp; file</title>"
        "<style>p{color:red}</style><meta name=x content=y></head><body>"
        "<h1>Hearing</h1><p>Date:&nbsp;3&nbsp;May</p><script>var secret=1;</script>"
        "<noscript>enable js</noscript><template><p>tpl</p></template>"
        "<svg><title>icon</title><text>svgtext</text></svg>"
        "<ul><li>one</li><li>two &lt;b&gt;</li></ul>line<br>break &#1587;</body></html>"
    )
    title, text = html_to_text(markup)
    assert title == "Case & file"
    assert text.splitlines() == ["Hearing", "Date: 3 May", "one", "two <b>", "line", "break س"]


def test_head_without_body_tag_still_shows_body_text() -> None:
    """GIVEN a page that opens <head> but never closes it nor opens <body>
    WHEN it is converted
    THEN the first body element ends the head and its text is kept."""
    assert html_to_text("<head><title>T</title><p>body text") == ("T", "body text")


def test_meta_charset_windows_1256_is_used(tmp_path: Path) -> None:
    """GIVEN a page saved in Windows-1256 that declares it in <meta http-equiv>
    WHEN it is extracted
    THEN the Persian text decodes right."""
    body = "<p>نامه به دفتر كمك حقوقي</p>"
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
        f"<title>نامه</title></head><body>{body}</body></html>"
    )
    path = _write(tmp_path, "page.htm", page.encode("cp1256"))
    extraction = HtmlExtractor().extract(path, ExtractOptions())
    assert extraction.title == "نامه"
    assert extraction.pages[0] == "نامه به دفتر كمك حقوقي"


def test_utf16_page_is_read(tmp_path: Path) -> None:
    """GIVEN a page saved as UTF-16 with a BOM
    WHEN it is scored and extracted
    THEN it is recognised as HTML and its text decodes."""
    data = "<!DOCTYPE html><html><body><p>درخواست</p></body></html>".encode("utf-16")
    path = _write(tmp_path, "page.html", data)
    assert HtmlExtractor().score(data, ".html") == 90
    assert HtmlExtractor().extract(path, ExtractOptions()).pages[0] == "درخواست"


def test_page_without_visible_text_is_empty(tmp_path: Path) -> None:
    """GIVEN a page with only a script and no title
    WHEN it is extracted
    THEN it fails as EMPTY."""
    path = _write(tmp_path, "blank.html", b"<html><body><script>x()</script></body></html>")
    with pytest.raises(ExtractionFailed) as failed:
        HtmlExtractor().extract(path, ExtractOptions())
    assert failed.value.problem.kind is ProblemKind.EMPTY


def test_mislabelled_html_goes_to_html_extractor() -> None:
    """GIVEN HTML content in a file named .txt
    WHEN both extractors score it
    THEN the HTML extractor scores higher than the text extractor."""
    head = b"\xef\xbb\xbf  \n<!doctype HTML>\n<html><head><title>x</title></head></html>"
    assert HtmlExtractor().score(head, ".txt") > TextExtractor().score(head, ".txt")
    late = b"<?xml version='1.0'?>\n<!-- saved -->\n<div>\n<body><p>x</p></body>"
    assert HtmlExtractor().score(late, ".txt") > TextExtractor().score(late, ".txt")


def test_score_by_suffix_alone_and_binary() -> None:
    """GIVEN plain words named .html, and binary bytes named .html
    WHEN they are scored
    THEN the suffix alone gives 40 and binary content gives 0."""
    assert HtmlExtractor().score(b"just words", ".html") == 40
    assert HtmlExtractor().score(b"just words", ".txt") == 0
    assert HtmlExtractor().score(b"PK\x03\x04\x00\x00<html>", ".html") == 0


def test_email_with_html_body_goes_to_email_extractor() -> None:
    """GIVEN a saved email whose HTML body starts within the first kilobyte
    WHEN the email and HTML extractors score it
    THEN the email extractor wins."""
    head = (
        b"From: a@example.org\r\nTo: b@example.org\r\nSubject: Hi\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n<html><body>Hi</body></html>"
    )
    assert EmailExtractor().score(head, "") > HtmlExtractor().score(head, "")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.one_of(
        st.binary(max_size=2048),
        st.text(alphabet="<>!-/=\"' abcdhtmlscript[]&#;\n", max_size=400).map(str.encode),
    )
)
def test_random_bytes_extract_or_fail_cleanly(tmp_path: Path, data: bytes) -> None:
    """GIVEN random bytes or random markup-like text in a file
    WHEN it is extracted as HTML
    THEN the result is an extraction or ExtractionFailed, never another exception."""
    path = _write(tmp_path, "random.html", data)
    try:
        extraction = HtmlExtractor().extract(path, ExtractOptions())
    except ExtractionFailed:
        return
    assert extraction.format == "html"
