"""The demo's pictures: scans and phone photos drawn from invented text (``*.scan.json``).

Three layouts, each from the text in its JSON file (``"layout"``):

* ``card`` — an identity card like a tazkira: a heading in Dari and English, a box where
  a photo would be, and rows of fields, English on the left and Dari on the right;
* ``letter`` — a letter in Dari, right to left, on a white page;
* ``passport`` — a passport's data page marked SPECIMEN, whose machine-readable zone
  (ICAO 9303 TD3) is made from ``"zone"`` with its check digits computed.

``"photo"`` then says how the page was captured: turned (a quarter turn for a phone held
sideways), tilted a little, lit unevenly, blurred, and saved as a JPEG of some quality.
Arabic script is shaped by Pillow through libraqm (joined letters, right to left) in Noto
Naskh Arabic (which has no Latin letters, hyphen or dash: Dari text here uses none, and a
number beside a Dari label is set in DejaVu Sans); Latin text in DejaVu Sans, the zone in
DejaVu Sans Mono (OCR-B, the zone's own font, is not in Debian).  No real person,
document or number is drawn.
"""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from index.text.mrz.digits import check_digit

_FONTS = {
    "naskh": "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
    "naskh-bold": "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Bold.ttf",
    "sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "sans-bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
}
_INK, _PAPER, _CARD = (25, 25, 40), (250, 249, 244), (226, 236, 228)


def build_scan(source: Path, target: Path) -> None:
    """Draw the picture ``source`` describes and save it as a JPEG at ``target``."""
    spec = json.loads(source.read_text(encoding="utf-8"))
    page = _LAYOUTS[spec["layout"]](spec)
    _photographed(page, spec.get("photo", {})).save(
        target, "JPEG", quality=int(spec.get("photo", {}).get("quality", 85))
    )


def td3_zone(zone: dict[str, str]) -> tuple[str, str]:
    """A passport's two zone lines from its values (dates ISO), check digits computed."""
    number = zone["number"].ljust(9, "<")
    birth, expiry = (_yymmdd(zone[key]) for key in ("birth", "expiry"))
    names = zone["surname"].replace(" ", "<") + "<<" + zone["given"].replace(" ", "<")
    first = f"P<{zone['country']}{names}".ljust(44, "<")[:44]
    personal = "<" * 15  # no personal number, and "<" for its check digit
    head = number + check_digit(number)
    birth_part, expiry_part = birth + check_digit(birth), expiry + check_digit(expiry)
    final = check_digit(head + birth_part + expiry_part + personal)
    second = head + zone["nationality"] + birth_part + zone["sex"] + expiry_part + personal
    return first, second + final


