"""A PDF's embedded files (the EmbeddedFiles name tree and file-attachment annotations),
each taken out whole or reported as a problem, never dropped.

Encrypted PDFs may protect their embedded files with a crypt filter of their own: the
encryption dictionary's /EFF (Acrobat's "encrypt only file attachments" leaves pages and
strings unencrypted, /Identity, and only the files locked), or a /Crypt filter on the file's
stream naming one of the dictionary's /CF filters.  pypdf decrypts every stream with the
stream filter (/StmF) and stops at a named /Crypt filter, so those files came out as
ciphertext or not at all.  In the standard security handler every crypt filter uses the
one file key, unlocked with the password the document opened with (``--password``), so
the file is decrypted here with pypdf's own ciphers: the /EFF cipher when the streams
are not encrypted, nothing more when the named filter is the stream filter or /Identity.
A combination that cannot be undone (a stream decrypted with a cipher that was not its
own) is a "security" problem for that file alone.

pypdf's ``_encryption`` and ``_make_crypt_filter`` are private; pypdf is pinned, and
``tests/index/extract/test_pdf_files.py`` builds files of each kind to check them.
"""

from __future__ import annotations

from typing import Any

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    EncodedStreamObject,
    IndirectObject,
    NameObject,
    create_string_object,
)

from index.extract.base import Attachment
from index.problems import Problem, ProblemKind

MAX_DEPTH = 64  # form-field and name-tree nesting; real files stay far below
_IDENTITY = "/Identity"


class _Locked(Exception):
    """The embedded file's own encryption cannot be undone here."""


def resolve(obj: Any) -> Any:
    """Follow an indirect reference."""
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def pdf_text(obj: Any) -> str:
    """A PDF value as a plain str: names lose their slash, bytes are decoded, arrays joined."""
    obj = resolve(obj)
    if obj is None or isinstance(obj, DictionaryObject):
        return ""
    if isinstance(obj, NameObject):
        return str(obj)[1:] if obj.startswith("/") else str(obj)
    if isinstance(obj, ArrayObject):
        return ", ".join(part for part in (pdf_text(item) for item in obj) if part)
    if isinstance(obj, bytes):
        decoded = create_string_object(obj)
        return str(decoded) if isinstance(decoded, str) else obj.decode("latin-1")
    return str(obj)


def embedded_files(reader: PdfReader, limit: int) -> tuple[Attachment, ...]:
    """Files in the EmbeddedFiles name tree and in file-attachment annotations, at most
    ``limit``; a file referenced from both places is returned once."""
    found: dict[int, Attachment] = {}
    specs = list(_name_tree_specs(reader))
    specs.extend(_annotation_specs(reader))
    for spec in specs:
        if len(found) >= limit:
            break
        attachment = _attachment(reader, spec)
        if attachment is not None:
            found.setdefault(attachment[0], attachment[1])
    return tuple(found.values())


def _name_tree_specs(reader: PdfReader) -> list[Any]:
    """The file specifications in the catalog's /Names /EmbeddedFiles tree."""
    names = resolve(reader.trailer["/Root"].get("/Names"))
    tree = resolve(names.get("/EmbeddedFiles")) if isinstance(names, DictionaryObject) else None
    specs: list[Any] = []
    pending, visited = [(tree, 0)], set()
    while pending:
        node, depth = pending.pop()
        node = resolve(node)
        if not isinstance(node, DictionaryObject) or id(node) in visited or depth > MAX_DEPTH:
            continue
        visited.add(id(node))
        specs.extend(list(resolve(node.get("/Names")) or ())[1::2])
        pending.extend((kid, depth + 1) for kid in resolve(node.get("/Kids")) or ())
    return specs


def _annotation_specs(reader: PdfReader) -> list[Any]:
    """The file specifications of /FileAttachment annotations on every page."""
    specs = []
    for page in reader.pages:
        for annot in resolve(page.get("/Annots")) or ():
            annot = resolve(annot)
            if isinstance(annot, DictionaryObject) and annot.get("/Subtype") == "/FileAttachment":
                specs.append(annot.get("/FS"))
    return specs


