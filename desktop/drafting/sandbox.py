"""The Jinja2 environment templates run in, and how its failures become plain messages.

Templates may come from anyone (an archive's own ``templates/`` folder is shared
between offices), so they run in Jinja's immutable sandbox: no attribute starting with
``_``, no Python internals, no changing the context, ranges capped; we also refuse huge
``*`` and ``**`` results.  Every variable must be defined (``StrictUndefined``), so a
typo fails instead of leaving a blank, and every value is HTML-escaped.  Templates can
include only other templates (the loader's folders), never read files or import.
"""

from __future__ import annotations

import datetime
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.exceptions import SecurityError, TemplateNotFound, TemplateSyntaxError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup, escape

from desktop.drafting.errors import TemplateBroken, TemplateUnsafe

_MAX_POWER = 64
_MAX_REPEAT = 100_000  # characters or items a template may build with ``*``


class Sandbox(ImmutableSandboxedEnvironment):
    """The sandboxed, strict, autoescaping environment of one set of template folders."""

    intercepted_binops = frozenset({"*", "**"})

    def __init__(self, folders: Sequence[Path]) -> None:
        super().__init__(
            loader=FileSystemLoader([str(f) for f in folders], followlinks=False),
            undefined=StrictUndefined,
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=True,
        )
        self.filters.update(longdate=longdate, paragraphs=paragraphs, lines=lines, age=age)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        """``*`` and ``**``, refused when the result would be enormous."""
        if operator == "**" and isinstance(right, int | float) and abs(right) > _MAX_POWER:
            raise SecurityError(f"powers above {_MAX_POWER} are not allowed")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                repeats = isinstance(seq, str | list | tuple) and isinstance(times, int)
                if repeats and len(seq) * times > _MAX_REPEAT:
                    raise SecurityError("the template builds a text or list too long")
        return super().call_binop(context, operator, left, right)


def longdate(value: object) -> str:
    """``2024-03-12`` → "12 March 2024" (anything that is not an ISO date unchanged)."""
    text = str(value or "")
    try:
        day = datetime.date.fromisoformat(text[:10])
    except ValueError:
        return text
    return f"{day.day} {day:%B %Y}"


def age(value: object, on: object = None) -> str:
    """Age in whole years on ``on`` (default today) of someone born on ISO date ``value``."""
    try:
        born = datetime.date.fromisoformat(str(value)[:10])
        when = datetime.date.fromisoformat(str(on)[:10]) if on else datetime.date.today()
    except ValueError:
        return ""
    return str(when.year - born.year - ((when.month, when.day) < (born.month, born.day)))


def paragraphs(value: object) -> Markup:
    """Typed text as HTML paragraphs: blank lines separate them, single newlines break."""
    blocks = [b.strip() for b in str(value or "").replace("\r\n", "\n").split("\n\n")]
    return Markup("").join(Markup("<p>{}</p>\n").format(lines(b)) for b in blocks if b)


def lines(value: object) -> Markup:
    """Typed text with its line breaks kept (``<br>``), escaped."""
    parts = [escape(line.strip()) for line in str(value or "").splitlines()]
    return Markup("<br>\n").join(p for p in parts if p)


def failure(error: Exception, fallback: Path) -> TemplateBroken:
    """The plain-words error for an exception raised while parsing or rendering a template.

    The file and line come from the syntax error itself, else from the template frames
    Jinja puts into the traceback (the innermost one: an included template's own line).
    """
    if isinstance(error, TemplateSyntaxError):
        return TemplateBroken(error.filename or fallback, error.lineno, error.message or "")
    path, line = _template_frame(error, fallback)
    if isinstance(error, SecurityError):
        return TemplateUnsafe(path, line, str(error).rstrip("."))
    if isinstance(error, TemplateNotFound):
        name = str(error.name)
        what = f"it includes or imports {name!r}, which is not one of the templates"
        outside = name.startswith(("/", "\\")) or ".." in name or not name.endswith(".html")
        return (TemplateUnsafe if outside else TemplateBroken)(path, line, what)
    message = str(error) or type(error).__name__
    return TemplateBroken(path, line, message)


def _template_frame(error: BaseException, fallback: Path) -> tuple[Path, int | None]:
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        if frame.filename.endswith(".html") and Path(frame.filename).is_file():
            return Path(frame.filename), frame.lineno
    return fallback, None
