"""The demo archive built from resources/demo: its cases, forms, problems and searches."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pypdf
import pytest
from PIL import Image

from desktop.demo import SOURCES, build_demo_archive, demo_as_of, save_demo_cases
from index.archive import Archive
from index.ingest.summary import Summary
from index.ocr.job import engine
from index.ocr.page import read_page
from index.search import SearchOptions
from index.text.mrz import find_zones
from index.text.normalize import fold, normalize_text
from tests.conftest import BuiltDemo

CASES = {
    "AFG-2023-00981",
    "AFG-2024-00137",
    "AFG-2024-00152",
    "AFG-2024-00210",
    "AFG-2024-00288",
    "AFG-2025-00031",
}
PROBLEMS = {"medical-report.pdf": "password", "tazkira-scan.pdf": "damaged"}
# Pictures drawn from resources/demo/*.scan.json: their text is read only by OCR.
SCANS = {
    "AFG-2024-00152/passport-page.jpg": "AFG-2024-00152",
    "AFG-2024-00210/tazkira-photo.jpg": "AFG-2024-00210",
    "AFG-2025-00031/school-letter-photo.jpg": "AFG-2025-00031",
}


@dataclass
class Demo:
    """The demo built twice into one archive, and that archive opened for reading."""

    first: Summary
    second: Summary
    staged: Path
    archive: Archive


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, built_demo: BuiltDemo) -> Iterator[Demo]:
    """The demo archive, built once (shared by the run) and then, in a copy, built again
    over itself."""
    root = built_demo.copy(tmp_path_factory.mktemp("demo") / "archive")
    second = build_demo_archive(root, staging=built_demo.staging)
    archive = Archive.open(root, write=False)
    yield Demo(built_demo.first, second, built_demo.staging, archive)
    archive.close()


def found(demo: Demo, query: str) -> list[str]:
    """``case/file`` of every hit for ``query`` (attachments as ``case/email › name``)."""
    result = demo.archive.find(query, SearchOptions(limit=100))
    return [f"{Path(h.path).parent.name}/{Path(h.path).name}" for h in result.hits]


def test_the_demo_has_six_cases_and_about_thirty_documents(demo: Demo) -> None:
    """GIVEN resources/demo WHEN the demo is built THEN six case folders give 35 files,
    33 of them documents (3 of them pictures), plus 2 email attachments: 35 documents, the
    service record on 3 pages."""
    assert {p.name for p in SOURCES.iterdir() if p.is_dir()} == CASES
    first = demo.first
    assert (first.given, first.added, first.attachments, first.duplicates) == (35, 33, 2, 0)
    assert first.accounted == first.given
    assert demo.archive.stats()["documents"] == 35
    (record,) = demo.archive.find('"locally employed interpreter"').hits
    assert Path(record.path).name == "service-record.pdf"
    assert len(demo.archive.catalog.pages(record.id)) == 3


def test_exactly_the_two_intended_problems(demo: Demo) -> None:
    """GIVEN a locked PDF and a damaged one among the sources WHEN the demo is built
    THEN those two are the only problems, and the locked one opens with the password "demo"."""
    problems = {Path(p.path).name: p.kind for p in demo.first.problems}
    assert problems == PROBLEMS
    assert not demo.first.attachment_problems
    assert {Path(p.path).name for p in demo.archive.catalog.problems()} == set(PROBLEMS)
    locked = pypdf.PdfReader(demo.staged / "AFG-2023-00981" / "medical-report.pdf")
    assert locked.is_encrypted and locked.decrypt("demo")
    assert "demo" in (SOURCES / "README.md").read_text(encoding="utf-8")


def test_building_again_adds_nothing(demo: Demo) -> None:
    """GIVEN the demo already built WHEN it is built again into the same archive
    THEN every file is unchanged, nothing is added, and the same two problems are reported."""
    second = demo.second
    assert (second.given, second.added, second.unchanged, second.duplicates) == (35, 0, 33, 0)
    assert second.attachments == 0
    assert {Path(p.path).name: p.kind for p in second.problems} == PROBLEMS


def test_every_document_is_linked_to_its_case(demo: Demo) -> None:
    """GIVEN one folder per case WHEN the demo is built THEN each document (attachments too)
    is linked to the case its folder is named after, and case: finds them all."""
    catalog = demo.archive.catalog
    per_case: dict[str, int] = {}
    for doc_id in catalog.document_ids():
        entry = catalog.index_entry(doc_id)
        assert entry is not None
        case = Path(entry.paths[0]).parent.name
        assert case in entry.cases, entry.paths
        per_case[case] = per_case.get(case, 0) + 1
    assert set(per_case) == CASES
    for case, count in per_case.items():
        in_folder = [hit for hit in found(demo, f"case:{case}") if hit.startswith(case)]
        assert len(in_folder) == count, case


def test_a_form_field_finds_the_filled_form(demo: Demo) -> None:
    """GIVEN visa forms filled for two brothers who spell their name Ahmadzai and Ahmadzay
    WHEN the FamilyName field is searched THEN each spelling finds its own form,
    whose fields have their names, labels, types and values."""
    assert found(demo, "familyname:Ahmadzai") == ["AFG-2024-00137/visa-form.pdf"]
    assert found(demo, "familyname:Ahmadzay") == ["AFG-2024-00288/visa-form.pdf"]
    assert found(demo, "pathway:SIV") == ["AFG-2024-00210/visa-form.pdf"]
    assert len(found(demo, "type:form")) == 4
    (hit,) = demo.archive.find("familyname:Ahmadzai").hits
    fields = {f.name: f for f in demo.archive.catalog.fields(hit.id)}
    assert fields["PassportNumber"].value == "P00013701"
    assert fields["FamilyName"].label == "Family name (surname)"
    assert fields["FamilyName"].type == "text"
    assert (fields["HasDependants"].type, fields["HasDependants"].value) == ("checkbox", "Yes")


def test_a_dari_statement_is_found_by_a_persian_word(demo: Demo) -> None:
    """GIVEN Farzana Qasimi's statement in Dari WHEN "خبرنگار" (journalist) is searched
    THEN her statement is found; AND lang: separates the Dari and Pashto statements."""
    assert found(demo, "خبرنگار") == ["AFG-2024-00152/statement-fa.txt"]
    # The Dari letter photographed is Dari too once the OCR phase has read it.
    assert len([hit for hit in found(demo, "lang:dari") if hit not in SCANS]) == 4
    assert set(found(demo, "lang:pashto")) == {
        "AFG-2023-00981/note-ps.txt",
        "AFG-2024-00288/statement-ps.txt",
    }


def test_a_latin_name_finds_the_arabic_script_spelling(demo: Demo) -> None:
    """GIVEN a Pashto statement that names محمد قاسم احمدزی in Arabic script only
    WHEN name:"Mohammad Kasim Ahmadzay" is searched THEN that statement is found,
    with the documents that spell him Muhammad Kasim Ahmadzay or Mohammad Qasim Ahmadzai."""
    pashto = SOURCES / "AFG-2024-00288" / "statement-ps.txt"
    text = pashto.read_text(encoding="utf-8")
    assert "محمد قاسم احمدزی" in text and "Moh" not in text and "Ahmad" not in text
    hits = found(demo, 'name:"Mohammad Kasim Ahmadzay"')
    assert "AFG-2024-00288/statement-ps.txt" in hits
    assert "AFG-2024-00288/intake-note.txt" in hits
    assert "AFG-2024-00288/prosecution-letter.pdf" in hits
    assert "AFG-2024-00288/statement-ps.txt" in found(demo, 'name:"Mohammad"')


def test_other_names_match_in_every_spelling(demo: Demo) -> None:
    """GIVEN names written several ways across documents WHEN one spelling is searched
    THEN documents with the other spellings and the Arabic script are found too."""
    hedayat = set(found(demo, "name:Hedayatullah"))
    assert "AFG-2024-00210/statement-fa.txt" in hedayat  # هدایت‌الله only
    assert "AFG-2024-00210/visa-form.pdf" in hedayat  # Hedayatollah only
    assert "AFG-2023-00981/unhcr-por-cards.eml" in found(demo, 'name:"Abdul Wahid Noori"')
    farzana = found(demo, 'name:"Farzana Kasimi"')
    assert "AFG-2024-00152/unhcr-appointment.eml › appointment-letter.pdf" in farzana


def test_every_demo_case_has_a_full_record(demo: Demo) -> None:
    """GIVEN resources/demo/cases.json WHEN the demo is built THEN each of the six cases has
    a record: every person named in Latin and Arabic script, born on a date, Afghan; a place,
    pathway, needs, priority, status, volunteer, deadlines and one confidential note;
    AND the office's details are set."""
    cases = {case.id: case for case in demo.archive.cases.list()}
    assert set(cases) == CASES
    for case in cases.values():
        assert case.principal is not None and case.principal.relationship == "principal"
        for person in case.people:
            assert person.name and person.name_native and person.birth_date, case.id
            assert person.nationality == "Afghan"
        assert case.location and case.pathway and case.needs and case.volunteer, case.id
        assert case.deadlines and sum(note.confidential for note in case.notes) == 1, case.id
    assert len(cases["AFG-2024-00137"].people) == 5
    assert {c.priority for c in cases.values()} == {"emergency", "urgent", "normal"}
    office = demo.archive.cases.office()
    assert office["name"] and office["signatory"] and office["address"]
    assert office["paper"] == "a4"


