"""Whoosh's ``word_values`` for CaseDesk's own analyzers, without a generator per token.

Indexing a document runs each of its text fields through an analyzer: Whoosh's
``RegexTokenizer`` and then our filters (:mod:`index.search.analysis`), each a Python
generator that passes one mutable ``Token`` along.  On 268 real PDF manuals (18 million
characters, three text views of each) that chain was more than half of Whoosh's
indexing time: five generator steps and several attribute writes for each of 7.4 million
tokens.  The terms of a field depend only on the word, so here the chain is replaced, for
our analyzers only, by one ``findall`` and a memo from word to term.  The postings are the
same as Whoosh's own (terms, frequencies, weights, encoded positions — a test compares
them on real and invented text), for fields with positions and for those with counts only
(the stemmed view, which phrases never search); any other analyzer, or a call with
options this does not handle, goes to Whoosh's own code.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

from whoosh import formats
from whoosh.analysis import CompositeAnalyzer, RegexTokenizer
from whoosh.system import pack_uint

from index.search.analysis import _MapFilter, _MaybeNames

MEMO_WORDS = 1 << 16  # distinct words remembered per analyzer before the memo starts over

_original_word_values = formats.Positions.word_values
_original_frequency_values = formats.Frequency.word_values
_Plan = tuple[Any, "_Terms"]  # (compiled pattern, word → term or "")
_plans: dict[tuple[object, ...], _Plan] = {}


def _maybe_name(word: str) -> str:
    """What :class:`_MaybeNames` does to one word: keeps it unless it starts lower-case."""
    return "" if word[:1].islower() else word


class _Terms:
    """word → term ('' when a filter drops it) through ``steps``, remembered per word:
    ``memo.get(word)`` first, ``compute(word)`` when it is not there."""

    def __init__(self, steps: tuple[Callable[[str], str], ...]) -> None:
        self.steps = steps
        self.memo: dict[str, str] = {}

    def compute(self, word: str) -> str:
        """The term of ``word``, remembered (the memo starts over when full)."""
        text = word
        for step in self.steps:
            text = step(text)
            if not text:
                break
        if len(self.memo) >= MEMO_WORDS:
            self.memo.clear()
        self.memo[word] = text
        return text


def plan_of(analyzer: object) -> _Plan | None:
    """(pattern, terms) when ``analyzer`` is a regex tokenizer followed only by our
    filters; None for any other analyzer."""
    if not isinstance(analyzer, CompositeAnalyzer) or not analyzer.items:
        return None
    tokenizer, *filters = analyzer.items
    if type(tokenizer) is not RegexTokenizer or tokenizer.gaps or tokenizer.expression.groups:
        return None
    steps: list[Callable[[str], str]] = []
    for item in filters:
        if type(item) is _MaybeNames:
            steps.append(_maybe_name)
        elif type(item) is _MapFilter:
            steps.append(item.function)
        else:
            return None
    key = (tokenizer.expression.pattern, tokenizer.expression.flags, *steps)
    plan = _plans.get(key)
    if plan is None:
        plan = _plans[key] = (tokenizer.expression, _Terms(tuple(steps)))
    return plan


def _term_positions(value: object, analyzer: object, kwargs: dict) -> dict[str, list[int]] | None:
    """term → its positions in ``value``, for each distinct term in order of first
    appearance; None when the fast path does not apply (Whoosh's own code runs then)."""
    plan = plan_of(analyzer) if isinstance(value, str) and set(kwargs) <= {"mode"} else None
    if plan is None:
        return None
    expression, terms = plan
    known, compute = terms.memo.get, terms.compute
    positions: defaultdict[str, list[int]] = defaultdict(list)
    for position, word in enumerate(expression.findall(value)):
        text = known(word)
        if text is None:
            text = compute(word)
        if text:
            positions[text].append(position)
    return positions


def _word_values(self, value, analyzer, **kwargs) -> Iterator[tuple[str, int, float, bytes]]:
    """Whoosh's ``Positions.word_values``: (term, frequency, weight, encoded positions)
    for each distinct term of ``value``, in order of first appearance."""
    positions = _term_positions(value, analyzer, kwargs)
    if positions is None:
        yield from _original_word_values(self, value, analyzer, **kwargs)
        return
    boost = self.field_boost
    encode = self.encode
    for text, found in positions.items():
        yield text, len(found), float(len(found)) * boost, encode(found)


def _frequency_values(self, value, analyzer, **kwargs) -> Iterator[tuple[str, int, float, bytes]]:
    """Whoosh's ``Frequency.word_values``: (term, frequency, weight, encoded frequency)
    for each distinct term of ``value``, in order of first appearance."""
    positions = _term_positions(value, analyzer, kwargs)
    if positions is None:
        return _original_frequency_values(self, value, analyzer, **kwargs)
    boost = self.field_boost
    return (
        (text, len(found), float(len(found)) * boost, pack_uint(len(found)))
        for text, found in positions.items()
    )


def install() -> None:
    """Use the fast path for our analyzers (idempotent)."""
    formats.Positions.word_values = _word_values
    formats.Frequency.word_values = _frequency_values


def uninstall() -> None:
    """Put Whoosh's own ``word_values`` back (for the equivalence tests)."""
    formats.Positions.word_values = _original_word_values
    formats.Frequency.word_values = _original_frequency_values
