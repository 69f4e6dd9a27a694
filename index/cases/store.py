"""The cases of an archive, kept in its catalog, and the office's own details.

:class:`CaseStore` reads and writes the v3 case tables (``cases``, ``case_people``,
``case_deadlines``, ``case_notes``, ``case_documents``) on the catalog's connection.  Every
change is one catalog transaction together with its audit row; an audit row says what
kind of thing changed (``people``, ``deadlines``, a document linked) and never a name,
number or date from the case.

A case exists as soon as the catalog knows its number: the ingest records one for every
case number a document mentions, so such a case has documents but no people until
someone saves its record.  Saving a case for the first time links the documents whose
text already names it, in case they were not linked when they were added.
"""

from __future__ import annotations

import builtins
import json
import re
import sqlite3
from collections.abc import Callable
from dataclasses import fields, replace
from datetime import date, datetime, timedelta

from index.cases.checks import checked, choice, is_iso_date
from index.cases.model import PRIORITIES, STATUSES, Case, Deadline, Note, Person
from index.catalog import Catalog
from index.catalog.audit import append_audit, now
from index.catalog.records import AUTO, BY_HAND, Document
from index.errors import CaseConflict, CaseError, ReadOnlyArchive
from index.text.references import DEFAULT_CASE_PATTERN

# logo: the picture's path inside the archive (office/logo.png), set by desktop.operations.office;
# addressees: the usual addressees of letters, a blank line between two.
OFFICE_FIELDS = (
    "name", "address", "signatory", "signatory_title", "phone", "email", "paper", "logo",
    "addressees",
)  # fmt: skip
PAPER_SIZES = ("a4", "letter")
_OFFICE_DEFAULTS = {"paper": "a4"}
_CASE_COLUMNS = (
    "id, location, pathway, needs, priority, status, volunteer, confidential, "
    "created_at, updated_at"
)
_PERSON_COLUMNS = [f.name for f in fields(Person)]
_UNLINKED = "case document unlinked"
# Older catalogs call a link made by a person "manual".
_HOW = {"manual": BY_HAND}
# ``save`` without ``base``: store the case whatever is stored now (the command line,
# which reads and writes a case under one hold of the writer lock; imports).
_UNCHECKED = object()


