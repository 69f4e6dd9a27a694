"""Where a :class:`~index.cases.store.CaseStore` reads and writes its rows: the seam between
the case logic (checks, stamps, conflicts) and a database.

Two implementations: the SQLite catalog of an archive folder
(:mod:`index.cases.sqlite_rows`) and an office's PostgreSQL database
(:mod:`index.office.case_rows`).  The SELECTs that make rows into a :class:`Case` are the
same SQL in both and assembled here once (:func:`load_cases`), with ``?`` placeholders run
through a :data:`~index.catalog.entries.Rows` function, as the search entries are.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, fields
from typing import Protocol

from index.cases.model import Case, Deadline, Note, Person
from index.catalog.entries import Rows
from index.catalog.records import Document

CASE_COLUMNS = (
    "id, location, pathway, needs, priority, status, volunteer, confidential, "
    "created_at, updated_at"
)
PERSON_COLUMNS = tuple(f.name for f in fields(Person))
# The columns of the part tables, in the order of :func:`part_rows`.
PART_COLUMNS = {
    "case_people": ", ".join(("case_id", "position", *PERSON_COLUMNS)),
    "case_deadlines": "case_id, position, kind, date, note",
    "case_notes": "case_id, position, text, confidential, at",
}
_UPSERT_CASE = (
    f"INSERT INTO cases ({CASE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET location = excluded.location, "
    "pathway = excluded.pathway, needs = excluded.needs, priority = excluded.priority, "
    "status = excluded.status, volunteer = excluded.volunteer, "
    "confidential = excluded.confidential, updated_at = excluded.updated_at"
)
# The audit action of a document taken out of a case by hand (it stays out).
UNLINKED = "case document unlinked"


@dataclass(frozen=True)
class CaseFilter:
    """Which cases to load: one by number, or by status and priority, or those not closed."""

    case_id: str | None = None
    status: str | None = None
    priority: str | None = None
    not_closed: bool = False

    def where(self) -> tuple[str, tuple[object, ...]]:
        """The SQL clause on ``cases`` (``?`` placeholders) and its parameters."""
        parts: list[str] = []
        params: list[object] = []
        for column, value in (("id", self.case_id), ("status", self.status)):
            if value is not None:
                parts.append(f"{column} = ?")
                params.append(value)
        if self.priority is not None:
            parts.append("priority = ?")
            params.append(self.priority)
        if self.not_closed:
            parts.append("status != 'closed'")
        return ("WHERE " + " AND ".join(parts)) if parts else "", tuple(params)


class CaseWriting(Protocol):
    """One save's transaction: the case as stored when it began (locked against other
    saves of the same case until it ends) and the writes of the save."""

    stored: Case | None

    def write_case(self, case: Case, stamp: str) -> None: ...
    def link_documents_naming(self, case_id: str) -> int: ...
    def audit(self, action: str, detail: dict[str, object]) -> None: ...


class CaseRows(Protocol):
    """The rows of cases, their links to documents and the office's settings."""

    @property
    def writable(self) -> bool: ...
    def setting(self, key: str, default: str) -> str: ...
    def load(self, chosen: CaseFilter) -> list[Case]: ...
    def saving(self, case_id: str) -> AbstractContextManager[CaseWriting]: ...
    def last_change(self, case_id: str) -> tuple[str, str]: ...
    def documents(self, case_id: str) -> list[tuple[Document, str]]: ...
    def case_exists(self, case_id: str) -> bool: ...
    def document_exists(self, doc_id: int) -> bool: ...
    def link(self, case_id: str, doc_id: int, how: str) -> bool: ...
    def unlink(self, case_id: str, doc_id: int) -> bool: ...
    def set_settings(self, values: dict[str, str], detail: dict[str, object]) -> None: ...
    def all_or_none(self) -> AbstractContextManager[object]: ...
    def record(self, action: str, detail: dict[str, object]) -> None: ...
    def rows(self, sql: str, params: Sequence[object]) -> list[tuple]: ...


