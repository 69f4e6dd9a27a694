"""A correction to Whoosh 2.7's AND NOT, applied when the index is used.

Whoosh's ``AndNotMatcher`` moves its NOT part up to the first document of the wanted
part only when the two start on the same document. When the NOT part starts earlier
(its first document is 0, the wanted part's 1), the wanted part's first document is
given out even if the NOT part holds it further on: ``Kabul -Herat -visa`` listed the
second document of each segment although it holds "Herat" — by relevance and by date.
Here the NOT part is always moved up first, as Whoosh already does for every later
document (``_find_next``). ``tests/index/search/test_vectorised.py`` compares the
listed documents with the arrays' matches.
"""

from __future__ import annotations

from whoosh.matching import binary

_original_find_first = binary.AndNotMatcher._find_first


def _find_first(self) -> None:
    """Skip the wanted part's first documents that the NOT part holds."""
    if self.a.is_active() and self.b.is_active():
        self._find_next()


def install() -> None:
    """Use the corrected start (idempotent)."""
    binary.AndNotMatcher._find_first = _find_first


def uninstall() -> None:
    """Put Whoosh's own start back (to show the test fails without the correction)."""
    binary.AndNotMatcher._find_first = _original_find_first
