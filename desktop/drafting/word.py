"""Word letters: ``NAME.docx`` templates rendered by docxtpl inside the drafting sandbox.

A Word template is a ``.docx`` with Jinja tags in its text (docxtpl's ``{%p … %}``,
``{%tr … %}`` for paragraphs and table rows).  It is found like an HTML template — the
archive's ``templates/`` folder first, then the shipped one — so an office's own
letterhead ``resettlement-referral.docx`` replaces the shipped Word version.  Its metadata
(title, fields, ``needs``) is its own leading ``{# title = … #}`` comment if it has one,
else that of the HTML template of the same name: the same fields, prefill and no-blank
refusal either way.  It renders in the same :class:`~desktop.drafting.sandbox.Sandbox`
(hostile Jinja is contained exactly as in HTML), with ``paragraphs`` and ``lines`` that
make Word paragraphs and line breaks instead of HTML, and no loader (a Word template
cannot include HTML parts).  A broken template is reported by paragraph: docxtpl puts
each ``<w:p>`` on its own line of the source Jinja sees, so Jinja's line is the paragraph.
"""

from __future__ import annotations

import html
import io
import re
import traceback
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Inches, Mm
from docxtpl import DocxTemplate, InlineImage
from jinja2 import meta
from jinja2.exceptions import SecurityError, TemplateSyntaxError

from desktop.drafting.errors import (
    DraftingError,
    MissingFields,
    TemplateBroken,
    TemplateUnsafe,
    UnknownTemplate,
)
from desktop.drafting.fields import clean_values, missing
from desktop.drafting.library import _NAME, TemplateLibrary
from desktop.drafting.metadata import CONTEXT_NAMES, Field, TemplateInfo, humanise, parse_metadata
from desktop.drafting.render import Rendered, as_written
from desktop.drafting.sandbox import Sandbox, _finalize
from desktop.drafting.word_direction import mark_directions, paragraph_text

WORD_SUFFIX = ".docx"
_HEADER = re.compile(r"\A\s*\{#")
_CONTROL = re.compile(r"[\x00-\x06\x08\x0b\x0e-\x1f]")  # not allowed in XML; \a \t \n \f kept
_TAG = re.compile(r"<[^>]+>")
LOGO_HEIGHT_MM = 15


@dataclass(frozen=True)
class WordTemplate:
    """A ``.docx`` template: its file and its metadata (its own, or its HTML twin's)."""

    info: TemplateInfo
    path: Path


@dataclass(frozen=True)
class WordDraft:
    """A rendered Word letter: what it was made from, and the ``.docx`` bytes."""

    rendered: Rendered
    data: bytes
    used: frozenset[str]  # the names the Word template uses (for the read-back)


def word_names(library: TemplateLibrary) -> list[str]:
    """Every template that has a Word version, sorted."""
    return sorted(
        {
            path.stem
            for folder in library.folders
            for path in folder.glob(f"*{WORD_SUFFIX}")
            if _NAME.match(path.stem) and path.is_file()
        }
    )


def word_path(library: TemplateLibrary, name: str) -> Path:
    """The ``.docx`` of template ``name`` (the archive's own first)."""
    if _NAME.match(name):
        for folder in library.folders:
            candidate = folder / f"{name}{WORD_SUFFIX}"
            if candidate.is_file():
                return candidate
    known = ", ".join(word_names(library)) or "none"
    raise UnknownTemplate(f"There is no Word template called {name!r}. Word templates: {known}.")


def word_template(library: TemplateLibrary, name: str) -> WordTemplate:
    """Template ``name``'s Word version with its metadata; :class:`TemplateBroken` if the
    file cannot be read or has no metadata of its own and no HTML template of its name."""
    path = word_path(library, name)
    shipped = path.parent.resolve() == library.shipped.resolve()
    text = _leading_text(path)
    if _HEADER.match(text):
        return WordTemplate(parse_metadata(name, path, text, shipped=shipped), path)
    try:
        twin = library.get(name)
    except UnknownTemplate:
        raise TemplateBroken(
            path,
            None,
            "it has no metadata: start it with a {# title = … #} paragraph, or name it "
            "after an HTML template whose fields it uses",
        ) from None
    return WordTemplate(replace(twin, path=path, shipped=shipped), path)


