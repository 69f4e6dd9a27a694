"""The Jinja2 environment templates run in, and how its failures become plain messages.

Templates may come from anyone (an archive's own ``templates/`` folder is shared
between offices), so they run in Jinja's immutable sandbox: no attribute starting with
``_``, no Python internals, no changing the context, ranges capped; we also refuse huge
``*`` and ``**`` results, every filter and text method that can make a text or list far
longer than its input (``center``, ``indent``, ``replace``, ``join``, ``wordwrap``,
``batch``, ``slice``, ``format`` and ``%`` with wide fields, ``str.ljust`` …) when its
result would pass :data:`MAX_TEXT`, each printed value past that size, and
``namespace()`` (a loop could grow a text in it without bound).  Every variable must be
defined (``StrictUndefined``), so a typo fails instead of leaving a blank, and every
value is HTML-escaped.  Templates can include only other templates (the loader's
folders), never read files or import.
"""

from __future__ import annotations

import itertools
import re
import traceback
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.exceptions import SecurityError, TemplateNotFound, TemplateSyntaxError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from desktop.drafting.errors import TemplateBroken, TemplateUnsafe
from desktop.drafting.text_filters import dir_attribute, direction_of, isolated, lines, paragraphs
from desktop.drafting.word_filters import FILTERS

_MAX_POWER = 64
_MAX_REPEAT = 100_000  # characters or items a template may build with ``*``
MAX_TEXT = 1_000_000  # characters or items any one filter, method or printed value may make
# Format fields of 10,000 characters or more, or whose width comes from an argument:
# "{:>99999}", "{:{}}" (str.format) and "%99999d", "%.99999f", "%*d" (``%``, ``format``).
_WIDE_BRACE = re.compile(r"\{[^{}]*:[^{}]*(\d{5,}|\{)")
_WIDE_PERCENT = re.compile(r"%(\([^)]*\))?[-+ #0]*(\*|\d{5,}|\d{0,4}\.(\*|\d{5,}))")
_TOO_LONG = "the template builds a text or list too long"


