"""Where in a document a query matched: the best page, and snippets with the words marked.

Whoosh finds and ranks documents; this module then reads the matching document's page
texts (from the catalog) and finds the matched words again with the same folding, so
the page number and the marked words agree with what was searched — including name
variants, stems and expanded wildcards.  It runs only for the hits being shown.
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


def locate(pages: Sequence[str], marks: Marks, most: int = 2) -> tuple[int, tuple[str, ...]]:
    """``(page, snippets)``: the 1-based page with most matches and up to ``most`` snippets."""
    best_page, best_spans = 0, []
    for number, text in enumerate(pages, start=1):
        spans = _matches(text, marks)
        if len(spans) > len(best_spans):
            best_page, best_spans = number, spans
    if not best_spans:
        return best_page, ()
    text = pages[best_page - 1]
    return best_page, tuple(_snippet(text, group) for group in _groups(best_spans)[:most])


def mark_text(text: str, marks: Marks | None) -> tuple[str, list[str]]:
    """``text`` as HTML with every matched word in ``<mark>``, and the matched words."""
    spans = _matches(text, marks) if marks is not None else []
    out, cursor = [], 0
    for left, right in spans:
        out += [html.escape(text[cursor:left]), f"<mark>{html.escape(text[left:right])}</mark>"]
        cursor = right
    out.append(html.escape(text[cursor:]))
    return "".join(out), [text[left:right] for left, right in spans]


def _matches(text: str, marks: Marks) -> list[tuple[int, int]]:
    spans = []
    for match in _TOKENS.finditer(text):
        word = fold(match.group(0))
        if (
            word in marks.exact
            or stem_word(word) in marks.stems
            or (marks.names and name_token(word) in marks.names)
        ):
            spans.append(match.span())
    return spans


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
