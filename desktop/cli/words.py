"""The command line's sentences in the person's language (English, Dari or Pashto).

Every sentence printed for a person is written ``translate("Cli", "Text")`` - the name
``pyside6-lupdate`` looks for - so it lands in the same ``.ts`` catalogues as the window's
(docs/TRANSLATIONS.md).  The lookup is :mod:`desktop.ts_catalogue`'s, without Qt: the
catalogue is read only when the language is not English, on the first sentence.
JSON output, its field names and the search syntax stay in English.
"""

from __future__ import annotations

from desktop import ts_catalogue
from desktop.error_words import in_words
from desktop.languages import ENGLISH
from desktop.ts_catalogue import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP", "error_text", "language", "translate", "use_language"]

_language = [ENGLISH]


def use_language(code: str) -> None:
    """Print from now on in ``code`` ("en", "fa_AF" or "ps")."""
    _language[0] = code


def language() -> str:
    """The language the command line prints in."""
    return _language[0]


def translate(context: str, text: str) -> str:
    """``text`` in the command line's language (itself when English or not translated)."""
    return ts_catalogue.lookup(_language[0], context, text)


def error_text(error: BaseException | str) -> str:
    """An engine error's sentence in the command line's language."""
    return in_words(error, translate)
