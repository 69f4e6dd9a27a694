"""The command line's sentences in the person's language (English, Dari or Pashto).

Every sentence printed for a person is written ``translate("Cli", "Text")`` - the name
``pyside6-lupdate`` looks for - so it lands in the same ``.ts`` catalogues as the window's
(docs/TRANSLATIONS.md).  The lookup is :mod:`desktop.ts_catalogue`'s, without Qt: the
catalogue is read only when the language is not English, on the first sentence.
JSON output, its field names and the search syntax stay in English.
"""

from __future__ import annotations

from desktop import digits, ts_catalogue
from desktop.error_words import in_words
from desktop.languages import ENGLISH
from desktop.ts_catalogue import QT_TRANSLATE_NOOP

__all__ = [
    "QT_TRANSLATE_NOOP",
    "choice",
    "error_text",
    "kind",
    "language",
    "ltr",
    "number",
    "translate",
    "use_digits",
    "use_language",
]

DIGITS_VARIABLE = "CASEDESK_DIGITS"

_language = [ENGLISH]


def use_language(code: str) -> None:
    """Print from now on in ``code`` ("en", "fa_AF" or "ps")."""
    _language[0] = code
    digits.for_language(code)


def use_digits(choice: str | None) -> None:
    """Write the plain messages' numbers in Persian digits (``"persian"``) or Latin ones
    (``"latin"``, the default); in effect only while printing in Dari or Pashto."""
    digits.want((choice or "").strip().lower() == digits.PERSIAN)


def number(value: int | str) -> str:
    """A count or page number as the plain messages write it (Persian digits when chosen,
    in Dari and Pashto).  Never for ids, case numbers, dates to type back, paths or JSON."""
    return digits.number(value)


def choice(value: str) -> str:
    """A case's standard value (status, priority, pathway, need, relationship, deadline
    kind) in the command line's language, as the window shows it; others as they are."""
    return translate("CaseChoices", value) if value else value


def kind(value: str) -> str:
    """A document's kind (letter, form, …) in the command line's language."""
    return translate("DocumentKinds", value) if value else value


def ltr(text: object) -> str:
    """``text`` (a path, a case id, a command) kept left to right inside a Dari or Pashto
    line: wrapped in a left-to-right isolate (U+2066 … U+2069); as it is in English."""
    return str(text) if _language[0] == ENGLISH else f"\u2066{text}\u2069"


def language() -> str:
    """The language the command line prints in."""
    return _language[0]


def translate(context: str, text: str) -> str:
    """``text`` in the command line's language (itself when English or not translated)."""
    return ts_catalogue.lookup(_language[0], context, text)


def error_text(error: BaseException | str) -> str:
    """An engine error's sentence in the command line's language."""
    return in_words(error, translate)
