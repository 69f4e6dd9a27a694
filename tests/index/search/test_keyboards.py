"""Both keyboards: a Pashto name typed on a Dari or Urdu keyboard finds the Pashto spelling,
and the other way round, ranked below the exact spelling (invented documents)."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.archive import Archive
from index.ingest.pipeline import Ingest, IngestOptions

DOCUMENTS = {
    # The same invented woman, written in Pashto letters, on a Dari keyboard, on an Urdu one.
    "pashto.txt": "ګل مکۍ د کابل اوسېدونکې ده. د هغې ډاکټر ویلي چې ښځه ناروغه ده.",
    "dari.txt": "گل مکی در کابل زندگی می‌کرد. داکتر او گفت که زن بیمار است.",
    "urdu.txt": "درخواست گزار گل مکے کابل سے آئی ہیں۔ ڈاکٹر کے مطابق وہ بیمار ہیں۔",
    "english.txt": "Intake note: the family arrived in Peshawar in March.",
    "note.txt": "دکتور",
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    """An archive holding the documents above, ingested through the real pipeline."""
    root = tmp_path_factory.mktemp("keyboards")
    folder = root / "in"
    folder.mkdir()
    for name, text in DOCUMENTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    with Archive.open(root / "archive", write=True) as writer:
        summary = Ingest(writer, IngestOptions(cases=())).run([folder])
        assert not summary.problems, summary.problems
    reader = Archive.open(root / "archive", write=False)
    yield reader
    reader.close()


def found(archive: Archive, query: str) -> list[str]:
    return [Path(h.path).name for h in archive.find(query).hits]


def test_a_pashto_name_typed_on_a_dari_keyboard_finds_the_pashto_spelling(
    archive: Archive,
) -> None:
    """GIVEN "ګل مکۍ" in Pashto letters in one document and "گل مکی" typed on a Dari keyboard in
    another WHEN "گل مکی" is searched THEN both are found, the exact (Dari) spelling first."""
    hits = found(archive, "گل مکی")
    assert hits[0] == "dari.txt" and "pashto.txt" in hits


def test_the_pashto_spelling_finds_what_was_typed_on_a_dari_keyboard(archive: Archive) -> None:
    """GIVEN the same two documents WHEN "ګل مکۍ" (Pashto letters) is searched
    THEN both are found, the Pashto document first."""
    hits = found(archive, "ګل مکۍ")
    assert hits[:2] == ["pashto.txt", "dari.txt"]


def test_pashto_dari_and_urdu_keyboards_find_each_other_before_other_spellings(
    archive: Archive,
) -> None:
    """GIVEN "doctor" written with Pashto ډ ټ, Dari د ت and Urdu ڈ ٹ in three documents, and a
    short note with "دکتور" (another spelling with the same consonants)
    WHEN each of the three keyboard spellings is searched
    THEN all four are found: its own spelling first, the other two keyboards' next, the other
    spelling last."""
    for query, exact in (("ډاکټر", "pashto.txt"), ("داکتر", "dari.txt"), ("ڈاکٹر", "urdu.txt")):
        hits = found(archive, query)
        others = {"pashto.txt", "dari.txt", "urdu.txt"} - {exact}
        assert hits[0] == exact and set(hits[1:3]) == others and hits[3] == "note.txt", query


def test_the_yeh_of_each_keyboard_ranks_its_own_spelling_first(archive: Archive) -> None:
    """GIVEN "مکۍ" (Pashto yeh), "مکی" (Dari) and "مکے" (Urdu yeh barree) in three documents
    WHEN each spelling is searched THEN all three documents are found, its own first."""
    for query, exact in (("مکۍ", "pashto.txt"), ("مکی", "dari.txt"), ("مکے", "urdu.txt")):
        hits = found(archive, query)
        assert hits[0] == exact and set(hits) == {"pashto.txt", "dari.txt", "urdu.txt"}, query


def test_snippets_mark_the_words_typed_on_the_other_keyboard(archive: Archive) -> None:
    """GIVEN the Pashto document WHEN "گل مکی" is searched on a Dari keyboard
    THEN its snippet marks ګل and مکۍ as they are written in it."""
    (hit,) = [h for h in archive.find("گل مکی").hits if h.path.endswith("pashto.txt")]
    assert "<mark>ګل</mark>" in hit.snippets[0] and "<mark>مکۍ</mark>" in hit.snippets[0]


def test_wildcards_reach_the_other_keyboards_spelling(archive: Archive) -> None:
    """GIVEN "ښځه" (woman, Pashto ښ ځ) in the Pashto document WHEN "شز*" is searched as a
    Dari keyboard would type its start THEN the Pashto document is found and marked."""
    (hit,) = archive.find("شز*").hits
    assert hit.path.endswith("pashto.txt") and "<mark>ښځه</mark>" in hit.snippets[0]
