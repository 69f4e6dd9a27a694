"""Three fixes to Whoosh 2.7's reading, applied when the index is used.

**No copy of the index in memory.**  Whoosh keeps a segment's files in one compound
file, maps it into memory, and then opens each part (postings, terms, stored fields)
as ``BufferFile(memoryview)`` — whose ``BytesIO`` *copies* the part.  On a 100,000
document archive that copied the whole 513 MB postings file into the process at the
first search (3.9 s, and 1.3 GB resident with the mapped file).  The parts are opened
here over the mapped memory instead, read only where Whoosh reads them.  Each block of
postings starts with a small pickle, which Python's unpickler read from such a file in
about twenty one-to-eight-byte reads: it is unpickled from a copy of the bytes around it
instead (19% of a merge's time went to those reads).

**A faster ``skip_to``** for the on-disk postings:

Whoosh 2.7's block matcher (``whoosh.codec.whoosh3.W3LeafMatcher``) skips within a
block of postings one id at a time, with three Python calls per id.  AND queries and the
top-N search skip constantly, so on a large archive most of a broad query's time went
there (about half of it for a common word at 20,000 documents).  The ids of a block are
sorted, so a binary search finds the same position.  The result is identical: the test
compares both on random postings.

**Field lengths read once per segment.**  Writing postings (a new segment, or a merge)
asks for the length of the field in the document of every posting, and Whoosh read each
one from the segment's lengths column with a seek and a one-byte read — and, for a field
without lengths, looked for the column's file on disk every time.  That was 16% of
indexing and 17% of a merge.  The column (one byte per document) is read whole on first
use instead; the values are the same (a test compares them).
"""

from __future__ import annotations

import io
import pickle
from bisect import bisect_left

from whoosh.codec import whoosh3
from whoosh.columns import NumericColumn
from whoosh.compat import memoryview_
from whoosh.filedb import compound
from whoosh.filedb.structfile import BufferFile
from whoosh.matching import ReadTooFar

_original_skip_to = whoosh3.W3LeafMatcher.skip_to
_original_open_file = compound.CompoundStorage.open_file
_original_doc_field_length = whoosh3.W3PerDocReader.doc_field_length
_UNREAD = object()
_PICKLE_WINDOW = 512  # bytes; a block header is a pickled 6-tuple of about 40


def _skip_to(self, targetid: int) -> None:
    """Move to the first posting whose id is ``targetid`` or more."""
    if not self.is_active():
        raise ReadTooFar
    if targetid <= self.id():  # also loads the block's ids
        return
    if targetid > self._maxid:
        self._skip_to_block(lambda: targetid > self._maxid)
        if not self.is_active():
            return
        if self._ids is None:
            self._read_ids()
    self._i = bisect_left(self._ids, targetid, self._i)
    if self._i >= self._blocklength:  # cannot happen while targetid <= the block's max
        self._next_block()


class _MemoryReader:
    """A read-only file over a memoryview: reads copy only the bytes asked for."""

    def __init__(self, view: memoryview) -> None:
        self._view = view
        self._pos = 0
        self.closed = False

    def read(self, size: int | None = -1) -> bytes:
        end = (
            len(self._view) if size is None or size < 0 else min(self._pos + size, len(self._view))
        )
        data = self._view[self._pos : end].tobytes()
        self._pos = max(end, self._pos)
        return data

    def readline(self) -> bytes:
        data = self._view[self._pos :].tobytes()
        line = data[: data.find(b"\n") + 1 or len(data)]
        self._pos += len(line)
        return line

    def seek(self, position: int, whence: int = 0) -> int:
        base = (0, self._pos, len(self._view))[whence]
        self._pos = base + position
        return self._pos

    def tell(self) -> int:
        return self._pos

    def flush(self) -> None:
        """Nothing to flush: the file is read-only."""

    def close(self) -> None:
        self.closed = True


class _MappedPart(BufferFile):
    """A part of a compound segment, read in place from the mapped file."""

    def __init__(self, view: memoryview, name: str | None = None) -> None:
        self._buf = view
        self._name = name
        self.file = _MemoryReader(view)
        self.onclose = None
        self.is_real = False
        self.is_closed = False

    def read_pickle(self) -> object:
        """The pickled value at the current position (the header of every block of
        postings), unpickled from a copy of the next few hundred bytes rather than by
        the unpickler's many small reads from the mapped file."""
        reader = self.file
        window = io.BytesIO(self._buf[reader._pos : reader._pos + _PICKLE_WINDOW])
        try:
            value = pickle.load(window)
        except (EOFError, pickle.UnpicklingError):  # longer than the window
            return pickle.load(reader)
        reader._pos += window.tell()
        return value


def _open_file(self, name, *args, **kwargs):  # Whoosh's signature
    """Open part ``name`` of a compound segment without copying it when it is mapped."""
    if self._source and not self.is_closed:
        offset, length = self.range(name)
        return _MappedPart(memoryview_(self._source, offset, length), name=name)
    return _original_open_file(self, name, *args, **kwargs)


def _doc_field_length(self, docnum, fieldname, default=0):  # Whoosh's signature
    """The length of ``fieldname`` in document ``docnum``, from the column read whole."""
    if docnum > self._doccount:
        raise IndexError(f"Asked for docnum {docnum!r} of {self._doccount}")
    tables = self.__dict__.setdefault("_casedesk_lengths", {})
    table = tables.get(fieldname, _UNREAD)
    if table is _UNREAD:
        table = tables[fieldname] = length_table(self, fieldname)
    if table is None:
        return default
    if isinstance(table, str):  # a column this reading does not know: Whoosh's own way
        return _original_doc_field_length(self, docnum, fieldname, default)
    lbyte = table[docnum] if docnum < len(table) else 0
    return whoosh3.byte_to_length(lbyte) if lbyte else None  # None, as Whoosh's own


def length_table(reader, fieldname: str) -> bytes | str | None:
    """The bytes of a field's lengths column; None when it has none."""
    column = reader._cached_reader(whoosh3._lenfield(fieldname), whoosh3.LENGTHS_COLUMN)
    if column is None:
        return None
    if not isinstance(column, NumericColumn.Reader) or column._fixedlen != 1:
        return "unknown"
    return bytes(column._dbfile.get(column._basepos, column._count))


def install() -> None:
    """Use the in-place compound parts, the binary-search ``skip_to`` and the field
    lengths read whole (idempotent)."""
    whoosh3.W3LeafMatcher.skip_to = _skip_to
    compound.CompoundStorage.open_file = _open_file
    whoosh3.W3PerDocReader.doc_field_length = _doc_field_length


def uninstall() -> None:
    """Put Whoosh's own reading back (for the equivalence tests)."""
    whoosh3.W3LeafMatcher.skip_to = _original_skip_to
    compound.CompoundStorage.open_file = _original_open_file
    whoosh3.W3PerDocReader.doc_field_length = _original_doc_field_length
