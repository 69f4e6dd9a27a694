"""Cases in the catalog: records, checks, lists, links to documents, the office, the audit."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from index.archive import Archive
from index.cases.as_json import case_from_json, case_to_json
from index.cases.model import Case, Deadline, Note, Person
from index.catalog import schema
from index.errors import CaseError, ReadOnlyArchive
from index.ingest.pipeline import Ingest, IngestOptions

TODAY = "2025-01-16"

AHMADZAI = Case(
    id="AFG-2024-00137",
    people=(
        Person(
            "Mohammad Karim Ahmadzai",
            "محمد کریم احمدزی",
            "principal",
            "1986-01-01",
            "Afghan",
            tazkira="0000-0137-00001",
            passport="P00013701",
            a_number="A-000-137-001",
        ),
        Person("Zarmina Ahmadzai", "زرمینه احمدزی", "spouse", "1990-03-21", "Afghan"),
        Person("Mursal Ahmadzai", "مرسل احمدزی", "child", "2016-12-10", "Afghan"),
    ),
    location="Islamabad",
    pathway="P-2",
    needs=("former employee of a US-funded programme",),
    priority="urgent",
    status="referred",
    deadlines=(
        Deadline("visa expiry", "2024-01-20", "the family's visas"),
        Deadline("interview", "2025-01-22", "embassy, Islamabad"),
    ),
    volunteer="R. Sultani",
    notes=(
        Note("Referral confirmed by the embassy.", at="2024-03-05T10:30:00+05:00"),
        Note("Do not write the family's street address.", confidential=True),
    ),
    confidential=("tazkira",),
)


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    """An empty archive opened for writing."""
    with Archive.open(tmp_path / "archive", write=True) as opened:
        yield opened


def _add_files(archive: Archive, folder: Path, files: dict[str, str]) -> dict[str, int]:
    """Ingest text files; returns each file's document id by name."""
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    Ingest(archive).run([folder])
    ids = {archive.catalog.document(i).name: i for i in archive.catalog.document_ids()}
    return {name: ids[name] for name in files}


def _audit(archive: Archive) -> list[tuple[str, dict]]:
    rows = archive.catalog.conn.execute("SELECT action, detail FROM audit ORDER BY id")
    return [(action, json.loads(detail)) for action, detail in rows if action != "add"]


def _found(archive: Archive, query: str) -> set[int]:
    return {hit.id for hit in archive.find(query).hits}


def test_a_case_comes_back_as_saved_with_arabic_script_names(tmp_path: Path) -> None:
    """GIVEN a case with three people named in Latin and Arabic script, deadlines and notes
    WHEN it is saved and the archive opened again for reading
    THEN every field comes back as saved, with times set and the unstamped note stamped."""
    root = tmp_path / "archive"
    with Archive.open(root, write=True) as archive:
        saved = archive.cases.save(AHMADZAI)
    with Archive.open(root, write=False) as archive:
        again = archive.cases.get("afg-2024-00137")
    assert again == saved
    assert saved.created_at and saved.updated_at == saved.created_at
    stamped = replace(AHMADZAI.notes[1], at=saved.notes[1].at)
    expected = replace(AHMADZAI, notes=(AHMADZAI.notes[0], stamped))
    assert replace(saved, created_at="", updated_at="") == expected
    assert saved.principal.name_native == "محمد کریم احمدزی"
    assert [p.name_native for p in saved.people][1:] == ["زرمینه احمدزی", "مرسل احمدزی"]


def test_saving_again_replaces_the_parts_and_keeps_the_creation_time(archive: Archive) -> None:
    """GIVEN a saved case WHEN it is saved with one person, no deadlines and another status
    THEN those replace the old ones and created_at is kept."""
    first = archive.cases.save(AHMADZAI)
    second = archive.cases.save(
        replace(AHMADZAI, people=AHMADZAI.people[:1], deadlines=(), status="waiting")
    )
    assert second.created_at == first.created_at
    assert (len(second.people), second.deadlines, second.status) == (1, (), "waiting")
    tables = ("case_people", "case_deadlines")
    counts = [archive.catalog.conn.execute(f"SELECT count(*) FROM {t}").fetchone() for t in tables]
    assert counts == [(1,), (0,)]