def environment(library: TemplateLibrary) -> Sandbox:
    """The library's sandbox for Word: no loader, Word paragraphs and line breaks."""
    word = library.environment.overlay(loader=None)
    word.filters = {**word.filters, "paragraphs": word_paragraphs, "lines": word_lines}
    word.finalize = _finalize_word
    return word  # type: ignore[return-value]


def word_fields(library: TemplateLibrary, template: WordTemplate) -> tuple[Field, ...]:
    """The declared fields, then any other name the Word template uses that the context
    does not provide (asked for as a required text field)."""
    used = used_names(library, template)
    provided = CONTEXT_NAMES | set(library.environment.globals)
    declared = {f.name for f in template.info.fields}
    extra = sorted(used - declared - provided)
    return template.info.fields + tuple(Field(n, humanise(n), declared=False) for n in extra)


def used_names(library: TemplateLibrary, template: WordTemplate) -> frozenset[str]:
    """Every top-level name the Word template uses."""
    document = _open(template.path)
    sandbox = environment(library)
    names: set[str] = set()
    try:
        for part in _parts(document):
            document.current_rendering_part = part
            xml = document.get_xml() if part is document.docx.part else document.get_part_xml(part)
            source = re.sub(r"<w:p([ >])", r"\n<w:p\1", document.patch_xml(xml))
            names |= meta.find_undeclared_variables(sandbox.parse(source))
    except Exception as error:
        raise _failure(error, document, template.path) from None
    return frozenset(names)


def _parts(document: DocxTemplate) -> list[Any]:
    """The main part, then the headers and footers (where Jinja tags can be)."""
    main = document.docx.part
    others = [
        rel.target_part
        for rel in main.rels.values()
        if rel.reltype in (document.HEADER_URI, document.FOOTER_URI)
    ]
    return [main, *others]


def render_word(
    library: TemplateLibrary,
    name: str,
    context: Mapping[str, object],
    values: Mapping[str, str] | None = None,
    *,
    lenient: bool = False,
    logo: Path | None = None,
) -> WordDraft:
    """Render template ``name``'s Word version; :class:`MissingFields` while anything
    required is empty, :class:`InvalidField`, :class:`TemplateBroken` (with the paragraph)
    or :class:`TemplateUnsafe` as for HTML.  ``lenient`` ignores values for fields the Word
    template does not have (values checked against the HTML version already); ``logo`` is
    the office's logo, shown where the template prints ``office.logo_image``."""
    template = word_template(library, name)
    fields = word_fields(library, template)
    given = dict(values or {})
    if lenient:
        known = {f.name for f in fields}
        given = {k: v for k, v in given.items() if k in known}
    cleaned = clean_values(template.info, fields, given)
    absent = missing(template.info, fields, context, cleaned)
    if absent:
        raise MissingFields(template.info.title, absent)
    info = template.info
    variables = as_written(info, {**context, **cleaned})
    data = _render(library, template.path, variables, logo, paper=info.shipped)
    rendered = Rendered(info, "", cleaned, dict(context))
    return WordDraft(rendered, data, used_names(library, template))


def word_paragraphs(value: object) -> str:
    """Typed text as Word paragraphs: blank lines part them (docxtpl turns ``\\a`` into a
    new paragraph with the same look), single newlines break the line."""
    text = str(value or "").replace("\r\n", "\n")
    blocks = [word_lines(b) for b in text.split("\n\n")]
    return "\a".join(b for b in blocks if b)


def word_lines(value: object) -> str:
    """Typed text with its line breaks kept (docxtpl turns ``\\n`` into ``<w:br/>``)."""
    return "\n".join(line.strip() for line in str(value or "").splitlines() if line.strip())


def _finalize_word(value: Any) -> Any:
    """Every printed value: checked as in HTML, and without characters XML cannot hold."""
    value = _finalize(value)
    return _CONTROL.sub("", value) if isinstance(value, str) else value


