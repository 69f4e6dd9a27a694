"""Whoosh analyzers built on CaseDesk's own text folding.

The same analyzer runs at index and query time, so a query typed with Arabic yeh finds
text written with Persian yeh, ``۱۴۰۲`` finds ``1402``, and a word written with a
zero-width non-joiner finds it written without.  Three views of the same text:

* ``folding`` — each word folded (:func:`index.text.normalize.fold`): exact matches;
* ``stemming`` — the second tier, ranked below the exact word: folded, then English words
  stemmed ("interviews" finds "interviewed") and Arabic-script words keyboard-folded
  (:func:`index.text.keyboards.keyboard_fold`: ګل مکۍ typed on a Dari keyboard is
  گل مکی, and each finds the other);
* ``names`` — each word that can be a name reduced to a cross-script name key
  (:func:`index.text.names.name_key`): "Mohammad" finds "Muhammad" and "محمد".  Words
  that start with a lower-case letter are not names and are left out: it keeps the names
  field a fraction of the body's size, which is what name searches and phrases cost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

from whoosh.analysis import CompositeAnalyzer, Filter, RegexTokenizer, Token
from whoosh.lang.porter import stem

from index.text.keyboards import keyboard_fold
from index.text.names import name_key
from index.text.normalize import fold

# Word characters plus the marks that live inside Arabic-script words (harakat,
# superscript alef, Quranic marks), tatweel and zero-width (non-)joiners, so that
# none of them splits a word before folding removes them.
WORD = r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d]+(?:['’.\-/][\w]+)*"


@lru_cache(maxsize=1 << 15)
def stem_word(folded: str) -> str:
    """The second-tier term of a folded word: its English stem, or for other scripts
    the word as a Dari/Persian keyboard types it."""
    return stem(folded) if folded.isascii() else keyboard_fold(folded)


class _MapFilter(Filter):
    """Replaces each token's text with ``function(text)``; drops tokens that map to ''."""

    def __init__(self, function: Callable[[str], str]) -> None:
        self.function = function

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _MapFilter) and other.function is self.function

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        function = self.function
        for token in tokens:
            token.text = function(token.text)
            if token.text:
                yield token


@lru_cache(maxsize=1 << 15)
def name_token(word: str) -> str:
    """The name key of a word, or '' for words with digits (references are not names)."""
    if any(ch.isdigit() for ch in word):
        return ""
    return name_key(word)


def _fold_and_stem(word: str) -> str:
    return stem_word(fold(word))


def folding_analyzer() -> CompositeAnalyzer:
    """Words, folded."""
    return RegexTokenizer(WORD) | _MapFilter(fold)


def stemming_analyzer() -> CompositeAnalyzer:
    """Words, folded and English-stemmed."""
    return RegexTokenizer(WORD) | _MapFilter(_fold_and_stem)


class _MaybeNames(Filter):
    """Keeps the words that can be names: capitalised, or in a script without case.

    Positions are kept as they were, so words on either side of a dropped word are not
    taken for neighbours by a phrase.
    """

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _MaybeNames)

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            if not token.text[:1].islower():
                yield token


def names_analyzer() -> CompositeAnalyzer:
    """Capitalised and Arabic-script words reduced to cross-script name keys."""
    return RegexTokenizer(WORD) | _MaybeNames() | _MapFilter(name_token)


def address_analyzer() -> CompositeAnalyzer:
    """Words split at every non-letter (e-mail addresses: officer@unhcr.example), folded."""
    return RegexTokenizer(r"\w+") | _MapFilter(fold)