def test_choices_are_put_in_their_usual_spelling(archive: Archive) -> None:
    """GIVEN a case typed loosely (siv, Urgent, visa-expiry, Journalist, a lowercase number)
    WHEN saved THEN it is stored as the model's lists spell them."""
    saved = archive.cases.save(
        Case(
            id=" afg-2024-00210 ",
            people=(Person("Hedayatollah Safi", relationship="Principal"),),
            pathway="siv",
            priority="Urgent",
            needs=("Journalist", "interpreter", "journalist"),
            deadlines=(Deadline("visa-expiry", "2025-02-01"),),
            confidential=("a-number",),
        )
    )
    assert (saved.id, saved.pathway, saved.priority) == ("AFG-2024-00210", "SIV", "urgent")
    assert saved.needs == ("journalist", "interpreter")
    assert saved.deadlines[0].kind == "visa expiry"
    assert saved.confidential == ("a_number",)


def test_a_wrong_case_is_refused_with_every_problem_and_nothing_saved(archive: Archive) -> None:
    """GIVEN a case with a bad number, priority, status, dates, an unnamed person and two
    principals WHEN saved THEN CaseError lists each problem in plain words, without the
    names or numbers typed, and nothing is stored or audited."""
    wrong = Case(
        id="AFG-24-137",
        people=(
            Person("Secret Name", birth_date="spring 1986", passport="P00013701"),
            Person("", relationship="principal"),
        ),
        priority="high",
        status="done",
        deadlines=(Deadline("visa expiry", "end of January"), Deadline("holiday", "2025-01-01")),
    )
    with pytest.raises(CaseError) as refused:
        archive.cases.save(wrong)
    problems = "\n".join(refused.value.problems)
    for words in (
        "'AFG-24-137' is not a case number",
        "'high' is not a priority",
        "'done' is not a status",
        "birth date of person 1 (principal) could not be read",
        "Person 2 (principal) has no name",
        "Only one person can be the principal",
        "Deadline 1 (visa expiry) needs a date",
        "Deadline 2: 'holiday' is not a kind of deadline",
    ):
        assert words in problems
    assert len(refused.value.problems) == 8
    for secret in ("Secret Name", "P00013701", "spring", "1986"):
        assert secret not in str(refused.value)
    assert archive.cases.get("AFG-24-137") is None and _audit(archive) == []


def test_the_case_number_follows_the_archives_pattern(archive: Archive) -> None:
    """GIVEN an office whose case numbers look like K/77/2024 WHEN such a case is saved
    THEN it is accepted, and one in the default shape is refused."""
    archive.catalog.set_setting("case_pattern", r"K/\d+/\d{4}")
    assert archive.cases.save(Case(id="K/77/2024")).id == "K/77/2024"
    with pytest.raises(CaseError, match="match"):
        archive.cases.save(Case(id="AFG-2024-00137"))


def test_cases_are_listed_emergencies_first_then_by_nearest_deadline(archive: Archive) -> None:
    """GIVEN cases of each priority with deadlines before and after today
    WHEN listed THEN emergencies come first, then urgent, then normal, each by its nearest
    deadline from today on (past ones do not count); AND filters keep only what they name."""

    def case(number: str, priority: str, *dates: str, status: str = "open") -> Case:
        deadlines = tuple(Deadline("interview", d) for d in dates)
        return Case(id=f"AFG-2025-{number}", priority=priority, deadlines=deadlines, status=status)

    for saved in (
        case("00001", "normal", "2025-01-17"),
        case("00002", "urgent", "2025-03-01"),
        case("00003", "urgent", "2025-01-01", "2025-01-20"),
        case("00004", "emergency", status="referred"),
        case("00005", "emergency", "2025-02-01"),
        case("00006", "urgent", "2024-12-01", status="closed"),
    ):
        archive.cases.save(saved)

    def ids(**filters: object) -> list[str]:
        return [c.id[-1] for c in archive.cases.list(today=TODAY, **filters)]

    assert ids() == ["5", "4", "3", "2", "6", "1"]
    assert ids(priority="urgent") == ["3", "2", "6"]
    assert ids(status="referred") == ["4"]
    assert ids(due_within_days=14) == ["3", "1"]
    assert ids(due_within_days=30, priority="Emergency") == ["5"]
    assert ids(due_within_days=7, priority="emergency") == []
    with pytest.raises(CaseError, match="'finished' is not a status"):
        archive.cases.list(status="finished")


