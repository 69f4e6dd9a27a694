"""tantivy (Rust; the Python package ``tantivy``), an anchor of the search benchmark.

A benchmark-only dependency (``pip install -e '.[bench]'``), never a runtime one.  The
same invented documents as CaseDesk's index: title, body (the pages) and form fields as
text, the kind as one raw word, the date as an integer.  Every search is what CaseDesk's
keystroke search does as near as tantivy goes: the query parsed, the best 20 by BM25
with the exact count, and a snippet of the body for each hit, in this process.  The
queries are mapped by :mod:`benchmarks.anchor_queries`.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from benchmarks.anchor_queries import TEXT_FIELDS, tantivy_fuzzy, tantivy_text
from benchmarks.corpus import SyntheticDocument
from benchmarks.latency_stats import timed


def missing() -> str:
    """``""`` when tantivy can be imported, else why not, in plain words."""
    try:
        import tantivy  # noqa: F401
    except ImportError:
        return "tantivy is not installed (.venv/bin/pip install -e '.[bench]'): skipped"
    return ""


def build(folder: Path, docs: Iterable[SyntheticDocument]) -> float:
    """Index ``docs`` into a new tantivy index in ``folder``; returns the seconds taken."""
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_integer_field("id", stored=True, indexed=True)
    builder.add_text_field("title", stored=True)
    builder.add_text_field("body", stored=True)
    builder.add_text_field("fields")
    builder.add_text_field("kind", tokenizer_name="raw")
    builder.add_integer_field("date", indexed=True, fast=True)
    folder.mkdir(parents=True)
    index = tantivy.Index(builder.build(), path=str(folder))
    started = time.perf_counter()
    writer = index.writer(heap_size=1_000_000_000, num_threads=1)  # few segments
    for doc in docs:
        writer.add_document(tantivy_document(tantivy, doc))
    writer.commit()
    writer.wait_merging_threads()
    return time.perf_counter() - started


def tantivy_document(tantivy: Any, doc: SyntheticDocument) -> Any:
    """One document as tantivy's ``Document``."""
    return tantivy.Document(
        id=doc.number,
        title=doc.title,
        body="\n\n".join(doc.pages),
        fields="\n".join(f"{label} {value}" for _n, value, _t, label in doc.fields),
        kind=doc.kind,
        date=int(doc.date.replace("-", "")),
    )


def run(folder: Path, probes: list, repeat: int) -> dict[str, Any]:
    """Open the index, one untimed pass, then ``repeat`` timed passes of every probe."""
    import tantivy

    started = time.perf_counter()
    index = tantivy.Index.open(str(folder))
    searcher = index.searcher()
    open_ms = (time.perf_counter() - started) * 1000

    def search(probe) -> int:
        fuzzy = {f: (False, 1, True) for f in TEXT_FIELDS} if tantivy_fuzzy(probe) else None
        query = index.parse_query(
            tantivy_text(probe),
            list(TEXT_FIELDS),
            fuzzy_fields=fuzzy,
            conjunction_by_default=True,
            allow_regexes=True,
        )
        result = searcher.search(query, 20, count=True)
        snippets = tantivy.SnippetGenerator.create(searcher, query, index.schema, "body")
        for _score, address in result.hits:
            snippets.snippet_from_doc(searcher.doc(address)).to_html()
        return result.count

    times, cpu, totals = timed(probes, repeat, search)
    return {
        "open_ms": round(open_ms, 1),
        "times": times,
        "cpu": cpu,
        "totals": totals,
        "segments": searcher.num_segments,
    }
