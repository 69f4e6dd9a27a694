"""A template's own language: what its filters write follows it, not the window's; its
title, description and labels may be given in the window's languages."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace
from pathlib import Path

import pypdf
import pypdfium2
import pytest

from desktop.drafting.citations import citation
from desktop.drafting.context import build_context
from desktop.drafting.errors import TemplateBroken
from desktop.drafting.library import TemplateLibrary
from desktop.drafting.metadata import parse_metadata
from desktop.drafting.output import to_pdf
from desktop.drafting.prefill import prefill
from desktop.drafting.render import render_html
from tests.support.drafting import OFFICE, TODAY, TYPED, realistic_case

DARI_LETTER, PASHTO_LETTER = "resettlement-referral-dari", "resettlement-referral-pashto"


def _library(tmp_path: Path, name: str, source: str) -> TemplateLibrary:
    folder = tmp_path / "templates"
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.html").write_text(source, encoding="utf-8")
    return TemplateLibrary.for_archive(tmp_path)


def _born(principal: str, spouse: str) -> dict[str, object]:
    """The invented case's context, the principal and the spouse born as given."""
    case = realistic_case()
    first, second, *others = case.people
    people = (replace(first, birth_date=principal), replace(second, birth_date=spouse), *others)
    cites = [citation(1, "Radio station employment letter", "2024-11-02", 2, "She presented it.")]
    case = replace(case, people=people)
    return build_context(case, office=OFFICE, citations=cites, today=TODAY)


def _filled(library: TemplateLibrary, name: str, context: dict) -> dict[str, str]:
    values = prefill(library, library.get(name), context)
    return {k: v or TYPED.get(k, "") for k, v in values.items()}


def test_a_dari_letter_writes_a_year_and_an_approximate_birth_date_in_dari() -> None:
    """GIVEN the principal born "1990" and the spouse "about 1985"
    WHEN the Dari referral and the English one are rendered
    THEN the Dari letter says "متولد ۱۹۹۰" and "حدود ۱۹۸۵" (Persian digits, as it asks) and no
    English "about"; the English letter still says "born 1990" and "about 1985"."""
    library = TemplateLibrary.for_archive(None)
    context = _born("1990", "~1985")
    dari = render_html(library, DARI_LETTER, context, _filled(library, DARI_LETTER, context))
    assert "متولد ۱۹۹۰" in dari.html and "حدود ۱۹۸۵" in dari.html
    assert "about" not in dari.html and "1985" not in dari.html
    english = render_html(
        library,
        "resettlement-referral",
        context,
        _filled(library, "resettlement-referral", context),
    )
    assert "born 1990" in english.html and "about 1985" in english.html


def test_a_pashto_letter_writes_solar_hijri_dates_with_pashto_month_names() -> None:
    """GIVEN the Pashto referral drafted on 2025-03-14 WHEN rendered THEN its date is in both
    calendars, Solar Hijri first with the Pashto month (کب) and the Gregorian month in Pashto
    spelling, in Persian digits; its telephone is "ټیلیفون"; and a Solar Hijri month of birth
    is written with the Pashto month names of both calendars."""
    library = TemplateLibrary.for_archive(None)
    context = _born("1369-02 SH", "~1985")
    letter = render_html(library, PASHTO_LETTER, context, _filled(library, PASHTO_LETTER, context))
    assert "۲۴ کب ۱۴۰۳ لمریز (۱۴ مارچ ۲۰۲۵)" in letter.html
    assert "غویی ۱۳۶۹ لمریز (اپرېل–مۍ ۱۹۹۰)" in letter.html and "شاوخوا ۱۹۸۵" in letter.html
    assert "ټیلیفون:" in letter.html and "Tel." not in letter.html


