"""Letters lay out each paragraph in its own direction: Dari right to left, English left to
right, Dari names inside English sentences kept in place."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.drafting.library import TemplateLibrary
from desktop.drafting.output import to_pdf
from desktop.drafting.render import render_html
from index.archive import Archive
from index.extract.base import ExtractOptions
from index.extract.pdf import PdfExtractor
from tests.support.drafting import CASE_ID, draft
from tests.support.pdf_lines import margins, placed_lines

# A Dari paragraph long enough to take three lines, with the case number, two years (one in
# Persian digits) and a Latin name in it; then an English one.
DARI = (
    "خانم شبنم رحیمی از سال 2017 تا 2021 در هرات برنامهٔ رادیویی دربارهٔ آموزش دختران "
    f"اجرا می‌کرد. پروندهٔ او با شمارهٔ {CASE_ID} در سال ۱۴۰۲ ثبت شد و Radio Sahar "
    "نامهٔ کار او را تأیید کرده است. پس از اگست 2021 او بارها از طریق تلفن تهدید شد "
    "و خانواده‌اش مجبور شدند خانهٔ خود را در هرات ترک کنند."
)
ENGLISH = "After August 2021 she received threats by telephone and at her home."
ADDRESSEE = "دفتر کمیشنری عالی ملل متحد\nاسلام‌آباد\nResettlement Unit"
FSI, PDI, ZWNJ = "\u2068", "\u2069", "\u200c"


def _rendered(archive: Archive, cite: int) -> object:
    library = TemplateLibrary.for_archive(archive.root)
    rendered = draft(archive, "resettlement-referral", cite=(cite,))
    values = {**rendered.values, "grounds": f"{DARI}\n\n{ENGLISH}", "addressee": ADDRESSEE}
    return render_html(library, "resettlement-referral", rendered.context, values)


def test_a_dari_paragraph_is_right_aligned_and_reads_in_order(
    built_archive: tuple[Path, dict[str, int]], tmp_path: Path
) -> None:
    """GIVEN a referral letter whose grounds are a Dari paragraph with the case number, years
    and a Latin name, then an English paragraph WHEN drafted as PDF
    THEN every line of the Dari paragraph ends at the right margin (PDFium's boxes) and its
    last, short line does not reach the left one, the English line starts at the left margin,
    and the text reads back in the order it was written, case number and years in place."""
    root, ids = built_archive
    with Archive.open(root, write=False) as archive:
        pdf = to_pdf(_rendered(archive, ids["statement.txt"]))
    left, right = margins()
    lines = placed_lines(pdf.data)
    dari = [line for line in lines if any(word in line.text for word in ("هرات", "پرونده"))]
    dari = lines[lines.index(dari[0]) : lines.index(dari[-1]) + 1]
    assert len(dari) >= 3
    assert all(abs(line.right - right) < 1.5 for line in dari), [(d.left, d.right) for d in dari]
    assert dari[-1].left > left + 30
    english = next(line for line in lines if "After August 2021" in line.text)
    assert abs(english.left - left) < 1.5
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf.data)
    text = " ".join(PdfExtractor().extract(path, ExtractOptions()).pages[0].split())
    assert DARI.replace(ZWNJ, "") in text and ENGLISH in text  # a ZWNJ draws no glyph


def test_the_html_says_which_way_each_paragraph_runs(
    built_archive: tuple[Path, dict[str, int]],
) -> None:
    """GIVEN the same letter WHEN rendered as HTML (what a browser or Word opens)
    THEN the Dari paragraph is a ``<p dir="rtl">``, the English one has no direction of its
    own, each line of the mixed addressee says its direction, the Dari names inside English
    sentences are isolated (FSI … PDI) so the text after them stays in place, and nothing
    in English is marked right to left."""
    root, ids = built_archive
    with Archive.open(root, write=False) as archive:
        page = _rendered(archive, ids["statement.txt"]).html
    assert f'<p dir="rtl">{DARI}</p>' in page
    assert f"<p>{ENGLISH}</p>" in page
    assert '<div dir="rtl">اسلام‌آباد</div>' in page
    assert '<div dir="ltr">Resettlement Unit</div>' in page
    assert re.search(r'<td valign="top" dir="rtl"><div dir="rtl">دفتر', page)
    assert f'(<span class="native">{FSI}شبنم رحیمی{PDI}</span>)' in page
    for match in re.finditer(r'<(\w+)[^>]* dir="rtl"[^>]*>(?:<div dir="rtl">)?([^<]*)', page):
        assert re.search("[\u0600-\u06ff]", match.group(2)), match.group(0)  # nothing English
