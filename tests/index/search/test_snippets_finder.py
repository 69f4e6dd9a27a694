"""The snippet finder (index/search/snippets.py) gives the same page and snippets as the
word-by-word scan it replaced, on invented documents in English, Dari and Pashto."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from pathlib import Path

import pytest

from benchmarks.corpus import SyntheticDocument, documents
from benchmarks.search_latency import entry_of
from index.search import SearchIndex, SearchOptions
from index.search.analysis import WORD, name_token, stem_word
from index.search.query import Marks
from index.search.snippets import SNIPPET_CHARS, Finder, locate, mark_text
from index.text.normalize import fold

# Invented Pashto lines (no real person): a visa request to the embassy, the interpreter,
# and names in other spellings and scripts.
PASHTO = (
    "د ویزې غوښتنه په کابل کې سفارت ته وسپارل شوه. ژباړونکی محمد قاسم احمدزی ورسره و. "
    "Muhammad Kasim Ahmadzay او محمّد قاسم د مرکې نېټه وغوښته؛ سفارت ځواب ورنکړ."
)
DARI = "درخواست ویزای محمد قاسم به سفارت در کابل داده شد. Mohammed Qassim مترجم داشت."
QUERIES = [
    "visa",
    "interpreter",
    "deportation appeal",
    '"visa application centre"',
    "Mohammad Kasim",
    'name:"Muhammad Qasim Ahmadzai"',
    "Ahmadzai",
    "محمد",
    "محمد قاسم",
    "سفارت",
    "ویزې",
    "ژباړونکی",
    '"درخواست ویزای"',
    "Ahmad*",
    "depor*",
    "Qasim~",
    "interpeter~",
    "Kabul OR Herat",
    "visa -email",
    "appealed",
]


def _with_other_languages(doc: SyntheticDocument) -> SyntheticDocument:
    """Every third document gets a Pashto page, every fifth a Dari line on its first page."""
    pages = list(doc.pages)
    if doc.number % 5 == 0:
        pages[0] = f"{pages[0]}\n{DARI}"
    if doc.number % 3 == 0:
        pages.insert(doc.number % (len(pages) + 1), PASHTO)
    return replace(doc, pages=pages)


@pytest.fixture(scope="module")
def corpus() -> dict[int, SyntheticDocument]:
    return {doc.number: _with_other_languages(doc) for doc in documents(400)}


@pytest.fixture(scope="module")
def search(tmp_path_factory: pytest.TempPathFactory, corpus: dict) -> SearchIndex:
    index = SearchIndex(Path(tmp_path_factory.mktemp("finder")) / "index")
    index.open(create=True)
    index.add(entry_of(doc) for doc in corpus.values())
    yield index
    index.close()


# -- the word-by-word scan as it was before the finder: the reference ---------------------

_TOKENS = re.compile(WORD)


def _old_matches(text: str, marks: Marks) -> list[tuple[int, int]]:
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


def _old_locate(pages, marks: Marks, most: int = 2) -> tuple[int, tuple[str, ...]]:
    best_page, best_spans = 0, []
    for number, text in enumerate(pages, start=1):
        spans = _old_matches(text, marks)
        if len(spans) > len(best_spans):
            best_page, best_spans = number, spans
    if not best_spans:
        return best_page, ()
    text = pages[best_page - 1]
    groups: list[list[tuple[int, int]]] = []
    for span in best_spans:
        if groups and span[0] - groups[-1][-1][1] < 2 * SNIPPET_CHARS:
            groups[-1].append(span)
        else:
            groups.append([span])
    return best_page, tuple(_old_snippet(text, group) for group in groups[:most])


def _old_snippet(text: str, spans: list[tuple[int, int]]) -> str:
    def edge(position: int, backwards: bool) -> int:
        if position in (0, len(text)):
            return position
        found = text.rfind(" ", 0, position) if backwards else text.find(" ", position)
        return position if found == -1 else (found + 1 if backwards else found)

    start = edge(max(0, spans[0][0] - SNIPPET_CHARS), True)
    end = edge(min(len(text), spans[-1][1] + SNIPPET_CHARS), False)
    out, cursor = [], start
    for left, right in spans:
        out += [html.escape(text[cursor:left]), f"<mark>{html.escape(text[left:right])}</mark>"]
        cursor = right
    out.append(html.escape(text[cursor:end]))
    snippet = " ".join("".join(out).split())
    return ("…" if start > 0 else "") + snippet + ("…" if end < len(text) else "")


# -- the tests -----------------------------------------------------------------------------


@pytest.mark.parametrize("text", QUERIES)
def test_the_finder_gives_the_pages_and_snippets_of_the_word_by_word_scan(
    search: SearchIndex, corpus: dict, text: str
) -> None:
    """GIVEN 400 invented documents, a third with a Pashto page and a fifth with a Dari line
    (names in Latin and Arabic script, in several spellings)
    WHEN a query is searched (50 hits, all pages searched by one Finder)
    THEN every hit has the page and snippets the word-by-word scan gives, and some are marked."""
    pages = {number: tuple(doc.pages) for number, doc in corpus.items()}
    result = search.search(
        text, SearchOptions(limit=50, facets=False), pages_of_hits=lambda ids: pages
    )
    assert result.hits, text
    for hit in result.hits:
        assert (hit.page, hit.snippets) == _old_locate(pages[hit.id], result.marks), hit.id
    assert any("<mark>" in s for hit in result.hits for s in hit.snippets)


def test_one_finder_for_many_documents_gives_what_a_fresh_one_gives(
    search: SearchIndex, corpus: dict
) -> None:
    """GIVEN one Finder used for every document in turn (as a search uses it)
    WHEN it locates matches in each THEN it gives what a fresh finder and the old scan give,
    and marks the same words in a whole text."""
    marks = search.search("محمد Kasim visa", SearchOptions(facets=False)).marks
    finder = Finder(marks)
    for doc in corpus.values():
        expected = _old_locate(doc.pages, marks)
        assert finder.locate(doc.pages) == expected == locate(doc.pages, marks)
        for page in doc.pages:
            _, words = mark_text(page, marks)
            assert words == [page[a:b] for a, b in _old_matches(page, marks)]


def test_the_page_with_most_matching_words_wins_counting_repeats() -> None:
    """GIVEN a first page with two different matching words and a second with one word
    three times WHEN located THEN page 2 is the best (every occurrence counts), with as
    many on both the first page wins, and a document without matches has page 0."""
    marks = Marks(exact={"visa", "embassy"})
    assert locate(["visa embassy", "visa visa visa"], marks)[0] == 2
    assert locate(["visa embassy x", "embassy visa"], marks)[0] == 1
    assert locate(["nothing here", "nor here"], marks) == (0, ())
    assert locate(["nothing here"], marks) == (0, ()) == locate([], marks)
    assert locate(["a visa"], marks) == (1, ("a <mark>visa</mark>",))
