"""Guess the language of a document's text from its script and distinctive letters.

The archive holds English, Dari/Persian, Pashto, Urdu and Arabic.  The four Arabic-script
languages share most letters; each has a few of its own, and those decide:

* Pashto: ټ ډ ړ ږ ښ ځ څ ې ۍ ګ ڼ
* Urdu: ٹ ڈ ڑ ں ھ ے ۓ, and ہ (heh goal), which Urdu uses for nearly every h
* Persian: پ چ ژ گ, with the Persian forms ی and ک
* Arabic: ة and the Arabic forms ي and ك, without the Persian letters

Latin script is taken to be English.  Only the first :data:`SAMPLE_CHARS` characters are
looked at, after NFKC (PDF readers return Arabic presentation forms, which NFKC maps
back to letters).
"""

from __future__ import annotations

import unicodedata
from collections import Counter

SAMPLE_CHARS = 20_000
# Each of two scripts above this share of the letters makes the text "mixed".
MIXED_SHARE = 0.2

LANGUAGE_NAMES = {
    "en": "English",
    "fa": "Dari/Persian",
    "ps": "Pashto",
    "ur": "Urdu",
    "ar": "Arabic",
    "mixed": "Mixed",
    "other": "Other",
}

_PASHTO = frozenset("ټډړږښځڅېۍګڼ")
_URDU = frozenset("ٹڈڑںھےۓہ")
_PERSIAN = frozenset("پچژگ")
_PERSIAN_FORMS = frozenset("یک")  # U+06CC, U+06A9
_ARABIC = frozenset("ةيكى")  # U+0629, U+064A, U+0643, U+0649
_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFEFF))


def _script(ch: str) -> str:
    """ "latin", "arabic" or "other" for a letter."""
    code = ord(ch)
    if any(lo <= code <= hi for lo, hi in _ARABIC_RANGES):
        return "arabic"
    if ch.isascii() or 0x00C0 <= code <= 0x024F or 0x1E00 <= code <= 0x1EFF:
        return "latin"
    return "other"


def _arabic_language(letters: Counter[str]) -> str:
    """Which Arabic-script language the letter counts point to: ps, ur, ar or fa."""

    def count(chars: frozenset[str]) -> int:
        return sum(letters[ch] for ch in chars)

    pashto, urdu = count(_PASHTO), count(_URDU)
    if pashto or urdu:
        return "ps" if pashto >= urdu else "ur"
    # Persian letters weigh more than the ی/ک forms: Persian typed on an Arabic keyboard
    # has ي/ك but still has پ چ ژ گ, which Arabic never writes.
    persian = 5 * count(_PERSIAN) + count(_PERSIAN_FORMS)
    return "ar" if count(_ARABIC) > persian else "fa"


def detect_language(text: str) -> str:
    """The language code of ``text`` (a key of :data:`LANGUAGE_NAMES`), "" if no letters."""
    sample = unicodedata.normalize("NFKC", text[:SAMPLE_CHARS])
    letters = Counter(ch for ch in sample if ch.isalpha())
    total = sum(letters.values())
    if not total:
        return ""
    scripts: Counter[str] = Counter()
    for ch, n in letters.items():
        scripts[_script(ch)] += n
    latin, arabic = scripts["latin"] / total, scripts["arabic"] / total
    if latin > MIXED_SHARE and arabic > MIXED_SHARE:
        return "mixed"
    top = scripts.most_common(1)[0][0]
    if top == "latin":
        return "en"
    if top == "arabic":
        return _arabic_language(letters)
    return "other"
