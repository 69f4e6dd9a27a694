"""The cases of an archive and the office's own details: the logic above their storage.

:class:`CaseStore` checks, stamps and detects conflicting saves; it reads and writes the
case tables (``cases``, ``case_people``, ``case_deadlines``, ``case_notes``,
``case_documents``) through a :class:`~index.cases.rows.CaseRows`: an archive folder's
SQLite catalog or an office's PostgreSQL database.  Every change is one transaction
together with its audit row; an audit row says what kind of thing changed (``people``,
``deadlines``, a document linked) and never a name, number or date from the case.

A case exists as soon as the catalog knows its number: the ingest records one for every
case number a document mentions, so such a case has documents but no people until
someone saves its record.  Saving a case for the first time links the documents whose
text already names it, in case they were not linked when they were added.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Sequence
from dataclasses import fields, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from index.cases.checks import checked, choice, is_iso_date
from index.cases.model import PRIORITIES, STATUSES, Case, Deadline, Note
from index.cases.rows import CaseFilter, CaseRows
from index.catalog import Catalog
from index.catalog.audit import now
from index.catalog.records import BY_HAND, Document
from index.errors import CaseConflict, CaseError, ReadOnlyArchive
from index.text.references import DEFAULT_CASE_PATTERN

if TYPE_CHECKING:
    from index.cases.suggestions import SuggestedDeadline

# logo: the picture's path inside the archive (office/logo.png), set by desktop.operations.office;
# addressees: the usual addressees of letters, a blank line between two.
OFFICE_FIELDS = (
    "name", "address", "signatory", "signatory_title", "phone", "email", "paper", "logo",
    "addressees",
)  # fmt: skip
PAPER_SIZES = ("a4", "letter")
_OFFICE_DEFAULTS = {"paper": "a4"}
# ``save`` without ``base``: store the case whatever is stored now (the command line,
# which reads and writes a case under one hold of the writer lock; imports).
_UNCHECKED = object()


class CaseStore:
    """Cases, their links to documents, and the office settings, in one catalog.

    ``rows`` is where they are kept: an archive's :class:`~index.catalog.Catalog` (its
    SQLite rows) or any other :class:`~index.cases.rows.CaseRows` (an office database).
    ``on_links_changed`` runs after documents were linked or unlinked (their ``case:``
    in the search index is stale until they are indexed again); the archive passes its
    :meth:`~index.archive.Archive.index_pending`.
    """

    def __init__(
        self, rows: Catalog | CaseRows, on_links_changed: Callable[[], object] | None = None
    ) -> None:
        if isinstance(rows, Catalog):
            from index.cases.sqlite_rows import SqliteCaseRows

            rows = SqliteCaseRows(rows)
        self.rows: CaseRows = rows
        self._on_links_changed = on_links_changed or (lambda: None)

    # -- one case -------------------------------------------------------------------

    def get(self, case_id: str) -> Case | None:
        """The case with this number, or ``None``."""
        found = self.rows.load(CaseFilter(case_id=case_id.strip().upper()))
        return found[0] if found else None

    def save(self, case: Case, *, base: Case | object | None = _UNCHECKED) -> Case:
        """Store ``case`` whole (its people, deadlines and notes replace the old ones).

        Checks it first (:class:`~index.errors.CaseError` lists what is wrong); sets
        ``created_at`` the first time and ``updated_at`` whenever something changed, and
        stamps notes without a time.  Returns the case as stored.  Given ``base`` (the
        case as it was read before editing, None for a new one), a case stored otherwise
        now — changed meanwhile by another window, command or desk — raises
        :class:`~index.errors.CaseConflict` (naming who changed it, with the newer
        version) rather than being overwritten; the case is read and written in one
        transaction that other saves of it wait for.
        """
        self._require_writable()
        case = checked(case, self.rows.setting("case_pattern", DEFAULT_CASE_PATTERN))
        with self.rows.saving(case.id) as writing:
            old = writing.stored
            if base is not _UNCHECKED and _changed_since(base, old):
                raise self._conflict(case.id, old)
            stamp = now()
            case = replace(case, notes=_stamped(case.notes, old.notes if old else (), stamp))
            changed = _changes(old, case)
            if old is not None and old.updated_at and not changed:
                return old
            first = old is None or not old.updated_at
            writing.write_case(case, stamp)
            picked = writing.link_documents_naming(case.id) if first else 0
            writing.audit(
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
        if not self.rows.document_exists(doc_id):
            raise CaseError("There is no document {doc_id} in this archive.", doc_id=doc_id)
        made = self.rows.link(case_id, doc_id, BY_HAND)
        if made:
            self._on_links_changed()
        return made

    def unlink(self, case_id: str, doc_id: int) -> bool:
        """Take a document out of a case (however it was linked); False if it was not in it."""
        self._require_writable()
        gone = self.rows.unlink(self._existing(case_id), doc_id)
        if gone:
            self._on_links_changed()
        return gone

    def documents(self, case_id: str) -> list[tuple[Document, str]]:
        """The case's documents, oldest first, each with how it was linked
        (``"auto"``: its text names the case; ``"by hand"``)."""
        return self.rows.documents(case_id.strip().upper())

    # -- many cases -----------------------------------------------------------------

    def suggested_deadlines(self, case: Case) -> builtins.list[SuggestedDeadline]:
        """The expiry dates on the case's documents not among its deadlines yet."""
        from index.cases.suggestions import suggested_from

        return suggested_from(self.rows.rows, case)

    def upcoming(self, days: int, today: date | str | None = None) -> list[tuple[Case, Deadline]]:
        """Deadlines from ``today`` to ``days`` days later, soonest first, of cases not closed."""
        start = _day(today)
        end = (start + timedelta(days=days)).isoformat()
        due = [
            (case, deadline)
            for case in self.rows.load(CaseFilter(not_closed=True))
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
    ) -> builtins.list[Case]:
        """Cases, emergencies first, then by their nearest deadline from ``today`` on.

        ``status`` and ``priority`` keep only cases with that value; ``due_within_days``
        only cases with a deadline from today to that many days later.
        """
        cases = self.rows.load(
            CaseFilter(
                status=choice(status, STATUSES, "status") if status else None,
                priority=choice(priority, PRIORITIES, "priority") if priority else None,
            )
        )
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
            key: self.rows.setting(f"office.{key}", _OFFICE_DEFAULTS.get(key, ""))
            for key in OFFICE_FIELDS
        }

    def save_all(self, cases: Sequence[Case], action: str) -> tuple[str, ...]:
        """Save ``cases`` and one audit row ``action`` counting them, all or none (a
        failure or a refusal part-way keeps none); their numbers."""
        with self.rows.all_or_none():
            saved = tuple(self.save(case).id for case in cases)
            self.rows.record(action, {"cases": len(saved)})
        return saved

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
            self.rows.set_settings(
                {f"office.{key}": cleaned[key] for key in changed}, {"changed": changed}
            )
        return self.office()

    # -- inside ---------------------------------------------------------------------

    def _conflict(self, case_id: str, stored: Case | None) -> CaseConflict:
        at, who = self.rows.last_change(case_id)
        when = (stored.updated_at if stored else "") or at
        return CaseConflict(case_id, _local_time(when), who, newer=stored)

    def _require_writable(self) -> None:
        if not self.rows.writable:
            raise ReadOnlyArchive(
                "This archive is open for reading only (another CaseDesk window may be "
                "changing it), so cases and office details cannot be changed here."
            )

    def _existing(self, case_id: str) -> str:
        case_id = case_id.strip().upper()
        if not self.rows.case_exists(case_id):
            raise CaseError("There is no case {case_id} in this archive.", case_id=case_id)
        return case_id


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
