"""Cases from a spreadsheet (``casedesk case import``, File ▸ Import cases…) and from a JSON
list (``casedesk case add --from-json``).

:func:`plan_import` reads the file and checks every row through the same checks as
``case add`` (:func:`index.cases.checks.checked`) and a few of its own (a case already in
the archive, the same person twice, case details that differ between rows of one case);
:func:`run_import` then writes every case, all in one transaction (of the catalog or the office
database, :meth:`~index.cases.store.CaseStore.save_all`), or nothing
when a row was refused (unless ``skip_bad``: cases with a refused row are left out).

The report names each refused row with its column and value.  Values are the user's own
data shown back to the user; they never go to a log or the audit log (its rows say "cases
imported" and how many).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.operations.case_columns import (
    CASE_COLUMNS,
    PERSON_COLUMNS,
    deadline_from,
    relationship_of,
    split_list,
)
from desktop.operations.case_sheet import SheetRow, read_sheet
from index.cases.checks import checked, choice, is_iso_date
from index.cases.model import (
    CONFIDENTIAL_FIELDS,
    DEADLINE_KINDS,
    PATHWAYS,
    PRIORITIES,
    RELATIONSHIPS,
    STATUSES,
    Case,
    Note,
    Person,
)
from index.cases.store import CaseStore
from index.errors import CaseError, Count, Lines, Notice
from index.text.references import DEFAULT_CASE_PATTERN


@dataclass(frozen=True)
class Refusal:
    """A row that cannot be imported: where (row, column, value as written) and why (a
    :class:`~index.errors.Notice`, English as ``str``, which the faces translate)."""

    line: int
    column: str
    value: str
    reason: str


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do: the cases ready to add and the refused rows."""

    source: str
    rows: int
    cases: tuple[Case, ...]
    refused: tuple[Refusal, ...]
    left_out: tuple[str, ...] = ()  # case numbers with a refused row
    unknown_headers: tuple[str, ...] = ()

    @property
    def people(self) -> int:
        """How many people the cases ready to add hold."""
        return sum(len(c.people) for c in self.cases)


@dataclass(frozen=True)
class ImportResult:
    """What an import did: ``written`` is False when nothing was (a dry run, or refusals)."""

    plan: ImportPlan
    written: bool
    added: tuple[str, ...] = field(default=())


def plan_import(cases: CaseStore, path: Path) -> ImportPlan:
    """Read and check the spreadsheet at ``path``; nothing is written."""
    sheet = read_sheet(path)
    pattern = cases.rows.setting("case_pattern", DEFAULT_CASE_PATTERN)
    groups: dict[str, list[SheetRow]] = {}
    refused: list[Refusal] = []
    for row in sheet.rows:
        case_id = _case_id(row, pattern, refused)
        if case_id:
            groups.setdefault(case_id, []).append(row)
    made, left_out = [], []
    for case_id, rows in groups.items():
        found = _case_of(cases, case_id, rows, pattern)
        if isinstance(found, Case):
            made.append(found)
        else:
            refused.extend(found)
            left_out.append(case_id)
    refused.sort(key=lambda r: r.line)
    return ImportPlan(
        path.name, len(sheet.rows), tuple(made), tuple(refused), tuple(left_out),
        sheet.unknown_headers,
    )  # fmt: skip


def run_import(cases: CaseStore, plan: ImportPlan, *, skip_bad: bool = False) -> ImportResult:
    """Add the plan's cases (all or none); nothing when a row was refused, unless
    ``skip_bad``."""
    if plan.refused and not skip_bad:
        return ImportResult(plan, written=False)
    added = cases.save_all(plan.cases, "cases imported")
    return ImportResult(plan, written=True, added=added)


def add_cases(store: CaseStore, cases: Sequence[Case]) -> tuple[str, ...]:
    """Add a list of new cases (``case add --from-json`` with a list): all, or none when
    one is wrong or already in the archive (:class:`CaseError` says which and why)."""
    pattern = store.rows.setting("case_pattern", DEFAULT_CASE_PATTERN)
    problems: list[Notice] = []
    seen: set[str] = set()
    for n, case in enumerate(cases, start=1):
        try:
            case_id = checked(case, pattern).id
        except CaseError as error:
            problems.extend(_in_list(n, p) for p in error.problems)
            continue
        if case_id in seen or _exists(store, case_id):
            twice = "{case_id} is twice in the list."
            there = "{case_id} is already in the archive."
            problems.append(
                _in_list(n, Notice(twice if case_id in seen else there, case_id=case_id))
            )
        seen.add(case_id)
    if problems:
        raise CaseError("No case was added:\n{lines}", tuple(problems), lines=Lines(problems))
    return store.save_all(cases, "cases added from a list")


def _in_list(number: int, problem: str) -> Notice:
    return Notice("Case {number} in the list: {problem}", number=Count(number), problem=problem)


# -- one case from its rows ---------------------------------------------------------


def _case_id(row: SheetRow, pattern: str, refused: list[Refusal]) -> str:
    given = row.cells.get("case_id", "")
    if not given:
        refused.append(Refusal(row.line, "case_id", "", Notice("The row has no case number.")))
        return ""
    try:
        return checked(Case(id=given), pattern).id
    except CaseError as error:
        refused.append(Refusal(row.line, "case_id", given, error.problems[0]))
        return ""