def test_upcoming_deadlines_soonest_first_of_cases_not_closed(archive: Archive) -> None:
    """GIVEN deadlines in the past, within the next days and later, one on a closed case
    WHEN upcoming(14) is asked THEN the ones from today to 14 days on, soonest first."""
    archive.cases.save(AHMADZAI)
    archive.cases.save(
        Case(
            id="AFG-2025-00031",
            priority="emergency",
            deadlines=(Deadline("exit deadline", "2025-01-20"), Deadline("interview", TODAY)),
        )
    )
    archive.cases.save(
        Case(id="AFG-2024-00210", status="closed", deadlines=(Deadline("other", "2025-01-18"),))
    )
    due = [(c.id, d.date) for c, d in archive.cases.upcoming(14, TODAY)]
    assert due == [
        ("AFG-2025-00031", TODAY),
        ("AFG-2025-00031", "2025-01-20"),
        ("AFG-2024-00137", "2025-01-22"),
    ]
    assert archive.cases.upcoming(3, "2025-01-23") == []


def test_documents_are_linked_and_unlinked_by_hand_and_search_follows(
    archive: Archive, tmp_path: Path
) -> None:
    """GIVEN a saved case and a document that does not name it
    WHEN the document is linked by hand THEN the case lists it "by hand" and case: finds it;
    AND linking again changes nothing; AND unlinked, it is gone from both."""
    archive.cases.save(AHMADZAI)
    docs = _add_files(archive, tmp_path / "in", {"letter.txt": "A letter from the school."})
    letter = docs["letter.txt"]
    assert archive.cases.link("AFG-2024-00137", letter) is True
    assert archive.cases.link("afg-2024-00137", letter) is False
    assert [(d.id, how) for d, how in archive.cases.documents("AFG-2024-00137")] == [
        (letter, "by hand")
    ]
    assert _found(archive, "case:AFG-2024-00137") == {letter}
    assert archive.cases.unlink("AFG-2024-00137", letter) is True
    assert archive.cases.unlink("AFG-2024-00137", letter) is False
    assert archive.cases.documents("AFG-2024-00137") == []
    assert _found(archive, "case:AFG-2024-00137") == set()


def test_linking_a_missing_case_or_document_is_refused(archive: Archive, tmp_path: Path) -> None:
    """GIVEN no such case or document WHEN linked THEN CaseError in plain words."""
    archive.cases.save(AHMADZAI)
    docs = _add_files(archive, tmp_path / "in", {"note.txt": "A note."})
    with pytest.raises(CaseError, match="no case AFG-2024-00999"):
        archive.cases.link("AFG-2024-00999", docs["note.txt"])
    with pytest.raises(CaseError, match="no document 999"):
        archive.cases.link("AFG-2024-00137", 999)


def test_documents_naming_a_case_stay_linked_automatically(
    archive: Archive, tmp_path: Path
) -> None:
    """GIVEN documents added before the case has a record, one naming its number
    WHEN the case is created THEN that document is linked "auto" (the others are not);
    AND a document added later that names it is linked too."""
    docs = _add_files(
        archive,
        tmp_path / "first",
        {"intake.txt": "Intake note for case AFG-2024-00137.", "other.txt": "Unrelated."},
    )
    archive.cases.save(AHMADZAI)
    assert [(d.id, how) for d, how in archive.cases.documents(AHMADZAI.id)] == [
        (docs["intake.txt"], "auto")
    ]
    later = _add_files(archive, tmp_path / "later", {"email.txt": "Re: AFG-2024-00137 update"})
    linked = {d.id for d, _ in archive.cases.documents(AHMADZAI.id)}
    assert linked == {docs["intake.txt"], later["email.txt"]}
    assert _found(archive, "case:AFG-2024-00137") == linked


def test_a_new_case_picks_up_documents_its_number_was_not_found_in(
    archive: Archive, tmp_path: Path
) -> None:
    """GIVEN a document naming K/77/2024, added while the archive's case pattern did not
    match such numbers WHEN the pattern is changed and case K/77/2024 is created
    THEN the document is linked to it "auto" and case: finds it."""
    docs = _add_files(archive, tmp_path / "in", {"note.txt": "Follow-up for file K/77/2024."})
    assert archive.catalog.cases_of(docs["note.txt"]) == ()
    archive.catalog.set_setting("case_pattern", r"K/\d+/\d{4}")
    archive.cases.save(Case(id="K/77/2024"))
    assert [(d.id, how) for d, how in archive.cases.documents("K/77/2024")] == [
        (docs["note.txt"], "auto")
    ]
    assert _found(archive, 'case:"K/77/2024"') == {docs["note.txt"]}


