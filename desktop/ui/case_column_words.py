"""The columns of a spreadsheet of cases named in the interface's language, where a refused
row is shown (File ▸ Import cases…, ``casedesk case import``).

The names are :data:`desktop.operations.case_columns.COLUMNS` (the English headers an
import reads), marked here for ``lupdate`` in the context ``CaseColumns``; in English a
column is shown by that header.  No Qt: the window passes Qt's translator, the command
line its own, as :mod:`desktop.ui.problem_words` does.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.ts_catalogue import QT_TRANSLATE_NOOP

CONTEXT = "CaseColumns"
COLUMN_NAMES = (
    QT_TRANSLATE_NOOP("CaseColumns", "case_id"),
    QT_TRANSLATE_NOOP("CaseColumns", "name"),
    QT_TRANSLATE_NOOP("CaseColumns", "name_native"),
    QT_TRANSLATE_NOOP("CaseColumns", "relationship"),
    QT_TRANSLATE_NOOP("CaseColumns", "birth_date"),
    QT_TRANSLATE_NOOP("CaseColumns", "nationality"),
    QT_TRANSLATE_NOOP("CaseColumns", "tazkira"),
    QT_TRANSLATE_NOOP("CaseColumns", "passport"),
    QT_TRANSLATE_NOOP("CaseColumns", "a_number"),
    QT_TRANSLATE_NOOP("CaseColumns", "location"),
    QT_TRANSLATE_NOOP("CaseColumns", "pathway"),
    QT_TRANSLATE_NOOP("CaseColumns", "needs"),
    QT_TRANSLATE_NOOP("CaseColumns", "priority"),
    QT_TRANSLATE_NOOP("CaseColumns", "status"),
    QT_TRANSLATE_NOOP("CaseColumns", "volunteer"),
    QT_TRANSLATE_NOOP("CaseColumns", "deadlines"),
    QT_TRANSLATE_NOOP("CaseColumns", "confidential"),
    QT_TRANSLATE_NOOP("CaseColumns", "note"),
    QT_TRANSLATE_NOOP("CaseColumns", "confidential_note"),
)


def column_words(column: str, translate: Callable[[str, str], str]) -> str:
    """``column`` (a header key, or "" for the case as a whole) in the face's language."""
    return translate(CONTEXT, column) if column else column
