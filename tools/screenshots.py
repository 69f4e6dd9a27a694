"""Take the README's screenshots of the real window on the demo archive (run under Xvfb).

``python tools/screenshots.py`` photographs the window as it opens maximised on the X
screen it runs on (a 28 px panel left free, as on a desktop) and names every picture
after the screen's size: ``docs/screenshots/cases-1366x768.png``.  ``tools/screenshots.sh``
runs it on a 1366×768 and on a 1920×1080 screen.  The window starts with no remembered
layout (a temporary settings folder), as it does the first time on that screen.
``python tools/screenshots.py ps`` (or ``fa_AF``) shows the window in Pashto (Dari) and
puts the language in the names: ``cases-ps-1366x768.png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.demo import build_demo_archive  # noqa: E402
from desktop.ui import language  # noqa: E402
from desktop.ui.app import open_window  # noqa: E402
from desktop.ui.drafting_view import DraftingDialog  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PANEL = 28  # a desktop's panel: the maximised window is this much lower than the screen
CASE = "AFG-2024-00137"


def wait(ms: int) -> None:
    """Let the window work (searches and previews run in the background)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class Camera:
    """Saves pictures of widgets as ``<name>-<screen size>.png``."""

    def __init__(self, app: QApplication, code: str = language.ENGLISH) -> None:
        size = app.primaryScreen().size()
        self.suffix = f"{size.width()}x{size.height()}"
        if code != language.ENGLISH:
            self.suffix = f"{code}-{self.suffix}"

    def shoot(self, widget: QWidget, name: str) -> None:
        """Save ``widget`` as it is on the screen now."""
        path = OUT / f"{name}-{self.suffix}.png"
        widget.grab().save(str(path))
        print(f"wrote {path} ({widget.width()}×{widget.height()})")


def maximise(window: MainWindow, app: QApplication) -> None:
    """What a window manager does to a maximised window (Xvfb has none)."""
    free = app.primaryScreen().availableGeometry()
    window.show()
    window.setGeometry(free.x(), free.y(), free.width(), free.height() - PANEL)


def show_first_pdf(window: MainWindow) -> None:
    """Select the first result that is a PDF and let its preview show."""
    pdf_row = next(i for i, h in enumerate(window.results.hits) if h.path.endswith(".pdf"))
    window.results.setCurrentRow(pdf_row)
    wait(1500)


def search_and_problems(window: MainWindow, camera: Camera) -> None:
    """Search with a PDF previewed at its hit; the Problems panel with a row selected."""
    window.search_box.setText("Mohammed Ahmadzai")
    wait(1500)
    show_first_pdf(window)
    camera.shoot(window, "search-and-preview")
    window.problems.table.selectRow(0)
    window.problems.table.setFocus()
    wait(300)
    camera.shoot(window, "problems")


def cases(window: MainWindow, camera: Camera) -> None:
    """The Cases dock beside the case's results, a PDF of it previewed."""
    window.problems_dock.hide()
    window.case_work.dock.show()
    window.case_work.cases.open_case(CASE)
    window.search_box.setText(f"case:{CASE} employment")
    wait(2500)
    show_first_pdf(window)
    camera.shoot(window, "cases")


def drafting(window: MainWindow, camera: Camera) -> None:
    """A referral letter citing the selected result, its fields prefilled from the case."""
    window.case_work.cite_these()
    dialog = window.findChild(DraftingDialog)
    wait(2000)
    dialog.templates.choose("resettlement-referral")
    wait(2500)
    camera.shoot(dialog, "drafting")
    dialog.unsaved = False
    dialog.reject()


def packet(window: MainWindow, camera: Camera) -> None:
    """The packet builder after building the case's packet."""
    builder = window.case_work.open_packet(CASE, [])
    wait(2000)
    builder.build()
    for _ in range(120):
        wait(500)
        if builder.kept is not None:
            break
    camera.shoot(builder, "packet")
    builder.close()


def main() -> int:
    """Build the demo archive in a temporary folder and photograph the window."""
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CONFIG_HOME"] = str(Path(folder) / "config")  # nothing remembered
        app = QApplication(sys.argv)
        OUT.mkdir(parents=True, exist_ok=True)
        code = sys.argv[1] if len(sys.argv) > 1 else language.ENGLISH
        language.apply(app, code)
        camera = Camera(app, code)
        root = Path(folder) / "archive"
        build_demo_archive(root, staging=Path(folder) / "staged", today=date.today())
        window = open_window(root)
        maximise(window, app)
        wait(1500)
        search_and_problems(window, camera)
        cases(window, camera)
        drafting(window, camera)
        packet(window, camera)
        window.close()
        app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
