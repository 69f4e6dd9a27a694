"""Write the shipped Word templates (templates/*.docx) with python-docx.

Each is the Word version of the HTML template of the same name: the same fields (its
metadata is the HTML template's), docxtpl's Jinja tags in its text (``{%p … %}`` for
whole paragraphs, ``{%tr … %}`` for table rows).  Run again after changing this file:

    .venv/bin/python tools/make_word_templates.py [FOLDER]

The files are committed (each a few tens of kB); tests/desktop/drafting checks that
they are what this script writes.
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentType
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell

if __package__ in (None, ""):  # run as a script: tools/ is not a package then
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tools import word_referrals_rtl

FOLDER = Path(__file__).resolve().parents[1] / "templates"
NAVY = RGBColor(0x1F, 0x3A, 0x5F)
RED = RGBColor(0x9B, 0x1C, 0x1C)
GREY = RGBColor(0x44, 0x44, 0x44)
BODY_FONT = "Noto Serif"
ARABIC_FONT = "Noto Naskh Arabic"  # desktop.drafting.word_direction.ARABIC_SCRIPT_FONT
PERSON = (
    "{{ principal.name }}{% if principal.name_native %} ({{ principal.name_native }}){% endif %}"
)
FAMILY = (
    '{% if family %} and {{ family|length }} family member{{ "s" if family|length > 1 }}{% endif %}'
)
FACTS = (
    '{% set facts = [principal.nationality, ("born " ~ principal.birth_date_text) '
    'if principal.birth_date_text else ""]|select|join(", ") %}{% if facts %} ({{ facts }}){% endif %}'
)
WITHHELD = (
    "To protect the applicant, the following are left out of this document: "
    '{{ case.withheld|join(", ") }}. They can be provided on request through a secure channel.'
)


class Letter:
    """A Word template being written: paragraphs, headings, tables, tags."""

    def __init__(self) -> None:
        self.doc: DocumentType = Document()
        _defaults(self.doc)

    def p(self, *runs: str | tuple[str, str], style: str = "", align: str = "") -> None:
        """A paragraph of runs: text, or (text, look) with look of b, i, small, urgent…"""
        paragraph = self.doc.add_paragraph()
        _fill(paragraph, runs, style, align)

    def tag(self, text: str) -> None:
        """A paragraph holding only a docxtpl paragraph tag (``{%p if … %}``)."""
        self.doc.add_paragraph(text)

    def h1(self, text: str) -> None:
        self.p((text, "h1"))

    def h2(self, text: str, align: str = "") -> None:
        self.p((text, "h2"), align=align)

    def typed(self, name: str) -> None:
        """A typed-in multiline field as paragraphs (blank lines part them)."""
        self.p(f"{{{{ {name}|paragraphs }}}}")

    def rule(self) -> None:
        """A thin line under the letterhead (the paragraph's bottom border)."""
        paragraph = self.doc.add_paragraph()
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "9AA5B1")):
            bottom.set(qn(f"w:{key}"), value)
        borders.append(bottom)
        paragraph._p.get_or_add_pPr().append(borders)

    def grid(self, header: Sequence[str], rows: Sequence[Sequence[str]],
             widths: Sequence[float] = ()) -> Table:  # fmt: skip
        """A bordered table; a row whose first cell starts with ``{%tr`` is a tag row."""
        table = self.doc.add_table(rows=0, cols=len(header) or len(rows[0]))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        if header:
            _row(table, header, shaded=True)
        for row in rows:
            if row[0].startswith("{%tr"):
                cells = table.add_row().cells
                cells[0].paragraphs[0].text = row[0]
                continue
            _row(table, row, shaded=False)
        for column, width in zip(table.columns, widths, strict=False):
            for cell in column.cells:
                cell.width = Cm(width)
        return table

    def pairs(self, rows: Sequence[tuple[str, str]]) -> None:
        """A two-column table of label (shaded) and value."""
        table = self.grid((), [list(r) for r in rows], (4.5, 12))
        for row in table.rows:
            if not row.cells[0].text.startswith("{%tr"):
                _shade(row.cells[0])
                for run in row.cells[0].paragraphs[0].runs:
                    run.bold = True

    def letterhead(self, right_to_left: bool = False) -> None:
        """The office's letterhead: its logo if it has one, then name and address left,
        telephone and email right (the other way round in a Dari or Pashto letter, whose
        "Tel." is in its language)."""
        self.tag("{%p if office.logo_image %}")
        self.p("{{ office.logo_image }}", align="right" if right_to_left else "")
        self.tag("{%p endif %}")
        table = self.doc.add_table(rows=1, cols=2)
        office, contact = reversed(table.rows[0].cells) if right_to_left else table.rows[0].cells
        office.width, contact.width = Cm(10), Cm(6.5)
        near, far = ("right", "") if right_to_left else ("", "right")
        _fill(office.paragraphs[0], [("{{ office.name }}", "org")], "", near)
        _fill(office.add_paragraph(), [("{{ office.address|lines }}", "contact")], "", near)
        tel = '{{ "Tel."|letter_word }}' if right_to_left else "Tel."
        phone = f"{{% if office.phone %}}{tel} {{{{ office.phone }}}}{{% endif %}}"
        _fill(contact.paragraphs[0], [(phone, "contact")], "", far)
        _fill(contact.add_paragraph(), [("{{ office.email }}", "contact")], "", far)
        self.rule()

    def heading_line(self, right: str) -> None:
        """The short head of notes: the office's name left, ``right`` on the right."""
        table = self.doc.add_table(rows=1, cols=2)
        left, other = table.rows[0].cells
        _fill(left.paragraphs[0], [("{{ office.name }}", "org12")], "", "")
        _fill(other.paragraphs[0], [(right, "small")], "", "right")
        self.rule()

    def addressee_and_date(
        self, reference: str = "Our reference: ", right_to_left: bool = False
    ) -> None:
        """The addressee, and the date and our reference across from it (a Dari or Pashto
        letter: the addressee at the right, the date in both calendars)."""
        table = self.doc.add_table(rows=1, cols=2)
        to, when = reversed(table.rows[0].cells) if right_to_left else table.rows[0].cells
        near, far = ("right", "") if right_to_left else ("", "right")
        today = "{{ today|both_calendars }}" if right_to_left else "{{ today|longdate }}"
        _fill(to.paragraphs[0], ["{{ addressee|lines }}"], "", near)
        _fill(when.paragraphs[0], [today], "", far)
        _fill(when.add_paragraph(), [reference, ("{{ case.id }}", "b")], "", far)

    def signature(self) -> None:
        self.p("{{ closing }}")
        self.p("")
        self.p("{{ office.signatory }}")
        self.tag("{%p if office.signatory_title %}")
        self.p("{{ office.signatory_title }}")
        self.tag("{%p endif %}")
        self.p("{{ office.name }}")

    def citations(self) -> None:
        self.tag("{%p for c in citations %}")
        self.p(
            "{{ loop.index }}. ",
            ("{{ c.title }}", "i"),
            "{% if c.date_text %} ({{ c.date_text }}){% endif %}, p. {{ c.page }}"
            "{% if c.quote %}: “{{ c.quote }}”{% endif %}",
        )
        self.tag("{%p endfor %}")

    def withheld(self) -> None:
        self.tag("{%p if case.withheld %}")
        self.p((WITHHELD, "small"))
        self.tag("{%p endif %}")

    def family_table(self) -> None:
        self.grid(
            ("Name", "Relationship", "Date of birth", "Nationality", "Documents"),
            [
                ("{%tr for p in people %}",),
                (
                    "{{ p.name }}{% if p.name_native %} ({{ p.name_native }}){% endif %}",
                    "{{ p.relationship|capitalize }}",
                    '{{ p.birth_date_text or "—" }}',
                    '{{ p.nationality or "—" }}',
                    '{{ ([("Passport " ~ p.passport) if p.passport else "", '
                    '("Tazkira " ~ p.tazkira) if p.tazkira else "", p.a_number]|select|join("; "))'
                    ' or "—" }}',
                ),
                ("{%tr endfor %}",),
            ],
            (4.5, 2.8, 3.2, 2.6, 3.6),
        )

    def deadlines_table(self, none: str) -> None:
        self.tag("{%p if case.deadlines %}")
        self.grid(
            ("Date", "What", "Note"),
            [
                ("{%tr for d in case.deadlines %}",),
                (
                    "{{ d.date_text }}",
                    "{{ d.kind|capitalize }}{% if d.passed %} (passed){% endif %}",
                    '{{ d.note or "—" }}',
                ),
                ("{%tr endfor %}",),
            ],
            (4, 4, 8.5),
        )
        self.tag("{%p else %}")
        self.p(none)
        self.tag("{%p endif %}")

    def notes(self) -> None:
        self.tag("{%p for note in case.notes %}")
        self.p(
            "• {{ note.text }}", ("{% if note.at %} ({{ note.at|longdate }}){% endif %}", "small")
        )
        self.tag("{%p endfor %}")

    def bytes(self) -> bytes:
        self.doc.core_properties.title = "{{ template.title }} {{ case.id }}"
        self.doc.core_properties.author = "{{ office.name }}"
        _slim(self.doc)
        out = io.BytesIO()
        self.doc.save(out)
        return _stable(out.getvalue())


