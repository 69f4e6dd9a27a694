"""The search index's fields, and how a catalog entry becomes an index document."""

from __future__ import annotations

import re
from datetime import datetime

from whoosh.fields import DATETIME, ID, KEYWORD, STORED, TEXT, Schema

from index.catalog.records import IndexEntry
from index.search.analysis import (
    address_analyzer,
    folding_analyzer,
    names_analyzer,
    stemming_analyzer,
)
from index.text.reference import Reference

# Form fields are indexed one Whoosh field each, named f_<short name>: the last part of
# the field's full name, lower case, letters and digits only ("Pt2Line4a_FamilyName[0]"
# in "form1[0].#subform[0]" becomes "f_pt2line4afamilyname").
FORM_PREFIX = "f_"
_INDEX_SUFFIX = re.compile(r"\[\d+\]$")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def build_schema() -> Schema:
    """The schema of a new index."""
    exact, stemmed, names = folding_analyzer(), stemming_analyzer(), names_analyzer()
    schema = Schema(
        id=ID(stored=True, unique=True),
        title=TEXT(analyzer=exact, stored=True),
        body=TEXT(analyzer=exact),
        stem=TEXT(analyzer=stemmed, phrase=False),
        names=TEXT(analyzer=names),
        fields=TEXT(analyzer=exact),
        sender=TEXT(analyzer=address_analyzer()),
        kind=ID(stored=True, sortable=True),
        format=ID(stored=True),
        case=KEYWORD(stored=True, commas=True, scorable=True),
        tag=KEYWORD(stored=True, commas=True, lowercase=True),
        ref=KEYWORD(commas=True, lowercase=True),
        passport=KEYWORD(commas=True, lowercase=True),
        anumber=KEYWORD(commas=True, lowercase=True),
        language=ID(stored=True, sortable=True),
        year=ID(stored=True, sortable=True),
        date=DATETIME(stored=True, sortable=True),
        added=DATETIME(stored=True, sortable=True),
        path=STORED(),
    )
    schema.add(FORM_PREFIX + "*", TEXT(analyzer=exact), glob=True)
    return schema


def form_key(full_name: str) -> str:
    """The short, searchable name of a form field (see :data:`FORM_PREFIX`)."""
    last = full_name.rsplit(".", 1)[-1]
    return _NOT_ALNUM.sub("", _INDEX_SUFFIX.sub("", last).lower())


def to_document(entry: IndexEntry) -> dict[str, object]:
    """The Whoosh document for one catalog entry."""
    doc = entry.document
    text = "\n\n".join(entry.pages)
    values = [f for f in entry.fields if f.value and f.type not in ("button", "signature")]
    field_text = "\n".join(f"{f.label} {f.value}" for f in values)
    fields: dict[str, object] = {
        "id": str(doc.id),
        "title": doc.title,
        "body": text,
        "stem": f"{doc.title}\n{text}",
        "names": f"{doc.title}\n{text}\n{field_text}\n{_zone_holders(entry.refs)}",
        "fields": field_text,
        "sender": doc.metadata.get("from", ""),
        "kind": doc.kind,
        "format": doc.format,
        "case": ",".join(entry.cases),
        "tag": ",".join(entry.tags),
        "ref": ",".join(sorted({r.value for r in entry.refs})),
        "passport": ",".join(sorted({r.value for r in entry.refs if r.kind == "passport"})),
        "anumber": ",".join(sorted({r.value for r in entry.refs if r.kind == "anumber"})),
        "language": doc.language,
        "added": _time(doc.added_at),
        "path": entry.paths[0] if entry.paths else "",
    }
    if doc.date:
        fields["date"] = _time(doc.date)
        fields["year"] = doc.date[:4]
    for f in values:
        key = form_key(f.name)
        if key:
            name = FORM_PREFIX + key
            fields[name] = f"{fields.get(name, '')}\n{f.value}".strip()
    return fields


def _zone_holders(refs: tuple[Reference, ...]) -> str:
    """The holders' names read from machine-readable zones, given names first, a line for
    each page: the zone writes ``SURNAME<<GIVEN<NAMES`` joined to the country's code,
    which the names analyzer would not take for the person's name."""
    pages: dict[int, dict[str, list[str]]] = {}
    for ref in refs:
        if ref.kind in ("given-names", "surname"):
            pages.setdefault(ref.page, {}).setdefault(ref.kind, []).append(ref.value)
    return "\n".join(
        " ".join(parts.get("given-names", []) + parts.get("surname", []))
        for _page, parts in sorted(pages.items())
    )


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=None)
