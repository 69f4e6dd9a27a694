"""The columns of a spreadsheet of cases: their names in English, Dari and Pashto, and how a
case becomes rows and rows become a case.

One row per person: rows with the same case number are one family.  A row without a name
holds only case details (a spreadsheet of one row per case without people, or a case's
second note).  Case details (location, pathway …) may be repeated on every row of the case
or given once; notes are one per row.  Lists inside a cell are separated by ``;`` and a
deadline is written ``kind=date`` or ``kind=date=note`` (``visa expiry=2025-03-01``).
See docs/IMPORT.md.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.cases.model import Case, Deadline, Note, Person
from index.text.normalize import fold

PERSON_COLUMNS = (
    "name",
    "name_native",
    "relationship",
    "birth_date",
    "nationality",
    "tazkira",
    "passport",
    "a_number",
)
CASE_COLUMNS = (
    "location",
    "pathway",
    "needs",
    "priority",
    "status",
    "volunteer",
    "deadlines",
    "confidential",
)
NOTE_COLUMNS = ("note", "confidential_note")
COLUMNS = ("case_id", *PERSON_COLUMNS, *CASE_COLUMNS, *NOTE_COLUMNS)

# Other ways an office writes the same column (compared by :func:`header_key`).
ALIASES: dict[str, tuple[str, ...]] = {
    "case_id": ("case", "case number", "case no", "case id", "شماره قضیه", "د قضیې شمېره"),
    "name": ("full name", "name latin", "نام", "نام و تخلص", "نوم", "بشپړ نوم"),
    "name_native": ("native name", "name in dari", "نام به دری", "نوم په پښتو", "اصلي نوم"),
    "relationship": ("relation", "role", "نسبت", "رابطه", "اړیکه"),
    "birth_date": ("date of birth", "dob", "born", "تاریخ تولد", "د زیږون نیټه"),
    "nationality": ("citizenship", "تابعیت", "ملیت", "تابعیت"),
    "tazkira": ("tazkira number", "تذکره", "نمبر تذکره", "د تذکرې شمېره"),
    "passport": ("passport number", "پاسپورت", "نمبر پاسپورت", "پاسپورټ", "د پاسپورټ شمېره"),
    "a_number": ("a number", "alien number", "a#"),
    "location": ("place", "city", "موقعیت", "محل سکونت", "ځای", "د اوسېدو ځای"),
    "pathway": ("programme", "program", "مسیر", "لاره"),
    "needs": ("protection needs", "need", "نیازها", "اړتیاوې"),
    "priority": ("urgency", "اولویت", "لومړیتوب"),
    "status": ("state", "وضعیت", "حالت"),
    "volunteer": ("caseworker", "داوطلب", "رضاکار"),
    "deadlines": ("deadline", "مهلت ها", "مهلت", "وروستۍ نېټې"),
    "confidential": ("confidential fields", "محرمانه", "پټ"),
    "note": ("notes", "comment", "یادداشت", "یادښت"),
    "confidential_note": ("private note", "یادداشت محرمانه", "پټ یادښت"),
}


def header_key(text: str) -> str:
    """``text`` folded for comparing column names: case, spaces, ``_``, ``-``, Arabic
    letter variants and the zero-width non-joiner (``مهلت‌ها`` = ``مهلت ها``) do not count."""
    words = re.split(r"[\s_\-]+", str(text).strip())
    return "".join(fold(w) for w in words if w)


# Relationships as a Dari or Pashto office writes them in a spreadsheet.
_RELATIONSHIP_WORDS = {
    "principal": ("متقاضی اصلی", "اصلی", "سرپرست", "اصلي غوښتونکی"),
    "spouse": ("همسر", "خانم", "شوهر", "مېړه", "ښځه", "wife", "husband"),
    "child": ("فرزند", "پسر", "دختر", "اولاد", "زوی", "لور", "son", "daughter"),
    "parent": ("پدر", "مادر", "پلار", "مور", "father", "mother"),
    "sibling": ("برادر", "خواهر", "ورور", "خور", "brother", "sister"),
    "other": ("دیگر", "نور"),
}
_RELATIONSHIPS = {
    header_key(word): relationship
    for relationship, words in _RELATIONSHIP_WORDS.items()
    for word in words
}


def relationship_of(text: str) -> str:
    """``text`` as one of the model's relationships when it is a known word for one (in
    English, Dari or Pashto); else ``text`` as it was, for the checks to judge."""
    return _RELATIONSHIPS.get(header_key(text), text)


_BY_HEADER = {
    header_key(name): column for column in COLUMNS for name in (column, *ALIASES.get(column, ()))
}


def column_for(header: str) -> str | None:
    """The column a header names, or ``None`` when it names none."""
    return _BY_HEADER.get(header_key(header))


def split_list(text: str) -> tuple[str, ...]:
    """The items of a ``;``-separated cell."""
    return tuple(item.strip() for item in text.split(";") if item.strip())


def deadline_from(text: str) -> Deadline:
    """``kind=date`` or ``kind=date=note`` as a deadline (checked later, like any case)."""
    kind, _, rest = text.partition("=")
    when, _, note = rest.partition("=")
    return Deadline(kind=kind.strip(), date=when.strip(), note=note.strip())


def case_rows(case: Case, *, confidential: bool) -> list[dict[str, str]]:
    """``case`` as rows (one per person, more when it has more notes than people).

    Without ``confidential``, the fields the case marks confidential are left empty and
    its confidential notes are left out.
    """
    shown = case if confidential else _without_secrets(case)
    details = _case_cells(shown)
    people: list[Person | None] = list(shown.people) or [None]
    notes = list(shown.notes)
    rows = []
    for i in range(max(len(people), len(notes))):
        person = people[i] if i < len(people) else None
        note = notes[i] if i < len(notes) else None
        rows.append({"case_id": shown.id, **_person_cells(person), **details, **_note(note)})
    return rows


def _without_secrets(case: Case) -> Case:
    hidden = {f for f in case.confidential if f != "location" and f != "notes"}
    people = tuple(replace(p, **{f: "" for f in hidden}) for p in case.people)
    return replace(
        case,
        people=people,
        location="" if "location" in case.confidential else case.location,
        notes=tuple(
            n for n in case.notes if not n.confidential and "notes" not in case.confidential
        ),
    )


def _case_cells(case: Case) -> dict[str, str]:
    return {
        "location": case.location,
        "pathway": case.pathway,
        "needs": "; ".join(case.needs),
        "priority": case.priority,
        "status": case.status,
        "volunteer": case.volunteer,
        "deadlines": "; ".join(_deadline_text(d) for d in case.deadlines),
        "confidential": "; ".join(case.confidential),
    }


def _deadline_text(deadline: Deadline) -> str:
    text = f"{deadline.kind}={deadline.date}"
    return f"{text}={deadline.note}" if deadline.note else text


def _person_cells(person: Person | None) -> dict[str, str]:
    return {c: getattr(person, c) if person else "" for c in PERSON_COLUMNS}


def _note(note: Note | None) -> dict[str, str]:
    if note is None:
        return {"note": "", "confidential_note": ""}
    key = "confidential_note" if note.confidential else "note"
    return {"note": "", "confidential_note": "", key: note.text}
