"""The engine's error sentences a volunteer meets most, listed for the catalogues.

``pyside6-lupdate`` reads this file and puts each template in the context ``Errors`` of
``resources/i18n/*.ts``; :mod:`desktop.error_words` translates an error by its template.
A template listed here must be the exact English of the ``raise`` (a test checks the
listed ones are translated; docs/TRANSLATIONS.md lists the errors not yet here).
"""

from __future__ import annotations

from desktop.ts_catalogue import QT_TRANSLATE_NOOP

TEMPLATES = (
    # The archive: missing, not one, locked by another CaseDesk, too new, disk full.
    QT_TRANSLATE_NOOP(
        "Errors",
        "No CaseDesk archive at {root}. Add documents first (casedesk add), "
        "or choose another archive with --archive.",
    ),
    QT_TRANSLATE_NOOP("Errors", "This folder holds no CaseDesk archive (no catalog.sqlite)."),
    QT_TRANSLATE_NOOP(
        "Errors", "The archive's search index is missing or damaged: run casedesk reindex."
    ),
    QT_TRANSLATE_NOOP("Errors", "Cannot create the archive folder {root}: {reason}."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This archive is being changed by another CaseDesk: '{command}'. "
        "Wait for it to finish, or close the other CaseDesk window, then try again.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This archive is being changed by another CaseDesk: '{command}' (process {pid} on "
        "{host}, since {since}). "
        "Wait for it to finish, or close the other CaseDesk window, then try again.",
    ),
    # What a writer is told while it waits for another (index.lock, a Notice).
    QT_TRANSLATE_NOOP(
        "Errors", "Another CaseDesk window or command is writing: '{command}', waiting…"
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Another CaseDesk window or command is writing: '{command}' (process {pid} on "
        "{host}, since {since}), waiting…",
    ),
    # A case saved over another window's or command's change (index.errors.CaseConflict).
    QT_TRANSLATE_NOOP(
        "Errors",
        "Case {case_id} was changed in another window or by a command at {when} by the "
        "account '{who}' after you opened it, so your changes were not saved over it. Reload "
        "the case to see the newer version, then make your changes again.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Case {case_id} was changed in another window or by a command at {when} after you "
        "opened it, so your changes were not saved over it. Reload the case to see the newer "
        "version, then make your changes again.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The disk is full (or read-only) where the archive is kept, so nothing more could be "
        "saved. Everything saved before is kept and the archive is sound. Free some space, "
        "then run the same command again to finish.",
    ),
    QT_TRANSLATE_NOOP("Errors", "The archive is open read-only here; outputs cannot be saved."),
    # Documents and cases that are not there.
    QT_TRANSLATE_NOOP("Errors", "There is no document {doc_id} in this archive."),
    QT_TRANSLATE_NOOP("Errors", "There is no case {case_id} in this archive."),
    # Backups: no archive, wrong password, damaged, not a backup.
    QT_TRANSLATE_NOOP("Errors", "There is no CaseDesk archive at {root} to back up."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The password is not the one this backup was made with, so it cannot be "
        "opened. Check the password (letters, digits and case must match) and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The backup file is damaged or incomplete (it was changed or cut short after it was "
        "written), so it cannot be restored. Use another backup.",
    ),
    QT_TRANSLATE_NOOP("Errors", "This file is not an encrypted CaseDesk backup."),
    QT_TRANSLATE_NOOP("Errors", "This backup is encrypted: give its password."),
    QT_TRANSLATE_NOOP("Errors", "The password is empty."),
    QT_TRANSLATE_NOOP("Errors", "The two passwords differ; nothing was backed up."),
    # Drafting: a broken or unsafe template, fields missing, a redacted value still there.
    QT_TRANSLATE_NOOP("Errors", "The template {where} is broken: {reason}"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The template {where} tried to use something templates may not use "
        "({reason}). Nothing was drafted; check where this template came from.",
    ),
    QT_TRANSLATE_NOOP("Errors", "The {template} cannot be drafted yet. Missing: {labels}."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing was drafted: a value chosen for redaction could still be read in the "
        "letter ({places}). Check the fields you typed in and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing was drafted: a value chosen for redaction could still be read in the "
        "Word letter. Check the fields you typed in and try again.",
    ),
    # Packets: refused by redaction, or locked PDFs without their passwords.
    QT_TRANSLATE_NOOP(
        "Errors",
        "The packet was not built: a scanned page could not be read well enough to be "
        "sure no value chosen for redaction is on it ({stamps}). Leave that document "
        "out, or build again choosing to black such pages out.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The packet was not built: {count} scanned pages could not be read well enough "
        "to be sure no value chosen for redaction is on them ({stamps}). Leave that "
        "document out, or build again choosing to black such pages out.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "These PDFs are password-protected and need their password to go into the "
        "packet (CaseDesk does not keep passwords): {named}.",
    ),
    # An archive made by a newer CaseDesk; redaction kinds that do not exist.
    QT_TRANSLATE_NOOP(
        "Errors",
        "This archive was written by a newer CaseDesk (catalog version {found}, "
        "this program knows up to {known}). Update CaseDesk to open it.",
    ),
    QT_TRANSLATE_NOOP("Errors", "Cannot redact {unknown}: choose from {kinds}."),
    # The Word letter checks (desktop/drafting/word_check.py).
    QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing was kept: the Word {title} still holds template tags ({{{{ … }}}} or "
        "{{% … %}}) after filling in; check the Word template.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing was kept: the Word {title} does not show {what}; check that the "
        "Word template uses it.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "Nothing was kept: the Word letter could not be read back ({reason})."
    ),
    # A document's title and date checks (desktop/operations/documents.py).
    QT_TRANSLATE_NOOP("Errors", "A document needs a title: the title cannot be empty."),
    QT_TRANSLATE_NOOP("Errors", "A title can be at most {limit} characters long."),
    QT_TRANSLATE_NOOP(
        "Errors", "Write the date as year-month-day, for example 2021-03-03 (or leave it empty)."
    ),
    QT_TRANSLATE_NOOP("Errors", "The date must be between 1900-01-01 and today."),
    # Case spreadsheets (desktop/operations/case_sheet.py).
    QT_TRANSLATE_NOOP("Errors", "{name} is not a spreadsheet CaseDesk reads: use .csv or .xlsx."),
    QT_TRANSLATE_NOOP("Errors", "{name} is empty: its first row should name the columns."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{name} has no case number column: its first row should name the columns "
        "(case_id, name, relationship, … — see docs/IMPORT.md).",
    ),
    QT_TRANSLATE_NOOP("Errors", "{name} is not an Excel workbook CaseDesk can read."),
    QT_TRANSLATE_NOOP("Errors", "{name} is damaged or not an Excel .xlsx workbook."),
    # The office's details (desktop/operations/office.py).
    QT_TRANSLATE_NOOP(
        "Errors", "The logo is set from a picture file (casedesk office --logo FILE)."
    ),
    QT_TRANSLATE_NOOP("Errors", "The logo {name} cannot be read: {reason}."),
    QT_TRANSLATE_NOOP("Errors", "The logo {name} is larger than 2 MB; use a smaller picture."),
    QT_TRANSLATE_NOOP("Errors", "The logo {name} is not a PNG or JPEG picture."),
    # The command line's own refusals (desktop/cli).
    QT_TRANSLATE_NOOP("Errors", "That is not a valid pattern: {reason}."),
    QT_TRANSLATE_NOOP("Errors", "That pattern matches empty text; it must match a case number."),
    QT_TRANSLATE_NOOP("Errors", "Say what to change: --title, --date or both."),
    QT_TRANSLATE_NOOP("Errors", "--id {case_id} and the id in {file} differ."),
    QT_TRANSLATE_NOOP("Errors", "Give the case number with --id (e.g. --id AFG-2024-00137)."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Case {case_id} already exists; change it with: casedesk case edit {case_id} ...",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{file} holds a list of cases: {flags} cannot say which; put the values in the file.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "There is no case {case_id} in this archive (add it with casedesk case add)."
    ),
    QT_TRANSLATE_NOOP("Errors", "{file} is about case {case_id}, not {other}."),
    QT_TRANSLATE_NOOP("Errors", "--today takes a date written YYYY-MM-DD, not {given}."),
    QT_TRANSLATE_NOOP("Errors", "{file} holds a list of cases; casedesk case edit changes one."),
    QT_TRANSLATE_NOOP("Errors", "Cannot read {file}: {reason}."),
    QT_TRANSLATE_NOOP("Errors", "{file} is not a JSON file in UTF-8 ({reason})."),
    QT_TRANSLATE_NOOP(
        "Errors", '--member needs at least a name: "NAME|RELATIONSHIP|BIRTHDATE", not {given}.'
    ),
    QT_TRANSLATE_NOOP(
        "Errors", '--deadline takes KIND=DATE, e.g. "visa expiry=2025-03-01", not {given}.'
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "An Excel workbook cannot be shown here: name a file with -o FILE.xlsx."
    ),
    QT_TRANSLATE_NOOP("Errors", "Only PDF drafts can be protected with a password; write to .pdf."),
    QT_TRANSLATE_NOOP("Errors", "Write the draft to a .pdf, .html or .docx file, not {name}."),
    QT_TRANSLATE_NOOP("Errors", "--set takes FIELD=VALUE, not {given}."),
    QT_TRANSLATE_NOOP("Errors", "Write the packet to a .pdf file, not {name}."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Give a PDF's password as --pdf-password DOC_ID=PASSWORD "
        "(the document's number, as casedesk search and show print it).",
    ),
)
