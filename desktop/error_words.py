"""An engine error (:class:`index.errors.CaseDeskError`) in the interface's language.

The engine raises its errors with an English template and named values; each face
translates the template in the context ``Errors`` (its own lookup: Qt's in the window,
:mod:`desktop.ts_catalogue` on the command line) and fills in the values.  The templates
are listed for ``lupdate`` in :mod:`desktop.error_templates`.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop import digits
from index.errors import Choice, Count, Lines

CONTEXT = "Errors"
CHOICES = "CaseChoices"  # a case's standard values, as the case form lists them


def in_words(error: BaseException | str, translate: Callable[[str, str], str]) -> str:
    """``error``'s sentence translated by ``translate(context, text)``, values filled in;
    the English sentence when its template has no translation."""
    template = getattr(error, "template", "") or str(error)
    translated = translate(CONTEXT, template)
    if translated == template:
        return str(error)
    values = {k: _shown(v, translate) for k, v in getattr(error, "values", {}).items()}
    try:
        return translated.format(**values) if values else translated
    except (KeyError, IndexError, ValueError):
        # A translation that names a value wrongly must not hide the error itself.
        return str(error)


def _shown(value: object, translate: Callable[[str, str], str]) -> object:
    """A value as the translated sentence shows it: a :class:`~index.errors.Count` in the
    face's digits, a case's standard value in its words, a sentence of its own (a
    :class:`~index.errors.Notice`, or several :class:`~index.errors.Lines`) translated."""
    if isinstance(value, Count):
        return digits.number(value)
    if isinstance(value, Choice):
        return translate(CHOICES, value)
    if isinstance(value, Lines):
        return "\n".join(f"  - {in_words(item, translate)}" for item in value.items)
    if getattr(value, "template", None):
        return in_words(value, translate)
    return value
