"""The archives the user opened before: kept in the window's settings, shown as
File ▸ Recent archives.

The list lives under ``archives/recent`` in the settings file (the user's config
folder, never an archive), most recent first, at most :data:`KEPT` folders or office
databases.  An office database is remembered by its address without any password
(:func:`~index.office.connect.without_password`): passwords come from libpq's usual places
or the window's prompt, and are never written into CaseDesk's settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QMenu, QWidget

from desktop.ui.tr import translate
from index.location import is_office_url

RECENT_KEY = "archives/recent"
KEPT = 10


Location = Path | str  # an archive folder, or an office database's address


def remember_archive(store: QSettings, location: Location) -> None:
    """Put ``location`` first in the recent archives list (an address without password)."""
    first = _remembered(location)
    others = [str(p) for p in recent_archives(store) if str(p) != first]
    store.setValue(RECENT_KEY, [first, *others][:KEPT])


def recent_archives(store: QSettings) -> list[Location]:
    """The remembered archives, most recent first (whether or not they still exist)."""
    return [p if is_office_url(p) else Path(p) for p in store.value(RECENT_KEY, [], list) if p]


def _remembered(location: Location) -> str:
    if is_office_url(location):
        from index.office.connect import without_password

        return without_password(str(location))
    return str(Path(location).resolve())


def _still_there(location: Location) -> bool:
    return is_office_url(location) or Path(location).is_dir()


def ask_for_archive(parent: QWidget) -> Location | None:
    """Ask for an archive: a folder, or an office database's address; None when the user
    cancels."""
    from desktop.ui.open_archive import OpenArchiveDialog

    dialog = OpenArchiveDialog(parent)
    return dialog.location if dialog.exec() else None


class RecentMenu(QMenu):
    """The Recent archives submenu: the other remembered archives that still exist,
    and "Clear list".  Rebuilt each time it opens, so other windows' archives show.

    Signals: ``chosen(object)`` when the user picks an archive (a folder's Path, or an
    office database's address).
    """

    chosen = Signal(object)

    def __init__(self, store: QSettings, current: Location, parent: QWidget | None = None) -> None:
        super().__init__(translate("Recent", "&Recent archives"), parent)
        self.setObjectName("recent-archives")
        self.store, self.current = store, _remembered(current)
        self.aboutToShow.connect(self.refresh)
        self.refresh()

    def archives(self) -> list[Location]:
        """What the menu lists: remembered, not the current one, folder still there."""
        return [
            p
            for p in recent_archives(self.store)
            if _remembered(p) != self.current and _still_there(p)
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
