"""One packet page: fitted to the paper keeping its orientation, stamped as real text."""

from __future__ import annotations

import io

import pypdf
import pytest
from pypdf import PdfWriter
from pypdf.generic import NameObject, NumberObject

from desktop.packets.pages import PAPER_POINTS, Marks, PageFitter


def written(writer: PdfWriter) -> pypdf.PdfReader:
    out = io.BytesIO()
    writer.write(out)
    return pypdf.PdfReader(io.BytesIO(out.getvalue()))


@pytest.mark.parametrize(
    ("size", "rotate", "expected"),
    [
        ((300, 400), 0, "portrait"),
        ((842, 595), 0, "landscape"),
        ((595, 842), 90, "landscape"),
        ((1200, 800), 270, "portrait"),
    ],
)
def test_pages_are_fitted_to_the_paper_keeping_orientation(
    size: tuple[int, int], rotate: int, expected: str
) -> None:
    """GIVEN a page of any size and rotation WHEN added to a Letter packet
    THEN it is Letter, upright (no /Rotate), in the orientation it is seen in, and stamped."""
    source = PdfWriter()
    page = source.add_blank_page(*size)
    page[NameObject("/Rotate")] = NumberObject(rotate)
    target = PdfWriter()
    PageFitter(target, "letter").add(page, Marks("CD-000007"))
    result = written(target).pages[0]
    width, height = PAPER_POINTS["letter"]
    shape = (height, width) if expected == "landscape" else (width, height)
    assert (float(result.mediabox.width), float(result.mediabox.height)) == shape
    assert result.get("/Rotate", 0) == 0
    assert result.extract_text().strip() == "CD-000007"


def test_a_form_value_without_an_appearance_is_still_drawn(tmp_path) -> None:
    """GIVEN a filled form whose fields have no appearance streams (left to the viewer)
    WHEN a page is added THEN the value is drawn as text and the fields are gone."""
    from tests.support.packets import FORM_VALUE, write_packet_documents

    folder = write_packet_documents(tmp_path / "docs")
    form = PdfWriter(clone_from=folder / "form.pdf")
    for annotation in form.pages[0]["/Annots"]:
        annotation.get_object().pop(NameObject("/AP"), None)
    target = PdfWriter()
    PageFitter(target, "a4").add(written(form).pages[0], Marks("CD-000001"))
    page = written(target).pages[0]
    assert FORM_VALUE in page.extract_text()
    assert "/Annots" not in page
