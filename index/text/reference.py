"""A reference found on a page (a case number, passport, A-number, date …), as a value.

Apart from :mod:`index.text.references`, which finds them, so that what only stores or
reads references (the catalog, the search index's schema) does not compile the finding
patterns, the machine-readable-zone reader and the Solar Hijri calendar at import: a
``casedesk search`` needs none of them (issue 20, item 5).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reference:
    """A reference found on a page: its kind, normalised value and 1-based page."""

    kind: str  # "case", "anumber", "passport", "date", or a kind a zone gives
    value: str
    page: int
