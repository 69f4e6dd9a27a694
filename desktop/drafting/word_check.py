"""Reading a Word letter back before it is kept: is it whole, and does it say what it must?

python-docx opens the finished bytes (a file Word could not open fails here, not in the
volunteer's hands), and the text of every paragraph — tables, headers and footers too —
and the document's properties must hold the case id, the principal's name when the
template names the principal, the first line of every field the template uses, and no
Jinja tag left over; with a redaction, no redacted value.  The PDF path checks its own
output the same way (``desktop/drafting/redacting.py``).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

from docx import Document
from docx.document import Document as DocumentType
from docx.oxml.ns import qn

from desktop.drafting.errors import DraftingError
from desktop.drafting.redacting import RedactionFailed
from desktop.drafting.word import WordDraft
from desktop.drafting.word_direction import paragraph_text
from desktop.redaction.kinds import Redaction

_TAGS = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}")
_CHECKED_TYPES = ("text", "multiline", "choice")


class WordLetterWrong(DraftingError):
    """The Word letter read back is not whole or lacks what it must say; nothing was kept."""


def check_docx(draft: WordDraft, redaction: Redaction | None = None) -> None:
    """:class:`WordLetterWrong` (or :class:`RedactionFailed`) unless ``draft`` reads back
    as a whole letter with its case id, name and fields, and none of the redacted values."""
    text = _flat(word_text(draft.data))
    rendered = draft.rendered
    title = rendered.template.title
    if _TAGS.search(text) and not any(_TAGS.search(v) for v in rendered.values.values()):
        raise WordLetterWrong(
            "Nothing was kept: the Word {title} still holds template tags ({{{{ … }}}} or "
            "{{% … %}}) after filling in; check the Word template.",
            title=title,
        )
    for what, expected in _expected(draft):
        if _flat(expected) not in text:
            raise WordLetterWrong(
                "Nothing was kept: the Word {title} does not show {what}; check that the "
                "Word template uses it.",
                title=title,
                what=what,
            )
    if redaction and redaction.spans(text):
        raise RedactionFailed(
            "Nothing was drafted: a value chosen for redaction could still be read in the "
            "Word letter. Check the fields you typed in and try again."
        )


def word_text(data: bytes) -> str:
    """Every paragraph's text (body, tables, headers, footers) and the core properties."""
    try:
        document = Document(io.BytesIO(data))
    except Exception as error:
        raise WordLetterWrong(
            "Nothing was kept: the Word letter could not be read back ({reason}).",
            reason=type(error).__name__,
        ) from None
    return "\n".join(_texts(document))


def _texts(document: DocumentType) -> Iterator[str]:
    for paragraph in document.element.body.iter(qn("w:p")):
        yield paragraph_text(paragraph)
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header,
                     section.first_page_footer):  # fmt: skip
            if not part.is_linked_to_previous:
                yield from (paragraph_text(p) for p in part._element.iter(qn("w:p")))
    properties = document.core_properties
    yield from (properties.title or "", properties.subject or "", properties.comments or "")


def _expected(draft: WordDraft) -> Iterator[tuple[str, str]]:
    """(what, text) pairs the letter must show: case id, name, each field's first line."""
    rendered = draft.rendered
    if rendered.case_id:
        yield "the case id", rendered.case_id
    principal = rendered.context.get("principal")
    name = principal.get("name") if isinstance(principal, dict) else ""
    if name and draft.used & {"principal", "people"}:
        yield "the principal applicant's name", str(name)
    for field in rendered.template.fields:
        value = rendered.values.get(field.name, "")
        if value and field.name in draft.used and field.type in _CHECKED_TYPES:
            yield f"the field “{field.label}”", value.strip().splitlines()[0][:60]


def _flat(text: str) -> str:
    return " ".join(text.split())