def test_the_demo_records_agree_with_the_demo_documents(demo: Demo) -> None:
    """GIVEN the documents in each case's folder WHEN their passport numbers and A-numbers are
    compared with the case's record THEN every number they mention belongs to a person of the
    case, and the principal's passport is the one they mention."""
    catalog = demo.archive.catalog
    for case in demo.archive.cases.list():
        refs = [
            ref
            for document, how in demo.archive.cases.documents(case.id)
            if how == "by hand"  # in the case's folder, not only naming the case
            for ref in catalog.references(document.id)
        ]
        passports = {r.value for r in refs if r.kind == "passport"}
        anumbers = {r.value for r in refs if r.kind == "anumber"}
        assert passports <= {p.passport for p in case.people}, case.id
        if passports:
            assert case.principal.passport in passports, case.id
        numbers = {"A" + "".join(ch for ch in p.a_number if ch.isdigit()) for p in case.people}
        assert anumbers <= numbers, case.id
    assert demo.archive.cases.get("AFG-2024-00152").principal.a_number == "A-000-152-001"


def test_the_demo_deadlines_are_written_as_of_a_fixed_day(demo: Demo) -> None:
    """GIVEN the demo's "today" (as_of in cases.json) WHEN its upcoming deadlines are asked
    THEN several cases have one in the next 14 days, and the cases list puts the
    emergencies first."""
    today = demo_as_of()
    due = demo.archive.cases.upcoming(14, today)
    assert len({case.id for case, _ in due}) >= 4
    assert all(today.isoformat() <= deadline.date for _, deadline in due)
    listed = demo.archive.cases.list(today=today)
    assert [c.priority for c in listed[:2]] == ["emergency", "emergency"]


