"""Small pictures made at test time: every format CaseDesk reads, and broken ones."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pillow_heif
from PIL import Image, ImageDraw

pillow_heif.register_heif_opener()


def page(size: tuple[int, int] = (120, 80), shade: int = 0) -> Image.Image:
    """A small white page with one dark bar on it (no text: OCR is not the point)."""
    image = Image.new("RGB", size, "white")
    ImageDraw.Draw(image).rectangle((10, 10, size[0] // 2, 20), fill=(shade, shade, shade))
    return image


def save(path: Path, image: Image.Image, format: str, **options: object) -> Path:
    """``image`` saved at ``path`` in ``format`` (Pillow's name, or "HEIF")."""
    image.save(path, format=format, **options)
    return path


def multi_page_tiff(path: Path, pages: int) -> Path:
    """A TIFF holding ``pages`` pages."""
    frames = [page(shade=20 * n) for n in range(pages)]
    frames[0].save(path, format="TIFF", save_all=True, append_images=frames[1:])
    return path


def animated_gif(path: Path, frames: int) -> Path:
    """A GIF of ``frames`` frames (only the first is a page)."""
    images = [page(shade=30 * n).convert("P") for n in range(frames)]
    images[0].save(path, format="GIF", save_all=True, append_images=images[1:])
    return path


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_claiming(path: Path, width: int, height: int) -> Path:
    """A 1-bit white PNG of ``width`` by ``height``: a small file that decodes to a huge
    picture."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    row = b"\x00" + b"\xff" * ((width + 7) // 8)
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    png = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", data)
    path.write_bytes(png + _chunk(b"IEND", b""))
    return path


def cut_in_half(path: Path, format: str) -> Path:
    """A picture in ``format`` cut off halfway, as an interrupted download leaves it."""
    noisy = Image.effect_noise((300, 200), 80).convert("RGB")
    out = io.BytesIO()
    noisy.save(out, format=format)
    path.write_bytes(out.getvalue()[: len(out.getvalue()) // 2])
    return path


def sideways_photo(path: Path, image: Image.Image) -> Path:
    """``image`` stored turned a quarter, with EXIF orientation 6 saying so (a phone held
    upright saves its sensor's landscape picture and this tag)."""
    stored = image.rotate(90, expand=True)
    exif = Image.Exif()
    exif[0x0112] = 6
    exif.get_ifd(0x8769)[0x9003] = "2024:03:12 09:30:00"
    stored.save(path, format="JPEG", exif=exif, quality=90)
    return path