def test_filters_write_in_the_templates_language_and_digits(tmp_path: Path) -> None:
    """GIVEN a Pashto template with Latin digits and a Dari one with Persian digits, using
    every language-aware filter WHEN rendered THEN each writes in its template's words."""
    body = (
        "{{ d|longdate }} | {{ d|solar_hijri }} | {{ d|both_calendars }} | "
        "{{ '1990'|age(d) }} | {{ true|yes_no }} {{ false|yes_no }} | "
        "{{ ['a', 'b', 'c']|listing }} | {{ 'spouse'|case_word }} | {{ 42|digits }}"
    )
    head = '{{# title = "T"\nkind = "letter"\nlanguage = "{}"\ndigits = "{}" #}}\n'
    cases = {
        ("ps", "latin"): "7 اکتوبر 2023 | 15 تله 1402 | 15 تله 1402 لمریز (7 اکتوبر 2023) | "
        "شاوخوا 33 | هو نه | a، b او c | مېړه یا مېرمن | 42",
        (
            "fa-AF",
            "persian",
        ): "۷ اکتوبر ۲۰۲۳ | ۱۵ میزان ۱۴۰۲ | ۱۵ میزان ۱۴۰۲ هـ ش (۷ اکتوبر ۲۰۲۳) | "
        "حدود ۳۳ | بلی نخیر | a، b و c | همسر | ۴۲",
        ("en", "latin"): "7 October 2023 | 15 Mizan 1402 | 7 October 2023 (15 Mizan 1402) | "
        "about 33 | yes no | a, b and c | spouse | 42",
    }
    for (language, digits), expected in cases.items():
        library = _library(tmp_path, "t", head.format(language, digits) + body)
        context = build_context(realistic_case(), today=TODAY)
        assert render_html(library, "t", context, {"d": "2023-10-07"}).html == expected


def test_a_template_without_translations_falls_back_to_english(tmp_path: Path) -> None:
    """GIVEN a template with only English words and one with Pashto ones WHEN asked for its
    title, description, labels and help in Pashto and Dari THEN the translated ones where
    given, English where not; its language is English with Latin digits."""
    source = (
        '{#\ntitle = "Hearing letter"\ntitle_ps = "د اورېدنې لیک"\nkind = "letter"\n'
        'description = "Tells the court."\n\n[fields.court]\nlabel = "Court"\n'
        'label_ps = "محکمه"\nhelp = "As on the summons."\n#}\n{{ court }}'
    )
    info = parse_metadata("hearing", Path("hearing.html"), source, shipped=False)
    assert (info.title_in("ps"), info.title_in("fa_AF"), info.title_in("en")) == (
        "د اورېدنې لیک", "Hearing letter", "Hearing letter"
    )  # fmt: skip
    assert info.description_in("ps") == "Tells the court."
    court = info.fields[0]
    assert (court.label_in("ps"), court.label_in("fa_AF"), court.help_in("ps")) == (
        "محکمه", "Court", "As on the summons."
    )  # fmt: skip
    assert (info.language, info.digits, info.variable()["direction"]) == ("en", "latin", "ltr")


@pytest.mark.parametrize(
    ("line", "why"),
    [('language = "de"', "language must be one of"), ('digits = "roman"', "digits must be one of")],
)
def test_an_unknown_language_or_digits_is_refused(line: str, why: str) -> None:
    """GIVEN metadata naming a language or digits we do not have WHEN read
    THEN the template is broken, saying which are known."""
    source = f'{{#\ntitle = "T"\nkind = "letter"\n{line}\n#}}\nx'
    with pytest.raises(TemplateBroken, match=why):
        parse_metadata("t", Path("t.html"), source, shipped=False)


def test_every_shipped_template_has_its_words_in_dari_and_pashto() -> None:
    """GIVEN the shipped templates WHEN their title, description, labels and help are asked
    for in Dari and Pashto THEN none is left in English."""
    for info in TemplateLibrary.for_archive(None).templates():
        for code in ("fa_AF", "ps"):
            assert info.title_in(code) != info.title, (info.name, code)
            assert info.description_in(code) != info.description, (info.name, code)
            for field in info.fields:
                assert field.label_in(code) != field.label, (info.name, field.name, code)
                if field.help:
                    assert field.help_in(code) != field.help, (info.name, field.name, code)


