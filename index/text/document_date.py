"""A document's own date: the day written on it, not the day it was scanned or exported.

A PDF's or Word file's creation date is the day someone made the file — often a scan or an
export years after the letter — so the date is read from the first page first, by these
rules in order, and the file's own date only when the page gives none:

1. ``content:label`` — a date after a label of its own: ``Date: 3 March 2021``,
   ``Dated 03/03/2021``, ``تاریخ: ۱۲/۰۳/۲۰۲۱``, ``نېټه: …``;
2. ``content:head`` — a date in the letter's head (its first lines), alone on its line or
   after a place: ``Kabul, 3 March 2021``;
3. ``content:page`` — the most prominent date on the page: one written more than once,
   or one that ends its line after a name or place (a signature: ``Herat, 05/04/2024``)
   or ends a line of three words or fewer — the most repeated of them, else the first.
   A date after another label (``Date and time: …`` of an appointment), in brackets or
   inside a sentence is not one;
4. ``metadata`` — the date the file itself records (for an email, its ``Date:`` header,
   which is the day it was sent, comes first).

A date labelled as a birth date (``Date of birth``, ``DOB``, ``born``, ``تاریخ تولد``) or an
expiry (``expires``, ``valid until``, ``انقضا``) is never the document's date, nor is a day
after today (the day it is added) or before 1900.  Dates are read by
:data:`DATE_READERS`, one per calendar: Gregorian, and Solar Hijri (``تاریخ: ۱۴۰۲/۰۷/۱۵``,
``Kabul, 15 Mizan 1402``), which is kept as the Gregorian day it is (2023-10-07), so
``date:2023-10`` finds the letter.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from index.text.references import FoundDate, find_dates, find_solar_hijri_dates

LABELLED, HEAD, FIRST_PAGE = "content:label", "content:head", "content:page"
METADATA, EDITED = "metadata", "edited"

# Each reader finds the dates of one calendar in a text, as ISO Gregorian dates with their
# places (index.text.references: find_dates, the Gregorian calendar; find_solar_hijri_dates).
DATE_READERS: tuple[Callable[[str], Sequence[FoundDate]], ...] = (
    find_dates,
    find_solar_hijri_dates,
)

# A page is read this far: a letter's date is near its top, and a long text file (one
# "page") should not cost more than a page.
_PAGE_CHARS = 6000
_HEAD_LINES = 15
# A label of the document's own date, at the start of its line or after a gap, a separator
# or a reference number ("Ref. HR/0288 Date: …"), not after a word ("Interview date: …").
_LABEL = re.compile(
    r"(?:^|\s{2,}|\t|[|;,،.]|\d\S*\s)\s*"
    r"(?:date|dated|date of (?:letter|issue|writing|intake)|letter date|issue date|issued on"
    r"|تاریخ|تاريخ|نېټه|نیټه|نیته)"
    r"\s*[:：\-–—.]*\s*$",
    re.IGNORECASE,
)
# Words before a date that make it someone's birth date or an expiry, not the document's.
_NOT_ITS_DATE_BEFORE = re.compile(
    r"(?:birth|\bd\.?\s?o\.?\s?b\b|\bborn\b|\bb\.|expir|valid\s+(?:until|till|to|through|thru)"
    r"|تولد|زیږیدو|زیږېدو|پیدائش|انقضا|اعتبار)",
    re.IGNORECASE,
)
# A label belongs to the date in its own clause: "He was born in Herat. Date: …" is dated.
_CLAUSE_END = re.compile(r"(?<!\bb)[.;!?؛]\s+")
_CLAUSE_CHARS = 40
# …and after it, as Dari and Pashto put the verb last ("… ۲۰/۰۱/۲۰۲۴ ختم شده").
_NOT_ITS_DATE_AFTER = re.compile(r"^\W{0,3}(?:ختم|منقضی|پای ته|expir)", re.IGNORECASE)
# A place before a date in a letter's head: one to four words, then a comma.
_PLACE = re.compile(r"^[^\W\d_][^\W\d_.'’-]*(?:[\s.'’-]+[^\W\d_]+){0,3}\s*[,،]$")
# A date that is some field's value ("Date and time: …", "Interview: …").
_FIELD = re.compile(r"[^\W\d_][^:：\n]{0,40}[:：]\s*$")
# What stands before a signature's date: "Name — ", "Place, ".
_SIGNATURE_END = re.compile(r"[—–\-,،]\s*$")
_SHORT_LINE_WORDS = 3
_LABEL_CHARS = 60
_LINE = re.compile(r"[^\r\n]*[^\s][^\r\n]*")  # a line with something on it
_BREAK = re.compile(r"[\r\n]")
_PUNCTUATION = " \t.,;:-–—()[]،"


@dataclass(frozen=True)
class ChosenDate:
    """A document's date (ISO, or empty) and where it came from (one of the rule names
    above, ``edited`` once a person set it, or empty when there is none)."""

    value: str
    source: str


@dataclass(frozen=True)
class _Candidate:
    """A date on the page: its line's number, the text since the date before it (or the
    line's start; with the line above when that ends in a label) and the rest of its line."""

    value: str
    line: int
    before: str
    head: str
    tail: str


