"""Short posting lists kept in the term's entry instead of a block of their own.

Whoosh 2.7 writes every term's postings as at least one block in the postings file:
pickled ids, weights and values, compressed, behind a pickled header — for a term in one
document as for a term in ten thousand.  Most terms of a segment are rare (names,
numbers, words of one manual), so on 268 real PDF manuals about two of every five
postings started a block of their own, and writing those blocks was about a quarter of
indexing.  Whoosh has a path for this ("inlined" postings, pickled into the term's
entry and read back as a list) but it is switched off (``inlinelimit=1``) and could not
be switched on: the writer calls ``terminfo.set_inline``, a method that does not exist
(it is ``set_inlined``).

Here new segments inline lists shorter than :data:`INLINE_LIMIT`.  Reading needs no
change: every Whoosh version reads both (the term's entry says which it is), so indexes
written before keep working and mixed segments merge.  Two fixes go with it: a field
without values (an ID) keeps ``None`` for each posting, as its blocks read back, since
Whoosh's list matcher gives the string ``""`` for a missing value where writing wants
bytes; and
``ListMatcher.copy`` dropped the term's statistics, which scoring asks a copy for.
"""

from __future__ import annotations

from whoosh import codec as whoosh_codec
from whoosh.codec import whoosh3
from whoosh.matching.mcore import ListMatcher

INLINE_LIMIT = 8  # posting lists shorter than this are kept in the term's entry

_original_default_codec = whoosh_codec.default_codec
_original_finish_postings = whoosh3.W3PostingsWriter.finish_postings
_original_copy = ListMatcher.copy


def _default_codec(*args, **kwargs):  # Whoosh's signature
    """Whoosh's codec, inlining short posting lists unless told otherwise."""
    kwargs.setdefault("inlinelimit", INLINE_LIMIT)
    return whoosh3.W3Codec(*args, **kwargs)


def _finish_postings(self):  # Whoosh's signature and logic, with the method name fixed
    """End the current term: inline a short list into its entry, else flush the block."""
    terminfo = self._terminfo
    if not self.written() and len(self) < self._inlinelimit:
        terminfo.add_block(self)
        # A field without values (an ID) buffers none: keep None for each posting, as
        # its blocks read back, where Whoosh's list matcher would give the string "".
        terminfo.set_inlined(self._ids, self._weights, self._values or (None,) * len(self))
    else:
        if self._ids:
            self._write_block(last=True)
        startoffset = self._startoffset
        terminfo.set_extent(startoffset, self._postfile.tell() - startoffset)
    self._terminfo = None
    return terminfo


def _copy(self):  # Whoosh's signature
    """A copy at the same place that keeps the term and its statistics."""
    return type(self)(
        self._ids,
        self._weights,
        self._values,
        self._format,
        self._scorer,
        self._i,
        self._all_weights,
        term=self._term,
        terminfo=self._terminfo,
    )


def install() -> None:
    """Inline short posting lists in every segment written from now on (idempotent)."""
    whoosh_codec.default_codec = _default_codec
    whoosh3.W3PostingsWriter.finish_postings = _finish_postings
    ListMatcher.copy = _copy


def uninstall() -> None:
    """Put Whoosh's own writing back (for the equivalence tests)."""
    whoosh_codec.default_codec = _original_default_codec
    whoosh3.W3PostingsWriter.finish_postings = _original_finish_postings
    ListMatcher.copy = _original_copy
