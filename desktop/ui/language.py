"""The interface's language: English, Dari or Pashto, chosen in the window or by the system.

The choice is kept in the window's QSettings under :data:`LANGUAGE_KEY` ("system", "en",
"fa_AF" or "ps") and applied at start-up, before any widget exists: the catalogue of the
language is compiled and installed (:mod:`desktop.ui.catalogues`) and, for Dari and
Pashto, the whole layout is mirrored right to left.  Changing it asks for a restart:
every widget reads its strings once, when it is built.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from desktop import digits
from desktop.languages import DARI, ENGLISH, LANGUAGE_KEY, PASHTO, SYSTEM, from_locale
from desktop.ui.catalogues import compiled, compiled_catalogue

__all__ = ["DARI", "ENGLISH", "LANGUAGE_KEY", "PASHTO", "SYSTEM", "from_locale"]

# Qt's own catalogue for a language of ours: Persian for Dari, and for Pashto too, under
# ours, for the few words of Qt's that ours does not hold (a Pashto reader in Afghanistan
# reads Dari; English in a mirrored window would be further from him).
QT_CATALOGUES = {DARI: "fa", PASHTO: "fa"}
# Our catalogues of Qt's own words (resources/i18n): its file dialogs, context menus and
# message-box buttons, for Pashto, which Qt has no catalogue of, and in Afghan Dari
# (فایل, فولدر: Qt's Persian says پرونده, a case file here, for a file) with the words
# Qt's Persian lacks ("&Look in:").  Looked up before Qt's Persian.
OWN_QT_CATALOGUES = {DARI: "qtbase_fa_AF", PASHTO: "qtbase_ps"}
_font_before: list[QFont] = []  # the font before a right-to-left one, for withdraw()
_in_use = [ENGLISH]  # the code of the language applied last (current())
# Fonts with every Dari and Pashto letter (ګ ځ ښ, and U+06CD, ye with tail), in order of
# preference; the first one installed is put before the system's own font for
# right-to-left interfaces.
ARABIC_SCRIPT_FONTS = ("Noto Naskh Arabic", "Noto Sans Arabic", "Vazirmatn", "DejaVu Sans")


@dataclass(frozen=True)
class Language:
    """One interface language: its code and its name as its speakers write it."""

    code: str
    name: str
    right_to_left: bool


LANGUAGES = (
    Language(ENGLISH, "English", False),
    Language(DARI, "دری", True),
    Language(PASHTO, "پښتو", True),
)


def language(code: str) -> Language:
    """The language of ``code`` (English for a code we do not have)."""
    return next((known for known in LANGUAGES if known.code == code), LANGUAGES[0])


def current() -> str:
    """The code of the interface's language now ("en", "fa_AF" or "ps"): what a template's
    own translations (its title, its fields' labels) are shown in."""
    return _in_use[0]


def chosen(settings: QSettings, system_locale: str | None = None) -> str:
    """The language code to use: the one remembered in ``settings``, else the system's."""
    code = str(settings.value(LANGUAGE_KEY, SYSTEM))
    if code == SYSTEM or code not in {known.code for known in LANGUAGES}:
        return from_locale(system_locale or QLocale.system().name())
    return code


def remember(settings: QSettings, code: str) -> None:
    """Keep ``code`` (a language's code, or :data:`SYSTEM`) for the next start."""
    settings.setValue(LANGUAGE_KEY, code)
    settings.sync()


def apply(app: QCoreApplication, code: str) -> list[QTranslator]:
    """Install the catalogue of ``code`` in ``app`` and set its direction; returns the
    translators installed (keep them alive; :func:`withdraw` takes them out again)."""
    installed = []
    digits.for_language(code)
    _in_use[0] = language(code).code
    if code != ENGLISH:
        for name, folder in _catalogues(code):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                installed.append(translator)
    if isinstance(app, QGuiApplication):
        right_to_left = language(code).right_to_left
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )
        if right_to_left:
            _prefer_arabic_script_font(app)
    return installed


def _catalogues(code: str) -> list[tuple[str, str]]:
    """The catalogues of ``code`` (a name and its folder) in the order they are installed:
    Qt looks in the last one first.  Qt's own (Persian), then ours of Qt's words, then the
    window's, which also holds the message boxes' buttons."""
    catalogues = []
    if code in QT_CATALOGUES:
        catalogues.append((f"qtbase_{QT_CATALOGUES[code]}", _qt_translations()))
    if code in OWN_QT_CATALOGUES:
        catalogues.append((str(compiled(OWN_QT_CATALOGUES[code])), ""))
    return [*catalogues, (str(compiled_catalogue(code)), "")]


def withdraw(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Take ``translators`` out of ``app`` and go back to English, left to right."""
    digits.for_language(ENGLISH)
    _in_use[0] = ENGLISH
    for translator in translators:
        app.removeTranslator(translator)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        if _font_before:
            app.setFont(_font_before.pop())


def _prefer_arabic_script_font(app: QGuiApplication) -> None:
    """Draw the interface in a font with all the Pashto letters (DejaVu Sans, the usual
    default, lacks U+06CD, the Pashto ye with tail), keeping the system font's size and
    the system's fallbacks."""
    font = QFont(app.font())
    families = [f for f in ARABIC_SCRIPT_FONTS if f in set(_installed_families())]
    if families:
        _font_before[:] = [QFont(font)]
        font.setFamilies([*families[:1], *font.families()])
        app.setFont(font)


def _installed_families() -> list[str]:
    return QFontDatabase.families()


def _qt_translations() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
