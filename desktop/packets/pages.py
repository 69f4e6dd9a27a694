"""One page of a packet: its form fields flattened, fitted to the paper, stamped.

Everything is done by adding content streams around the page's own (``q … Q``), never
by parsing them, so a large packet stays quick: the page's content is drawn through
one matrix (rotation, scale to A4/Letter keeping orientation, centred), the appearance
of each form field is drawn after it in the page's own coordinates (the filled values
stay visible; the fields themselves are dropped), and the stamp and header are drawn
last, as real text, on the normalised page.
"""

from __future__ import annotations

from dataclasses import dataclass

from pypdf import PageObject, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    RectangleObject,
    StreamObject,
)

PAPER_POINTS = {"a4": (595.276, 841.89), "letter": (612.0, 792.0)}
_MARGIN = 28.0  # points from the paper's edge to a stamp
_STAMP_SIZE = 9.0
_HIDDEN = 2  # annotation flag: not shown, not printed
Matrix = tuple[float, float, float, float, float, float]


@dataclass(frozen=True)
class Marks:
    """What is drawn on top of a page: its stamp and, optionally, a header."""

    stamp: str
    header: str = ""


class PageFitter:
    """Adds pages to ``writer`` flattened, fitted to ``paper`` and stamped."""

    def __init__(self, writer: PdfWriter, paper: str) -> None:
        self.writer = writer
        self.paper = paper
        self._fonts = {
            "/CDHelv": _font(writer, "/Helvetica"),
            "/CDHelvB": _font(writer, "/Helvetica-Bold"),
        }
        self._forms = 0

    def add(self, page: PageObject, marks: Marks) -> PageObject:
        """Copy ``page`` into the writer and make it a packet page."""
        fields = list(_visible_widgets(page))
        target = self.writer.add_page(page, excluded_keys=("/Annots",))
        resources = _resources(target)
        flattened = b"".join(self._field_drawing(resources, w) for w in fields)
        width, height = _paper_size(self.paper, target)
        matrix = _fit(target, width, height)
        for key in ("/TrimBox", "/BleedBox", "/ArtBox"):
            target.pop(NameObject(key), None)
        box = RectangleObject([0, 0, width, height])
        target[NameObject("/MediaBox")] = box
        target[NameObject("/CropBox")] = RectangleObject([0, 0, width, height])
        target[NameObject("/Rotate")] = NumberObject(0)
        _font_resources(resources, self._fonts)
        before = f"q {_cm(matrix)} cm q\n".encode()
        after = b"\nQ\n" + flattened + b"\nQ\n" + _marks_stream(marks, width, height)
        self._wrap_contents(target, before, after)
        return target

    def _field_drawing(self, resources: DictionaryObject, widget: DictionaryObject) -> bytes:
        """Draw one field's appearance (a form XObject) where the field is."""
        appearance = _appearance(widget)
        if appearance is None:
            return _value_drawing(widget)
        clone = appearance.clone(self.writer)
        ref = clone.indirect_reference or self.writer._add_object(clone)
        self._forms += 1
        name = f"/CDField{self._forms}"
        xobjects = resources.setdefault(NameObject("/XObject"), DictionaryObject())
        xobjects.get_object()[NameObject(name)] = ref
        placed = _placement(appearance, RectangleObject(widget["/Rect"]))
        return f"q {_cm(placed)} cm {name} Do Q\n".encode()

    def _wrap_contents(self, page: PageObject, before: bytes, after: bytes) -> None:
        parts: list[PdfObject] = [self._stream(before)]
        raw = page.raw_get("/Contents") if "/Contents" in page else None
        resolved = raw.get_object() if raw is not None else None
        if isinstance(resolved, ArrayObject):
            parts.extend(resolved)
        elif isinstance(raw, IndirectObject):
            parts.append(raw)
        elif isinstance(resolved, StreamObject):
            parts.append(self.writer._add_object(resolved))
        parts.append(self._stream(after))
        page[NameObject("/Contents")] = ArrayObject(parts)

    def _stream(self, data: bytes) -> IndirectObject:
        stream = DecodedStreamObject()
        stream.set_data(data)
        return self.writer._add_object(stream)


def _visible_widgets(page: PageObject) -> list[DictionaryObject]:
    annotations = page.get("/Annots")
    if not annotations:
        return []
    widgets = (a.get_object() for a in annotations.get_object())
    return [
        w
        for w in widgets
        if isinstance(w, DictionaryObject)
        and w.get("/Subtype") == "/Widget"
        and not int(w.get("/F", 0)) & _HIDDEN
        and "/Rect" in w
    ]


def _appearance(widget: DictionaryObject) -> StreamObject | None:
    """The widget's normal appearance in its current state (``/AS`` for a checkbox)."""
    normal = widget.get("/AP", DictionaryObject()).get_object().get("/N")
    normal = normal.get_object() if normal is not None else None
    if isinstance(normal, DictionaryObject) and not isinstance(normal, StreamObject):
        normal = normal.get(widget.get("/AS", "/Off"))
        normal = normal.get_object() if normal is not None else None
    return normal if isinstance(normal, StreamObject) and "/BBox" in normal else None


