"""Take the README's screenshots of the real window on the demo archive (run under Xvfb)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.demo import build_demo_archive  # noqa: E402
from desktop.ui.app import open_window  # noqa: E402
from desktop.ui.drafting_view import DraftingDialog  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def wait(ms: int) -> None:
    """Let the window work (searches and previews run in the background)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(window: MainWindow, name: str) -> None:
    """Save the window as docs/screenshots/<name>.png."""
    window.grab().save(str(OUT / f"{name}.png"))
    print(f"wrote {OUT / name}.png")


def main() -> int:
    """Build the demo archive in a temporary folder and photograph the window."""
    app = QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "archive"
        build_demo_archive(root, staging=Path(folder) / "staged")
        window = open_window(root)
        window.resize(1400, 860)
        window.show()
        wait(1500)
        window.search_box.setText("Mohammed Ahmadzai")
        wait(1500)
        pdf_row = next(i for i, h in enumerate(window.results.hits) if h.path.endswith(".pdf"))
        window.results.setCurrentRow(pdf_row)
        wait(1500)
        shoot(window, "search-and-preview")
        window.search_box.setText("")
        window.problems_dock.raise_()
        wait(1500)
        window.problems.table.selectRow(0)
        shoot(window, "problems")
        window.problems_dock.hide()
        window.case_work.dock.show()
        window.case_work.cases.open_case("AFG-2024-00137")
        wait(2000)
        shoot(window, "cases")
        window.search_box.setText("case:AFG-2024-00137 employment")
        wait(2000)
        window.case_work.cite_these()
        dialog = window.findChild(DraftingDialog)
        dialog.resize(1300, 960)
        wait(2000)
        dialog.templates.choose("case-summary")
        wait(2000)
        dialog.grab().save(str(OUT / "drafting.png"))
        print(f"wrote {OUT / 'drafting'}.png")
        dialog.reject()
        packet = window.case_work.open_packet("AFG-2024-00137", [])
        packet.resize(1000, 860)
        wait(2000)
        packet.build()
        for _ in range(60):
            wait(500)
            if packet.kept is not None:
                break
        packet.grab().save(str(OUT / "packet.png"))
        print(f"wrote {OUT / 'packet'}.png (packet kept at {packet.kept.output.path})")
        packet.close()
        window.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
