"""Which documents go into a packet: given ids, a search's hits, or the whole case."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.packets.model import PacketError
from index.archive import Archive
from index.search import SearchOptions

PACKET_KIND = "briefing packet"
_SEARCH_LIMIT = 1000


def case_documents(archive: Archive, case_id: str) -> tuple[int, ...]:
    """Every document of the case, oldest first (earlier packets left out)."""
    return tuple(d.id for d, _ in archive.cases.documents(case_id) if d.kind != PACKET_KIND)


def search_documents(archive: Archive, query: str) -> tuple[int, ...]:
    """The documents a search finds, best first (packets left out)."""
    result = archive.find(query, SearchOptions(limit=_SEARCH_LIMIT, facets=False))
    return tuple(hit.id for hit in result.hits if hit.kind != PACKET_KIND)


def choose_documents(
    archive: Archive, case_id: str, given: Sequence[int] = (), query: str = ""
) -> tuple[int, ...]:
    """The given ids, then the search's hits (each once); the whole case when neither."""
    if archive.cases.get(case_id) is None:
        raise PacketError(f"There is no case {case_id} in this archive (see casedesk case list).")
    chosen = list(given)
    if query.strip():
        chosen += search_documents(archive, query)
    if not given and not query.strip():
        chosen = list(case_documents(archive, case_id))
    unique = tuple(dict.fromkeys(chosen))
    if not unique:
        raise PacketError(f"No documents to put in a packet for case {case_id}.")
    return unique