class Sandbox(ImmutableSandboxedEnvironment):
    """The sandboxed, strict, autoescaping environment of one set of template folders."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def __init__(self, folders: Sequence[Path]) -> None:
        super().__init__(
            loader=FileSystemLoader([str(f) for f in folders], followlinks=False),
            undefined=StrictUndefined,
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=True,
        )
        self.filters.update(FILTERS)  # dates, ages, lists… in the template's language
        self.filters.update(paragraphs=paragraphs, lines=lines)
        self.filters.update(dir=dir_attribute, direction=direction_of, isolate=isolated)
        for name, size in _FILTER_SIZES.items():
            self.filters[name] = _capped(self.filters[name], size)
        del self.globals["namespace"]
        self.finalize = _finalize

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        """A method call, refused when it is a text method whose result would be enormous."""
        owner, name = getattr(__obj, "__self__", None), getattr(__obj, "__name__", "")
        if isinstance(owner, str) and name in _METHOD_SIZES:
            args = _listed(args)
            _check(_METHOD_SIZES[name], owner, *args, **kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        """``*`` and ``**``, refused when the result would be enormous."""
        if operator == "**" and isinstance(right, int | float) and abs(right) > _MAX_POWER:
            raise SecurityError(f"powers above {_MAX_POWER} are not allowed")
        if operator == "%" and isinstance(left, str) and _WIDE_PERCENT.search(left):
            raise SecurityError("format fields wider than 9999 characters are not allowed")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                repeats = isinstance(seq, str | list | tuple) and isinstance(times, int)
                if repeats and len(seq) * times > _MAX_REPEAT:
                    raise SecurityError("the template builds a text or list too long")
        return super().call_binop(context, operator, left, right)


def _finalize(value: Any) -> Any:
    """Every printed value: refused past :data:`MAX_TEXT` characters."""
    if isinstance(value, str | list | tuple) and len(value) > MAX_TEXT:
        raise SecurityError(_TOO_LONG)
    return value


def _check(size: Callable[..., int], *args: Any, **kwargs: Any) -> None:
    """:class:`SecurityError` when ``size(*args)`` — the length a call would make — is too long.

    A size that cannot be worked out (wrong types) lets the call go on and fail its own way.
    """
    try:
        too_long = size(*args, **kwargs) > MAX_TEXT
    except (TypeError, ValueError, AttributeError):
        return
    if too_long:
        raise SecurityError(_TOO_LONG)


def _capped(function: Callable[..., Any], size: Callable[..., int]) -> Callable[..., Any]:
    """The filter ``function``, refusing calls whose result ``size`` would be enormous."""
    passed = getattr(function, "jinja_pass_arg", None)  # Jinja's environment/context first

    def guarded(*args: Any, **kwargs: Any) -> Any:
        first = 1 if passed is not None else 0
        args = (*args[:first], *_listed(args[first:]))
        _check(size, *args[first:], **kwargs)
        return function(*args, **kwargs)

    if passed is not None:
        guarded.jinja_pass_arg = passed  # type: ignore[attr-defined]
    return guarded


def _listed(args: tuple[Any, ...]) -> tuple[Any, ...]:
    """``args`` with a first argument that is an iterator (``map(…)``, a generator) made a
    list — at most :data:`MAX_TEXT` items — so that sizing it does not use it up."""
    if args and isinstance(args[0], Iterator):
        items = list(itertools.islice(args[0], MAX_TEXT + 1))
        if len(items) > MAX_TEXT:
            raise SecurityError(_TOO_LONG)
        return (items, *args[1:])
    return args


def _length(value: Any) -> int:
    return len(value) if isinstance(value, str | list | tuple) else len(str(value))


def _wide_percent(text: Any, *_args: Any, **_kwargs: Any) -> int:
    """``%`` format strings may not ask for enormous fields (``%999999999d``)."""
    return MAX_TEXT + 1 if _WIDE_PERCENT.search(str(text)) else 0


def _wide_brace(text: Any, *_args: Any, **_kwargs: Any) -> int:
    """``str.format`` strings may not ask for enormous fields (``{:>999999999}``)."""
    return MAX_TEXT + 1 if _WIDE_BRACE.search(str(text)) else 0


def _replace_size(text: Any, old: Any, new: Any, count: Any = None, *_: Any) -> int:
    text, old, new = str(text), str(old), str(new)
    found = text.count(old) if old else len(text) + 1
    if isinstance(count, int) and count >= 0:
        found = min(found, count)
    return len(text) + found * len(new)


def _join_size(items: Any, separator: Any = "", *_: Any, **__: Any) -> int:
    listed = list(items)
    if len(listed) > MAX_TEXT:
        return len(listed)
    return sum(_length(x) for x in listed) + max(len(listed) - 1, 0) * len(str(separator))


def _indent_size(text: Any, width: Any = 4, *_: Any, **__: Any) -> int:
    pad = len(width) if isinstance(width, str) else int(width)
    return len(str(text)) + (str(text).count("\n") + 1) * pad


def _wordwrap_size(
    text: Any, width: Any = 79, _long: Any = True, wrapstring: Any = None, *_: Any, **kwargs: Any
) -> int:
    wrap = kwargs.get("wrapstring", wrapstring) or "\n"
    width = int(kwargs.get("width", width))
    return len(str(text)) + (len(str(text)) // max(width, 1) + 1) * len(str(wrap))


def _count_size(items: Any, count: Any, *_: Any, **__: Any) -> int:
    """``batch`` and ``slice``: ``count`` rows or slices (filled up to it)."""
    return int(count) + _length(items)


def _width_size(text: Any, width: Any = 80, *_: Any, **__: Any) -> int:
    return max(_length(text), int(width))


def _join_method_size(separator: str, items: Any) -> int:
    return _join_size(items, separator)


def _tabs_size(text: str, tabsize: Any = 8) -> int:
    return len(text) + text.count("\t") * int(tabsize)


_FILTER_SIZES: dict[str, Callable[..., int]] = {
    "center": _width_size,
    "indent": _indent_size,
    "format": _wide_percent,
    "replace": _replace_size,
    "join": _join_size,
    "wordwrap": _wordwrap_size,
    "batch": _count_size,
    "slice": _count_size,
}
_METHOD_SIZES: dict[str, Callable[..., int]] = {
    "center": _width_size,
    "ljust": _width_size,
    "rjust": _width_size,
    "zfill": _width_size,
    "expandtabs": _tabs_size,
    "replace": _replace_size,
    "join": _join_method_size,
    "format": _wide_brace,
    "format_map": _wide_brace,
}


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
