"""Redacting a packet: the chosen values are gone from every byte, the rest untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
import pytest
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
)

from desktop.packets.keep import KeptPacket, build_and_keep
from desktop.packets.model import Packet, PacketError, PacketOptions
from index.archive import Archive
from index.ingest.pipeline import Ingest, IngestOptions
from tests.support.drafting import CASE_ID, SECRET_PASSPORT
from tests.support.packets import FORM_VALUE, NAMES
from tests.support.redaction import (
    CLEAN_WORDS,
    SECRET_NAMES,
    add_secret_documents,
    compact,
    every_trace,
    traces_of_secrets,
    write_secret_documents,
)

ORDER = (*NAMES, *SECRET_NAMES)
REDACT = ("passport", "a-number", "address")


@pytest.fixture
def secret_archive(packet_archive, tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """The packet archive plus documents holding the case's values."""
    root, _ = packet_archive
    return root, add_secret_documents(root, write_secret_documents(tmp_path / "secret"))


def build(root: Path, ids: dict[str, int], **options: object) -> KeptPacket:
    packet = Packet(
        f"Packet for {SECRET_PASSPORT}",
        CASE_ID,
        tuple(ids[n] for n in ORDER),
        options=PacketOptions(**options),
    )
    with Archive.open(root, write=True) as archive:
        return build_and_keep(archive, packet)


def test_the_secret_documents_hold_the_values_without_redaction(secret_archive) -> None:
    """GIVEN the documents WHEN a packet is built without redaction
    THEN the values can be read in it (so the test below proves something)."""
    root, ids = secret_archive
    kept = build(root, ids)
    assert len(traces_of_secrets(every_trace(kept.output.path))) == 3


def test_redacted_values_cannot_be_read_by_any_route(secret_archive) -> None:
    """GIVEN a passport number in body text (plain and spaced), in a form field, in a PDF's
    title, an A-number and the address in an email and a DOCX
    WHEN a packet is built with --redact passport,a-number,address
    THEN no value (nor a spaced or hyphenated variant) is in any page's text (pypdf and
    PDFium), any object, string, name or decompressed stream — metadata and bookmarks
    included — while page count and stamps are as without redaction, stamps still text."""
    root, ids = secret_archive
    plain = build(root, ids)
    kept = build(root, ids, redact=REDACT)
    assert traces_of_secrets(every_trace(kept.output.path)) == []
    raw = compact(kept.output.path.read_bytes().decode("latin-1"))
    assert compact(SECRET_PASSPORT) not in raw
    reader = pypdf.PdfReader(kept.output.path)
    assert len(reader.pages) == kept.manifest.pages == plain.manifest.pages
    for number, page in enumerate(reader.pages, start=1):
        assert f"CD-{number:06d}" in page.extract_text()
    titles = [item.title for item in _outline(reader.outline)]
    assert any("[redacted]" in t for t in titles)


def test_only_pages_holding_a_value_become_pictures(secret_archive) -> None:
    """GIVEN the same packet WHEN redacted
    THEN the manifest lists exactly the pages that held a value (pages 1 and 3 of the
    passport copy, the form), those pages have no text but their stamp, the clean page and
    the other documents keep their text, and the rendered email and DOCX name the values
    as replaced in their text."""
    root, ids = secret_archive
    kept = build(root, ids, redact=REDACT)
    placed = {d.id: d for d in kept.manifest.documents}
    copy, form = placed[ids["passport-copy.pdf"]], placed[ids["secret-form.pdf"]]
    redacted = {p.page: p for p in kept.manifest.redacted}
    assert set(redacted) == {copy.first_page, copy.first_page + 2, form.first_page}
    assert redacted[copy.first_page + 2].matches == 3
    reader = pypdf.PdfReader(kept.output.path)
    for number, entry in redacted.items():
        assert entry.stamp == f"CD-{number:06d}"
        assert reader.pages[number - 1].extract_text().strip() == entry.stamp
    assert CLEAN_WORDS in " ".join(reader.pages[copy.first_page].extract_text().split())
    assert FORM_VALUE in " ".join(p.extract_text() for p in reader.pages)
    replaced = dict(kept.manifest.replaced)
    assert set(replaced) == {ids["secret.eml"], ids["secret.docx"]}
    email = " ".join(reader.pages[placed[ids["secret.eml"]].first_page - 1].extract_text().split())
    assert "[redacted]" in email and "She now lives at" in email


