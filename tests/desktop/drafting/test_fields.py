"""What a template needs: fields from its metadata and its variables; no draft with a blank."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.drafting.errors import InvalidField, MissingFields
from desktop.drafting.fields import needed_fields
from desktop.drafting.library import TemplateLibrary
from desktop.drafting.render import render_html, render_preview
from tests.desktop.drafting.test_safety import archive_template

FIELDS = """{#
title = "Hearing letter"
kind = "letter"
needs = ["office.signatory", "citations"]

[fields.hearing_date]
label = "Date of the hearing"
type = "date"

[fields.court]
label = "Court or office"
type = "choice"
choices = ["Foreigners Registration Office", "Magistrate's court"]

[fields.remarks]
label = "Remarks"
type = "multiline"
required = false
#}
<p>{{ hearing_date|longdate }} at {{ court }}: {{ remarks|paragraphs }}</p>
<p>Interpreter: {{ interpreter_name }}</p>
{% for c in citations %}{{ c.text }}{% endfor %}
"""


@pytest.fixture
def hearing(tmp_path: Path) -> TemplateLibrary:
    """An archive template with three declared fields and one variable it forgot to declare."""
    folder = tmp_path / "archive" / "templates"
    folder.mkdir(parents=True)
    (folder / "hearing.html").write_text(FIELDS, encoding="utf-8")
    return TemplateLibrary.for_archive(tmp_path / "archive")


def test_fields_are_the_declared_ones_then_the_variables_it_uses(hearing: TemplateLibrary) -> None:
    """GIVEN a template that declares three fields and uses a fourth variable
    WHEN its fields are listed THEN the declared ones come first with their labels and types,
    then the undeclared variable as a required text field; context names are not fields."""
    fields = needed_fields(hearing, hearing.get("hearing"))
    assert [(f.name, f.label, f.type, f.required, f.declared) for f in fields] == [
        ("hearing_date", "Date of the hearing", "date", True, True),
        ("court", "Court or office", "choice", True, True),
        ("remarks", "Remarks", "multiline", False, True),
        ("interpreter_name", "Interpreter name", "text", True, False),
    ]


def test_the_shipped_letter_asks_for_the_parts_variables_too(library: TemplateLibrary) -> None:
    """GIVEN the referral letter, whose signature part uses `closing`
    WHEN its fields are listed THEN `closing` is among them (found through the include)."""
    names = [f.name for f in needed_fields(library, library.get("resettlement-referral"))]
    assert "closing" in names and "addressee" in names


def test_a_missing_field_refuses_the_render_and_names_it_by_label(
    hearing: TemplateLibrary, context: dict
) -> None:
    """GIVEN the court chosen but no hearing date, no interpreter, and an office without signatory
    WHEN rendered THEN nothing is rendered and every missing item is named by its label."""
    context["office"]["signatory"] = ""
    with pytest.raises(MissingFields) as caught:
        render_html(hearing, "hearing", context, {"court": "Magistrate's court"})
    labels = [m.label for m in caught.value.missing]
    assert labels == ["Date of the hearing", "Interpreter name", "Signatory (office settings)"]
    assert "Date of the hearing" in str(caught.value) and "Hearing letter" in str(caught.value)
    assert [m.typed for m in caught.value.missing] == [True, True, False]


def test_a_blank_value_counts_as_missing(hearing: TemplateLibrary, context: dict) -> None:
    """GIVEN a required field typed as spaces only WHEN rendered THEN it is missing."""
    values = {"hearing_date": "2025-04-02", "court": "Magistrate's court", "interpreter_name": "  "}
    with pytest.raises(MissingFields) as caught:
        render_html(hearing, "hearing", context, values)
    assert [m.label for m in caught.value.missing] == ["Interpreter name"]


def test_no_citation_refuses_a_letter_that_needs_one(
    library: TemplateLibrary, context: dict
) -> None:
    """GIVEN the referral letter, which must cite its evidence, and no document cited
    WHEN rendered THEN it is refused: "At least one cited document"."""
    context["citations"] = []
    with pytest.raises(MissingFields) as caught:
        render_html(library, "resettlement-referral", context, {"grounds": "x"})
    assert "At least one cited document" in [m.label for m in caught.value.missing]


def test_values_of_the_wrong_type_or_unknown_names_are_refused(
    hearing: TemplateLibrary, context: dict
) -> None:
    """GIVEN a date that is not a date, a choice not offered, or a field the template lacks
    WHEN rendered THEN InvalidField names the field by label (or lists the real fields)."""
    good = {"hearing_date": "2025-04-02", "court": "Magistrate's court", "interpreter_name": "A"}
    with pytest.raises(InvalidField, match="Date of the hearing"):
        render_html(hearing, "hearing", context, {**good, "hearing_date": "next Tuesday"})
    with pytest.raises(InvalidField, match="Court or office"):
        render_html(hearing, "hearing", context, {**good, "court": "Supreme Court"})
    with pytest.raises(InvalidField, match="hearing_date, court"):
        render_html(hearing, "hearing", context, {**good, "hearing_dat": "2025-04-02"})
    html = render_html(hearing, "hearing", context, good).html
    assert "2 April 2025 at Magistrate&#39;s court" in html


def test_the_preview_marks_what_is_missing(hearing: TemplateLibrary, context: dict) -> None:
    """GIVEN a half-filled form WHEN previewed THEN the HTML shows [Label] where a value is
    missing, and the missing items are returned for the form to mark."""
    html, missing = render_preview(hearing, "hearing", context, {"court": "Magistrate's court"})
    assert "[Interpreter name]" in html and "[Date of the hearing]" in html
    assert [m.name for m in missing] == ["hearing_date", "interpreter_name"]


def test_a_field_may_not_take_a_context_name(tmp_path: Path) -> None:
    """GIVEN metadata declaring a field called `case` WHEN read THEN the template is broken."""
    library = archive_template(tmp_path, "<p>x</p>")
    path = tmp_path / "archive" / "templates" / "test-letter.html"
    path.write_text('{#\ntitle = "X"\nkind = "letter"\n[fields.case]\nlabel = "Case"\n#}\nx')
    _, broken = library.scan()
    assert "cannot be a field name" in str(broken[0])
