"""argparse's own words (``usage:``, ``options``, its usage errors) in Dari and Pashto.

argparse writes its headings and errors through a module-level ``_`` (gettext); the
command line points it at :func:`desktop.cli.words.translate` when it speaks Dari or
Pashto, so ``casedesk --help`` and a mistyped command read in one language.  The words
are marked here for ``lupdate`` (context ``Cli``), exactly as Python 3.11's argparse
writes them.
"""

from __future__ import annotations

import argparse

from desktop.cli.words import QT_TRANSLATE_NOOP, translate

WORDS = (
    QT_TRANSLATE_NOOP("Cli", "usage: "),
    QT_TRANSLATE_NOOP("Cli", "positional arguments"),
    QT_TRANSLATE_NOOP("Cli", "options"),
    QT_TRANSLATE_NOOP("Cli", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Cli", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("Cli", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Cli", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Cli", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Cli", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Cli", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Cli", "expected one argument"),
    QT_TRANSLATE_NOOP("Cli", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Cli", "not allowed with argument %s"),
)


def _in_words(text: str) -> str:
    return translate("Cli", text)


def install() -> None:
    """From now on argparse's words are in the command line's language."""
    argparse._ = _in_words  # type: ignore[attr-defined]  # argparse's gettext hook
