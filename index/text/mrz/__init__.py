"""Machine-readable zones (ICAO 9303): passports' data pages, visa foils, identity cards.

:func:`find_zones` reads a page's text — typed, or what OCR read from a scan — for the
two or three lines of ``<``-filled capitals at the foot of a travel document, in any of
the five layouts (TD1, TD2, TD3, MRV-A, MRV-B), and checks every check digit.  Only a
zone that passes them all is a :class:`Zone`; a zone-like text that fails is an
:class:`Unreadable`, which says why in plain words and carries no value from it.

Written here rather than taken from PyPI: the ``mrz`` package (GPLv3, last release 2020)
checks only exact, clean lines, and PassportEye (MIT) brings scikit-image, scikit-learn,
matplotlib and pytesseract with its parser; neither undoes OCR's noise.
"""

from collections.abc import Iterator

from index.text.mrz.reading import Unreadable, Zone, Zones, find_zones

# The reference kind of a zone's document number; its expiry date is KIND-expiry.
NUMBER_KINDS = {"passport": "passport", "visa": "visa", "identity card": "id-card"}
EXPIRY_KINDS = tuple(f"{kind}-expiry" for kind in NUMBER_KINDS.values())
# Every reference kind only a zone gives (its number's kind is shared with other finders).
ZONE_KINDS = (*EXPIRY_KINDS, "birth-date", "nationality", "surname", "given-names")


def zone_references(zone: Zone) -> Iterator[tuple[str, str]]:
    """The references a zone gives, as ``(kind, value)``: its number (kind ``passport``,
    ``visa`` or ``id-card``), expiry (``passport-expiry``, …), ``birth-date``,
    ``nationality``, ``surname`` and ``given-names``; unknown values are left out."""
    kind = NUMBER_KINDS.get(zone.document, "document")
    found = (
        (kind, zone.number),
        (f"{kind}-expiry", zone.expiry),
        ("birth-date", zone.birth_date),
        ("nationality", zone.nationality),
        ("surname", zone.surname),
        ("given-names", zone.given_names),
    )
    return ((k, v) for k, v in found if v)


__all__ = [
    "EXPIRY_KINDS",
    "NUMBER_KINDS",
    "ZONE_KINDS",
    "Unreadable",
    "Zone",
    "Zones",
    "find_zones",
    "zone_references",
]
