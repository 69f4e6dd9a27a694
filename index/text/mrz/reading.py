"""Reading the zones in a text: each data part found is checked, digit by digit.

Only a zone whose every check digit agrees — each field's and the final one over the
whole zone — is reported as a :class:`Zone`.  OCR's confusions are undone only where the
field says what a character must be (a digit in a date, a letter in a country code); a
document number, which mixes both, is tried once more with the letters next to its
digits read as digits, and kept only if its check digit then agrees.  A zone-like
block that passes no layout is reported as an :class:`Unreadable` zone, never with its
numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from index.text.mrz.cleaning import Block, blocks, may_hold_a_zone
from index.text.mrz.digits import AS_DIGITS, AS_LETTERS, agrees, mrz_date
from index.text.mrz.formats import LAYOUTS, Layout

DOCUMENTS = {"P": "passport", "V": "visa", "I": "identity card", "A": "identity card"}
DOCUMENTS["C"] = "identity card"
_CHECK_WORDS = {
    "number": "document number",
    "birth": "date of birth",
    "expiry": "expiry date",
    "optional": "personal number",
    "final": "whole zone",
}
_HEADER = re.compile(r"([A-Z][A-Z<])([A-Z<01258]{3})([A-Z<?]*)")
_LOOKALIKE_RUN = re.compile(r"[ODQISBZ]+")
_NUMBER_DIGITS = str.maketrans("ODQISBZ", "0001582")


@dataclass(frozen=True)
class Zone:
    """A machine-readable zone whose check digits all agree.

    ``document`` is "passport", "visa" or "identity card" (from the document code's first
    letter); dates are ISO, ``""`` where the zone leaves them unknown; names have spaces
    between their parts and are ``""`` when the names line could not be read.
    """

    layout: str  # "TD3", "TD2", "TD1", "MRV-A" or "MRV-B"
    document: str
    code: str  # the document code as written ("P<", "PD", "V<", "ID")
    issuer: str  # the issuing state's code ("AFG"; "D" for Germany)
    number: str
    surname: str
    given_names: str
    nationality: str
    birth_date: str
    expiry: str


@dataclass(frozen=True)
class Unreadable:
    """Something laid out like a zone whose check digits do not all agree (or that could
    not be read whole): ``reason`` says what, in plain words, never a value."""

    document: str  # as in Zone, or "document" when even that is unknown
    reason: str


@dataclass(frozen=True)
class Zones:
    """What a text holds: the zones read, and the zone-like blocks that failed."""

    found: tuple[Zone, ...] = ()
    unreadable: tuple[Unreadable, ...] = ()


def find_zones(text: str, today: date | None = None) -> Zones:
    """Every machine-readable zone in ``text`` (one page), checked."""
    if not may_hold_a_zone(text):
        return Zones()
    day = today or date.today()
    found: list[Zone] = []
    unreadable: list[Unreadable] = []
    for block in blocks(text):
        zones, failure = _read_block(block, day)
        found += zones
        if not zones and failure is not None:
            unreadable.append(failure)
    return Zones(tuple(dict.fromkeys(found)), tuple(dict.fromkeys(unreadable)))


def _read_block(block: Block, day: date) -> tuple[list[Zone], Unreadable | None]:
    zones: list[Zone] = []
    taken: list[range] = []
    best: tuple[int, Unreadable] | None = None
    for layout, match in _candidates(block.text):
        span = range(match.start(), match.end(1))
        if any(span.start < t.stop and t.start < span.stop for t in taken):
            continue
        zone, failed = _read(layout, match, block, day)
        if zone is not None:
            zones.append(zone)
            taken.append(span)
        elif best is None or _badness(failed, match, block) < best[0]:
            best = (_badness(failed, match, block), _failure(layout, match, block, failed))
    if best is None and _looks_like_a_zone(block):
        best = (0, Unreadable(_document_of(block.text[:1]), "its lines could not be read whole"))
    return zones, best[1] if best else None


def _badness(failed: list[str], match: re.Match[str], block: Block) -> int:
    """How far a failed reading is from a zone: a layout whose code is not there is the
    furthest (the zone is likely another layout), then one not starting a line (a run of
    fillers happens to fit a layout there), then the one with more checks failed."""
    unaligned = match.start() not in block.starts
    return len(failed) + (10 if "document code" in failed else 0) + (5 if unaligned else 0)


def _candidates(text: str) -> Iterator[tuple[Layout, re.Match[str]]]:
    for layout in LAYOUTS:
        for match in layout.pattern.finditer(text):
            yield layout, match


def _read(
    layout: Layout, match: re.Match[str], block: Block, day: date
) -> tuple[Zone | None, list[str]]:
    """The zone at ``match``, or None and the checks that failed."""
    fields = _fixed(layout, match)
    code, issuer, names = _names_and_code(layout, match, block)
    if not code and layout.name != "TD3":  # a passport's data line is checked enough alone
        return None, ["document code"]
    fields = _with_number_spelled(fields)
    failed = _failed_checks(layout, fields)
    if failed:
        return None, failed
    birth = mrz_date(fields["birth"], past=True, today=day)
    expiry = mrz_date(fields["expiry"], past=False, today=day)
    number = _number(layout, fields)
    if birth is None or expiry is None or not number:
        return None, ["dates" if number else "document number"]
    surname, given = _split_names(names)
    return Zone(
        layout=layout.name,
        document=_document_of(code or layout.codes[0]),
        code=code or layout.codes[0] + "<",
        issuer=(issuer or fields.get("issuer", "")).strip("<"),
        number=number,
        surname=surname,
        given_names=given,
        nationality=fields["nationality"].strip("<"),
        birth_date=birth,
        expiry=expiry,
    ), []


def _fixed(layout: Layout, match: re.Match[str]) -> dict[str, str]:
    """Each segment as read, with what its kind allows restored (O→0 in a date, …)."""
    fields: dict[str, str] = {}
    for segment in layout.segments:
        value = match.group(segment.name)
        if segment.kind in ("date", "check", "check-or-filler"):
            value = value.translate(AS_DIGITS)
        elif segment.kind == "alpha":
            value = value.translate(AS_LETTERS)
        elif segment.kind == "optional":
            value = _filler_field(value, segment.width)
        fields[segment.name] = value
    if layout.composite_digit:
        fields[layout.composite_digit] = match.group(layout.composite_digit).translate(AS_DIGITS)
    return fields


def _filler_field(value: str, width: int) -> str:
    """An optional field: unreadable characters are fillers; a run of fillers (with the
    odd K OCR reads for <) that came out too long or short is put back to its width."""
    value = value.replace("?", "<")
    if set(value) <= {"<", "K"} and value.count("K") * 2 < len(value):
        return "<" * width
    return value


def _failed_checks(layout: Layout, fields: dict[str, str]) -> list[str]:
    failed = [field for field, digit in layout.checks if not agrees(fields[field], fields[digit])]
    if layout.composite_digit:
        whole = "".join(fields[name] for name in layout.composite)
        if not agrees(whole, fields[layout.composite_digit]):
            failed.append(layout.composite_digit)
    return failed


def _with_number_spelled(fields: dict[str, str]) -> dict[str, str]:
    """The fields with the document number as read or, if that fails its check, with the
    letters next to its digits (not its first character) read as the digits they
    resemble: ``PQ0015201`` → ``P00015201``.

    Only one other spelling is tried, and only with swaps its check digit can tell apart:
    G/6 and L/1 differ by 10 in value, which no check digit sees (nor does the final one:
    it repeats the number's own check for any change in the number).
    """
    number, digit = fields["number"], fields["number_check"]
    if agrees(number, digit):
        return fields
    chars = list(number)
    for run in _LOOKALIKE_RUN.finditer(number, 1):
        before, after = number[run.start() - 1], number[run.end() : run.end() + 1]
        if before.isdigit() or after.isdigit():
            chars[run.start() : run.end()] = run.group().translate(_NUMBER_DIGITS)
    spelled = "".join(chars)
    return {**fields, "number": spelled} if agrees(spelled, digit) else fields


def _number(layout: Layout, fields: dict[str, str]) -> str:
    """The document number without its fillers; a TD1 number longer than nine characters
    goes on in the optional field, ending with its own check digit (ICAO 9303-5)."""
    number = fields["number"]
    if layout.name == "TD1" and fields["number_check"] == "<":
        rest = re.match(r"([A-Z0-9]+?)(\d)<*$", fields["optional"])
        if rest is None or not agrees(number + rest.group(1), rest.group(2)):
            return ""
        number += rest.group(1)
    number = number.rstrip("<")
    return number if number and "<" not in number else ""


def _names_and_code(layout: Layout, match: re.Match[str], block: Block) -> tuple[str, str, str]:
    """The document code, issuer and names part of the zone at ``match`` ("" when there
    is no such line)."""
    if not layout.names_before:
        code = match.group("code")
        return code, match.group("issuer").translate(AS_LETTERS), _line_after(match, block)
    header = _line_before(layout, match.start(), block)
    if header is None:
        return "", "", ""
    return header.group(1), header.group(2).translate(AS_LETTERS), header.group(3)


def _line_before(layout: Layout, start: int, block: Block) -> re.Match[str] | None:
    """The code-issuer-names line ending where the data part starts: the one starting a
    text line if there is one, else the one nearest a line's width."""
    first = max(0, start - layout.width - 4)
    found = [
        (i not in block.starts, abs(start - i - layout.width), i, header)
        for i in range(first, max(first, start - 10))
        if block.text[i] in layout.codes
        and (header := _HEADER.fullmatch(block.text, i, start)) is not None
    ]
    return min(found)[3] if found else None


def _line_after(match: re.Match[str], block: Block) -> str:
    end = match.end(1)
    following = [s for s in block.starts if s > end]
    stop = following[0] if following and following[0] - end >= 10 else end + 30
    return block.text[end:stop]


def _split_names(names: str) -> tuple[str, str]:
    """Surname and given names from ``SURNAME<<GIVEN<NAMES<<<``."""
    names = re.sub(r"<[<K?]*$", "", names.replace("?", "<"))
    if not names or not re.fullmatch(r"[A-Z<]+", names):
        return "", ""
    surname, _, given = names.partition("<<")
    return _spaced(surname), _spaced(given)


def _spaced(part: str) -> str:
    return " ".join(p for p in part.split("<") if p)


def _document_of(code: str) -> str:
    return DOCUMENTS.get(code[:1], "document")


def _failure(layout: Layout, match: re.Match[str], block: Block, failed: list[str]) -> Unreadable:
    code, _issuer, _names = _names_and_code(layout, match, block)
    words = [_CHECK_WORDS.get(name, name) for name in failed]
    return Unreadable(
        _document_of(code or layout.codes[0]),
        f"its check digits do not agree ({', '.join(words)})",
    )


def _looks_like_a_zone(block: Block) -> bool:
    """A block that starts like a zone's first line (a document code, a country, names
    with <<) and is about two lines long."""
    first = block.text[: block.starts[1]] if len(block.starts) > 1 else block.text
    return bool(re.match(r"[PVIAC][A-Z<][A-Z<]{3}[A-Z<]*<<", first)) and len(block.text) >= 55
