"""What a template sees: the case, its people, cited documents, the office and today.

Everything is turned into plain dicts, lists and strings — nothing a template could
call into — and the same dict is stored with the output as its context snapshot.

Confidential information stays out unless the volunteer chooses to include it: the
case's confidential fields (``Case.confidential``: document numbers, dates of birth,
location, notes) are emptied and every confidential note is dropped.  ``case.withheld``
then says, in words, what was left out, so a letter can say it is available on request.
Values chosen for redaction (``redact``: kinds of :mod:`desktop.redaction.kinds`) are
withheld the same way even when confidential information is included.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from desktop.drafting.letter_words import ENGLISH_WORDS, LetterWords
from desktop.drafting.word_filters import age, longdate
from desktop.redaction.kinds import redacted_fields
from index.cases.model import Case, Deadline, Person
from index.cases.partial_date import parsed_or_none
from index.catalog.records import Document

OFFICE_KEYS = (
    "name", "address", "signatory", "signatory_title", "phone", "email", "paper", "logo",
    "addressees",
)  # fmt: skip
_PERSON_SECRETS = ("tazkira", "passport", "a_number", "birth_date")
WITHHELD_WORDS = {
    "tazkira": "tazkira numbers",
    "passport": "passport numbers",
    "a_number": "A-numbers",
    "birth_date": "dates of birth",
    "location": "current location",
    "notes": "case notes",
}


def build_context(
    case: Case,
    *,
    office: Mapping[str, object] | None = None,
    citations: Sequence[Mapping[str, object]] = (),
    documents: Sequence[Mapping[str, object]] = (),
    include_confidential: bool = False,
    today: datetime.date | None = None,
    redact: Iterable[str] = (),
) -> dict[str, object]:
    """The context of a draft for ``case`` (typed-in fields are added when rendering)."""
    today = today or datetime.date.today()
    redacted = redacted_fields(redact)
    withheld = (set() if include_confidential else set(case.confidential)) | redacted - {"notes"}
    people = [person_view(p, withheld, today) for p in case.people]
    principal = case.principal
    index = case.people.index(principal) if principal is not None else -1
    view = case_view(_without_secret_notes(case, redacted), withheld, include_confidential, today)
    words = view["withheld"]
    if "notes" in redacted and any(n.confidential for n in case.notes):
        view["withheld"] = list(dict.fromkeys([*words, "confidential notes"]))  # type: ignore[misc]
    return {
        "case": view,
        "principal": people[index] if index >= 0 else person_view(Person(""), withheld, today),
        "family": [p for i, p in enumerate(people) if i != index],
        "people": people,
        "citations": [dict(c) for c in citations],
        "documents": [dict(d) for d in documents],
        "office": office_view(office or {}),
        "today": today.isoformat(),
        "confidential_included": include_confidential,
        # Set by the packet builder when the template is a packet's cover; None in a draft.
        "packet": None,
    }


def written_in(context: Mapping[str, object], words: LetterWords) -> dict[str, object]:
    """``context`` with what it writes out - birth dates and ages, the dates of deadlines,
    documents and citations - in the language and digits of ``words`` (a template's)."""
    if words == ENGLISH_WORDS:
        return dict(context)
    today = str(context.get("today", ""))

    def person(view: object) -> object:
        if not isinstance(view, Mapping):
            return view
        born = str(view.get("birth_date", ""))
        return {**view, "birth_date_text": longdate(born, words), "age": age(born, today, words)}

    def dated(view: object) -> object:
        if not isinstance(view, Mapping) or not view.get("date"):
            return view
        return {**view, "date_text": longdate(view["date"], words)}

    written = dict(context)
    for key in ("family", "people"):
        written[key] = [person(p) for p in context.get(key) or ()]  # type: ignore[attr-defined]
    written["principal"] = person(context.get("principal"))
    for key in ("citations", "documents"):
        written[key] = [dated(d) for d in context.get(key) or ()]  # type: ignore[attr-defined]
    case = context.get("case")
    if isinstance(case, Mapping):
        deadlines = {
            key: [dated(d) for d in case.get(key) or ()] for key in ("deadlines", "upcoming")
        }
        written["case"] = {**case, **deadlines, "next_deadline": dated(case.get("next_deadline"))}
    return written


def _without_secret_notes(case: Case, redacted: set[str]) -> Case:
    """The case without its confidential notes when they are redacted."""
    if "notes" not in redacted:
        return case
    return replace(case, notes=tuple(n for n in case.notes if not n.confidential))


def case_view(
    case: Case, withheld: set[str], include_confidential: bool, today: datetime.date
) -> dict[str, object]:
    """The case's own facts, with what is withheld emptied."""
    deadlines = sorted((deadline_view(d, today) for d in case.deadlines), key=lambda d: d["date"])
    upcoming = [d for d in deadlines if not d["passed"]]
    notes = [
        {"text": n.text, "at": n.at}
        for n in case.notes
        if include_confidential or not (n.confidential or "notes" in withheld)
    ]
    return {
        "id": case.id,
        "location": "" if "location" in withheld else case.location,
        "pathway": case.pathway,
        "needs": list(case.needs),
        "priority": case.priority,
        "status": case.status,
        "volunteer": case.volunteer,
        "deadlines": deadlines,
        "upcoming": upcoming,
        "next_deadline": upcoming[0] if upcoming else None,
        "notes": notes,
        "created_at": case.created_at,
        "withheld": _withheld_words(case, withheld, include_confidential),
    }


def person_view(person: Person, withheld: set[str], today: datetime.date) -> dict[str, object]:
    """One person; withheld numbers and dates are empty strings (never absent)."""
    view: dict[str, object] = {
        "name": person.name,
        "name_native": person.name_native,
        "relationship": person.relationship,
        "nationality": person.nationality,
    }
    for key in _PERSON_SECRETS:
        view[key] = "" if key in withheld else getattr(person, key)
    born = parsed_or_none(str(view["birth_date"]))  # "1990", "~1985", "1369 SH" as well
    view["birth_date_text"] = born.text() if born else str(view["birth_date"])
    view["age"] = born.age(today) if born else ""
    return view


def deadline_view(deadline: Deadline, today: datetime.date) -> dict[str, object]:
    """A deadline with its date also in words, and whether it has passed."""
    return {
        "kind": deadline.kind,
        "date": deadline.date,
        "date_text": longdate(deadline.date),
        "note": deadline.note,
        "passed": deadline.date < today.isoformat(),
    }


def office_view(office: Mapping[str, object]) -> dict[str, str]:
    """The office settings, every key present (empty when not set)."""
    view = {key: str(office.get(key, "") or "").strip() for key in OFFICE_KEYS}
    view["paper"] = view["paper"].lower() or "a4"
    # The first of the usual addressees: what a letter's addressee field is prefilled with.
    view["addressee"] = view["addressees"].replace("\r\n", "\n").split("\n\n")[0].strip()
    return view


def document_entries(pairs: Iterable[tuple[Document, str]]) -> list[dict[str, object]]:
    """The documents linked to a case (``(Document, how)`` pairs), oldest first."""
    entries = [
        {
            "id": doc.id,
            "title": doc.title,
            "kind": doc.kind,
            "date": doc.date,
            "date_text": longdate(doc.date) if doc.date else "",
            "pages": doc.page_count,
            "how": how,
        }
        for doc, how in pairs
    ]
    return sorted(entries, key=lambda e: (str(e["date"]) or "9999", int(e["id"])))


def _withheld_words(case: Case, withheld: set[str], include_confidential: bool) -> list[str]:
    """What was left out and would otherwise have shown, in words."""
    present = {key for key in _PERSON_SECRETS if any(getattr(p, key) for p in case.people)}
    if case.location:
        present.add("location")
    if case.notes:
        present.add("notes")
    words = [WITHHELD_WORDS[k] for k in WITHHELD_WORDS if k in withheld & present]
    if not include_confidential and any(n.confidential for n in case.notes):
        words += [] if "case notes" in words else ["confidential notes"]
    return words