class CaseStore:
    """Cases, their links to documents, and the office settings, in one catalog.

    ``on_links_changed`` runs after documents were linked or unlinked (their ``case:``
    in the search index is stale until they are indexed again); the archive passes its
    :meth:`~index.archive.Archive.index_pending`.
    """

    def __init__(
        self, catalog: Catalog, on_links_changed: Callable[[], object] | None = None
    ) -> None:
        self.catalog = catalog
        self._on_links_changed = on_links_changed or (lambda: None)

    # -- one case -------------------------------------------------------------------

    def get(self, case_id: str) -> Case | None:
        """The case with this number, or ``None``."""
        found = self._load("WHERE id = ?", (case_id.strip().upper(),))
        return found[0] if found else None

    def save(self, case: Case, *, base: Case | object | None = _UNCHECKED) -> Case:
        """Store ``case`` whole (its people, deadlines and notes replace the old ones).

        Checks it first (:class:`~index.errors.CaseError` lists what is wrong); sets
        ``created_at`` the first time and ``updated_at`` whenever something changed, and
        stamps notes without a time.  Returns the case as stored.  Given ``base`` (the
        case as it was read before editing, None for a new one), a case stored otherwise
        now — changed meanwhile by another window or command — raises
        :class:`~index.errors.CaseConflict` rather than being overwritten.
        """
        self._require_writable()
        case = checked(case, self.catalog.setting("case_pattern", DEFAULT_CASE_PATTERN))
        old = self.get(case.id)
        if base is not _UNCHECKED and _changed_since(base, old):
            raise self._conflict(case.id, old)
        stamp = now()
        case = replace(case, notes=_stamped(case.notes, old.notes if old else (), stamp))
        changed = _changes(old, case)
        if old is not None and old.updated_at and not changed:
            return old
        first = old is None or not old.updated_at
        with self.catalog.transaction() as db:
            _write_case(db, case, stamp)
            picked = _link_documents_naming(db, case.id) if first else 0
            append_audit(
                db,
                "case created" if first else "case changed",
                {"case": case.id, "changed": changed, "documents linked": picked},
            )
        if picked:
            self._on_links_changed()
        stored = self.get(case.id)
        assert stored is not None
        return stored

    # -- documents ------------------------------------------------------------------

    def link(self, case_id: str, doc_id: int) -> bool:
        """Link a document to a case by hand; False when it was linked already."""
        self._require_writable()
        case_id = self._existing(case_id)
        if self.catalog.document(doc_id) is None:
            raise CaseError("There is no document {doc_id} in this archive.", doc_id=doc_id)
        with self.catalog.transaction() as db:
            made = db.execute(
                "INSERT OR IGNORE INTO case_documents VALUES (?, ?, ?)", (case_id, doc_id, BY_HAND)
            ).rowcount
            if made:
                _touch(db, doc_id)
                append_audit(db, "case document linked", {"case": case_id, "document": doc_id})
        if made:
            self._on_links_changed()
        return bool(made)

    def unlink(self, case_id: str, doc_id: int) -> bool:
        """Take a document out of a case (however it was linked); False if it was not in it."""
        self._require_writable()
        case_id = self._existing(case_id)
        with self.catalog.transaction() as db:
            gone = db.execute(
                "DELETE FROM case_documents WHERE case_id = ? AND document_id = ?",
                (case_id, doc_id),
            ).rowcount
            if gone:
                _touch(db, doc_id)
                append_audit(db, _UNLINKED, {"case": case_id, "document": doc_id})
        if gone:
            self._on_links_changed()
        return bool(gone)

    def documents(self, case_id: str) -> list[tuple[Document, str]]:
        """The case's documents, oldest first, each with how it was linked
        (``"auto"``: its text names the case; ``"by hand"``)."""
        rows = self.catalog.conn.execute(
            "SELECT document_id, how FROM case_documents cd JOIN documents d "
            "ON d.id = cd.document_id WHERE case_id = ? ORDER BY d.date = '', d.date, d.id",
            (case_id.strip().upper(),),
        ).fetchall()
        found = ((self.catalog.document(doc_id), how) for doc_id, how in rows)
        return [(doc, _HOW.get(how, how)) for doc, how in found if doc is not None]

    # -- many cases -----------------------------------------------------------------

    def upcoming(self, days: int, today: date | str | None = None) -> list[tuple[Case, Deadline]]:
        """Deadlines from ``today`` to ``days`` days later, soonest first, of cases not closed."""
        start = _day(today)
        end = (start + timedelta(days=days)).isoformat()
        due = [
            (case, deadline)
            for case in self._load("WHERE status != 'closed'")
            for deadline in case.deadlines
            if start.isoformat() <= deadline.date <= end
        ]
        return sorted(due, key=lambda cd: (cd[1].date, _rank(cd[0]), cd[0].id))

    def list(
        self,
        status: str | None = None,
        priority: str | None = None,
        due_within_days: int | None = None,
        today: date | str | None = None,
    ) -> list[Case]:
        """Cases, emergencies first, then by their nearest deadline from ``today`` on.

        ``status`` and ``priority`` keep only cases with that value; ``due_within_days``
        only cases with a deadline from today to that many days later.
        """
        where, params = [], []
        for column, value, choices in (
            ("status", status, STATUSES),
            ("priority", priority, PRIORITIES),
        ):
            if value:
                where.append(f"{column} = ?")
                params.append(choice(value, choices, column))
        cases = self._load(("WHERE " + " AND ".join(where)) if where else "", tuple(params))
        start = _day(today).isoformat()
        if due_within_days is not None:
            end = (_day(today) + timedelta(days=due_within_days)).isoformat()
            cases = [c for c in cases if any(start <= d.date <= end for d in c.deadlines)]
        return sorted(cases, key=lambda c: (_rank(c), _next_date(c, start) or "9999", c.id))

    # -- the office -----------------------------------------------------------------

    def office(self) -> dict[str, str]:
        """The office's details for letters: name, address, signatory, signatory_title,
        phone, email and paper (``"a4"`` or ``"letter"``); ``""`` where not set."""
        return {
            key: self.catalog.setting(f"office.{key}", _OFFICE_DEFAULTS.get(key, ""))
            for key in OFFICE_FIELDS
        }

    def set_office(self, **values: str) -> dict[str, str]:
        """Change some of the office's details; returns them all."""
        self._require_writable()
        unknown = sorted(set(values) - set(OFFICE_FIELDS))
        if unknown:
            raise CaseError(
                f"Unknown office detail(s): {', '.join(unknown)}. "
                f"The details are: {', '.join(OFFICE_FIELDS)}."
            )
        cleaned = {key: str(value).strip() for key, value in values.items()}
        if "paper" in cleaned:
            cleaned["paper"] = cleaned["paper"].lower() or "a4"
            if cleaned["paper"] not in PAPER_SIZES:
                raise CaseError("The paper size must be a4 or letter.")
        changed = sorted(k for k, v in cleaned.items() if self.office()[k] != v)
        if changed:
            with self.catalog.transaction() as db:
                db.executemany(
                    "INSERT OR REPLACE INTO settings VALUES (?, ?)",
                    ((f"office.{key}", cleaned[key]) for key in changed),
                )
                append_audit(db, "office changed", {"changed": changed})
        return self.office()

    # -- inside ---------------------------------------------------------------------

    def _conflict(self, case_id: str, stored: Case | None) -> CaseConflict:
        last = self.catalog.audit_log(case_id=case_id, limit=1)
        when = (stored.updated_at if stored else "") or (last[0].at if last else "")
        who = last[0].who if last else ""
        return CaseConflict(case_id, _local_time(when), who)

    def _require_writable(self) -> None:
        if not self.catalog.writable:
            raise ReadOnlyArchive(
                "This archive is open for reading only (another CaseDesk window may be "
                "changing it), so cases and office details cannot be changed here."
            )

    def _existing(self, case_id: str) -> str:
        case_id = case_id.strip().upper()
        row = self.catalog.conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,))
        if row.fetchone() is None:
            raise CaseError("There is no case {case_id} in this archive.", case_id=case_id)
        return case_id

    def _load(self, where: str = "", params: tuple[object, ...] = ()) -> builtins.list[Case]:
        """The cases ``where`` selects (a SQL clause on ``cases``), with all their parts."""
        db = self.catalog.conn
        rows = db.execute(f"SELECT {_CASE_COLUMNS} FROM cases {where} ORDER BY id", params)
        cases = {row[0]: row for row in rows}
        if not cases:
            return []
        chosen = f"SELECT id FROM cases {where}"
        people = _parts(db, "case_people", ", ".join(_PERSON_COLUMNS), chosen, params)
        deadlines = _parts(db, "case_deadlines", "kind, date, note", chosen, params)
        notes = _parts(db, "case_notes", "text, confidential, at", chosen, params)
        return [
            _case(
                row,
                tuple(Person(*p) for p in people.get(case_id, ())),
                tuple(Deadline(*d) for d in deadlines.get(case_id, ())),
                tuple(Note(t, bool(c), at) for t, c, at in notes.get(case_id, ())),
            )
            for case_id, row in cases.items()
        ]


