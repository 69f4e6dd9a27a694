"""The words a letter's filters write in: the template's language, not the window's.

A template says its language (``language = "fa-AF"``, ``"ps"`` or ``"en"``, the default) and
its digits (``digits = "persian"`` or ``"latin"``, the default) in its metadata.  Dates
written out take their month names and phrases from :class:`DateWords` - the same words
the window and the command line use (marked in :mod:`desktop.ui.date_words`, context
``DateWords``, and read here from the ``.ts`` catalogues without Qt, as the engine's English
words) - so a Dari letter says "حدود ۱۹۸۵" as the case form does.
The few words only letters need (yes, no, "and" in a list, the calendars' marks) are here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, partial

from desktop import ts_catalogue
from desktop.languages import DARI, ENGLISH, PASHTO
from index.cases.partial_date import ENGLISH as ENGLISH_DATES
from index.cases.partial_date import DateWords

# A template's language as its metadata writes it -> our language code (desktop.languages).
LANGUAGES = {"en": ENGLISH, "fa-AF": DARI, "fa_AF": DARI, "fa": DARI, "ps": PASHTO}
DIGITS = ("latin", "persian")
CHOICES = "CaseChoices"  # the catalogue context of a case's standard values
_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@dataclass(frozen=True)
class LetterWords:
    """How one template writes dates, ages, yes and no, lists and numbers."""

    code: str = ENGLISH  # our language code: "en", "fa_AF" or "ps"
    dates: DateWords = field(default=ENGLISH_DATES)
    persian_digits: bool = False
    yes: str = "yes"
    no: str = "no"
    comma: str = ", "
    last_and: str = " and "
    # A day in both calendars: the letter's own first (Afghan letters lead with Solar Hijri).
    both: str = "{gregorian} ({solar})"
    solar_day: str = "{day} {month} {year}"
    page_of: str = "Page {page} of {pages}"  # the PDF's footer

    @property
    def right_to_left(self) -> bool:
        """True for Dari and Pashto."""
        return self.code in (DARI, PASHTO)

    def word(self, english: str) -> str:
        """One of the letterhead's words (:data:`LETTER_WORDS`) in this language."""
        return LETTER_WORDS.get(english, {}).get(self.code, english)

    def case_word(self, value: str) -> str:
        """A case's standard value (a relationship, need, deadline kind, status) in this
        language, as the window shows it (context ``CaseChoices``); anything else as typed."""
        return value if self.code == ENGLISH else ts_catalogue.lookup(self.code, CHOICES, value)

    def number(self, text: object) -> str:
        """``text`` with its digits as the template asks (Persian ۰۱۲… or Latin)."""
        written = str(text)
        return written.translate(_PERSIAN_DIGITS) if self.persian_digits else written


ENGLISH_WORDS = LetterWords()
# Afghan usage: Dari بلی / نخیر and the mark هـ ش; Pashto هو / نه and لمریز (glossary).
_OWN_WORDS = {
    DARI: {
        "yes": "بلی",
        "no": "نخیر",
        "comma": "، ",
        "last_and": " و ",
        "both": "{solar} هـ ش ({gregorian})",
        "page_of": "صفحهٔ {page} از {pages}",
    },
    PASHTO: {
        "yes": "هو",
        "no": "نه",
        "comma": "، ",
        "last_and": " او ",
        "both": "{solar} لمریز ({gregorian})",
        "page_of": "{page} مخ له {pages}",
    },
}


# The words of the shipped letterhead and signature (the ``letter_word`` filter).
LETTER_WORDS = {
    "Tel.": {DARI: "تیلفون:", PASHTO: "ټیلیفون:"},
    "Email:": {DARI: "ایمیل:", PASHTO: "برېښنالیک:"},
}


def code_of(language: str) -> str:
    """Our language code for a template's ``language`` (ValueError if we have none)."""
    try:
        return LANGUAGES[language.strip()]
    except KeyError:
        known = ", ".join(k for k in LANGUAGES if k not in ("fa_AF", "fa"))
        raise ValueError(f"language must be one of {known}, not {language!r}") from None


@cache
def words_for(code: str, digits: str = "latin") -> LetterWords:
    """The words of a template in language ``code`` ("en", "fa_AF", "ps") with ``digits``."""
    persian = digits == "persian"
    if code == ENGLISH:
        return LetterWords(persian_digits=persian)
    dates = _date_words(partial(ts_catalogue.lookup, code, "DateWords"))
    return LetterWords(code=code, dates=dates, persian_digits=persian, **_OWN_WORDS[code])


def _date_words(translate: Callable[[str], str]) -> DateWords:
    """The engine's words of a date (:data:`ENGLISH_DATES`), each through ``translate``."""
    english = ENGLISH_DATES
    return DateWords(
        months=tuple(map(translate, english.months)),
        solar_months=tuple(map(translate, english.solar_months)),
        about=translate(english.about),
        solar_year=translate(english.solar_year),
        solar_month=translate(english.solar_month),
    )
