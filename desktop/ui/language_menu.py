"""Settings ▸ Language: English, دری, پښتو, or as the system; used from the next start.

Every widget reads its strings once, when it is built, so a new language shows after a
restart; the menu says so.  The names of the languages are written in their own script,
as language menus do, so that a reader finds theirs whatever the window is in.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desktop.ui import language
from desktop.ui.tr import translate


class LanguageMenu(QMenu):
    """The languages as exclusive choices; ``chosen(str)`` once one is picked."""

    chosen = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(translate("LanguageMenu", "&Language"), parent)
        self.setObjectName("language-menu")
        self.settings = settings
        group = QActionGroup(self, exclusive=True)
        current = str(settings.value(language.LANGUAGE_KEY, language.SYSTEM))
        choices = [(language.SYSTEM, translate("LanguageMenu", "As the system"))]
        choices += [(known.code, known.name) for known in language.LANGUAGES]
        self.choices: dict[str, QAction] = {}
        for code, name in choices:
            action = QAction(name, self, checkable=True, checked=code == current)
            action.setObjectName(f"language-{code}")
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            group.addAction(action)
            self.addAction(action)
            self.choices[code] = action
        self.insertSeparator(self.actions()[1])

    def choose(self, code: str, tell: bool = True) -> None:
        """Remember ``code`` for the next start (and say so, unless ``tell`` is False)."""
        language.remember(self.settings, code)
        self.choices[code].setChecked(True)
        self.chosen.emit(code)
        if tell:
            QMessageBox.information(
                self.parentWidget(),
                translate("LanguageMenu", "Language"),
                translate(
                    "LanguageMenu",
                    "CaseDesk will use this language the next time it starts. Close it and "
                    "open it again to see it now.",
                ),
            )
