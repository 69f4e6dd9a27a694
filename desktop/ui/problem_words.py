"""Why a file was not indexed, in the interface's language.

The catalog keeps each problem's reason and advice in English, as :mod:`index.problems`
words them (the engine has no Qt).  Here each standard wording is marked for ``lupdate``
and a stored text is matched back to its wording - the values filled into it (a file's
kind, a limit) are kept - and shown translated.  Text with no standard wording (an
older catalog's, or one a format words itself) is shown as it was stored.

No Qt here: the window passes its translator (:mod:`desktop.ui.tr`), the command line
its own Qt-free one (:mod:`desktop.cli.words`), so both show the same ``IndexProblems``
entries of the ``.ts`` catalogues.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from desktop import digits
from desktop.ts_catalogue import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]
# A number filled in (a limit, a size, pages "4–6, 8"): written in the digits chosen.
_NUMBER = re.compile(r"\d[\d.,–\s]*")

CONTEXT = "IndexProblems"
# index.problems._REASONS, reasons then advice (tests/ui/test_translations.py checks the
# two lists agree).
WORDINGS = (
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Password-protected file: CaseDesk could not open it without its password.",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Add it again with its password (casedesk add --password PASSWORD FILE).",
    ),
    QT_TRANSLATE_NOOP("IndexProblems", "CaseDesk cannot read this kind of file{what}."),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Save it as PDF, Word (.docx), email (.eml), web page or plain text and add it again.",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "The file is protected by a kind of security CaseDesk cannot open{what}.",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Ask the sender for a copy without this protection, or open it in the program it "
        "was made for (Adobe Acrobat for a certificate) and print it to a new PDF.",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "CaseDesk refused to read this file for safety: it holds something files of its "
        "kind never need but attacks use{what}.",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Ask the sender to send it again, or open it in its own program and save or print "
        "a new copy as PDF.",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "The file is damaged or is not what its name says, so CaseDesk could not read it{what}.",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Open it in its own program; if it opens there, save or print a new copy as PDF "
        "and add that.",
    ),
    QT_TRANSLATE_NOOP("IndexProblems", "The file is empty: it has no text and no pages."),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Check that this is the right file; if the document is a scan, add the scan itself.",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems", "Reading the file took longer than {limit} and was stopped."
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "It may be damaged or very large. Add it again with a longer limit "
        "(casedesk add --time-limit 300 FILE).",
    ),
    QT_TRANSLATE_NOOP("IndexProblems", "The file is too large to read safely: {limit}."),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Split it into smaller files, or add it again with a higher limit "
        "(casedesk add --memory-limit / --max-size).",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "The reader stopped unexpectedly on this file; it is probably damaged.",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "This is a link (shortcut) to another file; CaseDesk does not follow links.",
    ),
    QT_TRANSLATE_NOOP("IndexProblems", "Add the file the link points to."),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "CaseDesk could not read this file from the disk (it was moved, or access is denied).",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Check that the file is still there and that you may open it, then add it again.",
    ),
)

# Advice a format gives instead of the standard one (index/extract/*: ``action=``).
ADVICE = (
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Open it in Word with its password, save a copy without a password (or as PDF), "
        "and add that copy.",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Open it in its Office program with its password, save a copy without a password "
        "(or as PDF), and add that copy.",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Open it in LibreOffice with its password, save a copy without a password (or as PDF), "
        "and add that copy.",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Open it in Excel or LibreOffice with its password, save a copy without a password "
        "(or as PDF), and add that copy.",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Open it in Word or LibreOffice, save it as .docx or PDF, and add that.",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Open it in PowerPoint or LibreOffice, save it as .pptx or PDF, and add that.",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Add it again with its password (casedesk add --password PASSWORD FILE), "
        "or unpack it yourself and add the folder.",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Unpack it with your computer's archive tool and add the unpacked folder.",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "If you trust where it came from, unpack it yourself and add the files "
        "you need; otherwise do not open it.",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Add the PDF again with its password (casedesk add --password PASSWORD FILE) "
        "to read its embedded files.",
    ),
)

# What the engine fills into a wording's {what} or {limit}: the kinds of file and the
# limits it names (index/extract/*, index/ingest/pipeline.py).  A fill not listed here is
# shown as stored, in English, inside the translated sentence.
FILLS = (
    QT_TRANSLATE_NOOP("IndexProblems", "Word 97-2003 file"),
    QT_TRANSLATE_NOOP("IndexProblems", "a Word 6 or Word 95 file"),
    QT_TRANSLATE_NOOP("IndexProblems", "Word file"),
    QT_TRANSLATE_NOOP("IndexProblems", "a Word file declaring a DOCTYPE, which can hide an attack"),
    QT_TRANSLATE_NOOP("IndexProblems", "Outlook message"),
    QT_TRANSLATE_NOOP("IndexProblems", "Office file"),
    QT_TRANSLATE_NOOP("IndexProblems", "an old PowerPoint file (.ppt)"),
    QT_TRANSLATE_NOOP("IndexProblems", "an OLE file that is not a document"),
    QT_TRANSLATE_NOOP("IndexProblems", "OpenDocument file"),
    QT_TRANSLATE_NOOP("IndexProblems", "PowerPoint file"),
    QT_TRANSLATE_NOOP("IndexProblems", "RTF file"),
    QT_TRANSLATE_NOOP("IndexProblems", "spreadsheet"),
    QT_TRANSLATE_NOOP("IndexProblems", "ZIP archive"),
    QT_TRANSLATE_NOOP(
        "IndexProblems", "a ZIP archive packed or encrypted in a way CaseDesk cannot unpack"
    ),
    QT_TRANSLATE_NOOP("IndexProblems", "not a regular file"),
    QT_TRANSLATE_NOOP("IndexProblems", "an Office file of a kind CaseDesk does not read"),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "a RAR archive: unpack it (7-Zip opens it) and add the unpacked folder; CaseDesk "
        "opens ZIP archives itself",
    ),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "a 7-Zip archive: unpack it (7-Zip opens it) and add the unpacked folder; CaseDesk "
        "opens ZIP archives itself",
    ),
    QT_TRANSLATE_NOOP("IndexProblems", "a compressed (gzip) file"),
    QT_TRANSLATE_NOOP("IndexProblems", "an audio file"),
    QT_TRANSLATE_NOOP("IndexProblems", "an audio, video or picture file"),
    QT_TRANSLATE_NOOP("IndexProblems", "a video or picture file"),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "an OpenDocument file of a kind CaseDesk does not read; save it as PDF",
    ),
    QT_TRANSLATE_NOOP("IndexProblems", "an e-book or program package"),
    QT_TRANSLATE_NOOP("IndexProblems", "a certificate, {handler}"),
    QT_TRANSLATE_NOOP("IndexProblems", "Adobe rights management, Adobe.APS"),
    QT_TRANSLATE_NOOP("IndexProblems", "the {handler} security handler"),
    QT_TRANSLATE_NOOP("IndexProblems", "CaseDesk could not make out the picture"),
    QT_TRANSLATE_NOOP("IndexProblems", "the picture could not be opened"),
    QT_TRANSLATE_NOOP("IndexProblems", "the picture is cut short or corrupt"),
    QT_TRANSLATE_NOOP("IndexProblems", "{seconds} seconds"),
    QT_TRANSLATE_NOOP("IndexProblems", "it needed more than {size} MB of memory"),
    QT_TRANSLATE_NOOP("IndexProblems", "its text is too large to handle"),
    QT_TRANSLATE_NOOP("IndexProblems", "it needs too much memory to read"),
    QT_TRANSLATE_NOOP("IndexProblems", "{limit}; it may be a 'zip bomb' made to fill the disk"),
    QT_TRANSLATE_NOOP("IndexProblems", "it holds more than {files} files"),
    QT_TRANSLATE_NOOP("IndexProblems", "a file inside would unpack to {size} MB from {packed} KB"),
    QT_TRANSLATE_NOOP("IndexProblems", "it would unpack to more than {size} MB"),
    QT_TRANSLATE_NOOP(
        "IndexProblems", "it unpacks to more than {size} MB (more than its directory says)"
    ),
    QT_TRANSLATE_NOOP("IndexProblems", "it holds ZIP files nested more than {depth} deep"),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "the picture is {width} by {height} pixels ({millions} million); CaseDesk reads "
        "pictures up to {side} pixels a side and {most} million pixels",
    ),
    QT_TRANSLATE_NOOP("IndexProblems", "the picture claims more than {most} million pixels"),
    QT_TRANSLATE_NOOP(
        "IndexProblems", "it has {pages} pages; CaseDesk reads TIFF files up to {most}"
    ),
)

# desktop/ocr_words.py's rows of scans with pages that gave no text: reason and advice
# (the ``{failures}``, why pages could not be read, are the reader's reasons above,
# translated by :func:`failure_words`), and the pages filled in.
NO_TEXT = (
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "No readable text on {pages} (read by OCR): the page is blank, handwritten, or too "
        "unclear to read.",
    ),
    QT_TRANSLATE_NOOP("IndexProblems", "No readable text on {pages} (read by OCR): {failures}"),
    QT_TRANSLATE_NOOP(
        "IndexProblems",
        "Open the original to read it. If it should have text, add a sharper scan or photo "
        "(flat, in good light); handwriting cannot be read by CaseDesk.",
    ),
    QT_TRANSLATE_NOOP("IndexProblems", "page {pages}"),
    QT_TRANSLATE_NOOP("IndexProblems", "pages {pages}"),
)


def problem_words(stored: str, translate: Translate) -> str:
    """``stored`` (a reason or advice as the catalog keeps it) in the language of
    ``translate`` (context, text) -> text."""
    return _matched(stored, WORDINGS + NO_TEXT[:3] + ADVICE, translate) or stored


def _matched(stored: str, wordings: tuple[str, ...], translate: Translate) -> str | None:
    """``stored`` translated by the first of ``wordings`` it matches (None: no match), the
    values filled into it translated too where they are known fills."""
    for wording, pattern in _patterns(wordings):
        found = pattern.fullmatch(stored)
        if found:
            values = {
                name: _fill(name, value, translate) for name, value in found.groupdict().items()
            }
            return translate(CONTEXT, wording).format(**values)
    return None


def failure_words(failures: str, translate: Translate) -> str:
    """Why pages of a scan could not be read (the reader's reasons, joined by "; "), each
    known reason in the language of ``translate``; one we do not know (an engine's own
    words) stays as it is, kept left to right in a translated sentence."""
    translated = translate(CONTEXT, NO_TEXT[1]) != NO_TEXT[1]
    parts, words = failures.split("; "), []
    while parts:
        for end in range(len(parts), 0, -1):  # a reason may hold "; " itself
            known = _matched("; ".join(parts[:end]), WORDINGS, translate)
            if known:
                break
        else:
            end, known = 1, f"\u2066{parts[0]}\u2069" if translated else parts[0]
        words.append(known)
        del parts[:end]
    if not translated:
        return "; ".join(words)
    return "؛ ".join([w.rstrip(".") for w in words[:-1]] + words[-1:])  # no ".؛" between


def _fill(name: str, value: str, translate: Translate) -> str:
    """A value filled into a wording, translated when it is a known fill; ``{what}`` comes
    as " (words)" and keeps its brackets."""
    if name == "failures":
        return failure_words(value, translate)
    if name == "what" and value.startswith(" (") and value.endswith(")"):
        return f" ({_fill('', value[2:-1], translate)})"
    known = _matched(value, FILLS + NO_TEXT[3:], translate)
    if known is not None:
        return known
    return digits.number(value) if _NUMBER.fullmatch(value) else value


@cache
def _patterns(wordings: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each wording with a pattern that matches it filled in: each ``{name}`` stands for
    any text."""
    return tuple((wording, _pattern(wording)) for wording in wordings)


def _pattern(wording: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", wording)
    regex = "".join(
        f"(?P<{part}>.*?)" if number % 2 else re.escape(part) for number, part in enumerate(parts)
    )
    return re.compile(regex, re.DOTALL)
