"""A built packet kept in the archive, like a drafted output.

The file goes to ``outputs/`` with a row in the ``outputs`` table holding its manifest
(which document is on which pages, encrypted or not), linked to the case, and one
audit row "packet built" (case, document ids, encrypted, the kinds redacted: never a
name or a value).  An encrypted
packet is recorded but not indexed: its text cannot be read without the password.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from desktop.drafting.gather import Holdings
from desktop.output.files import write_whole
from desktop.packets.assemble import Progress, build_packet
from desktop.packets.model import Manifest, Packet
from desktop.packets.selection import PACKET_KIND
from index.archive import Archive
from index.errors import ArchiveError
from index.outputs import NewOutput, SavedOutput, keep_output_file, outputs_folder

PACKET_TEMPLATE = "packet"


Audit = Callable[[str, dict[str, object]], None]


@dataclass(frozen=True)
class KeptPacket:
    """A packet built and kept: the stored output and its manifest."""

    output: SavedOutput
    manifest: Manifest


def build_and_keep(
    archive: Archive,
    packet: Packet,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> KeptPacket:
    """Build ``packet`` into the archive's ``outputs/`` and record it."""
    if not archive.writable:
        raise ArchiveError("The archive is open read-only here; packets cannot be kept in it.")
    fd, name = tempfile.mkstemp(dir=outputs_folder(archive), prefix=".packet-", suffix=".pdf")
    os.close(fd)
    building = Path(name)
    try:
        manifest = build_packet(archive, packet, building, progress, cancelled)
        saved = keep_output_file(archive, building, _new_output(packet, manifest))
    finally:
        with contextlib.suppress(OSError):
            building.unlink()
    return KeptPacket(saved, replace(manifest, output=str(saved.path)))


class OutputKeeper(Protocol):
    """Where a packet built on this desk is kept (an office database's outputs)."""

    def keep_file(self, path: Path, new: NewOutput) -> SavedOutput: ...
    def record(self, action: str, detail: dict[str, object]) -> None: ...


def build_keep_and_export(
    holdings: Holdings,
    outputs: OutputKeeper,
    packet: Packet,
    target: Path,
    work: Path,
) -> KeptPacket:
    """Build ``packet`` into a temporary file in ``work`` (a folder of this desk's), keep
    it in ``outputs``, copy it to ``target`` and note that in the audit log; the temporary
    file is removed whatever happens."""
    work.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=work, prefix=".packet-", suffix=".pdf")
    os.close(fd)
    building = Path(name)
    try:
        manifest = build_packet(holdings, packet, building)
        saved = outputs.keep_file(building, _new_output(packet, manifest))
        kept = KeptPacket(saved, replace(manifest, output=str(saved.path)))
        write_whole(target, building, "The packet")
        outputs.record("exported", packet_used(kept))
    finally:
        with contextlib.suppress(OSError):
            building.unlink()
    return kept


def build_and_keep_here(
    holdings: Holdings,
    outputs: OutputKeeper,
    packet: Packet,
    work: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> KeptPacket:
    """Build ``packet`` in ``work`` (a folder of this desk's), keep it in ``outputs`` and
    keep this desk's copy in ``work/kept`` for the window to open, save or print: the
    returned output's ``path`` is that copy; the manifest names the office's output."""
    work.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=work, prefix=".packet-", suffix=".pdf")
    os.close(fd)
    building = Path(name)
    try:
        manifest = build_packet(holdings, packet, building, progress, cancelled)
        saved = outputs.keep_file(building, _new_output(packet, manifest))
        copy = work / "kept" / saved.path.name
        copy.parent.mkdir(mode=0o700, exist_ok=True)
        building.replace(copy)
    finally:
        with contextlib.suppress(OSError):
            building.unlink()
    return KeptPacket(replace(saved, path=copy), replace(manifest, output=str(saved.path)))


def _new_output(packet: Packet, manifest: Manifest) -> NewOutput:
    options = packet.options
    context: dict[str, object] = {
        "title": packet.title,
        "cover": packet.cover,
        "options": {
            "toc": options.toc,
            "stamp_prefix": options.stamp_prefix,
            "start_number": options.start_number,
            "digits": options.digits,
            "stamp_position": options.stamp_position,
            "confidential": options.confidential,
            "paper": options.paper,
            "redact": list(manifest.redact),
            "scan_policy": options.scan_policy,
        },
        "manifest": {k: v for k, v in manifest.as_json().items() if k != "output"},
    }
    return NewOutput(
        template=PACKET_TEMPLATE,
        kind=PACKET_KIND,
        suffix=".pdf",
        case_id=packet.case_id,
        context=context,
        searchable=not manifest.encrypted,
        action="packet built",
        audit=_audit(manifest),
    )


def _audit(manifest: Manifest) -> dict[str, object]:
    """The audit row of a packet built (never a name or a value)."""
    audit: dict[str, object] = {
        "documents": [d.id for d in manifest.documents],
        "encrypted": manifest.encrypted,
        "redacted": list(manifest.redact),
    }
    if manifest.withheld:
        audit["withheld_pages"] = [p.page for p in manifest.withheld]
    return audit


def export_packet(
    archive: Archive, kept: KeptPacket, target: Path, audit: Audit | None = None
) -> None:
    """Copy a kept packet to ``target`` (whole or not at all); note it in the audit log
    (the archive's, or ``audit``: an office database's)."""
    write_whole(target, kept.output.path, "The packet")
    (audit or archive.catalog.audit)("exported", packet_used(kept))


def packet_used(kept: KeptPacket) -> dict[str, object]:
    """What the audit log says of a packet that left the archive (never a name)."""
    output = kept.output
    used: dict[str, object] = {
        "case": output.case_id,
        "output": output.id,
        "kind": output.kind,
        "encrypted": kept.manifest.encrypted,
    }
    if kept.manifest.redact:
        used["redacted"] = list(kept.manifest.redact)
    return used
