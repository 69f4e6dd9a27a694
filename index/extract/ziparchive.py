"""ZIP archives, opened like folders: every member becomes a document of its own.

The archive is a document too (its text is the list of what it holds), and each member
is one of its :class:`~index.extract.base.Attachment` s, named by its path inside the
archive (``letters/2024/employment.pdf``): the ingest stores, links and reads each like
an email's attachment, and where it came from reads ``bundle.zip › letters/…``.

ZIPs inside the ZIP are opened in place (their members' paths go through them:
``inner.zip/scan.pdf``), within the same limits, so that a zip of zips is one budget:

* at most :attr:`ZipLimits.max_members` files, :attr:`~ZipLimits.max_total` bytes once
  unpacked and :attr:`~ZipLimits.max_depth` ZIPs deep; no member whose sizes are absurd
  (it would unpack to more than :attr:`~ZipLimits.max_ratio` times its packed size);
* sizes are checked from the directory before unpacking anything, and every byte
  unpacked is counted as well, so a directory that lies cannot fill the memory or disk.

Past a limit the whole archive is a problem in plain words (a zip bomb is an attack, not
a document).  An encrypted archive is tried with the passwords given (``--password``);
without the right one it is a PASSWORD problem.  Hidden members (``.DS_Store``,
``__MACOSX/``) are skipped, as hidden files are in folders.  7-Zip and RAR archives are
not read: the registry describes them with advice, and they are never copied in.
"""

from __future__ import annotations

import contextlib
import io
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from index.extract.base import Attachment, Extraction, ExtractionFailed, ExtractOptions
from index.extract.email import safe_name
from index.extract.zipparts import first_member
from index.problems import Problem, ProblemKind

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
MB = 1024 * 1024
WHAT = "ZIP archive"
# Zips that are documents or programs, not folders: their own readers (or none) apply.
_NOT_FOLDERS = frozenset(
    {
        ".docx", ".docm", ".dotx", ".xlsx", ".xlsm", ".xltx", ".pptx", ".pptm", ".ppsx",
        ".odt", ".ods", ".odp", ".ott", ".epub", ".jar", ".apk", ".xpi", ".whl", ".kmz",
        ".ipa", ".vsix", ".xps", ".oxps",
    }
)  # fmt: skip
_PACKAGE_FIRST = (b"[Content_Types].xml", b"mimetype", b"META-INF/", b"word/", b"xl/", b"ppt/")
_PASSWORD_ACTION = (
    "Add it again with its password (casedesk add --password PASSWORD FILE), "
    "or unpack it yourself and add the folder."
)
_UNPACK_ACTION = "Unpack it with your computer's archive tool and add the unpacked folder."
_CHUNK = 256 * 1024
_ENCRYPTED_FLAG = 0x1
_UTF8_FLAG = 0x800


@dataclass(frozen=True)
class ZipLimits:
    """How much one archive (with the ZIPs inside it) may unpack to."""

    max_members: int = 1000
    max_total: int = 300 * MB  # the members travel back from the worker in memory
    max_ratio: int = 100
    ratio_floor: int = 1 * MB  # smaller members may compress as well as they like
    max_depth: int = 3  # ZIPs inside ZIPs inside the archive


