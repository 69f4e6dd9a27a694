"""Normalisation of text before it is stored, indexed or compared.

Two levels:

* :func:`normalize_text` is applied to every extracted page before it is stored: NFKC
  (PDF readers often return Arabic *presentation forms*, U+FB50–U+FEFF, which NFKC
  maps back to letters), line endings unified, control characters dropped.  The text
  stays readable: letters, digits and spacing are kept.
* :func:`fold` is the search folding, applied to each word at index and query time:
  case folded, Arabic/Persian letter variants unified (ي→ی, ك→ک, ة→ه, hamza seats),
  diacritics and tatweel removed, zero-width joiners and non-joiners removed (a word
  written with or without ZWNJ is the same word), Persian and Arabic-Indic digits
  folded to ASCII.  Letters of Pashto and Urdu that a Dari keyboard lacks (ګ ښ ې ۍ,
  ے ہ ھ …) are kept: they match their stand-ins in a second tier, ranked below the
  exact spelling (:mod:`index.text.keyboards`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n{3,}")

_LETTERS = str.maketrans(
    {
        "ي": "ی",  # Arabic yeh → Persian yeh
        "ى": "ی",  # alef maksura
        "ك": "ک",  # Arabic kaf → Persian keheh
        "ة": "ه",  # teh marbuta
        "ۀ": "ه",  # heh with yeh above
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "ئ": "ی",
    }
)
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
# Zero-width characters and bidi controls: invisible, they must not split or change words.
_INVISIBLE = dict.fromkeys(
    map(
        ord,
        "\u200b\u200c\u200d\u200e\u200f\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\ufeff\u0640",
    ),
    None,
)


def normalize_text(text: str) -> str:
    """Clean extracted text for storage: NFKC, tidy whitespace, no control characters."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


@lru_cache(maxsize=1 << 15)
def fold(word: str) -> str:
    """Fold one word for matching: the same key for every way of writing it.

    Cached: the same words recur across an archive, and indexing folds every token.
    """
    if word.isascii():
        return word.lower()
    word = unicodedata.normalize("NFKC", word).casefold()
    word = word.translate(_INVISIBLE).translate(_LETTERS).translate(_DIGITS)
    decomposed = unicodedata.normalize("NFD", word)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)
