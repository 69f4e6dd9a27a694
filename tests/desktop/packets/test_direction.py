"""Packet pages rendered from a Dari email, and a cover and contents with a Dari title,
laid out right to left where the text runs that way."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from desktop.packets.assemble import build_packet
from desktop.packets.front import toc_html
from desktop.packets.model import Packet, PlacedDocument
from desktop.packets.sources import prepare_source
from index.archive import Archive
from index.ingest.pipeline import Ingest, IngestOptions
from tests.support.drafting import CASE_ID, OFFICE, realistic_case
from tests.support.pdf_lines import margins, placed_lines

DARI_LINES = (
    "خانم شبنم رحیمی از سال ۱۳۹۶ تا ۱۴۰۰ در رادیو سحر گوینده بود.",
    f"شمارهٔ پرونده: {CASE_ID}",
)
ENGLISH_LINE = "Best regards, Radio Sahar"
SUBJECT = "نامهٔ تأیید کار"
TITLE = "بستهٔ مدارک برای کمیشنری"


@pytest.fixture(scope="module")
def dari_archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """An archive with the invented case and a Dari email (Dari lines, then an English one)."""
    base = tmp_path_factory.mktemp("dari")
    message = EmailMessage()
    message["From"] = "Radio Sahar (test) <info@sahar.example>"
    message["To"] = "clinic@hillside.example"
    message["Subject"] = SUBJECT
    message["Date"] = "Sat, 02 Nov 2024 10:00:00 +0000"
    message.set_content("سلام،\n" + "\n".join(DARI_LINES) + f"\n\n{ENGLISH_LINE}\n")
    (base / "docs").mkdir()
    (base / "docs" / "confirmation.eml").write_bytes(bytes(message))
    with Archive.open(base / "archive", write=True) as archive:
        Ingest(archive, IngestOptions(cases=(CASE_ID,), workers=1)).run([base / "docs"])
        archive.cases.save(realistic_case())
        archive.cases.set_office(**OFFICE)
        (doc_id,) = archive.catalog.document_ids()
    return base / "archive", doc_id


def test_a_dari_email_page_is_right_aligned(dari_archive: tuple[Path, int], tmp_path: Path) -> None:
    """GIVEN a Dari email in the archive WHEN its packet page is rendered from its text
    THEN each Dari line (and the Dari title) ends at the right margin, the English line
    starts at the left one."""
    root, doc_id = dari_archive
    with Archive.open(root, write=False) as archive:
        source = prepare_source(archive, doc_id, tmp_path, "a4")
    left, right = margins()
    lines = placed_lines(source.path)
    for word in ("رادیو", "پرونده:", "تأیید"):  # each Dari line, and the title
        line = next(line for line in lines if word in line.text and "Subject" not in line.text)
        assert abs(line.right - right) < 1.5, (word, line)
        assert line.left > left + 30, (word, line)
    english = next(line for line in lines if "Best regards" in line.text)
    assert abs(english.left - left) < 1.5


def test_a_dari_title_on_the_cover_and_in_the_contents(
    dari_archive: tuple[Path, int], tmp_path: Path
) -> None:
    """GIVEN a packet with a Dari title WHEN it is built THEN the cover's title ends at the
    right margin while the numbered list of documents (a Dari title in it) stays at the left,
    and the contents give a Dari document title a right-to-left cell."""
    root, doc_id = dari_archive
    with Archive.open(root, write=False) as archive:
        build_packet(archive, Packet(TITLE, CASE_ID, (doc_id,)), tmp_path / "packet.pdf")
    left, right = margins()
    cover = placed_lines(tmp_path / "packet.pdf", page=0)
    title = next(line for line in cover if "کمیشنری" in line.text)
    assert abs(title.right - right) < 1.5
    listed = next(line for line in cover if "1." in line.text and "کار" in line.text)
    assert abs(listed.left - left) < 1.5 and "تأیید" in listed.text
    placed = (PlacedDocument(doc_id, SUBJECT, 3, 3, "CD-000003", "CD-000003"),)
    assert f'<td dir="rtl">{SUBJECT}</td>' in toc_html(Packet(TITLE, CASE_ID, (doc_id,)), placed)