def test_a_document_taken_out_of_a_case_is_not_linked_again(
    archive: Archive, tmp_path: Path
) -> None:
    """GIVEN a document naming a case known only from its documents, taken out of it by hand
    WHEN the case's record is created THEN the document stays out."""
    docs = _add_files(archive, tmp_path / "in", {"old.txt": "Old note, AFG-2024-00137 (typo)."})
    assert archive.cases.get(AHMADZAI.id).updated_at == ""  # known from the document only
    archive.cases.unlink(AHMADZAI.id, docs["old.txt"])
    archive.cases.save(AHMADZAI)
    assert archive.cases.documents(AHMADZAI.id) == []


def test_every_change_is_audited_without_names_or_numbers(archive: Archive, tmp_path: Path) -> None:
    """GIVEN a case created, changed, saved unchanged, linked, unlinked, and office details set
    WHEN the audit log is read THEN there is one row per change naming the case and the
    fields that changed, and no name, document number or date from the case."""
    docs = _add_files(archive, tmp_path / "in", {"note.txt": "A note."})
    archive.cases.save(AHMADZAI)
    archive.cases.save(replace(AHMADZAI, priority="emergency", volunteer="N. Achakzai"))
    archive.cases.save(replace(AHMADZAI, priority="emergency", volunteer="N. Achakzai"))
    archive.cases.link(AHMADZAI.id, docs["note.txt"])
    archive.cases.unlink(AHMADZAI.id, docs["note.txt"])
    archive.cases.set_office(name="Safe Passage Legal Aid", paper="letter")
    rows = _audit(archive)
    assert [action for action, _ in rows] == [
        "case created",
        "case changed",
        "case document linked",
        "case document unlinked",
        "office changed",
    ]
    assert rows[1][1] == {"case": AHMADZAI.id, "changed": ["priority", "volunteer"]} | {
        "documents linked": 0
    }
    assert "people" in rows[0][1]["changed"] and rows[2][1]["document"] == docs["note.txt"]
    everything = json.dumps([detail for _, detail in rows], ensure_ascii=False)
    for secret in ("Ahmadzai", "احمدزی", "P00013701", "0000-0137", "1986", "Sultani", "Safe"):
        assert secret not in everything


def test_the_office_details_have_defaults_and_are_checked(archive: Archive) -> None:
    """GIVEN a new archive WHEN the office is read THEN every detail is empty, paper a4;
    AND details set are kept; AND an unknown detail or paper size is refused."""
    assert archive.cases.office() == {
        "name": "",
        "address": "",
        "signatory": "",
        "signatory_title": "",
        "phone": "",
        "email": "",
        "paper": "a4",
        "logo": "",
        "addressees": "",
    }
    office = archive.cases.set_office(name=" Safe Passage ", address="Street 0\nIslamabad")
    assert (office["name"], office["address"], office["paper"]) == (
        "Safe Passage",
        "Street 0\nIslamabad",
        "a4",
    )
    assert archive.cases.set_office(paper="Letter")["paper"] == "letter"
    assert archive.catalog.setting("office.name", "") == "Safe Passage"
    with pytest.raises(CaseError, match="a4 or letter"):
        archive.cases.set_office(paper="A5")
    with pytest.raises(CaseError, match="Unknown office detail"):
        archive.cases.set_office(fax="000")


def test_a_read_only_archive_reads_cases_but_cannot_change_them(tmp_path: Path) -> None:
    """GIVEN an archive with a case WHEN it is opened for reading THEN the case, the list and
    the office can be read, and every change is refused with a plain message."""
    root = tmp_path / "archive"
    with Archive.open(root, write=True) as archive:
        archive.cases.save(AHMADZAI)
    with Archive.open(root, write=False) as archive:
        assert [c.id for c in archive.cases.list()] == [AHMADZAI.id]
        assert archive.cases.office()["paper"] == "a4"
        for change in (
            lambda: archive.cases.save(AHMADZAI),
            lambda: archive.cases.link(AHMADZAI.id, 1),
            lambda: archive.cases.unlink(AHMADZAI.id, 1),
            lambda: archive.cases.set_office(name="x"),
        ):
            with pytest.raises(ReadOnlyArchive, match="reading only"):
                change()


