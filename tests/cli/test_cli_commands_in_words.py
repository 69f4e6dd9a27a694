"""Every ``casedesk`` command speaks Dari and Pashto: its lines, its refusals, its
``--help`` and argparse's own words; ``--digits persian`` writes the counts in Persian
digits (issue 19, item 5).  A line of ours left in English is found as a run of three
Latin words outside the left-to-right isolates that keep paths, ids and commands."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli.conftest import Result

CASE = "AFG-2024-00412"
# Three Latin words in a row: an English sentence (or part of one) of ours.
_LATIN_RUN = re.compile(r"[A-Za-z][\w'’-]*(?:[ ,]+[A-Za-z][\w'’-]*){2,}")
_ISOLATE = re.compile("\u2066[^\u2069]*\u2069")


def english_left(text: str, content: tuple[str, ...] = ()) -> list[str]:
    """The runs of English words in ``text``, once isolated Latin (paths, ids, commands)
    and ``content`` (an office's templates, written in English) are taken out."""
    text = _ISOLATE.sub(" ", text)
    for value in sorted(content, key=len, reverse=True):
        text = text.replace(value, " ")
    return _LATIN_RUN.findall(text)


def test_the_finder_finds_an_english_sentence_and_lets_ids_be() -> None:
    """GIVEN a Pashto line with an isolated path, and an English line WHEN checked THEN only
    the English sentence is found."""
    assert english_left("کڅوړه جوړه شوه: \u2066/tmp/a packet file.pdf\u2069 AFG-2024-1") == []
    assert english_left("Built a packet of 3 page(s): x") == ["Built a packet of"]


@pytest.fixture
def archive(casedesk, tmp_path: Path):
    """An archive of two Dari notes, both linked to an invented case."""
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "مصاحبه.txt").write_text(f"مصاحبه با خانواده در کابل، دوسیه {CASE}.")
    (notes / "مکتوب.txt").write_text("مکتوب دوم دربارهٔ سفر.")
    assert casedesk("add", notes).code == 0
    made = casedesk(
        "case", "add", "--id", CASE, "--name", "Spogmai Wardak", "--birth-date", "1990",
        "--passport", "P1234567", "--deadline", "visa expiry=2030-03-01", "--note", "visit",
    )  # fmt: skip
    assert made.code == 0, made.err
    return casedesk


def _commands(tmp_path: Path) -> list[tuple[str, ...]]:
    """One run of each command whose lines were English before issue 19's item 5."""
    return [
        ("case", "show", CASE),
        ("case", "list"),
        ("case", "link", CASE, "1", "2"),
        ("case", "unlink", CASE, "1"),
        ("case", "export", "--csv", "-o", str(tmp_path / "cases.csv")),
        ("office",),
        ("show", "2"),
        ("doc", "edit", "2", "--title", "مصاحبه"),
        ("audit",),
        ("ocr",),
        ("settings",),
        (
            "draft",
            "case-summary",
            "--case",
            CASE,
            "--set",
            "prepared_by=Wardak",
            "-o",
            str(tmp_path / "summary.html"),
        ),
        (
            "packet",
            "--case",
            CASE,
            "--no-toc",
            "--cover",
            "none",
            "-o",
            str(tmp_path / "packet.pdf"),
        ),
        ("case", "show", "AFG-2024-99999"),  # refused: no such case
        ("doc", "edit", "2", "--date", "1800-01-01"),  # refused: a date before 1900
        ("draft", "case-summary", "--case", CASE, "-o", str(tmp_path / "summary.txt")),
    ]


@pytest.mark.parametrize("lang", ["ps", "fa"])
def test_each_command_prints_no_english_sentence(archive, tmp_path: Path, lang: str) -> None:
    """GIVEN an archive with a case and two Dari notes WHEN each command runs with
    ``--lang ps`` and ``--lang fa`` THEN what it prints (out and err) holds no English
    sentence of ours; AND the JSON of the same command keeps its English keys."""
    for command in _commands(tmp_path):
        done = archive("--lang", lang, *command)
        assert done.out or done.err, command
        assert english_left(done.out + done.err) == [], (command, done.out + done.err)
    assert archive("--lang", lang, "case", "show", CASE, "--json").json["id"] == CASE


def test_templates_lists_its_own_words_in_pashto(archive) -> None:
    """GIVEN the shipped templates WHEN ``casedesk --lang ps templates`` lists them THEN
    nothing of ours is in English: only the templates' own titles, descriptions, labels
    and choices (an office's content) are."""
    data = archive("templates", "--json").json
    content = tuple(
        str(value)
        for t in data["templates"]
        for value in (
            t["title"], t["description"], t["kind"],
            *(f["label"] for f in t["fields"]), *(f["type"] for f in t["fields"]),
            *(c for f in t["fields"] for c in f["choices"]),
            *(n["label"] for n in t["needs"]),
        )
    )  # fmt: skip
    done = archive("--lang", "ps", "templates")
    assert done.code == 0
    assert "اړینه" in done.out  # "required"
    assert english_left(done.out, content) == []


