"""Full-text search: the only package that imports Whoosh.

Everything else talks to :class:`SearchIndex`, so that a Whoosh fork, or a shared
office backend later, is a change inside this package alone.
"""

from index.search.light_whoosh import import_whoosh

import_whoosh()  # first, before any module of this package imports Whoosh

from index.search.results import Hit, SearchResult  # noqa: E402
from index.search.searchindex import SearchIndex, SearchOptions  # noqa: E402

__all__ = ["Hit", "SearchIndex", "SearchOptions", "SearchResult"]
