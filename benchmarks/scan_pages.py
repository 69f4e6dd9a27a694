"""Pictures of pages with known text, clean and phone-like, for the OCR benchmark and tests.

Every text here is invented (no real person, case or number).  A page is drawn with
Pillow (its wheels shape Arabic script through libraqm: joined letters, right to left)
in Noto Naskh Arabic or DejaVu Sans, at 300 dpi; a phone-like page is the clean one
turned (90/180/270 degrees and a few more), seen in perspective, blurred, lit unevenly
and saved as a JPEG of quality 50 — the same seed always gives the same picture::

    from benchmarks.scan_pages import clean_page, phone_like, TEXTS
    page = clean_page(TEXTS["fas"])                  # a PIL image
    photo = phone_like(page, turn=90, seed=3)        # JPEG bytes
    scan = scan_like(page, seed=3)                   # JPEG bytes: A4, upright, skewed
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = Path("/usr/share/fonts/truetype")
NASKH = FONTS / "noto" / "NotoNaskhArabic-Regular.ttf"
LATIN = FONTS / "dejavu" / "DejaVuSerif.ttf"
DPI = 300

# Four invented paragraphs per language: the same office letter in each.
TEXTS: dict[str, tuple[str, ...]] = {
    "eng": (
        "The Legal Aid Office in Peshawar confirms that the applicant",
        "attended an interview on 12 March 2024 with her two children.",
        "The family left Herat province after repeated threats and now",
        "lives in a rented room near the old bus station in Peshawar.",
        "Identity documents, including a tazkira and a passport, will",
        "be presented at the next appointment on 3 April 2024.",
        "Please contact our office to arrange a time for the visit.",
    ),
    "fas": (
        "این نامه تأیید می‌کند که متقاضی در تاریخ دوازدهم حمل",
        "همراه با دو فرزندش در دفتر کمک‌های حقوقی حاضر شد.",
        "خانواده او پس از تهدیدهای مکرر ولایت هرات را ترک کرده",
        "و اکنون در یک اتاق کرایی نزدیک ایستگاه قدیم زندگی می‌کند.",
        "مدارک هویت شامل تذکره و پاسپورت در جلسه بعدی",
        "ارائه خواهد شد. لطفاً برای تعیین وقت ملاقات",
        "با دفتر ما در شهر پشاور تماس بگیرید.",
    ),
    "pus": (
        "دا لیک تاییدوي چې غوښتونکې د حمل په دولسمه نېټه",
        "له خپلو دوو ماشومانو سره زموږ دفتر ته راغلې وه.",
        "د هغې کورنۍ د ګواښونو له امله له کندهار څخه",
        "پېښور ته کډه شوې او اوس په یوه کرایي کوټه کې اوسېږي.",
        "د پېژندنې اسناد لکه تذکره او پاسپورټ به په",
        "راتلونکې غونډه کې وړاندې شي. مهرباني وکړئ",
        "زموږ له دفتر سره اړیکه ونیسئ څو وخت وټاکل شي.",
    ),
    "urd": (
        "یہ خط تصدیق کرتا ہے کہ درخواست گزار بارہ مارچ کو",
        "اپنے دو بچوں کے ساتھ ہمارے دفتر میں حاضر ہوئیں۔",
        "ان کا خاندان بار بار کی دھمکیوں کی وجہ سے ہرات سے",
        "پشاور منتقل ہو گیا اور اب ایک کرائے کے کمرے میں رہتا ہے۔",
        "شناختی دستاویزات جیسے تذکرہ اور پاسپورٹ اگلی",
        "ملاقات میں پیش کیے جائیں گے۔ براہ کرم وقت طے کرنے",
        "کے لیے ہمارے دفتر سے رابطہ کریں۔",
    ),
}
RIGHT_TO_LEFT = {"fas", "pus", "urd"}


@dataclass(frozen=True)
class DrawnWord:
    """Where a word was drawn on a clean page: its text and box (left, top, right, bottom)."""

    text: str
    box: tuple[int, int, int, int]


def font_for(language: str, size: int) -> ImageFont.FreeTypeFont:
    """Noto Naskh Arabic for Arabic script, DejaVu Serif for English, at ``size`` pixels."""
    path = NASKH if language in RIGHT_TO_LEFT else LATIN
    return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.RAQM)


def clean_page(
    lines: tuple[str, ...], language: str = "eng", *, size: int = 50, margin: int = 120
) -> Image.Image:
    """A white greyscale page with ``lines`` in black, ``size`` px high (12 pt at 300 dpi)."""
    return draw_page(lines, language, size=size, margin=margin)[0]


def draw_page(
    lines: tuple[str, ...], language: str = "eng", *, size: int = 50, margin: int = 120
) -> tuple[Image.Image, list[DrawnWord]]:
    """The clean page and every word's box on it (for checking where OCR put it)."""
    font = font_for(language, size)
    rtl = language in RIGHT_TO_LEFT
    direction = "rtl" if rtl else "ltr"
    width = max(int(font.getlength(line, direction=direction)) for line in lines) + 2 * margin
    step = int(size * 1.9)
    page = Image.new("L", (width, 2 * margin + step * len(lines)), 255)
    draw = ImageDraw.Draw(page)
    words: list[DrawnWord] = []
    for number, line in enumerate(lines):
        top = margin + number * step
        anchor, x = ("ra", width - margin) if rtl else ("la", margin)
        draw.text((x, top), line, font=font, fill=0, anchor=anchor, direction=direction)
        words += _word_boxes(draw, line, font, x, top, rtl)
    return page, words


