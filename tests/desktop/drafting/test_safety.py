"""Hostile and broken templates fail safely, with the file, the line and plain words."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.drafting.errors import DraftingError, MissingFields, TemplateBroken, TemplateUnsafe
from desktop.drafting.library import TemplateLibrary
from desktop.drafting.render import render_html

HEADER = '{#\ntitle = "Test letter"\nkind = "letter"\ndescription = "A test."\n#}\n'


def archive_template(tmp_path: Path, body: str, name: str = "test-letter") -> TemplateLibrary:
    """A library whose archive holds one template ``name`` with ``body`` after its metadata."""
    folder = tmp_path / "archive" / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.html").write_text(HEADER + body, encoding="utf-8")
    return TemplateLibrary.for_archive(tmp_path / "archive")


HOSTILE = {
    "mro": "{{ ''.__class__.__mro__ }}",
    "subclasses": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "cycler globals": "{{ cycler.__init__.__globals__ }}",
    "joiner globals": "{{ joiner.__init__.__globals__.os }}",
    "lipsum globals": "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "self": "{{ self.__init__.__globals__ }}",
    "namespace": "{{ namespace.__init__.__globals__ }}",
    "format": "{{ '{0.__class__.__mro__}'.format(case) }}",
    "attr filter": "{{ case|attr('__class__') }}",
    "mutate context": "{{ case.update({'id': 'X'}) }}",
    "read a file": "{% include '/etc/passwd' %}",
    "climb out": "{% include '../../../etc/passwd' %}",
    "import a module": "{% import 'os' as os %}{{ os.system('id') }}",
    "huge text": "{{ 'A' * 1000000000 }}",
    "huge power": "{{ 10 ** 100000000 }}",
    "huge range": "{% for i in range(10000000) %}{% endfor %}",
    # Known server-side template injection payloads for Jinja2 (as collected in public
    # cheat sheets), adapted to what a CaseDesk template sees.
    "tuple base": "{{ ().__class__.__base__.__subclasses__() }}",
    "list base": "{{ [].__class__.__base__.__subclasses__() }}",
    "dict base": "{{ {}.__class__.__bases__[0].__subclasses__() }}",
    "subscript class": "{{ ''['__class__']['__mro__'] }}",
    "escaped attr": "{{ ''|attr('\\x5f\\x5fclass\\x5f\\x5f') }}",
    "joined attr": "{{ case|attr('__cla' ~ 'ss__') }}",
    "lipsum attr": "{{ lipsum|attr('__globals__') }}",
    "builtins": "{{ cycler.__init__.__builtins__ }}",
    "template reference": "{{ self._TemplateReference__context }}",
    "config": "{{ config.items() }}",
    "request": "{{ request.application.__globals__.__builtins__ }}",
    "url_for": "{{ url_for.__globals__['os'] }}",
    "flashed": "{{ get_flashed_messages.__globals__ }}",
    "set then call": "{% set x = ''.__class__.__mro__ %}{{ x }}",
    "with block": "{% with a = cycler.__init__.__globals__ %}{{ a }}{% endwith %}",
    "loop over subclasses": "{% for c in ().__class__.__base__.__subclasses__() %}{% endfor %}",
    "read via subclass": "{{ ''.__class__.__mro__[1].__subclasses__()[40]('/etc/passwd').read() }}",
    "format_map": "{{ '{0.__class__}'.format_map({'0': case}) }}",
    "percent format": "{{ '%s'|format(case.__class__) }}",
    "string join self": "{{ ''.join.__self__.__class__ }}",
    "func code": "{{ lipsum.__code__ }}",
    "range call": "{{ range.__call__ }}",
    "dict of object": "{{ case.__dict__ }}",
    "import statement": "{% from 'os' import system %}{{ system('id') }}",
    "extends a file": "{% extends '/etc/passwd' %}",
    "absolute include": "{% include '/proc/self/environ' %}",
    "huge repeat filter": "{{ 'x'|center(1000000000) }}",
    "huge list": "{{ [0] * 1000000000 }}",
    # Texts made enormous by a filter or a text method rather than by * or **.
    "replace empty": "{% set s = 'x' * 100000 %}{{ s|replace('', s) }}",
    "replace method": "{% set s = 'x' * 100000 %}{{ s.replace('x', s) }}",
    "join": "{% set s = 'x' * 100000 %}{{ range(100000)|join(s) }}",
    "join method": "{% set s = 'x' * 100000 %}{{ s.join(range(100000)|map('string')) }}",
    "indent": "{% set s = '\\n' * 100000 %}{{ s|indent(100000) }}",
    "wordwrap": "{% set s = 'a ' * 50000 %}{{ s|wordwrap(1, wrapstring='x' * 100000) }}",
    "batch fill": "{{ [1]|batch(1000000000, 'x')|list }}",
    "slice": "{{ [1]|slice(1000000000)|list }}",
    "format width": "{{ '%999999999d'|format(1) }}",
    "percent width": "{{ '%.999999999f' % 1 }}",
    "percent star": "{{ '%*d' % (999999999, 1) }}",
    "brace width": "{{ '{:>999999999}'.format(1) }}",
    "brace nested": "{{ '{:{}}'.format(1, 999999999) }}",
    "ljust": "{{ 'x'.ljust(999999999) }}",
    "zfill": "{{ '1'.zfill(999999999) }}",
    "expandtabs": "{% set s = '\\t' * 100000 %}{{ s.expandtabs(100000) }}",
    "namespace doubling": (
        "{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}"
        "{% endfor %}{{ ns.s|length }}"
    ),
}


@pytest.mark.parametrize("payload", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_templates_fail_safely(tmp_path: Path, payload: str, context: dict) -> None:
    """GIVEN a template that tries to reach Python internals, files, modules or huge results
    WHEN it is rendered THEN it fails with a drafting error naming the file in plain words:
    no Python internals, no file contents, no traceback; the context is unchanged."""
    library = archive_template(tmp_path, f"<p>Dear reader</p>\n{payload}\n")
    before = repr(context)
    with pytest.raises(DraftingError) as caught:
        render_html(library, "test-letter", context)
    message = str(caught.value)
    if not isinstance(caught.value, MissingFields):  # unknown names become fields to fill
        assert "test-letter.html" in message
    assert "root:" not in message and "Traceback" not in message and "<class" not in message
    assert repr(context) == before


def test_ordinary_formatting_and_joining_still_work(tmp_path: Path, context: dict) -> None:
    """GIVEN a template using join, replace, center, format and % with ordinary sizes, and
    a case number (five digits in a row) in a format string WHEN rendered THEN it works."""
    body = (
        "<p>{{ case.needs|join(', ') }} | {{ 'a-b'|replace('-', ' to ') }} | "
        "{{ 'x'|center(5) }}| {{ '%05.1f'|format(2.5) }} | {{ '%-8s|' % 'ok' }} "
        "{{ 'Case AFG-2024-00452: {}'.format('open') }} {{ '{:>6}'.format('r') }}</p>"
    )
    html = render_html(archive_template(tmp_path, body), "test-letter", context).html
    assert "journalist, women&#39;s rights defender | a to b |   x  | 002.5 | ok      |" in html
    assert "Case AFG-2024-00452: open      r" in html


def test_reaching_internals_is_reported_as_unsafe_with_its_line(
    tmp_path: Path, context: dict
) -> None:
    """GIVEN the classic sandbox escape on line 3 of the body WHEN rendered
    THEN the error says the template used something templates may not use, at that line."""
    library = archive_template(tmp_path, "<p>One</p>\n<p>Two</p>\n{{ ''.__class__.__mro__ }}\n")
    with pytest.raises(TemplateUnsafe) as caught:
        render_html(library, "test-letter", context)
    assert caught.value.line == HEADER.count("\n") + 3
    assert "may not use" in str(caught.value) and "__class__" in str(caught.value)


def test_a_syntax_error_gives_file_line_and_message(tmp_path: Path, context: dict) -> None:
    """GIVEN a template with an unclosed block on its 2nd body line WHEN rendered (or listed)
    THEN the error names the file, the line and what is wrong; the listing reports it apart."""
    library = archive_template(tmp_path, "<p>Dear reader</p>\n{% if case.id %}\n<p>x</p>\n")
    with pytest.raises(TemplateBroken) as caught:
        render_html(library, "test-letter", context)
    error = caught.value
    assert error.path.name == "test-letter.html" and error.line is not None
    assert error.line >= HEADER.count("\n") + 2
    assert f"test-letter.html, line {error.line}" in str(error) and "endif" in str(error)
    good, broken = library.scan()
    assert "test-letter" not in {t.name for t in good}
    assert [b.path.name for b in broken] == ["test-letter.html"]


def test_an_undefined_attribute_at_render_time_gives_its_line(
    tmp_path: Path, context: dict
) -> None:
    """GIVEN a template that reads case.favourite_colour (no such attribute) on line 2 of its body
    WHEN rendered THEN the error names the file, that line and the attribute."""
    library = archive_template(tmp_path, "<p>Dear reader</p>\n<p>{{ case.favourite_colour }}</p>\n")
    with pytest.raises(TemplateBroken) as caught:
        render_html(library, "test-letter", context)
    assert caught.value.line == HEADER.count("\n") + 2
    assert "favourite_colour" in str(caught.value)


def test_broken_metadata_is_reported_with_the_file(tmp_path: Path) -> None:
    """GIVEN templates whose metadata is missing, not TOML, or of an unknown kind
    WHEN the library is scanned THEN each is reported broken with its file; the rest still list."""
    folder = tmp_path / "archive" / "templates"
    folder.mkdir(parents=True)
    (folder / "no-metadata.html").write_text("<p>Hello</p>")
    (folder / "bad-toml.html").write_text("{#\ntitle = \n#}\n<p>Hello</p>")
    (folder / "bad-kind.html").write_text('{#\ntitle = "X"\nkind = "poem"\n#}\n<p>Hello</p>')
    library = TemplateLibrary.for_archive(tmp_path / "archive")
    good, broken = library.scan()
    assert sorted(b.path.name for b in broken) == [
        "bad-kind.html",
        "bad-toml.html",
        "no-metadata.html",
    ]
    assert "resettlement-referral" in {t.name for t in good}
    assert any("poem" in str(b) for b in broken)


def test_an_archive_template_overrides_the_shipped_one(tmp_path: Path, context: dict) -> None:
    """GIVEN an archive with its own resettlement-referral.html (and its own letterhead part)
    WHEN it is listed and rendered THEN the archive's template is used, marked as not shipped,
    and its own _letterhead.html replaces the shipped one in the other templates too."""
    body = "<p>Our own referral for {{ principal.name }} ({{ case.id }})</p>"
    library = archive_template(tmp_path, body, name="resettlement-referral")
    (tmp_path / "archive" / "templates" / "_letterhead.html").write_text(
        "<p>OWN LETTERHEAD {{ office.name }}</p>"
    )
    info = library.get("resettlement-referral")
    assert info.title == "Test letter" and not info.shipped
    html = render_html(library, "resettlement-referral", context).html
    assert "Our own referral for Shabnam Rahimi (AFG-2024-00452)" in html
    assert library.get("case-summary").shipped
    values = {"prepared_by": "Jonas Example"}
    summary = render_html(library, "case-summary", context, values).html
    assert "Hillside" in summary  # the summary has no letterhead part: still the shipped one
    urgent_fields = {
        "immediate_risk": "x",
        "risk_on_return": "y",
        "addressee": "UNHCR",
        "salutation": "Dear Colleagues,",
        "requested_action": "z",
        "closing": "Yours sincerely,",
    }
    urgent = render_html(library, "urgent-protection-referral", context, urgent_fields).html
    assert "OWN LETTERHEAD Hillside Refugee Law Clinic (test)" in urgent


def test_values_typed_in_are_escaped(tmp_path: Path, context: dict) -> None:
    """GIVEN a typed-in value with HTML in it WHEN rendered THEN it appears as text, not markup."""
    library = archive_template(tmp_path, "<p>{{ remark }}</p>")
    html = render_html(library, "test-letter", context, {"remark": "<b>bold</b> & co"}).html
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; co" in html and "<b>bold</b>" not in html
