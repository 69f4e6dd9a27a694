"""``casedesk packet`` end to end, on a real archive."""

from __future__ import annotations

from pathlib import Path

import pypdf

from tests.support.drafting import CASE_ID
from tests.support.packets import (
    FORM_VALUE,
    LOCKED_PASSWORD,
    NAMES,
    add_note_and_locked_pdf,
    build_packet_archive,
    write_packet_documents,
)


def test_packet_of_the_whole_case_prints_its_manifest(tmp_path: Path, casedesk) -> None:
    """GIVEN a case with a form, a 3-page PDF, an email and a DOCX
    WHEN casedesk packet --case ID -o OUT.pdf --json runs without --doc
    THEN every document of the case is in it, the JSON manifest gives each one's pages and
    stamps, the file at -o has that many stamped pages and shows the form's value."""
    ids = build_packet_archive(casedesk.archive, write_packet_documents(tmp_path / "docs"))
    out = tmp_path / "packet.pdf"
    built = casedesk("packet", "--case", CASE_ID.lower(), "-o", out, "--json")
    assert built.code == 0, built.err
    manifest = built.json
    assert manifest["output"] == str(out) and manifest["encrypted"] is False
    assert sorted(d["id"] for d in manifest["documents"]) == sorted(ids.values())
    assert manifest["pages"] == 2 + 6
    first = manifest["documents"][0]
    assert set(first) >= {"id", "title", "first_page", "last_page", "stamp_first", "stamp_last"}
    assert first["first_page"] == 3 and first["stamp_first"] == "CD-000003"
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == manifest["pages"]
    texts = [page.extract_text() for page in reader.pages]
    assert all(f"CD-{n:06d}" in t for n, t in enumerate(texts, start=1))
    assert FORM_VALUE in " ".join(texts)
    assert (casedesk.archive / manifest["archive_path"]).is_file()


def test_packet_with_chosen_documents_stamp_and_password(tmp_path: Path, casedesk) -> None:
    """GIVEN the same case WHEN two documents are chosen with --doc, no cover, prefix UN-,
    from 10, Letter paper and a password THEN the file is encrypted (AES-256), opens with the
    password, and holds contents + the two documents stamped UN-000010 onwards."""
    ids = build_packet_archive(casedesk.archive, write_packet_documents(tmp_path / "docs"))
    out = tmp_path / "locked.pdf"
    built = casedesk(
        "packet", "--case", CASE_ID, "--doc", ids["mail.eml"], "--doc", ids[NAMES[1]],
        "--cover", "none", "--stamp", "UN-", "--start", "10", "--paper", "letter",
        "--password", "s3cret", "--confidential", "-o", out, "--json",
    )  # fmt: skip
    assert built.code == 0, built.err
    assert built.json["encrypted"] is True and built.json["document_id"] is None
    assert [d["id"] for d in built.json["documents"]] == [ids["mail.eml"], ids["long.pdf"]]
    reader = pypdf.PdfReader(out)
    assert reader.is_encrypted and reader.trailer["/Encrypt"]["/V"] == 5
    assert reader.decrypt("s3cret")
    assert len(reader.pages) == 1 + 1 + 3
    assert "UN-000010" in reader.pages[0].extract_text()
    assert "UN-000014" in reader.pages[4].extract_text()
    assert "CONFIDENTIAL" in reader.pages[4].extract_text()


def test_packet_refuses_an_unknown_case(tmp_path: Path, casedesk) -> None:
    """GIVEN an archive WHEN a packet is asked for a case it does not hold
    THEN exit 2 with a plain message and no file."""
    build_packet_archive(casedesk.archive, write_packet_documents(tmp_path / "docs"))
    out = tmp_path / "none.pdf"
    refused = casedesk("packet", "--case", "AFG-2099-00001", "-o", out)
    assert refused.code == 2 and "no case AFG-2099-00001" in refused.err
    assert "Traceback" not in refused.err and not out.exists()


