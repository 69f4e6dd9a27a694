"""Every form of the query language, on documents that went through the real ingest."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from index.archive import Archive
from index.search import SearchOptions


def names(archive: Archive, query: str, **options: object) -> list[str]:
    result = archive.find(query, SearchOptions(**options))
    return [Path(h.path).name for h in result.hits]


def test_words_must_all_match(search_archive: Archive) -> None:
    """GIVEN several documents WHEN two words are searched THEN only documents with both match."""
    assert names(search_archive, "worked embassy") == ["a-statement.txt"]


def test_english_stems_match_with_exact_words_first(search_archive: Archive) -> None:
    """GIVEN "interview" and "interviewed" in different documents WHEN "interview" is searched
    THEN both are found, the exact word first."""
    found = names(search_archive, "interview")
    assert {"a-statement.txt", "b-mohammad.txt", "c-visa.txt"} <= set(found)
    stemmed = found.index("b-mohammad.txt")
    assert found.index("a-statement.txt") < stemmed and found.index("c-visa.txt") < stemmed


def test_or_not_minus_and_groups(search_archive: Archive) -> None:
    """GIVEN the documents WHEN OR, NOT, -word and (groups) are used THEN each works."""
    assert set(names(search_archive, "Peshawar OR Karachi")) == {"b-mohammad.txt", "noori-risk.eml"}
    assert "c-visa.txt" not in names(search_archive, "interview -visa")
    assert "c-visa.txt" not in names(search_archive, "interview NOT checklist")
    assert names(search_archive, "(Peshawar OR Karachi) notice") == ["noori-risk.eml"]


def test_phrases(search_archive: Archive) -> None:
    """GIVEN a phrase WHEN searched in quotes THEN only the exact sequence matches."""
    assert names(search_archive, '"notice to leave"') == ["noori-risk.eml"]
    assert names(search_archive, '"leave to notice"') == []


def test_reference_and_field_queries(search_archive: Archive) -> None:
    """GIVEN case numbers, passports and A-numbers in the text WHEN searched by field
    THEN the right document is found, however the A-number is written."""
    assert names(search_archive, "case:AFG-2024-00137") == ["a-statement.txt"]
    assert names(search_archive, "case:afg-2024-00200") == ["b-mohammad.txt"]
    assert names(search_archive, "passport:p04417730") == ["a-statement.txt"]
    for written in ("anumber:A204771395", "anumber:204-771-395", "A-204-771-395"):
        assert names(search_archive, written) == ["a-statement.txt"], written
    assert names(search_archive, "AFG-2024-00137") == ["a-statement.txt"]


def test_type_tag_from_and_language(search_archive: Archive) -> None:
    """GIVEN an email, a form, a tagged note and Persian text WHEN filtered by type, tag, sender
    and language THEN each filter picks the right documents."""
    assert names(search_archive, "type:email") == ["noori-risk.eml"]
    assert names(search_archive, "type:form") == ["g-i130.pdf"]
    assert names(search_archive, "tag:checklist") == ["c-visa.txt"]
    assert names(search_archive, "from:unhcr") == ["noori-risk.eml"]
    assert set(names(search_archive, "lang:dari")) == {"d-fa.txt", "f-persian.pdf"}
    assert names(search_archive, "interview", kinds=("email",)) == []


def test_dates_and_ranges(search_archive: Archive) -> None:
    """GIVEN an email dated 2024-03-04 WHEN searched by date and range THEN it is found;
    AND added:today finds everything added today."""
    assert names(search_archive, "date:2024-03") == ["noori-risk.eml"]
    assert names(search_archive, "date:2024-01..2024-12 type:email") == ["noori-risk.eml"]
    assert names(search_archive, "date:..2020") == []
    everything = search_archive.find("added:today", SearchOptions(limit=50)).total
    assert everything == search_archive.stats()["documents"]
    assert search_archive.find("added:today", SearchOptions(today=date(2000, 1, 1))).total == 0


def test_wildcards_and_fuzzy(search_archive: Archive) -> None:
    """GIVEN Ahmadzai and Qasim/Qasimi in documents WHEN searched with Ahmad* and Qasem~
    THEN they match; a one-letter wildcard is refused with a note, not an error."""
    assert "a-statement.txt" in names(search_archive, "Ahmad*")
    assert "a-statement.txt" in names(search_archive, "Qasem~")
    result = search_archive.find("A*")
    assert result.ignored and "two letters" in result.ignored[0]


def test_form_field_by_name(search_archive: Archive) -> None:
    """GIVEN an I-130 filled with pypdf (family name Ahmadzai)
    WHEN searched by familyname:Ahmadzai THEN the form is found, and the statement is not."""
    assert names(search_archive, "familyname:Ahmadzai") == ["g-i130.pdf"]
    assert names(search_archive, "pt2line4afamilyname:ahmadzai") == ["g-i130.pdf"]
    unknown = search_archive.find("nosuchfield:Ahmadzai")
    assert unknown.ignored and "no field called" in unknown.ignored[0]


@pytest.mark.parametrize(
    "query",
    [
        '"unclosed',
        "date:yesterday..",
        "(((",
        ")))",
        "NOT",
        "OR OR AND",
        "-",
        "~",
        "*",
        "a:b:c",
        "date:2023-13",
        "case:",
        '""',
        "x" * 10_000,
        "word " * 3000,
        "Qasim~9",
        "\x00\u202e",
    ],
)
def test_malformed_queries_never_raise(search_archive: Archive, query: str) -> None:
    """GIVEN a malformed query WHEN searched THEN a result comes back (maybe with notes)."""
    result = search_archive.find(query)
    assert result.total >= 0
