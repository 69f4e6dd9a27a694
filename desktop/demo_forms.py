"""Filled demo forms: a Qt-rendered layout with real AcroForm fields added by pypdf.

A form is described in ``<name>.form.json`` (see ``resources/demo/README.md``)::

    {"title": "...", "date": "2024-02-20", "heading": "...", "intro": "...", "intro_fa": "...",
     "footer": "...",
     "fields": [{"name": "FamilyName", "label": "Family name", "label_fa": "تخلص",
                 "value": "Ahmadzai"},
                {"name": "HasDependants", "label": "...", "type": "checkbox", "value": true}]}

:func:`build_form_pdf` renders the visible layout (labels in English and Dari, an empty
box per field) with :func:`~desktop.output.pdf.html_to_pdf`, finds where PDFium placed
each label, and adds a text field or a checkbox there: ``/FT``, ``/T`` (the field's
name), ``/TU`` (its English label), ``/V`` and an appearance stream, in an ``/AcroForm``
with ``NeedAppearances`` true.  Values are Latin script: the form's font is Helvetica.
"""

from __future__ import annotations

import html
import json
from io import BytesIO
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    RectangleObject,
    TextStringObject,
)

from desktop.output.pdf import html_to_pdf

MARGIN = 56.69  # 20 mm, the margin html_to_pdf uses
LABEL_SHARE = 0.42  # the label column's share of the text width (see _layout_html)
FIELD_HEIGHT = 16.0
_HELVETICA = DictionaryObject(
    {
        NameObject("/Type"): NameObject("/Font"),
        NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"),
        NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
    }
)
_STYLE = (
    "body { font-family: sans-serif; font-size: 10pt }"
    "td { padding: 6px } .fa { color: #555555; font-size: 9pt }"
    ".box { border: 1px solid #777777 } h1 { font-size: 15pt } .small { font-size: 8pt }"
)


def build_form_pdf(spec_path: Path, target: Path) -> Path:
    """Build the filled form described by ``spec_path`` at ``target`` and return ``target``."""
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    html_to_pdf(_layout_html(spec), target, title=spec["title"])
    places = _label_places(target, [field["label"] for field in spec["fields"]])
    writer = PdfWriter(clone_from=BytesIO(target.read_bytes()))
    page = writer.pages[0]
    width = float(page.mediabox.width)
    font = writer._add_object(DictionaryObject(_HELVETICA))
    fields = ArrayObject()
    for field, centre in zip(spec["fields"], places, strict=True):
        widget = _widget(field, _rect(width, centre, field), page)
        if field.get("type") == "checkbox":
            _check_box(writer, widget, bool(field["value"]), font)
        else:
            _text_box(writer, widget, str(field["value"]), font)
        ref = writer._add_object(widget)
        page.setdefault(NameObject("/Annots"), ArrayObject()).append(ref)
        fields.append(ref)
    writer.root_object[NameObject("/AcroForm")] = DictionaryObject(
        {
            NameObject("/Fields"): fields,
            NameObject("/NeedAppearances"): BooleanObject(True),
            NameObject("/DA"): TextStringObject("/Helv 0 Tf 0 g"),
            NameObject("/DR"): DictionaryObject(
                {NameObject("/Font"): DictionaryObject({NameObject("/Helv"): font})}
            ),
        }
    )
    if spec.get("date"):
        writer.add_metadata({"/CreationDate": f"D:{spec['date'].replace('-', '')}090000"})
    with target.open("wb") as out:
        writer.write(out)
    return target


def _layout_html(spec: dict[str, Any]) -> str:
    """The visible form: heading, a two-column table of labels and empty boxes, footer."""
    rows = []
    for field in spec["fields"]:
        label = html.escape(field["label"])
        farsi = html.escape(field.get("label_fa", ""))
        rows.append(
            f'<tr><td width="{int(LABEL_SHARE * 100)}%">{label}<br>'
            f'<span class="fa" dir="rtl">{farsi}</span></td><td class="box">&nbsp;</td></tr>'
        )
    return (
        f"<html><head><style>{_STYLE}</style></head><body>"
        f"<h1>{html.escape(spec['heading'])}</h1><p>{html.escape(spec['intro'])}</p>"
        f'<p dir="rtl" class="fa">{html.escape(spec.get("intro_fa", ""))}</p>'
        f'<table width="100%" cellspacing="4">{"".join(rows)}</table>'
        f'<p class="small">{html.escape(spec["footer"])}</p></body></html>'
    )


