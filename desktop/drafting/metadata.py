"""A template's metadata: TOML in the Jinja comment the file starts with.

```
{#
title = "Resettlement referral letter"
title_fa_AF = "مکتوب ارجاع برای اسکان مجدد"   # the window's language: title_<code>,
title_ps = "د بیا مېشتېدو لپاره د راجع کولو لیک"  # description_<code>, label_<code>, help_<code>
kind = "letter"                      # letter | briefing note | summary | cover
language = "en"                      # the letter's own language: en | fa-AF | ps
digits = "latin"                     # latin | persian: how its filters write numbers
description = "Refers a family to a resettlement programme."
needs = ["office.name", "principal.name", "citations"]   # must not be empty

[fields.addressee]
label = "Addressee (name and address)"
label_ps = "اخیستونکی (نوم او پته)"
type = "multiline"                   # text | multiline | date | choice
required = true                      # the default
default = "UNHCR Pakistan"           # prefill; may use the context: "{{ case.id }}"
#}
```

A title, description, label or help may be given again in the window's languages, with
the window's language code after it (``_fa_AF`` Dari, ``_ps`` Pashto): the Drafting view
shows the one of its language, else the English one.  ``language`` is the letter's: what
its filters write (dates, ages, lists) follows it, whatever the window's language.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from desktop.drafting.errors import TemplateBroken
from desktop.drafting.letter_words import DIGITS, code_of

KINDS = ("letter", "briefing note", "summary", "cover")
FIELD_TYPES = ("text", "multiline", "date", "choice")
# The names the context itself provides: a typed-in field may not take one of them.
CONTEXT_NAMES = frozenset(
    {"case", "principal", "family", "people", "citations", "documents", "office", "today",
     "confidential_included", "template", "packet"}
)  # fmt: skip

_HEADER = re.compile(r"\A\s*\{#-?(.*?)-?#\}", re.S)
_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")
# The window's languages a title, description, label or help may be given in (key suffix).
WINDOW_LANGUAGES = ("fa_AF", "ps")
Translations = tuple[tuple[str, str], ...]  # (language code, text), in the window's languages


def in_language(english: str, translations: Translations, code: str) -> str:
    """The text of ``code`` among ``translations``, else ``english``."""
    return next((text for known, text in translations if known == code), english)


@dataclass(frozen=True)
class Field:
    """A value the volunteer types in (or accepts prefilled)."""

    name: str
    label: str
    type: str = "text"
    required: bool = True
    choices: tuple[str, ...] = ()
    default: str = ""  # a Jinja expression string rendered against the context to prefill
    help: str = ""
    declared: bool = True  # False for a variable the template uses but does not describe
    labels: Translations = ()
    helps: Translations = ()

    def label_in(self, code: str) -> str:
        """The label in the window's language ``code`` ("en", "fa_AF", "ps"), else English."""
        return in_language(self.label, self.labels, code)

    def help_in(self, code: str) -> str:
        """The help in the window's language ``code``, else English."""
        return in_language(self.help, self.helps, code)


@dataclass(frozen=True)
class TemplateInfo:
    """A template as found on disk, with what its metadata says."""

    name: str  # the file name without ".html": what `casedesk draft NAME` takes
    path: Path
    title: str
    kind: str
    description: str
    fields: tuple[Field, ...]
    needs: tuple[str, ...] = ()
    shipped: bool = True  # False when it comes from the archive's own templates/ folder
    language: str = "en"  # the letter's language as the metadata writes it: en, fa-AF, ps
    digits: str = "latin"  # or "persian": the digits the letter's filters write
    titles: Translations = ()
    descriptions: Translations = ()

    def title_in(self, code: str) -> str:
        """The title in the window's language ``code`` ("en", "fa_AF", "ps"), else English."""
        return in_language(self.title, self.titles, code)

    def description_in(self, code: str) -> str:
        """The description in the window's language ``code``, else English."""
        return in_language(self.description, self.descriptions, code)

    def variable(self) -> dict[str, str]:
        """What a template sees as ``template``: its name, title, kind, language, digits and
        direction ("rtl" for Dari and Pashto)."""
        return {
            "name": self.name,
            "title": self.title,
            "kind": self.kind,
            "language": self.language,
            "digits": self.digits,
            "direction": "rtl" if code_of(self.language) in WINDOW_LANGUAGES else "ltr",
        }