def _render(
    library: TemplateLibrary,
    path: Path,
    variables: dict[str, object],
    logo: Path | None,
    *,
    paper: bool,
) -> bytes:
    """The ``.docx`` bytes; with ``paper`` (a shipped template, laid out on A4) the pages
    are the office's paper size (an office's own template keeps the paper it was made on)."""
    document = _open(path)
    office = variables.get("office")
    if isinstance(office, Mapping):  # the picture is made for this document, or empty
        image = InlineImage(document, str(logo), height=Mm(LOGO_HEIGHT_MM)) if logo else ""
        variables["office"] = {**office, "logo_image": image}
    try:
        document.render(variables, jinja_env=environment(library), autoescape=True)
    except DraftingError:
        raise
    except Exception as error:
        raise _failure(error, document, path) from None
    mark_directions(document.docx)
    if paper and isinstance(office, Mapping) and office.get("paper") == "letter":
        for section in document.docx.sections:
            section.page_width, section.page_height = Inches(8.5), Inches(11)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _open(path: Path) -> DocxTemplate:
    try:
        document = DocxTemplate(path)
        document.init_docx()
    except Exception as error:
        raise TemplateBroken(
            path, None, f"it is not a Word file that can be read ({type(error).__name__})"
        ) from None
    return document


def _leading_text(path: Path) -> str:
    """The text of the document's first paragraphs (where its metadata comment would be)."""
    try:
        paragraphs = Document(str(path)).paragraphs
    except Exception as error:
        raise TemplateBroken(
            path, None, f"it is not a Word file that can be read ({type(error).__name__})"
        ) from None
    return "\n".join(p.text for p in paragraphs[:200])


def _failure(error: Exception, document: DocxTemplate, path: Path) -> TemplateBroken:
    """The plain-words error, naming the paragraph, for a Jinja failure inside a .docx."""
    if isinstance(error, TemplateSyntaxError):
        line: int | None = error.lineno
        message = error.message or "its Jinja tags are not valid"
    else:
        line = _template_line(error)
        message = str(error).rstrip(".") or type(error).__name__
    place = _place(document, line)
    if isinstance(error, SecurityError):
        return TemplateUnsafe(path, line, message, place)
    return TemplateBroken(path, line, message, place)


def _template_line(error: BaseException) -> int | None:
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        if frame.filename == "<template>":
            return frame.lineno
    return None


def _place(document: DocxTemplate, line: int | None) -> str:
    """``paragraph N (“its text”)`` for Jinja's ``line`` in the part being rendered.

    docxtpl puts each ``<w:p>`` on a line of its own but first joins what a tag or a
    comment spans, so the line's text is looked up among the document's paragraphs to
    give the number a person counts in Word.
    """
    if not line:
        return ""
    part = getattr(document, "current_rendering_part", None)
    main = document.docx.part
    where = "" if part is None or part is main else " of a header or footer"
    try:
        xml = document.get_xml() if not where else document.get_part_xml(part)
        element = document.docx.element.body if not where else part.element
    except Exception:
        return ""
    lines = re.sub(r"<w:p([ >])", r"\n<w:p\1", document.patch_xml(xml)).split("\n")
    if line > len(lines):
        return f"the end of the document{where}"
    text = " ".join(html.unescape(_TAG.sub("", lines[line - 1])).split())
    quoted = f" (“{text[:60]}{'…' if len(text) > 60 else ''}”)" if text else ""
    number = _paragraph_number(element, text)
    return f"paragraph {number}{where}{quoted}" if number else f"a paragraph{where}{quoted}"


def _paragraph_number(element: Any, text: str) -> int | None:
    """The number (from 1, tables included) of the first paragraph showing ``text``."""
    if not text:
        return None
    texts = [" ".join(paragraph_text(p).split()) for p in element.iter(qn("w:p"))]
    for matches in (lambda t: t == text, lambda t: bool(t) and (t in text or text in t)):
        for number, candidate in enumerate(texts, start=1):
            if matches(candidate):
                return number
    return None
