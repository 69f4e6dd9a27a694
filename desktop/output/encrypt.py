"""Password protection of a finished PDF: AES-256, the one way CaseDesk encrypts.

Packets and drafts both come through here, so an output opens with the same readers
whatever made it (pypdf's AES-256 is PDF 2.0 encryption, /V 5 /R 6).
"""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter

ALGORITHM = "AES-256"


def encrypt_writer(writer: PdfWriter, password: str) -> None:
    """Have ``writer`` encrypt what it writes with ``password``."""
    writer.encrypt(password, algorithm=ALGORITHM)


def encrypted_pdf(data: bytes, password: str) -> bytes:
    """The PDF ``data`` encrypted with ``password`` (metadata kept)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    encrypt_writer(writer, password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
