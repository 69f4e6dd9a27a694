"""Saved emails (``.eml``): the headers people search by, the body and the attachments.

Clients write email that breaks the standards in every way (wrong or unknown charsets,
bad transfer encodings, broken headers), and a client's letter is too important to lose
to that.  We parse with the standard library's modern policy and fall back to the
lenient ``compat32`` policy when it chokes; part charsets go through
:func:`~index.text.decoding.decode_text`, which survives charsets nobody has heard of.
A part's declared type is not trusted either: a part whose bytes are a file (a ZIP
labelled text/html, a PDF labelled text/plain or application/octet-stream, named or not)
is an attachment, read later by the reader its bytes call for, never the letter's text.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from email import policy
from email.header import decode_header, make_header
from email.headerregistry import BaseHeader
from email.message import Message
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path

from index.extract.base import Attachment, Extraction, ExtractionFailed, ExtractOptions
from index.extract.html import html_to_text
from index.extract.registry import HEAD_SIZE, choose
from index.problems import ProblemKind
from index.text.decoding import decode_text, looks_binary

# Headers shown above the body, in this order.
_SHOWN = (("From", "from"), ("To", "to"), ("Cc", "cc"), ("Date", "date"), ("Subject", "subject"))

# Header names that mark the start of a saved email (any "X-" header counts too).
_KNOWN = frozenset(
    {
        "received", "from", "to", "cc", "return-path", "mime-version", "delivered-to",
        "message-id", "date", "subject", "reply-to", "sender", "content-type",
        "envelope-to", "dkim-signature", "authentication-results", "in-reply-to",
        "references", "thread-topic", "thread-index", "user-agent", "importance",
    }
)  # fmt: skip

_HEADER_LINE = re.compile(r"^([!-9;-~]+):(?:[ \t]|$)")  # RFC 5322 field name, colon, space
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_UNSAFE = re.compile(r'[<>:"|?*]')

# Readers whose files are a letter's own text; bytes any other reader claims are a file.
_TEXT_READERS = frozenset({"text", "html", "email"})

# Nesting deeper than this is an attack or a mailer bug, not a letter.
_MAX_DEPTH = 40
_MAX_NAME = 150


class EmailExtractor:
    """Reads saved emails (RFC 822 / MIME ``.eml`` files)."""

    name = "email"
    mime_types = ("message/rfc822",)

    def score(self, head: bytes, suffix: str) -> int:
        """85 when the file starts with email header lines, 40 for ``.eml`` alone."""
        if looks_binary(head):
            return 0
        count, known = _header_lines(head)
        if count >= 3 and known >= 2:
            return 85
        if count >= 2 and known >= 1:
            return 60
        return 40 if suffix.lower() == ".eml" else 0

    def extract(self, path: Path, options: ExtractOptions) -> Extraction:
        """Read headers, body and attachments, tolerating broken mail."""
        data = _read(path)
        if not data.strip():
            raise ExtractionFailed.of(ProblemKind.EMPTY)
        try:
            return _extract(data, policy.default, options)
        except (ExtractionFailed, MemoryError):
            raise
        except Exception:  # the modern policy raises on headers it cannot parse
            pass
        try:
            return _extract(data, policy.compat32, options)
        except (ExtractionFailed, MemoryError):
            raise
        except Exception as exc:  # a mail the lenient parser cannot read either
            raise ExtractionFailed.of(ProblemKind.DAMAGED, detail=type(exc).__name__) from exc


def _header_lines(head: bytes) -> tuple[int, int]:
    """How many header lines the file starts with, and how many of them are typical."""
    lines = head[:4096].decode("latin-1").splitlines()
    if lines and lines[0].startswith("From "):  # an mbox "From " separator line
        lines = lines[1:]
    count = known = 0
    for line in lines[:30]:
        if line[:1] in (" ", "\t") and count:
            continue  # a folded continuation of the previous header
        match = _HEADER_LINE.match(line)
        if match is None:
            break
        name = match.group(1).lower()
        count += 1
        known += name in _KNOWN or name.startswith("x-")
    return count, known


def _extract(data: bytes, how: policy.Policy, options: ExtractOptions) -> Extraction:
    """Parse ``data`` with policy ``how`` and build the extraction."""
    msg = BytesParser(policy=how).parsebytes(data)
    if not msg.keys():
        raise ExtractionFailed.of(ProblemKind.DAMAGED)
    hint = _charset_hint(msg)
    headers = {key: _header(msg, name, hint) for name, key in _SHOWN}
    block = "\n".join(f"{name}: {headers[key]}" for name, key in _SHOWN if headers[key])
    body = "\n\n".join(text for text in _part_texts(msg, 0) if text.strip())
    text = f"{block}\n\n{body}".strip()
    attachments = _attachments(msg, options.max_attachments)
    if not text and not attachments:
        raise ExtractionFailed.of(ProblemKind.EMPTY)
    headers["message_id"] = _header(msg, "Message-ID")
    del headers["date"]
    return Extraction(
        format="email",
        pages=(text,),
        title=headers["subject"],
        date=_iso_date(msg),
        metadata={key: value for key, value in headers.items() if value},
        attachments=attachments,
    )


def _header(msg: Message, name: str, hint: str | None = None) -> str:
    """The decoded value of header ``name`` on one line ("" when absent).

    The modern policy decodes most headers well, but not undeclared 8-bit text:
    that (and every header under ``compat32``) is decoded from the raw source, trying
    ``hint`` (the message's own charset) first.
    """
    value = msg.get(name)
    if value is None:
        return ""
    text = str(value)
    raw = _raw_value(msg, name)
    if raw is not None and (not isinstance(value, BaseHeader) or _has_8bit(raw + text)):
        text = _decode_words(_undo_surrogates(raw, hint))
    return " ".join(text.split())


def _raw_value(part: Message, name: str) -> str | None:
    """Header ``name`` exactly as the file spelled it (``raw_items`` is the source text)."""
    wanted = name.lower()
    return next((str(v) for k, v in part.raw_items() if k.lower() == wanted), None)


def _charset_hint(msg: Message) -> str | None:
    """The first charset the message declares for a part, a good guess for its headers."""
    return next((cs for part in msg.walk() if (cs := part.get_content_charset())), None)


def _raw_view(part: Message) -> Message:
    """The headers of ``part`` as the file spelled them, under lenient ``compat32``.

    ``compat32`` copes where the modern policy gives up (unquoted file names with
    spaces, encoded words inside parameters).  Undeclared 8-bit bytes are decoded
    here, since ``compat32`` would turn them into U+FFFD.
    """
    view = Message(policy=policy.compat32)
    for name, value in part.raw_items():
        view[name] = _undo_surrogates(str(value))
    return view


def _has_8bit(text: str) -> bool:
    """True when ``text`` holds raw bytes kept as surrogates, or U+FFFD for lost ones."""
    return any("\udc80" <= char <= "\udcff" or char == "\ufffd" for char in text)


def _undo_surrogates(text: str, hint: str | None = None) -> str:
    """Decode the raw 8-bit bytes the parser kept as surrogates in a header.

    Strict UTF-8 comes first (RFC 6532 allows it in headers, and it almost never
    decodes by accident); then ``hint``, then detection.
    """
    if not any("\udc80" <= char <= "\udcff" for char in text):
        return text
    raw = text.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return decode_text(raw, hint)[0]


def _decode_words(text: str) -> str:
    """Decode stray 8-bit bytes and RFC 2047 words (``=?charset?...?=``) in a header."""
    text = _undo_surrogates(text)
    if "=?" in text:  # an unknown charset or broken encoded word keeps its raw form
        with contextlib.suppress(LookupError, UnicodeError, ValueError):
            text = str(make_header(decode_header(text)))
    return text


def _iso_date(msg: Message) -> str:
    """``YYYY-MM-DD`` from the Date header, or "" when it is missing or unreadable."""
    raw = msg.get("Date")
    if raw is None:
        return ""
    try:
        return parsedate_to_datetime(str(raw)).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return ""


def _part_texts(part: Message, depth: int) -> list[str]:
    """The readable text of ``part``: text parts in order, one choice per alternative."""
    if depth > _MAX_DEPTH or _is_attachment(part):
        return []
    ctype = part.get_content_type()
    if ctype == "message/rfc822":
        return []  # a forwarded email is kept whole as an attachment
    if part.is_multipart():
        children = [sub for sub in part.get_payload() if isinstance(sub, Message)]
        if ctype == "multipart/alternative":
            return _preferred(children, depth + 1)
        return [text for sub in children for text in _part_texts(sub, depth + 1)]
    if part.get_content_maintype() != "text" or _carries_file(part):
        return []
    text = _decoded(part)
    return [html_to_text(text)[1]] if ctype == "text/html" else [text]


def _preferred(children: list[Message], depth: int) -> list[str]:
    """From the versions of one alternative, the first with text: plain before HTML."""

    def rank(sub: Message) -> int:
        ctype = sub.get_content_type()
        return 0 if ctype == "text/plain" else 2 if ctype == "text/html" else 1

    for sub in sorted(children, key=rank):
        texts = _part_texts(sub, depth)
        if any(text.strip() for text in texts):
            return texts
    return []


def _is_attachment(part: Message) -> bool:
    """True for parts sent as files rather than as the letter's text."""
    if part.get_content_disposition() == "attachment":
        return True
    return bool(_filename(part)) and part.get_content_maintype() not in ("text", "multipart")


def _carries_file(part: Message) -> bool:
    """True when a leaf part's bytes are a file, whatever type it declares: a ZIP labelled
    text/html, a PDF labelled text/plain or application/octet-stream.  Its bytes decide,
    as for any file (:func:`~index.extract.registry.choose`): binary content, or content
    a reader other than the text ones claims."""
    if part.is_multipart():
        return False
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload:
        return False
    head = payload[:HEAD_SIZE]
    if looks_binary(head):
        return True
    chosen = choose(head, "")
    return chosen is not None and chosen.name not in _TEXT_READERS


def _decoded(part: Message) -> str:
    """The text of a leaf part, undoing its transfer encoding and charset."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    return decode_text(payload, part.get_content_charset())[0]


def _filename(part: Message) -> str:
    """The file name the sender gave ``part`` (decoded), or ""."""
    for view in (_raw_view(part), part):
        try:
            name = view.get_filename()
        except (LookupError, UnicodeError, ValueError):
            continue
        if name:
            return _decode_words(str(name))
    return ""


def _attachments(msg: Message, limit: int) -> tuple[Attachment, ...]:
    """Every attached file and forwarded email, at most ``limit`` of them."""
    found: list[Attachment] = []
    stack: list[tuple[Message, int]] = [(msg, 0)]
    while stack and len(found) < limit:
        part, depth = stack.pop()
        if part.get_content_type() == "message/rfc822" and part is not msg:
            found.append(_forwarded(part, len(found) + 1))
        elif part.is_multipart():
            if depth < _MAX_DEPTH:
                subs = [sub for sub in part.get_payload() if isinstance(sub, Message)]
                stack.extend((sub, depth + 1) for sub in reversed(subs))
        elif (
            part.get_content_disposition() == "attachment" or _filename(part) or _carries_file(part)
        ):
            data = part.get_payload(decode=True)
            name = safe_name(_filename(part), len(found) + 1)
            found.append(Attachment(name, data if isinstance(data, bytes) else b""))
    return tuple(found)


def _forwarded(part: Message, number: int) -> Attachment:
    """A message/rfc822 part as an ``.eml`` attachment holding the inner message."""
    inner = part.get_payload()
    inner = inner[0] if isinstance(inner, list) and inner else inner
    if isinstance(inner, Message):
        data, subject = _message_bytes(inner), _header(inner, "Subject")
    else:
        data, subject = (part.get_payload(decode=True) or b""), ""
    name = safe_name(_filename(part) or subject, number)
    return Attachment(name if name.lower().endswith(".eml") else f"{name}.eml", data)


def _message_bytes(msg: Message) -> bytes:
    """``msg`` written out again as bytes (b"" when even the lenient writer refuses)."""
    for how in (msg.policy, policy.compat32):
        try:
            return msg.as_bytes(policy=how)
        except Exception:  # the writer re-folds headers and may refuse broken ones
            continue
    return b""


def safe_name(name: str, number: int) -> str:
    """A file name safe to write anywhere: no folders, control or direction characters.

    ``number`` gives the fallback ``attachment-N`` when nothing usable is left.
    """
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = _BIDI.sub("", name)
    name = "".join(char for char in name if unicodedata.category(char) != "Cc")
    name = _UNSAFE.sub("_", name).strip().lstrip(".").strip()
    if len(name) > _MAX_NAME:
        _stem, dot, ext = name.rpartition(".")
        keep = ext if dot and len(ext) <= 10 else ""
        name = name[: _MAX_NAME - len(keep) - 1].rstrip() + (f".{keep}" if keep else "")
    return name or f"attachment-{number}"


def _read(path: Path) -> bytes:
    """The bytes of ``path``; a file that cannot be read is UNREADABLE."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ExtractionFailed.of(ProblemKind.UNREADABLE, detail=type(exc).__name__) from exc
