"""Rendering a template to HTML: checked first, sandboxed, errors in plain words.

:func:`render_html` refuses to render while anything required is empty
(:class:`MissingFields`, naming each by its label), so no letter leaves with a blank;
:func:`render_preview` renders anyway, showing each missing field as a marked
placeholder, for the live preview while the volunteer types.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop.drafting.context import written_in
from desktop.drafting.errors import DraftingError, Missing, MissingFields
from desktop.drafting.fields import clean_values, missing, needed_fields
from desktop.drafting.library import SUFFIX, TemplateLibrary
from desktop.drafting.metadata import TemplateInfo
from desktop.drafting.sandbox import failure
from desktop.drafting.word_filters import words_of

# What each template kind is indexed as (the words the search's "kind" facet uses).
DOCUMENT_KINDS = {
    "letter": "letter",
    "briefing note": "briefing note",
    "summary": "case file",
    "cover": "cover sheet",
}


@dataclass(frozen=True)
class Rendered:
    """A rendered draft: the HTML, and what it was made from (the context snapshot)."""

    template: TemplateInfo
    html: str
    values: dict[str, str]
    context: dict[str, object]

    @property
    def case_id(self) -> str | None:
        """The case the draft is for, if any."""
        case = self.context.get("case")
        return str(case["id"]) if isinstance(case, Mapping) and case.get("id") else None

    @property
    def document_kind(self) -> str:
        """The kind the output is indexed as ("letter", "briefing note", …)."""
        return DOCUMENT_KINDS.get(self.template.kind, self.template.kind)

    @property
    def title(self) -> str:
        """The output's title: the template's title and the case id (never a name)."""
        return f"{self.template.title} {self.case_id}" if self.case_id else self.template.title

    def snapshot(self) -> dict[str, object]:
        """What is stored with the output: template, typed-in values and the context."""
        return {
            "template": self.template.name,
            "template_title": self.template.title,
            "values": dict(self.values),
            "context": self.context,
        }


def render_html(
    library: TemplateLibrary,
    name: str,
    context: Mapping[str, object],
    values: Mapping[str, str] | None = None,
) -> Rendered:
    """Render template ``name``; :class:`MissingFields` if anything required is empty.

    Also :class:`InvalidField` (a value of the wrong type or an unknown field),
    :class:`TemplateBroken` (file, line, message) and :class:`TemplateUnsafe`.
    """
    info = library.get(name)
    fields = needed_fields(library, info)
    cleaned = clean_values(info, fields, values or {})
    absent = missing(info, fields, context, cleaned)
    if absent:
        raise MissingFields(info.title, absent)
    html = _render(library, info, {**context, **cleaned})
    return Rendered(info, html, cleaned, dict(context))


def render_preview(
    library: TemplateLibrary,
    name: str,
    context: Mapping[str, object],
    values: Mapping[str, str] | None = None,
) -> tuple[str, tuple[Missing, ...]]:
    """The HTML as it would be, each empty required field shown as ``[Label]``.

    Returns the HTML and what is still missing (empty when the draft can be saved).
    """
    info = library.get(name)
    fields = needed_fields(library, info)
    cleaned = clean_values(info, fields, values or {})
    absent = missing(info, fields, context, cleaned)
    shown: dict[str, object] = dict(cleaned)
    for field in fields:
        if field.required and not cleaned.get(field.name):
            shown[field.name] = f"[{field.label}]"
    return _render(library, info, {**context, **shown}), absent


def as_written(info: TemplateInfo, variables: Mapping[str, object]) -> dict[str, object]:
    """What template ``info`` sees: ``variables``, its own ``template`` variable, and the
    dates and ages of the context written in its language (:func:`written_in`)."""
    template = info.variable()
    return {**written_in(variables, words_of({"template": template})), "template": template}


def _render(library: TemplateLibrary, info: TemplateInfo, variables: dict[str, object]) -> str:
    variables = as_written(info, variables)
    try:
        template = library.environment.get_template(f"{info.name}{SUFFIX}")
        return template.render(variables)
    except DraftingError:
        raise
    except Exception as error:
        raise failure(error, info.path) from None