def _word_boxes(
    draw: ImageDraw.ImageDraw, line: str, font: ImageFont.FreeTypeFont, x: int, top: int, rtl: bool
) -> list[DrawnWord]:
    """Each word's box: the width of the line up to it, from the line's start edge."""
    direction = "rtl" if rtl else "ltr"
    boxes, start = [], 0
    for word in line.split(" "):
        before = font.getlength(line[:start], direction=direction) if start else 0.0
        after = font.getlength(line[: start + len(word)], direction=direction)
        left, right = (x - after, x - before) if rtl else (x + before, x + after)
        _, top_edge, _, bottom = draw.textbbox((x, top), word, font=font, direction=direction)
        boxes.append(DrawnWord(word, (int(left), top_edge, int(right), bottom)))
        start += len(word) + 1
    return boxes


def phone_like(
    page: Image.Image, *, turn: int = 0, seed: int = 0, quality: int = 50, scale: float = 0.8
) -> bytes:
    """``page`` as a phone might photograph it: turned by ``turn`` degrees plus a few more,
    in perspective, blurred, lit unevenly, slightly shrunk, as a JPEG of ``quality``."""
    rng = random.Random(seed)
    photo = _perspective(page.convert("RGB"), rng)
    photo = photo.rotate(rng.uniform(-4, 4), expand=True, fillcolor=(235, 232, 225))
    photo = _uneven_light(photo, rng)
    photo = photo.filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.4)))
    photo = photo.resize((int(photo.width * scale), int(photo.height * scale)), Image.LANCZOS)
    if turn:
        photo = photo.rotate(turn, expand=True)
    out = io.BytesIO()
    photo.save(out, "JPEG", quality=quality)
    return out.getvalue()


A4 = (2480, 3508)  # pixels at 300 dpi


def scan_like(page: Image.Image, *, seed: int = 0, quality: int = 75) -> bytes:
    """``page`` as a sheet-fed scanner gives it: upright on a white A4 page at 300 dpi,
    turned a few degrees (up to 3, as a sheet slips in the feeder), a touch soft, as a
    JPEG of ``quality``."""
    rng = random.Random(seed)
    sheet = Image.new("L", A4, 255)
    sheet.paste(page.convert("L"), (rng.randint(60, 180), rng.randint(150, 400)))
    sheet = sheet.rotate(rng.uniform(-3, 3), resample=Image.BICUBIC, fillcolor=255)
    sheet = sheet.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    out = io.BytesIO()
    sheet.save(out, "JPEG", quality=quality, dpi=(DPI, DPI))
    return out.getvalue()


def _perspective(image: Image.Image, rng: random.Random) -> Image.Image:
    """The page seen slightly from one side: its corners pulled by up to 4% each."""
    w, h = image.size
    pad = int(0.06 * max(w, h))
    canvas = Image.new("RGB", (w + 2 * pad, h + 2 * pad), (90, 85, 80))
    canvas.paste(image, (pad, pad))
    big_w, big_h = canvas.size

    def jitter() -> float:
        return rng.uniform(0, 0.04 * w)

    src = [(jitter(), jitter()), (big_w - jitter(), jitter())]
    src += [(big_w - jitter(), big_h - jitter()), (jitter(), big_h - jitter())]
    dst = [(0, 0), (big_w, 0), (big_w, big_h), (0, big_h)]
    coeffs = _perspective_coefficients(dst, src)
    return canvas.transform(canvas.size, Image.PERSPECTIVE, coeffs, Image.BICUBIC)


def _perspective_coefficients(
    dst: list[tuple[float, float]], src: list[tuple[float, float]]
) -> tuple[float, ...]:
    """The eight coefficients Pillow maps output points ``dst`` to input points ``src`` by."""
    import numpy as np

    rows = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(rows, dtype=float)
    b = np.array([c for point in src for c in point], dtype=float)
    return tuple(np.linalg.solve(a, b).tolist())


def _uneven_light(image: Image.Image, rng: random.Random) -> Image.Image:
    """Light falling off from one side to the opposite one (down to about half)."""
    import numpy as np

    w, h = image.size
    angle = np.radians(rng.choice((30, 135, 210, 300)))
    y, x = np.mgrid[0:h, 0:w]
    along = x * np.cos(angle) + y * np.sin(angle)
    along = (along - along.min()) / max(1.0, float(np.ptp(along)))
    shade = 1.0 - rng.uniform(0.45, 0.55) * along
    pixels = np.asarray(image, dtype=np.float32) * shade[:, :, None]
    return Image.fromarray(pixels.clip(0, 255).astype(np.uint8))


def words_of(lines: tuple[str, ...]) -> list[str]:
    """The words of ``lines`` as the reference for word recall."""
    return [word for line in lines for word in line.split()]
