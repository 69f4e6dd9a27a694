"""A document's title: its file's own title or name when they mean something, else its content.

``scan0001.pdf``, ``IMG_2034.jpg``, ``document(3).pdf``, a hash, ``untitled`` or a name of
only digits and dates says nothing; nor does the title a PDF producer writes
(``Microsoft Word - doc1.docx``).  In order:

1. ``metadata`` — the file's own title (PDF or Word properties, a web page's ``<title>``,
   an email's subject: an email keeps its subject whatever it says), when meaningful;
2. ``name`` — the file's name without its extension, when meaningful and written as a
   person names a document (``Ahmadzai employment letter``, ``نامه سفارت``);
3. ``content:subject`` — a ``Subject:`` / ``Re:`` / ``موضوع:`` line on the first page;
4. ``content:heading`` — the first heading-like line of the first page (short, not an
   address line of a letterhead, not a date, not a salutation), one naming a kind of
   document ("letter", "certificate", …) first; after a file name that is only a
   shorthand (``employment-letter``, ``intake_note``: lower case, joined by hyphens or
   underscores — in the name or in the file's own title), only a heading that names a kind
   of document — a letterhead's
   organisation says less than the shorthand;
5. ``name`` again, however little it says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from index.text.normalize import normalize_text
from index.text.references import find_dates, find_solar_hijri_dates

METADATA, NAME, SUBJECT, HEADING = "metadata", "name", "content:subject", "content:heading"

# Words that file names made by scanners, cameras, phones and office programs are built of.
_GENERIC_WORDS = """
    scan scanned scans scanner camscanner adobe img image images dsc dscn dcim pxl photo
    photos pic picture screenshot screen shot whatsapp wa document documents doc docs docx
    pdf file files untitled unnamed unknown new page pages copy of print printout output
    export download downloads attachment att microsoft word final draft version at am pm
    from and the jan january feb february mar march apr april may jun june jul july aug
    august sep sept september oct october nov november dec december
    سند اسکن تصویر عکس بدون عنوان جدید فایل
"""
_GENERIC = frozenset(_GENERIC_WORDS.split())
_LETTERS = re.compile(r"[^\W\d_]+")
_HASH = re.compile(r"[0-9a-f]{12,}")
# A file name written as a shorthand, not as a title: lower-case words joined by - or _.
_SHORTHAND = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")
_SEPARATORS = re.compile(r"[\s_\-]+")
# "Microsoft Word - doc1.docx", "Microsoft PowerPoint - x.pptx": the producer, then a file name.
_PRODUCER = re.compile(r"^microsoft\s+\w+\s*-\s*", re.IGNORECASE)
_EXTENSION = re.compile(r"\.(?:docx?|odt|rtf|pdf|txt|xlsx?|pptx?|jpe?g|png|tiff?)$", re.IGNORECASE)
_SUBJECT = re.compile(
    r"^\s*(?:subject|subj|re|regarding|موضوع|مضمون)\s*[:：\-–—]\s*(.*)$", re.IGNORECASE
)
_FORWARDED = re.compile(r"^(?:(?:re|fwd?|aw)\s*:\s*)+", re.IGNORECASE)
_ADDRESS = re.compile(
    r"@|www\.|https?:|\+\d|\d{4,}|\b(?:tel|phone|fax|mobile|cell|e-?mail|p\.?\s?o\.?\s?box"
    r"|street|st\.|road|rd\.|house|sector|block|floor|avenue|lane|plot)\b"
    r"|تلفن|تیلفون|ایمیل|آدرس|ادرس|نشانی|سرک|کوچه|ناحیه|پته",
    re.IGNORECASE,
)
_LABELLED = re.compile(r"^[^:：]{1,25}[:：]\s*\S")
_SALUTATION = re.compile(
    r"^(?:dear|to whom|sir\b|madam|respected|محترم|جناب|قابل توجه|بسم الله|ښاغلي)", re.IGNORECASE
)
_KIND_WORDS = re.compile(
    r"\b(?:letter|certificate|statement|affidavit|declaration|confirmation|verification"
    r"|report|referral|notice|summary|record|application|memo|note|testimony)\b"
    r"|نامه|تصدیق|اظهارنامه|تصدیق‌نامه|گزارش|لیک|تصدیقنامه|بیانیه",
    re.IGNORECASE,
)
_HEAD_LINES = 15
_SUBJECT_LINES = 40  # a Subject: line stands near the top of a letter
_PAGE_CHARS = 6000
_MIN_LETTERS = 3
_HEADING_WORDS, _HEADING_CHARS, _TITLE_CHARS = 12, 90, 120


@dataclass(frozen=True)
class ChosenTitle:
    """A document's title and where it came from (one of the names above, or ``edited``)."""

    value: str
    source: str


