"""Building a packet on a real archive: pages, stamps, contents, bookmarks, forms, storage."""

from __future__ import annotations

import json
import os
import stat
import unicodedata
from pathlib import Path

import pypdf
import pytest
from pypdf import PdfWriter

from desktop.packets.assemble import PacketCancelled
from desktop.packets.keep import KeptPacket, build_and_keep
from desktop.packets.model import Packet, PacketError, PacketOptions
from index.archive import Archive
from index.ingest.pipeline import Ingest, IngestOptions
from tests.support.drafting import CASE_ID, SECRET_PASSPORT, realistic_case
from tests.support.packets import (
    DOCX_WORDS,
    EMAIL_WORDS,
    FORM_VALUE,
    NAMES,
    write_packet_documents,
)

PART_PAGES = {"form.pdf": 1, "long.pdf": 3, "mail.eml": 1, "statement.docx": 1}


def page_texts(reader: pypdf.PdfReader) -> list[str]:
    """Each page's text, NFKC-normalised, white space runs as one space."""
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in reader.pages]


def build(root: Path, ids: dict[str, int], **options: object) -> KeptPacket:
    """A packet of the four documents in NAMES order."""
    packet = Packet(
        "Meeting with UNHCR",
        CASE_ID,
        tuple(ids[n] for n in NAMES),
        options=PacketOptions(**options),
    )
    with Archive.open(root, write=True) as archive:
        return build_and_keep(archive, packet)


def test_a_packet_has_cover_contents_and_every_page_stamped_in_order(packet_archive) -> None:
    """GIVEN a case with a filled form, a 3-page PDF, an email and a DOCX
    WHEN a packet is built with a confidential header
    THEN it has cover + contents + the parts' pages, each page carries its stamp in order and
    the header, the form's filled value and the email's and DOCX's text are visible."""
    root, ids = packet_archive
    kept = build(root, ids, confidential=True)
    manifest = kept.manifest
    assert manifest.cover_pages == 1 and manifest.toc_pages == 1
    assert manifest.pages == 2 + sum(PART_PAGES.values())
    texts = page_texts(pypdf.PdfReader(kept.output.path))
    assert len(texts) == manifest.pages
    for number, text in enumerate(texts, start=1):
        assert text.endswith(f"CD-{number:06d} CONFIDENTIAL"), text[-80:]
    assert FORM_VALUE in texts[2]
    assert EMAIL_WORDS in texts[6] and "Original: mail.eml" in texts[6]
    assert DOCX_WORDS in texts[7] and "Original: statement.docx" in texts[7]
    assert SECRET_PASSPORT not in " ".join(texts)


def test_the_contents_and_bookmarks_point_at_each_documents_first_page(packet_archive) -> None:
    """GIVEN the four documents WHEN a packet is built
    THEN the manifest places them one after another, the contents page gives each its first page
    and stamps, and the bookmarks (Cover, Contents, Documents > each) go to the right pages."""
    root, ids = packet_archive
    kept = build(root, ids)
    placed = kept.manifest.documents
    assert [d.id for d in placed] == [ids[n] for n in NAMES]
    page = 3
    for d, name in zip(placed, NAMES, strict=True):
        assert (d.first_page, d.last_page) == (page, page + PART_PAGES[name] - 1)
        assert d.stamp_first == f"CD-{d.first_page:06d}" and d.stamp_last == f"CD-{d.last_page:06d}"
        page = d.last_page + 1
    reader = pypdf.PdfReader(kept.output.path)
    contents = page_texts(reader)[1]
    for n, d in enumerate(placed, start=1):
        assert f"{n} {d.title} {d.first_page} {d.stamp_first} – {d.stamp_last}" in contents
    cover, toc, documents, children = reader.outline
    assert (cover.title, reader.get_destination_page_number(cover)) == ("Cover", 0)
    assert (toc.title, reader.get_destination_page_number(toc)) == ("Contents", 1)
    assert documents.title == "Documents"
    assert [(c.title, reader.get_destination_page_number(c) + 1) for c in children] == [
        (d.title, d.first_page) for d in placed
    ]


def test_the_packet_is_kept_in_the_archive_with_its_manifest_and_audit(packet_archive) -> None:
    """GIVEN a built packet WHEN the archive is read THEN outputs/ has the file, the outputs row
    holds the manifest, the packet is a searchable document of the case, and the audit row
    "packet built" names the case and document ids only."""
    root, ids = packet_archive
    kept = build(root, ids)
    assert kept.output.path.parent == root / "outputs" and kept.output.path.is_file()
    assert kept.output.document_id is not None
    with Archive.open(root, write=False) as archive:
        row = archive.catalog.conn.execute(
            "SELECT case_id, kind, context FROM outputs WHERE id = ?", (kept.output.id,)
        ).fetchone()
        audit = archive.catalog.conn.execute(
            "SELECT detail FROM audit WHERE action = 'packet built'"
        ).fetchall()
        linked = [d.id for d, _ in archive.cases.documents(CASE_ID)]
    assert row[0] == CASE_ID and row[1] == "briefing packet"
    stored = json.loads(row[2])["manifest"]
    assert stored["pages"] == kept.manifest.pages and stored["encrypted"] is False
    assert stored["documents"][1]["first_page"] == 4
    assert kept.output.document_id in linked
    detail = json.loads(audit[0][0])
    assert detail["case"] == CASE_ID and detail["documents"] == [ids[n] for n in NAMES]
    assert detail["encrypted"] is False and "Rahimi" not in audit[0][0]


