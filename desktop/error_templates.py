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
    # The window's ingest process ended before it was done (index.ingest.elsewhere).
    QT_TRANSLATE_NOOP(
        "Errors",
        "Adding files stopped unexpectedly: the process adding them ended. What was added "
        "before is kept and the archive is sound. Add the same files again to finish.",
    ),
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
    # The office server (index/office): reaching it, its logins and rights, its database.
    QT_TRANSLATE_NOOP(
        "Errors",
        "The connection to the office server was lost; nothing was saved by this step. "
        "Check that the server is running and reachable, then try again.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database {database} on {server} is not a CaseDesk office database (or is not"
        " set up yet: casedesk office-server init sets it up).",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database {database} on {server} was set up by a newer CaseDesk (schema "
        "version {version}; this program knows up to {known}). Update CaseDesk to check "
        "it.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The office server could not be reached (database {database} on {server}). Check "
        "that it is running and that this computer is on the office network, then try "
        "again.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The office server refused this: your login is not allowed to make this change. "
        "Ask the office's administrator for the volunteer or admin role.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The office server refused the login (database {database} on {server}): the user "
        "name or password is wrong. Check them, or the password in ~/.pgpass or "
        "PGPASSWORD.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "There is no database {database} on {server}. Check the database name in the address.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The office server has no such user (database {database} on {server}). Ask the "
        "office's administrator to add you (casedesk office-server add-user).",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "That is not a valid address of an office database; it looks like "
        "postgresql://user@server/database (special characters in it %-encoded).",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The office server could not be reached (database {database} on {server}), or the"
        " connection was lost.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The office server refused: this login may not add documents (it is a reader). "
        "Nothing was added. Ask the office's administrator for the volunteer role.",
    ),
    QT_TRANSLATE_NOOP("Errors", "Lost the office server; trying again in {seconds} s."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database {database} on {server} was set up by a newer CaseDesk (schema "
        "version {version}). Update CaseDesk to search it.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This login may not read the documents of the database {database} on {server}. "
        "Ask the office's administrator to make it a reader or a volunteer.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The connection to the office server was lost (database {database} on {server}). "
        "The search index on this computer is kept; run the same command again once the "
        "server is back.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This computer has no search index of the office database yet: run casedesk "
        "office-server sync.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The office server refused the push: this login may not write into the office "
        "database. Push with a login of the admin role (casedesk office-server add-user).",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The connection to the office server was lost during the push (database "
        "{database} on {server}). What was pushed is kept whole; run the same push again "
        "to finish.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The office server could not take the push ({reason}). Nothing half-written is "
        "kept; run casedesk check on both, then the push again.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "A login name is lower-case letters, digits and _ (at most 63), starting with a "
        "letter, for example farid_k.",
    ),
    QT_TRANSLATE_NOOP("Errors", "The password is empty; give one (it is not shown as you type)."),
    QT_TRANSLATE_NOOP("Errors", "A login of that name already exists on this server."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database {database} on {server} was set up by a newer CaseDesk (schema "
        "version {version}; this program knows up to {known}). Update CaseDesk to use it.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This login may not set up the database {database} on {server}: init needs the "
        "database's owner with the right to create roles (CREATEROLE), such as the "
        "postgres user.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This login may not add users: that needs the right to create roles (CREATEROLE),"
        " such as the postgres user or the database's owner.",
    ),
    QT_TRANSLATE_NOOP("Errors", "The two passwords differ; nothing was changed. Try again."),
    # casedesk check of an office database (index.office.check): problems and notes.
    QT_TRANSLATE_NOOP("Errors", "The role {role} is missing: run casedesk office-server init."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The role {role} is without its rights on this database: run casedesk office-server init.",
    ),
    QT_TRANSLATE_NOOP("Errors", "This login may not read {table}; its rows were not counted."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The original {original} is incomplete: {have} of {expected} parts are there "
        "({stored} of {size} bytes). Add the file again, or restore it from a backup.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The original {original} does not match its fingerprint (SHA-256): its "
        "content is damaged. Add the file again, or restore it from a backup.",
    ),
    # A case refused (index.cases.checks): each problem a sentence, and the words in it.
    QT_TRANSLATE_NOOP("Errors", "The case was not saved: {problem}"),
    QT_TRANSLATE_NOOP("Errors", "The case was not saved:\n{lines}"),
    QT_TRANSLATE_NOOP("Errors", "Only one person can be the principal applicant."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{given} is not a case number: case numbers look like AFG-2024-00137 "
        "(three letters, the year, five digits).",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "{given} is not a case number: this archive's case numbers match {pattern}."
    ),
    QT_TRANSLATE_NOOP("Errors", "Person {number} ({role}) has no name in Latin script."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The birth date of person {number} ({role}) could not be read ({reason}); {how}.",
    ),
    QT_TRANSLATE_NOOP("Errors", "it is not a date"),
    QT_TRANSLATE_NOOP("Errors", "there is no such month"),
    QT_TRANSLATE_NOOP("Errors", "there is no such day"),
    QT_TRANSLATE_NOOP("Errors", "the month's name is of another calendar than the year"),
    QT_TRANSLATE_NOOP(
        "Errors", "a year is 1900 to 2100, or 1300 to 1450 in the Solar Hijri calendar"
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "write a full date (1990-05-12 or 12/05/1990), a month (1990-05), a year (1990), "
        '"about 1985", or a Solar Hijri date (1369-02-22, 1369)',
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Deadline {number} ({kind}) needs a date with its day, written YYYY-MM-DD "
        "(or in the Solar Hijri calendar, e.g. 1403-11-08 or 8 Dalw 1403).",
    ),
    QT_TRANSLATE_NOOP("Errors", "Note {number} is empty."),
    QT_TRANSLATE_NOOP(
        "Errors", "The time of note {number} must be an ISO time (YYYY-MM-DDTHH:MM)."
    ),
    QT_TRANSLATE_NOOP("Errors", "{given} cannot be marked confidential; these can: {choices}."),
    QT_TRANSLATE_NOOP("Errors", "{given} is not a pathway; choose one of: {choices}."),
    QT_TRANSLATE_NOOP("Errors", "No pathway was given; choose one of: {choices}."),
    QT_TRANSLATE_NOOP("Errors", "{given} is not a priority; choose one of: {choices}."),
    QT_TRANSLATE_NOOP("Errors", "No priority was given; choose one of: {choices}."),
    QT_TRANSLATE_NOOP("Errors", "{given} is not a status; choose one of: {choices}."),
    QT_TRANSLATE_NOOP("Errors", "No status was given; choose one of: {choices}."),
    QT_TRANSLATE_NOOP("Errors", "{given} is not a relationship; choose one of: {choices}."),
    QT_TRANSLATE_NOOP("Errors", "No relationship was given; choose one of: {choices}."),
    QT_TRANSLATE_NOOP("Errors", "{given} is not a kind of deadline; choose one of: {choices}."),
    QT_TRANSLATE_NOOP("Errors", "No kind of deadline was given; choose one of: {choices}."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Deadline {number}: {given} is not a kind of deadline; choose one of: {choices}.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "Deadline {number}: no kind of deadline was given; choose one of: {choices}."
    ),
    # A list of cases (case add --from-json) and an import's rows (desktop.operations).
    QT_TRANSLATE_NOOP("Errors", "No case was added:\n{lines}"),
    QT_TRANSLATE_NOOP("Errors", "Case {number} in the list: {problem}"),
    QT_TRANSLATE_NOOP("Errors", "{case_id} is twice in the list."),
    QT_TRANSLATE_NOOP("Errors", "{case_id} is already in the archive."),
    QT_TRANSLATE_NOOP("Errors", "The row has no case number."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "Case {case_id} is already in the archive (change it with casedesk case edit).",
    ),
    QT_TRANSLATE_NOOP("Errors", "It differs from row {row} of the same case ({earlier})."),
    QT_TRANSLATE_NOOP("Errors", "The person has no name in Latin script."),
    QT_TRANSLATE_NOOP("Errors", "The same person as row {row} (same name and birth date)."),
    QT_TRANSLATE_NOOP(
        "Errors", "A birth date must be a real date written YYYY-MM-DD (e.g. 1986-01-01)."
    ),
    QT_TRANSLATE_NOOP("Errors", "These can be marked confidential: {choices}."),
    QT_TRANSLATE_NOOP("Errors", "{item}: {problem}"),
    QT_TRANSLATE_NOOP(
        "Errors", "{item}: a deadline is written KIND=YYYY-MM-DD (visa expiry=2025-03-01)."
    ),
    # Backups, restores, outputs and the push (desktop/operations, desktop/output,
    # index/office/push.py) and the command line's last refusals.
    QT_TRANSLATE_NOOP("Errors", "The backup was stopped; no backup file was kept."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The archive's catalog is damaged, so it was not backed up: run casedesk check.",
    ),
    QT_TRANSLATE_NOOP("Errors", "The archive's catalog could not be read ({reason})."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "An original the catalog lists ({sha}…) is missing, so the archive was not backed "
        "up: run casedesk check.",
    ),
    QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The earlier backup {name} in this folder cannot be read ({reason}) Give the "
        "password the folder's backups were made with, or back up to another folder.",
    ),
    QT_TRANSLATE_NOOP("Errors", "The backup did not read back as it was written: it was not kept."),
    QT_TRANSLATE_NOOP("Errors", "The backup is too large for one file."),
    QT_TRANSLATE_NOOP(
        "Errors", "This file is not a CaseDesk backup (or its beginning is damaged)."
    ),
    QT_TRANSLATE_NOOP("Errors", "Cannot read the backup {path}: {reason}."),
    QT_TRANSLATE_NOOP("Errors", "This backup was made by a newer CaseDesk: update CaseDesk."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "This archive is open read-only (another CaseDesk is changing it): a document's "
        "title and date cannot be changed now.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{target} is not empty: restore into a new folder (an archive is never restored "
        "over another).",
    ),
    QT_TRANSLATE_NOOP("Errors", "There is no backup file {source}."),
    QT_TRANSLATE_NOOP("Errors", "There is no CaseDesk backup in {source}."),
    QT_TRANSLATE_NOOP("Errors", "{name} needs the earlier backups made with it in its folder."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The backup file is damaged or incomplete (it was changed or cut short after it "
        "was written), so it cannot be restored. Use another backup: {count} file(s) it "
        "needs are in no backup of its folder (was an earlier backup moved or deleted?).",
    ),
    QT_TRANSLATE_NOOP("Errors", "The restore was stopped; nothing was restored."),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{what} is kept in the archive, but {target} could not be written: {reason}.",
    ),
    QT_TRANSLATE_NOOP("Errors", "The output"),
    QT_TRANSLATE_NOOP("Errors", "The draft"),
    QT_TRANSLATE_NOOP("Errors", "The packet"),
    QT_TRANSLATE_NOOP("Errors", "The logo"),
    QT_TRANSLATE_NOOP("Errors", "The list of cases"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The desk's copy of {what} ({sha}…) is missing or damaged, so the push stopped "
        "there; what was pushed before is kept. Run casedesk check on the desk.",
    ),
    QT_TRANSLATE_NOOP("Errors", "a document"),
    QT_TRANSLATE_NOOP("Errors", "an original"),
    QT_TRANSLATE_NOOP("Errors", "Name the new archive's folder with --archive DIR."),
    # The office's own templates (casedesk templates --add/--remove, index.office.office_files).
    QT_TRANSLATE_NOOP(
        "Errors",
        "A template's file is named like referral-letter.html, _letterhead.html or "
        "referral-letter.docx (small letters, digits, - and _): {name} is not.",
    ),
    QT_TRANSLATE_NOOP("Errors", "The office database has no template file {name}."),
    QT_TRANSLATE_NOOP("Errors", "The template {name} cannot be read: {reason}."),
    QT_TRANSLATE_NOOP(
        "Errors", "On an archive folder, put a template file in its templates folder: {folder}."
    ),
    # Folder-only commands given an office database (index.location).
    QT_TRANSLATE_NOOP(
        "Errors",
        "This works only on an archive folder: of the commands, casedesk backup, "
        "restore, ocr and demo do not work on an office database (postgresql://…).",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "An office database is backed up with PostgreSQL's own tools, not casedesk backup: "
        "pg_dump on the server (see docs/OFFICE-SERVER.md). casedesk backup saves an "
        "archive folder.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "An office database is restored with PostgreSQL's own tools, not casedesk restore: "
        "pg_restore on the server, then casedesk office-server init to set the roles' "
        "rights again (see docs/OFFICE-SERVER.md).",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "casedesk ocr reads the scans of an archive folder: scans sent to an office "
        "database are read on the desk that adds them (casedesk add reads them before "
        "sending them).",
    ),
)