def parse_metadata(name: str, path: Path, source: str, *, shipped: bool) -> TemplateInfo:
    """Read the metadata at the top of ``source``; :class:`TemplateBroken` if it is wrong."""
    match = _HEADER.match(source)
    if match is None:
        raise TemplateBroken(path, 1, "it does not start with its metadata ({# title = … #})")
    line = source[: match.start(1)].count("\n") + 1
    try:
        data = tomllib.loads(match.group(1))
    except tomllib.TOMLDecodeError as error:
        raise TemplateBroken(path, line, f"its metadata is not valid TOML ({error})") from None
    try:
        return _info(name, path, data, shipped)
    except (TypeError, ValueError) as error:
        raise TemplateBroken(path, line, f"its metadata is wrong: {error}") from None


def _info(name: str, path: Path, data: dict, shipped: bool) -> TemplateInfo:
    title = _text(data, "title", required=True)
    kind = _text(data, "kind", required=True)
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    fields = data.get("fields", {})
    if not isinstance(fields, dict):
        raise ValueError("fields must be a table ([fields.NAME])")
    needs = data.get("needs", [])
    if not (isinstance(needs, list) and all(isinstance(n, str) for n in needs)):
        raise ValueError('needs must be a list of names such as "office.name"')
    language = _text(data, "language") or "en"
    code_of(language)  # ValueError when we do not have it
    digits = _text(data, "digits") or "latin"
    if digits not in DIGITS:
        raise ValueError(f"digits must be one of {', '.join(DIGITS)}, not {digits!r}")
    return TemplateInfo(
        name=name,
        path=path,
        title=title,
        kind=kind,
        description=_text(data, "description"),
        fields=tuple(_field(n, spec) for n, spec in fields.items()),
        needs=tuple(needs),
        shipped=shipped,
        language=language,
        digits=digits,
        titles=_translations(data, "title"),
        descriptions=_translations(data, "description"),
    )


def _translations(data: dict, key: str) -> Translations:
    """``key`` in the window's languages: ``title_fa_AF``, ``title_ps`` (those given)."""
    found = ((code, _text(data, f"{key}_{code}")) for code in WINDOW_LANGUAGES)
    return tuple((code, text) for code, text in found if text)


def _field(name: str, spec: object) -> Field:
    if not isinstance(spec, dict):
        raise ValueError(f"field {name!r} must be a table")
    if not _NAME.match(name) or name in CONTEXT_NAMES:
        raise ValueError(
            f"{name!r} cannot be a field name (lower-case letters, digits, _; "
            f"not one of {', '.join(sorted(CONTEXT_NAMES))})"
        )
    kind = _text(spec, "type") or "text"
    if kind not in FIELD_TYPES:
        raise ValueError(f"field {name!r}: type must be one of {', '.join(FIELD_TYPES)}")
    choices = spec.get("choices", [])
    if kind == "choice" and not (choices and all(isinstance(c, str) for c in choices)):
        raise ValueError(f"field {name!r}: a choice needs a list of choices")
    required = spec.get("required", True)
    if not isinstance(required, bool):
        raise ValueError(f"field {name!r}: required must be true or false")
    return Field(
        name=name,
        label=_text(spec, "label") or humanise(name),
        type=kind,
        required=required,
        choices=tuple(choices),
        default=_text(spec, "default"),
        help=_text(spec, "help"),
        labels=_translations(spec, "label"),
        helps=_translations(spec, "help"),
    )


def _text(data: dict, key: str, *, required: bool = False) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise ValueError(f"{key} must be text")
    if required and not value.strip():
        raise ValueError(f"{key} is required")
    return value.strip()


def humanise(name: str) -> str:
    """A label from a variable name: ``hearing_date`` → "Hearing date"."""
    return name.replace("_", " ").strip().capitalize() or name
