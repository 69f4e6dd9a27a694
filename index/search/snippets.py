"""Where in a document a query matched: the best page, and snippets with the words marked.

Whoosh finds and ranks documents; this module then reads the matching document's page
texts (from the catalog) and finds the matched words again with the same folding, so
the page number and the marked words agree with what was searched — including name
variants, stems and expanded wildcards.  It runs only for the hits being shown; one
:class:`Finder` serves all the hits of a search, deciding each distinct word once.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from index.search.analysis import WORD, name_token, stem_word
from index.search.query import Marks
from index.text.normalize import fold

_TOKENS = re.compile(WORD)
SNIPPET_CHARS = 90  # context on each side of a match


class Finder:
    """A query's marked words found in page texts: each distinct word is folded and
    looked up once, and a page's matches are counted over its distinct words (in C),
    so only the best page is scanned word by word for its spans."""

    def __init__(self, marks: Marks) -> None:
        self._marks = marks
        self._seen: set[str] = set()  # words as written, already decided
        self._marked: set[str] = set()  # those of them that match

    def locate(self, pages: Sequence[str], most: int = 2) -> tuple[int, tuple[str, ...]]:
        """``(page, snippets)``: the 1-based page with most matches and up to ``most``
        snippets (the first such page when several have as many)."""
        best_page = self._best_page(pages) if len(pages) > 1 else len(pages)
        text = pages[best_page - 1] if best_page else ""
        spans = self.spans(text)
        if not spans:
            return 0, ()
        return best_page, tuple(_snippet(text, group) for group in _groups(spans)[:most])

    def _best_page(self, pages: Sequence[str]) -> int:
        """The 1-based page with most matches (the first of equals), or 0 if none has any."""
        best_page, best_count = 0, 0
        for number, text in enumerate(pages, start=1):
            count = self.count(text)
            if count > best_count:
                best_page, best_count = number, count
        return best_page

    def count(self, text: str) -> int:
        """How many words of ``text`` match."""
        words = _TOKENS.findall(text)
        distinct = set(words)
        self._learn(distinct - self._seen)
        return sum(map(words.count, distinct & self._marked))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the matching words of ``text`` are, as ``(start, end)`` offsets."""
        found = []
        for match in _TOKENS.finditer(text):
            word = match.group(0)
            if word not in self._seen:
                self._learn({word})
            if word in self._marked:
                found.append(match.span())
        return found

    def _learn(self, words: set[str]) -> None:
        for word in words:
            if _is_marked(fold(word), self._marks):
                self._marked.add(word)
        self._seen |= words


def locate(pages: Sequence[str], marks: Marks, most: int = 2) -> tuple[int, tuple[str, ...]]:
    """``(page, snippets)``: the 1-based page with most matches and up to ``most`` snippets."""
    return Finder(marks).locate(pages, most)


def mark_text(text: str, marks: Marks | None) -> tuple[str, list[str]]:
    """``text`` as HTML with every matched word in ``<mark>``, and the matched words."""
    spans = Finder(marks).spans(text) if marks is not None else []
    out, cursor = [], 0
    for left, right in spans:
        out += [html.escape(text[cursor:left]), f"<mark>{html.escape(text[left:right])}</mark>"]
        cursor = right
    out.append(html.escape(text[cursor:]))
    return "".join(out), [text[left:right] for left, right in spans]


def _is_marked(word: str, marks: Marks) -> bool:
    """Whether the folded ``word`` is one the query matched (itself, its stem or its name)."""
    return (
        word in marks.exact
        or stem_word(word) in marks.stems
        or bool(marks.names and name_token(word) in marks.names)
    )


def _groups(spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Matches close enough to share one snippet."""
    groups: list[list[tuple[int, int]]] = []
    for span in spans:
        if groups and span[0] - groups[-1][-1][1] < 2 * SNIPPET_CHARS:  # windows would overlap
            groups[-1].append(span)
        else:
            groups.append([span])
    return groups


def _snippet(text: str, spans: list[tuple[int, int]]) -> str:
    start = _edge(text, max(0, spans[0][0] - SNIPPET_CHARS), backwards=True)
    end = _edge(text, min(len(text), spans[-1][1] + SNIPPET_CHARS), backwards=False)
    out, cursor = [], start
    for left, right in spans:
        out.append(html.escape(text[cursor:left]))
        out.append(f"<mark>{html.escape(text[left:right])}</mark>")
        cursor = right
    out.append(html.escape(text[cursor:end]))
    snippet = " ".join("".join(out).split())
    return ("…" if start > 0 else "") + snippet + ("…" if end < len(text) else "")


def _edge(text: str, position: int, backwards: bool) -> int:
    """Move ``position`` to the nearest space so words are not cut."""
    if position in (0, len(text)):
        return position
    found = text.rfind(" ", 0, position) if backwards else text.find(" ", position)
    return position if found == -1 else (found + 1 if backwards else found)