def load_cases(rows: Rows, chosen: CaseFilter, people_columns: Sequence[str]) -> list[Case]:
    """The cases ``chosen`` selects, with all their parts, by number.

    ``people_columns`` are the SELECT expressions of :data:`PERSON_COLUMNS` (an office
    reader, who may not read identity numbers, selects ``''`` for them)."""
    where, params = chosen.where()
    cases = {row[0]: row for row in rows(f"SELECT {CASE_COLUMNS} FROM cases {where}", params)}
    if not cases:
        return []
    of_chosen = f"SELECT id FROM cases {where}"
    people = _parts(rows, "case_people", ", ".join(people_columns), of_chosen, params)
    deadlines = _parts(rows, "case_deadlines", "kind, date, note", of_chosen, params)
    notes = _parts(rows, "case_notes", "text, confidential, at", of_chosen, params)
    return [
        _case(
            cases[case_id],
            tuple(Person(*p) for p in people.get(case_id, ())),
            tuple(Deadline(*d) for d in deadlines.get(case_id, ())),
            tuple(Note(t, bool(c), at) for t, c, at in notes.get(case_id, ())),
        )
        for case_id in sorted(cases)
    ]


def case_values(case: Case, stamp: str) -> tuple[object, ...]:
    """The values of :data:`CASE_COLUMNS` for ``case`` saved at ``stamp``."""
    needs = json.dumps(case.needs, ensure_ascii=False)
    secret = json.dumps(case.confidential)
    return (case.id, case.location, case.pathway, needs, case.priority, case.status,
            case.volunteer, secret, stamp, stamp)  # fmt: skip


def case_writes(case: Case, stamp: str) -> list[tuple[str, list[tuple[object, ...]]]]:
    """The statements (``?`` placeholders) that store ``case`` whole, each with its rows of
    parameters: the case row inserted or updated, its people, deadlines and notes
    rewritten.  The same SQL for SQLite and PostgreSQL."""
    writes: list[tuple[str, list[tuple[object, ...]]]] = [
        (_UPSERT_CASE, [case_values(case, stamp)])
    ]
    for table, rows in part_rows(case).items():
        writes.append((f"DELETE FROM {table} WHERE case_id = ?", [(case.id,)]))
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            writes.append((f"INSERT INTO {table} ({PART_COLUMNS[table]}) VALUES ({marks})", rows))
    return writes


def part_rows(case: Case) -> dict[str, list[tuple[object, ...]]]:
    """The rows of ``case_people``, ``case_deadlines`` and ``case_notes`` for ``case``."""
    return {
        "case_people": [
            (case.id, i, *(getattr(p, c) for c in PERSON_COLUMNS))
            for i, p in enumerate(case.people)
        ],
        "case_deadlines": [
            (case.id, i, d.kind, d.date, d.note) for i, d in enumerate(case.deadlines)
        ],
        "case_notes": [
            (case.id, i, n.text, int(n.confidential), n.at) for i, n in enumerate(case.notes)
        ],
    }


def _parts(
    rows: Rows, table: str, columns: str, chosen: str, params: tuple[object, ...]
) -> dict[str, list[tuple]]:
    """Rows of a part table for the chosen cases, by case and in position order."""
    parts: dict[str, list[tuple]] = {}
    found = rows(
        f"SELECT case_id, {columns} FROM {table} WHERE case_id IN ({chosen}) "
        "ORDER BY case_id, position",
        params,
    )
    for case_id, *values in found:
        parts.setdefault(case_id, []).append(tuple(values))
    return parts


def _case(
    row: tuple, people: tuple[Person, ...], deadlines: tuple[Deadline, ...], notes: tuple[Note, ...]
) -> Case:
    case_id, location, pathway, needs, priority, status, volunteer, secret, created, updated = row
    return Case(
        id=case_id,
        people=people,
        location=location,
        pathway=pathway,
        needs=tuple(json.loads(needs)),
        priority=priority,
        status=status,
        deadlines=deadlines,
        volunteer=volunteer,
        notes=notes,
        confidential=tuple(json.loads(secret)),
        created_at=created,
        updated_at=updated,
    )