def _attachment(reader: PdfReader, spec: Any) -> tuple[int, Attachment] | None:
    """(identity of the embedded stream, attachment) for one file specification; None when
    the specification embeds no file (it only names one elsewhere)."""
    spec_ref = spec
    spec = resolve(spec)
    if not isinstance(spec, DictionaryObject):
        return None
    embedded = resolve(spec.get("/EF"))
    if not isinstance(embedded, DictionaryObject):
        return None
    stream_ref = embedded.get("/UF") or embedded.get("/F")
    name = pdf_text(spec.get("/UF")) or pdf_text(spec.get("/F")) or pdf_text(spec.get("/Desc"))
    name = name or "attachment"
    ident = stream_ref.idnum if isinstance(stream_ref, IndirectObject) else id(spec_ref)
    try:
        stream = resolve(stream_ref)
        if stream is None or not hasattr(stream, "get_data"):
            raise ValueError("no stream")
        data = _file_bytes(reader, stream_ref, stream)
    except _Locked:
        what = "an embedded file with encryption of its own"
        return ident, Attachment(name, b"", Problem.of(ProblemKind.SECURITY, what=what))
    except Exception as exc:  # pypdf's errors on a broken stream are many
        problem = Problem.of(ProblemKind.DAMAGED, detail=type(exc).__name__)
        return ident, Attachment(name, b"", problem)
    return ident, Attachment(name, data)


def _file_bytes(reader: PdfReader, ref: Any, stream: Any) -> bytes:
    """The embedded file's bytes, undoing a crypt filter of its own (module docstring)."""
    encryption = getattr(reader, "_encryption", None)
    named = _named_crypt_filter(stream)
    if encryption is None or (named is None and encryption.StmF == encryption.EFF):
        return stream.get_data() if named is None else _without_crypt(stream, stream._data)
    method = encryption.EFF if named is None else _method(reader, named)
    if method in (encryption.StmF, _IDENTITY):
        return _without_crypt(stream, stream._data)
    if encryption.StmF != _IDENTITY or method != encryption.EFF:
        raise _Locked  # decrypted already with another cipher, or one pypdf did not set up
    idnum, generation = (ref.idnum, ref.generation) if isinstance(ref, IndirectObject) else (0, 0)
    cipher = encryption._make_crypt_filter(idnum, generation).ef_crypt
    return _without_crypt(stream, cipher.decrypt(stream._data))


def _named_crypt_filter(stream: Any) -> str | None:
    """The /Name of a /Crypt filter on ``stream`` (``/Identity`` when it names none), or
    None when the stream has no /Crypt filter."""
    filters, parms = _filter_lists(stream)
    for position, name in enumerate(filters):
        if name == "/Crypt":
            parm = resolve(parms[position]) if position < len(parms) else None
            found = parm.get("/Name") if isinstance(parm, DictionaryObject) else None
            return str(found) if found is not None else _IDENTITY
    return None


def _method(reader: PdfReader, crypt_filter: str) -> str:
    """The cipher (/CFM: /V2, /AESV2, /AESV3, /None) of a named crypt filter."""
    if crypt_filter == _IDENTITY:
        return _IDENTITY
    encrypt = resolve(reader.trailer.get("/Encrypt"))
    filters = resolve(encrypt.get("/CF")) if isinstance(encrypt, DictionaryObject) else None
    entry = resolve(filters.get(crypt_filter)) if isinstance(filters, DictionaryObject) else None
    if not isinstance(entry, DictionaryObject):
        raise _Locked
    method = str(entry.get("/CFM", "/None"))
    return _IDENTITY if method == "/None" else method


def _filter_lists(stream: Any) -> tuple[list[str], list[Any]]:
    """The stream's /Filter and /DecodeParms as lists of the same length."""
    filters = resolve(stream.get("/Filter"))
    parms = resolve(stream.get("/DecodeParms"))
    names = [str(resolve(f)) for f in filters] if isinstance(filters, ArrayObject) else []
    if filters is not None and not isinstance(filters, ArrayObject):
        names = [str(filters)]
    if isinstance(parms, ArrayObject):
        return names, list(parms)
    return names, [parms] if parms is not None else []


def _without_crypt(stream: Any, data: bytes) -> bytes:
    """``data`` (decrypted) decoded through the stream's filters other than /Crypt."""
    filters, parms = _filter_lists(stream)
    padded = (parms + [None] * len(filters))[: len(filters)]
    kept = [(f, p) for f, p in zip(filters, padded, strict=True) if f != "/Crypt"]
    if not kept:
        return data
    clone = EncodedStreamObject()
    clone[NameObject("/Filter")] = ArrayObject(NameObject(f) for f, _ in kept)
    clone[NameObject("/DecodeParms")] = ArrayObject(
        p if p is not None else DictionaryObject() for _, p in kept
    )
    clone._data = data
    return clone.get_data()
