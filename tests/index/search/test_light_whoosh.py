"""Whoosh imported without ``urllib.request``, ``asyncio`` and its English word endings,
and everything it uses of them still there (index/search/light_whoosh.py).

Each check runs in a fresh interpreter: the test process has long imported all three.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


def test_importing_the_search_package_leaves_the_three_modules_unimported() -> None:
    """GIVEN a fresh interpreter WHEN ``index.search`` is imported THEN Whoosh is, and
    none of asyncio, urllib.request, http.client or whoosh.lang.morph_en is, nor any
    stand-in left in ``sys.modules``."""
    out = _run(
        """
        import sys
        import index.search
        names = ("asyncio", "urllib.request", "http.client", "whoosh.lang.morph_en")
        print("whoosh.reading" in sys.modules, [n for n in names if n in sys.modules])
        """
    )
    assert out == "True []"


def test_what_whoosh_uses_of_them_answers_as_the_real_modules() -> None:
    """GIVEN Whoosh imported through ``index.search`` WHEN Whoosh's names for
    ``urlretrieve``, ``variations`` and cached_property's ``asyncio`` are used, and the
    real modules imported afterwards THEN the answers are the real modules' and the later
    imports get the real modules."""
    out = _run(
        """
        import index.search
        import cached_property
        import whoosh.compat, whoosh.query.terms
        async def later(): pass
        def now(): pass
        test = cached_property.asyncio.iscoroutinefunction
        words = sorted(whoosh.query.terms.variations("rendering"))
        import asyncio, urllib.request, whoosh.lang.morph_en
        print(test(later), test(now), asyncio.iscoroutinefunction(later))
        print(words == sorted(whoosh.lang.morph_en.variations("rendering")), len(words) > 1)
        print(type(asyncio).__name__, hasattr(urllib.request, "urlopen"))
        print(whoosh.compat.urlretrieve.__module__)
        """
    )
    assert out.splitlines() == [
        "True False True",
        "True True",
        "module True",
        "index.search.light_whoosh",
    ]
