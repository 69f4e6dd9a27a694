"""The results list's kind icons: drawn (SVG), so none depends on a font having a glyph."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from PySide6.QtSvg import QSvgRenderer

from desktop.ui.icons import GENERIC_KIND, drawn_kinds, kind_file, tool_icon
from desktop.ui.results_view import ICON_SIZE, ResultsView
from index.search import Hit

PACKET_RED = QColor("#a23b3b")  # the packet drawing's ink


def test_every_kind_has_a_drawing_qt_can_read(qapp) -> None:
    """GIVEN the kinds of document CaseDesk names WHEN their icons are looked up THEN each
    is an SVG Qt reads, the briefing packet has its own (not the generic page), and a kind
    without one gets the generic page."""
    for kind in drawn_kinds():
        assert QSvgRenderer(str(kind_file(kind))).isValid(), kind
    assert kind_file("briefing packet").name == "kind-packet.svg"
    assert kind_file("a kind from elsewhere") == kind_file(GENERIC_KIND)
    for tool in ("page-previous", "page-next", "zoom-in", "zoom-out", "fit-width", "fit-page"):
        assert not tool_icon(tool).pixmap(16, 16).isNull(), tool


def test_a_packet_result_is_drawn_with_the_packet_icon(qtbot) -> None:
    """GIVEN a briefing packet and an email among the results WHEN the list is painted
    THEN the packet's row shows the packet drawing (its red ink) beside its title, and
    the email's row does not."""
    view = ResultsView()
    qtbot.addWidget(view)
    view.resize(420, 300)
    view.show_hits([_hit(1, "briefing packet"), _hit(2, "email")])
    view.setCurrentRow(-1)  # no selection colour over the rows
    view.show()
    qtbot.waitExposed(view)
    image = view.viewport().grab().toImage()
    rows = [view.visualItemRect(view.item(row)) for row in range(2)]
    assert _has_colour(image, rows[0].top(), PACKET_RED)
    assert not _has_colour(image, rows[1].top(), PACKET_RED)


def _hit(doc_id: int, kind: str) -> Hit:
    return Hit(
        doc_id, f"Document {doc_id}", kind, ("AFG-2024-00137",), "2024-05-01", 1.0, "", 1, ()
    )


def _has_colour(image: QImage, top: int, colour: QColor) -> bool:
    """Whether the icon's square at the start of the row at ``top`` holds ``colour``."""
    wanted = colour.getRgb()[:3]
    for y in range(top, top + ICON_SIZE + 8):
        for x in range(ICON_SIZE + 8):
            found = image.pixelColor(x, y).getRgb()[:3]
            if all(abs(a - b) < 24 for a, b in zip(found, wanted, strict=True)):
                return True
    return False
