"""``casedesk case add|edit|list|show|link|unlink`` and ``casedesk office``."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import asdict, replace
from datetime import date
from pathlib import Path
from typing import TypeVar

from desktop.cli import case_sheets
from desktop.cli.case_place import case_place, on_office
from desktop.cli.case_text import case_text, cases_table, office_text
from desktop.cli.commands import OK, open_archive
from desktop.cli.output import emit
from desktop.cli.words import number, translate
from desktop.operations import office as office_details
from desktop.operations.case_import import add_cases
from index.cases.as_json import case_from_json, case_to_json
from index.cases.checks import is_iso_date
from index.cases.model import Case, Deadline, Note, Person
from index.cases.store import OFFICE_FIELDS
from index.cases.suggestions import SuggestedDeadline
from index.catalog.records import Document
from index.errors import CaseError, Count

T = TypeVar("T")


def case(args: argparse.Namespace) -> int:
    """casedesk case ACTION: the case commands."""
    return _ACTIONS[args.case_command](args)


def _add(args: argparse.Namespace) -> int:
    """casedesk case add: a new case from flags or a JSON file (one case or a list)."""
    found = _from_file(args.from_json) if args.from_json else Case(id=args.id or "")
    if isinstance(found, list):
        return _add_list(args, found)
    base = found
    if args.id and base.id and args.id.strip().upper() != base.id.strip().upper():
        raise CaseError(
            "--id {case_id} and the id in {file} differ.", case_id=args.id, file=args.from_json
        )
    if not (args.id or base.id):
        raise CaseError("Give the case number with --id (e.g. --id AFG-2024-00137).")
    with case_place(args, write=True) as (cases, suggest):
        old = cases.get(args.id or base.id)
        if old is not None and old.updated_at:
            raise CaseError(
                "Case {case_id} already exists; change it with: casedesk case edit {case_id} ...",
                case_id=old.id,
            )
        if old is not None:  # known from its documents only: keep their links
            base = replace(base, id=old.id)
        saved = cases.save(_applied(base, args), base=old)
        documents = cases.documents(saved.id)
        suggested = suggest(saved)
    text = case_text(saved, documents, heading=translate("Cli", "Added"), suggested=suggested)
    emit(_case_json(saved, documents, suggested), args.json, text)
    return OK


def _add_list(args: argparse.Namespace, found: list[Case]) -> int:
    """casedesk case add --from-json LIST: every case of the list, or none."""
    given = [f"--{k}" for k, v in vars(args).items() if k in _FIELD_FLAGS and v not in (None, [])]
    if given:
        raise CaseError(
            "{file} holds a list of cases: {flags} cannot say which; put the values in the file.",
            file=args.from_json,
            flags=", ".join(given),
        )
    with case_place(args, write=True) as (cases, _suggest):
        added = add_cases(cases, found)
    human = translate("Cli", "Added {count} case(s): {cases}.").format(
        count=number(len(added)), cases=", ".join(added)
    )
    emit({"added": list(added)}, args.json, human)
    return OK


def _edit(args: argparse.Namespace) -> int:
    """casedesk case edit CASE: change what the flags give."""
    with case_place(args, write=True) as (cases, suggest):
        old = cases.get(args.case_id)
        if old is None:
            raise CaseError(
                "There is no case {case_id} in this archive (add it with casedesk case add).",
                case_id=args.case_id.strip().upper(),
            )
        base = old
        if args.from_json:
            base = _one(_from_file(args.from_json), args.from_json)
            if base.id and base.id.strip().upper() != old.id:
                raise CaseError(
                    "{file} is about case {case_id}, not {other}.",
                    file=args.from_json,
                    case_id=base.id,
                    other=old.id,
                )
            base = replace(base, id=old.id)
        saved = cases.save(_applied(_cleared(base, args.clear or ()), args), base=old)
        documents = cases.documents(saved.id)
        suggested = suggest(saved)
    text = case_text(saved, documents, heading=translate("Cli", "Saved"), suggested=suggested)
    emit(_case_json(saved, documents, suggested), args.json, text)
    return OK


def _list(args: argparse.Namespace) -> int:
    """casedesk case list: the cases, most pressing first."""
    today = _today(args.today)
    with case_place(args, write=False) as (cases, _):
        found = cases.list(args.status, args.priority, args.due_within, today)
    emit([case_to_json(c) for c in found], args.json, cases_table(found, today))
    return OK


def _show(args: argparse.Namespace) -> int:
    """casedesk case show CASE: everything about one case."""
    with case_place(args, write=False) as (cases, suggest):
        found = cases.get(args.case_id)
        if found is None:
            raise CaseError(
                "There is no case {case_id} in this archive.", case_id=args.case_id.strip().upper()
            )
        documents = cases.documents(found.id)
        suggested = suggest(found)
    text = case_text(found, documents, today=_today(args.today), suggested=suggested)
    emit(_case_json(found, documents, suggested), args.json, text)
    return OK


def _link(args: argparse.Namespace) -> int:
    """casedesk case link|unlink CASE DOC_ID...: link documents to a case, or take them out."""
    linking = args.case_command == "link"
    with case_place(args, write=True) as (cases, _):
        if cases.get(args.case_id) is None:
            raise CaseError(
                "There is no case {case_id} in this archive.", case_id=args.case_id.strip().upper()
            )
        missing = [d for d in args.doc_ids if not cases.rows.document_exists(d)]
        if missing:
            raise CaseError(
                "There is no document {doc_id} in this archive.",
                doc_id=", ".join(map(str, missing)),
            )
        change = cases.link if linking else cases.unlink
        done = [d for d in dict.fromkeys(args.doc_ids) if change(args.case_id, d)]
        case_id = args.case_id.strip().upper()
    rest = [d for d in dict.fromkeys(args.doc_ids) if d not in done]
    key, rest_key = ("linked", "already linked") if linking else ("unlinked", "not linked")
    human = (
        translate("Cli", "Linked {count} document(s) to {case_id}.")
        if linking
        else translate("Cli", "Unlinked {count} document(s) from {case_id}.")
    ).format(count=number(len(done)), case_id=case_id)
    if rest:
        told = (
            translate("Cli", "{documents}: already linked.")
            if linking
            else translate("Cli", "{documents}: not linked.")
        )
        human += " " + told.format(documents=", ".join(map(str, rest)))
    emit({"case": case_id, key: done, rest_key.replace(" ", "_"): rest}, args.json, human)
    return OK


def office(args: argparse.Namespace) -> int:
    """casedesk office [--name ...]: show or change the office's details."""
    changes = {
        k: getattr(args, k).replace("\\n", "\n")
        for k in OFFICE_FIELDS
        if k != "logo" and getattr(args, k) is not None
    }
    logo = args.logo
    if on_office(args):
        return _office_database(args, changes)
    with open_archive(args, write=bool(changes) or logo is not None) as archive:
        if changes or logo is not None:
            details = office_details.change(archive, changes, logo_file=logo)
        else:
            details = office_details.details(archive)
    emit(details.as_dict(), args.json, office_text(details.as_dict()))
    return OK