def _yymmdd(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%y%m%d")


def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(_FONTS[name], size, layout_engine=ImageFont.Layout.RAQM)


def _write(draw: ImageDraw.ImageDraw, xy: tuple[int, int], text: str, font: str, size: int,
           *, rtl: bool = False, fill: tuple[int, int, int] = _INK) -> None:  # fmt: skip
    """Text at ``xy``: its left edge, or its right edge for right-to-left text."""
    anchor, direction = ("ra", "rtl") if rtl else ("la", "ltr")
    draw.text(xy, text, font=_font(font, size), fill=fill, anchor=anchor, direction=direction)


def _labelled_rtl(draw: ImageDraw.ImageDraw, xy: tuple[int, int], label: str, value: str) -> None:
    """ "label: value" right to left; a value without Arabic letters (a number with hyphens)
    in DejaVu Sans, since Noto Naskh Arabic has no Latin letters or hyphen-minus."""
    label = f"{label}:"
    _write(draw, xy, label, "naskh", 40, rtl=True)
    right = xy[0] - int(_font("naskh", 40).getlength(label, direction="rtl")) - 14
    if any("\u0600" <= ch <= "\u06ff" for ch in value):
        _write(draw, (right, xy[1]), value, "naskh", 40, rtl=True)
    else:
        left = right - int(_font("sans", 34).getlength(value))
        _write(draw, (left, xy[1] + 8), value, "sans", 34)


def _card(spec: dict) -> Image.Image:
    """An identity card: heading, photo box, fields in English (left) and Dari (right)."""
    width, height = 1500, 950
    card = Image.new("RGB", (width, height), _CARD)
    draw = ImageDraw.Draw(card)
    draw.rounded_rectangle((8, 8, width - 8, height - 8), 40, outline=(90, 120, 100), width=6)
    english, dari = spec["heading"]
    _write(draw, (60, 50), english, "sans-bold", 40)
    _write(draw, (width - 60, 40), dari, "naskh-bold", 48, rtl=True)
    draw.rectangle((60, 170, 330, 500), outline=_INK, width=3, fill=(205, 214, 208))
    _write(draw, (110, 320), spec.get("photo_label", "photo"), "sans", 30)
    top = 170
    for label, value, dari_label, dari_value in spec["rows"]:
        _write(draw, (380, top), f"{label}: {value}", "sans", 34)
        _labelled_rtl(draw, (width - 60, top + 50), dari_label, dari_value)
        top += 125
    _write(draw, (60, height - 80), spec["marking"], "sans-bold", 30, fill=(150, 30, 30))
    return card


def _letter(spec: dict) -> Image.Image:
    """A letter in Dari: each line right-aligned on a white page."""
    width, size, step = 1350, 46, 92
    page = Image.new("RGB", (width, 220 + step * len(spec["lines"]) + 160), _PAPER)
    draw = ImageDraw.Draw(page)
    for number, line in enumerate(spec["lines"]):
        font = "naskh-bold" if number == 0 else "naskh"
        _write(draw, (width - 130, 140 + step * number), line, font, size, rtl=True)
    return page


def _passport(spec: dict) -> Image.Image:
    """A passport's data page: heading, photo box, fields, SPECIMEN across it, the zone."""
    width, height = 1700, 1150
    page = Image.new("RGB", (width, height), (238, 240, 246))
    draw = ImageDraw.Draw(page)
    english, dari = spec["heading"]
    _write(draw, (70, 50), english, "sans-bold", 44)
    _write(draw, (width - 70, 40), dari, "naskh-bold", 52, rtl=True)
    draw.rectangle((70, 170, 400, 590), outline=_INK, width=3, fill=(212, 216, 226))
    _write(draw, (150, 360), spec.get("photo_label", "photo"), "sans", 32)
    for number, (label, value) in enumerate(spec["fields"]):
        column, row = divmod(number, 6)
        x, y = 460 + column * 620, 170 + row * 72
        _write(draw, (x, y), label, "sans", 22, fill=(80, 80, 100))
        _write(draw, (x, y + 26), value, "sans-bold", 32)
    _specimen(page, spec["marking"])
    for number, line in enumerate(td3_zone(spec["zone"])):
        _write(ImageDraw.Draw(page), (70, 900 + 90 * number), line, "mono", 40)
    return page


def _specimen(page: Image.Image, word: str) -> None:
    """``word`` in large pale letters across the page's fields (not over the zone)."""
    layer = Image.new("L", (1200, 260), 0)
    ImageDraw.Draw(layer).text((20, 20), word, font=_font("sans-bold", 190), fill=255)
    layer = layer.rotate(18, expand=True)
    tint = Image.new("RGB", layer.size, (200, 60, 60))
    page.paste(tint, (380, 120), layer.point(lambda v: v * 70 // 255))


def _photographed(page: Image.Image, photo: dict) -> Image.Image:
    """The page as captured: tilted, lit unevenly, blurred, turned (a phone held sideways)."""
    rng = random.Random(int(photo.get("seed", 0)))
    tilt = float(photo.get("tilt", 0.0))
    if tilt:
        page = page.rotate(rng.uniform(-tilt, tilt), expand=True, fillcolor=(120, 110, 100))
    if photo.get("light"):
        page = _uneven_light(page, float(photo["light"]))
    if photo.get("blur"):
        page = page.filter(ImageFilter.GaussianBlur(float(photo["blur"])))
    turn = int(photo.get("turn", 0))
    return page.rotate(turn, expand=True) if turn else page


def _uneven_light(image: Image.Image, falloff: float) -> Image.Image:
    """Light falling from the top left corner to about ``1 - falloff`` at the other."""
    height, width = image.height, image.width
    y, x = np.mgrid[0:height, 0:width]
    shade = 1.0 - falloff * (x / width + y / height) / 2
    pixels = np.asarray(image, dtype=np.float32) * shade[:, :, None]
    return Image.fromarray(pixels.clip(0, 255).astype(np.uint8))


_LAYOUTS = {"card": _card, "letter": _letter, "passport": _passport}
