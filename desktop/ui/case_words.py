"""The words of a case's choices (status, priority, pathway, needs, relationships, deadline
kinds) and of documents' kinds and languages, in the interface's language.

The case keeps the English value (``index.cases.model``: the engine has no Qt); the form
and the case list show its translation, and a drop-down keeps the value as its item's
data, so what is saved does not depend on the language shown.  A document's kind and
language are shown the same way in the results, the filters and Details.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox

from desktop.ui.tr import translate

# index.cases.model's PATHWAYS, NEEDS, PRIORITIES, STATUSES, RELATIONSHIPS and
# DEADLINE_KINDS, for lupdate (tests/ui/test_translations.py checks none is missing).
CHOICES = (
    QT_TRANSLATE_NOOP("CaseChoices", "resettlement referral"),
    QT_TRANSLATE_NOOP("CaseChoices", "P-1"),
    QT_TRANSLATE_NOOP("CaseChoices", "P-2"),
    QT_TRANSLATE_NOOP("CaseChoices", "SIV"),
    QT_TRANSLATE_NOOP("CaseChoices", "family reunification"),
    QT_TRANSLATE_NOOP("CaseChoices", "humanitarian parole"),
    QT_TRANSLATE_NOOP("CaseChoices", "other"),
    QT_TRANSLATE_NOOP("CaseChoices", "journalist"),
    QT_TRANSLATE_NOOP("CaseChoices", "artist or musician"),
    QT_TRANSLATE_NOOP("CaseChoices", "women's rights defender"),
    QT_TRANSLATE_NOOP("CaseChoices", "former employee of a US-funded programme"),
    QT_TRANSLATE_NOOP("CaseChoices", "human rights defender"),
    QT_TRANSLATE_NOOP("CaseChoices", "religious or ethnic minority"),
    QT_TRANSLATE_NOOP("CaseChoices", "LGBTQI+"),
    QT_TRANSLATE_NOOP("CaseChoices", "medical"),
    QT_TRANSLATE_NOOP("CaseChoices", "unaccompanied child"),
    QT_TRANSLATE_NOOP("CaseChoices", "emergency"),
    QT_TRANSLATE_NOOP("CaseChoices", "urgent"),
    QT_TRANSLATE_NOOP("CaseChoices", "normal"),
    QT_TRANSLATE_NOOP("CaseChoices", "open"),
    QT_TRANSLATE_NOOP("CaseChoices", "referred"),
    QT_TRANSLATE_NOOP("CaseChoices", "waiting"),
    QT_TRANSLATE_NOOP("CaseChoices", "closed"),
    QT_TRANSLATE_NOOP("CaseChoices", "principal"),
    QT_TRANSLATE_NOOP("CaseChoices", "spouse"),
    QT_TRANSLATE_NOOP("CaseChoices", "child"),
    QT_TRANSLATE_NOOP("CaseChoices", "parent"),
    QT_TRANSLATE_NOOP("CaseChoices", "sibling"),
    QT_TRANSLATE_NOOP("CaseChoices", "visa expiry"),
    QT_TRANSLATE_NOOP("CaseChoices", "passport expiry"),
    QT_TRANSLATE_NOOP("CaseChoices", "permit expiry"),
    QT_TRANSLATE_NOOP("CaseChoices", "exit deadline"),
    QT_TRANSLATE_NOOP("CaseChoices", "interview"),
)

# The kinds index.ingest.document and the drafting outputs give documents (icons.py).
KINDS = (
    QT_TRANSLATE_NOOP("DocumentKinds", "email"),
    QT_TRANSLATE_NOOP("DocumentKinds", "form"),
    QT_TRANSLATE_NOOP("DocumentKinds", "letter"),
    QT_TRANSLATE_NOOP("DocumentKinds", "statement"),
    QT_TRANSLATE_NOOP("DocumentKinds", "note"),
    QT_TRANSLATE_NOOP("DocumentKinds", "case file"),
    QT_TRANSLATE_NOOP("DocumentKinds", "briefing packet"),
    QT_TRANSLATE_NOOP("DocumentKinds", "briefing note"),
    QT_TRANSLATE_NOOP("DocumentKinds", "summary"),
    QT_TRANSLATE_NOOP("DocumentKinds", "cover"),
    QT_TRANSLATE_NOOP("DocumentKinds", "document"),
)
# index.text.language.LANGUAGE_NAMES.
LANGUAGES = (
    QT_TRANSLATE_NOOP("DocumentLanguages", "English"),
    QT_TRANSLATE_NOOP("DocumentLanguages", "Dari/Persian"),
    QT_TRANSLATE_NOOP("DocumentLanguages", "Pashto"),
    QT_TRANSLATE_NOOP("DocumentLanguages", "Urdu"),
    QT_TRANSLATE_NOOP("DocumentLanguages", "Arabic"),
    QT_TRANSLATE_NOOP("DocumentLanguages", "Mixed"),
    QT_TRANSLATE_NOOP("DocumentLanguages", "Other"),
)


def kind_label(kind: str) -> str:
    """A document's kind as the window shows it."""
    return translate("DocumentKinds", kind) if kind else kind


def language_label(name: str) -> str:
    """A document language's English name (LANGUAGE_NAMES) as the window shows it."""
    return translate("DocumentLanguages", name) if name else name


def choice_label(value: str) -> str:
    """``value`` as the window shows it (itself when it is not one of the standard ones)."""
    return translate("CaseChoices", value) if value else value


def choice_box(choices: Sequence[str]) -> QComboBox:
    """A drop-down of ``choices``, each shown translated, its value kept as the item's data."""
    box = QComboBox()
    for value in choices:
        box.addItem(choice_label(value), value)
    return box


def choose(box: QComboBox, value: str) -> None:
    """Show ``value`` in ``box``; a value it does not list (an older spelling) is added."""
    index = box.findData(value)
    if index < 0:
        box.addItem(choice_label(value), value)
        index = box.count() - 1
    box.setCurrentIndex(index)


def chosen(box: QComboBox) -> str:
    """The value shown in ``box`` (not its translation)."""
    value = box.currentData()
    return value if isinstance(value, str) else box.currentText()