@pytest.mark.parametrize("name", [DARI_LETTER, PASHTO_LETTER])
def test_a_right_to_left_letter_reads_back_from_its_pdf(name: str) -> None:
    """GIVEN the Dari or the Pashto referral for the invented case WHEN made into a PDF
    THEN its words read back whole and apart (every Pashto letter kept: ټ ښ ړ ې ۍ; a space
    not read as the ZWNJ Dari words hold), the case id and the applicant's Latin name among
    them, and no glyph was drawn as an empty box."""
    library = TemplateLibrary.for_archive(None)
    context = _born("1990", "~1985")
    result = to_pdf(render_html(library, name, context, _filled(library, name, context)))
    reader = pypdf.PdfReader(io.BytesIO(result.data))
    text = unicodedata.normalize("NFKC", " ".join(p.extract_text() for p in reader.pages))
    words = {w.strip("():،.") for w in text.split()}  # pypdf puts a colon at either end
    expected = (
        {"ټیلیفون", "اړیکه", "ښکلۍ", "کورنۍ", "غړي", "مېړه", "اوسېږي"}
        if name == PASHTO_LETTER
        else {"تیلفون", "رابطه", "متقاضی", "فامیل", "اسکان", "مجدد", "زندگی"}
    )
    assert expected <= words, expected - words
    assert {"Shabnam", "Rahimi", "AFG-2024-00452"} <= words
    assert result.missing_glyphs == 0


@pytest.mark.parametrize(
    ("name", "page_of"),
    [
        (DARI_LETTER, "۱ از ۲"),
        (PASHTO_LETTER, "۱ مخ له ۲"),
        ("resettlement-referral", "Page 1 of 2"),
    ],
)
def test_a_letters_footer_is_in_its_own_language(name: str, page_of: str) -> None:
    """GIVEN a Dari, a Pashto and an English referral WHEN made into a PDF THEN each page's
    footer says its page number in the letter's language and digits, beside the case id
    and the template's title in that language (an English footer on a Dari letter before),
    read back in logical order by PDFium (what CaseDesk's own ingest reads PDFs with), the
    case id whole."""
    library = TemplateLibrary.for_archive(None)
    context = _born("1990", "~1985")
    rendered = render_html(library, name, context, _filled(library, name, context))
    result = to_pdf(rendered)
    assert result.pages == 2
    first = pypdfium2.PdfDocument(result.data)[0].get_textpage().get_text_range()
    text = " ".join(unicodedata.normalize("NFKC", first).split())
    code = {DARI_LETTER: "fa_AF", PASHTO_LETTER: "ps"}.get(name, "en")
    title = " ".join(unicodedata.normalize("NFKC", rendered.template.title_in(code)).split())
    assert page_of in text and title in text
    if name == "resettlement-referral":
        assert "AFG-2024-00452 · " + title in text
    else:  # read right to left: the title, then the case id (it read -2024-00452AFG)
        assert f"{page_of} {title} · AFG-2024-00452" in text
        assert "Page" not in text and title != rendered.template.title


def test_a_fields_prefill_is_written_in_the_templates_language(tmp_path: Path) -> None:
    """GIVEN a Pashto template whose field is prefilled with the principal's birth date and
    the day in both calendars WHEN prefilled THEN both are in Pashto."""
    source = (
        '{#\ntitle = "T"\nkind = "letter"\nlanguage = "ps"\n\n[fields.born]\nlabel = "Born"\n'
        'default = "{{ principal.birth_date_text }}; {{ today|both_calendars }}"\n#}\n{{ born }}'
    )
    library = _library(tmp_path, "t", source)
    values = prefill(library, library.get("t"), _born("~1985", "1990"))
    assert values == {"born": "شاوخوا 1985; 24 کب 1403 لمریز (14 مارچ 2025)"}
