"""A draft with chosen values of its case redacted.

The values are first withheld from the context (``context_for_case(redact=…)``, even
when confidential information is included).  A value can still reach the letter
through what the volunteer typed or a quoted document, so :func:`redact_rendered`
replaces any left in the rendered HTML — and in the stored snapshot — by a visible
"█████ [redacted]" marker; :func:`check_pdf` then reads the finished PDF back and
refuses it if a value can still be read (say, split by markup the HTML replacement
could not see).
"""

from __future__ import annotations

from dataclasses import replace

from desktop.drafting.errors import DraftingError
from desktop.drafting.render import Rendered
from desktop.redaction.check import leaks
from desktop.redaction.kinds import Redaction


class RedactionFailed(DraftingError):
    """A redacted value could still be read in the draft; nothing was kept."""


def redact_rendered(rendered: Rendered, redaction: Redaction) -> Rendered:
    """``rendered`` with every value replaced in its HTML, typed-in values and context."""
    if not redaction:
        return rendered
    return replace(
        rendered,
        html=redaction.replace(rendered.html),
        values={k: redaction.replace(v) for k, v in rendered.values.items()},
        context=_redacted(rendered.context, redaction),  # type: ignore[arg-type]
    )


def check_pdf(data: bytes, redaction: Redaction, password: str | None = None) -> None:
    """:class:`RedactionFailed` when a value can be read anywhere in the PDF ``data``."""
    places = leaks(data, redaction, password)
    if places:
        raise RedactionFailed(
            "Nothing was drafted: a value chosen for redaction could still be read in the "
            "letter ({places}). Check the fields you typed in and try again.",
            places=", ".join(places[:5]),
        )


def _redacted(value: object, redaction: Redaction) -> object:
    if isinstance(value, str):
        return redaction.replace(value)
    if isinstance(value, dict):
        return {k: _redacted(v, redaction) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_redacted(v, redaction) for v in value]
    return value
