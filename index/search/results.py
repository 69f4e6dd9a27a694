"""What a search returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Hit:
    """One matching document, with where and how it matched."""

    id: int
    title: str
    kind: str
    cases: tuple[str, ...]
    date: str
    score: float
    path: str
    page: int = 0  # 1-based page of the best match; 0 when unknown
    snippets: tuple[str, ...] = ()  # text with matched words in <mark>…</mark>, HTML-escaped


@dataclass(frozen=True)
class SearchResult:
    """A page of hits, the total, facet counts, and what the query parser had to say."""

    total: int
    hits: tuple[Hit, ...]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    suggestion: str = ""
    ignored: tuple[str, ...] = ()
    page: int = 1
    pages: int = 1
    marks: Any = field(default=None, compare=False, repr=False)  # what to highlight (query.Marks)
    exact: bool = True  # False when ``total`` is a lower estimate (searched without counts)
