"""Citing documents: title, date, page and a short quote, as a letter shows them.

``Employment letter (12 March 2024), p. 2: “He worked for the programme from 2016.”``

A citation is asked for by document id and, optionally, page and words to quote around
(the search that found it).  The page defaults to the first page with those words, or
page 1; the quote is the sentence with the words, else the page's first real sentence,
cut to about thirty words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.drafting.word_filters import longdate
from index.documents.reads import DocumentReads
from index.errors import UsageError
from index.text.keyboards import keyboard_fold
from index.text.normalize import fold

MAX_WORDS = 30
_MIN_SENTENCE_WORDS = 6
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(
    r"(?<=[.!?؟])(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bNo\.)(?<!\bp\.)\s+"
)
_ENDS = (".", "!", "?", "؟", "…")
_CLOSING = tuple(".!?؟:;,…\"”'")
_HEADING_WORDS = 8  # a shorter line without closing punctuation stands alone (a heading)


@dataclass(frozen=True)
class CitationRequest:
    """A document to cite: its id, optionally a page and words to quote around."""

    document_id: int
    page: int | None = None
    match: str = ""

    @classmethod
    def parse(cls, text: str, match: str = "") -> CitationRequest:
        """``"12"`` or ``"12:3"`` (document 12, page 3), as typed on the command line."""
        head, _, page = text.strip().partition(":")
        try:
            return cls(int(head), int(page) if page else None, match)
        except ValueError:
            raise UsageError(
                f"{text!r} is not a document to cite; write DOC_ID or DOC_ID:PAGE (e.g. 12:3)."
            ) from None


def cite(reads: DocumentReads, request: CitationRequest) -> dict[str, object]:
    """The citation of one document page, ready for a template."""
    document = reads.document(request.document_id)
    if document is None:
        raise UsageError(f"There is no document {request.document_id} in this archive to cite.")
    pages = reads.pages(document.id)
    page = request.page or _page_with(pages, request.match) or 1
    if not 1 <= page <= max(len(pages), 1):
        raise UsageError(
            f"Document {document.id} has {len(pages)} page(s); there is no page {page} to cite."
        )
    text = pages[page - 1] if pages else ""
    return citation(
        document.id, document.title, document.date, page, quote(text, request.match), document.kind
    )


def citation(
    document_id: int, title: str, date: str, page: int, quoted: str, kind: str = ""
) -> dict[str, object]:
    """A citation's parts, and ``text``: 'Title (date), p. N: “quote”'."""
    when = f" ({longdate(date)})" if date else ""
    said = f": “{quoted}”" if quoted else ""
    return {
        "id": document_id,
        "title": title,
        "kind": kind,
        "date": date,
        "date_text": longdate(date) if date else "",
        "page": page,
        "quote": quoted,
        "text": f"{title}{when}, p. {page}{said}",
    }


def quote(text: str, match: str = "", max_words: int = MAX_WORDS) -> str:
    """A short quote from a page: the sentence with ``match``'s words, else the first one."""
    sentences = _sentences(text)
    if not sentences:
        return ""
    wanted = {_loose(w) for w in _WORD.findall(match)}
    if wanted:
        for sentence in sentences:
            words = sentence.split()
            hits = [i for i, w in enumerate(words) if _folded(w) in wanted]
            if hits:
                return _window(words, hits[0], max_words)
    long = [s for s in sentences if len(s.split()) >= _MIN_SENTENCE_WORDS]
    ended = [s for s in long if s.rstrip('"”’)').endswith(_ENDS)]  # not a heading
    return _window((ended or long or sentences)[0].split(), 0, max_words)


def _sentences(text: str) -> list[str]:
    """Sentences; wrapped lines are joined, headings and blank lines end a paragraph."""
    paragraphs: list[list[str]] = [[]]
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if line:
            paragraphs[-1].append(line)
        if not line or (not line.endswith(_CLOSING) and len(line.split()) < _HEADING_WORDS):
            paragraphs.append([])
    sentences: list[str] = []
    for lines in paragraphs:
        sentences += [s for s in _SENTENCE_END.split(" ".join(lines)) if s.strip()]
    return sentences


def _folded(word: str) -> str:
    return _loose("".join(_WORD.findall(word)))


def _loose(word: str) -> str:
    """A word as search's second tier sees it: a quote typed on a Dari keyboard finds the
    Pashto or Urdu spelling (index/text/keyboards.py)."""
    return keyboard_fold(fold(word))


def _window(words: list[str], centre: int, size: int) -> str:
    if len(words) <= size:
        return " ".join(words)
    start = max(0, min(centre - size // 3, len(words) - size))
    cut = words[start : start + size]
    return ("… " if start else "") + " ".join(cut) + (" …" if start + size < len(words) else "")


def _page_with(pages: tuple[str, ...], match: str) -> int | None:
    wanted = {_loose(w) for w in _WORD.findall(match)}
    if not wanted:
        return None
    for number, text in enumerate(pages, start=1):
        if wanted & {_loose(w) for w in _WORD.findall(text)}:
            return number
    return None