def test_the_demo_built_today_has_its_deadlines_moved_to_today(tmp_path: Path) -> None:
    """GIVEN the demo's cases saved for a day two years after as_of, and saved as written
    WHEN the deadlines due within 14 days are asked, each from its own "today"
    THEN the same cases and kinds are due, each the same number of days later."""
    later = demo_as_of() + timedelta(days=730)
    due = {}
    for name, today in (("moved", later), ("as written", None)):
        with Archive.open(tmp_path / name, write=True) as archive:
            save_demo_cases(archive, today=today)
            upcoming = archive.cases.upcoming(14, today or demo_as_of())
            due[name] = sorted((c.id, d.kind, d.date) for c, d in upcoming)
    assert len(due["moved"]) >= 4
    assert [(c, k) for c, k, _ in due["moved"]] == [(c, k) for c, k, _ in due["as written"]]
    for (_, _, moved), (_, _, written) in zip(due["moved"], due["as written"], strict=True):
        assert date.fromisoformat(moved) - date.fromisoformat(written) == timedelta(days=730)


def test_building_again_leaves_the_case_records_as_they_were(demo: Demo) -> None:
    """GIVEN the demo built twice WHEN the audit log is read THEN each case was created once
    and never changed, and the office was set once."""
    rows = demo.archive.catalog.conn.execute("SELECT action FROM audit").fetchall()
    actions = [action for (action,) in rows]
    assert actions.count("case created") == 6
    assert actions.count("case changed") == 0 and actions.count("office changed") == 1


def _document(demo: Demo, name: str):
    """The catalog's document for the staged file ``case/file``."""
    catalog = demo.archive.catalog
    for doc_id in catalog.document_ids():
        entry = catalog.index_entry(doc_id)
        if entry and any(p.endswith(name) for p in entry.paths):
            return catalog.document(doc_id), entry
    raise AssertionError(f"{name} is not in the demo archive")


def test_the_scans_are_pictures_linked_to_their_cases(demo: Demo) -> None:
    """GIVEN a tazkira-like card, a Dari letter photographed sideways and a specimen passport
    page, drawn from resources/demo WHEN the demo is built THEN each is a JPEG document of one
    page in its case; until the OCR phase reads it its page is flagged for OCR, and once read
    passport:P00015201 finds the passport page (either is true, whichever phase is in)."""
    for name, case in SCANS.items():
        assert Image.open(demo.staged / name).format == "JPEG"
        document, entry = _document(demo, name)
        assert (document.format, document.page_count) == ("image", 1)
        assert case in entry.cases
    passport, _entry = _document(demo, "passport-page.jpg")
    if demo.archive.catalog.pages(passport.id)[0]:
        assert "AFG-2024-00152/passport-page.jpg" in found(demo, "passport:P00015201")
    else:
        assert passport.needs_ocr


def test_the_demo_scans_read_as_they_should(demo: Demo) -> None:
    """GIVEN the staged pictures WHEN each is read by Tesseract (read_page, as the OCR phase
    will) THEN the passport page's zone passes its check digits (P00015201, QASIMI FARZANA,
    expiring 2025-06-28), the sideways letter is turned upright and read in Dari, and the
    card's tazkira number is read."""
    read = {name: read_page(Image.open(demo.staged / name), engine()) for name in SCANS}
    page = normalize_text(read["AFG-2024-00152/passport-page.jpg"].text)
    (zone,) = find_zones(page).found
    assert (zone.number, zone.surname, zone.given_names) == ("P00015201", "QASIMI", "FARZANA")
    assert (zone.birth_date, zone.expiry) == ("1994-07-01", "2025-06-28")
    letter = read["AFG-2025-00031/school-letter-photo.jpg"]
    assert letter.rotation in (90, 270) and letter.languages == "fas"
    assert {fold("نامه"), fold("لیسه"), fold("معلم")} <= {fold(w.text) for w in letter.words}
    assert "0000-0210-00001" in read["AFG-2024-00210/tazkira-photo.jpg"].text
