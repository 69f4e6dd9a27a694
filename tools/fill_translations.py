"""Fill the catalogues' unfinished entries from translations written down as JSON.

Engineers working on branches at the same time each write their new strings' Dari and
Pashto into a JSON list of ``{"context", "source", "fa_AF", "ps"}`` objects instead of
editing ``resources/i18n/*.ts`` (whose conflicts cannot be merged by hand).  After
``pyside6-lupdate`` has added the new entries (as ``type="unfinished"``), this fills them:

    .venv/bin/python tools/fill_translations.py FILE.json [FILE.json ...]

An entry already translated is left as it is; the entries still unfinished afterwards are
listed, and the exit status is 1 while any remain.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

CATALOGUES = {"fa_AF": "resources/i18n/casedesk_fa_AF.ts", "ps": "resources/i18n/casedesk_ps.ts"}
_CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
_MESSAGE = re.compile(r"<message>.*?</message>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_UNFINISHED = re.compile(r'<translation type="unfinished">(.*?)</translation>', re.S)


def escape(text: str) -> str:
    """Text as lupdate writes it inside an element."""
    for plain, escaped in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):
        text = text.replace(plain, escaped)
    return text.replace('"', "&quot;").replace("'", "&apos;")


def fill(catalogue: str, wanted: dict[tuple[str, str], str]) -> tuple[str, list[str]]:
    """``catalogue`` with the unfinished entries found in ``wanted`` filled, and the
    sources left unfinished."""
    left: list[str] = []

    def one_context(match: re.Match[str]) -> str:
        name = match.group(1)

        def one_message(message: re.Match[str]) -> str:
            text = message.group(0)
            if not _UNFINISHED.search(text):
                return text
            source = _SOURCE.search(text)
            key = (name, source.group(1) if source else "")
            if key not in wanted:
                left.append(f"{name}: {key[1]}")
                return text
            done = f"<translation>{escape(wanted[key])}</translation>"
            return _UNFINISHED.sub(lambda _m: done, text, count=1)

        return (
            match.group(0)[: match.start(2) - match.start(0)]
            + _MESSAGE.sub(one_message, match.group(2))
            + "</context>"
        )

    return _CONTEXT.sub(one_context, catalogue), left


def main(files: list[str]) -> int:
    entries = [entry for file in files for entry in json.loads(Path(file).read_text("utf-8"))]
    status = 0
    for language, path in CATALOGUES.items():
        wanted = {(e["context"], escape(e["source"])): e[language] for e in entries}
        text, left = fill(Path(path).read_text("utf-8"), wanted)
        Path(path).write_text(text, "utf-8")
        for source in left:
            print(f"{path}: still unfinished: {source}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
