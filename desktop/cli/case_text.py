"""Cases as text for a person at a terminal: a table of cases, one case in full, the office."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from desktop.cli.words import QT_TRANSLATE_NOOP, choice, kind, ltr, number, translate
from desktop.ui.date_words import date_words  # Qt-free: the window's words of a date
from index.cases.model import Case, Deadline, Person
from index.cases.partial_date import parsed_or_none
from index.cases.suggestions import SuggestedDeadline
from index.catalog.records import Document

_NUMBERS = (
    ("passport", QT_TRANSLATE_NOOP("Cli", "passport")),
    ("tazkira", QT_TRANSLATE_NOOP("Cli", "tazkira")),
    ("a_number", "A-number"),
)
_HEADINGS = (
    QT_TRANSLATE_NOOP("Cli", "CASE"),
    QT_TRANSLATE_NOOP("Cli", "PRIORITY"),
    QT_TRANSLATE_NOOP("Cli", "STATUS"),
    QT_TRANSLATE_NOOP("Cli", "NEXT DEADLINE"),
    QT_TRANSLATE_NOOP("Cli", "PRINCIPAL"),
    QT_TRANSLATE_NOOP("Cli", "VOLUNTEER"),
)
# How a document came into a case (index.cases.store).
_HOW = {
    "auto": QT_TRANSLATE_NOOP("Cli", "auto"),
    "by hand": QT_TRANSLATE_NOOP("Cli", "by hand"),
}
# The office's details, by their keys (JSON keeps the keys).
_OFFICE_LABELS = {
    "name": QT_TRANSLATE_NOOP("Cli", "name"),
    "address": QT_TRANSLATE_NOOP("Cli", "address"),
    "signatory": QT_TRANSLATE_NOOP("Cli", "signatory"),
    "signatory_title": QT_TRANSLATE_NOOP("Cli", "signatory title"),
    "phone": QT_TRANSLATE_NOOP("Cli", "phone"),
    "email": QT_TRANSLATE_NOOP("Cli", "email"),
    "paper": QT_TRANSLATE_NOOP("Cli", "paper"),
    "logo": QT_TRANSLATE_NOOP("Cli", "logo"),
    "addressees": QT_TRANSLATE_NOOP("Cli", "addressees"),
}
_LABELS = {
    "location": QT_TRANSLATE_NOOP("Cli", "location"),
    "needs": QT_TRANSLATE_NOOP("Cli", "needs"),
    "volunteer": QT_TRANSLATE_NOOP("Cli", "volunteer"),
    "confidential": QT_TRANSLATE_NOOP("Cli", "confidential"),
}


def cases_table(cases: Sequence[Case], today: date | None = None) -> str:
    """One line per case: number, priority, status, next deadline, principal, volunteer."""
    if not cases:
        return translate("Cli", "No cases match (add one with casedesk case add).")
    day = (today or date.today()).isoformat()
    rows = [tuple(translate("Cli", heading) for heading in _HEADINGS)]
    for case in cases:
        upcoming = _next(case.deadlines, day)
        principal = case.principal
        rows.append(
            (
                case.id,
                choice(case.priority),
                choice(case.status),
                f"{upcoming.date} {choice(upcoming.kind)}" if upcoming else "—",
                principal.name if principal else translate("Cli", "(no record yet)"),
                case.volunteer or "—",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + "  " + row[-1]
        for row in rows
    ]
    count = translate("Cli", "{count} case(s)").format(count=number(len(cases)))
    return "\n".join(line.rstrip() for line in lines) + f"\n{count}"


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
    facts = " · ".join(choice(x) for x in (case.priority, case.status, case.pathway) if x)
    lines = [f"{heading + ' ' if heading else ''}{case.id}  ({facts})"]
    for label, value in (
        ("location", case.location),
        ("needs", ", ".join(map(choice, case.needs))),
        ("volunteer", case.volunteer),
        ("confidential", ", ".join(case.confidential)),
    ):
        if value:
            lines.append(f"  {translate('Cli', _LABELS[label])}: {value}")
    if not case.updated_at:
        lines.append(
            "  " + translate("Cli", "(known from its documents only: no record saved yet)")
        )
    lines += _section(translate("Cli", "People"), [_person(p) for p in case.people])
    deadlines = sorted(case.deadlines, key=lambda d: d.date)
    lines += _section(translate("Cli", "Deadlines"), [_deadline(d, day) for d in deadlines])
    to_add = translate("Cli", "{fact}; to add it:")
    lines += _section(
        translate("Cli", "Suggested deadlines (from its documents)"),
        [f"{to_add.format(fact=s.fact)}\n    {ltr(_command(case, s))}" for s in suggested],
    )
    secret = translate("Cli", "[confidential]") + " "
    lines += _section(
        translate("Cli", "Notes"),
        [f"{secret if n.confidential else ''}{n.at[:10]}  {n.text}" for n in case.notes],
    )
    lines += _section(
        translate("Cli", "Documents ({count})").format(count=number(len(documents))),
        [f"{d.id:>5}  {d.title}  ({', '.join(_facts(d, how))})" for d, how in documents],
    )
    return "\n".join(lines)


def office_text(details: dict[str, str]) -> str:
    """The office's details, one per line, "(not set)" where empty."""
    unset = translate("Cli", "(not set)")
    return "\n".join(
        f"{translate('Cli', _OFFICE_LABELS.get(key, key.replace('_', ' ')))}: "
        f"{value.replace(chr(10), ', ') or unset}"
        for key, value in details.items()
    )


def _facts(document: Document, how: str) -> list[str]:
    """A case's document's kind, date and how it was linked, in words."""
    linked = translate("Cli", _HOW[how]) if how in _HOW else how
    return [x for x in (kind(document.kind), document.date, linked) if x]


def _section(title: str, lines: list[str]) -> list[str]:
    return ["", title, *(f"  {line}" for line in lines)] if lines else []


def _person(person: Person) -> str:
    name = f"{person.name} ({person.name_native})" if person.name_native else person.name
    born = parsed_or_none(person.birth_date)  # "1990", "~1985", "1369 SH" as given
    born_text = born.text(date_words(translate)) if born else person.birth_date
    facts = [translate("Cli", "born {date}").format(date=born_text) if person.birth_date else ""]
    facts.append(person.nationality)
    facts += [
        f"{translate('Cli', label)} {ltr(getattr(person, key))}"
        for key, label in _NUMBERS
        if getattr(person, key)
    ]
    return " · ".join(x for x in (f"{choice(person.relationship):<9} {name}", *facts) if x)


def _deadline(deadline: Deadline, today: date) -> str:
    days = (date.fromisoformat(deadline.date) - today).days
    if days < 0:
        when = translate("Cli", "{days} day(s) ago").format(days=number(-days))
    elif days == 0:
        when = translate("Cli", "today")
    else:
        when = translate("Cli", "in {days} day(s)").format(days=number(days))
    note = f"  {deadline.note}" if deadline.note else ""
    return f"{deadline.date}  {choice(deadline.kind)}  ({when}){note}"


def _command(case: Case, suggestion: SuggestedDeadline) -> str:
    deadline = suggestion.deadline
    return (
        f'casedesk case edit {case.id} --deadline "{deadline.kind}={deadline.date}={deadline.note}"'
    )


def _next(deadlines: Sequence[Deadline], day: str) -> Deadline | None:
    coming = [d for d in deadlines if d.date >= day]
    return min(coming, key=lambda d: d.date) if coming else None