def _parts(
    db: sqlite3.Connection, table: str, columns: str, chosen: str, params: tuple[object, ...]
) -> dict[str, list[tuple]]:
    """Rows of a part table for the chosen cases, by case and in position order."""
    parts: dict[str, list[tuple]] = {}
    rows = db.execute(
        f"SELECT case_id, {columns} FROM {table} WHERE case_id IN ({chosen}) "
        "ORDER BY case_id, position",
        params,
    )
    for case_id, *values in rows:
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


def _changed_since(base: object, stored: Case | None) -> bool:
    """True when the case stored is not the one read before editing (``base``); a new
    case (None) meets only a number the ingest recorded, never saved by anyone."""
    if base is None:
        return stored is not None and bool(stored.updated_at)
    return stored != base


def _local_time(stamp: str) -> str:
    """A catalog time (UTC) as the local date and time, for a message."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return stamp or "an unknown time"


def _write_case(db: sqlite3.Connection, case: Case, stamp: str) -> None:
    """Insert or update the case row and rewrite its people, deadlines and notes."""
    db.execute(
        f"INSERT INTO cases ({_CASE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET location = excluded.location, "
        "pathway = excluded.pathway, needs = excluded.needs, priority = excluded.priority, "
        "status = excluded.status, volunteer = excluded.volunteer, "
        "confidential = excluded.confidential, updated_at = excluded.updated_at",
        (
            case.id,
            case.location,
            case.pathway,
            json.dumps(case.needs, ensure_ascii=False),
            case.priority,
            case.status,
            case.volunteer,
            json.dumps(case.confidential),
            stamp,
            stamp,
        ),
    )
    for table in ("case_people", "case_deadlines", "case_notes"):
        db.execute(f"DELETE FROM {table} WHERE case_id = ?", (case.id,))
    marks = ", ".join("?" * (len(_PERSON_COLUMNS) + 2))
    db.executemany(
        f"INSERT INTO case_people (case_id, position, {', '.join(_PERSON_COLUMNS)}) "
        f"VALUES ({marks})",
        (
            (case.id, i, *(getattr(p, c) for c in _PERSON_COLUMNS))
            for i, p in enumerate(case.people)
        ),
    )
    db.executemany(
        "INSERT INTO case_deadlines VALUES (?, ?, ?, ?, ?)",
        ((case.id, i, d.kind, d.date, d.note) for i, d in enumerate(case.deadlines)),
    )
    db.executemany(
        "INSERT INTO case_notes VALUES (?, ?, ?, ?, ?)",
        ((case.id, i, n.text, int(n.confidential), n.at) for i, n in enumerate(case.notes)),
    )


def _link_documents_naming(db: sqlite3.Connection, case_id: str) -> int:
    """Link the documents that name the case and are not linked to it; how many.

    A document names it when the ingest found the number in it, or when its text holds
    the number (documents added before the archive's case pattern matched such numbers).
    Documents someone took out of the case stay out.
    """
    text = "%" + re.sub(r"([\\%_])", r"\\\1", case_id) + "%"
    rows = db.execute(
        "SELECT document_id FROM refs WHERE kind = 'case' AND value = ? "
        "UNION SELECT document_id FROM pages WHERE text LIKE ? ESCAPE '\\' "
        "EXCEPT SELECT document_id FROM case_documents WHERE case_id = ? "
        "EXCEPT SELECT json_extract(detail, '$.document') FROM audit "
        "WHERE action = ? AND json_extract(detail, '$.case') = ?",
        (case_id, text, case_id, _UNLINKED, case_id),
    )
    missing = [r[0] for r in rows]
    for doc_id in missing:
        db.execute("INSERT INTO case_documents VALUES (?, ?, ?)", (case_id, doc_id, AUTO))
        _touch(db, doc_id)
    return len(missing)


def _touch(db: sqlite3.Connection, doc_id: int) -> None:
    """The document's cases changed: it must be indexed again."""
    db.execute("UPDATE documents SET indexed = 0 WHERE id = ?", (doc_id,))


def _changes(old: Case | None, new: Case) -> list[str]:
    """The names of the fields that differ (all that are set, for a new case)."""
    names = [f.name for f in fields(Case) if f.name not in ("id", "created_at", "updated_at")]
    if old is None or not old.updated_at:
        return [n for n in names if getattr(new, n)]
    return [n for n in names if getattr(old, n) != getattr(new, n)]


def _stamped(notes: tuple[Note, ...], before: tuple[Note, ...], stamp: str) -> tuple[Note, ...]:
    """Notes without a time get the one they had when stored before, else ``stamp``."""
    known = {(n.text, n.confidential): n.at for n in before}
    return tuple(
        n if n.at else replace(n, at=known.get((n.text, n.confidential), stamp)) for n in notes
    )


def _rank(case: Case) -> int:
    return PRIORITIES.index(case.priority) if case.priority in PRIORITIES else len(PRIORITIES)


def _next_date(case: Case, start: str) -> str | None:
    """The nearest deadline on or after ``start`` (past ones are history, not due)."""
    return min((d.date for d in case.deadlines if d.date >= start), default=None)


def _day(today: date | str | None) -> date:
    if today is None:
        return date.today()
    if isinstance(today, date):
        return today
    if not is_iso_date(today):
        raise CaseError(f"{today!r} is not a date written YYYY-MM-DD.")
    return date.fromisoformat(today)
