"""A field of a fillable form, as a value.

Apart from :mod:`index.extract.base` (the extractors' protocol and results), so that what
only stores or reads form fields (the catalog) does not build the extractors' values at
import: a ``casedesk search`` needs none of them (issue 20, item 5).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FormField:
    """One field of a fillable form: its full name, value, type and visible label."""

    name: str
    value: str
    type: str  # "text", "checkbox", "radio", "choice", "signature", "button" or "unknown"
    label: str = ""
