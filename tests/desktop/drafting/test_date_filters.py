"""Dates in templates: partial birth dates as given, ages, and both calendars."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from desktop.drafting.context import build_context
from desktop.drafting.sandbox import Sandbox
from tests.support.drafting import TODAY, realistic_case


def _render(tmp_path: Path, source: str, **values: object) -> str:
    (tmp_path / "t.html").write_text(source, encoding="utf-8")
    return Sandbox([tmp_path]).get_template("t.html").render(**values)


def test_both_calendars_and_solar_hijri_filters(tmp_path: Path) -> None:
    """GIVEN a template using both_calendars and solar_hijri on 2023-10-07 and on partial dates
    WHEN rendered THEN "7 October 2023 (15 Mizan 1402)" and "15 Mizan 1402"; a partial date is
    written as given, and text that is no date is left as it is."""
    source = (
        "{{ d|both_calendars }} | {{ d|solar_hijri }} | {{ '1990'|both_calendars }} | "
        "{{ '~1985'|longdate }} | {{ '1369 SH'|longdate }} | {{ 'soon'|both_calendars }}"
    )
    assert _render(tmp_path, source, d="2023-10-07") == (
        "7 October 2023 (15 Mizan 1402) | 15 Mizan 1402 | 1990 | about 1985 | "
        "1369 SH (1990–91) | soon"
    )


def test_the_age_filter_reads_partial_birth_dates(tmp_path: Path) -> None:
    """GIVEN birth dates 1990-05-12, 1990 and ~1985 WHEN aged on 2026-12-07 by the age filter
    THEN 36, about 36 and about 41."""
    source = "{% for b in births %}{{ b|age('2026-12-07') }};{% endfor %}"
    rendered = _render(tmp_path, source, births=["1990-05-12", "1990", "~1985"])
    assert rendered == "36;about 36;about 41;"


def test_the_context_gives_partial_birth_dates_as_given() -> None:
    """GIVEN the principal born "1990" and the spouse "about 1985"
    WHEN the drafting context is built THEN birth_date_text is "1990" and "about 1985" and the
    ages are approximate — never "1 January 1990"."""
    case = realistic_case()
    principal, spouse, *others = case.people
    people = (replace(principal, birth_date="1990"), replace(spouse, birth_date="~1985"), *others)
    context = build_context(replace(case, people=people), today=TODAY)
    principal_view, spouse_view = context["people"][:2]
    assert (principal_view["birth_date_text"], spouse_view["birth_date_text"]) == (
        "1990",
        "about 1985",
    )
    assert principal_view["age"].startswith("about ") and spouse_view["age"].startswith("about ")
