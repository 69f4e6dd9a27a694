"""Guess the language of a document's text from its script and distinctive letters.

The archive holds English, Dari/Persian, Pashto, Urdu and Arabic.  The four Arabic-script
languages share most letters; each has a few of its own, and those decide:

* Pashto: ټ ډ ړ ږ ښ ځ څ ې ۍ ګ ڼ
* Urdu: ٹ ڈ ڑ ں ھ ے ۓ, and ہ (heh goal), which Urdu uses for nearly every h
* Persian: پ چ ژ گ, with the Persian forms ی and ک
* Arabic: ة and the Arabic forms ي and ك, without the Persian letters

Latin script is English unless :func:`latin_language` finds another language of the
countries refugees are resettled to (German, French, Dutch, Portuguese, Spanish, Italian,
the Nordic languages, Turkish): text full of English function words is English at once;
other text goes to py3langid (a maintained fork of langid.py whose model ships in its
wheel; chosen by measurement, docs/FORMATS.md), which is loaded on first need only.
Only the first :data:`SAMPLE_CHARS` characters are looked at, after NFKC (PDF readers
return Arabic presentation forms, which NFKC maps back to letters).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache
from typing import Any

SAMPLE_CHARS = 20_000
# Each of two scripts above this share of the letters makes the text "mixed".
MIXED_SHARE = 0.2

LANGUAGE_NAMES = {
    "en": "English",
    "fa": "Dari/Persian",
    "ps": "Pashto",
    "ur": "Urdu",
    "ar": "Arabic",
    "de": "German",
    "fr": "French",
    "nl": "Dutch",
    "pt": "Portuguese",
    "es": "Spanish",
    "it": "Italian",
    "sv": "Swedish",
    "da": "Danish",
    "no": "Norwegian",
    "fi": "Finnish",
    "tr": "Turkish",
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
        return latin_language(sample)
    if top == "arabic":
        return _arabic_language(letters)
    return "other"


# Latin-script languages told apart from English: those of resettlement countries.
LATIN_LANGUAGES = ("en", "de", "fr", "nl", "pt", "es", "it", "sv", "da", "no", "fi", "tr")
# Words English writes often and the other languages above do not ("in", "was", "an",
# "is", "we" are German or Dutch words too).  Above this share of the words, text is English.
_ENGLISH_WORDS = frozenset(
    {
        "the", "and", "of", "to", "for", "that", "with", "this", "from", "have", "has",
        "will", "you", "your", "are", "be", "by", "which", "been", "were", "would", "our",
        "it", "not",
    }
)  # fmt: skip
ENGLISH_SHARE = 0.08
# Fewer words than this, or less confidence than that, keep the English label: names and
# numbers alone look like any language.
MIN_WORDS = 12
MIN_CONFIDENCE = 0.9
LATIN_SAMPLE = 2000
_WORD = re.compile(r"[^\W\d_]+")


def latin_language(text: str) -> str:
    """The code of the Latin-script language ``text`` is written in ("en" when unsure)."""
    words = _WORD.findall(text[: LATIN_SAMPLE * 2].lower())
    if len(words) < MIN_WORDS:
        return "en"
    english = sum(word in _ENGLISH_WORDS for word in words)
    if english >= ENGLISH_SHARE * len(words):
        return "en"
    code, confidence = _identifier().classify(" ".join(words)[:LATIN_SAMPLE])
    return str(code) if confidence >= MIN_CONFIDENCE else "en"


@cache
def _identifier() -> Any:
    """py3langid's identifier limited to :data:`LATIN_LANGUAGES` (about 2 s to load)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LATIN_LANGUAGES))
    return identifier