def test_a_refused_draft_names_what_is_missing_in_pashto(archive, tmp_path: Path) -> None:
    """GIVEN a case and a template with an empty required field and no cited document
    WHEN ``casedesk --lang ps draft`` refuses THEN the template's title, the field's label
    and what else it needs are named in Pashto, none in English."""
    done = archive(
        "--lang", "ps", "draft", "resettlement-referral", "--case", CASE,
        "-o", str(tmp_path / "letter.pdf"),
    )  # fmt: skip
    assert done.code != 0
    assert "د بیا مېشتېدنې لپاره د راجع کولو لیک" in done.out + done.err
    assert "لږ تر لږه یو حواله شوی سند" in done.out + done.err
    assert "Resettlement referral" not in done.out + done.err
    assert "At least one" not in done.out + done.err


def test_desktop_entry_and_demo_speak_dari(casedesk, tmp_path: Path, monkeypatch) -> None:
    """GIVEN no desktop entry WHEN ``casedesk --lang fa desktop-entry`` adds and removes it
    and ``casedesk --lang fa demo --no-window`` builds the demo THEN each line is Dari,
    the reasons of the demo's files not indexed included."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    for command in (
        ("desktop-entry",),
        ("desktop-entry", "--remove"),
        ("desktop-entry", "--remove"),
    ):
        done = casedesk("--lang", "fa", *command)
        assert done.code == 0, done.err
        assert english_left(done.out) == [], done.out
    demo = casedesk("--lang", "fa", "--archive", tmp_path / "demo", "demo", "--no-window")
    assert demo.code == 0, demo.err
    demo_dir = tmp_path / "demo"
    hits = casedesk("--archive", demo_dir, "search", "--limit", "100", "--json").json["hits"]
    # The titles are the demo's content; the reasons of files not indexed are ours.
    content = tuple(h["title"] for h in hits)
    assert "برای نمونه، امتحان کنید:" in demo.out
    assert english_left(demo.out, content) == [], demo.out


@pytest.mark.parametrize(
    ("command", "heading"),
    [(("--help",), "د کارونې بڼه: casedesk"), (("case", "--help"), "د کارونې بڼه: casedesk case")],
)
def test_help_is_in_pashto(casedesk, command: tuple[str, ...], heading: str) -> None:
    """GIVEN ``--lang ps`` WHEN ``casedesk --help`` or a command's ``--help`` is asked
    THEN the usage line, the headings and each command's help are Pashto."""
    done = casedesk("--lang", "ps", *command)
    assert done.code == 0
    assert done.out.startswith(heading)
    assert "انتخابونه:" in done.out  # "options:"
    assert english_left(done.out) == [], done.out


def test_a_usage_error_is_in_dari(casedesk) -> None:
    """GIVEN ``--lang fa`` WHEN a command is called without its required argument THEN
    argparse's error is in Dari."""
    done = casedesk("--lang", "fa", "tag")
    assert done.code == 2
    assert "خطا: این آرگومان‌ها لازم اند: DOC_ID, TAG" in done.err


def _count_line(done: Result) -> str:
    return done.out.strip().splitlines()[-1]


def test_persian_digits_for_counts_not_for_ids(archive, monkeypatch) -> None:
    """GIVEN a case WHEN ``casedesk --lang fa --digits persian case list`` runs THEN the
    count is in Persian digits while the case number keeps its Latin ones; AND
    CASEDESK_DIGITS does the same; AND in English, or with latin, the digits are Latin;
    AND --json is unchanged."""
    persian = archive("--lang", "fa", "--digits", "persian", "case", "list")
    assert _count_line(persian) == "۱ دوسیه"
    assert CASE in persian.out
    monkeypatch.setenv("CASEDESK_DIGITS", "persian")
    assert _count_line(archive("--lang", "ps", "case", "list")) == "۱ دوسیې"
    assert _count_line(archive("--lang", "en", "case", "list")) == "1 case(s)"
    assert _count_line(archive("--lang", "ps", "--digits", "latin", "case", "list")) == "1 دوسیې"
    assert archive("--lang", "fa", "case", "list", "--json").json[0]["id"] == CASE


