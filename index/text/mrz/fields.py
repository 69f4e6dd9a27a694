"""A document's zones as fields a person reads: for the Details pane and ``casedesk show``.

The zones are read again from the pages' stored text (a page takes microseconds), so
what is shown is exactly what the checks say now, including a zone that failed them —
which gives no references, and is shown only as "found, check digits do not agree".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from index.text.mrz.reading import Unreadable, Zone, find_zones


@dataclass(frozen=True)
class ZoneOnPage:
    """A zone read on a page (1-based): either ``zone`` or ``unreadable`` is set."""

    page: int
    zone: Zone | None = None
    unreadable: Unreadable | None = None

    @property
    def heading(self) -> str:
        """ "Passport (machine-readable zone), page 1"."""
        document = self.zone.document if self.zone else self.unreadable.document  # type: ignore[union-attr]
        return f"{document.capitalize()} (machine-readable zone), page {self.page}"

    @property
    def rows(self) -> list[tuple[str, str]]:
        """Label and value of each field, or one row saying why none is given."""
        if self.zone is None:
            reason = self.unreadable.reason if self.unreadable else ""
            return [("Not used", f"{reason}; nothing was taken from it")]
        zone = self.zone
        rows = [
            ("Number", zone.number),
            ("Surname", zone.surname),
            ("Given names", zone.given_names),
            ("Nationality", zone.nationality),
            ("Born", zone.birth_date),
            ("Expires", zone.expiry),
            ("Issued by", zone.issuer),
        ]
        return [(label, value) for label, value in rows if value]

    def as_json(self) -> dict[str, object]:
        """The zone for ``--json``: its page and fields, or its page and why it failed."""
        if self.zone is not None:
            return {"page": self.page, "checked": True, **vars(self.zone)}
        reason = self.unreadable.reason if self.unreadable else ""
        document = self.unreadable.document if self.unreadable else ""
        return {"page": self.page, "checked": False, "document": document, "reason": reason}


def zones_in(pages: Sequence[str], today: date | None = None) -> tuple[ZoneOnPage, ...]:
    """Every zone on ``pages``, in page order: those read, and those that failed."""
    found: list[ZoneOnPage] = []
    for number, text in enumerate(pages, start=1):
        zones = find_zones(text, today)
        found += [ZoneOnPage(number, zone=z) for z in zones.found]
        found += [ZoneOnPage(number, unreadable=u) for u in zones.unreadable]
    return tuple(found)
