"""A case as JSON: the shape ``casedesk case add --from-json`` reads and ``--json`` prints.

The keys are the fields of :class:`~index.cases.model.Case` and its parts::

    {"id": "AFG-2024-00137",
     "people": [{"name": "…", "name_native": "…", "relationship": "principal",
                 "birth_date": "1986-01-01", "nationality": "Afghan",
                 "tazkira": "…", "passport": "…", "a_number": "…"}],
     "location": "Islamabad", "pathway": "P-2", "needs": ["journalist"],
     "priority": "urgent", "status": "open",
     "deadlines": [{"kind": "visa expiry", "date": "2025-03-01", "note": ""}],
     "volunteer": "…",
     "notes": [{"text": "…", "confidential": false, "at": ""}],
     "confidential": ["tazkira"]}

Only ``id`` is required; a missing key takes the model's default.  ``birth_date`` may be
partial or Solar Hijri as :mod:`index.cases.partial_date` reads it (``"1990"``,
``"about 1985"``, ``"1369"``); the case checks store it in its canonical form (``"~1985"``,
``"1369 SH"``), which is what is printed and reads back the same.  ``created_at``,
``updated_at``, ``documents`` and ``suggested_deadlines`` are printed (``case show --json``)
but ignored when read, so a printed case can be edited and read back.  Any other key that
is not in the model is refused, so a misspelt field is not silently lost.
"""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from index.cases.model import Case, Deadline, Note, Person
from index.errors import CaseError

# Printed with a case, set by the catalog, ignored when a case is read.
_PRINTED_ONLY = ("created_at", "updated_at", "documents", "suggested_deadlines")


def case_to_json(case: Case) -> dict[str, Any]:
    """``case`` as plain JSON values (lists, not tuples)."""
    data = asdict(case)
    for key in ("needs", "confidential"):
        data[key] = list(data[key])
    for key in ("people", "deadlines", "notes"):
        data[key] = [dict(item) for item in data[key]]
    return data


def case_from_json(data: object) -> Case:
    """The case ``data`` describes; :class:`CaseError` when its shape is wrong."""
    where = "the case"
    values = _fields_of(Case, data, where, skip=_PRINTED_ONLY)
    if not isinstance(values.get("id"), str):
        raise CaseError("The case has no id (its case number, e.g. AFG-2024-00137).")
    parts = {"people": Person, "deadlines": Deadline, "notes": Note}
    for key, kind in parts.items():
        if key in values:
            items = _list(values[key], f"{key!r} of the case")
            values[key] = tuple(
                kind(**_fields_of(kind, item, f"{key} item {n}"))
                for n, item in enumerate(items, start=1)
            )
    for key in ("needs", "confidential"):
        if key in values:
            values[key] = tuple(_text(v, f"{key!r} of the case") for v in _list(values[key], key))
    return Case(**values)


def _fields_of(kind: type, data: object, where: str, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise CaseError(f"In {where}: expected an object with named fields.")
    known = {f.name: f for f in fields(kind)}
    unknown = sorted(set(data) - set(known) - set(skip))
    if unknown:
        raise CaseError(
            f"In {where}: unknown field(s) {', '.join(map(repr, unknown))}; "
            f"the fields are: {', '.join(known)}."
        )
    values = {k: v for k, v in data.items() if k in known and k not in skip}
    for name, value in values.items():
        if known[name].type in ("str", "bool"):
            values[name] = _scalar(value, known[name].type, f"{name!r} in {where}")
    return values


def _scalar(value: object, kind: str, where: str) -> object:
    if kind == "bool":
        if not isinstance(value, bool):
            raise CaseError(f"{where} must be true or false.")
        return value
    return _text(value, where)


def _text(value: object, where: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise CaseError(f"{where} must be text (in quotes).")
    return value


def _list(value: object, where: str) -> list[object]:
    if not isinstance(value, list):
        raise CaseError(f"{where} must be a list ([…]).")
    return value
