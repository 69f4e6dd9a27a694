"""The office's details: changed, the logo copied in, the letterhead, the usual addressee."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from desktop.drafting.context import build_context
from desktop.drafting.library import TemplateLibrary
from desktop.drafting.prefill import prefill
from desktop.operations import office
from index.archive import Archive
from index.errors import CaseError, ReadOnlyArchive, UsageError
from tests.support.drafting import OFFICE, realistic_case


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """An empty archive."""
    with Archive.open(tmp_path / "archive", write=True):
        pass
    return tmp_path / "archive"


def test_details_change_with_a_logo_and_the_audit_names_no_value(root: Path, tmp_path: Path):
    """GIVEN an archive WHEN the office's details and a JPEG logo are set THEN they read back,
    the picture is a copy at office/logo.jpg, and the audit row names the fields, not values."""
    picture = tmp_path / "mark.jpeg"
    Image.new("RGB", (90, 30), "#9b1c1c").save(picture, "JPEG")
    with Archive.open(root, write=True) as archive:
        changed = office.change(archive, dict(OFFICE), logo_file=picture)
        audit = archive.catalog.conn.execute("SELECT detail FROM audit").fetchall()[-1][0]
    assert changed.name == OFFICE["name"] and changed.logo == "office/logo.jpg"
    assert (root / "office" / "logo.jpg").read_bytes() == picture.read_bytes()
    assert changed.logo_path(root) == root / "office" / "logo.jpg"
    assert "logo" in audit and "Hillside" not in audit and "Nadia" not in audit


def test_bad_logos_and_a_read_only_archive_are_refused(root: Path, tmp_path: Path) -> None:
    """GIVEN a text file named .png, a picture over 2 MB and a logo path typed by hand WHEN set
    THEN each is refused in plain words; AND a read-only archive refuses any change."""
    fake = tmp_path / "logo.png"
    fake.write_text("hello")
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(office.MAX_LOGO))
    with Archive.open(root, write=True) as archive:
        with pytest.raises(UsageError, match="not a PNG or JPEG picture"):
            office.change(archive, {}, logo_file=fake)
        with pytest.raises(UsageError, match="larger than 2 MB"):
            office.change(archive, {}, logo_file=big)
        with pytest.raises(CaseError, match="picture file"):
            office.change(archive, {"logo": "/etc/passwd"})
    with Archive.open(root, write=False) as reader, pytest.raises(ReadOnlyArchive):
        office.change(reader, {"name": "X"})
    assert not (root / "office").exists()


def test_the_letterhead_preview_is_the_letters_own_part(tmp_path: Path) -> None:
    """GIVEN office details (one with markup in its name) WHEN the letterhead is rendered
    THEN it shows name, address and telephone, escaped; an archive's own _letterhead.html wins."""
    details = office.OfficeDetails(**{**OFFICE, "name": "Aid <b>&</b> Law"})
    html = office.letterhead_html(None, details)
    assert "Aid &lt;b&gt;&amp;&lt;/b&gt; Law" in html and "Tel. +92 51 000 0452" in html
    own = tmp_path / "archive" / "templates"
    own.mkdir(parents=True)
    (own / "_letterhead.html").write_text("<p>OWN {{ office.name }}</p>")
    assert "OWN Aid" in office.letterhead_html(tmp_path / "archive", details)


def test_the_first_usual_addressee_prefills_a_letter() -> None:
    """GIVEN the office's usual addressees (two, a blank line between) WHEN a referral's form
    is prefilled THEN its addressee is the first; with none, the template's own default."""
    library = TemplateLibrary.for_archive(None)
    info = library.get("resettlement-referral")
    addressees = "IOM Pakistan\nIslamabad\n\nUNHCR Sub-Office\nPeshawar"
    context = build_context(realistic_case(), office={**OFFICE, "addressees": addressees})
    assert prefill(library, info, context)["addressee"] == "IOM Pakistan\nIslamabad"
    plain = build_context(realistic_case(), office=OFFICE)
    assert prefill(library, info, plain)["addressee"].startswith("Resettlement Unit\nUNHCR")
