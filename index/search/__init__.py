"""Full-text search: the only package that imports Whoosh.

Everything else talks to :class:`SearchIndex`, so that a Whoosh fork, or a shared
office backend later, is a change inside this package alone.
"""

from index.search.searchindex import Hit, SearchIndex

__all__ = ["Hit", "SearchIndex"]
