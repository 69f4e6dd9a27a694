"""Checking a case before it is stored, and putting its words in their usual form.

:func:`checked` returns the case with choices spelled as the lists in
:mod:`index.cases.model` spell them (``siv`` → ``SIV``, ``Urgent`` → ``urgent``), or raises
:class:`~index.errors.CaseError` listing everything wrong at once.  Messages name the
field and the person's place in the case ("person 2 (spouse)"), never the person's name
or numbers, because errors may be shown on a shared screen or written to a log.

Dates are put in their stored form too: a birth date may be partial or approximate
(:mod:`index.cases.partial_date`: ``1990``, ``~1985``, ``1369 SH``), a deadline is a day,
and either may be typed in the Solar Hijri calendar (a day is kept as its Gregorian day).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

from index.cases.model import (
    CONFIDENTIAL_FIELDS,
    DEADLINE_KINDS,
    NEEDS,
    PATHWAYS,
    PRIORITIES,
    RELATIONSHIPS,
    STATUSES,
    Case,
    Deadline,
    Note,
    Person,
)
from index.cases.partial_date import HOW_TO_WRITE, parse_partial_date, parsed_or_none
from index.errors import CaseError
from index.text.references import DEFAULT_CASE_PATTERN

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def checked(case: Case, case_pattern: str = DEFAULT_CASE_PATTERN) -> Case:
    """``case`` with its choices in their usual spelling; :class:`CaseError` if it is wrong."""
    problems: list[str] = []
    case_id = case.id.strip().upper()
    if not re.fullmatch(case_pattern, case_id, re.IGNORECASE):
        problems.append(_bad_id(case.id, case_pattern))
    people = tuple(_person(p, i, problems) for i, p in enumerate(case.people, start=1))
    if sum(p.relationship == "principal" for p in people) > 1:
        problems.append("Only one person can be the principal applicant.")
    result = replace(
        case,
        id=case_id,
        people=people,
        location=case.location.strip(),
        pathway=_choice(case.pathway, PATHWAYS, "pathway", problems, empty_ok=True),
        needs=_needs(case.needs),
        priority=_choice(case.priority, PRIORITIES, "priority", problems),
        status=_choice(case.status, STATUSES, "status", problems),
        deadlines=tuple(_deadline(d, i, problems) for i, d in enumerate(case.deadlines, 1)),
        volunteer=case.volunteer.strip(),
        notes=tuple(_note(n, i, problems) for i, n in enumerate(case.notes, start=1)),
        confidential=_confidential(case.confidential, problems),
    )
    if problems:
        raise CaseError(_message(problems), tuple(problems))
    return result


def is_iso_date(text: str) -> bool:
    """True for a real date written ``YYYY-MM-DD``."""
    if not _ISO_DATE.fullmatch(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def full_date(text: str) -> str:
    """``text`` as an ISO Gregorian day if it names one — ``2025-03-01``, ``01/03/2025``, or a
    Solar Hijri day (``1403-12-11``, ``11 Hut 1403``) converted — else ``""``."""
    found = parsed_or_none(text)
    return found.canonical() if found is not None and found.is_full else ""


def choice(value: str, choices: tuple[str, ...], what: str) -> str:
    """``value`` spelled as in ``choices`` (case and ``-``/``_`` for spaces ignored), or
    :class:`CaseError` naming the choices."""
    problems: list[str] = []
    result = _choice(value, choices, what, problems)
    if problems:
        raise CaseError(problems[0])
    return result


def _message(problems: list[str]) -> str:
    if len(problems) == 1:
        return f"The case was not saved: {problems[0]}"
    return "The case was not saved:\n" + "\n".join(f"  - {p}" for p in problems)


def _bad_id(given: str, pattern: str) -> str:
    if pattern == DEFAULT_CASE_PATTERN:
        return (
            f"{given.strip()!r} is not a case number: case numbers look like AFG-2024-00137 "
            "(three letters, the year, five digits)."
        )
    return f"{given.strip()!r} is not a case number: this archive's case numbers match {pattern}."


def _person(person: Person, number: int, problems: list[str]) -> Person:
    role = _choice(person.relationship or "other", RELATIONSHIPS, "relationship", problems)
    who = f"person {number} ({role})"
    if not person.name.strip():
        problems.append(f"{who.capitalize()} has no name in Latin script.")
    birth = person.birth_date.strip()
    if birth:
        try:
            birth = parse_partial_date(birth).canonical()
        except ValueError as error:
            problems.append(f"The birth date of {who} could not be read ({error}); {HOW_TO_WRITE}.")
    return Person(
        name=_words(person.name),
        name_native=_words(person.name_native),
        relationship=role,
        birth_date=birth,
        nationality=person.nationality.strip(),
        tazkira=person.tazkira.strip(),
        passport=person.passport.strip().upper(),
        a_number=person.a_number.strip().upper(),
    )


def _deadline(deadline: Deadline, number: int, problems: list[str]) -> Deadline:
    kind = _choice(
        deadline.kind, DEADLINE_KINDS, "kind of deadline", problems, f"Deadline {number}: "
    )
    when = full_date(deadline.date)
    if not when:
        problems.append(
            f"Deadline {number} ({kind}) needs a date with its day, written YYYY-MM-DD "
            "(or in the Solar Hijri calendar, e.g. 1403-11-08 or 8 Dalw 1403)."
        )
    return Deadline(kind=kind, date=when or deadline.date.strip(), note=deadline.note.strip())


def _note(note: Note, number: int, problems: list[str]) -> Note:
    if not note.text.strip():
        problems.append(f"Note {number} is empty.")
    at = note.at.strip()
    if at:
        try:
            datetime.fromisoformat(at)
        except ValueError:
            problems.append(f"The time of note {number} must be an ISO time (YYYY-MM-DDTHH:MM).")
    return Note(text=note.text.strip(), confidential=bool(note.confidential), at=at)


def _needs(needs: tuple[str, ...]) -> tuple[str, ...]:
    canonical = {n.casefold(): n for n in NEEDS}
    result: dict[str, None] = {}
    for need in needs:
        text = " ".join(need.split())
        if text:
            result.setdefault(canonical.get(text.casefold(), text))
    return tuple(result)


def _confidential(fields: tuple[str, ...], problems: list[str]) -> tuple[str, ...]:
    result: dict[str, None] = {}
    for name in fields:
        key = name.strip().lower().replace("-", "_")
        if key in CONFIDENTIAL_FIELDS:
            result.setdefault(key)
        else:
            problems.append(
                f"{name!r} cannot be marked confidential; "
                f"these can: {', '.join(CONFIDENTIAL_FIELDS)}."
            )
    return tuple(result)


def _choice(
    value: str,
    choices: tuple[str, ...],
    what: str,
    problems: list[str],
    where: str = "",
    *,
    empty_ok: bool = False,
) -> str:
    text = " ".join(value.replace("_", " ").split())
    if not text and empty_ok:
        return ""
    for option in choices:
        if _folded(option) == _folded(text):
            return option
    given = f"{text!r} is not a {what}" if text else f"No {what} was given"
    problems.append(f"{where}{given}; choose one of: {', '.join(choices)}.")
    return text


def _folded(text: str) -> str:
    return text.casefold().replace("-", " ")


def _words(text: str) -> str:
    return " ".join(text.split())