def test_the_reasons_of_files_not_indexed_are_in_pashto_and_dari(casedesk, tmp_path: Path) -> None:
    """GIVEN a folder with an empty file, a RAR archive and a damaged PDF WHEN ``add`` and
    ``problems`` run with ``--lang ps`` and ``--lang fa`` THEN each reason and its advice
    is printed in the window's words (no English sentence), the file's kind filled in is
    translated too; AND ``--json`` keeps the engine's English."""
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "papers.rar").write_bytes(b"Rar!\x1a\x07\x01\x00" + bytes(64))
    (bad / "letter.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<\ntruncated")
    added = casedesk("--lang", "ps", "add", bad)
    assert "✗" in added.out, added.out + added.err
    assert english_left(added.out, (str(bad),)) == [], added.out
    for lang in ("ps", "fa"):
        listed = casedesk("--lang", lang, "problems")
        assert listed.out.count("✗") == 3, listed.out
        assert english_left(listed.out, (str(bad),)) == [], listed.out
    data = casedesk("--lang", "ps", "problems", "--json").json
    assert "The file is empty: it has no text and no pages." in {p["reason"] for p in data}


def test_show_says_what_ocr_did_in_pashto_with_persian_digits(casedesk, tmp_path: Path) -> None:
    """GIVEN a scan added with --no-ocr WHEN ``casedesk --lang ps --digits persian show``
    THEN its OCR line ("Waiting to be read: page 1") is Pashto with a Persian digit; AND
    ``--json`` keeps the English line."""
    from tests.support import scans

    folder = tmp_path / "in"
    folder.mkdir()
    scans.save_scan(folder / "a.png", ("Kabul office copy.",))
    assert casedesk("add", folder, "--no-ocr").code == 0
    shown = casedesk("--lang", "ps", "--digits", "persian", "show", "1")
    assert "د لوستلو په تمه: مخ ۱" in shown.out, shown.out
    assert english_left(shown.out, (str(folder),)) == [], shown.out
    data = casedesk("--lang", "ps", "show", "1", "--json").json
    assert data["ocr_lines"] == ["Waiting to be read: page 1"]


def test_a_scan_with_no_readable_text_is_listed_in_pashto_and_dari(
    casedesk, tmp_path: Path
) -> None:
    """GIVEN a blank page read by Tesseract WHEN ``casedesk problems`` runs with ``--lang ps``
    and ``--lang fa`` THEN its "no readable text on page 1" reason and its advice are in
    the window's words (no English sentence); AND ``--json`` keeps the English reason."""
    from tests.support import scans

    folder = tmp_path / "in"
    folder.mkdir()
    scans.blank(folder / "blank.png")
    assert casedesk("add", folder).code == 0
    for lang, words in (("ps", "د لوستلو وړ متن نشته"), ("fa", "متن خواندنی نیست")):
        listed = casedesk("--lang", lang, "problems")
        assert listed.out.count("✗") == 1 and words in listed.out, listed.out
        assert english_left(listed.out, (str(folder),)) == [], listed.out
    data = casedesk("--lang", "ps", "problems", "--json").json
    assert [p["reason"] for p in data] == [
        "No readable text on page 1 (read by OCR): the page is blank, handwritten, or too "
        "unclear to read."
    ]


def test_birth_dates_are_written_out_in_pashto_and_dari(casedesk) -> None:
    """GIVEN a case whose people were born 12 May 1990, about 1985 and in Sawr 1369
    WHEN ``case show`` runs with ``--lang fa`` and ``--lang ps`` THEN the months and "about"
    are in Dari and Pashto words, the numbers as given; AND in English as before."""
    made = casedesk(
        "case", "add", "--id", CASE, "--name", "Spogmai Wardak", "--birth-date", "12 May 1990",
        "--member", "Baryalai Wardak|spouse|about 1985", "--member", "Gul Wardak|child|Saur 1369",
    )  # fmt: skip
    assert made.code == 0, made.err
    names = ("Spogmai Wardak", "Baryalai Wardak", "Gul Wardak")
    expected = {
        "fa": ("12 می 1990", "حدود 1985", "ثور 1369 هـ ش (اپریل–می 1990)"),
        "ps": ("12 مۍ 1990", "شاوخوا 1985", "غویی 1369 لمریز (اپرېل–مۍ 1990)"),
        "en": ("12 May 1990", "about 1985", "Sawr 1369 SH (April–May 1990)"),
    }
    for lang, dates in expected.items():
        shown = casedesk("--lang", lang, "case", "show", CASE)
        for date in dates:
            assert date in shown.out, (lang, date, shown.out)
        if lang != "en":
            assert english_left(shown.out, names) == [], shown.out


