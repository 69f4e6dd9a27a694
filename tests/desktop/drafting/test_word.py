"""Word letters: every shipped template as .docx, right-to-left paragraphs, the office's own
letterhead, broken and hostile Word templates, and a Word draft kept like a PDF."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document
from PIL import Image

from desktop.drafting.citations import CitationRequest
from desktop.drafting.errors import DraftingError, MissingFields, TemplateBroken, TemplateUnsafe
from desktop.drafting.gather import context_for_case
from desktop.drafting.library import SHIPPED, TemplateLibrary
from desktop.drafting.output import save_draft
from desktop.drafting.prefill import prefill
from desktop.drafting.word import render_word, word_names
from desktop.drafting.word_check import check_docx, word_text
from desktop.drafting.word_direction import ARABIC_SCRIPT_FONT
from desktop.operations import office
from desktop.output.bidi import direction
from desktop.output.fonts import ARABIC_SCRIPT_FAMILIES
from desktop.redaction.kinds import redaction_for
from index.archive import Archive
from index.search import SearchOptions
from tests.desktop.drafting.test_safety import HOSTILE
from tests.support.drafting import CASE_ID, SECRET_PASSPORT, TYPED, realistic_case
from tests.support.word import paragraphs_of, write_docx
from tools.make_word_templates import TEMPLATES

DARI = "شبنم در رادیو سحر هرات برنامه آموزش دختران را اجرا می‌کرد."
SHIPPED_NAMES = sorted(TEMPLATES)


def typed_values(library: TemplateLibrary, name: str, context: dict) -> dict[str, str]:
    """The template's prefill, every empty field typed in; the grounds-like fields in Dari."""
    values = prefill(library, library.get(name), context)
    values = {k: v or TYPED.get(k, "") for k, v in values.items()}
    for rtl in ("grounds", "immediate_risk", "issue", "summary"):
        if rtl in values:
            values[rtl] = f"{DARI}\n\nSecond paragraph in English."
    if "packet_title" in values:
        values["prepared_for"] = DARI
    return values


def test_every_shipped_template_has_a_word_version_written_by_the_script(tmp_path: Path) -> None:
    """GIVEN the shipped templates WHEN the script writes the Word versions afresh
    THEN each HTML template has one, byte for byte the committed file, each under 30 kB."""
    library = TemplateLibrary.for_archive(None)
    assert word_names(library) == SHIPPED_NAMES == sorted(t.name for t in library.templates())
    for name, make in TEMPLATES.items():
        committed = (SHIPPED / f"{name}.docx").read_bytes()
        assert make() == committed, f"run tools/make_word_templates.py: {name}.docx is stale"
        assert len(committed) < 30_000


@pytest.mark.parametrize("name", SHIPPED_NAMES)
def test_each_shipped_word_template_reads_back_with_name_case_rtl_and_fields(
    name: str, library: TemplateLibrary, context: dict
) -> None:
    """GIVEN a shipped Word template and the invented case, one field typed in Dari
    WHEN it is rendered THEN python-docx reads back the case id and the applicant's name, the
    typed fields, no Jinja tag; the Dari paragraph (and only it) is marked right-to-left with
    its runs rtl in the Arabic-script font, and the native name's run has that font too."""
    values = typed_values(library, name, context)
    draft = render_word(library, name, context, values, lenient=True)
    check_docx(draft)
    text = word_text(draft.data)
    assert CASE_ID in text and "Shabnam Rahimi" in text
    assert "{{" not in text and "{%" not in text and "}}" not in text
    paragraphs = paragraphs_of(draft.data)
    dari = [p for p in paragraphs if p[0].startswith(DARI)]
    typed_in_dari = any(v.startswith(DARI) for v in draft.rendered.values.values())
    assert bool(dari) == typed_in_dari
    for _text, bidi, rtl, fonts in dari:
        assert bidi and all(rtl) and set(fonts) == {ARABIC_SCRIPT_FONT}
    english = [p for p in paragraphs if p[0] == "Second paragraph in English."]
    assert bool(english) == (name != "packet-cover") and not any(p[1] for p in english)
    if library.get(name).language == "en":
        assert not [p for p in paragraphs if p[1] and p[0].strip()[:1] not in DARI]
    else:  # a Dari or Pashto letter: each paragraph marked as its first strong letter runs
        assert all(p[1] == (direction(p[0]) == "rtl") for p in paragraphs if p[0].strip())
    if name != "packet-cover":  # the cover names the applicant in Latin script only
        named = [p for p in paragraphs if "شبنم رحیمی" in p[0]]
        assert named and all(ARABIC_SCRIPT_FONT in p[3] for p in named)


