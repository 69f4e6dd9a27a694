"""Both keyboards: the letters a Pashto or Urdu keyboard types, folded onto what a Dari
(Persian) keyboard types instead.

A Pashto name is often typed on a Dari/Persian keyboard, which has no key for the
Pashto-only letters: ګل مکۍ is typed گل مکی.  A Pakistani office types the same name on
an Urdu keyboard, with Urdu's own letters for the sounds Persian lacks.  Search therefore
has a second, *keyboard-folded* tier (:func:`keyboard_fold`, applied after
:func:`index.text.normalize.fold`) where each such letter is replaced by its usual
stand-in; the exact spelling keeps its own tier and ranks first.

The table, and where it comes from:

* The Persian layouts most keyboards in Afghanistan and Pakistan carry — ISIRI 9147, which
  Windows' "Persian (Standard)" follows, and its xkeyboard-config form ``ir(pes)``, read on
  this machine — type none of ګ ښ ډ ټ ړ ڼ ږ څ ځ ې ۍ.  The Afghan layout of the 2002
  "Computer Locale Requirements for Afghanistan" (xkeyboard-config ``af``) has them on the
  third level (AltGr) of the key of their stand-in — ښ on ش, ټ on ت, ډ on د, ړ on ر, ڼ on
  ن, ګ on گ, ږ on ز, څ on چ, ځ on ج — so without AltGr that key's own letter is typed.
  Windows also has a "Pashto (Afghanistan)" layout, which must be installed and learnt.
* Each stand-in is the Persian letter the Pashto one is built on (a ring or dots added:
  Wikipedia's *Pashto alphabet*, which also notes that g is written ګ or گ; R. Ishida's
  *Pashto orthography notes*), and is how Dari spells Pashto names: پښتون/پشتون,
  ځدراڼ/زدران (Zadran), څمکني/چمکنی (Chamkani), ګل/گل.  So ځ (dz) → ز as Dari spells it
  (not the layout's ج), څ (ts) → چ, ږ (zh/g) → ژ.
* ښ is said sh in the south and kh in the north (Peshawar): a Dari keyboard types ش
  (پشتون), an Urdu writer often خ (پختون) — only ش is folded, so پختون does not find
  پښتون here (the name keys do not either).
* The Urdu keyboards (xkeyboard-config ``pk``, Windows "Urdu") type ٹ ڈ ڑ ں ے ہ ھ ۃ
  and none of the Pashto letters: their retroflex letters fold with Pashto's onto the
  Persian ones (ٹ ټ → ت, ڈ ډ → د, ڑ ړ → ر, ں ڼ → ن), Urdu's final yeh ے ۓ and Pashto's
  ې ۍ onto ی, and Urdu's heh forms ہ ھ ۃ ۂ onto ه.

Letters that are only a different *encoding* of one letter (Arabic ي ك ة, hamza seats
such as ئ) are folded earlier, in :func:`~index.text.normalize.fold`, and match exactly.
"""

from __future__ import annotations

from functools import lru_cache

# Pashto- or Urdu-keyboard letter → what a Dari/Persian keyboard types for it.
STAND_INS: dict[str, str] = {
    # Pashto
    "ګ": "گ",  # gaf with ring
    "ښ": "ش",
    "ږ": "ژ",
    "ډ": "د",
    "ټ": "ت",
    "ړ": "ر",
    "ڼ": "ن",
    "څ": "چ",
    "ځ": "ز",
    "ې": "ی",
    "ۍ": "ی",
    # Urdu
    "ٹ": "ت",
    "ڈ": "د",
    "ڑ": "ر",
    "ں": "ن",
    "ے": "ی",
    "ۓ": "ی",
    "ہ": "ه",
    "ھ": "ه",
    "ۃ": "ه",
    "ۂ": "ه",
}
_TABLE = str.maketrans(STAND_INS)


@lru_cache(maxsize=1 << 15)
def keyboard_fold(folded: str) -> str:
    """``folded`` (a word after :func:`~index.text.normalize.fold`) as a Dari/Persian
    keyboard types it: ``ګلمکۍ`` → ``گلمکی``.  Latin words come back unchanged."""
    return folded if folded.isascii() else folded.translate(_TABLE)
