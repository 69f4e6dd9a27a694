"""Cases as text for a person at a terminal: a table of cases, one case in full, the office."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from index.cases.model import Case, Deadline, Person
from index.cases.partial_date import parsed_or_none
from index.cases.suggestions import SuggestedDeadline
from index.catalog.records import Document

_NUMBERS = (("passport", "passport"), ("tazkira", "tazkira"), ("a_number", "A-number"))


def cases_table(cases: Sequence[Case], today: date | None = None) -> str:
    """One line per case: number, priority, status, next deadline, principal, volunteer."""
    if not cases:
        return "No cases match (add one with casedesk case add)."
    day = (today or date.today()).isoformat()
    rows = [("CASE", "PRIORITY", "STATUS", "NEXT DEADLINE", "PRINCIPAL", "VOLUNTEER")]
    for case in cases:
        upcoming = _next(case.deadlines, day)
        principal = case.principal
        rows.append(
            (
                case.id,
                case.priority,
                case.status,
                f"{upcoming.date} {upcoming.kind}" if upcoming else "—",
                principal.name if principal else "(no record yet)",
                case.volunteer or "—",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + "  " + row[-1]
        for row in rows
    ]
    return "\n".join(line.rstrip() for line in lines) + f"\n{len(cases)} case(s)"


def case_text(
    case: Case,
    documents: Sequence[tuple[Document, str]] = (),
    heading: str = "",
    today: date | None = None,
    suggested: Sequence[SuggestedDeadline] = (),
) -> str:
    """Everything about one case; confidential notes and fields are marked; deadlines its
    documents suggest follow its own."""
    day = today or date.today()
    facts = " · ".join(x for x in (case.priority, case.status, case.pathway) if x)
    lines = [f"{heading + ' ' if heading else ''}{case.id}  ({facts})"]
    for label, value in (
        ("location", case.location),
        ("needs", ", ".join(case.needs)),
        ("volunteer", case.volunteer),
        ("confidential", ", ".join(case.confidential)),
    ):
        if value:
            lines.append(f"  {label}: {value}")
    if not case.updated_at:
        lines.append("  (known from its documents only: no record saved yet)")
    lines += _section("People", [_person(p) for p in case.people])
    deadlines = sorted(case.deadlines, key=lambda d: d.date)
    lines += _section("Deadlines", [_deadline(d, day) for d in deadlines])
    lines += _section(
        "Suggested deadlines (from its documents)",
        [f"{s.fact}; to add it:\n    {_command(case, s)}" for s in suggested],
    )
    lines += _section(
        "Notes",
        [f"{'[confidential] ' if n.confidential else ''}{n.at[:10]}  {n.text}" for n in case.notes],
    )
    lines += _section(
        f"Documents ({len(documents)})",
        [
            f"{d.id:>5}  {d.title}  ({', '.join(x for x in (d.kind, d.date, how) if x)})"
            for d, how in documents
        ],
    )
    return "\n".join(lines)


def office_text(details: dict[str, str]) -> str:
    """The office's details, one per line, "(not set)" where empty."""
    return "\n".join(
        f"{key.replace('_', ' ')}: {value.replace(chr(10), ', ') or '(not set)'}"
        for key, value in details.items()
    )


def _section(title: str, lines: list[str]) -> list[str]:
    return ["", title, *(f"  {line}" for line in lines)] if lines else []


def _person(person: Person) -> str:
    name = f"{person.name} ({person.name_native})" if person.name_native else person.name
    born = parsed_or_none(person.birth_date)  # "1990", "~1985", "1369 SH" as given
    facts = [f"born {born.text() if born else person.birth_date}" if person.birth_date else ""]
    facts.append(person.nationality)
    facts += [f"{label} {getattr(person, key)}" for key, label in _NUMBERS if getattr(person, key)]
    return " · ".join(x for x in (f"{person.relationship:<9} {name}", *facts) if x)


def _deadline(deadline: Deadline, today: date) -> str:
    days = (date.fromisoformat(deadline.date) - today).days
    if days < 0:
        when = f"{-days} day(s) ago"
    elif days == 0:
        when = "today"
    else:
        when = f"in {days} day(s)"
    note = f"  {deadline.note}" if deadline.note else ""
    return f"{deadline.date}  {deadline.kind}  ({when}){note}"


def _command(case: Case, suggestion: SuggestedDeadline) -> str:
    deadline = suggestion.deadline
    return (
        f'casedesk case edit {case.id} --deadline "{deadline.kind}={deadline.date}={deadline.note}"'
    )


def _next(deadlines: Sequence[Deadline], day: str) -> Deadline | None:
    coming = [d for d in deadlines if d.date >= day]
    return min(coming, key=lambda d: d.date) if coming else None
