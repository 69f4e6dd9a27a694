"""The second and third readers of a PDF that PDFium cannot open or finds no pages in.

PDFium reads almost every PDF, fast; these run only when it fails, so they cost nothing
on the files it reads.  pypdf (pure Python, with Brotli) reads what PDFium's parser
refuses: object streams compressed with /BrotliDecode, a header further than 1,024 bytes
in, some broken trees and encryption variants.  Poppler's ``pdftotext`` (a separate
program, so a hang or crash in it is only a failed try) rebuilds cross-reference tables
that both give up on.  Each says what stopped it as a :class:`Refusal`, so that the
caller can name the most precise reason: a password, a kind of security nobody here
opens, a PDF that is whole but has no pages, or damage.

Poppler is given no password: ``pdftotext`` only takes one on its command line, where
other users of the computer could read it; encrypted files are PDFium's and pypdf's.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from enum import Enum
from io import BytesIO
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError
from pypdf.generic import DictionaryObject

from index.extract.pdf_dates import iso_date
from index.extract.pdf_passwords import text_forms
from index.processes import die_with_parent

# Poppler's own answer to a password it was not given (the text is poppler's, not the file's).
_POPPLER_PASSWORD = b"Incorrect password"
_POPPLER_SECONDS = 120  # the pool's limit stops the worker first; this stops a stray child
# Security handlers besides the password one (/Standard) that real files use: public-key
# certificates, and Adobe's rights-management server.
_OTHER_HANDLERS = (b"Adobe.PubSec", b"adbe.pkcs7", b"Adobe.APS")


class Refusal(Enum):
    """Why a reader gave no pages, from the most to the least precise."""

    PASSWORD = "password"
    SECURITY = "security"
    EMPTY = "empty"
    DAMAGED = "damaged"
    ABSENT = "absent"  # the reader is not installed


@dataclass(frozen=True)
class Reading:
    """What one reader made of the file: its pages, or why it could not.

    ``reader`` is the open pypdf reader when pypdf read it (for fields and attachments);
    ``detail`` is an exception's class name or an exit code, never a message.
    """

    name: str
    pages: tuple[str, ...] = ()
    refusal: Refusal | None = None
    detail: str = ""
    password: str = ""
    handler: str = ""  # the security handler's name when it is one nobody here opens
    metadata: dict[str, str] = field(default_factory=dict)
    reader: Any = None


def read_with_pypdf(data: bytes, passwords: tuple[str, ...]) -> Reading:
    """Pages and metadata through pypdf, unlocked with the first password that works."""
    try:
        reader = PdfReader(BytesIO(data))
        password = _unlock(reader, passwords)
        if isinstance(password, Reading):
            return password
        count = len(reader.pages)
        if count == 0:
            refusal = Refusal.EMPTY if _empty_tree(reader) else Refusal.DAMAGED
            return Reading("pypdf", refusal=refusal, detail="no pages")
        pages = tuple(_page_text(reader, index) for index in range(count))
    except (NotImplementedError, DependencyError) as exc:
        handler = _handler_named_in(data)
        return Reading(
            "pypdf", refusal=Refusal.SECURITY, detail=type(exc).__name__, handler=handler
        )
    except Exception as exc:  # pypdf raises many types on damaged files
        return Reading("pypdf", refusal=Refusal.DAMAGED, detail=type(exc).__name__)
    return Reading("pypdf", pages, password=password, metadata=_metadata(reader), reader=reader)


def _unlock(reader: PdfReader, passwords: tuple[str, ...]) -> str | Reading:
    """The password that opens ``reader`` (``""`` when it is not encrypted), or the
    refusal: PASSWORD, or SECURITY for a handler other than the standard one."""
    if not reader.is_encrypted:
        return ""
    handler = _handler(reader)
    if handler != "Standard":
        return Reading("pypdf", refusal=Refusal.SECURITY, detail="handler", handler=handler)
    for password in text_forms(passwords):
        try:
            if reader.decrypt(password):
                return password
        except FileNotDecryptedError:
            continue
    return Reading("pypdf", refusal=Refusal.PASSWORD, detail=f"{len(passwords)} given")


def _handler(reader: PdfReader) -> str:
    """The /Filter of the encryption dictionary without its slash (``Standard`` usually)."""
    encrypt = reader.trailer.get("/Encrypt")
    encrypt = encrypt.get_object() if encrypt is not None else None
    if not isinstance(encrypt, DictionaryObject):
        return ""
    return str(encrypt.get("/Filter", "")).lstrip("/")


def _handler_named_in(data: bytes) -> str:
    """The name of a security handler other than the standard one, when the file spells it
    out uncompressed (pypdf refuses such a file before its trailer can be asked)."""
    for handler in _OTHER_HANDLERS:
        if b"/" + handler in data:
            return handler.decode()
    return ""


def _empty_tree(reader: PdfReader) -> bool:
    """Whether the page tree is whole and says it has no pages (/Count 0, no /Kids):
    the only case where "empty" is the right word rather than "damaged"."""
    try:
        pages = reader.trailer["/Root"].get_object()["/Pages"].get_object()
        return int(pages.get("/Count", -1)) == 0 and not list(pages.get("/Kids", []))
    except Exception:  # a missing or broken catalog is damage
        return False


def _page_text(reader: PdfReader, index: int) -> str:
    """The text of one page, ``""`` when pypdf cannot read that page."""
    try:
        return reader.pages[index].extract_text()
    except Exception:
        return ""


def _metadata(reader: PdfReader) -> dict[str, str]:
    """Title, author and creation date from the document information, when readable."""
    try:
        info = reader.metadata or {}
        found = {"title": str(info.get("/Title", "") or ""), "author": str(info.get("/Author", ""))}
        found["created"] = iso_date(str(info.get("/CreationDate", "") or ""))
    except Exception:
        return {}
    return {key: value.strip() for key, value in found.items() if value.strip()}


def read_with_poppler(path: Path) -> Reading:
    """Pages through poppler's ``pdftotext`` (no password; see the module docstring)."""
    program = shutil.which("pdftotext")
    if program is None:
        return Reading("poppler", refusal=Refusal.ABSENT, detail="pdftotext not installed")
    command = [program, "-enc", "UTF-8", "-eol", "unix", str(path), "-"]
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            timeout=_POPPLER_SECONDS,
            preexec_fn=die_with_parent,  # killed with the worker at its time limit
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return Reading("poppler", refusal=Refusal.DAMAGED, detail=type(exc).__name__)
    if done.returncode != 0:
        password = _POPPLER_PASSWORD in done.stderr
        refusal = Refusal.PASSWORD if password else Refusal.DAMAGED
        return Reading("poppler", refusal=refusal, detail=f"exit code {done.returncode}")
    pages = done.stdout.decode("utf-8", "replace").split("\f")
    if pages and not pages[-1].strip():
        pages.pop()  # pdftotext ends every page, the last one too, with a form feed
    if not any(page.strip() for page in pages):
        # Pages without text are for OCR, which renders through PDFium: that failed.
        return Reading("poppler", refusal=Refusal.DAMAGED, detail="no text")
    return Reading("poppler", tuple(pages))