def _case_of(
    cases: CaseStore, case_id: str, rows: list[SheetRow], pattern: str
) -> Case | list[Refusal]:
    """The case the rows describe, checked; or the refusals of its rows."""
    if _exists(cases, case_id):
        reason = Notice(
            "Case {case_id} is already in the archive (change it with casedesk case edit).",
            case_id=case_id,
        )
        return [Refusal(r.line, "case_id", r.cells.get("case_id", ""), reason) for r in rows]
    refused: list[Refusal] = []
    for row in rows:
        refused.extend(_cell_problems(row))
    details = _details(rows, refused)
    people = _people(rows, refused)
    if refused:
        return refused
    notes = tuple(_notes(rows))
    case = Case(id=case_id, people=people, notes=notes, **details)
    try:
        return checked(case, pattern)
    except CaseError as error:
        first = rows[0]
        return [Refusal(first.line, "", case_id, p) for p in error.problems]


def _exists(cases: CaseStore, case_id: str) -> bool:
    old = cases.get(case_id)
    return old is not None and bool(old.updated_at)


def _details(rows: list[SheetRow], refused: list[Refusal]) -> dict[str, object]:
    """The case's own fields: each from the first row that gives it; a later row that
    gives another value is refused."""
    first: dict[str, tuple[str, int]] = {}
    for row in rows:
        for column in CASE_COLUMNS:
            value = row.cells.get(column, "")
            if not value:
                continue
            if column not in first:
                first[column] = (value, row.line)
            elif _differs(first[column][0], value, column):
                earlier, line = first[column]
                reason = Notice(
                    "It differs from row {row} of the same case ({earlier}).",
                    row=Count(line),
                    earlier=repr(earlier),
                )
                refused.append(Refusal(row.line, column, value, reason))
    values = {c: v for c, (v, _) in first.items()}
    details: dict[str, object] = {
        k: values[k] for k in ("location", "pathway", "priority", "status", "volunteer")
        if k in values
    }  # fmt: skip
    details["needs"] = split_list(values.get("needs", ""))
    details["confidential"] = split_list(values.get("confidential", ""))
    details["deadlines"] = tuple(map(deadline_from, split_list(values.get("deadlines", ""))))
    return details


def _differs(one: str, other: str, column: str) -> bool:
    if column in ("needs", "confidential", "deadlines"):
        return [i.casefold() for i in split_list(one)] != [i.casefold() for i in split_list(other)]
    return " ".join(one.split()).casefold() != " ".join(other.split()).casefold()


def _people(rows: list[SheetRow], refused: list[Refusal]) -> tuple[Person, ...]:
    people: list[Person] = []
    seen: dict[tuple[str, str], int] = {}
    for row in rows:
        cells = {c: row.cells.get(c, "") for c in PERSON_COLUMNS}
        if not any(cells.values()):
            continue  # a row of case details or a note only
        if not cells["name"]:
            reason = Notice("The person has no name in Latin script.")
            refused.append(Refusal(row.line, "name", "", reason))
            continue
        key = (" ".join(cells["name"].split()).casefold(), cells["birth_date"])
        if key in seen:
            reason = Notice(
                "The same person as row {row} (same name and birth date).", row=Count(seen[key])
            )
            refused.append(Refusal(row.line, "name", cells["name"], reason))
            continue
        seen[key] = row.line
        default = "other" if people else "principal"
        relationship = relationship_of(cells["relationship"]) or default
        people.append(Person(**{**cells, "relationship": relationship}))
    return tuple(people)


def _notes(rows: list[SheetRow]) -> list[Note]:
    notes = []
    for row in rows:
        if row.cells.get("note"):
            notes.append(Note(row.cells["note"]))
        if row.cells.get("confidential_note"):
            notes.append(Note(row.cells["confidential_note"], confidential=True))
    return notes


# -- one cell -----------------------------------------------------------------------

_CHOICES = {
    "relationship": (RELATIONSHIPS, "relationship"),
    "pathway": (PATHWAYS, "pathway"),
    "priority": (PRIORITIES, "priority"),
    "status": (STATUSES, "status"),
}


def _cell_problems(row: SheetRow) -> list[Refusal]:
    """What is wrong in the row's cells, one refusal per cell, in the words of the checks."""
    found = []
    for column, value in row.cells.items():
        reason = _cell_problem(column, value) if value else None
        if reason:
            found.append(Refusal(row.line, column, value, reason))
    return found


def _cell_problem(column: str, value: str) -> Notice | None:
    if column == "relationship":
        value = relationship_of(value)
    if column in _CHOICES:
        choices, what = _CHOICES[column]
        try:
            choice(value, choices, what)
        except CaseError as error:
            return error.problems[0]
    if column == "birth_date" and not is_iso_date(value):
        return Notice("A birth date must be a real date written YYYY-MM-DD (e.g. 1986-01-01).")
    if column == "deadlines":
        return _deadlines_problem(value)
    if column == "confidential":
        wrong = [f for f in split_list(value) if _field(f) not in CONFIDENTIAL_FIELDS]
        if wrong:
            return Notice(
                "These can be marked confidential: {choices}.",
                choices=", ".join(CONFIDENTIAL_FIELDS),
            )
    return None


def _deadlines_problem(value: str) -> Notice | None:
    for item in split_list(value):
        deadline = deadline_from(item)
        try:
            choice(deadline.kind, DEADLINE_KINDS, "kind of deadline")
        except CaseError as error:
            return Notice("{item}: {problem}", item=repr(item), problem=error.problems[0])
        if not is_iso_date(deadline.date):
            return Notice(
                "{item}: a deadline is written KIND=YYYY-MM-DD (visa expiry=2025-03-01).",
                item=repr(item),
            )
    return None


def _field(name: str) -> str:
    return name.strip().lower().replace("-", "_").replace(" ", "_")
