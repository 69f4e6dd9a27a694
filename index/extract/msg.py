"""Outlook messages (.msg): headers, body and attachments, like a saved email.

Read with extract-msg (maintained; GPL-3.0, which the AGPL CaseDesk may use).  The
page is the same header block as an ``.eml`` (From, To, Cc, Date, Subject) and the
plain body, or the HTML body turned into text when there is no plain one.  Attached
files become :class:`~index.extract.base.Attachment` s, each its own document; an
attached Outlook message is kept whole as its own ``.msg``.  Attachments are read with
the tolerant error behaviour, so one broken attachment does not lose the message.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from index.extract.base import Attachment, Extraction, ExtractionFailed
from index.extract.email import safe_name
from index.extract.html import html_to_text
from index.problems import ProblemKind
from index.text.decoding import decode_text

WHAT = "Outlook message"
_SHOWN = (("From", "sender"), ("To", "to"), ("Cc", "cc"), ("Date", "date"), ("Subject", "subject"))


def read_msg(path: Path, max_attachments: int) -> Extraction:
    """The headers, body and attachments of the Outlook message at ``path``."""
    import extract_msg
    from extract_msg.enums import ErrorBehavior

    tolerant = (
        ErrorBehavior.ATTACH_NOT_IMPLEMENTED
        | ErrorBehavior.ATTACH_BROKEN
        | ErrorBehavior.CUSTOM_ATTACH_TOLERANT
        | ErrorBehavior.RTFDE_MALFORMED
        | ErrorBehavior.RTFDE_UNKNOWN_ERROR
        | ErrorBehavior.STANDARDS_VIOLATION
        | ErrorBehavior.OLE_DEFECT_INCORRECT
    )
    try:
        msg = extract_msg.openMsg(str(path), strict=False, errorBehavior=tolerant)
    except Exception as exc:  # extract-msg raises many kinds on a file it cannot parse
        raise ExtractionFailed.of(
            ProblemKind.DAMAGED, what=WHAT, detail=type(exc).__name__
        ) from None
    try:
        return _extraction(msg, max_attachments)
    finally:
        _quietly(msg.close)


def _extraction(msg: Any, max_attachments: int) -> Extraction:
    headers = {key: _text(_quietly(lambda k=key: getattr(msg, k))) for _, key in _SHOWN}
    when = _quietly(lambda: msg.date)
    headers["date"] = when.isoformat(sep=" ") if isinstance(when, dt.datetime) else headers["date"]
    block = "\n".join(f"{name}: {headers[key]}" for name, key in _SHOWN if headers[key])
    text = f"{block}\n\n{_body(msg)}".strip()
    attachments = _attachments(msg, max_attachments)
    if not text and not attachments:
        raise ExtractionFailed.of(ProblemKind.EMPTY)
    message_id = _text(_quietly(lambda: msg.messageId))
    metadata = {
        "from": headers["sender"],
        "to": headers["to"],
        "cc": headers["cc"],
        "subject": headers["subject"],
        "message_id": message_id,
    }
    return Extraction(
        format="email",
        pages=(text,),
        title=headers["subject"],
        date=when.date().isoformat() if isinstance(when, dt.datetime) else "",
        metadata={key: value for key, value in metadata.items() if value},
        attachments=attachments,
    )


def _body(msg: Any) -> str:
    """The plain body, else the HTML body as text."""
    body = _quietly(lambda: msg.body)
    if isinstance(body, str) and body.strip():
        return body.replace("\r\n", "\n").strip()
    html = _quietly(lambda: msg.htmlBody)
    if isinstance(html, bytes) and html.strip():
        return html_to_text(decode_text(html)[0])[1].strip()
    return ""


def _attachments(msg: Any, limit: int) -> tuple[Attachment, ...]:
    """Each attached file as bytes; an attached message as a whole ``.msg``."""
    found: list[Attachment] = []
    for attachment in (_quietly(lambda: msg.attachments) or [])[:limit]:
        data = _quietly(lambda a=attachment: a.data)
        name = _name(attachment, len(found) + 1)
        if hasattr(data, "exportBytes"):  # an embedded Outlook message
            data = _quietly(data.exportBytes)
            name = name if name.lower().endswith(".msg") else f"{name}.msg"
        if isinstance(data, bytes):
            found.append(Attachment(name, data))
    return tuple(found)


def _name(attachment: Any, number: int) -> str:
    """The attachment's file name as the sender gave it, made safe."""
    for attr in ("longFilename", "shortFilename", "displayName", "name"):
        value = _quietly(lambda a=attr: getattr(attachment, a))
        if isinstance(value, str) and value.strip():
            return safe_name(value, number)
    return safe_name("", number)


def _text(value: object) -> str:
    """A header value on one line ("" for none)."""
    return " ".join(str(value).split()) if value else ""


def _quietly(read: Any) -> Any:
    """``read()``, or ``None`` when extract-msg cannot read that property."""
    try:
        return read()
    except Exception:  # one unreadable property must not lose the message
        return None
