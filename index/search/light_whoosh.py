"""Whoosh imported without the standard library's web client and event loop.

Whoosh's ``compat`` module imports ``urllib.request`` for a ``urlretrieve`` that nothing
of Whoosh's or ours calls, and ``whoosh.reading`` the ``cached_property`` package, which
imports ``asyncio`` only to ask whether a property's function is a coroutine.  The two
pull in ``http.client``, ``email``, ``ssl``, ``socket`` and the event loop: about a third
of Whoosh's import time, paid by every ``casedesk search`` (issue 20, item 5).  And
``whoosh.query`` imports ``whoosh.lang.morph_en``, which compiles its English word-ending
rules into six large patterns at import, for ``Variations`` queries we never make.

:func:`import_whoosh` imports those Whoosh modules while ``urllib.request``, ``asyncio``
and ``whoosh.lang.morph_en`` are stand-ins in ``sys.modules``, then takes the stand-ins
away again, so any later ``import asyncio`` anywhere gets the real module.  A stand-in
answers what Whoosh uses of it exactly as the real module would, importing the real one
the first time it needs it.  Nothing is changed when the real modules are already
imported.

The contract, each part checked by tests/index/search/test_light_whoosh.py (an upgrade of
Whoosh or cached_property that breaks one fails a test there, not a search):

- at import, the modules imported here take from a stand-in only the names it holds:
  ``urlretrieve``, ``iscoroutinefunction`` and ``variations`` (``from M import name`` and
  ``M.name`` outside functions, read from their sources);
- anything else they ask of it later (``asyncio.ensure_future`` for an ``async`` cached
  property, which Whoosh has none of) comes from the real module, imported then;
- the names held answer as the real modules' do;
- no stand-in is left in ``sys.modules``, so any later ``import asyncio`` (Qt's, the
  tests', a Whoosh module imported after) gets the real module;
- it runs once, at the import of :mod:`index.search`; another thread importing
  ``asyncio`` or ``urllib.request`` for the first time in that instant would get the
  stand-in, so :mod:`index.search` is to be imported before such threads start (the
  window and the command line import it while they start, before any thread of theirs).
"""

from __future__ import annotations

import importlib
import inspect
import sys
import types
from collections.abc import Callable
from typing import Any


class _StandIn(types.ModuleType):
    """A module that hands every attribute over from the real module of its name, imported
    the first time one is asked for (once the stand-in has left ``sys.modules``)."""

    def __getattr__(self, name: str) -> Any:
        if sys.modules.get(self.__name__) is self:
            raise AttributeError(name)  # still standing in: Whoosh asked for more than we know
        return getattr(importlib.import_module(self.__name__), name)


def _urlretrieve(*args: Any, **kwargs: Any) -> Any:
    from urllib.request import urlretrieve

    return urlretrieve(*args, **kwargs)


def _variations(*args: Any, **kwargs: Any) -> Any:
    from whoosh.lang.morph_en import variations

    return variations(*args, **kwargs)


def _iscoroutinefunction(func: Callable[..., Any]) -> bool:
    # asyncio's own test is inspect's, or the marker ``_is_coroutine`` that only asyncio
    # (and mocks made with it) set: only then is the real asyncio needed to compare.
    if getattr(func, "_is_coroutine", None) is None:
        return inspect.iscoroutinefunction(func)
    return importlib.import_module("asyncio").iscoroutinefunction(func)


def _stand_ins() -> dict[str, _StandIn]:
    request = _StandIn("urllib.request")
    request.urlretrieve = _urlretrieve
    loop = _StandIn("asyncio")
    loop.iscoroutinefunction = _iscoroutinefunction
    endings = _StandIn("whoosh.lang.morph_en")
    endings.variations = _variations
    return {module.__name__: module for module in (request, loop, endings)}


def import_whoosh() -> None:
    """Import ``whoosh.compat``, ``whoosh.reading`` and ``whoosh.query`` (and what they
    import) with the stand-ins; a no-op when Whoosh is imported already."""
    if "whoosh.reading" in sys.modules:
        return
    placed = {n: m for n, m in _stand_ins().items() if n not in sys.modules}
    sys.modules.update(placed)
    try:
        importlib.import_module("whoosh.compat")
        importlib.import_module("cached_property")
        importlib.import_module("whoosh.reading")
        importlib.import_module("whoosh.query")
    finally:
        for name, module in placed.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
