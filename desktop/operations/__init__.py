"""Operations on an open archive that both faces of CaseDesk call: the command line and the
window.

Each is a plain function of an :class:`~index.archive.Archive` and plain values, returning
frozen dataclasses; none imports Qt, ``desktop.ui`` or ``desktop.cli`` (an import-linter
contract in ``pyproject.toml``), so the window runs them on its lanes and turns their
results into widgets, and the command line prints them.
"""
