"""The demo archive: invented cases from ``resources/demo``, ingested like real files.

PDFs are made once from the ``*.pdf.html`` sources (so adding the demo again finds
them unchanged); every case folder is linked to the case it is named after.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.output.pdf import html_to_pdf
from index.archive import Archive
from index.ingest.pipeline import Ingest, IngestOptions
from index.ingest.summary import Summary

SOURCES = Path(__file__).resolve().parents[1] / "resources" / "demo"


def build_demo_archive(root: Path, sources: Path = SOURCES) -> Summary:
    """Add the demo documents to the archive at ``root``; returns the combined summary."""
    staged = _stage(sources, root.parent / f"{root.name}-sources")
    total = Summary()
    with Archive.open(root, write=True, holder="casedesk demo") as archive:
        for case_folder in sorted(p for p in staged.iterdir() if p.is_dir()):
            options = IngestOptions(cases=(case_folder.name,))
            _merge(total, Ingest(archive, options).run([case_folder]))
    return total


def _stage(sources: Path, staged: Path) -> Path:
    """Copy the sources next to the archive, rendering ``*.pdf.html`` to PDF once."""
    for source in sorted(sources.rglob("*")):
        if not source.is_file() or source.name == "README.md":
            continue
        target = staged / source.relative_to(sources)
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.name.endswith(".pdf.html"):
            pdf = target.with_name(source.name.removesuffix(".html"))
            if not pdf.exists():
                html_to_pdf(source.read_text(encoding="utf-8"), pdf, title=pdf.stem)
        elif not target.exists():
            shutil.copy2(source, target)
    return staged


def _merge(total: Summary, part: Summary) -> None:
    for name in ("given", "added", "unchanged", "duplicates", "attachments", "extracted"):
        setattr(total, name, getattr(total, name) + getattr(part, name))
    total.problems += part.problems
    total.attachment_problems += part.attachment_problems