def _office_database(args: argparse.Namespace, changes: dict[str, str]) -> int:
    """casedesk office on an office database: its server lets only an admin change them
    (the logo too: kept in the office as an original, used by every desk's letters)."""
    if args.logo is not None:
        from index.location import office_url
        from index.office.office_files import set_logo
        from index.office.opened import office_connection

        data, suffix = office_details.checked_logo(args.logo)
        with office_connection(str(office_url(args.archive))) as conn:
            set_logo(conn, data, suffix)
    with case_place(args, write=bool(changes)) as (cases, _suggest):
        details = office_details.change_in(cases, changes) if changes else None
        details = details or office_details.details_in(cases)
    emit(details.as_dict(), args.json, office_text(details.as_dict()))
    return OK


_ACTIONS = {
    "import": case_sheets.import_cases,
    "export": case_sheets.export_cases,
    "add": _add,
    "edit": _edit,
    "list": _list,
    "show": _show,
    "link": _link,
    "unlink": _link,
}


# -- from flags to a case ---------------------------------------------------------------


def _today(text: str | None) -> date:
    if text is None:
        return date.today()
    if not is_iso_date(text.strip()):
        raise CaseError("--today takes a date written YYYY-MM-DD, not {given}.", given=repr(text))
    return date.fromisoformat(text.strip())


def _one(found: Case | list[Case], path: Path) -> Case:
    if isinstance(found, list):
        raise CaseError("{file} holds a list of cases; casedesk case edit changes one.", file=path)
    return found


