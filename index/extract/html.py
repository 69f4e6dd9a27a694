"""Web pages saved to disk: the title and the text a reader would see.

Pages arrive saved from browsers, exported from case-management tools, or as the HTML
body of an email.  We keep only visible text: scripts, styles and other hidden parts are
dropped, block elements become line breaks and entities are unescaped.
:func:`html_to_text` is shared with the email extractor.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser
from pathlib import Path

from index.extract.base import Extraction, ExtractionFailed, ExtractOptions
from index.problems import ProblemKind
from index.text.decoding import decode_text, looks_binary

# Elements whose content is never shown to a reader.
_HIDDEN = frozenset({"script", "style", "noscript", "template", "svg"})

# Elements allowed in <head>; any other element means the body has begun.
_HEAD_ONLY = frozenset({"base", "link", "meta", "noscript", "script", "style", "template", "title"})

# Elements that start a new line of text.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "legend", "li", "main", "nav",
        "ol", "option", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "tr", "ul",
    }
)  # fmt: skip

_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_DOCTYPE = re.compile(r"^(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.S)
_TAGS_IN_HEAD = re.compile(r"<(?:html|head|body)\b")
_SPACES = re.compile(r"\s+")
_SCRIPT_MARKS = re.compile(r"<!--|-->|<(/?)script[\s/>]", re.I)

# How far into a page the charset declaration may be (the HTML standard says 1024 bytes;
# real pages put it later behind long comments, so we look a little further).
_META_WINDOW = 4096


class _VisibleText(HTMLParser):
    """Collects the title and the visible text of a page, element by element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title: list[str] = []
        self.parts: list[str] = []
        self._hidden: dict[str, int] = {}
        self._in_head = False
        self._in_title = False
        self._title_done = False
        self._pre = 0
        self._script: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Track hidden regions, the head and the title; blocks start a line."""
        if self._in_title:  # an unclosed <title> ends at the next element
            self._in_title, self._title_done = False, True
        if tag not in _HEAD_ONLY:
            self._in_head = tag == "head"
        if tag in _HIDDEN:
            self._hidden[tag] = self._hidden.get(tag, 0) + 1
        elif tag == "title" and not self._title_done and not self._hiding():
            self._in_title = True
        elif tag == "pre":
            self._pre += 1
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        """Close what :meth:`handle_starttag` opened; blocks end a line."""
        if tag == "script" and self._script_continues():
            return
        if self._hidden.get(tag):
            self._hidden[tag] -= 1
        elif tag == "head":
            self._in_head = False
        elif tag == "title" and self._in_title:
            self._in_title = False
            self._title_done = True
        elif tag == "pre" and self._pre:
            self._pre -= 1
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        """Keep text that a reader would see (the title apart from the body)."""
        if self._in_title:
            self.title.append(data)
        elif self._hidden.get("script"):
            self._script.append(data)
        elif not self._in_head and not self._hiding():
            self.parts.append(data if self._pre else _SPACES.sub(" ", data))

    def _hiding(self) -> bool:
        return any(self._hidden.values())

    def _script_continues(self) -> bool:
        """True when this ``</script>`` sits inside ``<!-- <script>`` and so ends nothing.

        Browsers treat ``<script>`` inside a comment inside a script as nested
        (HTML's "double-escaped" script state); Python's parser stops at the first
        ``</script>`` and would show the rest of the script as text.
        """
        if not self._hidden.get("script"):
            return False
        state = 0  # 0 plain script, 1 inside <!--, 2 inside <!-- <script>
        for mark in _SCRIPT_MARKS.finditer("".join(self._script)):
            token = mark.group(0)
            if token == "<!--" and state == 0:
                state = 1
            elif token == "-->":
                state = 0
            elif state and mark.group(1) is not None:
                state = 1 if mark.group(1) else 2
        if state != 2:
            self._script.clear()
            return False
        self._script.append("</script>")
        self.set_cdata_mode("script")
        return True


def html_to_text(markup: str) -> tuple[str, str]:
    """Return ``(title, text)`` of an HTML document given as a string.

    Never raises on bad markup: when the parser gives up part-way (it does on some
    broken declarations), what was read up to that point is returned.
    """
    parser = _VisibleText()
    try:
        parser.feed(markup)
        parser.close()
    except AssertionError:
        pass
    title = " ".join("".join(parser.title).split())
    return title, _tidy("".join(parser.parts))


def _tidy(text: str) -> str:
    """Strip each line and drop empty ones, so blocks read as one line each."""
    lines = (line.strip() for line in text.replace("\xa0", " ").splitlines())
    return "\n".join(line for line in lines if line)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag near its start, if any.

    A page that says UTF-16 in its markup but is readable as bytes cannot be UTF-16
    (the HTML standard treats such declarations as UTF-8), so those are ignored.
    """
    match = _META_CHARSET.search(data[:_META_WINDOW])
    if match is None:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        if codecs.lookup(name).name.startswith(("utf-16", "utf-32")):
            return None
    except LookupError:
        return name
    return name


def _head_text(head: bytes) -> str:
    """The start of a file as lower-case text with leading whitespace removed."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head[:2048].decode("utf-16", errors="ignore")
    else:
        text = head.removeprefix(codecs.BOM_UTF8).decode("latin-1")
    return text.lstrip().lower()


class HtmlExtractor:
    """Reads web pages (``.html``, ``.htm``) and HTML content under any name."""

    name = "html"
    mime_types = ("text/html", "application/xhtml+xml")

    def score(self, head: bytes, suffix: str) -> int:
        """90 when the file starts like HTML, 75 when HTML tags appear early, 40 by name."""
        if looks_binary(head):
            return 0
        text = _head_text(head)
        if _DOCTYPE.match(text[:4096]):
            return 90
        if _TAGS_IN_HEAD.search(text[:1024]):
            return 75
        return 40 if suffix.lower() in _SUFFIXES else 0

    def extract(self, path: Path, options: ExtractOptions) -> Extraction:
        """Read the page's title and visible text as one page."""
        data = _read(path)
        if not data.strip():
            raise ExtractionFailed.of(ProblemKind.EMPTY)
        if looks_binary(data[:8192]):
            raise ExtractionFailed.of(ProblemKind.UNSUPPORTED)
        markup, encoding = decode_text(data, declared_charset(data))
        title, text = html_to_text(markup)
        if not text and not title:
            raise ExtractionFailed.of(ProblemKind.EMPTY)
        return Extraction(
            format="html", pages=(text,), title=title, metadata={"encoding": encoding}
        )


def _read(path: Path) -> bytes:
    """The bytes of ``path``; a file that cannot be read is UNREADABLE."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ExtractionFailed.of(ProblemKind.UNREADABLE, detail=type(exc).__name__) from exc
