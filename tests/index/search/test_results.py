"""What comes back: names in every spelling, pages, snippets, facets, order, paging, hints."""

from __future__ import annotations

from pathlib import Path

from index.archive import Archive
from index.search import SearchOptions


def _names(result) -> list[str]:
    return [Path(h.path).name for h in result.hits]


def test_a_name_is_found_in_every_spelling_with_the_exact_one_first(
    search_archive: Archive,
) -> None:
    """GIVEN "Muhammad Qasim Ahmadzai" in one document and "Mohammad Karimi" in another
    WHEN "Mohammad Kasim Ahmadzay" is searched as a name THEN the statement is found;
    AND "Mohammad" finds both, the exact spelling first; AND Arabic script finds the Latin one."""
    assert _names(search_archive.find('name:"Mohammad Kasim Ahmadzay"')) == ["a-statement.txt"]
    both = _names(search_archive.find("Mohammad"))
    assert both[:2] == ["b-mohammad.txt", "a-statement.txt"]
    assert "a-statement.txt" in _names(search_archive.find('name:"محمد قاسم"'))
    assert "a-statement.txt" in _names(search_archive.find("Mohammed Qassim"))


def test_snippets_mark_the_matched_words_on_the_right_page(search_archive: Archive) -> None:
    """GIVEN a three-page PDF whose third page names Farzana Qasimi
    WHEN "Farzana" is searched THEN the hit says page 3 and the snippet marks the word."""
    (hit,) = search_archive.find("Farzana threatened").hits
    assert hit.page == 3
    assert (
        "<mark>Farzana</mark>" in hit.snippets[0] and "<mark>threatened</mark>" in hit.snippets[0]
    )


def test_persian_pdfs_are_found_and_marked(search_archive: Archive) -> None:
    """GIVEN a Persian corpus sentence in a PDF made by Qt, and the corpus's Arabic PDF
    WHEN a Persian word (typed with Arabic yeh) and an Arabic word are searched
    THEN each PDF is found with the word marked."""
    (hit,) = search_archive.find("سرمايه‌گذاري").hits
    assert Path(hit.path).name == "f-persian.pdf" and "<mark>" in hit.snippets[0]
    arabic = search_archive.find("مرحبا")
    assert [Path(h.path).name for h in arabic.hits] == ["hello-world.pdf"]


def test_facets_count_kinds_cases_years_languages_and_tags(search_archive: Archive) -> None:
    """GIVEN the archive WHEN everything is searched THEN facets count each value."""
    facets = search_archive.find("", SearchOptions(limit=50)).facets
    assert facets["kind"]["email"] == 1 and facets["kind"]["form"] == 1
    assert facets["case"] == {"AFG-2024-00137": 1, "AFG-2024-00200": 1}
    assert facets["year"]["2024"] >= 1
    assert facets["language"]["fa"] == 2
    assert facets["tag"] == {"checklist": 1}


def test_sort_by_date_and_paging(search_archive: Archive) -> None:
    """GIVEN all documents WHEN sorted by date with two per page THEN pages hold two hits each,
    the dated email first, and the pages together hold every document once."""
    total = search_archive.stats()["documents"]
    first = search_archive.find("", SearchOptions(sort="date", limit=2))
    assert first.total == total and first.pages == -(-total // 2)
    seen = []
    for page in range(1, first.pages + 1):
        seen += [
            h.id
            for h in search_archive.find("", SearchOptions(sort="date", limit=2, page=page)).hits
        ]
    assert sorted(seen) == sorted(set(seen)) and len(seen) == total


def test_did_you_mean(search_archive: Archive) -> None:
    """GIVEN a misspelled word that is in no document WHEN searched THEN a suggestion is offered."""
    result = search_archive.find("Pehsawar")
    assert result.total == 0 and result.suggestion == "peshawar"