def test_the_word_font_is_the_one_the_pdf_path_chooses_first() -> None:
    """GIVEN the PDF's Arabic-script fonts WHEN the Word letters' font is compared
    THEN it is the PDF's first choice (one font for Dari and Pashto in both)."""
    assert ARABIC_SCRIPT_FAMILIES[0] == ARABIC_SCRIPT_FONT


def test_a_word_draft_with_a_required_field_empty_is_refused(
    library: TemplateLibrary, context: dict
) -> None:
    """GIVEN the referral's Word version and no grounds WHEN rendered
    THEN it is refused, naming the grounds by label (the same rule as the PDF)."""
    values = typed_values(library, "resettlement-referral", context)
    values["grounds"] = ""
    with pytest.raises(MissingFields) as caught:
        render_word(library, "resettlement-referral", context, values)
    assert "Grounds for resettlement (profile and risk)" in str(caught.value)


def test_the_offices_own_letterhead_docx_is_used(tmp_path: Path, context: dict) -> None:
    """GIVEN an archive whose templates/ holds its own resettlement-referral.docx (a letterhead
    with fields in it, no metadata of its own) and its own office-letter.docx (with metadata)
    WHEN each is rendered THEN the office's file is used, with the shipped HTML template's
    fields for the first and its own fields for the second."""
    folder = tmp_path / "archive" / "templates"
    write_docx(
        folder / "resettlement-referral.docx",
        ["OWN LETTERHEAD {{ office.name }} · {{ office.phone }}",
         "Our reference {{ case.id }} for {{ principal.name }}", "{{ grounds|paragraphs }}"],
        metadata=False,
    )  # fmt: skip
    write_docx(folder / "office-letter.docx", ["{{ office.name }}", "{{ case.id }}: {{ subject }}"])
    library = TemplateLibrary.for_archive(tmp_path / "archive")
    values = typed_values(TemplateLibrary.for_archive(None), "resettlement-referral", context)
    draft = render_word(library, "resettlement-referral", context, values, lenient=True)
    check_docx(draft)
    text = word_text(draft.data)
    assert "OWN LETTERHEAD Hillside Refugee Law Clinic (test) · +92 51 000 0452" in text
    assert "Re: Referral for resettlement" not in text and not draft.rendered.template.shipped
    assert draft.rendered.template.title == "Resettlement referral letter"
    with pytest.raises(MissingFields, match="Subject"):
        render_word(library, "office-letter", context, {})
    own = render_word(library, "office-letter", context, {"subject": "Letter of support"})
    assert f"{CASE_ID}: Letter of support" in word_text(own.data)
    assert own.rendered.template.title == "Office letter (test)"


def test_a_broken_word_template_names_the_paragraph_and_why(tmp_path: Path, context: dict) -> None:
    """GIVEN office letters with an unclosed tag in paragraph 3, an unknown attribute in
    paragraph 2, and a file that is not a Word file WHEN rendered
    THEN each error names the file, the paragraph with its text, and what is wrong."""
    folder = tmp_path / "archive" / "templates"
    write_docx(folder / "broken.docx", ["Dear reader", "{{ office.name }}", "Ref {{ case.id }"])
    write_docx(folder / "unknown.docx", ["Dear reader", "{{ case.favourite_colour }}"])
    (folder / "garbled.docx").write_bytes(b"PK\x03\x04 not really a zip")
    library = TemplateLibrary.for_archive(tmp_path / "archive")
    header = 7  # the metadata comment's paragraphs
    with pytest.raises(TemplateBroken) as caught:
        render_word(library, "broken", context, {"subject": "x"})
    message = str(caught.value)
    assert f"broken.docx, paragraph {header + 3} (“Ref {{{{ case.id }}”)" in message
    assert "'}'" in message or "end of print" in message or "expected" in message
    with pytest.raises(TemplateBroken) as caught:
        render_word(library, "unknown", context, {"subject": "x"})
    assert f"paragraph {header + 2}" in str(caught.value)
    assert "favourite_colour" in str(caught.value)
    with pytest.raises(TemplateBroken, match="not a Word file"):
        render_word(library, "garbled", context, {"subject": "x"})