def _from_file(path: Path) -> Case | list[Case]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise CaseError("Cannot read {file}: {reason}.", file=path, reason=error.strerror) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CaseError(
            "{file} is not a JSON file in UTF-8 ({reason}).", file=path, reason=error
        ) from None
    if isinstance(data, list):
        return [_listed(item, n) for n, item in enumerate(data, start=1)]
    return case_from_json(data)


def _listed(data: object, number: int) -> Case:
    try:
        return case_from_json(data)
    except CaseError as error:
        raise CaseError(
            "Case {number} in the list: {problem}", number=Count(number), problem=error
        ) from None


def _cleared(case: Case, lists: tuple[str, ...] | list[str]) -> Case:
    if "members" in lists:
        case = replace(case, people=tuple(p for p in case.people if p is case.principal))
    emptied = {name: () for name in lists if name != "members"}
    return replace(case, **emptied)


def _applied(case: Case, args: argparse.Namespace) -> Case:
    """``case`` with what the flags say put in."""
    values = {
        key: getattr(args, key).strip()
        for key in ("location", "pathway", "priority", "status", "volunteer")
        if getattr(args, key) is not None
    }
    notes = [Note(t) for t in args.note or ()]
    notes += [Note(t, confidential=True) for t in args.confidential_note or ()]
    people = _with_principal(case.people, args)
    return replace(
        case,
        **values,
        people=_added(people, [_member(m) for m in args.member or ()]),
        needs=_added(case.needs, args.need or ()),
        deadlines=_added(case.deadlines, [_deadline(d) for d in args.deadline or ()]),
        notes=(*case.notes, *notes),
        confidential=_added(case.confidential, args.confidential or ()),
    )


# The flags that change a case (``case add`` with a list of cases takes none of them).
_FIELD_FLAGS = (
    "id", "name", "name_native", "birth_date", "nationality", "passport", "tazkira", "anumber",
    "member", "location", "pathway", "need", "priority", "status", "volunteer", "deadline",
    "note", "confidential_note", "confidential",
)  # fmt: skip

_PRINCIPAL_FLAGS = {
    "name": "name",
    "name_native": "name_native",
    "birth_date": "birth_date",
    "nationality": "nationality",
    "passport": "passport",
    "tazkira": "tazkira",
    "anumber": "a_number",
}


def _with_principal(people: tuple[Person, ...], args: argparse.Namespace) -> tuple[Person, ...]:
    given = {
        field: getattr(args, flag)
        for flag, field in _PRINCIPAL_FLAGS.items()
        if getattr(args, flag) is not None
    }
    if not given:
        return people
    for i, person in enumerate(people):
        if person.relationship == "principal":
            return (*people[:i], replace(person, **given), *people[i + 1 :])
    return (Person(**{"name": "", **given, "relationship": "principal"}), *people)


def _member(text: str) -> Person:
    name, relationship, birth, native, *_ = [*text.split("|"), "", "", "", ""]
    if not name.strip():
        raise CaseError(
            '--member needs at least a name: "NAME|RELATIONSHIP|BIRTHDATE", not {given}.',
            given=repr(text),
        )
    return Person(
        name=name, relationship=relationship or "other", birth_date=birth, name_native=native
    )


def _deadline(text: str) -> Deadline:
    kind, _, rest = text.partition("=")
    when, _, note = rest.partition("=")
    if not when.strip():
        raise CaseError(
            '--deadline takes KIND=DATE, e.g. "visa expiry=2025-03-01", not {given}.',
            given=repr(text),
        )
    return Deadline(kind=kind, date=when, note=note)


def _added(items: tuple[T, ...], more: Sequence[T]) -> tuple[T, ...]:
    """``items`` and then ``more``, each once."""
    return tuple(dict.fromkeys((*items, *more)))


def _case_json(
    case: Case,
    documents: Sequence[tuple[Document, str]],
    suggested: Sequence[SuggestedDeadline] = (),
) -> dict[str, object]:
    """The case as ``case add --from-json`` reads it, with its documents and the deadlines
    they suggest (both printed only, ignored when read back)."""
    data = case_to_json(case)
    data["documents"] = [
        {"id": d.id, "title": d.title, "kind": d.kind, "date": d.date, "how": how}
        for d, how in documents
    ]
    data["suggested_deadlines"] = [
        {**asdict(s.deadline), "document": s.document_id, "page": s.page} for s in suggested
    ]
    return data
