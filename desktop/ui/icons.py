"""The window's drawn icons, shipped as SVG in ``desktop/ui/svg/``: one per kind of
document (the results list), the preview's tools (pages, zoom) and the confidential
note's lock.

Symbols from fonts were used at first: whether a glyph exists depends on the fonts a
machine has, and a missing one is drawn as an empty box without any warning (the
briefing packet's was, and a confidential note's lock).  Drawings do not depend on
fonts, and they stay sharp at any size and screen scale because they are painted as
vectors.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QIcon, QPainter
from PySide6.QtSvg import QSvgRenderer

DRAWINGS = Path(__file__).resolve().parent / "svg"
GENERIC_KIND = "document"

# A kind's name in the catalog -> its drawing; kinds not listed get the generic page.
_KINDS = {
    "email": "email",
    "form": "form",
    "letter": "letter",
    "statement": "statement",
    "note": "note",
    "case file": "case-file",
    "briefing packet": "packet",
    "briefing note": "briefing-note",
    "summary": "summary",
    "cover": "summary",
    "document": GENERIC_KIND,
}


def kind_file(kind: str) -> Path:
    """The SVG drawn for ``kind`` (the generic page for a kind without its own)."""
    return DRAWINGS / f"kind-{_KINDS.get(kind, GENERIC_KIND)}.svg"


def drawn_kinds() -> tuple[str, ...]:
    """The kinds that have a drawing of their own."""
    return tuple(_KINDS)


def paint_kind(painter: QPainter, kind: str, box: QRectF) -> None:
    """Paint the icon of ``kind`` into ``box`` (in the painter's coordinates)."""
    _renderer(kind_file(kind)).render(painter, box)


def drawn_icon(name: str) -> QIcon:
    """The icon drawn in ``svg/<name>.svg`` ("zoom-in", "page-next", "lock", …)."""
    path = DRAWINGS / f"{name}.svg"
    _renderer(path)  # a missing or unreadable drawing fails here, not as a blank button
    return QIcon(str(path))


@cache
def _renderer(path: Path) -> QSvgRenderer:
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        raise ValueError(f"{path} is not a drawing Qt can read")
    return renderer
