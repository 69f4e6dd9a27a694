"""Icons drawn as SVG, and every other character the window writes in the one font every
install has (DejaVu Sans): Qt draws a glyph no font has as an empty box, without warning."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QFont, QImage, QRawFont
from PySide6.QtSvg import QSvgRenderer

from desktop.ui.case_parts import NotesEditor
from desktop.ui.icons import GENERIC_KIND, drawn_icon, drawn_kinds, kind_file
from desktop.ui.results_view import ICON_SIZE, ResultsView
from index.cases.model import Note
from index.search import Hit

PACKET_RED = QColor("#a23b3b")  # the packet drawing's ink
WINDOW_CODE = Path(__file__).resolve().parents[2] / "desktop" / "ui"


def test_every_kind_has_a_drawing_qt_can_read(qapp) -> None:
    """GIVEN the kinds of document CaseDesk names WHEN their icons are looked up THEN each
    is an SVG Qt reads, the briefing packet has its own (not the generic page), and a kind
    without one gets the generic page."""
    for kind in drawn_kinds():
        assert QSvgRenderer(str(kind_file(kind))).isValid(), kind
    assert kind_file("briefing packet").name == "kind-packet.svg"
    assert kind_file("a kind from elsewhere") == kind_file(GENERIC_KIND)
    for tool in ("page-previous", "page-next", "zoom-in", "zoom-out", "fit-width", "fit-page"):
        assert not drawn_icon(tool).pixmap(16, 16).isNull(), tool


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


def test_every_character_the_window_writes_is_in_dejavu_sans(qapp) -> None:
    """GIVEN the window's code (labels, messages, list lines) WHEN each character beyond
    ASCII is looked up in DejaVu Sans (the font bootstrap installs; there may be no other)
    THEN it is there: nothing is drawn as an empty box."""
    font = QRawFont.fromFont(QFont("DejaVu Sans"))
    assert font.familyName() == "DejaVu Sans"
    for path in sorted(WINDOW_CODE.glob("*.py")):
        missing = {
            c for c in path.read_text() if ord(c) > 127 and not font.supportsCharacter(ord(c))
        }
        assert not missing, f"{path.name}: {sorted(missing)}"


def test_a_confidential_note_is_marked_with_a_drawn_lock(qtbot) -> None:
    """GIVEN a confidential note and an open one WHEN the notes are listed THEN the
    confidential one has the drawn lock (and says so when pointed at), the open one none."""
    notes = NotesEditor()
    qtbot.addWidget(notes)
    notes.set_notes([Note("Threatened by phone.", True), Note("Prefers mornings.", False)])
    secret, open_note = notes.list.item(0), notes.list.item(1)
    assert not secret.icon().isNull() and "Confidential" in secret.toolTip()
    assert secret.text().startswith("Threatened")
    assert open_note.icon().isNull()
