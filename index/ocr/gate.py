"""Whether a page read as it lies was upright: the gate that spares a page the
orientation detection.

Most scans come off a feeder upright, and the engine's orientation and script detection
(OSD) costs about as much as reading the page (docs/OCR.md).  So a page whose text lines
run across it is read first as it lies, in the script the last page had; the reading is
kept when the engine was sure of it and its words look like words.  A page upside down,
or read in the wrong script, gives a reading the engine is unsure of, full of broken
fragments: it fails the gate and goes through OSD as before.

The thresholds were picked on the benchmark's pages (``benchmarks/ocr_gate.py``: four
languages, clean, phone-like and scanner-like, every quarter turn; docs/OCR.md, *Upright
first*): the readings of upright pages in their own script had a mean confidence of
75.4-96.6 and 89-100% word-like words; pages upside down, or read in the other script,
at most 58.7 (and up to 81% word-like words, so the share is only a second guard).
"""

from __future__ import annotations

from index.ocr.engine import RawWord

MIN_CONFIDENCE = 65.0  # the words' mean confidence (0-100) a kept reading needs
MIN_WORDLIKE = 0.75  # the share of its words that must look like words
MIN_WORDS = 10  # fewer words tell too little: such a page goes to OSD
_PUNCTUATION = ".,،؛:;!?()[]{}\"'«»-–—/"


def confidently_upright(words: tuple[RawWord, ...]) -> bool:
    """True when ``words``, read from a page as it lies, show it was upright and read in
    its script: enough words, the engine sure of them, and most of them word-like."""
    if len(words) < MIN_WORDS:
        return False
    confidence = sum(w.confidence for w in words) / len(words)
    return confidence >= MIN_CONFIDENCE and wordlike_share(words) >= MIN_WORDLIKE


def wordlike_share(words: tuple[RawWord, ...]) -> float:
    """The share of ``words`` made of two letters or more and nothing else (punctuation
    around them aside): what a reading upside down or in the wrong script lacks."""
    if not words:
        return 0.0
    return sum(_wordlike(w.text) for w in words) / len(words)


def _wordlike(text: str) -> bool:
    core = text.strip(_PUNCTUATION).replace("\u200c", "")  # ZWNJ joins Dari words
    return len(core) > 1 and core.isalpha()