_LOOKS: dict[str, Callable] = {
    "b": lambda r: setattr(r, "bold", True),
    "i": lambda r: setattr(r, "italic", True),
    "h1": lambda r: _look(r, 14, NAVY, bold=True),
    "h2": lambda r: _look(r, 11, NAVY, bold=True),
    "org": lambda r: _look(r, 15, NAVY, bold=True),
    "org12": lambda r: _look(r, 12, NAVY, bold=True),
    "contact": lambda r: _look(r, 8.5, GREY),
    "small": lambda r: _look(r, 9, GREY),
    "urgent": lambda r: _look(r, 11, RED, bold=True),
    "restricted": lambda r: _look(r, 9, RED, bold=True),
}


def _look(run, size: float, color: RGBColor, *, bold: bool = False) -> None:
    run.font.size = Pt(size)
    run.font.color.rgb = color
    run.bold = bold or None


def _fill(paragraph, runs: Sequence[str | tuple[str, str]], style: str, align: str) -> None:
    for item in runs:
        text, look = (item, "") if isinstance(item, str) else item
        run = paragraph.add_run(text)
        if look:
            _LOOKS[look](run)
    if align:
        paragraph.alignment = {
            "right": WD_ALIGN_PARAGRAPH.RIGHT,
            "center": WD_ALIGN_PARAGRAPH.CENTER,
        }[align]
    if style:
        paragraph.style = style


