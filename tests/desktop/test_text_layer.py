"""Our own PDFs keep every letter: pypdf, PDFium and poppler read back what was written."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pytest

from desktop.output.paged import PageSetup, render_pdf
from desktop.output.text_layer import read_map, write_map

PERSIAN = "ا آ ب پ ت ث ج چ ح خ د ذ ر ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن و ه ی ئ ء ۀ"
PASHTO = "ټ ځ څ ډ ړ ږ ښ ګ ڼ ې ۍ ي"  # besides the Persian letters it shares
URDU = "ٹ ڈ ڑ ں ہ ھ ے ۓ ۂ ۃ"
ARABIC = "أ إ ؤ ة ك"  # written in names and quotations
LETTERS = " ".join((PERSIAN, PASHTO, URDU, ARABIC)).split()
# Alef maksura only ever ends a word; Noto Naskh draws its (unused) initial and medial forms
# with the glyph of ں's, and a glyph reads back as one text only.
WORD_END_ONLY = ["ى", "بى"]
LIGATURES = ["لا", "بلاب", "الله", "عبدالله", "هدایت‌الله"]
DIGITS = ["۱۴۰۲", "١٤٠٢"]
# Pashto words with the letters that came out as control characters, and a name.
PASHTO_PHRASE = "ګل مکۍ د ځوانو ښځو ډلې ته ورغله"
# Words with marks: the hamza of هٔ, a fatha, a fathatan on لا, a shadda (issue 19).
MARKED = ["برنامهٔ", "دربارهٔ", "خانهٔ", "حَبیبی", "فعلاً", "بچّه", "صفحهٔ"]
ZWNJ = "\u200c"
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))


def every_form(letter: str) -> list[str]:
    """The letter alone, first, last and in the middle of a word (beh joins on both sides)."""
    return [letter, f"{letter}ب", f"ب{letter}", f"ب{letter}ب"]


WORDS = [form for letter in LETTERS for form in every_form(letter)]
WORDS += WORD_END_ONLY + LIGATURES + DIGITS


def read_pypdf(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def read_pdfium(data: bytes) -> str:
    document = pdfium.PdfDocument(data)
    return "\n".join(document[i].get_textpage().get_text_bounded() for i in range(len(document)))


def read_poppler(data: bytes, folder: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = folder / "letter.pdf"
    path.write_bytes(data)
    run = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
    return run.stdout.decode("utf-8")


def words_of(text: str) -> list[str]:
    """What a search would see: NFKC, without the direction marks poppler adds, by spaces."""
    return unicodedata.normalize("NFKC", text).translate(BIDI_CONTROLS).split()


def read_back(word: str, words: list[str]) -> bool:
    """Whether ``word`` is among the ``words`` read, as a text layer can hold it: after NFKC,
    and with its zero-width non-joiner (no glyph of its own; search folds it away) as
    nothing or, where a reader takes the gap it leaves for one, a space."""
    word = unicodedata.normalize("NFKC", word)
    joined, spaced = word.replace(ZWNJ, ""), word.replace(ZWNJ, " ")
    return joined in words or (ZWNJ in word and f" {spaced} " in f" {' '.join(words)} ")


@pytest.fixture(scope="module")
def letter() -> bytes:
    """A letter with a Dari paragraph holding every letter in every form, and a Pashto one."""
    html = (
        "<p>Every letter of the Persian, Pashto and Urdu alphabets follows.</p>"
        f"<p dir='rtl'>{' '.join(WORDS)}</p><p dir='rtl'>{PASHTO_PHRASE}</p>"
    )
    return render_pdf(html, PageSetup(footer_left="AFG-2024-00452 · ګل مکۍ")).data


@pytest.mark.parametrize("reader", ["pypdf", "pdfium", "poppler"])
def test_every_letter_reads_back_as_written(letter: bytes, reader: str, tmp_path: Path) -> None:
    """GIVEN a drafted PDF with every Persian, Pashto and Urdu letter alone, first, last and in
    the middle of a word, with لا, الله and Persian and Arabic digits
    WHEN its text layer is read by pypdf, PDFium and poppler
    THEN each reads every word back letter for letter in logical order (after NFKC; the
    zero-width non-joiner is no glyph), the Pashto phrase and the footer's Pashto name too,
    and no control character."""
    text = {
        "pypdf": lambda: read_pypdf(letter),
        "pdfium": lambda: read_pdfium(letter),
        "poppler": lambda: read_poppler(letter, tmp_path),
    }[reader]()
    found = words_of(text)
    missing = [w for w in WORDS if not read_back(w, found)]
    assert missing == [], f"{reader} lost {missing}"
    assert PASHTO_PHRASE in " ".join(words_of(text))
    assert "ګل مکۍ" in " ".join(words_of(text))  # the footer, drawn apart from the body
    controls = {c for c in text if unicodedata.category(c) == "Cc" and c not in "\r\n\t\f"}
    assert controls == set()


@pytest.fixture(scope="module")
def marked() -> bytes:
    """A Dari line of words with marks, and the footer's "صفحهٔ ۱ از ۱"."""
    html = f"<p dir='rtl'>{' '.join(MARKED)}</p>"
    setup = PageSetup(page_of="صفحهٔ {page} از {pages}", persian_digits=True)
    return render_pdf(html, setup).data


