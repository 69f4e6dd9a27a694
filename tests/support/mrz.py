"""Invented machine-readable zones with their check digits computed here, and a scan of
one: no real person or document.

The check digits are worked out by this module's own copy of ICAO 9303's rule (weights
7, 3, 1; A=10 … Z=35; < = 0), not by the code under test.
"""

from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def digit(field: str) -> str:
    """The ICAO check digit of ``field``."""
    value = {"<": 0} | {str(n): n for n in range(10)} | {chr(65 + n): 10 + n for n in range(26)}
    return str(sum(value[ch] * (7, 3, 1)[i % 3] for i, ch in enumerate(field)) % 10)


def _names(surname: str, given: str, width: int) -> str:
    return (surname.replace(" ", "<") + "<<" + given.replace(" ", "<")).ljust(width, "<")


def td3(
    surname: str = "QASIMI",
    given: str = "FARZANA",
    number: str = "P00015201",
    birth: str = "940701",
    expiry: str = "310301",
    *,
    code: str = "P<",
    country: str = "AFG",
    sex: str = "F",
    personal: str = "",
) -> tuple[str, str]:
    """A passport's two lines of 44 (TD3)."""
    number = number.ljust(9, "<")
    personal = personal.ljust(14, "<")
    personal_digit = digit(personal) if personal.strip("<") else "<"
    part = number + digit(number)
    dates = birth + digit(birth) + sex + expiry + digit(expiry)
    tail = personal + personal_digit
    final = digit(part + birth + digit(birth) + expiry + digit(expiry) + tail)
    first = (code + country + _names(surname, given, 39))[:44]
    return first, part + country + dates + tail + final


def td1(
    surname: str = "NOORI",
    given: str = "SAHAR",
    number: str = "A12345678",
    birth: str = "110318",
    expiry: str = "300101",
    *,
    country: str = "AFG",
    sex: str = "F",
) -> tuple[str, str, str]:
    """An identity card's three lines of 30 (TD1)."""
    number = number.ljust(9, "<")
    optional, optional2 = "<" * 15, "<" * 11
    first = "I<" + country + number + digit(number) + optional
    middle = birth + digit(birth) + sex + expiry + digit(expiry) + country + optional2
    final = digit(first[5:30] + middle[0:7] + middle[8:15] + middle[18:29])
    return first, middle + final, _names(surname, given, 30)[:30]


def td2(
    surname: str = "SAFI",
    given: str = "HEDAYATULLAH",
    number: str = "C7654321",
    birth: str = "850214",
    expiry: str = "290630",
    *,
    country: str = "AFG",
    sex: str = "M",
) -> tuple[str, str]:
    """An identity card's two lines of 36 (TD2)."""
    number = number.ljust(9, "<")
    optional = "<" * 7
    part = number + digit(number)
    second = part + country + birth + digit(birth) + sex + expiry + digit(expiry) + optional
    final = digit(part + birth + digit(birth) + expiry + digit(expiry) + optional)
    return ("I<" + country + _names(surname, given, 31))[:36], second + final


def visa(
    surname: str = "HOSSEINI",
    given: str = "ZAHRA",
    number: str = "V0003101",
    birth: str = "880910",
    expiry: str = "250615",
    *,
    width: int = 44,
    issuer: str = "PAK",
    nationality: str = "AFG",
    sex: str = "F",
) -> tuple[str, str]:
    """A visa foil's two lines: MRV-A (44) or MRV-B (36); no final check digit."""
    number = number.ljust(9, "<")
    second = number + digit(number) + nationality + birth + digit(birth) + sex
    second += expiry + digit(expiry)
    return ("V<" + issuer + _names(surname, given, width - 5))[:width], second.ljust(width, "<")


def scan_of(lines: tuple[str, ...], *, size: int = 36) -> Image.Image:
    """A white page at 300 dpi with a few printed words and the zone at its foot, in a
    monospaced font (DejaVu Sans Mono, as OCR-B is not in Debian)."""
    mono = ImageFont.truetype(MONO, size)
    sans = ImageFont.truetype(SANS, size)
    width = int(mono.getlength(lines[0])) + 240
    page = Image.new("L", (width, 300 + 90 * len(lines) + 240), 255)
    draw = ImageDraw.Draw(page)
    draw.text((120, 100), "PASSPORT — SPECIMEN, NOT A REAL DOCUMENT", font=sans, fill=0)
    for number, line in enumerate(lines):
        draw.text((120, 300 + 90 * number), line, font=mono, fill=0)
    return page