def test_the_manifest_and_audit_name_kinds_and_pages_never_values(secret_archive) -> None:
    """GIVEN a redacted packet WHEN it is kept
    THEN the stored manifest lists the kinds and the pages, the audit row the kinds, and
    neither holds a value."""
    root, ids = secret_archive
    kept = build(root, ids, redact=("address", "passport", "a-number"))
    with Archive.open(root, write=False) as archive:
        row = archive.catalog.conn.execute(
            "SELECT context FROM outputs WHERE id = ?", (kept.output.id,)
        ).fetchone()
        audit = archive.catalog.conn.execute(
            "SELECT detail FROM audit WHERE action = 'packet built' ORDER BY rowid DESC"
        ).fetchone()
    manifest = json.loads(row[0])["manifest"]
    assert manifest["redact"] == ["a-number", "passport", "address"]
    assert len(manifest["redacted_pages"]) == 3
    assert json.loads(audit[0])["redacted"] == ["a-number", "passport", "address"]
    stored = json.dumps(manifest) + audit[0]
    assert traces_of_secrets(stored) == []


def test_an_encrypted_redacted_packet_is_checked_through_its_password(secret_archive) -> None:
    """GIVEN redaction and a password WHEN built THEN it opens with the password and holds
    no value."""
    root, ids = secret_archive
    kept = build(root, ids, redact=REDACT, password="s3cret")
    assert traces_of_secrets(every_trace(kept.output.path, "s3cret")) == []


def test_unknown_kinds_are_refused(secret_archive) -> None:
    """GIVEN a kind that does not exist WHEN a packet is built THEN a plain PacketError."""
    root, ids = secret_archive
    with pytest.raises(PacketError, match="Cannot redact shoe-size"):
        build(root, ids, redact=("shoe-size",))


def _outline(items: list) -> list:
    flat = []
    for item in items:
        flat += _outline(item) if isinstance(item, list) else [item]
    return flat


def _pdf_with_hidden_value(path: Path) -> None:
    """A page that shows plain words and carries the passport number in a form XObject it
    never draws: no text reader sees it, the file's bytes hold it."""
    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    fonts = DictionaryObject({NameObject("/F1"): writer._add_object(font)})
    hidden = DecodedStreamObject()
    hidden.set_data(f"BT /F1 12 Tf 72 700 Td ({SECRET_PASSPORT}) Tj ET".encode())
    hidden.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject([NumberObject(0), NumberObject(0)] * 2),
            NameObject("/Resources"): DictionaryObject({NameObject("/Font"): fonts}),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {
            NameObject("/Font"): fonts,
            NameObject("/XObject"): DictionaryObject(
                {NameObject("/Unused"): writer._add_object(hidden)}
            ),
        }
    )
    shown = DecodedStreamObject()
    shown.set_data(b"BT /F1 12 Tf 72 720 Td (Plain visible words) Tj ET")
    page[NameObject("/Contents")] = writer._add_object(shown)
    with path.open("wb") as out:
        writer.write(out)


def test_a_packet_in_which_a_value_is_left_is_not_kept(packet_archive, tmp_path: Path) -> None:
    """GIVEN a PDF that carries the passport number where no text reader sees it (an
    undrawn XObject) WHEN a redacted packet is built with it
    THEN the read-back finds it in the file's objects, PacketError says so without the
    value, and no packet is kept."""
    root, _ = packet_archive
    folder = tmp_path / "hidden"
    folder.mkdir()
    _pdf_with_hidden_value(folder / "hidden.pdf")
    with Archive.open(root, write=True) as archive:
        Ingest(archive, IngestOptions(cases=(CASE_ID,), workers=1)).run([folder])
        doc_id = {d.name: d.id for d, _ in archive.cases.documents(CASE_ID)}["hidden.pdf"]
        before = sorted((root / "outputs").iterdir())
        packet = Packet("P", CASE_ID, (doc_id,), options=PacketOptions(redact=("passport",)))
        with pytest.raises(PacketError, match="could still be read") as refused:
            build_and_keep(archive, packet)
    assert SECRET_PASSPORT not in str(refused.value)
    assert sorted((root / "outputs").iterdir()) == before
