"""Translations read straight from the ``.ts`` catalogues, without Qt (for the command line).

The window compiles ``resources/i18n/casedesk_<code>.ts`` to ``.qm`` for Qt; the command
line must start without Qt, so it reads the same XML with :mod:`xml.etree` - only when the
language is not English, once, on the first lookup.  Unfinished and empty translations are
left out, as ``lrelease`` leaves them out.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[1] / "resources" / "i18n"


def source(code: str) -> Path:
    """The ``.ts`` catalogue of the language ``code``."""
    return SOURCES / f"casedesk_{code}.ts"


@cache
def catalogue(code: str) -> dict[tuple[str, str], str]:
    """Every finished translation of ``code``: (context, English text) -> translated text."""
    from xml.etree import ElementTree

    path = source(code)
    if not path.is_file():
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            if translation.text:
                found[(name, message.findtext("source", ""))] = translation.text
    return found


def lookup(code: str, context: str, text: str) -> str:
    """``text`` translated into ``code`` (``text`` itself in English or when not translated)."""
    if code == "en":
        return text
    return catalogue(code).get((context, text), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate finds
    """Mark ``text`` for the catalogues where it is defined; translate it where it is shown."""
    del context
    return text
