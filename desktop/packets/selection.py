"""Which documents go into a packet: given ids, a search's hits, or the whole case.

Documents an office writes for itself — briefing notes (marked internal, not for
disclosure), cover sheets and earlier packets — are left out of "the case's documents"
and of a search's hits unless asked for, and the caller is told which were left out.
Ids given one by one always go in: the user chose them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from desktop.drafting.gather import Holdings
from desktop.packets.model import PacketError
from index.catalog.records import Document
from index.search import SearchOptions, SearchResult

PACKET_KIND = "briefing packet"
# The kinds an office writes for itself, and how to say them in a list.
INTERNAL_KINDS = {
    "briefing note": "briefing notes",
    "cover": "cover sheets",
    PACKET_KIND: "earlier packets",
}
_SEARCH_LIMIT = 1000


@dataclass(frozen=True)
class Selection:
    """The documents chosen for a packet, in order, and the internal ones left out as
    ``(id, title, kind)``."""

    ids: tuple[int, ...]
    internal: tuple[tuple[int, str, str], ...] = ()


def is_internal(kind: str) -> bool:
    """Whether documents of ``kind`` are the office's own, left out of packets by default."""
    return kind in INTERNAL_KINDS


def case_documents(archive: Holdings, case_id: str, include_internal: bool = False) -> Selection:
    """Every document of the case, oldest first (internal ones only when asked for)."""
    return _split((d for d, _how in archive.cases.documents(case_id)), include_internal)


class Searchable(Holdings, Protocol):
    """An archive folder or an office database (searched in this desk's own index)."""

    def find(self, text: str, options: SearchOptions | None = None) -> SearchResult: ...


def search_documents(archive: Searchable, query: str, include_internal: bool = False) -> Selection:
    """The documents a search finds, best first (internal ones only when asked for)."""
    result = archive.find(query, SearchOptions(limit=_SEARCH_LIMIT, facets=False))
    found = (archive.documents.document(hit.id) for hit in result.hits)
    return _split((d for d in found if d is not None), include_internal)


def choose_documents(
    archive: Searchable,
    case_id: str,
    given: Sequence[int] = (),
    query: str = "",
    include_internal: bool = False,
) -> Selection:
    """The given ids, then the search's hits (each once); the whole case when neither."""
    if archive.cases.get(case_id) is None:
        raise PacketError(f"There is no case {case_id} in this archive (see casedesk case list).")
    chosen, internal = list(given), ()
    if query.strip():
        found = search_documents(archive, query, include_internal)
        chosen += found.ids
        internal = found.internal
    if not given and not query.strip():
        whole = case_documents(archive, case_id, include_internal)
        chosen, internal = list(whole.ids), whole.internal
    unique = tuple(dict.fromkeys(chosen))
    if not unique:
        left = f" ({len(internal)} internal document(s) left out)" if internal else ""
        raise PacketError(f"No documents to put in a packet for case {case_id}{left}.")
    return Selection(unique, tuple(d for d in internal if d[0] not in unique))


def _split(documents: Iterable[Document], include_internal: bool) -> Selection:
    kept: list[int] = []
    internal: list[tuple[int, str, str]] = []
    for document in documents:
        if include_internal or not is_internal(document.kind):
            kept.append(document.id)
        else:
            internal.append((document.id, document.title or document.name, document.kind))
    return Selection(tuple(kept), tuple(internal))