def _row(table: Table, texts: Sequence[str], *, shaded: bool) -> None:
    cells = table.add_row().cells
    for cell, text in zip(cells, texts, strict=False):
        cell.paragraphs[0].text = text
        if shaded:
            _shade(cell)
            for run in cell.paragraphs[0].runs:
                run.bold = True


def _shade(cell: _Cell) -> None:
    shading = OxmlElement("w:shd")
    for key, value in (("val", "clear"), ("color", "auto"), ("fill", "E8EDF3")):
        shading.set(qn(f"w:{key}"), value)
    cell._tc.get_or_add_tcPr().append(shading)


def _defaults(doc: DocumentType) -> None:
    """Serif body 10.5 pt, the Arabic-script font for complex script, A4, 2 cm margins."""
    normal = doc.styles["Normal"]
    normal.font.name = BODY_FONT
    normal.font.size = Pt(10.5)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:cs"), ARABIC_FONT)
    normal.paragraph_format.space_after = Pt(5)
    for section in doc.sections:
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(2))
        footer = section.footer.paragraphs[0]
        footer.text = "{{ case.id }} · {{ template.title }}"
        for run in footer.runs:
            _look(run, 8, GREY)


def _slim(doc: DocumentType) -> None:
    """Leave out what python-docx's blank document carries and a letter does not need
    (Word 2010's second copy of the styles, a thumbnail, custom XML): 38 kB → about 20."""
    for rid, rel in list(doc.part.rels.items()):
        if rel.reltype.endswith(("/stylesWithEffects", "/customXml")):
            doc.part.rels.pop(rid)
    package_rels = doc.part.package.rels
    for rid, rel in list(package_rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            package_rels.pop(rid)


def _stable(data: bytes) -> bytes:
    """The same bytes on every run: fixed zip times and no creation/modification dates."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "docProps/core.xml":
                content = _without_dates(content)
            info = zipfile.ZipInfo(item.filename, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, content, compresslevel=9)
    return out.getvalue()


def _without_dates(core: bytes) -> bytes:
    import re

    return re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>", b"", core)


def resettlement_referral() -> bytes:
    w = Letter()
    w.letterhead()
    w.addressee_and_date()
    w.p(("Re: Referral for resettlement – " + PERSON + FAMILY + " ({{ case.id }})", "b"))
    w.p("{{ salutation }}")
    w.p(
        "We write on behalf of our client, " + PERSON + FACTS + ", who is currently living in "
        '{{ case.location or "Pakistan" }}. We respectfully refer '
        '{{ "the family" if family else "our client" }} for consideration under the ',
        ("{{ programme }}", "b"),
        ".",
    )
    w.tag("{%p if family %}")
    w.h2("The family")
    w.p(
        "The referral concerns the following {{ people|length }} people, who live together and depend on one another:"
    )
    w.family_table()
    w.tag("{%p endif %}")
    w.h2("Grounds for resettlement")
    w.typed("grounds")
    w.tag("{%p if case.needs %}")
    w.p('Protection needs identified in our assessment: {{ case.needs|join("; ") }}.')
    w.tag("{%p endif %}")
    w.tag("{%p if situation_in_pakistan %}")
    w.h2("Current situation in Pakistan")
    w.typed("situation_in_pakistan")
    w.tag("{%p endif %}")
    w.tag("{%p if case.next_deadline %}")
    w.p(
        "We draw your attention to the {{ case.next_deadline.kind }} on ",
        ("{{ case.next_deadline.date_text }}", "b"),
        "{% if case.next_deadline.note %} ({{ case.next_deadline.note }}){% endif %}. After that "
        "date the family's stay in Pakistan is no longer secure.",
    )
    w.tag("{%p endif %}")
    w.h2("Supporting documents")
    w.p("The account above is supported by the following documents, copies of which are enclosed:")
    w.citations()
    w.h2("Request")
    w.p(
        'In light of the above, we ask that {{ "the family\'s" if family else "our client\'s" }} '
        "case be assessed for the {{ programme }} as a matter of "
        '{{ "urgency" if case.priority in ("emergency", "urgent") else "priority" }}. We would be '
        "grateful for written confirmation that this referral has been received, and for the "
        "name of the officer who will handle it. We remain available to provide any further "
        "information or documents you may need."
    )
    w.withheld()
    w.signature()
    w.p(
        (
            'Enclosures: {{ citations|length }} document{{ "s" if citations|length != 1 }}, as listed above.',
            "small",
        )
    )
    return w.bytes()


def urgent_protection_referral() -> bytes:
    w = Letter()
    w.letterhead()
    w.p(
        (
            "URGENT – RISK OF DEPORTATION{% if removal_date %} BY {{ removal_date|longdate|upper }}{% endif %}",
            "urgent",
        ),
        align="center",
    )
    w.addressee_and_date()
    w.p(
        (
            "Re: Urgent protection referral – "
            + PERSON
            + " ({{ case.id }}): risk of refoulement to Afghanistan",
            "b",
        )
    )
    w.p("{{ salutation }}")
    w.p(
        "We write urgently on behalf of our client, "
        + PERSON
        + FACTS
        + '{% if family %}, and the {{ family|length }} member{{ "s" if family|length > 1 }} of the family{% endif %}. '
        'Our client is at imminent risk of being {{ "detained and " if not detention_place }}returned '
        'to Afghanistan, where we believe {{ "they" if family else "our client" }} would face a real '
        "risk of serious harm."
    )
    w.h2("Immediate risk in Pakistan")
    w.typed("immediate_risk")
    w.tag("{%p if detention_place %}")
    w.p("Our client is at present detained at ", ("{{ detention_place }}", "b"), ".")
    w.tag("{%p endif %}")
    w.tag("{%p if removal_date %}")
    w.p(
        "We understand that removal may take place on or after ",
        ("{{ removal_date|longdate }}", "b"),
        ".",
    )
    w.tag("{%p endif %}")
    w.h2("Risk on return to Afghanistan")
    w.typed("risk_on_return")
    w.tag("{%p if case.needs %}")
    w.p('Our client\'s profile: {{ case.needs|join("; ") }}.')
    w.tag("{%p endif %}")
    w.h2("The principle of non-refoulement")
    w.p(
        "No one may be returned to a country where they face a real risk of persecution, torture "
        "or other serious harm. Although Pakistan is not a party to the 1951 Refugee Convention, "
        "the principle of non-refoulement is part of customary international law and binds all "
        "States. Pakistan has ratified the Convention against Torture, whose Article 3 prohibits "
        "return to a State where there are substantial grounds for believing a person would be in "
        "danger of being subjected to torture, and the International Covenant on Civil and "
        "Political Rights, whose Articles 6 and 7 protect the right to life and the freedom from "
        "torture and cruel, inhuman or degrading treatment."
    )
    w.tag("{%p if citations %}")
    w.h2("Supporting documents")
    w.p(
        "The risk described above is supported by the following documents, copies of which are enclosed:"
    )
    w.citations()
    w.tag("{%p endif %}")
    w.h2("Action requested")
    w.typed("requested_action")
    w.p(
        "Given the risk of imminent removal, we would be grateful for a response within 24 hours. "
        "Our caseworker can be reached{% if office.phone %} on {{ office.phone }}{% endif %}"
        '{% if office.email %}{{ " or" if office.phone }} at {{ office.email }}{% endif %} at any time.'
    )
    w.withheld()
    w.signature()
    w.tag("{%p if citations %}")
    w.p(
        (
            'Enclosures: {{ citations|length }} document{{ "s" if citations|length != 1 }}, as listed above.',
            "small",
        )
    )
    w.tag("{%p endif %}")
    return w.bytes()


def briefing_note() -> bytes:
    w = Letter()
    w.heading_line("INTERNAL – NOT FOR DISCLOSURE")
    w.h1("Briefing note: " + PERSON + " ({{ case.id }})")
    w.grid(
        (),
        [
            ("Case", "{{ case.id }}", "Date", "{{ today|longdate }}"),
            ("Prepared for", "{{ prepared_for }}", "Prepared by", "{{ prepared_by }}"),
            (
                "Priority",
                "{{ case.priority|capitalize }}",
                "Status",
                "{{ case.status|capitalize }}",
            ),
            ("Pathway", '{{ case.pathway or "Not yet decided" }}', "People", "{{ people|length }}"),
        ],
        (3.5, 4.7, 3.5, 4.8),
    )
    for number, (title, name) in enumerate(
        [
            ("Issue", "issue"),
            ("Background", "background"),
            ("Current status", "current_status"),
            ("Key considerations", "key_considerations"),
            ("Options", "options"),
            ("Recommendation", "recommendation"),
        ],
        start=1,
    ):
        w.h2(f"{number}. {title}")
        w.typed(name)
        if name == "background":
            w.tag("{%p if case.notes %}")
            w.p(("Notes on file:", "i"))
            w.notes()
            w.tag("{%p endif %}")
    w.h2("7. Risk profile")
    w.p(("Risk level: ", "b"), "{{ risk_level }}")
    w.typed("risk_profile")
    w.h2("8. Upcoming dates")
    w.deadlines_table("No deadlines are recorded for this case.")
    w.tag("{%p if other_dates %}")
    w.typed("other_dates")
    w.tag("{%p endif %}")
    w.tag("{%p if citations %}")
    w.h2("Documents relied on")
    w.citations()
    w.tag("{%p endif %}")
    w.withheld()
    return w.bytes()


def case_summary() -> bytes:
    w = Letter()
    w.heading_line("{{ today|longdate }}\nPrepared by {{ prepared_by }}")
    w.h1("Case summary {{ case.id }}")
    w.p((PERSON, "b"), FAMILY)
    w.pairs(
        [
            ("Pathway", '{{ case.pathway or "Not yet decided" }}'),
            ("Priority", "{{ case.priority|capitalize }}"),
            ("Status", "{{ case.status|capitalize }}"),
            ("Location", '{{ case.location or "Not recorded or withheld" }}'),
            ("Protection needs", '{{ case.needs|join("; ") or "None recorded" }}'),
            ("Volunteer", '{{ case.volunteer or "Not assigned" }}'),
        ]
    )
    w.tag("{%p if summary %}")
    w.h2("Summary")
    w.typed("summary")
    w.tag("{%p endif %}")
    w.h2("People")
    w.family_table()
    w.h2("Deadlines")
    w.deadlines_table("No deadlines are recorded.")
    w.h2("Documents on file")
    w.tag("{%p if documents %}")
    w.grid(
        ("No.", "Title", "Kind", "Date", "Pages"),
        [
            ("{%tr for d in documents %}",),
            (
                "{{ d.id }}",
                "{{ d.title }}",
                "{{ d.kind }}",
                '{{ d.date_text or "—" }}',
                "{{ d.pages }}",
            ),
            ("{%tr endfor %}",),
        ],
        (1.5, 7, 3, 3.5, 1.5),
    )
    w.tag("{%p else %}")
    w.p("No documents are linked to this case yet.")
    w.tag("{%p endif %}")
    w.tag("{%p if citations %}")
    w.h2("Key passages")
    w.citations()
    w.tag("{%p endif %}")
    w.tag("{%p if case.notes %}")
    w.h2("Notes")
    w.notes()
    w.tag("{%p endif %}")
    w.withheld()
    return w.bytes()


def packet_cover() -> bytes:
    w = Letter()
    w.heading_line("{{ today|longdate }}")
    w.h1("{{ packet_title }}")
    w.pairs(
        [
            ("Case", "{{ case.id }}"),
            ("{%tr if principal and principal.name %}", ""),
            ("Applicant", "{{ principal.name }}"),
            ("{%tr endif %}", ""),
            ("{%tr if prepared_for %}", ""),
            ("Prepared for", "{{ prepared_for }}"),
            ("{%tr endif %}", ""),
            ("Pathway", '{{ case.pathway or "Not yet decided" }}'),
            ("Priority", "{{ case.priority|capitalize }}"),
        ]
    )
    w.tag("{%p if packet_documents %}")
    w.h2("Documents in this packet")
    w.p("{{ packet_documents|lines }}")
    w.tag("{%p endif %}")
    w.tag("{%p if packet %}")
    w.p((
        "Every page of this packet carries a running number at the bottom right (the first is "
        "{{ packet.first_stamp }}); refer to pages by that number.", "small",
    ))  # fmt: skip
    w.tag("{%p endif %}")
    return w.bytes()


TEMPLATES: dict[str, Callable[[], bytes]] = {
    "resettlement-referral": resettlement_referral,
    "urgent-protection-referral": urgent_protection_referral,
    "briefing-note": briefing_note,
    "case-summary": case_summary,
    "packet-cover": packet_cover,
    "resettlement-referral-dari": lambda: word_referrals_rtl.referral(
        Letter(), word_referrals_rtl.DARI
    ),
    "resettlement-referral-pashto": lambda: word_referrals_rtl.referral(
        Letter(), word_referrals_rtl.PASHTO
    ),
}


def main(folder: Path = FOLDER) -> None:
    for name, make in TEMPLATES.items():
        path = folder / f"{name}.docx"
        path.write_bytes(make())
        print(f"{path} ({path.stat().st_size // 1024} kB)")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER)
