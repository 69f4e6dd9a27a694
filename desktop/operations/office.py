"""The office's own details for letters: reading and changing them, and the letterhead they
make — what ``casedesk office`` and the window's Office details dialog both call.

The details live in the catalog's settings (``office.*``, :class:`~index.cases.store.CaseStore`);
changing them is one transaction with an "office changed" audit row naming the fields, never
their values.  The logo is a picture copied into the archive (``office/logo.png`` or
``.jpg``, written whole), so the archive carries it wherever it goes; the setting holds that
path inside the archive.  The letterhead preview is the ``_letterhead.html`` part rendered
by the drafting sandbox — the one every letter includes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from pathlib import Path

from desktop.drafting.context import office_view
from desktop.drafting.library import TemplateLibrary
from desktop.drafting.sandbox import failure
from desktop.output.files import write_whole
from index.archive import Archive
from index.cases.store import CaseStore
from index.errors import CaseError, UsageError

LOGO_FOLDER = "office"
MAX_LOGO = 2 * 1024 * 1024  # a letterhead's logo; a photo of the whole office is refused
_PICTURES = {b"\x89PNG\r\n\x1a\n": ".png", b"\xff\xd8\xff": ".jpg"}


@dataclass(frozen=True)
class OfficeDetails:
    """The office as letters show it; ``""`` where not set (paper is ``a4`` then)."""

    name: str = ""
    address: str = ""
    signatory: str = ""
    signatory_title: str = ""
    phone: str = ""
    email: str = ""
    paper: str = "a4"
    logo: str = ""  # the picture's path inside the archive, e.g. office/logo.png
    addressees: str = ""  # the usual addressees, a blank line between two

    def as_dict(self) -> dict[str, str]:
        """Every detail by its name (what ``casedesk office --json`` prints)."""
        return asdict(self)

    def logo_path(self, root: Path) -> Path | None:
        """The logo's file in the archive at ``root``, if there is one."""
        path = root / self.logo if self.logo else None
        return path if path is not None and path.is_file() else None


def details(archive: Archive) -> OfficeDetails:
    """The office's details as the archive holds them."""
    return details_in(archive.cases)


def details_in(cases: CaseStore) -> OfficeDetails:
    """The office's details as the cases' database (a folder's or an office's) holds them."""
    stored = cases.office()
    return OfficeDetails(**{f.name: stored.get(f.name, "") for f in fields(OfficeDetails)})


def change_in(cases: CaseStore, values: dict[str, str]) -> OfficeDetails:
    """Change the details given in ``values`` (not the logo, which is a file in an archive
    folder); on an office database the server decides whether this login may."""
    if values.get("logo"):
        raise CaseError("The logo is set from a picture file (casedesk office --logo FILE).")
    cases.set_office(**values)
    return details_in(cases)


def change(
    archive: Archive, values: dict[str, str], *, logo_file: Path | None = None
) -> OfficeDetails:
    """Change the details given in ``values`` (the rest are kept) and, with ``logo_file``,
    copy that picture in as the logo; returns the details as they now are.

    :class:`CaseError` for an unknown detail or paper size, :class:`UsageError` for a logo
    that is not a PNG or JPEG picture or is larger than 2 MB; a read-only archive refuses.
    """
    values = dict(values)
    if "logo" in values and values["logo"] and not logo_file:
        raise CaseError("The logo is set from a picture file (casedesk office --logo FILE).")
    if logo_file is not None:
        values["logo"] = _store_logo(archive, logo_file)
    archive.cases.set_office(**values)
    return details(archive)


def letterhead_html(root: Path | None, office: OfficeDetails) -> str:
    """The letterhead every letter starts with, for ``office``: the archive's own
    ``_letterhead.html`` if it has one, else the shipped one, with the shipped style."""
    library = TemplateLibrary.for_archive(root)
    view = office_view(office.as_dict())
    try:
        style = library.environment.get_template("_style.html").render()
        part = library.environment.get_template("_letterhead.html").render(office=view)
    except Exception as error:
        raise failure(error, library.shipped / "_letterhead.html") from None
    return f"<html><head>{style}</head><body>{part}</body></html>"


def _store_logo(archive: Archive, source: Path) -> str:
    """Copy the picture at ``source`` into the archive; its path there."""
    if not archive.writable:
        archive.cases.set_office()  # raises the read-only archive's own message
    data, suffix = checked_logo(source)
    folder = archive.root / LOGO_FOLDER
    folder.mkdir(exist_ok=True)
    for old in folder.glob("logo.*"):
        if old.suffix != suffix:
            old.unlink()
    write_whole(folder / f"logo{suffix}", data, "The logo")
    return f"{LOGO_FOLDER}/logo{suffix}"


def checked_logo(source: Path) -> tuple[bytes, str]:
    """The picture at ``source`` and its suffix (``.png``, ``.jpg``), refused in plain
    words when it cannot be read, is larger than 2 MB or is not a PNG or JPEG."""
    try:
        data = source.read_bytes() if source.stat().st_size <= MAX_LOGO else None
    except OSError as error:
        raise UsageError(
            "The logo {name} cannot be read: {reason}.", name=source.name, reason=error.strerror
        ) from None
    if data is None:
        raise UsageError(
            "The logo {name} is larger than 2 MB; use a smaller picture.", name=source.name
        )
    suffix = next((s for magic, s in _PICTURES.items() if data.startswith(magic)), None)
    if suffix is None:
        raise UsageError("The logo {name} is not a PNG or JPEG picture.", name=source.name)
    return data, suffix