def test_a_password_encrypts_with_aes_256_and_the_packet_is_not_indexed(packet_archive) -> None:
    """GIVEN a password WHEN the packet is built THEN the file is encrypted with AES-256, opens
    with the password (stamps readable), and is recorded but not indexed."""
    root, ids = packet_archive
    kept = build(root, ids, password="embassy-2025", paper="letter")
    reader = pypdf.PdfReader(kept.output.path)
    assert reader.is_encrypted
    assert reader.trailer["/Encrypt"]["/V"] == 5  # AES-256
    assert reader.decrypt("embassy-2025")
    assert "CD-000001" in reader.pages[0].extract_text()
    assert [float(v) for v in reader.pages[4].mediabox] == [0, 0, 612, 792]
    assert kept.manifest.encrypted and kept.output.document_id is None
    with Archive.open(root, write=False) as archive:
        detail = archive.catalog.conn.execute(
            "SELECT detail FROM audit WHERE action = 'packet built'"
        ).fetchone()[0]
    assert json.loads(detail)["encrypted"] is True and "embassy" not in detail


def test_prefix_start_number_and_no_cover_or_contents(packet_archive) -> None:
    """GIVEN no cover, no contents, prefix UN- from 41 WHEN built THEN the first document starts
    on page 1 stamped UN-000041 and the last page is UN-000046."""
    root, ids = packet_archive
    packet = Packet(
        "Plain", CASE_ID, tuple(ids[n] for n in NAMES), cover=None,
        options=PacketOptions(toc=False, stamp_prefix="UN-", start_number=41),
    )  # fmt: skip
    with Archive.open(root, write=True) as archive:
        kept = build_and_keep(archive, packet)
    texts = page_texts(pypdf.PdfReader(kept.output.path))
    assert len(texts) == 6 and kept.manifest.documents[0].first_page == 1
    assert texts[0].endswith("UN-000041") and texts[-1].endswith("UN-000046")
    assert [o.title for o in pypdf.PdfReader(kept.output.path).outline[:1]] == ["Documents"]


def test_a_damaged_pdf_is_reported_before_anything_is_written(packet_archive) -> None:
    """GIVEN a document whose original PDF is damaged WHEN a packet is asked for
    THEN a PacketError names the document and outputs/ holds nothing, not even a part."""
    root, ids = packet_archive
    with Archive.open(root, write=False) as archive:
        original = archive.originals.path_of(archive.catalog.document(ids["long.pdf"]).sha256)
    os.chmod(original, stat.S_IWUSR | stat.S_IRUSR)
    original.write_bytes(b"%PDF-1.7\nthis is not a pdf any more")
    with pytest.raises(PacketError, match=f"Document {ids['long.pdf']} is a damaged PDF"):
        build(root, ids)
    assert list((root / "outputs").iterdir()) == []


def test_a_password_protected_pdf_is_reported_before_building(tmp_path: Path) -> None:
    """GIVEN a PDF added with its password (the original stays locked)
    WHEN it is put in a packet THEN a PacketError says it is password-protected, no crash."""
    locked = PdfWriter(clone_from=write_packet_documents(tmp_path / "docs") / "long.pdf")
    locked.encrypt("open-sesame", algorithm="AES-256")
    folder = tmp_path / "locked"
    folder.mkdir()
    locked.write(folder / "locked.pdf")
    with Archive.open(tmp_path / "archive", write=True) as archive:
        options = IngestOptions(cases=(CASE_ID,), passwords=("open-sesame",), workers=1)
        Ingest(archive, options).run([folder])
        archive.cases.save(realistic_case())
        doc_ids = tuple(d.id for d, _ in archive.cases.documents(CASE_ID))
        assert len(doc_ids) == 1
        with pytest.raises(PacketError, match="password-protected"):
            build_and_keep(archive, Packet("Locked", CASE_ID, doc_ids, cover=None))
    assert list((tmp_path / "archive" / "outputs").iterdir()) == []


def test_cancel_leaves_no_file_in_outputs(packet_archive) -> None:
    """GIVEN a build that is cancelled after three pages WHEN it stops THEN PacketCancelled and
    outputs/ holds nothing; nothing was recorded."""
    root, ids = packet_archive
    done: list[int] = []
    packet = Packet("Cancelled", CASE_ID, tuple(ids[n] for n in NAMES))
    with Archive.open(root, write=True) as archive:
        with pytest.raises(PacketCancelled):
            build_and_keep(
                archive,
                packet,
                progress=lambda d, _t: done.append(d),
                cancelled=lambda: len(done) >= 3,
            )
        rows = archive.catalog.conn.execute("SELECT COUNT(*) FROM outputs").fetchone()[0]
    assert done == [1, 2, 3] and rows == 0
    assert list((root / "outputs").iterdir()) == []


def test_a_cover_template_missing_fields_is_reported(packet_archive) -> None:
    """GIVEN the briefing note (which needs typed-in fields) as cover WHEN built
    THEN a PacketError says what it needs, and nothing is written."""
    root, ids = packet_archive
    packet = Packet("Note", CASE_ID, (ids["form.pdf"],), cover="briefing-note")
    with Archive.open(root, write=True) as archive, pytest.raises(PacketError, match="cover"):
        build_and_keep(archive, packet)
    assert list((root / "outputs").iterdir()) == []