@pytest.mark.parametrize("reader", ["pypdf", "pdfium", "poppler"])
def test_a_mark_reads_back_after_its_letter(marked: bytes, reader: str, tmp_path: Path) -> None:
    """GIVEN a drafted PDF with Dari words whose letters carry marks (هٔ, a fatha, a
    fathatan, a shadda) WHEN read by pypdf, PDFium and poppler THEN each word reads back
    whole, every mark after its letter (the mark came first, or stood apart, before)."""
    text = {
        "pypdf": lambda: read_pypdf(marked),
        "pdfium": lambda: read_pdfium(marked),
        "poppler": lambda: read_poppler(marked, tmp_path),
    }[reader]()
    line = " ".join(words_of(text))
    assert " ".join(MARKED) in line, f"{reader} read {line!r}"
    assert "صفحهٔ" in words_of(text)


MIXED = "نمبر مراجعه: AFG-2024-00137 در سال ۱۴۰۲ (2023) ثبت شد؛ Shabnam Rahimi و برنامهٔ P-2 است"
# The words of the line and of the footer in the order they were written, as far as each
# reader keeps them apart: poppler drops the space where a line changes direction and puts
# "(2023)" before "۱۴۰۲", as it did before (docs/PDF-EXTRACTION.md).
IN_ORDER = {
    "pypdf": ["مراجعه", "AFG-2024-00137", "در", "سال", "۱۴۰۲", "2023", "Shabnam", "Rahimi", "P-2"],
    "pdfium": ["مراجعه", "AFG-2024-00137", "در", "سال", "۱۴۰۲", "2023", "Shabnam", "Rahimi", "P-2"],
    "poppler": ["مراجعه", "AFG-2024-00137", "در", "سال", "Shabnam", "P-2"],
}
FOOTER = {
    "pypdf": ["صفحهٔ", "۱", "از", "۲", "AFG-2024-00452"],
    "pdfium": ["صفحهٔ", "۱", "از", "۲", "AFG-2024-00452"],
    "poppler": ["صفحهٔ", "AFG-2024-00452"],
}


@pytest.fixture(scope="module")
def mixed() -> bytes:
    """A Dari line with a case id, years and a Latin name, on two pages whose footers say
    "صفحهٔ ۱ از ۲" beside "AFG-2024-00452 · مکتوب ارجاع"."""
    html = f"<p dir='rtl'>{MIXED}</p><p dir='rtl' style='page-break-before: always'>دوم</p>"
    setup = PageSetup(
        footer_left="AFG-2024-00452 · مکتوب ارجاع",
        page_of="صفحهٔ {page} از {pages}",
        persian_digits=True,
    )
    return render_pdf(html, setup).data


def in_order(expected: list[str], text: str) -> bool:
    """Whether ``expected`` stand in ``text`` one after another (others may stand between)."""
    at = 0
    for word in expected:
        found = text.find(word, at)
        if found < 0:
            return False
        at = found + len(word)
    return True


@pytest.mark.parametrize("reader", ["pypdf", "pdfium", "poppler"])
def test_a_latin_run_or_a_number_in_a_dari_line_reads_in_order(
    mixed: bytes, reader: str, tmp_path: Path
) -> None:
    """GIVEN a drafted PDF with a Dari line holding a case id, years, a Latin name and a
    programme, and a Dari footer "صفحهٔ ۱ از ۲" beside the case id
    WHEN read by pypdf, PDFium and poppler
    THEN the line's words come in the order they were written, the case ids whole (PDFium
    read ``-2024-00137AFG``, pypdf the line last run first, one run a line, and the footer
    ``۲ از ۱``)."""
    text = {
        "pypdf": lambda: read_pypdf(mixed),
        "pdfium": lambda: read_pdfium(mixed),
        "poppler": lambda: read_poppler(mixed, tmp_path),
    }[reader]()
    line = " ".join(words_of(text))
    assert in_order(IN_ORDER[reader], line), f"{reader} read {line!r}"
    assert "AFG-2024-00137" in line.split(), line
    first_page = line[: line.index("دوم")]
    assert in_order(FOOTER[reader], first_page), f"{reader} read {first_page!r}"


def test_spaces_read_back_as_spaces(letter: bytes) -> None:
    """GIVEN a drafted PDF WHEN pypdf reads an English line THEN its words are separated by
    spaces, not tabs (Qt named the space glyph after the tab that shares it)."""
    assert "Every letter of the Persian, Pashto and Urdu alphabets follows." in read_pypdf(letter)


def test_the_map_written_is_the_map_read() -> None:
    """GIVEN glyph texts with a ligature, a surrogate pair and more than a block's 100 entries
    WHEN written as a ToUnicode map and read back THEN the same entries."""
    entries = {n: chr(0x0627 + n % 40) for n in range(1, 230)} | {3: "لا", 7: "\U0001f600"}
    assert read_map(write_map(entries)) == entries
