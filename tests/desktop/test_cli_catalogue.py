"""Every sentence the command line marks for translation, and every engine error template
listed for the faces, is translated in both catalogues, with the same placeholders."""

from __future__ import annotations

import ast
import functools
import string
from pathlib import Path

import pytest

from desktop import ts_catalogue
from desktop.languages import DARI, PASHTO

ROOT = Path(__file__).resolve().parents[2]
# The command line's modules, the error templates, and the Qt-free wordings of desktop/ui
# the command line prints too (problem reasons, dates written out).
MARKED = [
    *sorted((ROOT / "desktop" / "cli").glob("*.py")),
    ROOT / "desktop" / "error_templates.py",
    ROOT / "desktop" / "ui" / "problem_words.py",
    ROOT / "desktop" / "ui" / "date_words.py",
    ROOT / "desktop" / "ui" / "ingest_words.py",
]
MARKERS = {"translate", "QT_TRANSLATE_NOOP"}


def marked_strings(source: str) -> list[tuple[str, str]]:
    """(context, text) of every ``translate("C", "T")`` / ``QT_TRANSLATE_NOOP("C", "T")``
    call with literal strings in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        context, text = node.args[:2]
        if name in MARKERS and all(isinstance(a, ast.Constant) for a in (context, text)):
            found.append((context.value, text.value))
    return found


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def untranslated(code: str) -> list[str]:
    """What the command line marks but the catalogue of ``code`` lacks or fills wrongly."""
    catalogue = ts_catalogue.catalogue(code)
    missing = []
    for path in MARKED:
        for context, text in marked_strings(path.read_text(encoding="utf-8")):
            translation = catalogue.get((context, text))
            if translation is None or fields(translation) != fields(text):
                missing.append(f"{path.name}: {context}: {text!r}")
    return missing


def test_the_marks_are_found() -> None:
    """GIVEN the command line's modules WHEN their marked sentences are collected THEN the
    add summary and the archive-missing error are among them."""
    marked = {m for path in MARKED for m in marked_strings(path.read_text(encoding="utf-8"))}
    assert ("Cli", "No problems: every file given was indexed.") in marked
    assert any(c == "Errors" and t.startswith("No CaseDesk archive at {root}") for c, t in marked)


@pytest.mark.parametrize("code", [DARI, PASHTO])
def test_every_cli_sentence_and_error_template_is_translated(code: str) -> None:
    """GIVEN the command line's marked sentences and the listed error templates WHEN looked
    up in the Dari and the Pashto catalogue THEN each has a finished translation with the
    same {placeholders}."""
    assert untranslated(code) == []


def test_a_new_sentence_without_translation_is_named() -> None:
    """GIVEN a sentence marked in a module but in no catalogue WHEN checked THEN it is
    reported."""
    source = 'translate("Cli", "A sentence nobody translated.")'
    catalogue = ts_catalogue.catalogue(PASHTO)
    assert [m for m in marked_strings(source) if m not in catalogue] == [
        ("Cli", "A sentence nobody translated.")
    ]


def test_an_error_with_escaped_braces_is_translated_and_filled() -> None:
    """GIVEN the Word check's refusal, whose sentence shows template tags in braces WHEN
    it is put in Pashto THEN the title is filled in and the tags read {{ … }} and {% … %}."""
    from desktop.drafting.word_check import WordLetterWrong
    from desktop.error_words import in_words

    error = WordLetterWrong(
        "Nothing was kept: the Word {title} still holds template tags ({{{{ … }}}} or "
        "{{% … %}}) after filling in; check the Word template.",
        title="Case summary",
    )
    assert "({{ … }} or {% … %})" in str(error)
    words = in_words(error, lambda context, text: ts_catalogue.lookup(PASHTO, context, text))
    assert words.startswith("هېڅ ونه ساتل شو: د Word Case summary")
    assert "{{ … }}" in words and "{% … %}" in words


def test_the_parts_of_a_sentence_are_translated_with_it() -> None:
    """GIVEN the push's refusal of a desk's missing original ("The desk's copy of a
    document …"), a case refused for two problems, and an import's reason with a count
    WHEN put in Dari and in Pashto THEN the sentences inside (the thing named, each
    problem, the relationship) are translated too, and the counts follow the digits
    chosen; AND in English each reads as raised."""
    from desktop import digits
    from desktop.error_words import in_words
    from index.cases.checks import checked
    from index.cases.model import Case, Person
    from index.errors import ArchiveError, CaseError, Count, Notice

    push = ArchiveError(
        "The desk's copy of {what} ({sha}…) is missing or damaged, so the push stopped "
        "there; what was pushed before is kept. Run casedesk check on the desk.",
        what=Notice("a document"),
        sha="0123456789ab",
    )
    with pytest.raises(CaseError) as refused:
        checked(Case(id="AFG-2024-00001", people=(Person(name="", relationship="child"),) * 2))
    row = Notice("The same person as row {row} (same name and birth date).", row=Count(12))
    assert str(push).startswith("The desk's copy of a document (0123456789ab…)")
    for code, thing, child in ((DARI, "یک سند", "فرزند"), (PASHTO, "یو سند", "اولاد")):
        words = functools.partial(ts_catalogue.lookup, code)
        assert thing in in_words(push, words) and "a document" not in in_words(push, words)
        problems = in_words(refused.value, words)
        assert problems.count("\n  - ") == 2 and problems.count(child) == 2, problems
        assert "Latin script" not in problems
        digits.for_language(code)
        digits.want(True)
        try:
            assert "۱۲" in in_words(row, words)
        finally:
            digits.want(False)
    assert in_words(row, lambda _c, text: text) == str(row)


ERRORS = {"NotCaseDesk", "NewerSchema", "NotAllowed", "ServerUnreachable", "Notice",
          "AuthenticationFailed", "OfficeServerError", "UsageError", "ArchiveError"}  # fmt: skip


def test_every_office_server_error_is_listed_for_translation() -> None:
    """GIVEN every error and notice index/office raises with a literal sentence WHEN
    compared with desktop/error_templates.py THEN each is listed there (and so, by the
    test above, translated)."""
    from desktop.error_templates import TEMPLATES

    raised = set()
    for path in sorted((ROOT / "index" / "office").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ERRORS:
                first = node.args[0] if node.args else None
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    raised.add(first.value)
    assert len(raised) > 20
    assert raised - set(TEMPLATES) == set()


def _raised_sentences(path: Path) -> list[tuple[int, str, object]]:
    """(line, error class name, first argument: a literal sentence, else its AST node) of
    each ``raise SomeError(...)`` in ``path``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
            name = getattr(node.exc.func, "id", getattr(node.exc.func, "attr", ""))
            first = node.exc.args[0]
            literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
            found.append((node.lineno, name, first.value if literal else first))
    return found


def _module_of(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


@pytest.mark.parametrize("folder", ["desktop/operations", "desktop/output", "desktop/cli"])
def test_every_error_of_the_operations_outputs_and_cli_is_listed(folder: str) -> None:
    """GIVEN every CaseDeskError raised in desktop/operations, desktop/output and
    desktop/cli WHEN its sentence is looked at THEN it is a template (no f-string: values
    are named keywords) listed in desktop/error_templates.py, so both faces translate it."""
    import importlib

    from desktop.error_templates import TEMPLATES
    from index.errors import CaseDeskError

    wrong = []
    for path in sorted((ROOT / folder).glob("*.py")):
        module = importlib.import_module(_module_of(path))
        for line, name, sentence in _raised_sentences(path):
            kind = getattr(module, name, None)
            if not (isinstance(kind, type) and issubclass(kind, CaseDeskError)):
                continue
            unlisted = isinstance(sentence, str) and sentence not in TEMPLATES
            if unlisted or isinstance(sentence, ast.JoinedStr):
                wrong.append(f"{path.name}:{line} {name}")
    assert wrong == []
