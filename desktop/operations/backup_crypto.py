"""A backup file's encryption: AES-256-GCM in chunks, the key from the password by scrypt.

The file is a header and then chunks, so a backup larger than memory is written and read
a megabyte at a time::

    MAGIC  log2(n) r p (1 byte each)  salt (16)  nonce prefix (7)
    check block:  length (4, big-endian)  AES-GCM of b"casedesk" under counter 0xFFFFFFFF
    chunks:       length (4)              AES-GCM of up to 1 MiB

Each chunk's nonce is the prefix, its number (4 bytes) and a last-chunk flag (1 byte), and
the header is authenticated with every chunk: a chunk changed, dropped, moved or cut off,
or a file that ends before its last chunk, fails its tag.  The check block tells a wrong
password (it fails) from a damaged file (it passes, a later chunk fails).
"""

from __future__ import annotations

import os
import struct
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from index.errors import CaseDeskError

MAGIC = b"CaseDesk backup, encrypted\n\x01"
CHUNK = 1 << 20
# scrypt at n = 2**15, r = 8: 32 MiB and about a tenth of a second per try on this machine.
_LOG2_N, _R, _P = 15, 8, 1
_CHECK = b"casedesk"
_CHECK_COUNTER = 0xFFFFFFFF
_LENGTH = struct.Struct(">I")


class BackupError(CaseDeskError):
    """A backup cannot be made, read or restored (the message says why, in plain words)."""


class WrongPassword(BackupError):
    """The password does not open this backup."""


def is_encrypted(head: bytes) -> bool:
    """True when a file starting with ``head`` is an encrypted backup."""
    return head.startswith(MAGIC)


def _key(password: str, salt: bytes, log2_n: int, r: int, p: int) -> AESGCM:
    if not 10 <= log2_n <= 22 or not 1 <= r <= 32 or not 1 <= p <= 16:
        raise BackupError(DAMAGED)
    kdf = Scrypt(salt=salt, length=32, n=1 << log2_n, r=r, p=p)
    return AESGCM(kdf.derive(password.encode("utf-8")))


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + counter.to_bytes(4, "big") + bytes([1 if last else 0])


DAMAGED = (
    "The backup file is damaged or incomplete (it was changed or cut short after it was "
    "written), so it cannot be restored. Use another backup."
)


class EncryptingWriter:
    """A file-like object that encrypts what is written to it into ``out``, chunk by
    chunk; :meth:`close` writes the last chunk (it does not close ``out``)."""

    def __init__(self, out: BinaryIO, password: str) -> None:
        salt, self._prefix = os.urandom(16), os.urandom(7)
        self._header = MAGIC + bytes([_LOG2_N, _R, _P]) + salt + self._prefix
        self._aead = _key(password, salt, _LOG2_N, _R, _P)
        self._out = out
        self._buffer = bytearray()
        self._counter = 0
        out.write(self._header)
        check = self._aead.encrypt(_nonce(self._prefix, _CHECK_COUNTER, True), _CHECK, self._header)
        out.write(_LENGTH.pack(len(check)) + check)

    def write(self, data: bytes) -> int:
        """Take ``data``; whole chunks are encrypted and written at once."""
        self._buffer += data
        while len(self._buffer) > CHUNK:
            self._emit(bytes(self._buffer[:CHUNK]), last=False)
            del self._buffer[:CHUNK]
        return len(data)

    def close(self) -> None:
        """Write what is left as the last chunk (possibly empty)."""
        self._emit(bytes(self._buffer), last=True)
        self._buffer.clear()

    def _emit(self, plain: bytes, last: bool) -> None:
        if self._counter >= _CHECK_COUNTER:
            raise BackupError("The backup is too large for one file.")
        nonce = _nonce(self._prefix, self._counter, last)
        sealed = self._aead.encrypt(nonce, plain, self._header)
        self._out.write(_LENGTH.pack(len(sealed)) + sealed)
        self._counter += 1


class DecryptingReader:
    """A file-like object reading the plain bytes of an encrypted backup from ``source``.

    :class:`WrongPassword` at once when the password does not open it; :class:`BackupError`
    when a chunk was changed or the file ends before its last chunk.
    """

    def __init__(self, source: BinaryIO, password: str) -> None:
        self._source = source
        head = _exactly(source, len(MAGIC) + 3 + 16 + 7)
        if not is_encrypted(head):
            raise BackupError("This file is not an encrypted CaseDesk backup.")
        log2_n, r, p = head[len(MAGIC) : len(MAGIC) + 3]
        salt = head[len(MAGIC) + 3 : len(MAGIC) + 19]
        self._header, self._prefix = head, head[-7:]
        self._aead = _key(password, salt, log2_n, r, p)
        try:
            check = self._sealed()
            nonce = _nonce(self._prefix, _CHECK_COUNTER, True)
            self._aead.decrypt(nonce, check or b"", self._header)
        except InvalidTag:
            raise WrongPassword(
                "The password is not the one this backup was made with, so it cannot be "
                "opened. Check the password (letters, digits and case must match) and try again."
            ) from None
        self._buffer = b""
        self._counter = 0
        self._done = False

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` plain bytes (all that is left when ``size`` is negative)."""
        while not self._done and (size < 0 or len(self._buffer) < size):
            self._buffer += self._next_chunk()
        if size < 0:
            size = len(self._buffer)
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data

    def _next_chunk(self) -> bytes:
        sealed = self._sealed()
        if sealed is None:
            raise BackupError(DAMAGED)  # ended before its last chunk: cut short
        for last in (False, True):
            try:
                plain = self._aead.decrypt(_nonce(self._prefix, self._counter, last), sealed,
                                           self._header)  # fmt: skip
            except InvalidTag:
                continue
            self._counter += 1
            if last:
                self._done = True
                if self._source.read(1):
                    raise BackupError(DAMAGED)  # something after the last chunk
            return plain
        raise BackupError(DAMAGED)

    def _sealed(self) -> bytes | None:
        """The next sealed block, or ``None`` at the end of the file."""
        head = self._source.read(_LENGTH.size)
        if not head:
            return None
        if len(head) < _LENGTH.size:
            raise BackupError(DAMAGED)
        (length,) = _LENGTH.unpack(head)
        if length > CHUNK + 16:
            raise BackupError(DAMAGED)
        return _exactly(self._source, length)


def _exactly(source: BinaryIO, size: int) -> bytes:
    data = source.read(size)
    if len(data) != size:
        raise BackupError(DAMAGED)
    return data
