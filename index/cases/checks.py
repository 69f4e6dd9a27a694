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
from index.errors import CaseError, Choice, Count, Lines, Notice
from index.text.references import DEFAULT_CASE_PATTERN

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def checked(case: Case, case_pattern: str = DEFAULT_CASE_PATTERN) -> Case:
    """``case`` with its choices in their usual spelling; :class:`CaseError` if it is wrong."""
    problems: list[Notice] = []
    case_id = case.id.strip().upper()
    if not re.fullmatch(case_pattern, case_id, re.IGNORECASE):
        problems.append(_bad_id(case.id, case_pattern))
    people = tuple(_person(p, i, problems) for i, p in enumerate(case.people, start=1))
    if sum(p.relationship == "principal" for p in people) > 1:
        problems.append(Notice("Only one person can be the principal applicant."))
    result = replace(
        case,
        id=case_id,
        people=people,
        location=case.location.strip(),
        pathway=_choice(case.pathway, PATHWAYS, _PATHWAY, problems, empty_ok=True),
        needs=_needs(case.needs),
        priority=_choice(case.priority, PRIORITIES, _PRIORITY, problems),
        status=_choice(case.status, STATUSES, _STATUS, problems),
        deadlines=tuple(_deadline(d, i, problems) for i, d in enumerate(case.deadlines, 1)),
        volunteer=case.volunteer.strip(),
        notes=tuple(_note(n, i, problems) for i, n in enumerate(case.notes, start=1)),
        confidential=_confidential(case.confidential, problems),
    )
    if problems:
        raise _refused(problems)
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
    problems: list[Notice] = []
    result = _choice(value, choices, what, problems)
    if problems:
        raise CaseError(problems[0].template, (problems[0],), **problems[0].values)
    return result


def _refused(problems: list[Notice]) -> CaseError:
    """The error that lists ``problems`` (each a sentence the faces translate)."""
    if len(problems) == 1:
        return CaseError("The case was not saved: {problem}", tuple(problems), problem=problems[0])
    return CaseError("The case was not saved:\n{lines}", tuple(problems), lines=Lines(problems))


def _bad_id(given: str, pattern: str) -> Notice:
    if pattern == DEFAULT_CASE_PATTERN:
        return Notice(
            "{given} is not a case number: case numbers look like AFG-2024-00137 "
            "(three letters, the year, five digits).",
            given=repr(given.strip()),
        )
    return Notice(
        "{given} is not a case number: this archive's case numbers match {pattern}.",
        given=repr(given.strip()),
        pattern=pattern,
    )


def _person(person: Person, number: int, problems: list[Notice]) -> Person:
    role = _choice(person.relationship or "other", RELATIONSHIPS, _RELATIONSHIP, problems)
    who = {"number": Count(number), "role": Choice(role)}
    if not person.name.strip():
        problems.append(Notice("Person {number} ({role}) has no name in Latin script.", **who))
    birth = person.birth_date.strip()
    if birth:
        try:
            birth = parse_partial_date(birth).canonical()
        except ValueError as error:
            problems.append(_unread_birth_date(who, error))
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


def _unread_birth_date(who: dict[str, object], error: ValueError) -> Notice:
    return Notice(
        "The birth date of person {number} ({role}) could not be read ({reason}); {how}.",
        **who,
        reason=Notice(str(error)),
        how=Notice(HOW_TO_WRITE),
    )


def _deadline(deadline: Deadline, number: int, problems: list[Notice]) -> Deadline:
    kind = _choice(deadline.kind, DEADLINE_KINDS, _DEADLINE_KIND, problems, number)
    when = full_date(deadline.date)
    if not when:
        problems.append(
            Notice(
                "Deadline {number} ({kind}) needs a date with its day, written YYYY-MM-DD "
                "(or in the Solar Hijri calendar, e.g. 1403-11-08 or 8 Dalw 1403).",
                number=Count(number),
                kind=Choice(kind),
            )
        )
    return Deadline(kind=kind, date=when or deadline.date.strip(), note=deadline.note.strip())


def _note(note: Note, number: int, problems: list[Notice]) -> Note:
    if not note.text.strip():
        problems.append(Notice("Note {number} is empty.", number=Count(number)))
    at = note.at.strip()
    if at:
        try:
            datetime.fromisoformat(at)
        except ValueError:
            problems.append(
                Notice(
                    "The time of note {number} must be an ISO time (YYYY-MM-DDTHH:MM).",
                    number=Count(number),
                )
            )
    return Note(text=note.text.strip(), confidential=bool(note.confidential), at=at)


def _needs(needs: tuple[str, ...]) -> tuple[str, ...]:
    canonical = {n.casefold(): n for n in NEEDS}
    result: dict[str, None] = {}
    for need in needs:
        text = " ".join(need.split())
        if text:
            result.setdefault(canonical.get(text.casefold(), text))
    return tuple(result)


def _confidential(fields: tuple[str, ...], problems: list[Notice]) -> tuple[str, ...]:
    result: dict[str, None] = {}
    for name in fields:
        key = name.strip().lower().replace("-", "_")
        if key in CONFIDENTIAL_FIELDS:
            result.setdefault(key)
        else:
            problems.append(
                Notice(
                    "{given} cannot be marked confidential; these can: {choices}.",
                    given=repr(name),
                    choices=", ".join(CONFIDENTIAL_FIELDS),
                )
            )
    return tuple(result)


# What a choice is, named in its refusal (:func:`choice`'s ``what``).
_PATHWAY, _PRIORITY, _STATUS = "pathway", "priority", "status"
_RELATIONSHIP, _DEADLINE_KIND = "relationship", "kind of deadline"
_NOT_ONE_OF = {
    (_PATHWAY, True): "{given} is not a pathway; choose one of: {choices}.",
    (_PATHWAY, False): "No pathway was given; choose one of: {choices}.",
    (_PRIORITY, True): "{given} is not a priority; choose one of: {choices}.",
    (_PRIORITY, False): "No priority was given; choose one of: {choices}.",
    (_STATUS, True): "{given} is not a status; choose one of: {choices}.",
    (_STATUS, False): "No status was given; choose one of: {choices}.",
    (_RELATIONSHIP, True): "{given} is not a relationship; choose one of: {choices}.",
    (_RELATIONSHIP, False): "No relationship was given; choose one of: {choices}.",
    (_DEADLINE_KIND, True): "{given} is not a kind of deadline; choose one of: {choices}.",
    (_DEADLINE_KIND, False): "No kind of deadline was given; choose one of: {choices}.",
}
_DEADLINE_NOT_ONE_OF = {
    True: "Deadline {number}: {given} is not a kind of deadline; choose one of: {choices}.",
    False: "Deadline {number}: no kind of deadline was given; choose one of: {choices}.",
}


def _choice(
    value: str,
    choices: tuple[str, ...],
    what: str,
    problems: list[Notice],
    deadline: int = 0,
    *,
    empty_ok: bool = False,
) -> str:
    text = " ".join(value.replace("_", " ").split())
    if not text and empty_ok:
        return ""
    for option in choices:
        if _folded(option) == _folded(text):
            return option
    given = (
        {"given": repr(text), "choices": ", ".join(choices)}
        if text
        else {"choices": ", ".join(choices)}
    )
    if deadline:
        problems.append(Notice(_DEADLINE_NOT_ONE_OF[bool(text)], number=Count(deadline), **given))
    else:
        problems.append(Notice(_NOT_ONE_OF[what, bool(text)], **given))
    return text


def _folded(text: str) -> str:
    return text.casefold().replace("-", " ")


def _words(text: str) -> str:
    return " ".join(text.split())
