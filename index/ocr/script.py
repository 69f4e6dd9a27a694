"""Which Tesseract language to read a page with, from its script and its letters.

Latin script is read as English.  Dari, Pashto and Urdu share one script, and a page read
with the wrong one of the three loses the letters only the right one knows (Pashto ښ ږ ګ,
Urdu ے ہ ٹ).  Measured on the benchmark's pages (docs/OCR.md), reading with all three at
once ("fas+pus+urd") was slower and worse than the right one alone, so an Arabic-script
page is read first with Pashto — whose model also knows the Persian letters and turns
Urdu text into Urdu-looking letters — and the letters of that first reading say which
language it is (``index.text.language``); unless that is Pashto, the page is read again
in its own language.
"""

from __future__ import annotations

from index.text.language import detect_language

LATIN = "eng"
ARABIC_FIRST = "pus"
_BY_DETECTED = {"fa": "fas", "ps": "pus", "ur": "urd", "ar": "fas"}


def first_language(script: str) -> str:
    """The language to read a page of ``script`` with first ("eng" when unknown)."""
    return ARABIC_FIRST if script == "Arabic" else LATIN


def better_language(script: str, first: str, text: str) -> str:
    """The language to read the page with again, or ``first`` when it was right."""
    if script != "Arabic":
        return first
    return _BY_DETECTED.get(detect_language(text), first)
