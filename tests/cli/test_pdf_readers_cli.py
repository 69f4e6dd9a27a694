"""PDFs that PDFium loses, added through the real ``casedesk`` command: each accounted
for, its words found, its reader shown by ``casedesk show``."""

from __future__ import annotations

from pathlib import Path

from tests.support.pdfs import brotli_pdf, plain_pdf

JUNK = bytes(range(256)) * 5  # junk before the header, past PDFium's 1,024 bytes


def test_pdfs_other_readers_open_are_indexed_and_found(casedesk, tmp_path: Path) -> None:
    """GIVEN a folder with a Brotli-compressed PDF 2.0 file, a PDF behind 1,280 bytes of
    junk, the same with its cross-reference table cut, and a PDF after 1,024 bytes of text
    named .txt
    WHEN the folder is added and each word is searched
    THEN all four are added (exit 0), each is found by its word, and casedesk show says
    which reader read it (the .txt file as a PDF, not as text)."""
    folder = tmp_path / "received"
    folder.mkdir()
    cut = plain_pdf("Qandaharite poppler word")
    files = {
        "brotli.pdf": (
            brotli_pdf("Zarghunite brotli word", objects_in_brotli_stream=True),
            "pypdf",
        ),
        "late.pdf": (JUNK + plain_pdf("Helmandite latecomer word"), "pypdf"),
        "cut.pdf": (JUNK + cut[: cut.rfind(b"xref")], "poppler"),
        "forwarded.txt": (
            b"X-Gateway: scanned\n".ljust(1024, b"=") + plain_pdf("Badakhshite gateway word"),
            "PDFium",
        ),
    }
    for name, (data, _reader) in files.items():
        (folder / name).write_bytes(data)
    added = casedesk("add", folder, "--json")
    assert added.code == 0, added.out + added.err
    assert (added.json["added"], added.json["problems"]) == (4, [])
    for word, (name, (_data, reader)) in zip(
        ["Zarghunite", "Helmandite", "Qandaharite", "Badakhshite"], files.items(), strict=True
    ):
        [hit] = casedesk("search", word, "--json").json["hits"]
        shown = casedesk("show", str(hit["id"]))
        assert f"read by: {reader}" in shown.out, (name, shown.out)
        assert "(" in shown.out and ", pdf," in shown.out, shown.out