def test_a_version_2_catalog_keeps_its_case_links(tmp_path: Path) -> None:
    """GIVEN a catalog at schema version 2 with a document linked to two cases ("manual", as
    version 2 wrote it, and "auto") WHEN this CaseDesk opens it THEN the cases exist with
    default values, and the links are kept ("manual" read as "by hand")."""
    root = tmp_path / "archive"
    root.mkdir()
    db = sqlite3.connect(root / "catalog.sqlite", isolation_level=None)
    db.executescript(
        f"BEGIN;{schema.MIGRATIONS[0]}{schema.MIGRATIONS[1]}PRAGMA user_version = 2;COMMIT;"
    )
    db.execute("INSERT INTO originals VALUES ('ab', 3, 'now')")
    db.execute(
        "INSERT INTO documents (sha256, name, title, format, kind, page_count, added_at) "
        "VALUES ('ab', 'old.txt', 'Old note', 'text', 'note', 1, '2024-01-01T00:00:00+00:00')"
    )
    db.execute("INSERT INTO pages VALUES (1, 1, 'Note for AFG-2024-00137', 0)")
    db.execute("INSERT INTO cases VALUES ('AFG-2024-00137', '2024-01-01T00:00:00+00:00')")
    db.execute("INSERT INTO cases VALUES ('AFG-2024-00999', '2024-01-01T00:00:00+00:00')")
    db.execute("INSERT INTO case_documents VALUES ('AFG-2024-00137', 1, 'auto')")
    db.execute("INSERT INTO case_documents VALUES ('AFG-2024-00999', 1, 'manual')")
    db.close()
    with Archive.open(root, write=True) as archive:
        old = archive.cases.get("AFG-2024-00137")
        assert (old.priority, old.status, old.people, old.updated_at) == ("normal", "open", (), "")
        assert [(d.title, how) for d, how in archive.cases.documents("AFG-2024-00999")] == [
            ("Old note", "by hand")
        ]
        saved = archive.cases.save(AHMADZAI)
        assert saved.created_at == "2024-01-01T00:00:00+00:00"
        assert [how for _, how in archive.cases.documents(AHMADZAI.id)] == ["auto"]
        assert _found(archive, "case:AFG-2024-00999") == {1}


def test_a_case_goes_to_json_and_back_unchanged() -> None:
    """GIVEN a case WHEN written as JSON and read back THEN it is the same case;
    AND a misspelt or mistyped field is refused, naming it."""
    data = json.loads(json.dumps(case_to_json(AHMADZAI), ensure_ascii=False))
    assert case_from_json(data) == AHMADZAI
    assert case_from_json({**data, "documents": [], "updated_at": "x"}) == AHMADZAI
    with pytest.raises(CaseError, match="'prority'"):
        case_from_json({**data, "prority": "urgent"})
    with pytest.raises(CaseError, match="'birthdate'"):
        case_from_json({"id": "AFG-2024-00137", "people": [{"name": "A", "birthdate": "1990"}]})
    with pytest.raises(CaseError, match="true or false"):
        case_from_json({"id": "AFG-2024-00137", "notes": [{"text": "x", "confidential": "yes"}]})
    with pytest.raises(CaseError, match="no id"):
        case_from_json({"people": []})


def test_a_known_file_added_again_for_a_case_is_found_under_it(
    archive: Archive, tmp_path: Path
) -> None:
    """GIVEN a file already in the archive WHEN it is added again for a case (add --case)
    THEN it is linked to the case "by hand" and case: finds it without a reindex."""
    docs = _add_files(archive, tmp_path / "in", {"letter.txt": "A letter of support."})
    Ingest(archive, IngestOptions(cases=("AFG-2024-00137",))).run([tmp_path / "in"])
    assert [(d.id, how) for d, how in archive.cases.documents("AFG-2024-00137")] == [
        (docs["letter.txt"], "by hand")
    ]
    assert _found(archive, "case:AFG-2024-00137") == {docs["letter.txt"]}