@pytest.mark.parametrize("payload", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_jinja_inside_a_docx_is_contained(
    tmp_path: Path, payload: str, context: dict
) -> None:
    """GIVEN a Word template that tries to reach Python internals, files, modules or huge
    results WHEN it is rendered THEN it fails with a drafting error naming the file in plain
    words: no internals, no file contents, no traceback; the context is unchanged."""
    folder = tmp_path / "archive" / "templates"
    write_docx(folder / "hostile.docx", ["Dear reader", payload])
    library = TemplateLibrary.for_archive(tmp_path / "archive")
    before = repr(context)
    with pytest.raises(DraftingError) as caught:
        render_word(library, "hostile", context, {"subject": "x"})
    message = str(caught.value)
    if not isinstance(caught.value, MissingFields):  # unknown names become fields to fill
        assert "hostile.docx" in message
    assert "root:" not in message and "Traceback" not in message and "<class" not in message
    assert repr(context) == before


def test_reaching_internals_in_a_docx_is_unsafe_with_its_paragraph(
    tmp_path: Path, context: dict
) -> None:
    """GIVEN the classic sandbox escape in a Word template's 9th paragraph WHEN rendered
    THEN the error says the template used something templates may not use, at that paragraph."""
    folder = tmp_path / "archive" / "templates"
    write_docx(folder / "escape.docx", ["Dear reader", "{{ ''.__class__.__mro__ }}"])
    library = TemplateLibrary.for_archive(tmp_path / "archive")
    with pytest.raises(TemplateUnsafe) as caught:
        render_word(library, "escape", context, {"subject": "x"})
    assert "paragraph 9" in str(caught.value) and "may not use" in str(caught.value)


def test_a_word_draft_is_kept_indexed_and_linked_and_redacted(
    built_archive: tuple[Path, dict[str, int]],
) -> None:
    """GIVEN the archive WHEN a referral is saved as Word with the passport redacted and the
    passport typed into the grounds THEN the .docx is under outputs/, indexed as a letter
    linked to the case and found by search, and no passport number can be read in it."""
    root, ids = built_archive
    with Archive.open(root, write=True) as archive:
        library = TemplateLibrary.for_archive(root)
        context = context_for_case(
            archive, CASE_ID, cites=[CitationRequest(ids["radio-letter.pdf"])],
            include_confidential=True, redact=("passport",),
        )  # fmt: skip
        values = typed_values(library, "resettlement-referral", context)
        values["grounds"] = f"Her passport {SECRET_PASSPORT} was taken at a checkpoint."
        rendered = render_word(library, "resettlement-referral", context, values).rendered
        redaction = redaction_for(realistic_case(), ("passport",))
        saved = save_draft(archive, rendered, "docx", redaction=redaction)
        out = saved.output
        assert out.path.parent == root / "outputs" and out.path.suffix == ".docx"
        assert out.path.read_bytes() == saved.data
        text = word_text(saved.data)
        assert SECRET_PASSPORT not in text and "[redacted]" in text and CASE_ID in text
        document = archive.catalog.document(out.document_id)
        assert document.kind == "letter"
        assert out.document_id in {d.id for d, _ in archive.cases.documents(CASE_ID)}
        hits = archive.find("checkpoint", SearchOptions(kinds=("letter",))).hits
        assert out.document_id in [h.id for h in hits]


def test_the_offices_logo_heads_a_word_letter(
    built_archive: tuple[Path, dict[str, int]], tmp_path: Path
) -> None:
    """GIVEN the office's logo set (a PNG copied into the archive) WHEN an urgent referral is
    saved as Word THEN the letter holds that picture; AND WHEN the logo is removed THEN the
    next Word letter holds no picture."""
    root, _ids = built_archive
    picture = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), "#1f3a5f").save(picture)
    with Archive.open(root, write=True) as archive:
        office.change(archive, {}, logo_file=picture)
        library = TemplateLibrary.for_archive(root)
        context = context_for_case(archive, CASE_ID)
        values = typed_values(library, "urgent-protection-referral", context)
        rendered = render_word(library, "urgent-protection-referral", context, values).rendered
        with_logo = save_draft(archive, rendered, "docx").data
        office.change(archive, {"logo": ""})
        without = save_draft(archive, rendered, "docx").data
    media = [n for n in zipfile.ZipFile(io.BytesIO(with_logo)).namelist() if "media/" in n]
    assert len(media) == 1
    assert zipfile.ZipFile(io.BytesIO(with_logo)).read(media[0]) == picture.read_bytes()
    assert not [n for n in zipfile.ZipFile(io.BytesIO(without)).namelist() if "media/" in n]


def test_a_shipped_word_template_is_set_on_the_offices_paper(
    library: TemplateLibrary, context: dict
) -> None:
    """GIVEN the office's paper set to Letter WHEN a shipped Word template is rendered
    THEN its pages are US Letter (216 × 279 mm); with A4, 210 × 297 mm."""
    values = typed_values(library, "case-summary", context)
    for paper, size in (("letter", (216, 279)), ("a4", (210, 297))):
        office_context = {**context, "office": {**context["office"], "paper": paper}}
        data = render_word(library, "case-summary", office_context, values).data
        section = Document(io.BytesIO(data)).sections[0]
        assert (round(section.page_width.mm), round(section.page_height.mm)) == size