def test_a_refused_case_and_import_are_in_pashto_and_dari(casedesk, tmp_path: Path) -> None:
    """GIVEN a case with a wrong number, priority, birth date and kind of deadline, a JSON
    list with a wrong case, and a sheet with a wrong birth date, priority and a person
    twice WHEN ``case add`` and ``case import`` run with ``--lang ps`` and ``--lang fa``
    (Persian digits) THEN each refusal says every problem without an English sentence, the
    values as typed kept, the row numbers in Persian digits and the columns named in the
    language; AND in English as before."""
    from tests.support.case_sheets import BAD, DUPLICATE, GOOD, write_csv

    wrong = ("case", "add", "--id", "AFG-24-1", "--name", "Laila Sadat", "--priority", "high",
             "--birth-date", "spring 1994", "--deadline", "holiday=2030-01-01")  # fmt: skip
    listed = tmp_path / "list.json"
    listed.write_text('[{"id": "AFG-2024-00301"}, {"id": "AFG-2024-00301"}]', encoding="utf-8")
    sheet = write_csv(tmp_path / "cases.csv", [*GOOD, BAD, DUPLICATE])
    typed = ("Laila Sadat", "Omid Rahimi", "spring 1994", str(sheet))
    for lang, column in (("ps", "د زیږون نېټه"), ("fa", "تاریخ تولد")):
        for command in (wrong, ("case", "add", "--from-json", listed)):
            refused = casedesk("--lang", lang, "--digits", "persian", *command)
            assert refused.code == 2 and refused.err.count("\n") >= 2, refused.err
            assert english_left(refused.err, typed) == [], refused.err
        done = casedesk("--lang", lang, "--digits", "persian", "case", "import", sheet)
        assert done.code == 2 and column in done.out and "۵" in done.out, done.out
        assert english_left(done.out, typed) == [], done.out
    english = casedesk("case", "add", *wrong[2:])
    assert "'AFG-24-1' is not a case number" in english.err
    assert "'high' is not a priority" in english.err
    assert "Deadline 1: 'holiday' is not a kind of deadline" in english.err


def test_the_last_refusals_of_outputs_and_the_office_are_in_pashto_and_dari(
    archive, tmp_path: Path
) -> None:
    """GIVEN an archive with a case WHEN a draft is written into a folder that does not
    exist, and ``office --logo`` of a file that is no picture is asked of an office
    database (refused before any connection), with ``--lang ps`` and
    ``--lang fa`` THEN each refusal (exit 2) is in the language, the draft named in it, the
    path and the command kept left to right; AND in English as before."""
    target = tmp_path / "no such folder" / "summary.html"
    draft = ("draft", "case-summary", "--case", CASE, "--set", "prepared_by=Wardak",
             "-o", str(target))  # fmt: skip
    (tmp_path / "logo.png").write_bytes(b"not a picture")
    logo = ("office", "--logo", str(tmp_path / "logo.png"), "--archive", "postgresql:///nowhere")
    assert archive("office", "--name", "Kabul Legal Aid").code == 0
    for lang, word in (("ps", "مسوده"), ("fa", "مسوده")):
        for command in (draft, logo):
            done = archive("--lang", lang, *command)
            assert done.code == 2, done.out + done.err
            assert english_left(done.err, ("Kabul Legal Aid",)) == [], done.err
        assert word in archive("--lang", lang, *draft).err
    english = archive(*draft)
    assert english.err.count("The draft is kept in the archive, but") == 1, english.err


def test_why_a_scans_page_could_not_be_read_is_in_pashto_and_dari(casedesk, tmp_path: Path) -> None:
    """GIVEN a scan whose page the reader could not read (it stopped unexpectedly: the
    reason it records) WHEN ``show`` and ``problems`` run with ``--lang ps`` and
    ``--lang fa`` THEN the reason inside "Could not be read: …" and "No readable text on
    page 1 (read by OCR): …" is in the language, no English left; AND ``--json`` keeps it."""
    from desktop import ts_catalogue
    from index.archive import Archive
    from index.ocr.reading import PageReading
    from index.problems import Problem, ProblemKind
    from tests.support import scans

    folder = tmp_path / "in"
    folder.mkdir()
    scans.save_scan(folder / "a.png", ("Kabul office copy.",))
    assert casedesk("add", folder, "--no-ocr").code == 0
    crashed = Problem.of(ProblemKind.CRASHED).reason
    nothing = PageReading("", (), 0.0, "", "", "", 0, 0.0, 0, 0)
    with Archive.open(casedesk.archive, write=True) as archive:
        archive.readings.save(1, nothing, "", (), 1, crashed)
    for lang, code in (("ps", "ps"), ("fa", "fa_AF")):
        said = ts_catalogue.lookup(code, "IndexProblems", crashed).rstrip(".")
        for command in (("show", "1"), ("problems",)):
            done = casedesk("--lang", lang, *command)
            assert said in done.out, done.out  # the reader's reason, not kept as it came
            assert english_left(done.out, (str(folder),)) == [], done.out
    assert crashed in casedesk("show", "1", "--json").out
