"""The forms of a typed password to try on an encrypted PDF.

PDF 2.0 (ISO 32000-2, 7.6.4.3.3) says an AES-256 (revision 6) password is prepared with
SASLprep (RFC 4013) before it is hashed: a soft hyphen disappears, ª becomes a, a
no-break space becomes a space.  pypdf does this when it writes and reads such files;
PDFium does not, so a password with one of those characters fails in PDFium unless it
is typed already prepared.  Writers differ too (some hash the password as typed), so both
forms are tried, the typed one first.  Older revisions (RC4, AES-128) hash the password's
bytes in PDFDocEncoding, close to Latin-1, where most Windows tools write it: that form is
tried after UTF-8.

The standard library has the SASLprep tables (``stringprep``) but not the profile; it is
the few lines below (the mapping and normalisation steps; a password with a prohibited
character is tried as typed only).
"""

from __future__ import annotations

import stringprep
import unicodedata


def saslprep(password: str) -> str:
    """``password`` prepared by SASLprep's mapping and NFKC steps (RFC 4013, 2.1-2.2)."""
    mapped = (
        " " if stringprep.in_table_c12(char) else char
        for char in password
        if not stringprep.in_table_b1(char)
    )
    return unicodedata.normalize("NFKC", "".join(mapped))


def text_forms(passwords: tuple[str, ...]) -> tuple[str, ...]:
    """``""`` then each password as typed and SASLprep-prepared, each form once."""
    forms = [""]
    for password in passwords:
        forms += [password, saslprep(password)]
    return tuple(dict.fromkeys(forms))


def byte_forms(passwords: tuple[str, ...]) -> tuple[tuple[bytes, str], ...]:
    """``(bytes to give PDFium, the text form they came from)`` for every form to try:
    UTF-8 of each text form, then Latin-1 where that differs."""
    forms: dict[bytes, str] = {}
    for text in text_forms(passwords):
        forms.setdefault(text.encode("utf-8"), text)
    for text in text_forms(passwords):
        try:
            forms.setdefault(text.encode("latin-1"), text)
        except UnicodeEncodeError:
            continue
    return tuple(forms.items())
