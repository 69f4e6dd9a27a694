"""Cross-script name keys: one "skeleton" for every spelling of a personal name.

Officers search for Afghan and Pakistani people whose names are written many ways, in
Latin script (Mohammad, Muhammad, Mohammed, Md.) and in Arabic script (محمد).  A name
key keeps the consonant skeleton, which survives transliteration, and drops what does
not: short vowels are not written in Arabic script, and long vowels and the glides
w/y are spelled every which way in Latin script.

Keys use only ``a-z`` plus ``S`` (sh, ش) and ``C`` (ch, چ); ``x`` means kh (خ).  A
key is for *matching*, never for display.  Rules are applied after :func:`fold` and
:func:`~index.text.keyboards.keyboard_fold` (a name typed on a Dari, Pashto or Urdu keyboard
has one key).

Known collisions (the price of a skeleton): a name and its -i surname (Rahim/Rahimi,
Sultan/Sultani, Mohammad/Mohammadi), names differing only in vowels or glides
(Nawid/Nadia = "nd", Karim/Kareema), consonants repeated across a vowel (Babak/Bak),
and English words with a name's skeleton (Noori/never = "nr").  Latin words ending in
-ola/-ula/-ella/-illa (Nicola, Camilla) get the Allah suffix.  Known misses: Urdu
aspirates spelled dh (Chaudhry vs چودھری), th for ث (Uthman vs عثمان), ښ said kh
(Pakhtun vs پښتون), names written as two words in one script and one in the other.
"""

from __future__ import annotations

import re

from index.text.keyboards import keyboard_fold
from index.text.normalize import fold

# --- Latin script ---------------------------------------------------------------------
# Digraphs first, left to right, so "kh" is one sound, not k + h.  "x" in the key means
# kh (خ); a written x is "ks" so it cannot pose as kh.  dh is ذ/ض (Ramadhan/رمضان, said
# "z" in Dari/Pashto), th is ت/ث-as-t, ck is k.
_DIGRAPHS = {
    "kh": "x",
    "gh": "g",
    "sh": "S",
    "ch": "C",
    "zh": "z",
    "ph": "f",
    "th": "t",
    "ck": "k",
    "dh": "z",
    "x": "ks",
}
_DIGRAPH_RE = re.compile("|".join(_DIGRAPHS))
# q and c are k (Qasim/Kasim, both ق); w and v are one letter (Wahid/Vahid, both و).
_LATIN_SINGLE = str.maketrans("qcw", "kkv")
# Not at the start: vowels are dropped (Arabic script leaves short vowels unwritten and
# long ones are spelled a/aa/e/ee/i/o/oo/u/ou), and so are y and v/w, which are the
# long vowels ی and و in Arabic script (Husayn/حسین, Nawid/نوید).
_LATIN_DROP = re.compile("[aeiouyv]")
# -ullah/-ollah/-ulla/-ulah/-allah (Abdullah, Hedayatullah, Saifulla): see _ALLAH_KEY.
_LATIN_ALLAH = re.compile("[aeiou]?(?:ll|[uo]l)ah?$")

# --- Arabic script ----------------------------------------------------------------------
# After fold (ي→ی, ك→ک, ة→ه, hamza seats → bare letter) and keyboard_fold (the Pashto and
# Urdu letters a Dari keyboard lacks → their stand-ins: ګ→گ, ښ→ش, ډ ڈ→د, ۍ ې ے→ی, ہ ھ→ه …),
# so a name typed on any of the three keyboards has one key.
_ARABIC_CONSONANTS = {
    **{"م": "m", "ح": "h", "ه": "h", "د": "d", "ق": "k", "ک": "k", "ك": "k"},
    **dict.fromkeys("سصث", "s"),
    **dict.fromkeys("زذضظژ", "z"),
    **dict.fromkeys("تط", "t"),
    **{"ب": "b", "پ": "p", "ن": "n", "ل": "l", "ر": "r", "ف": "f", "ج": "j"},
    **{"چ": "C", "ش": "S", "خ": "x", "غ": "g", "گ": "g"},
}
# Vowel carriers: "a" at the start of a word (Ahmad/احمد, Omar/عمر), silent elsewhere,
# just as Latin vowels are.  ع is unwritten in most Latin spellings (Saad/سعد).
_ARABIC_ALEF = frozenset("اآأإٱعء")
_ARABIC_WAW = frozenset("وؤۆۇۈ")  # "v" at the start (Wahid/واحد), silent elsewhere.
_ARABIC_YEH = frozenset("یيى")  # "y" at the start (Yusuf/یوسف), silent elsewhere.
_ARABIC_LETTERS = frozenset(_ARABIC_CONSONANTS) | _ARABIC_ALEF | _ARABIC_WAW | _ARABIC_YEH
# عبدالله, هدایت‌الله (ZWNJ already gone after fold), ﷲ (NFKC gives الله).
_ARABIC_ALLAH = re.compile("ا?لله$")

