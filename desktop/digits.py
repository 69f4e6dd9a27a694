"""Persian digits (۰۱۲۳۴۵۶۷۸۹) in the numbers the window shows in Dari and Pashto.

An option (Settings ▸ Persian digits, kept under :data:`DIGITS_KEY`), off by default,
and only in effect while the interface is in Dari or Pashto.  Only what is shown is
written so: stored data, case ids, passport numbers and what is typed into the search
keep their Latin digits (the search folds both kinds of digits anyway).  No Qt here.
"""

from __future__ import annotations

from desktop.languages import DARI, PASHTO

DIGITS_KEY = "interface/digits"
PERSIAN, LATIN = "persian", "latin"
_TO_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
# [wanted by the person, the interface's language uses them]
_state = [False, False]


def want(persian: bool) -> None:
    """Persian digits were chosen (True) or not, in Settings."""
    _state[0] = persian


def for_language(code: str) -> None:
    """The interface is now in ``code``: Persian digits apply only to Dari and Pashto."""
    _state[1] = code in (DARI, PASHTO)


def in_use() -> bool:
    """True when numbers are shown in Persian digits now."""
    return all(_state)


def number(value: int | str) -> str:
    """``value`` as the window shows a number: Persian digits when in use, else as it is."""
    text = str(value)
    return text.translate(_TO_PERSIAN) if in_use() else text
