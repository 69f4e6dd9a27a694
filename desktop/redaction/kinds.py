"""What can be redacted, and the values and patterns a case gives for each kind.

A value is found however it was typed: numbers with or without spaces, hyphens, dots
or slashes between their characters ("P00045201", "P 0004 5201"), with Persian or
Arabic-Indic digits, in any letter case; words with any punctuation or line breaks
between them; a date of birth however written, in either calendar (:mod:`.dates`).
Nothing here logs or prints a value.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.redaction.dates import date_pattern
from index.cases.model import Case
from index.errors import CaseDeskError

# Kind (as typed on the command line) → the case field it comes from.
KINDS = {
    "a-number": "a_number",
    "passport": "passport",
    "tazkira": "tazkira",
    "birth-date": "birth_date",
    "address": "location",
    "notes": "notes",
}
LABELS = {
    "a-number": "A-numbers",
    "passport": "Passport numbers",
    "tazkira": "Tazkira numbers",
    "birth-date": "Dates of birth",
    "address": "Addresses (the case's current location)",
    "notes": "Confidential notes",
}
MARKER = "█████ [redacted]"
_PERSON_FIELDS = ("a_number", "passport", "tazkira")
_SEPARATORS = r"[\s\-./_]*"
_DIGIT_FORMS = {str(d): f"{d}{chr(0x6F0 + d)}{chr(0x660 + d)}" for d in range(10)}


class RedactionError(CaseDeskError):
    """Redaction was asked for something unknown, or could not be guaranteed."""


def redaction_kinds() -> list[tuple[str, str]]:
    """Every kind that can be redacted with its label, in the order to offer them."""
    return list(LABELS.items())


def checked_kinds(kinds: Iterable[str]) -> tuple[str, ...]:
    """``kinds`` cleaned (lower case, each once, in the usual order); unknown ones refused."""
    given = {k.strip().lower() for k in kinds if k.strip()}
    unknown = sorted(given - set(KINDS))
    if unknown:
        raise RedactionError(
            "Cannot redact {unknown}: choose from {kinds}.",
            unknown=", ".join(unknown),
            kinds=", ".join(KINDS),
        )
    return tuple(k for k in KINDS if k in given)


def parse_kinds(text: str) -> tuple[str, ...]:
    """A comma-separated list of kinds ("passport,a-number"), checked."""
    return checked_kinds(text.split(","))


def redacted_fields(kinds: Iterable[str]) -> set[str]:
    """The case fields (``Case.confidential`` names) the kinds cover."""
    return {KINDS[k] for k in checked_kinds(kinds)}


@dataclass(frozen=True)
class Redaction:
    """The kinds chosen and the patterns that find their values (never shown).

    ``numbers`` are the identity numbers among the values (passport, A-number, tazkira)
    as letters and digits only, upper case and ASCII digits: what OCR's readings are
    matched against approximately (:mod:`desktop.redaction.approximate`).
    """

    kinds: tuple[str, ...] = ()
    patterns: tuple[re.Pattern[str], ...] = ()
    numbers: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where values are in ``text`` (start, end), overlapping ones merged."""
        found = sorted(
            m.span() for p in self.patterns for m in p.finditer(text) if m.end() > m.start()
        )
        merged: list[tuple[int, int]] = []
        for start, end in found:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged

    def replace(self, text: str) -> str:
        """``text`` with every value replaced by the visible marker."""
        for pattern in self.patterns:
            text = pattern.sub(MARKER, text)
        return text


def redaction_for(case: Case, kinds: Iterable[str]) -> Redaction:
    """The redaction of ``kinds`` for ``case``: one pattern per distinct value."""
    chosen = checked_kinds(kinds)
    patterns: dict[str, re.Pattern[str]] = {}
    for kind in chosen:
        for source in _patterns_of(case, KINDS[kind]):
            patterns.setdefault(source, re.compile(source, re.IGNORECASE))
    numbers = {
        compact_number(v)
        for kind in chosen
        if KINDS[kind] in _PERSON_FIELDS
        for p in case.people
        if (v := getattr(p, KINDS[kind]).strip())
    }
    return Redaction(chosen, tuple(patterns.values()), tuple(sorted(numbers)))


def _patterns_of(case: Case, field: str) -> list[str]:
    if field in _PERSON_FIELDS:
        return [number_pattern(v) for p in case.people if (v := getattr(p, field).strip())]
    if field == "birth_date":
        births = [p.birth_date.strip() for p in case.people if p.birth_date.strip()]
        return [date_pattern(b) or number_pattern(b) for b in births]
    if field == "location":
        return [words_pattern(case.location)] if case.location.strip() else []
    return [words_pattern(n.text) for n in case.notes if n.confidential and n.text.strip()]


def number_pattern(value: str) -> str:
    """A number however spaced or hyphenated, in any digits."""
    characters = [_ascii_digit(c) for c in value if c.isalnum()]
    return _SEPARATORS.join(_character(c) for c in characters)


def compact_number(value: str) -> str:
    """A number's letters and digits only, upper case, digits in ASCII ("p-0004 5201" →
    "P00045201")."""
    return "".join(_ascii_digit(c) for c in value if c.isalnum()).upper()


def words_pattern(value: str) -> str:
    """Words with anything that is not a letter or digit between them."""
    words = re.findall(r"\w+", unicodedata.normalize("NFKC", value))
    return r"[\W_]+".join("".join(_character(c) for c in w) for w in words)


def _ascii_digit(char: str) -> str:
    return str(unicodedata.digit(char)) if char.isdigit() else char


def _character(char: str) -> str:
    forms = _DIGIT_FORMS.get(_ascii_digit(char))
    return f"[{forms}]" if forms else re.escape(char)
