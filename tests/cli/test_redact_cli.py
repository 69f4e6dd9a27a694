"""``casedesk packet --redact`` and ``casedesk draft --redact / --password`` end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf

from index.archive import Archive
from tests.support.drafting import CASE_ID, SECRET_LOCATION, SECRET_PASSPORT
from tests.support.packets import build_packet_archive, write_packet_documents
from tests.support.redaction import (
    add_secret_documents,
    every_trace,
    traces_of_secrets,
    write_secret_documents,
)
from tests.support.scanned_letter import build_scan_archive


def test_packet_redact_lists_the_pages_and_leaves_no_value(tmp_path: Path, casedesk) -> None:
    """GIVEN a case whose documents hold its passport number, A-number and address
    WHEN casedesk packet --redact passport,a-number,address --json runs
    THEN no value can be read anywhere in the file at -o, the manifest lists the pages
    made pictures and the kinds, and the text summary says so."""
    build_packet_archive(casedesk.archive, write_packet_documents(tmp_path / "docs"))
    add_secret_documents(casedesk.archive, write_secret_documents(tmp_path / "secret"))
    out = tmp_path / "packet.pdf"
    built = casedesk(
        "packet", "--case", CASE_ID, "--redact", "passport,A-number, address", "-o", out, "--json"
    )
    assert built.code == 0, built.err
    assert built.json["redact"] == ["a-number", "passport", "address"]
    assert len(built.json["redacted_pages"]) == 3
    assert all(
        set(p) == {"page", "stamp", "document_id", "matches"} for p in built.json["redacted_pages"]
    )
    assert traces_of_secrets(every_trace(out)) == []
    assert traces_of_secrets(built.out) == []
    again = casedesk("packet", "--case", CASE_ID, "--redact", "passport", "-o", out)
    assert again.code == 0 and "Redacted passport; pages made pictures:" in again.out


def test_packet_redact_refuses_an_unknown_kind(tmp_path: Path, casedesk) -> None:
    """GIVEN the archive WHEN --redact names a kind that does not exist
    THEN exit 2 with the kinds that do, and no traceback."""
    build_packet_archive(casedesk.archive, write_packet_documents(tmp_path / "docs"))
    refused = casedesk(
        "packet", "--case", CASE_ID, "--redact", "passport,eyes", "-o", tmp_path / "p.pdf"
    )
    assert refused.code == 2 and "Cannot redact eyes" in refused.err and "a-number" in refused.err
    assert "Traceback" not in refused.err


def test_draft_redact_wins_over_include_confidential_and_typed_values(
    tmp_path: Path, casedesk
) -> None:
    """GIVEN the case WHEN a case summary is drafted with --include-confidential but
    --redact passport,address, and the passport number typed into a field (spaced)
    THEN the PDF holds neither value by any route but says "[redacted]" where it was typed,
    and the other confidential facts chosen are still there."""
    build_packet_archive(casedesk.archive, write_packet_documents(tmp_path / "docs"))
    out = tmp_path / "summary.pdf"
    drafted = casedesk(
        "draft", "case-summary", "--case", CASE_ID, "--include-confidential",
        "--redact", "passport,address", "--set", "summary=Passport P 0004 5201 was seen.",
        "-o", out, "--json",
    )  # fmt: skip
    assert drafted.code == 0, drafted.err
    assert drafted.json["redacted"] == ["passport", "address"]
    trace = every_trace(out)
    assert traces_of_secrets(trace) == []
    flat = " ".join(trace.split())
    assert "[redacted]" in flat and "0000-0452-00001" in flat  # the tazkira was not chosen


def test_draft_html_redacted_keeps_no_value(tmp_path: Path, casedesk) -> None:
    """GIVEN the case WHEN drafted as HTML with everything confidential but --redact
    passport,address THEN the HTML holds neither value."""
    build_packet_archive(casedesk.archive, write_packet_documents(tmp_path / "docs"))
    out = tmp_path / "summary.html"
    drafted = casedesk(
        "draft", "case-summary", "--case", CASE_ID, "--include-confidential",
        "--redact", "passport,address", "-o", out,
    )  # fmt: skip
    assert drafted.code == 0, drafted.err
    html = out.read_text(encoding="utf-8")
    assert SECRET_PASSPORT not in html and SECRET_LOCATION not in html


def test_draft_with_a_password_is_encrypted_and_kept_unindexed(tmp_path: Path, casedesk) -> None:
    """GIVEN the case WHEN a summary is drafted to PDF with --password
    THEN the file is AES-256 encrypted, opens with the password and shows the case; the
    kept output is not indexed; an HTML draft with a password is refused (exit 2)."""
    build_packet_archive(casedesk.archive, write_packet_documents(tmp_path / "docs"))
    out = tmp_path / "locked.pdf"
    drafted = casedesk(
        "draft", "case-summary", "--case", CASE_ID, "--password", "s3cret", "-o", out, "--json"
    )
    assert drafted.code == 0, drafted.err
    assert drafted.json["encrypted"] is True and drafted.json["document_id"] is None
    reader = pypdf.PdfReader(out)
    assert reader.is_encrypted and reader.trailer["/Encrypt"]["/V"] == 5
    assert not reader.decrypt("wrong") and reader.decrypt("s3cret")
    assert CASE_ID in reader.pages[0].extract_text()
    refused = casedesk(
        "draft", "case-summary", "--case", CASE_ID, "--password", "x", "-o", tmp_path / "s.html"
    )
    assert refused.code == 2 and "Only PDF drafts" in refused.err


def test_packet_redact_over_scans_names_the_pages_blacked_out_or_refuses(
    tmp_path: Path, casedesk
) -> None:
    """GIVEN a case with a clean scan showing the passport number and a scan too blurred
    for OCR to be sure of
    WHEN casedesk packet --redact passport runs (default policy)
    THEN exit 0, the summary says how many pages OCR read and names the blurred page as
    withheld by its stamp, the stored manifest lists it in withheld_pages and the clean
    scan in redacted_pages; WHEN run again with --scan-policy refuse
    THEN exit 2, the message names the blurred page's stamp, and no file is written."""
    ids = build_scan_archive(casedesk.archive, tmp_path / "docs", ("scan.pdf", "blurred.pdf"))
    out = tmp_path / "packet.pdf"
    common = ("packet", "--case", CASE_ID, "--doc", ids["scan.pdf"], "--doc", ids["blurred.pdf"])
    common += ("--cover", "none", "--no-toc", "--redact", "passport")
    built = casedesk(*common, "-o", out)
    assert built.code == 0, built.err
    assert "Pages read by OCR (scans and pictures): 2." in built.out
    assert (
        "Pages withheld, blacked out (could not be read well enough to redact): "
        "2 (CD-000002)." in built.out
    )
    assert SECRET_PASSPORT not in built.out
    with Archive.open(casedesk.archive, write=False) as archive:
        (context,) = archive.catalog.conn.execute("SELECT context FROM outputs").fetchone()
    manifest = json.loads(context)["manifest"]
    assert [p["stamp"] for p in manifest["withheld_pages"]] == ["CD-000002"]
    assert [p["stamp"] for p in manifest["redacted_pages"]] == ["CD-000001"]
    assert manifest["scan_policy"] == "black-out"
    refused_out = tmp_path / "refused.pdf"
    refused = casedesk(*common, "--scan-policy", "refuse", "-o", refused_out)
    assert refused.code == 2 and "CD-000002" in refused.err
    assert "could not be read well enough" in refused.err and "Traceback" not in refused.err
    assert not refused_out.exists()
