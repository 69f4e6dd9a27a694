"""Packets as a newcomer builds them: internal documents, locked PDFs, one numbering."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.drafting.output import save_draft
from desktop.packets.keep import build_and_keep
from desktop.packets.model import LockedDocuments, Packet, PacketError
from desktop.packets.selection import choose_documents
from index.archive import Archive
from tests.desktop.packets.test_assemble import page_texts
from tests.support.drafting import CASE_ID, draft
from tests.support.packets import LOCKED_PASSWORD, LOCKED_WORDS, add_note_and_locked_pdf

PASSWORD = LOCKED_PASSWORD


@pytest.fixture
def with_internal(packet_archive) -> tuple[Path, dict[str, int], dict[str, int]]:
    """The packet archive plus a drafted briefing note and an earlier packet of the case."""
    root, ids = packet_archive
    with Archive.open(root, write=True) as archive:
        note = save_draft(archive, draft(archive, "briefing-note"), "pdf").output.document_id
        earlier = build_and_keep(archive, Packet("Earlier", CASE_ID, (ids["form.pdf"],)))
    return root, ids, {"note": note, "packet": earlier.output.document_id}


def test_the_whole_case_leaves_out_internal_documents_unless_asked(with_internal) -> None:
    """GIVEN a case with four documents, a briefing note and an earlier packet
    WHEN its documents are chosen for a packet THEN the note and the packet are left out and
    named as internal; WITH include_internal THEN they go in; GIVEN by id THEN they go in."""
    root, ids, internal = with_internal
    with Archive.open(root, write=False) as archive:
        default = choose_documents(archive, CASE_ID)
        everything = choose_documents(archive, CASE_ID, include_internal=True)
        given = choose_documents(archive, CASE_ID, [internal["note"]])
    assert set(default.ids) == set(ids.values())
    assert {(i, kind) for i, _title, kind in default.internal} == {
        (internal["note"], "briefing note"),
        (internal["packet"], "briefing packet"),
    }
    assert set(everything.ids) == set(ids.values()) | set(internal.values())
    assert not everything.internal
    assert given.ids == (internal["note"],)


def test_the_cover_numbers_documents_as_the_contents_do(packet_archive) -> None:
    """GIVEN four documents whose archive ids are not 1-4 in packet order
    WHEN a packet is built THEN the cover lists them 1. to 4. in packet order, as the contents
    page numbers them, never by the archive's ids; and the cover says pages carry running numbers."""
    root, ids = packet_archive
    order = (ids["statement.docx"], ids["long.pdf"], ids["mail.eml"], ids["form.pdf"])
    assert order != (1, 2, 3, 4)
    with Archive.open(root, write=True) as archive:
        kept = build_and_keep(archive, Packet("Meeting", CASE_ID, order))
    cover, contents = page_texts(PdfReader(kept.output.path))[:2]
    titles = [d.title for d in kept.manifest.documents]
    listed = " ".join(f"{n}. {title}" for n, title in enumerate(titles, start=1))
    assert listed in cover
    for number in {*order} - {1, 2, 3, 4}:
        assert f"{number}. " not in cover
    for n, title in enumerate(titles, start=1):
        assert f"{n} {title}" in contents
    assert "running number" in cover and "CD-000001" in cover


def test_a_cover_sheet_drafted_alone_makes_no_claim_about_page_numbers(packet_archive) -> None:
    """GIVEN the packet cover sheet WHEN drafted on its own (not inside a packet)
    THEN it does not claim that every page carries a running number."""
    root, _ids = packet_archive
    with Archive.open(root, write=True) as archive:
        saved = save_draft(archive, draft(archive, "packet-cover"), "pdf")
    text = " ".join(page_texts(PdfReader(saved.output.path)))
    assert "running number" not in text and CASE_ID in text


@pytest.fixture
def with_locked(packet_archive, tmp_path: Path) -> tuple[Path, dict[str, int], int]:
    """The packet archive plus a password-protected PDF of the case, added with its password
    (and a briefing note, left out of these packets as internal)."""
    root, ids = packet_archive
    _note, locked = add_note_and_locked_pdf(root, tmp_path / "more")
    return root, ids, locked


def test_a_locked_pdf_needs_its_password_and_says_which(with_locked) -> None:
    """GIVEN a case whose PDF was added with its password (CaseDesk keeps no password)
    WHEN a packet of the whole case is built without it THEN it stops before writing anything,
    naming that document, and outputs/ holds nothing new."""
    root, _ids, locked = with_locked
    with Archive.open(root, write=True) as archive:
        chosen = choose_documents(archive, CASE_ID)
        before = sorted((root / "outputs").iterdir()) if (root / "outputs").exists() else []
        with pytest.raises(LockedDocuments) as refused:
            build_and_keep(archive, Packet("Meeting", CASE_ID, chosen.ids))
    assert [i for i, _title in refused.value.documents] == [locked]
    assert f"document {locked}" in str(refused.value) and PASSWORD not in str(refused.value)
    after = sorted((root / "outputs").iterdir()) if (root / "outputs").exists() else []
    assert after == before


def test_a_locked_pdf_goes_in_with_its_password_never_kept(with_locked) -> None:
    """GIVEN the locked PDF WHEN the packet is built with its password THEN its page is in the
    packet, readable, and the password is nowhere in the packet file, the catalog or the log."""
    root, _ids, locked = with_locked
    with Archive.open(root, write=True) as archive:
        ids = choose_documents(archive, CASE_ID).ids
        kept = build_and_keep(
            archive, Packet("Meeting", CASE_ID, ids, passwords={locked: PASSWORD})
        )
    assert locked in [d.id for d in kept.manifest.documents] and not kept.manifest.left_out
    assert LOCKED_WORDS in " ".join(page_texts(PdfReader(kept.output.path)))
    for path in (kept.output.path, root / "catalog.sqlite"):
        assert PASSWORD.encode() not in path.read_bytes()


def test_a_wrong_password_is_refused_in_plain_words(with_locked) -> None:
    """GIVEN the locked PDF WHEN the packet is built with a wrong password THEN it is refused,
    saying the password does not open that document."""
    root, _ids, locked = with_locked
    with Archive.open(root, write=True) as archive:
        ids = choose_documents(archive, CASE_ID).ids
        with pytest.raises(PacketError, match=f"document {locked} does not open"):
            build_and_keep(archive, Packet("M", CASE_ID, ids, passwords={locked: PASSWORD.lower()}))


def test_a_locked_pdf_can_be_left_out_with_a_note(with_locked) -> None:
    """GIVEN the locked PDF WHEN the packet is built leaving locked PDFs out
    THEN the other documents are in, and the manifest names the one left out and why."""
    root, ids, locked = with_locked
    with Archive.open(root, write=True) as archive:
        chosen = choose_documents(archive, CASE_ID).ids
        kept = build_and_keep(archive, Packet("M", CASE_ID, chosen, leave_out_locked=True))
    assert {d.id for d in kept.manifest.documents} == set(ids.values())
    (left,) = kept.manifest.left_out
    assert left.id == locked and "password" in left.reason
    assert kept.manifest.as_json()["left_out"][0]["id"] == locked
