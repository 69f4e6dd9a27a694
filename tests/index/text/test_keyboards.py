"""The keyboard table: each Pashto or Urdu letter meets the letter a Dari keyboard types for it,
in the second tier only — the exact tier keeps the spellings apart."""

from __future__ import annotations

import pytest

from index.text.keyboards import STAND_INS, keyboard_fold
from index.text.normalize import fold

# (as written with the Pashto or Urdu letter, as typed on a Dari/Persian keyboard)
PAIRS = [
    ("ګل", "گل"),  # Gul
    ("مکۍ", "مکی"),  # Makai
    ("زرغونې", "زرغونی"),  # Zarghone
    ("پښتون", "پشتون"),
    ("ځدراڼ", "زدران"),  # Zadran
    ("ډاکټر", "داکتر"),
    ("ړوند", "روند"),
    ("وږمه", "وژمه"),
    ("څمکني", "چمکنی"),  # Chamkani
    ("ڈاکٹر", "داکتر"),  # Urdu retroflex letters
    ("گاڑی", "گاری"),
    ("گلالے", "گلالی"),  # Urdu yeh barree
    ("شاہ", "شاه"),  # Urdu heh goal
    ("چودھری", "چودهری"),  # Urdu heh doachashmee
    ("جہاں", "جهان"),  # Urdu noon ghunna
]


@pytest.mark.parametrize(("written", "typed"), PAIRS)
def test_each_spelling_folds_onto_the_dari_keyboards(written: str, typed: str) -> None:
    """GIVEN a word written with Pashto or Urdu letters and as a Dari keyboard types it
    WHEN folded THEN the exact tier keeps them apart AND the keyboard tier makes them one,
    whichever of the two is typed."""
    assert fold(written) != fold(typed)
    assert keyboard_fold(fold(written)) == keyboard_fold(fold(typed)) == fold(typed)


def test_every_stand_in_is_a_letter_a_dari_keyboard_has() -> None:
    """GIVEN the table WHEN its stand-ins are looked at THEN none is itself folded again
    (each is on the Persian keyboard) and Latin words are left alone."""
    assert all(keyboard_fold(letter) == letter for letter in STAND_INS.values())
    assert keyboard_fold("zarghona") == "zarghona"
