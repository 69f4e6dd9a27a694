"""Keeping track of how a page image was turned, straightened and scaled, so that boxes
found on the image that was read can be put back on the source image.

A :class:`Placement` is the affine map from source pixels to the pixels of the image
being read; each step (:meth:`turned`, :meth:`cropped`, :meth:`scaled`) returns the image
and the map extended by that step.  Turning uses Pillow's ``rotate(angle, expand=True)`` (angle
counter-clockwise, about the centre, the canvas grown to hold the whole page).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PIL import Image

from index.ocr.reading import Box

Matrix = tuple[float, float, float, float, float, float]  # x' = a x + b y + c; y' = d x + e y + f
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 0.0, 1.0, 0.0)


def _compose(after: Matrix, before: Matrix) -> Matrix:
    """The map doing ``before`` then ``after``."""
    a, b, c, d, e, f = after
    p, q, r, s, t, u = before
    return (a * p + b * s, a * q + b * t, a * r + b * u + c, d * p + e * s, d * q + e * t,
            d * r + e * u + f)  # fmt: skip


def _invert(m: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    det = a * e - b * d
    return (e / det, -b / det, (b * f - c * e) / det, -d / det, a / det, (c * d - a * f) / det)


@dataclass(frozen=True)
class Placement:
    """Where the source image's pixels are on the image being read."""

    width: int  # the source image's size
    height: int
    matrix: Matrix = _IDENTITY

    @classmethod
    def of(cls, image: Image.Image) -> Placement:
        """The placement of an image not changed yet."""
        return cls(image.width, image.height)

    @classmethod
    def within(cls, image: Image.Image, size: tuple[int, int]) -> Placement:
        """The placement of ``image``, a reduced copy of a source image of ``size``."""
        fx, fy = image.width / size[0], image.height / size[1]
        return cls(size[0], size[1], (fx, 0.0, 0.0, 0.0, fy, 0.0))

    def turned(
        self, image: Image.Image, degrees: float, fill: int = 255
    ) -> tuple[Image.Image, Placement]:
        """``image`` turned ``degrees`` counter-clockwise (canvas grown to fit, new corners
        filled white), and the placement of the result."""
        if degrees % 360 == 0:
            return image, self
        turned = image.rotate(degrees, resample=_resample(degrees), expand=True, fillcolor=fill)
        rad = math.radians(degrees)
        cos, sin = math.cos(rad), math.sin(rad)
        cx, cy, nx, ny = image.width / 2, image.height / 2, turned.width / 2, turned.height / 2
        # Pillow turns counter-clockwise as seen on screen (y grows downwards).
        step = (cos, sin, nx - cos * cx - sin * cy, -sin, cos, ny + sin * cx - cos * cy)
        return turned, Placement(self.width, self.height, _compose(step, self.matrix))

    def cropped(
        self, image: Image.Image, box: tuple[int, int, int, int]
    ) -> tuple[Image.Image, Placement]:
        """The part ``box`` (left, top, right, bottom) of ``image``, and its placement."""
        if box == (0, 0, image.width, image.height):
            return image, self
        step = (1.0, 0.0, -float(box[0]), 0.0, 1.0, -float(box[1]))
        return image.crop(box), Placement(self.width, self.height, _compose(step, self.matrix))

    def scaled(self, image: Image.Image, factor: float) -> tuple[Image.Image, Placement]:
        """``image`` resized by ``factor``, and the placement of the result."""
        if abs(factor - 1.0) < 1e-3:
            return image, self
        size = (max(1, round(image.width * factor)), max(1, round(image.height * factor)))
        fx, fy = size[0] / image.width, size[1] / image.height
        step = (fx, 0.0, 0.0, 0.0, fy, 0.0)
        resized = image.resize(size, Image.Resampling.LANCZOS)
        return resized, Placement(self.width, self.height, _compose(step, self.matrix))

    def to_image(self, box: Box) -> Box:
        """A box on the source image as the upright box around it on the image made by
        the steps so far (how a viewer that turned the page shows a word's box)."""
        m = self.matrix
        left, top, right, bottom = box
        corners = [(left, top), (right, top), (right, bottom), (left, bottom)]
        xs = [m[0] * x + m[1] * y + m[2] for x, y in corners]
        ys = [m[3] * x + m[4] * y + m[5] for x, y in corners]
        return (math.floor(min(xs)), math.floor(min(ys)), math.ceil(max(xs)), math.ceil(max(ys)))

    def to_source(self, box: Box) -> Box:
        """A box on the image being read as the upright box around it on the source
        image, kept inside the source image."""
        back = _invert(self.matrix)
        left, top, right, bottom = box
        corners = [(left, top), (right, top), (right, bottom), (left, bottom)]
        xs = [back[0] * x + back[1] * y + back[2] for x, y in corners]
        ys = [back[3] * x + back[4] * y + back[5] for x, y in corners]
        return (
            max(0, math.floor(min(xs))),
            max(0, math.floor(min(ys))),
            min(self.width, math.ceil(max(xs))),
            min(self.height, math.ceil(max(ys))),
        )


def _resample(degrees: float) -> Image.Resampling:
    """Quarter turns move pixels exactly; other angles need interpolation."""
    return Image.Resampling.NEAREST if degrees % 90 == 0 else Image.Resampling.BICUBIC