def _label_places(pdf: Path, labels: list[str]) -> list[float]:
    """The vertical centre (PDF points from the bottom) of each label on the first page.

    Labels are looked for in order, each after the one before, by their first word: a long
    label wraps, and PDFium may give a line's English and Dari words in visual order.
    """
    doc = pdfium.PdfDocument(str(pdf))
    try:
        textpage = doc[0].get_textpage()
        centres, start = [], 0
        for label in labels:
            word = label.split()[0]
            searcher = textpage.search(word, index=start, match_case=True, match_whole_word=True)
            found = searcher.get_next()
            if found is None:
                raise ValueError(f"the form layout does not show the label {label!r}")
            _left, bottom, _right, top = textpage.get_charbox(found[0])
            centres.append((bottom + top) / 2)
            start = found[0] + found[1]
        return centres
    finally:
        doc.close()


def _rect(page_width: float, centre: float, field: dict[str, Any]) -> RectangleObject:
    """Where the field goes: in the value column, level with its label."""
    left = MARGIN + LABEL_SHARE * (page_width - 2 * MARGIN) + 14
    if field.get("type") == "checkbox":
        return RectangleObject([left, centre - 6, left + 12, centre + 6])
    half = FIELD_HEIGHT / 2
    return RectangleObject([left, centre - half, page_width - MARGIN - 6, centre + half])


def _widget(field: dict[str, Any], rect: RectangleObject, page: Any) -> DictionaryObject:
    """A merged field and widget annotation: name, label, type and place."""
    checkbox = field.get("type") == "checkbox"
    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Btn" if checkbox else "/Tx"),
            NameObject("/T"): TextStringObject(field["name"]),
            NameObject("/TU"): TextStringObject(field["label"]),
            NameObject("/Rect"): rect,
            NameObject("/F"): NumberObject(4),  # print
            NameObject("/P"): page.indirect_reference,
            NameObject("/DA"): TextStringObject(
                "/ZaDb 0 Tf 0 g" if checkbox else "/Helv 10 Tf 0 g"
            ),
        }
    )


def _text_box(writer: PdfWriter, widget: DictionaryObject, value: str, font: Any) -> None:
    """Set a text field's value and draw it (Helvetica, Latin-1 text)."""
    widget[NameObject("/V")] = TextStringObject(value)
    width = float(widget["/Rect"][2]) - float(widget["/Rect"][0])
    shown = value.encode("latin-1", "replace").decode("latin-1")
    escaped = shown.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = f"/Tx BMC q BT /Helv 10 Tf 0 g 2 4 Td ({escaped}) Tj ET Q EMC".encode("latin-1")
    widget[NameObject("/AP")] = DictionaryObject(
        {NameObject("/N"): _appearance(writer, content, (width, FIELD_HEIGHT), font)}
    )


def _check_box(writer: PdfWriter, widget: DictionaryObject, checked: bool, font: Any) -> None:
    """Set a checkbox's state (/Yes or /Off) with an appearance for both."""
    state = NameObject("/Yes" if checked else "/Off")
    widget[NameObject("/V")] = state
    widget[NameObject("/AS")] = state
    box = b"q 0.4 G 0.5 w 0.5 0.5 11 11 re S Q "
    tick = box + b"q 0 G 1.5 w 2.5 6 m 5 3 l 9.5 9.5 l S Q"
    widget[NameObject("/AP")] = DictionaryObject(
        {
            NameObject("/N"): DictionaryObject(
                {
                    NameObject("/Yes"): _appearance(writer, tick, (12, 12), font),
                    NameObject("/Off"): _appearance(writer, box, (12, 12), font),
                }
            )
        }
    )


def _appearance(writer: PdfWriter, content: bytes, size: tuple[float, float], font: Any) -> Any:
    """A form XObject of ``size`` (width, height) drawing ``content`` with ``font`` as /Helv."""
    width, height = size
    stream = DecodedStreamObject()
    stream.set_data(content)
    stream.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(
                [FloatObject(0), FloatObject(0), FloatObject(width), FloatObject(height)]
            ),
            NameObject("/Resources"): DictionaryObject(
                {NameObject("/Font"): DictionaryObject({NameObject("/Helv"): font})}
            ),
        }
    )
    return writer._add_object(stream)
