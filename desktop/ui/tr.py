"""Qt's translation lookup under a short name that ``pyside6-lupdate`` finds.

Every visible string of the window is written ``translate("Context", "Text")`` (one
context per module), so that ``lupdate`` extracts it to ``resources/i18n/*.ts``; text
with values in it is translated first and filled in after: ``translate(...).format()``.
Strings defined at import time, before a translation is installed, are marked with
``QT_TRANSLATE_NOOP`` and translated where they are shown.  See docs/TRANSLATIONS.md.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.error_words import in_words


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` in the interface's language (``text`` itself when it has no translation)."""
    return QCoreApplication.translate(context, text, disambiguation)


def error_text(error: BaseException | str) -> str:
    """An engine error's sentence in the interface's language (desktop.error_words)."""
    return in_words(error, translate)
