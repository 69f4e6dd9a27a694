"""What a template ``needs`` besides its fields (office details, the case's parts, a cited
document), named for the person drafting: ``desktop.drafting.fields.NEED_LABELS``, marked
here for ``lupdate`` in the context ``TemplateNeeds`` (that module has no Qt).  The drafting
view and ``casedesk draft`` look each label up in their language;
``tests/ui/test_translations.py`` checks that every label is marked and translated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "TemplateNeeds"
MARKED = (
    QT_TRANSLATE_NOOP("TemplateNeeds", "Organisation name (office settings)"),
    QT_TRANSLATE_NOOP("TemplateNeeds", "Organisation address (office settings)"),
    QT_TRANSLATE_NOOP("TemplateNeeds", "Signatory (office settings)"),
    QT_TRANSLATE_NOOP("TemplateNeeds", "Signatory's title (office settings)"),
    QT_TRANSLATE_NOOP("TemplateNeeds", "Office telephone (office settings)"),
    QT_TRANSLATE_NOOP("TemplateNeeds", "Office email (office settings)"),
    QT_TRANSLATE_NOOP("TemplateNeeds", "Principal applicant's name (case)"),
    QT_TRANSLATE_NOOP("TemplateNeeds", "Principal applicant's nationality (case)"),
    QT_TRANSLATE_NOOP("TemplateNeeds", "Pathway (case)"),
    QT_TRANSLATE_NOOP("TemplateNeeds", "Location (case)"),
    QT_TRANSLATE_NOOP("TemplateNeeds", "Vulnerabilities and protection needs (case)"),
    QT_TRANSLATE_NOOP("TemplateNeeds", "At least one deadline (case)"),
    QT_TRANSLATE_NOOP("TemplateNeeds", "At least one cited document"),
    QT_TRANSLATE_NOOP("TemplateNeeds", "At least one document linked to the case"),
)