# Names ending in Allah get their own suffix, "ula": a skeleton would otherwise give
# Abdullah the key of Abdul ("abdl") and every "Abdul X" would match "Abdullah".  Keys
# never hold a vowel after the first letter, so "ula" cannot arise from other rules.
_ALLAH_KEY = "ula"

# Abbreviations and irregular spellings, looked up on the folded word with its
# non-letters removed ("Md." → "md").  Values are spellings whose key is used.
_ALIASES = {
    # Mohammad: Md./Mohd./Muhd./Mhd. are the usual abbreviations on Pakistani and
    # Bangladeshi papers; the rules alone would give "md" or "mhd".
    **dict.fromkeys(["md", "mohd", "muhd", "mhd", "mohmd"], "mohammad"),
    # Ghulam is abbreviated Gh. ("Gh. Mohammad").
    "gh": "ghulam",
    # Ishaq: "sh" here is س + ح, not ش (اسحاق); the digraph rule would give "aSk".
    **dict.fromkeys(["ishaq", "eshaq", "ishaaq", "ishak", "eshaque", "ishaque"], "اسحاق"),
}
# Mahmood (محمود) has the same skeleton as Mohammad (محمد), m-h-m-d; it is told apart by
# its long u (و), which only this name table can keep.
_FIXED_KEYS = dict.fromkeys(
    ["mahmood", "mahmud", "mahmoud", "mehmood", "mehmud", "mahmod", "mehmod", "محمود"],
    "mhmud",
)

_WORD_CHAR = r"[^\W\d_]|[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u200c\u200d]"
_WORD_RE = re.compile(rf"(?:{_WORD_CHAR})+(?:['’\-](?:{_WORD_CHAR})+)*")


def _finish(key: str) -> str:
    """Collapse runs of one letter (Hussain/Husain, محمّد) and drop one final h.

    The final h goes whatever its source: Latin spellings often omit it (Abdulla, Fatima
    for فاطمه) and cannot tell ه from ح (Saleh/صالح), so neither side may keep it.
    """
    key = re.sub(r"(.)\1+", r"\1", key)
    return key[:-1] if key.endswith("h") else key


def _latin_key(word: str) -> str:
    """Key of a folded Latin-script word holding only a-z."""
    word = _DIGRAPH_RE.sub(lambda m: _DIGRAPHS[m.group()], word).translate(_LATIN_SINGLE)
    head = "a" if word[0] in "aeiou" else word[0]
    return _finish(head + _LATIN_DROP.sub("", word[1:]))


def _arabic_key(word: str) -> str:
    """Key of a folded Arabic-script word holding only Arabic-script letters."""
    out = []
    for i, ch in enumerate(word):
        if ch in _ARABIC_CONSONANTS:
            out.append(_ARABIC_CONSONANTS[ch])
        elif i == 0:
            out.append("a" if ch in _ARABIC_ALEF else "v" if ch in _ARABIC_WAW else "y")
    return _finish("".join(out))


def _skeleton(letters: str, arabic: bool) -> str:
    """Key of a word already reduced to the letters of one script, Allah suffix included."""
    allah = (_ARABIC_ALLAH if arabic else _LATIN_ALLAH).search(letters)
    if allah:
        stem = letters[: allah.start()]
        return (_skeleton(stem, arabic) if stem else "") + _ALLAH_KEY
    return _arabic_key(letters) if arabic else _latin_key(letters)


def name_key(word: str) -> str:
    """The cross-script key of one name word; "" if it has no Latin or Arabic letters
    or has a digit.

    >>> name_key("Muhammad") == name_key("Md.") == name_key("محمد")
    True
    """
    folded = keyboard_fold(fold(word))
    # A word with a digit is a reference (AFG-2024-00137, P04417730), never a name: its
    # letters alone ("afg") would make every case number match every other.
    if any(ch.isdigit() for ch in folded):
        return ""
    latin = "".join(ch for ch in folded if "a" <= ch <= "z")
    arabic = "".join(ch for ch in folded if ch in _ARABIC_LETTERS)
    is_arabic = len(arabic) > len(latin)
    letters = arabic if is_arabic else latin
    if not letters:
        return ""
    if letters in _FIXED_KEYS:
        return _FIXED_KEYS[letters]
    if letters in _ALIASES:
        return name_key(_ALIASES[letters])
    return _skeleton(letters, is_arabic)


def name_keys(text: str) -> list[str]:
    """The keys of the words of ``text``, in order, skipping words without a key.

    Words are runs of letters of any script, with their combining marks (harakat) and
    ZWNJ, and with inner apostrophes or hyphens (Sa'id, Abd-ur-Rahman).
    """
    keys = (name_key(m.group()) for m in _WORD_RE.finditer(text))
    return [key for key in keys if key]