class ZipExtractor:
    """Opens ZIP archives; see the module docstring."""

    name = "zip"
    mime_types = ("application/zip", "application/x-zip-compressed")

    def __init__(self, limits: ZipLimits | None = None) -> None:
        self.limits = limits or ZipLimits()

    def score(self, head: bytes, suffix: str) -> int:
        """90 for a zip named .zip, 70 for a zip that is no Office or other package."""
        if head.startswith(EMPTY_ZIP_MAGIC):
            return 90 if suffix == ".zip" else 0
        if not head.startswith(ZIP_MAGIC):
            return 0
        if suffix == ".zip":
            return 90
        if suffix in _NOT_FOLDERS or first_member(head).startswith(_PACKAGE_FIRST):
            return 0
        return 70

    def extract(self, path: Path, options: ExtractOptions) -> Extraction:
        """The list of members as the page, the members as attachments."""
        limits = self.limits
        if options.max_attachments < limits.max_members:
            limits = ZipLimits(**{**limits.__dict__, "max_members": options.max_attachments})
        unpacker = _Unpacker(limits, options.passwords)
        try:
            with path.open("rb") as handle:
                unpacker.unpack(handle, "", 0)
        except OSError as exc:
            raise ExtractionFailed.of(ProblemKind.UNREADABLE, detail=type(exc).__name__) from None
        except _Unopenable as exc:
            raise exc.failure() from None
        if not unpacker.found:
            raise ExtractionFailed.of(ProblemKind.EMPTY)
        listing = "\n".join(attachment.name for attachment in unpacker.found)
        return Extraction(
            format="zip",
            pages=(listing,),
            metadata={"members": str(len(unpacker.found))},
            attachments=tuple(unpacker.found),
        )


class _Unopenable(Exception):
    """The archive cannot be opened: damaged, encrypted, or packed in an unknown way."""

    def __init__(self, kind: ProblemKind, detail: str) -> None:
        super().__init__(detail)
        self.kind, self.detail = kind, detail

    def failure(self) -> ExtractionFailed:
        if self.kind is ProblemKind.PASSWORD:
            return ExtractionFailed.of(
                ProblemKind.PASSWORD, what=WHAT, detail=self.detail, action=_PASSWORD_ACTION
            )
        if self.kind is ProblemKind.UNSUPPORTED:
            return ExtractionFailed.of(
                ProblemKind.UNSUPPORTED,
                what="a ZIP archive packed or encrypted in a way CaseDesk cannot unpack",
                detail=self.detail,
                action=_UNPACK_ACTION,
            )
        return ExtractionFailed.of(ProblemKind.DAMAGED, what=WHAT, detail=self.detail)


def _bomb(limit: str) -> ExtractionFailed:
    """The TOO_LARGE problem for an archive past a limit, in plain words."""
    return ExtractionFailed(
        Problem.of(
            ProblemKind.TOO_LARGE,
            limit=f"{limit}; it may be a 'zip bomb' made to fill the disk",
            detail="ZipBombGuard",
            action=(
                "If you trust where it came from, unpack it yourself and add the files "
                "you need; otherwise do not open it."
            ),
        )
    )


_BROKEN = (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OverflowError, KeyError)


