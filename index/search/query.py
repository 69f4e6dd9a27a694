"""Turning a parsed query into a Whoosh query, bounded so that no query takes seconds.

Plain words search the title, the text (exactly, and in the second tier: English-stemmed
or keyboard-folded), form fields, senders, references, and the name keys — with boosts
that rank an exact spelling above a stem, another keyboard's spelling or a name variant.
Wildcards and fuzzy words are expanded here, against the index's own word list, to at most
:data:`MAX_EXPANSION` words each; the words that matched are remembered for highlighting.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from whoosh import query as wq
from whoosh.reading import IndexReader

from index.search import syntax
from index.search.analysis import name_token, stem_word
from index.search.dates import BadDate, date_range
from index.search.schema import FORM_PREFIX, form_key
from index.text.keyboards import keyboard_fold
from index.text.normalize import fold

MAX_EXPANSION = 100
MAX_FORM_FIELDS = 50
_WORDS = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640\u200c\u200d]+(?:['’.\-/]\w+)*")
_FUZZY = re.compile(r"^(.+?)~([12])?$")
_A_NUMBER = re.compile(r"^a[\s#:\-]*(\d{3})[\s\-]?(\d{3})[\s\-]?(\d{2,3})$", re.IGNORECASE)
_WILD = {"*": ".*", "?": "."}
_KINDS = {"forms": "form", "emails": "email", "mail": "email", "documents": "document"}
_LANGUAGES = {
    "english": "en",
    "dari": "fa",
    "persian": "fa",
    "farsi": "fa",
    "pashto": "ps",
    "urdu": "ur",
    "arabic": "ar",
}


Value = syntax.Word | syntax.Phrase


@dataclass
class Marks:
    """What to highlight: folded words, their stems, and name keys that matched."""

    exact: set[str] = field(default_factory=set)
    stems: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)


@dataclass
class Built:
    """A Whoosh query, what to highlight, and what the parser or builder ignored."""

    query: wq.Query
    marks: Marks
    notes: list[str]
    words: list[str]  # plain words, for "did you mean"


def words_of(text: str) -> list[str]:
    """The folded words of ``text`` as the index sees them."""
    return [w for w in (fold(m.group(0)) for m in _WORDS.finditer(text)) if w]


class QueryBuilder:
    """Builds queries against one index reader (for expansions)."""

    def __init__(self, reader: IndexReader, today: date | None = None) -> None:
        self.reader = reader
        self.today = today
        self.marks = Marks()
        self.notes: list[str] = []
        self.words: list[str] = []
        self._fields: dict[str, Callable[[Value], wq.Query | None]] = {
            "case": self._case,
            "type": self._kind,
            "kind": self._kind,
            "tag": self._tag,
            "name": self._name,
            "passport": self._passport,
            "anumber": self._anumber,
            "from": self._sender,
            "title": self._title,
            "date": self._date,
            "added": self._added,
            "lang": self._language,
            "language": self._language,
            "ref": self._ref,
        }

    def build(self, text: str) -> Built:
        """The query for ``text``; everything it could not use is in ``notes``."""
        parsed = syntax.parse(text)
        self.notes.extend(parsed.notes)
        query = self._all(parsed.tree.terms)
        return Built(query, self.marks, list(dict.fromkeys(self.notes)), self.words)

    # -- structure --------------------------------------------------------------------

    def _all(self, terms: tuple[object, ...]) -> wq.Query:
        positive, negative = [], []
        for term in terms:
            if isinstance(term, syntax.Not):
                built = self._node(term.term, marking=False)
                negative += [built] if built is not None else []
            else:
                built = self._node(term)
                positive += [built] if built is not None else []
        query = wq.And(positive) if positive else wq.Every()
        return wq.AndNot(query, wq.Or(negative)) if negative else query

    def _node(self, node: object, marking: bool = True) -> wq.Query | None:
        saved = self.marks
        if not marking:
            self.marks = Marks()
        try:
            return self._dispatch(node)
        finally:
            self.marks = saved

    def _dispatch(self, node: object) -> wq.Query | None:
        if isinstance(node, syntax.AllOf):
            return self._all(node.terms)
        if isinstance(node, syntax.AnyOf):
            options = [q for q in (self._node(t) for t in node.terms) if q is not None]
            return wq.Or(options) if options else None
        if isinstance(node, syntax.Not):
            inner = self._node(node.term, marking=False)
            return wq.AndNot(wq.Every(), inner) if inner is not None else None
        if isinstance(node, syntax.Field):
            return self._field(node)
        if isinstance(node, syntax.Phrase):
            return self._phrase(node.text)
        return self._word(node.text)  # type: ignore[attr-defined]

    # -- words and phrases --------------------------------------------------------------

    def _word(self, text: str) -> wq.Query | None:
        if _FUZZY.match(text):
            return self._fuzzy(text)
        if "*" in text or "?" in text:
            return self._wildcard(text)
        words = words_of(text)
        if not words:
            self.notes.append(f"ignored {text!r} (no letters or digits)")
            return None
        if len(words) > 1:
            return self._phrase(text)
        return self._plain(words[0])

    def _plain(self, word: str) -> wq.Query:
        self.words.append(word)
        self.marks.exact.add(word)
        self.marks.stems.add(stem_word(word))
        options = [
            wq.Term("title", word, boost=3.0),
            wq.Term("body", word, boost=2.0),
            wq.Term("stem", stem_word(word)),
            wq.Term("fields", word, boost=2.0),
            wq.Term("sender", word),
            wq.Term("ref", word.lower(), boost=3.0),
        ]
        key = name_token(word)
        if len(key) >= 2 and len(word) >= 3:
            self.marks.names.add(key)
            options.append(wq.Term("names", key, boost=0.5))
        anumber = _normal_anumber(word)
        if anumber:
            options.append(wq.Term("anumber", anumber, boost=3.0))
        return wq.Or(options)

    def _phrase(self, text: str) -> wq.Query | None:
        words = words_of(text)
        if len(words) <= 1:
            return self._plain(words[0]) if words else None
        self.marks.exact.update(words)
        options = [
            wq.Phrase("title", words, boost=3.0),
            wq.Phrase("body", words, boost=2.0),
            wq.Phrase("fields", words, boost=2.0),
            wq.Phrase("sender", words),
        ]
        keys = [name_token(w) for w in words]
        if all(keys):
            self.marks.names.update(keys)
            options.append(wq.Phrase("names", keys, boost=0.5))
        return wq.Or(options)

    def _wildcard(self, text: str) -> wq.Query | None:
        literal = re.split(r"[*?]", text, maxsplit=1)[0]
        prefix = fold(literal)
        if len(prefix) < 2:
            self.notes.append(f"ignored {text!r}: put at least two letters before * or ?")
            return None
        parts = re.split(r"([*?])", text)
        found = self._expand(("title", "body", "fields"), prefix, _pattern(parts, fold).match)
        if not prefix.isascii():  # and as any keyboard types it, in the second tier
            typed = _pattern(parts, lambda p: keyboard_fold(fold(p)))
            more = self._expand(("stem",), keyboard_fold(prefix), typed.match)
            self.marks.stems.update(t for _f, t in more)
            found += more
        if not found:
            return wq.NullQuery()
        return wq.Or([wq.Term(f, t) for f, t in found])

    def _fuzzy(self, text: str) -> wq.Query | None:
        match = _FUZZY.match(text)
        assert match is not None
        words = words_of(match.group(1))
        if len(words) != 1 or len(words[0]) < 3:
            self.notes.append(f"ignored {text!r}: fuzzy search needs one word of 3 letters or more")
            return None
        word = words[0]
        distance = int(match.group(2) or (1 if len(word) < 6 else 2))
        found: list[tuple[str, str]] = []
        for name in ("title", "body", "fields"):
            terms = self.reader.terms_within(name, word, distance, prefix=1)
            found += [(name, t) for t in list(terms)[:MAX_EXPANSION]]
        self.marks.exact.update(t for _f, t in found)
        key = name_token(word)
        options = [wq.Term(f, t) for f, t in found]
        if key:
            self.marks.names.add(key)
            options.append(wq.Term("names", key, boost=0.5))
        return wq.Or(options) if options else wq.NullQuery()

    def _expand(
        self, fields: tuple[str, ...], prefix: str, keep: Callable[[str], object]
    ) -> list[tuple[str, str]]:
        found: list[tuple[str, str]] = []
        for name in fields:
            for term in self.reader.expand_prefix(name, prefix):
                term = term.decode() if isinstance(term, bytes) else term
                if keep(term):
                    found.append((name, term))
                    if len(found) >= MAX_EXPANSION:
                        self.notes.append(
                            f"{prefix}… matches many words; the first {MAX_EXPANSION} were used"
                        )
                        self.marks.exact.update(t for _f, t in found)
                        return found
        self.marks.exact.update(t for _f, t in found)
        return found

    # -- fields -------------------------------------------------------------------------

    def _field(self, node: syntax.Field) -> wq.Query | None:
        handler = self._fields.get(node.name)
        if handler is not None:
            return handler(node.value)
        return self._form_field(node)

    def _keyword(self, field_name: str, value: str) -> wq.Query:
        if value.endswith("*") and len(value) > 2:
            found = self._expand((field_name,), value[:-1], lambda _t: True)
            return wq.Or([wq.Term(f, t) for f, t in found]) if found else wq.NullQuery()
        return wq.Term(field_name, value)

    def _case(self, value: Value) -> wq.Query | None:
        return self._keyword("case", value.text.strip().upper())

    def _kind(self, value: Value) -> wq.Query | None:
        text = value.text.strip().lower()
        return wq.Term("kind", _KINDS.get(text, text))

    def _tag(self, value: Value) -> wq.Query | None:
        return self._keyword("tag", value.text.strip().lower())

    def _passport(self, value: Value) -> wq.Query | None:
        return self._keyword("passport", value.text.strip().lower())

    def _ref(self, value: Value) -> wq.Query | None:
        return self._keyword("ref", value.text.strip().lower())

    def _anumber(self, value: Value) -> wq.Query | None:
        normal = _normal_anumber(value.text) or _normal_anumber("A" + value.text)
        if not normal:
            self.notes.append(f"{value.text!r} is not an A-number (A followed by 8 or 9 digits)")
            return None
        return wq.Term("anumber", normal)

    def _language(self, value: Value) -> wq.Query | None:
        text = value.text.strip().lower()
        return wq.Term("language", _LANGUAGES.get(text, text))

    def _name(self, value: Value) -> wq.Query | None:
        words = words_of(value.text)
        keys = [k for k in (name_token(w) for w in words) if k]
        if not keys:
            self.notes.append(f"ignored name:{value.text!r} (no name in it)")
            return None
        self.marks.names.update(keys)
        self.marks.exact.update(words)
        if len(keys) == 1:
            return wq.Or([wq.Term("names", keys[0]), wq.Term("body", words[0], boost=2.0)])
        return wq.Or([wq.Phrase("names", keys), wq.Phrase("body", words, boost=2.0)])

    def _sender(self, value: Value) -> wq.Query | None:
        words = [fold(w) for w in re.findall(r"\w+", value.text)]
        return wq.And([wq.Term("sender", w) for w in words]) if words else None

    def _title(self, value: Value) -> wq.Query | None:
        return self._in_field("title", value)

    def _in_field(self, name: str, value: Value) -> wq.Query | None:
        words = words_of(value.text)
        if not words:
            return None
        self.marks.exact.update(words)
        if isinstance(value, syntax.Phrase) and len(words) > 1:
            return wq.Phrase(name, words)
        return wq.And([wq.Term(name, w) for w in words])

    def _date(self, value: Value) -> wq.Query | None:
        return self._date_range("date", value)

    def _added(self, value: Value) -> wq.Query | None:
        return self._date_range("added", value)

    def _date_range(self, name: str, value: Value) -> wq.Query | None:
        try:
            start, end = date_range(value.text, self.today)
        except BadDate:
            self.notes.append(
                f"could not read the date {value.text!r} (use 2023, 2023-10, 2023-10-05, "
                "a range like 2023-10..2023-12, or today/yesterday/thisweek/thismonth)"
            )
            return None
        return wq.DateRange(name, start, end)

    def _form_field(self, node: syntax.Field) -> wq.Query | None:
        key = form_key(node.name)
        names = [
            n
            for n in self.reader.indexed_field_names()
            if n.startswith(FORM_PREFIX) and key and key in n[len(FORM_PREFIX) :]
        ][:MAX_FORM_FIELDS]
        if not names:
            self.notes.append(f"no field called {node.name!r}; searched for it as words")
            return self._all((syntax.Word(node.name), node.value))
        options = [self._in_field(n, node.value) for n in names]
        return wq.Or([q for q in options if q is not None])


def _pattern(parts: list[str], folding: Callable[[str], str]) -> re.Pattern[str]:
    """The whole-word pattern of a wildcard split into literals and ``*``/``?``."""
    return re.compile("".join(_WILD.get(p) or re.escape(folding(p)) for p in parts) + r"\Z")


def _normal_anumber(text: str) -> str:
    match = _A_NUMBER.match(text.strip())
    return ("a" + "".join(match.groups()).zfill(9)) if match else ""
