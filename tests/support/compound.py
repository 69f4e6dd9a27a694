"""A small writer of OLE compound files (the container of .doc, .xls and .msg), for tests.

Enough of [MS-CFB] version 3 to build files that olefile and Office readers open:
streams under 4096 bytes go in the mini stream, larger ones in 512-byte sectors; each
storage's children are chained through their right siblings (all black), which readers
accept.  ``tree`` maps a name to bytes (a stream) or to another dict (a storage).
"""

from __future__ import annotations

import struct

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SECTOR, MINI, CUTOFF = 512, 64, 4096
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
Tree = dict[str, "bytes | Tree"]


class _Entry:
    def __init__(self, name: str, kind: int, data: bytes = b"") -> None:
        self.name, self.kind, self.data = name, kind, data
        self.left = self.right = self.child = NOSTREAM
        self.start, self.size = END, len(data)


def _entries(tree: Tree) -> list[_Entry]:
    """Directory entries in order, root first, with child and sibling links set."""
    entries = [_Entry("Root Entry", 5)]

    def add(parent: _Entry, children: Tree) -> None:
        previous: _Entry | None = None
        for name, value in children.items():
            entry = _Entry(name, 1 if isinstance(value, dict) else 2)
            if not isinstance(value, dict):
                entry.data, entry.size = value, len(value)
            index = len(entries)
            entries.append(entry)
            if previous is None:
                parent.child = index
            else:
                previous.right = index
            previous = entry
            if isinstance(value, dict):
                add(entry, value)

    add(entries[0], tree)
    return entries


def _chain(fat: list[int], first: int, count: int) -> None:
    for i in range(count):
        fat.append(first + i + 1 if i < count - 1 else END)


def build(tree: Tree) -> bytes:
    """The bytes of a compound file holding ``tree``."""
    entries = _entries(tree)
    mini_data, mini_fat = bytearray(), []
    sectors, fat = bytearray(), []
    for entry in entries[1:]:
        if entry.kind != 2 or not entry.data:
            continue
        if entry.size < CUTOFF:
            entry.start = len(mini_data) // MINI
            count = -(-entry.size // MINI)
            mini_data += entry.data.ljust(count * MINI, b"\0")
            _chain(mini_fat, entry.start, count)
        else:
            entry.start = len(fat)
            count = -(-entry.size // SECTOR)
            sectors += entry.data.ljust(count * SECTOR, b"\0")
            _chain(fat, entry.start, count)
    root = entries[0]
    if mini_data:
        root.start, root.size = len(fat), len(mini_data)
        count = -(-len(mini_data) // SECTOR)
        sectors += bytes(mini_data).ljust(count * SECTOR, b"\0")
        _chain(fat, root.start, count)
    else:
        root.size = 0
    mini_fat_start, mini_fat_count = END, 0
    if mini_fat:
        raw = struct.pack(f"<{len(mini_fat)}I", *mini_fat)
        mini_fat_count = -(-len(raw) // SECTOR)
        mini_fat_start = len(fat)
        sectors += raw.ljust(mini_fat_count * SECTOR, b"\xff")
        _chain(fat, mini_fat_start, mini_fat_count)
    directory = b"".join(_direntry(e) for e in entries)
    dir_count = -(-len(directory) // SECTOR)
    dir_start = len(fat)
    sectors += directory.ljust(dir_count * SECTOR, b"\0")
    _chain(fat, dir_start, dir_count)
    fat_count = 1
    while (len(fat) + fat_count) > fat_count * (SECTOR // 4):
        fat_count += 1
    fat_start = len(fat)
    fat += [FATSECT] * fat_count
    fat += [FREE] * (fat_count * (SECTOR // 4) - len(fat))
    sectors += struct.pack(f"<{len(fat)}I", *fat)
    difat = [fat_start + i for i in range(fat_count)] + [FREE] * (109 - fat_count)
    header = MAGIC + bytes(16) + struct.pack(
        "<HHHHH6sIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, bytes(6), 0, fat_count, dir_start, 0,
        CUTOFF, mini_fat_start, mini_fat_count, END, 0,
    )  # fmt: skip
    header += struct.pack("<109I", *difat)
    return header + bytes(sectors)


def _direntry(entry: _Entry) -> bytes:
    name = entry.name.encode("utf-16-le")
    return struct.pack(
        "<64sHBBIII16sIQQIQ", name, len(name) + 2, entry.kind, 1, entry.left, entry.right,
        entry.child, bytes(16), 0, 0, 0, entry.start, entry.size,
    )  # fmt: skip
