"""Reading a query as people type it: words, "phrases", OR, NOT/-, (groups), field:value.

The parser never fails.  Whatever it cannot make sense of (an unclosed quote, a stray
parenthesis) it reads as plain words or drops, and says so in ``notes``, so a query
with a typo still searches.  AND is implied between terms; OR binds tighter than the
implied AND (``visa Kabul OR Herat`` = visa AND (Kabul OR Herat)).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TOKEN = re.compile(
    r"""(?P<space>\s+)
      | (?P<open>\()
      | (?P<close>\))
      | (?P<field>[^\s():"-][^\s():"]*):(?=["\w.<>=*])
      | (?P<phrase>-?"[^"]*")
      | (?P<quote>")
      | (?P<word>[^\s()"]+)""",
    re.VERBOSE,
)
MAX_QUERY_CHARS = 2000
MAX_TERMS = 64


@dataclass(frozen=True)
class Word:
    """A plain word (may hold * ? wildcards or end in ~ for fuzzy)."""

    text: str


@dataclass(frozen=True)
class Phrase:
    """Words that must appear together, in order."""

    text: str


@dataclass(frozen=True)
class Field:
    """``name:value``: ``value`` is a Word or a Phrase."""

    name: str
    value: Word | Phrase


@dataclass(frozen=True)
class Not:
    """A term that must not match."""

    term: object


@dataclass(frozen=True)
class AnyOf:
    """Terms of which one must match (OR)."""

    terms: tuple[object, ...]


@dataclass(frozen=True)
class AllOf:
    """Terms that must all match (the default)."""

    terms: tuple[object, ...]


@dataclass
class Parsed:
    """The parsed query and what was ignored on the way."""

    tree: AllOf
    notes: list[str] = field(default_factory=list)


def parse(text: str) -> Parsed:
    """Parse a query; never raises."""
    notes: list[str] = []
    if len(text) > MAX_QUERY_CHARS:
        notes.append(f"the query was cut to its first {MAX_QUERY_CHARS} characters")
        text = text[:MAX_QUERY_CHARS]
    tokens = _tokens(text, notes)
    parser = _Parser(tokens, notes)
    tree = parser.group()
    while parser.pos < len(tokens):  # a stray ")" ended the group early
        notes.append('ignored an extra ")"')
        parser.pos += 1
        tree = AllOf(tree.terms + parser.group().terms)
    return Parsed(_limit(tree, notes), notes)


def _tokens(text: str, notes: list[str]) -> list[tuple[str, str]]:
    tokens = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "space"
        if kind == "space":
            continue
        if kind == "quote":
            notes.append('ignored an unclosed "')
            continue
        tokens.append((kind, match.group(kind)))
    return tokens


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]], notes: list[str]) -> None:
        self.tokens, self.notes, self.pos = tokens, notes, 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def group(self) -> AllOf:
        terms: list[object] = []
        while (token := self.peek()) is not None and token[0] != "close":
            term = self.either()
            if term is not None:
                terms.append(term)
        return AllOf(tuple(terms))

    def either(self) -> object | None:
        first = self.unit()
        options = [first] if first is not None else []
        while self.peek() == ("word", "OR"):
            self.take()
            following = self.unit()
            if following is not None:
                options.append(following)
        if len(options) > 1:
            return AnyOf(tuple(options))
        return options[0] if options else None

    def unit(self) -> object | None:
        if self.peek() is None:
            return None
        kind, text = self.take()
        if kind == "word" and text in ("AND", "OR"):
            return None  # AND is implied; a leading or doubled OR means nothing
        if kind == "word" and text == "NOT":
            term = self.unit()
            return Not(term) if term is not None else None
        if kind == "open":
            return self._parenthesised()
        if kind == "field":
            return self._field(text)
        return _simple(kind, text)

    def _parenthesised(self) -> object | None:
        inner = self.group()
        if self.peek() is None:
            self.notes.append('added a missing ")"')
        else:
            self.take()
        return inner if inner.terms else None

    def _field(self, name: str) -> object | None:
        if self.peek() is None or self.peek()[0] not in ("word", "phrase"):
            return Word(name)
        kind, text = self.take()
        negate = text.startswith("-") and kind == "phrase"
        value = Phrase(text.strip('-"')) if kind == "phrase" else Word(text)
        term = Field(name.lower(), value)
        return Not(term) if negate else term


def _simple(kind: str, text: str) -> object | None:
    negate = text.startswith("-") and len(text) > 1
    body = text[1:] if negate else text
    if kind == "phrase":
        term: object = Phrase(body.strip('"'))
    else:
        if body.startswith(("-", "!")) or not body.strip("-!"):
            return None
        term = Word(body)
    return Not(term) if negate else term


def _limit(tree: AllOf, notes: list[str]) -> AllOf:
    if len(tree.terms) <= MAX_TERMS:
        return tree
    notes.append(f"only the first {MAX_TERMS} terms were used")
    return AllOf(tree.terms[:MAX_TERMS])