def _value_drawing(widget: DictionaryObject) -> bytes:
    """A text field's value drawn in its box, for forms that left drawing it to the viewer
    (``NeedAppearances``): without this the value would vanish from the packet."""
    field = widget if "/FT" in widget else widget.get("/Parent", DictionaryObject()).get_object()
    value = widget.get("/V", field.get("/V"))
    if field.get("/FT") != "/Tx" or not isinstance(value, str) or not value.strip():
        return b""
    rect = RectangleObject(widget["/Rect"])
    size = max(6.0, min(10.0, float(rect.height) - 4))
    text = _escape(" ".join(value.split()))
    x, y = float(rect.left) + 2, float(rect.bottom) + (float(rect.height) - size) / 2 + 1
    return f"BT /CDHelv {size:.1f} Tf 0 g {x:.2f} {y:.2f} Td ({text}) Tj ET\n".encode(
        "latin-1", "replace"
    )


def _placement(appearance: StreamObject, rect: RectangleObject) -> Matrix:
    """The matrix that maps the appearance's (transformed) bounding box onto ``rect``."""
    a, b, c, d, e, f = (float(v) for v in appearance.get("/Matrix", [1, 0, 0, 1, 0, 0]))
    x0, y0, x1, y1 = (float(v) for v in appearance["/BBox"])
    corners = [(a * x + c * y + e, b * x + d * y + f) for x in (x0, x1) for y in (y0, y1)]
    left, right = min(p[0] for p in corners), max(p[0] for p in corners)
    bottom, top = min(p[1] for p in corners), max(p[1] for p in corners)
    sx = float(rect.width) / (right - left) if right > left else 1.0
    sy = float(rect.height) / (top - bottom) if top > bottom else 1.0
    return (sx, 0.0, 0.0, sy, float(rect.left) - sx * left, float(rect.bottom) - sy * bottom)


def _paper_size(paper: str, page: PageObject) -> tuple[float, float]:
    width, height = PAPER_POINTS[paper]
    box = page.cropbox
    turned = int(page.get("/Rotate", 0) or 0) % 180 == 90
    landscape = (float(box.height) > float(box.width)) if turned else box.width > box.height
    return (height, width) if landscape else (width, height)


def _fit(page: PageObject, width: float, height: float) -> Matrix:
    """Rotation to upright, then scale to fit ``width``×``height``, centred."""
    box = page.cropbox
    x0, y0, w, h = float(box.left), float(box.bottom), float(box.width), float(box.height)
    rotate = int(page.get("/Rotate", 0) or 0) % 360
    rotations: dict[int, tuple[Matrix, float, float]] = {
        0: ((1, 0, 0, 1, -x0, -y0), w, h),
        90: ((0, -1, 1, 0, -y0, w + x0), h, w),
        180: ((-1, 0, 0, -1, w + x0, h + y0), w, h),
        270: ((0, 1, -1, 0, h + y0, -x0), h, w),
    }
    (a, b, c, d, e, f), upright_w, upright_h = rotations.get(rotate, rotations[0])
    scale = min(width / upright_w, height / upright_h) if upright_w and upright_h else 1.0
    tx = (width - upright_w * scale) / 2
    ty = (height - upright_h * scale) / 2
    s = scale
    return (s * a, s * b, s * c, s * d, s * e + tx, s * f + ty)


def _cm(matrix: Matrix) -> str:
    return " ".join(f"{v:.4f}" for v in matrix)


def _resources(page: PageObject) -> DictionaryObject:
    if "/Resources" not in page:
        page[NameObject("/Resources")] = DictionaryObject()
    return page["/Resources"].get_object()


def _font_resources(resources: DictionaryObject, fonts: dict[str, IndirectObject]) -> None:
    font_dict = resources.setdefault(NameObject("/Font"), DictionaryObject()).get_object()
    for name, ref in fonts.items():
        font_dict[NameObject(name)] = ref


def _font(writer: PdfWriter, base: str) -> IndirectObject:
    return writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject(base),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
    )


def _marks_stream(marks: Marks, width: float, height: float) -> bytes:
    """The stamp at the bottom right on a white patch, and the header at the top centre."""
    size = _STAMP_SIZE
    parts = []
    if marks.stamp:  # no stamp: a page flattened for redaction, stamped later
        text_width = _text_width(marks.stamp, size)
        x = width - _MARGIN - text_width
        y = _MARGIN * 0.6
        parts += [
            f"q 1 g {x - 2:.2f} {y - 2.5:.2f} {text_width + 4:.2f} {size + 3:.2f} re f Q",
            f"BT /CDHelv {size} Tf 0 g {x:.2f} {y:.2f} Td ({_escape(marks.stamp)}) Tj ET",
        ]
    if marks.header:
        head_width = _text_width(marks.header, size + 1, bold=True)
        hx, hy = (width - head_width) / 2, height - _MARGIN * 0.8
        parts.append(
            f"BT /CDHelvB {size + 1} Tf 0.7 0 0 rg {hx:.2f} {hy:.2f} Td "
            f"({_escape(marks.header)}) Tj ET"
        )
    return ("\n".join(parts) + "\n").encode("latin-1", "replace")


def _text_width(text: str, size: float, bold: bool = False) -> float:
    """Helvetica's width of ``text`` (close enough to right-align a stamp)."""
    widths = {"-": 333, " ": 278, ".": 278, "/": 278, "_": 556}
    total = 0
    for char in text:
        if char.isdigit():
            total += 556
        elif char.isupper():
            total += 722 if bold else 667
        elif char.islower():
            total += 556
        else:
            total += widths.get(char, 556)
    return total * size / 1000


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
