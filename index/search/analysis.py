"""Whoosh analyzers built on :func:`index.text.normalize.fold`.

The same analyzer runs at index and query time, so a query typed with Arabic yeh
finds text written with Persian yeh, ``۱۴۰۲`` finds ``1402``, and a word written with
a zero-width non-joiner finds it written without.
"""

from __future__ import annotations

from whoosh.analysis import Filter, RegexTokenizer

from index.text.normalize import fold

# Word characters plus the marks that live inside Arabic-script words (harakat,
# superscript alef, Quranic marks), tatweel and zero-width (non-)joiners, so that
# none of them splits a word before folding removes them.
WORD = r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d]+(?:['’.\-][\w]+)*"


class FoldFilter(Filter):
    """Replaces each token's text with its folded form; drops tokens that fold to nothing."""

    def __call__(self, tokens):
        for token in tokens:
            token.text = fold(token.text)
            if token.text:
                yield token


def folding_analyzer():
    """Tokenise on words and fold each (case, script variants, digits, marks)."""
    return RegexTokenizer(WORD) | FoldFilter()
