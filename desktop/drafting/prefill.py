"""Prefilling a template's form from what the archive already knows.

A field's ``default`` in the metadata is a small template of its own, rendered in the
same sandbox against the draft's context: ``"{{ principal.name }} ({{ case.id }})"``,
``"{{ case.next_deadline.date }}"``.  A default that cannot be worked out (the case has
no deadline) leaves the field empty for the volunteer: a prefill never fails a draft.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence

from jinja2 import Environment

from desktop.drafting.fields import needed_fields
from desktop.drafting.library import TemplateLibrary
from desktop.drafting.metadata import Field, TemplateInfo
from desktop.drafting.render import as_written


def prefill(
    library: TemplateLibrary, info: TemplateInfo, context: Mapping[str, object]
) -> dict[str, str]:
    """A value for every field of the template: its default worked out, or ``""`` - in the
    template's language, as its letter would write it (:func:`as_written`)."""
    return prefill_fields(library, needed_fields(library, info), as_written(info, context))


def prefill_fields(
    library: TemplateLibrary, fields: Sequence[Field], context: Mapping[str, object]
) -> dict[str, str]:
    """A value for each of ``fields`` (a Word template's, say): its default or ``""``."""
    plain = library.environment.overlay(autoescape=False)  # values, not HTML
    return {f.name: _default(plain, f, context) for f in fields}


def _default(environment: Environment, field: Field, context: Mapping[str, object]) -> str:
    if not field.default:
        return ""
    try:
        value = environment.from_string(field.default).render(context).strip()
    except Exception:
        return ""  # e.g. no deadline to take a date from: the volunteer fills it in
    if value in ("None", ""):
        return ""
    if field.type == "date":
        return value if _is_date(value) else ""
    if field.type == "choice" and value not in field.choices:
        return ""
    return value


def _is_date(value: str) -> bool:
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True
