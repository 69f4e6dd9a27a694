"""A right-to-left word with marks, spelled out for each PDF reader in the order it wants.

A mark (the hamza of هٔ, a vowel sign, a shadda) is drawn as its own glyph at its own
place, a little beside the origin of the letter it sits on.  Written in visual order,
no reader gave the letter before its mark (measured with pypdf 7.1, pypdfium2 5.15.2 and
poppler 22.12, docs/PDF-EXTRACTION.md):

- pypdf reads a right-to-left run backwards from the stream, and reads no /ActualText:
  the mark must come just before its letter in the stream.
- poppler reads /ActualText on a ``/Span`` given as an inline dictionary, and reverses a
  right-to-left word it finds there whole: it wants the word's text backwards.
- PDFium sorts a line's glyphs by the x of their origins (the mark after its letter,
  whatever the stream says) and reads /ActualText on any marked content, the innermost
  one winning, also from a named property list; it turns round each run of
  right-to-left letters in place, but not the marks between them: it wants each run of
  letters backwards, the marks where they are.

So a word with a mark is drawn mark-first and wrapped in two spans: the outer one (an
inline dictionary) spells it for poppler, the inner one (a name in the page's
/Properties, which poppler does not read) for PDFium.  Words without a mark are left
as they were: every reader already got them right.
"""

from __future__ import annotations

import unicodedata

Operation = tuple[list[bytes], bytes]
_RIGHT_TO_LEFT = frozenset(("R", "AL"))


def has_mark(text: str) -> bool:
    """True when ``text`` holds a combining mark (a vowel sign, the hamza of هٔ)."""
    return any(unicodedata.combining(c) for c in text)


def for_poppler(word: str) -> str:
    """``word`` (logical order) as poppler wants its /ActualText: backwards."""
    return word[::-1]


def for_pdfium(word: str) -> str:
    """``word`` (logical order) as PDFium wants its /ActualText: each run of right-to-left
    letters backwards, everything else (the marks) where it is."""
    spelled, run = [], []
    for char in word:
        if unicodedata.bidirectional(char) in _RIGHT_TO_LEFT:
            run.append(char)
            continue
        spelled += [*reversed(run), char]
        run = []
    return "".join([*spelled, *reversed(run)])


def opening(word: str, property_name: str) -> list[Operation]:
    """The two ``BDC`` that open a word's spans (``property_name``: the page's /Properties
    entry holding :func:`for_pdfium`'s text, see :func:`property_list`)."""
    inline = b"<</ActualText " + pdf_text(for_poppler(word)) + b">>"
    return [([b"/Span", inline], b"BDC"), ([b"/Span", b"/" + property_name.encode()], b"BDC")]


CLOSING: list[Operation] = [([], b"EMC"), ([], b"EMC")]


def pdf_text(text: str) -> bytes:
    """``text`` as a PDF hex string in UTF-16 with its byte order mark."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"
