"""The named errors of drafting; each message is a sentence for a volunteer.

Messages name templates, files, lines and field labels, never a person's name or a
document's text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from index.errors import CaseDeskError


class DraftingError(CaseDeskError):
    """A letter or note could not be drafted as asked."""


class UnknownTemplate(DraftingError):
    """No template of that name in the shipped folder or the archive's own."""


class TemplateBroken(DraftingError):
    """A template cannot be read or rendered: its file, line and what is wrong."""

    def __init__(self, path: Path | str, line: int | None, message: str, place: str = "") -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        self.place = place  # where in a Word template: "paragraph 12 (“Dear …”)"
        super().__init__(self._template(), where=self.where, reason=message)

    @property
    def where(self) -> str:
        """``<file>, line <n>`` (or ``<file>, paragraph <n> (…)`` in a Word template, or
        only the file when neither is known)."""
        if self.place:
            return f"{self.path}, {self.place}"
        return f"{self.path}, line {self.line}" if self.line else str(self.path)

    def _template(self) -> str:
        """The sentence, with ``{where}`` and ``{reason}`` to fill (and to translate)."""
        return "The template {where} is broken: {reason}"


class TemplateUnsafe(TemplateBroken):
    """A template tried to reach Python internals, files or modules; the sandbox refused."""

    def _template(self) -> str:
        return (
            "The template {where} tried to use something templates may not use "
            "({reason}). Nothing was drafted; check where this template came from."
        )


@dataclass(frozen=True)
class Missing:
    """One thing a template needs that is empty: its name and its label for people.

    ``typed`` is True for a field the volunteer types in, False for something the
    template ``needs`` from the case, the office settings or the cited documents.
    """

    name: str
    label: str
    typed: bool = True


class MissingFields(DraftingError):
    """Required fields are empty: nothing is drafted with a blank."""

    def __init__(self, template_title: str, missing: tuple[Missing, ...]) -> None:
        self.template_title = template_title
        self.missing = missing
        labels = "; ".join(m.label for m in missing)
        super().__init__(
            "The {template} cannot be drafted yet. Missing: {labels}.",
            template=template_title,
            labels=labels,
        )


class InvalidField(DraftingError):
    """A typed-in value is not of the field's type (a date that is not a date, …)."""
