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


_STOOD_IN = ("urllib.request", "asyncio", "whoosh.lang.morph_en")


def _taken_at_import(source: str) -> set[tuple[str, str]]:
    """(module, name) for every name a module's source takes from a stood-in module when it
    is imported: ``from M import name``, and ``M.name`` outside any function."""
    import ast

    tree = ast.parse(source)
    taken: set[tuple[str, str]] = set()
    bound: dict[str, str] = {}  # local name -> stood-in module, from ``import M``
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in _STOOD_IN:
            taken |= {(node.module, alias.name) for alias in node.names}
        elif isinstance(node, ast.Import):
            bound |= {a.asname or a.name: a.name for a in node.names if a.name in _STOOD_IN}
    functions = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
    pending = list(ast.iter_child_nodes(tree))
    while pending:  # module and class bodies only: what runs at import
        node = pending.pop()
        if isinstance(node, functions):
            continue
        name = getattr(node.value, "id", None) if isinstance(node, ast.Attribute) else None
        if isinstance(name, str) and name in bound:
            taken.add((bound[name], node.attr))
        pending.extend(ast.iter_child_nodes(node))
    return taken


def test_whoosh_takes_from_the_stand_ins_only_the_names_they_hold() -> None:
    """GIVEN the sources of every module imported while the stand-ins are in place
    (Whoosh's and cached_property's) WHEN read for what they take from urllib.request,
    asyncio and whoosh.lang.morph_en at import THEN it is only what the stand-ins hold (an
    upgrade that takes more must fail here, not in a search)."""
    out = _run(
        """
        import sys
        before = set(sys.modules)
        import index.search
        for name in sorted(set(sys.modules) - before):
            module = sys.modules[name]
            path = getattr(module, "__file__", None) or ""
            if name.split(".")[0] in ("whoosh", "cached_property") and path.endswith(".py"):
                print(path)
        """
    )
    paths = out.splitlines()
    assert any(p.endswith("whoosh/compat.py") for p in paths)
    assert any(p.endswith("cached_property.py") for p in paths)
    taken: set[tuple[str, str]] = set()
    for path in paths:
        with open(path, encoding="utf-8") as source:
            taken |= _taken_at_import(source.read())
    from index.search.light_whoosh import _stand_ins

    held = {
        (name, attribute)
        for name, module in _stand_ins().items()
        for attribute in vars(module)
        if not attribute.startswith("__")
    }
    assert taken, "the sources name none of the stood-in modules: is the check still reading?"
    assert taken <= held, sorted(taken - held)
