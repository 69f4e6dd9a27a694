"""The archives the user opened before: kept in the window's settings, shown as
File ▸ Recent archives.

The list lives under ``archives/recent`` in the settings file (the user's config
folder, never an archive), most recent first, at most :data:`KEPT` folders.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from desktop.ui.tr import translate

RECENT_KEY = "archives/recent"
KEPT = 10


def remember_archive(store: QSettings, root: Path) -> None:
    """Put ``root`` first in the recent archives list."""
    first = str(root.resolve())
    others = [str(p) for p in recent_archives(store) if str(p) != first]
    store.setValue(RECENT_KEY, [first, *others][:KEPT])


def recent_archives(store: QSettings) -> list[Path]:
    """The remembered archives, most recent first (whether or not they still exist)."""
    return [Path(p) for p in store.value(RECENT_KEY, [], list) if p]


def ask_for_archive(parent: QWidget) -> Path | None:
    """Ask for an archive's folder; None when the user cancels."""
    folder = QFileDialog.getExistingDirectory(parent, translate("Recent", "Open an archive"))
    return Path(folder) if folder else None


class RecentMenu(QMenu):
    """The Recent archives submenu: the other remembered archives that still exist,
    and "Clear list".  Rebuilt each time it opens, so other windows' archives show.

    Signals: ``chosen(Path)`` when the user picks an archive.
    """

    chosen = Signal(object)

    def __init__(self, store: QSettings, current: Path, parent: QWidget | None = None) -> None:
        super().__init__(translate("Recent", "&Recent archives"), parent)
        self.setObjectName("recent-archives")
        self.store, self.current = store, current.resolve()
        self.aboutToShow.connect(self.refresh)
        self.refresh()

    def archives(self) -> list[Path]:
        """What the menu lists: remembered, not the current one, folder still there."""
        return [
            p for p in recent_archives(self.store) if p.resolve() != self.current and p.is_dir()
        ]

    def refresh(self) -> None:
        """List the archives afresh."""
        self.clear()
        archives = self.archives()
        for number, root in enumerate(archives, start=1):
            label = str(root).replace("&", "&&")  # a "&" in a path is not a keyboard hint
            action = self.addAction(f"&{number} {label}" if number < 10 else label)
            action.setData(str(root))
            action.setToolTip(str(root))
            action.triggered.connect(lambda _checked=False, r=root: self.chosen.emit(r))
        if not archives:
            self.addAction(translate("Recent", "No other archives yet")).setEnabled(False)
        self.addSeparator()
        clear = self.addAction(translate("Recent", "&Clear list"))
        clear.setObjectName("clear-recent")
        clear.setEnabled(bool(archives))
        clear.triggered.connect(lambda _checked=False: self.clear_list())

    def clear_list(self) -> None:
        """Forget every archive but the one open now (the menu shows that when next opened;
        rebuilding it now would delete the action being triggered)."""
        self.store.setValue(RECENT_KEY, [str(self.current)])
