"""``casedesk search``, ``searches`` and ``tag`` end to end."""

from __future__ import annotations

from pathlib import Path

from tests.support.hostile import simple_pdf


def _archive(tmp_path: Path, casedesk) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "statement.txt").write_text(
        "Statement of Muhammad Qasim Ahmadzai, case AFG-2024-00137."
    )
    (folder / "note.txt").write_text("Mohammad Karimi was interviewed, case AFG-2024-00200.")
    simple_pdf(folder / "letter.pdf", ["Cover", "Second page names Mohammed Ahmadzai"])
    assert casedesk("add", folder).code == 0


def test_search_json_has_the_documented_shape(tmp_path: Path, casedesk) -> None:
    """GIVEN three documents naming Mohammad in three spellings WHEN searched with --json
    THEN the JSON has total, hits (with case, date, score, page, snippets), facets, suggestion, ignored."""
    _archive(tmp_path, casedesk)
    result = casedesk("search", "Mohammad", "--json").json
    assert set(result) >= {"total", "hits", "facets", "suggestion", "ignored"}
    assert result["total"] == 3
    first = result["hits"][0]
    assert set(first) >= {"id", "title", "kind", "case", "date", "score", "page", "snippets"}
    assert first["snippets"] and "<mark>Mohammad</mark>" in first["snippets"][0]
    pdf = next(h for h in result["hits"] if h["path"].endswith("letter.pdf"))
    assert pdf["page"] == 2
    assert result["facets"]["case"] == {"AFG-2024-00137": 1, "AFG-2024-00200": 1}


def test_filters_sort_paging_and_the_readable_table(tmp_path: Path, casedesk) -> None:
    """GIVEN the archive WHEN searched with --case, --limit/--page and without --json
    THEN the filters apply and the table shows marked snippets and notes."""
    _archive(tmp_path, casedesk)
    only = casedesk("search", "Mohammad", "--case", "AFG-2024-00200", "--json").json
    assert [h["case"] for h in only["hits"]] == ["AFG-2024-00200"]
    second = casedesk(
        "search", "Mohammad", "--limit", "2", "--page", "2", "--sort", "date", "--json"
    ).json
    assert second["page"] == 2 and len(second["hits"]) == 1
    table = casedesk("search", "Ahmadzai", "Q*").out
    assert "«Ahmadzai»" in table and "note:" in table


def test_saved_searches_and_tags(tmp_path: Path, casedesk) -> None:
    """GIVEN the archive WHEN a search is saved, a document tagged, and the saved search deleted
    THEN searches lists it, tag: finds the document, and --delete removes it."""
    _archive(tmp_path, casedesk)
    assert casedesk("search", "--save", "ahmadzai family", "name:Ahmadzai").code == 0
    assert casedesk("searches", "--json").json == [
        {"name": "ahmadzai family", "query": "name:Ahmadzai"}
    ]
    hit = casedesk("search", "interviewed", "--json").json["hits"][0]
    assert casedesk("tag", str(hit["id"]), "Urgent", "--json").json["tags"] == ["urgent"]
    assert [h["id"] for h in casedesk("search", "tag:urgent", "--json").json["hits"]] == [hit["id"]]
    assert casedesk("searches", "--delete", "ahmadzai family").code == 0
    assert casedesk("searches", "--json").json == []
    assert casedesk("searches", "--delete", "nothing").code == 2


def test_solar_hijri_dated_letters_are_found_by_gregorian_ranges(tmp_path: Path, casedesk) -> None:
    """GIVEN three Dari and English letters dated 15 Mizan 1402 in the Solar Hijri calendar —
    ۱۴۰۲/۰۷/۱۵, "15 Mizan 1402", "۱۵ میزان ۱۴۰۲" — and one dated 2 November 2023
    WHEN `casedesk search date:2023-10` THEN the three are found, dated 2023-10-07, and the
    November letter is not; AND date:2023-10-07 finds the three; AND date:2023 finds all four."""
    folder = tmp_path / "in"
    folder.mkdir()
    letters = {
        "numbers.txt": "وزارت امور مهاجرین\nتاریخ: ۱۴۰۲/۰۷/۱۵\nبه اداره محترم",
        "latin.txt": "Kabul office\nDate: 15 Mizan 1402\nTo the embassy",
        "named.txt": "کابل، ۱۵ میزان ۱۴۰۲ هـ ش\nمحترما، درخواست خانواده",
        "november.txt": "Peshawar office\nDate: 2 November 2023\nTo the embassy",
    }
    for name, text in letters.items():
        (folder / name).write_text(text, encoding="utf-8")
    assert casedesk("add", folder).code == 0
    october = casedesk("search", "date:2023-10", "--json").json
    assert {Path(h["path"]).name for h in october["hits"]} == {
        "numbers.txt",
        "latin.txt",
        "named.txt",
    }
    assert {h["date"] for h in october["hits"]} == {"2023-10-07"}
    assert casedesk("search", "date:2023-10-07", "--json").json["total"] == 3
    assert casedesk("search", "date:2023", "--json").json["total"] == 4