def document_date(
    first_page: str, file_date: str, *, today: date, file_date_first: bool = False
) -> ChosenDate:
    """The date of a document whose first page reads ``first_page`` and whose file says
    ``file_date`` (ISO or empty); ``file_date_first`` for formats whose own date is the
    document's (an email's ``Date:``)."""
    own = file_date if _acceptable(file_date, today) else ""
    if own and file_date_first:
        return ChosenDate(own, METADATA)
    found = [c for c in _candidates(first_page[:_PAGE_CHARS]) if _acceptable(c.value, today)]
    for rule, pick in ((LABELLED, _labelled), (HEAD, _in_head), (FIRST_PAGE, _prominent)):
        value = pick(found)
        if value:
            return ChosenDate(value, rule)
    return ChosenDate(own, METADATA if own else "")


def checked_date(text: str, today: date) -> str:
    """``text`` as an ISO date if it is one a document can have (1900 to today), else ``""``."""
    return text if _acceptable(text, today) else ""


def _acceptable(value: str, today: date) -> bool:
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10 and date(1900, 1, 1) <= day <= today


def _candidates(page: str) -> Iterator[_Candidate]:
    """Every date on the page that is not labelled a birth date or an expiry."""
    dates = _dates_by_line(page)
    previous = ""
    for number, line_match in enumerate(_LINE.finditer(page)):
        line, start = line_match.group(), line_match.start()
        on_line = dates.get(start, [])
        for i, found in enumerate(on_line):
            begin, end = found.start - start, found.end - start
            before = line[on_line[i - 1].end - start if i else 0 : begin]
            if not before.strip(_PUNCTUATION) and previous.rstrip().endswith(":"):
                before = previous + " " + before  # "Date of birth:" on the line above
            if not _someone_elses(before, line[end:]):
                yield _Candidate(found.value, number, before, line[:begin], line[end:])
        previous = line


def _dates_by_line(page: str) -> dict[int, list[FoundDate]]:
    """The dates of the page (read once for the page, not line by line), by the offset of
    the line they stand on; one written across two lines is left out."""
    starts = [m.start() for m in _LINE.finditer(page)]
    by_line: dict[int, list[FoundDate]] = {}
    found = sorted((d for read in DATE_READERS for d in read(page)), key=lambda d: d.start)
    for date_found in found:
        line_start = starts[bisect_right(starts, date_found.start) - 1] if starts else -1
        if line_start >= 0 and not _BREAK.search(page, date_found.start, date_found.end):
            by_line.setdefault(line_start, []).append(date_found)
    return by_line


def _is_field(before: str) -> bool:
    """True for a date that is the value of some field ("Date and time: …")."""
    return before.rstrip().endswith((":", "：")) and bool(_FIELD.search(_end(before)))


def _end(text: str) -> str:
    """The end of ``text``, where a label stands: the patterns that end in ``$`` would try
    every position of a long paragraph otherwise (a cut is marked, so ``^`` cannot match)."""
    return text if len(text) <= _LABEL_CHARS else "\0" + text[-_LABEL_CHARS:]


def _someone_elses(before: str, tail: str) -> bool:
    """True for a birth date or an expiry (by the words around it)."""
    clause = _CLAUSE_END.split(before[-4 * _CLAUSE_CHARS :])[-1][-_CLAUSE_CHARS:]
    return bool(_NOT_ITS_DATE_BEFORE.search(clause) or _NOT_ITS_DATE_AFTER.match(tail))


def _labelled(found: list[_Candidate]) -> str:
    return next((c.value for c in found if _LABEL.search(_end(c.before))), "")


def _in_head(found: list[_Candidate]) -> str:
    for c in found:
        alone = not c.head.strip(_PUNCTUATION) or _PLACE.match(c.head.strip())
        if c.line < _HEAD_LINES and alone and not c.tail.strip(_PUNCTUATION):
            return c.value
    return ""


def _prominent(found: list[_Candidate]) -> str:
    free = [c for c in found if not _is_field(c.before)]
    counts = Counter(c.value for c in free)
    standing = [c for c in free if counts[c.value] > 1 or _ends_its_line(c)]
    most = max((counts[c.value] for c in standing), default=0)
    return next((c.value for c in standing if counts[c.value] == most), "")


def _ends_its_line(c: _Candidate) -> bool:
    """A date at the end of a short line, or after a name or place (a signature); not one
    in brackets (the date of something else, "intake note (12/02/2024)")."""
    if c.tail.strip(_PUNCTUATION) or c.head.rstrip().endswith("("):
        return False
    return bool(_SIGNATURE_END.search(c.head)) or len(c.head.split()) <= _SHORT_LINE_WORDS