def test_packet_from_a_search(tmp_path: Path, casedesk) -> None:
    """GIVEN the case WHEN --from-search finds only the DOCX THEN the packet holds the DOCX only."""
    ids = build_packet_archive(casedesk.archive, write_packet_documents(tmp_path / "docs"))
    out = tmp_path / "found.pdf"
    built = casedesk(
        "packet", "--case", CASE_ID, "--from-search", "typed Word", "-o", out, "--json"
    )
    assert built.code == 0, built.err
    assert [d["id"] for d in built.json["documents"]] == [ids["statement.docx"]]


def _archive_with_note_and_locked_pdf(tmp_path: Path, casedesk) -> tuple[dict[str, int], int, int]:
    """The packet case, plus a drafted briefing note and a PDF added with its password."""
    ids = build_packet_archive(casedesk.archive, write_packet_documents(tmp_path / "docs"))
    note, locked = add_note_and_locked_pdf(casedesk.archive, tmp_path / "more")
    return ids, note, locked


def test_packet_leaves_out_internal_documents_and_asks_for_locked_ones(
    tmp_path: Path, casedesk
) -> None:
    """GIVEN a case with its documents, a briefing note and a PDF added with its password
    WHEN casedesk packet runs without a password THEN exit 2, naming the locked document and the
    two ways on (--pdf-password, --leave-out-locked), no traceback, nothing written;
    WHEN run with --leave-out-locked THEN exit 1, the summary says what was left out (the
    locked PDF, and the briefing note as internal) and how to include it;
    WHEN run with --pdf-password ID=PW and --include-internal THEN exit 0 and both are in."""
    ids, note, locked = _archive_with_note_and_locked_pdf(tmp_path, casedesk)
    out = tmp_path / "packet.pdf"
    refused = casedesk("packet", "--case", CASE_ID, "-o", out)
    assert refused.code == 2 and "Traceback" not in refused.err
    message = refused.out + refused.err
    assert f"document {locked}" in message and f"--pdf-password {locked}=" in message
    assert "--leave-out-locked" in message and not out.exists()

    left = casedesk("packet", "--case", CASE_ID, "-o", out, "--leave-out-locked")
    assert left.code == 1, left.err
    assert f"Left out document {locked}" in left.out
    assert "Left out as internal" in left.out and "--include-internal" in left.out
    as_json = casedesk("packet", "--case", CASE_ID, "-o", out, "--leave-out-locked", "--json")
    internal = {d["id"]: d["kind"] for d in as_json.json["internal_left_out"]}
    assert internal[note] == "briefing note"
    assert set(internal.values()) == {"briefing note", "briefing packet"}  # the one built above
    assert [d["id"] for d in as_json.json["left_out"]] == [locked]
    assert {d["id"] for d in as_json.json["documents"]} == set(ids.values())

    full = casedesk(
        "packet", "--case", CASE_ID, "-o", out, "--json",
        "--pdf-password", f"{locked}={LOCKED_PASSWORD}", "--include-internal",
    )  # fmt: skip
    assert full.code == 0, full.err
    assert {*ids.values(), *internal, locked} <= {d["id"] for d in full.json["documents"]}
    assert full.json["left_out"] == [] and full.json["internal_left_out"] == []
    assert LOCKED_PASSWORD not in (casedesk.archive / "catalog.sqlite").read_bytes().decode(
        "latin-1"
    )


def test_packet_refuses_a_malformed_pdf_password(tmp_path: Path, casedesk) -> None:
    """GIVEN the case WHEN --pdf-password is not DOC_ID=PW THEN exit 2 with how to write it."""
    build_packet_archive(casedesk.archive, write_packet_documents(tmp_path / "docs"))
    done = casedesk("packet", "--case", CASE_ID, "-o", tmp_path / "p.pdf", "--pdf-password", "x")
    assert done.code == 2 and "--pdf-password DOC_ID=PASSWORD" in done.out + done.err
