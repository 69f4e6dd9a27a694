"""What a case is: its people, pathway, needs, priority, deadlines and notes.

Values only (frozen dataclasses); the catalog stores them (:mod:`index.cases.store`),
the CLI and the window edit them, templates read them.  Every name, number and date
here may be sensitive: nothing in this module logs or prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PATHWAYS = (
    "resettlement referral",
    "P-1",
    "P-2",
    "SIV",
    "family reunification",
    "humanitarian parole",
    "other",
)
NEEDS = (
    "journalist",
    "artist or musician",
    "women's rights defender",
    "former employee of a US-funded programme",
    "human rights defender",
    "religious or ethnic minority",
    "LGBTQI+",
    "medical",
    "unaccompanied child",
    "other",
)
PRIORITIES = ("emergency", "urgent", "normal")
STATUSES = ("open", "referred", "waiting", "closed")
RELATIONSHIPS = ("principal", "spouse", "child", "parent", "sibling", "other")
DEADLINE_KINDS = (
    "visa expiry",
    "passport expiry",
    "permit expiry",
    "exit deadline",
    "interview",
    "other",
)
# What a case may mark confidential: kept out of letters and packets unless chosen.
CONFIDENTIAL_FIELDS = ("tazkira", "passport", "a_number", "birth_date", "location", "notes")


@dataclass(frozen=True)
class Person:
    """The principal applicant or a family member."""

    name: str  # in Latin script, as on the passport if there is one
    name_native: str = ""  # in Arabic script (Dari, Pashto, Urdu)
    relationship: str = "principal"  # one of RELATIONSHIPS
    birth_date: str = ""  # 1990-05-12, 1990-05, 1990, ~1985 or 1369 SH (index/cases/partial_date)
    nationality: str = ""
    tazkira: str = ""
    passport: str = ""
    a_number: str = ""


@dataclass(frozen=True)
class Deadline:
    """A date the case must not miss."""

    kind: str  # one of DEADLINE_KINDS
    date: str  # ISO date (a Solar Hijri one typed is converted by the checks)
    note: str = ""


@dataclass(frozen=True)
class Note:
    """A volunteer's note; confidential notes stay out of outputs unless chosen."""

    text: str
    confidential: bool = False
    at: str = ""  # ISO time it was written


@dataclass(frozen=True)
class Case:
    """One case, as the catalog holds it."""

    id: str  # e.g. AFG-2024-00137
    people: tuple[Person, ...] = ()
    location: str = ""
    pathway: str = ""  # one of PATHWAYS, or ""
    needs: tuple[str, ...] = ()  # from NEEDS (free text allowed)
    priority: str = "normal"  # one of PRIORITIES
    status: str = "open"  # one of STATUSES
    deadlines: tuple[Deadline, ...] = ()
    volunteer: str = ""
    notes: tuple[Note, ...] = ()
    confidential: tuple[str, ...] = field(default=())  # from CONFIDENTIAL_FIELDS
    created_at: str = ""
    updated_at: str = ""

    @property
    def principal(self) -> Person | None:
        """The principal applicant (the first person when none is marked)."""
        for person in self.people:
            if person.relationship == "principal":
                return person
        return self.people[0] if self.people else None
