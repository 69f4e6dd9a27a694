""" "Did you mean": the closest known word, as fast on an index in many parts as in one.

Whoosh finds words within two edits of a misspelling with an automaton that skips
through a segment's sorted word list — but only on an index of one segment.  On an
index of several (right after a large ingest, until the idle optimise merges them) its
reader fell back to merging every segment's word list and computing the edit distance
of each word in Python: a search with no hits took 316 ms instead of 12 ms on 10,000
documents in 15 parts, and grew with the vocabulary.  Here the automaton is built once
per word and run over each segment's word list in turn.

The choice is Whoosh's: among the words within ``maxdist`` edits, the one used most
often in the whole index, then the first in alphabetical order; so a merged and an
unmerged index suggest the same word.
"""

from __future__ import annotations

from whoosh.codec.base import Automata
from whoosh.searching import Searcher


def closest_word(searcher: Searcher, fieldname: str, word: str, maxdist: int = 2) -> str | None:
    """The most used word of ``fieldname`` within ``maxdist`` edits of ``word`` (not
    ``word`` itself), or None when there is none."""
    dfa = Automata.levenshtein_dfa(word, maxdist)
    found: set[str] = set()
    for leaf, _offset in searcher.leaf_searchers():
        found.update(Automata.find_matches(dfa, leaf.reader().cursor(fieldname)))
    found.discard(word)
    if not found:
        return None
    return min(found, key=lambda each: (-searcher.frequency(fieldname, each), each))
