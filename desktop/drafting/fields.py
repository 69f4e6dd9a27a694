"""What a template needs: its fields (declared and introspected), checked before rendering.

The form for a template lists the fields its metadata declares, then every other
variable the template (or a part it includes) uses that the context does not provide —
found with ``jinja2.meta`` — so a template that forgot to declare ``hearing_date`` still
asks for it instead of failing halfway.  A render with a required field empty, or with
something the metadata ``needs`` empty in the context (the office's signatory, a cited
document), is refused with every missing item named by its label.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from pathlib import Path

from jinja2 import meta, nodes

from desktop.drafting.errors import InvalidField, Missing
from desktop.drafting.library import TemplateLibrary
from desktop.drafting.metadata import CONTEXT_NAMES, Field, TemplateInfo, humanise
from desktop.drafting.sandbox import failure

_MAX_PARTS = 50

# Labels of what a template may list under ``needs`` (a path into the context).
NEED_LABELS = {
    "office.name": "Organisation name (office settings)",
    "office.address": "Organisation address (office settings)",
    "office.signatory": "Signatory (office settings)",
    "office.signatory_title": "Signatory's title (office settings)",
    "office.phone": "Office telephone (office settings)",
    "office.email": "Office email (office settings)",
    "principal.name": "Principal applicant's name (case)",
    "principal.nationality": "Principal applicant's nationality (case)",
    "case.pathway": "Pathway (case)",
    "case.location": "Location (case)",
    "case.needs": "Vulnerabilities and protection needs (case)",
    "case.deadlines": "At least one deadline (case)",
    "citations": "At least one cited document",
    "documents": "At least one document linked to the case",
}


def variables(library: TemplateLibrary, info: TemplateInfo) -> set[str]:
    """Every top-level name the template and the parts it includes use."""
    names: set[str] = set()
    pending: list[nodes.Template] = [library.parse(info)]
    seen: set[str] = set()
    while pending and len(seen) <= _MAX_PARTS:
        tree = pending.pop()
        names |= meta.find_undeclared_variables(tree)
        for part in meta.find_referenced_templates(tree):
            if part is None or part in seen:
                continue  # a computed name cannot be followed; the render reports it
            seen.add(part)
            found = library.part_source(part)
            if found is not None:
                pending.append(_parse_part(library, part, *found))
    return names


def _parse_part(library: TemplateLibrary, name: str, path: Path, source: str) -> nodes.Template:
    try:
        return library.environment.parse(source, name, str(path))
    except Exception as error:
        raise failure(error, path) from None


def needed_fields(library: TemplateLibrary, info: TemplateInfo) -> tuple[Field, ...]:
    """The template's declared fields, then the undeclared variables it uses (required)."""
    provided = CONTEXT_NAMES | set(library.environment.globals)
    declared = {f.name for f in info.fields}
    extra = sorted(variables(library, info) - declared - provided)
    return info.fields + tuple(Field(n, humanise(n), declared=False) for n in extra)


def clean_values(
    info: TemplateInfo, fields: tuple[Field, ...], values: Mapping[str, str]
) -> dict[str, str]:
    """Every field's value (empty when not given), checked against its type.

    Raises :class:`InvalidField` for a name the template has no field for, a date that
    is not a date or a choice not among the choices.
    """
    known = {f.name: f for f in fields}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise InvalidField(
            f"The {info.title} has no field {unknown[0]!r}. "
            f"Its fields: {', '.join(known) or 'none'}."
        )
    cleaned = {name: str(values.get(name, "") or "").strip() for name in known}
    for name, value in cleaned.items():
        if value:
            _check_type(known[name], value)
    return cleaned


def _check_type(field: Field, value: str) -> None:
    if field.type == "date":
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            raise InvalidField(
                f"{field.label}: {value!r} is not a date; write it as YYYY-MM-DD."
            ) from None
    elif field.type == "choice" and value not in field.choices:
        raise InvalidField(f"{field.label}: choose one of: {'; '.join(field.choices)}.")


def missing(
    info: TemplateInfo,
    fields: tuple[Field, ...],
    context: Mapping[str, object],
    values: Mapping[str, str],
) -> tuple[Missing, ...]:
    """Required fields left empty, then the context items the template ``needs`` that are."""
    empty = [Missing(f.name, f.label) for f in fields if f.required and not values.get(f.name)]
    for need in info.needs:
        if _is_empty(_lookup(context, need)):
            label = NEED_LABELS.get(need, humanise(need.replace(".", " ")))
            empty.append(Missing(need, label, typed=False))
    return tuple(empty)


def _lookup(context: Mapping[str, object], dotted: str) -> object:
    value: object = context
    for part in dotted.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def _is_empty(value: object) -> bool:
    if isinstance(value, str):
        return not value.strip()
    return value is None or (isinstance(value, list | tuple | dict) and not value)