class _Unpacker:
    """Walks an archive and the ZIPs inside it, within one budget."""

    def __init__(self, limits: ZipLimits, passwords: tuple[str, ...]) -> None:
        self.limits, self.passwords = limits, passwords
        self.left = limits.max_total
        self.found: list[Attachment] = []

    def unpack(self, handle: IO[bytes], prefix: str, depth: int) -> None:
        """Add the members of the zip in ``handle`` (inside ``prefix``) to ``found``."""
        try:
            archive = zipfile.ZipFile(handle)
        except (*_BROKEN, NotImplementedError) as exc:
            raise _Unopenable(ProblemKind.DAMAGED, type(exc).__name__) from None
        with archive:
            members = [info for info in archive.infolist() if _wanted(info)]
            self._check(members)
            password = self._password(archive, members)
            for info in members:
                name = prefix + _member_path(info, len(self.found) + 1)
                data = self._read(archive, info, password)
                if data[:4] == ZIP_MAGIC and Path(name).suffix.lower() not in _NOT_FOLDERS:
                    self._nested(data, name, depth)
                else:
                    self._add(Attachment(name, data))

    def _check(self, members: list[zipfile.ZipInfo]) -> None:
        """Refuse from the directory alone an archive past the limits."""
        limits = self.limits
        if len(self.found) + len(members) > limits.max_members:
            raise _bomb(f"it holds more than {limits.max_members} files")
        for info in members:
            if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(
                info.compress_size, 1
            ):
                raise _bomb(
                    f"a file inside would unpack to {info.file_size // MB} MB from "
                    f"{max(info.compress_size // 1024, 1)} KB"
                )
        if sum(info.file_size for info in members) > self.left:
            raise _bomb(f"it would unpack to more than {limits.max_total // MB} MB")

    def _password(self, archive: zipfile.ZipFile, members: list[zipfile.ZipInfo]) -> bytes | None:
        """The password that opens the encrypted members (None when none are)."""
        encrypted = [info for info in members if info.flag_bits & _ENCRYPTED_FLAG]
        if not encrypted:
            return None
        probe = min(encrypted, key=lambda info: info.compress_size)
        for password in self.passwords:
            try:
                with archive.open(probe, pwd=password.encode("utf-8")) as stream:
                    while stream.read(_CHUNK):  # to the end: a wrong password may pass
                        pass  # the one-byte check, never the CRC at the end
                return password.encode("utf-8")
            except (RuntimeError, zipfile.BadZipFile):  # "Bad password", "Bad CRC-32"
                continue
            except NotImplementedError:  # AES (WinZip) encryption: zipfile has none
                raise _Unopenable(ProblemKind.UNSUPPORTED, "AesZip") from None
            except _BROKEN as exc:
                raise _Unopenable(ProblemKind.DAMAGED, type(exc).__name__) from None
        detail = "PasswordGiven" if self.passwords else "EncryptedZip"
        raise _Unopenable(ProblemKind.PASSWORD, detail)

    def _read(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo, pwd: bytes | None) -> bytes:
        """A member's bytes, counted against the budget as they are unpacked."""
        chunks = []
        try:
            with archive.open(info, pwd=pwd) as stream:
                while chunk := stream.read(min(_CHUNK, self.left + 1)):
                    self.left -= len(chunk)
                    if self.left < 0:
                        raise _bomb(
                            f"it unpacks to more than {self.limits.max_total // MB} MB "
                            "(more than its directory says)"
                        )
                    chunks.append(chunk)
        except NotImplementedError:
            raise _Unopenable(ProblemKind.UNSUPPORTED, f"method {info.compress_type}") from None
        except RuntimeError:
            raise _Unopenable(ProblemKind.PASSWORD, "EncryptedZip") from None
        except _BROKEN as exc:
            raise _Unopenable(ProblemKind.DAMAGED, type(exc).__name__) from None
        return b"".join(chunks)

    def _nested(self, data: bytes, name: str, depth: int) -> None:
        """Open a ZIP found inside; one that cannot be opened is kept as a member, to be
        reported on its own."""
        if depth + 1 > self.limits.max_depth:
            raise _bomb(f"it holds ZIP files nested more than {self.limits.max_depth} deep")
        mark = len(self.found)
        try:
            self.unpack(io.BytesIO(data), name + "/", depth + 1)
        except _Unopenable:
            del self.found[mark:]
            self._add(Attachment(name, data))

    def _add(self, attachment: Attachment) -> None:
        if len(self.found) >= self.limits.max_members:
            raise _bomb(f"it holds more than {self.limits.max_members} files")
        self.found.append(attachment)


def _wanted(info: zipfile.ZipInfo) -> bool:
    """False for folders, links and hidden members (as the folder walk skips them)."""
    if info.is_dir() or stat.S_ISLNK(info.external_attr >> 16):
        return False
    parts = info.filename.replace("\\", "/").split("/")
    return not any(part.startswith(".") or part == "__MACOSX" for part in parts if part)


def _member_path(info: zipfile.ZipInfo, number: int) -> str:
    """The member's path inside the archive, each part a safe file name."""
    name = info.filename
    if not info.flag_bits & _UTF8_FLAG:
        # Without the UTF-8 flag zipfile reads names as DOS code page 437; most tools
        # today write UTF-8 there anyway (Persian names included).
        with contextlib.suppress(UnicodeError):
            name = name.encode("cp437").decode("utf-8")
    parts = [p for p in name.replace("\\", "/").split("/") if p not in ("", ".", "..")]
    safe = [safe_name(part, number) for part in parts]
    return "/".join(safe) or f"member-{number}"
