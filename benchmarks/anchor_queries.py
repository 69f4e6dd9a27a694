"""The benchmark's queries in tantivy's and Recoll's query languages.

:mod:`benchmarks.search_latency` asks CaseDesk and SQLite FTS5 the same 24 queries; the
anchors (:mod:`benchmarks.search_anchors`) ask them here as near as each language
allows.  Every query is derived from the FTS5 form (plain words, phrases, ``OR`` and
``NOT``), with these mappings where the languages differ:

- ``Ahmad*`` / ``depor*``: tantivy's parser has no trailing wildcard on a word; it is a
  regular expression ``/ahmad.*/`` on each text field.  Recoll: ``ahmad*`` as written.
- ``Qasim~`` / ``interpeter~``: tantivy fuzzy terms at one edit on each text field (as
  Whoosh's ``~``).  Recoll's language has no fuzzy words: the plain word, as in FTS5.
- ``type:form visa``: tantivy ``kind:form AND visa`` (a raw field of the kind);
  Recoll has no such field for plain text files: ``visa``, as in FTS5.
- ``familyname:Ahmadzai``: tantivy ``fields:ahmadzai`` (the form fields' text, as
  FTS5); Recoll indexes the form's fields as lines of its text file: ``ahmadzai``.
- dates: tantivy ``date:[20231001 TO 20231231]`` (the date as an integer field);
  Recoll ``date:2023-10-01/2023-12-31`` (the file's time, set to the document's date,
  or an email's ``Date:`` header).
- names: the words as written (no name variants in either: like FTS5).
"""

from __future__ import annotations

from typing import Protocol

TEXT_FIELDS = ("title", "body", "fields")


class QueryLike(Protocol):
    """What this module reads of :class:`benchmarks.search_latency.Probe`."""

    group: str
    casedesk: str
    fts_match: str
    fts_date: tuple[str, str] | None


def _words(probe: QueryLike) -> str:
    """The FTS5 match text with ``NOT`` written as a minus, as both anchors read it."""
    return probe.fts_match.replace(" NOT ", " -")


def tantivy_text(probe: QueryLike) -> str:
    """The query for tantivy's parser (conjunction by default, regexes allowed)."""
    if probe.group == "wildcard":
        stem = probe.fts_match.rstrip("*")
        return " OR ".join(f"{field}:/{stem}.*/" for field in TEXT_FIELDS)
    if probe.casedesk.startswith("type:form"):
        return f"kind:form AND {_words(probe)}"
    parts = [_words(probe)] if probe.fts_match else []
    if probe.fts_date:
        start, end = (day.replace("-", "") for day in probe.fts_date)
        parts.append(f"date:[{start} TO {end}]")
    return " AND ".join(parts)


def tantivy_fuzzy(probe: QueryLike) -> bool:
    """Whether the query's words are fuzzy (one edit) in tantivy."""
    return probe.group == "fuzzy"


def recoll_text(probe: QueryLike) -> str:
    """The query in Recoll's language (implicit AND, ``-`` for NOT, ``date:a/b``)."""
    words = _words(probe).replace("fields:", "")
    parts = [words] if words else []
    if probe.fts_date:
        parts.append("date:{}/{}".format(*probe.fts_date))
    return " ".join(parts)
