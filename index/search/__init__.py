"""Full-text search: the only package that imports Whoosh.

Everything else talks to :class:`SearchIndex`, so that a Whoosh fork, or a shared
office backend later, is a change inside this package alone.
"""

from index.search.results import Hit, SearchResult
from index.search.searchindex import SearchIndex, SearchOptions

__all__ = ["Hit", "SearchIndex", "SearchOptions", "SearchResult"]