def document_title(
    name: str, own_title: str, first_page: str, *, is_email: bool = False
) -> ChosenTitle:
    """The title of a document named ``name`` whose file calls itself ``own_title`` and
    whose first page reads ``first_page``."""
    own = _clean(_EXTENSION.sub("", _PRODUCER.sub("", own_title)))
    if own and (is_email or (meaningful(own) and not _SHORTHAND.fullmatch(own))):
        return ChosenTitle(own, METADATA)
    stem = _clean(PurePath(name).stem or name)
    shorthand = bool(_SHORTHAND.fullmatch(stem))
    if meaningful(stem) and not shorthand:
        return ChosenTitle(stem, NAME)
    lines = [" ".join(line.split()) for line in first_page[:_PAGE_CHARS].splitlines()]
    lines = [line for line in lines if line][:_SUBJECT_LINES]
    found = _subject(lines)
    if found:
        return ChosenTitle(_clean(found), SUBJECT)
    found = _heading(lines, named_only=shorthand and meaningful(stem))
    if found:
        return ChosenTitle(_clean(found), HEADING)
    return ChosenTitle(stem or own or name, NAME)


def meaningful(text: str) -> bool:
    """False for names that say nothing about a document (``scan0001``, ``IMG_2034``,
    ``document(3)``, a hash, ``untitled``, only digits and dates, two letters)."""
    compact = _SEPARATORS.sub("", text.lower())
    if _HASH.fullmatch(compact) and any(ch.isdigit() for ch in compact):
        return False
    words = [w for w in _LETTERS.findall(text.lower()) if w not in _GENERIC and len(w) > 1]
    return sum(len(w) for w in words) >= _MIN_LETTERS


def _clean(text: str) -> str:
    return " ".join(normalize_text(text).split())


def _subject(lines: list[str]) -> str:
    for i, line in enumerate(lines):
        match = _SUBJECT.match(line)
        if match:
            value = _FORWARDED.sub("", match.group(1)).strip()
            if not value and i + 1 < len(lines):
                value = lines[i + 1]
            if meaningful(value):
                return _shortened(value)
    return ""


def _heading(lines: list[str], named_only: bool = False) -> str:
    headings = [line for line in lines[:_HEAD_LINES] if _heading_like(line)]
    named = [line for line in headings if _KIND_WORDS.search(line)]
    return _shortened((named or ([] if named_only else headings) or [""])[0])


def _heading_like(line: str) -> bool:
    """Short, not a sentence, says something; not an address, label, salutation or date."""
    return (
        len(line) <= _HEADING_CHARS
        and len(line.split()) <= _HEADING_WORDS
        and not line.endswith((".", ",", ";", ":"))
        and meaningful(line)
        and not (_ADDRESS.search(line) or _LABELLED.match(line) or _SALUTATION.match(line))
        and not (find_dates(line) or find_solar_hijri_dates(line))
    )


def _shortened(text: str) -> str:
    if len(text) <= _TITLE_CHARS:
        return text
    return text[:_TITLE_CHARS].rsplit(" ", 1)[0] + " …"
