"""The words a birth date or a day is written out in, in the interface's language.

:class:`index.cases.partial_date.DateWords` holds the month names and the few phrases
("about {date}", "{year} SH ({span})") a date is written with; the engine knows only the
English ones.  Here they are marked for ``lupdate`` (context ``DateWords``) and made in the
language of a ``translate`` (context, text) -> text.  No Qt: the window passes its
translator, the command line its own (as :mod:`desktop.ui.problem_words` does).  Dates to be
typed back (``1990-05-12``) and letters (written in their template's language) keep English.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.ts_catalogue import QT_TRANSLATE_NOOP
from index.cases.partial_date import DateWords

Translate = Callable[[str, str], str]

CONTEXT = "DateWords"
# The Gregorian months (index.cases.partial_date.MONTH_NAMES), then the Afghan Solar Hijri
# months as the engine writes them in Latin letters (index.text.solar_hijri.AFGHAN_MONTHS).
MONTHS = (
    QT_TRANSLATE_NOOP("DateWords", "January"),
    QT_TRANSLATE_NOOP("DateWords", "February"),
    QT_TRANSLATE_NOOP("DateWords", "March"),
    QT_TRANSLATE_NOOP("DateWords", "April"),
    QT_TRANSLATE_NOOP("DateWords", "May"),
    QT_TRANSLATE_NOOP("DateWords", "June"),
    QT_TRANSLATE_NOOP("DateWords", "July"),
    QT_TRANSLATE_NOOP("DateWords", "August"),
    QT_TRANSLATE_NOOP("DateWords", "September"),
    QT_TRANSLATE_NOOP("DateWords", "October"),
    QT_TRANSLATE_NOOP("DateWords", "November"),
    QT_TRANSLATE_NOOP("DateWords", "December"),
)
SOLAR_MONTHS = (
    QT_TRANSLATE_NOOP("DateWords", "Hamal"),
    QT_TRANSLATE_NOOP("DateWords", "Sawr"),
    QT_TRANSLATE_NOOP("DateWords", "Jawza"),
    QT_TRANSLATE_NOOP("DateWords", "Saratan"),
    QT_TRANSLATE_NOOP("DateWords", "Asad"),
    QT_TRANSLATE_NOOP("DateWords", "Sonbola"),
    QT_TRANSLATE_NOOP("DateWords", "Mizan"),
    QT_TRANSLATE_NOOP("DateWords", "Aqrab"),
    QT_TRANSLATE_NOOP("DateWords", "Qaws"),
    QT_TRANSLATE_NOOP("DateWords", "Jadi"),
    QT_TRANSLATE_NOOP("DateWords", "Dalw"),
    QT_TRANSLATE_NOOP("DateWords", "Hut"),
)
PHRASES = (
    QT_TRANSLATE_NOOP("DateWords", "about {date}"),
    QT_TRANSLATE_NOOP("DateWords", "{year} SH ({span})"),
    QT_TRANSLATE_NOOP("DateWords", "{month} {year} SH ({span})"),
)


def date_words(translate: Translate) -> DateWords:
    """The words of a date in the language of ``translate``."""
    about, solar_year, solar_month = (translate(CONTEXT, text) for text in PHRASES)
    return DateWords(
        months=tuple(translate(CONTEXT, name) for name in MONTHS),
        solar_months=tuple(translate(CONTEXT, name) for name in SOLAR_MONTHS),
        about=about,
        solar_year=solar_year,
        solar_month=solar_month,
    )
