"""Every shipped template, drafted for every demo case, reads back with its names."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pypdf
import pytest

from desktop.drafting.citations import CitationRequest
from desktop.drafting.gather import context_for_case
from desktop.drafting.library import TemplateLibrary
from desktop.drafting.output import to_pdf
from desktop.drafting.prefill import prefill
from desktop.drafting.render import render_html
from index.archive import Archive
from tests.conftest import BuiltDemo
from tests.support.drafting import TYPED


@pytest.fixture(scope="module")
def demo(built_demo: BuiltDemo) -> Path:
    """The demo archive built once for the run (only read here)."""
    return built_demo.root


def test_each_template_drafts_for_each_demo_case(demo: Path) -> None:
    """GIVEN the demo archive's cases WHEN each shipped template is drafted for each, citing the
    case's first document THEN every PDF names the principal applicant and the case, has page
    numbers, and no character is an empty box."""
    library = TemplateLibrary.for_archive(demo)
    with Archive.open(demo, write=False) as archive:
        case_ids = [c.id for c in archive.cases.list() if c.people]
        assert len(case_ids) >= 6
        for case_id in case_ids:
            first = min(d.id for d, _ in archive.cases.documents(case_id))
            context = context_for_case(archive, case_id, cites=[CitationRequest(first)])
            for info in library.templates():
                values = prefill(library, info, context)
                values = {k: v or TYPED.get(k, "") for k, v in values.items()}
                result = to_pdf(render_html(library, info.name, context, values))
                text = _text(result.data)
                name = context["principal"]["name"]
                assert name in text and case_id in text, (case_id, info.name)
                page_one = {"fa-AF": "صفح", "ps": "مخ له"}.get(info.language, "Page 1 of")
                assert page_one in text and result.missing_glyphs == 0


def _text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())
