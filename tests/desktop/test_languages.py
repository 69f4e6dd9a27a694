"""Choosing the interface's language without Qt (desktop.languages), and translating an
engine error by its template (desktop.error_words)."""

from __future__ import annotations

from pathlib import Path

import pytest
from platformdirs import user_config_path

from desktop import ts_catalogue
from desktop.error_words import in_words
from desktop.languages import (
    DARI,
    ENGLISH,
    PASHTO,
    cli_language,
    from_locale,
    window_settings,
)
from index.errors import ArchiveError, CaseError


def test_the_option_then_the_variable_then_the_window_then_the_locale(tmp_path: Path) -> None:
    """GIVEN each source of a language WHEN the command line's language is chosen THEN
    --lang wins, then CASEDESK_LANG, then the window's saved choice, then the locale."""
    ini = tmp_path / "window.ini"
    ini.write_text("[interface]\nlanguage=fa_AF\n")
    env = {"CASEDESK_LANG": "ps", "LANG": "en_GB.UTF-8"}
    assert cli_language("en", env, ini) == ENGLISH
    assert cli_language(None, env, ini) == PASHTO
    assert cli_language(None, {"LANG": "ps_AF"}, ini) == DARI
    ini.write_text("[interface]\nlanguage=system\n")
    assert cli_language(None, {"LC_ALL": "pbt_PK.UTF-8", "LANG": "en_US"}, ini) == PASHTO
    assert cli_language(None, {}, tmp_path / "none.ini") == ENGLISH
    assert [from_locale(n) for n in ("fa_AF", "prs", "fa_IR", "pbu", "de_DE")] == [
        DARI,
        DARI,
        DARI,
        PASHTO,
        ENGLISH,
    ]


@pytest.mark.parametrize(
    ("config", "home"),
    [("/srv/config", "/home/a"), ("", "/home/b"), ("relative/config", "/home/c"), ("", "")],
)
def test_the_window_settings_are_where_platformdirs_puts_them(
    config: str, home: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GIVEN an absolute, empty or relative XDG_CONFIG_HOME and a HOME WHEN the command line
    looks for the window's settings without platformdirs THEN it finds the file where the
    window (platformdirs) keeps it."""
    monkeypatch.setenv("XDG_CONFIG_HOME", config)
    monkeypatch.setenv("HOME", home or "/root")
    if not home:
        monkeypatch.delenv("XDG_CONFIG_HOME")
    assert window_settings() == user_config_path("CaseDesk", appauthor=False) / "window.ini"


def test_an_unsaved_choice_reads_no_settings(tmp_path: Path) -> None:
    """GIVEN no window.ini WHEN the saved choice is asked THEN there is none (and an empty
    file chooses nothing either)."""
    assert cli_language(None, {"LANG": "ps_AF"}, tmp_path / "window.ini") == PASHTO
    (tmp_path / "window.ini").write_text("")
    assert cli_language(None, {}, tmp_path / "window.ini") == ENGLISH


def lookup_in(code: str):
    return lambda context, text: ts_catalogue.lookup(code, context, text)


def test_an_error_is_translated_by_its_template_and_filled() -> None:
    """GIVEN an error raised with a template and a value WHEN put in Pashto THEN the
    translation is filled with the value; str() stays the English sentence."""
    error = CaseError("There is no case {case_id} in this archive.", case_id="AFG-2024-00412")
    assert str(error) == "There is no case AFG-2024-00412 in this archive."
    assert error.problems == ("There is no case AFG-2024-00412 in this archive.",)
    assert in_words(error, lookup_in(PASHTO)) == (
        "د \u2066AFG-2024-00412\u2069 دوسیه په دې آرشیف کې نشته."
    )


def test_an_error_without_translation_or_values_stays_as_raised() -> None:
    """GIVEN an error whose sentence is in no catalogue, one with braces and no values
    WHEN put in Dari THEN each is shown as raised."""
    assert in_words(ArchiveError("Something new."), lookup_in(DARI)) == "Something new."
    braces = ArchiveError(r"Case numbers look like [A-Z]{3}-\d{4}.")
    assert in_words(braces, lookup_in(DARI)) == r"Case numbers look like [A-Z]{3}-\d{4}."


def test_drafting_and_packet_refusals_are_translated_and_str_stays_english() -> None:
    """GIVEN a broken template and a packet refused for two unreadable scans WHEN put in
    Dari and Pashto THEN each is the translation, filled; str() is the English sentence."""
    from desktop.drafting.errors import TemplateBroken
    from desktop.packets.model import UnreadableScans

    broken = TemplateBroken("letter.html", 3, "unexpected end of template")
    assert str(broken) == "The template letter.html, line 3 is broken: unexpected end of template"
    assert in_words(broken, lookup_in(DARI)) == (
        "قالب \u2066letter.html, line 3\u2069 خراب است: \u2066unexpected end of template\u2069"
    )
    scans = UnreadableScans(("CD-0001", "CD-0002"))
    assert str(scans).startswith("The packet was not built: 2 scanned pages could not be read")
    assert in_words(scans, lookup_in(PASHTO)).startswith(
        "معلوماتي کڅوړه جوړه نه شوه: 2 سکین شوي مخونه"
    )
    assert "\u2066CD-0001, CD-0002\u2069" in in_words(scans, lookup_in(PASHTO))
