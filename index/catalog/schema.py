"""The catalog's schema and its migrations.

``PRAGMA user_version`` holds the schema version.  Each migration moves the catalog
one version up inside a transaction; a catalog newer than this program is refused
rather than damaged.
"""

from __future__ import annotations

import sqlite3

from index.errors import ArchiveError

_V1 = """
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE originals (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    stored_at TEXT NOT NULL
);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE REFERENCES originals(sha256),
    parent_id INTEGER REFERENCES documents(id),
    name TEXT NOT NULL,
    title TEXT NOT NULL,
    format TEXT NOT NULL,
    kind TEXT NOT NULL,
    date TEXT NOT NULL DEFAULT '',
    page_count INTEGER NOT NULL,
    needs_ocr INTEGER NOT NULL DEFAULT 0,
    metadata TEXT NOT NULL DEFAULT '{}',
    added_at TEXT NOT NULL,
    indexed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX documents_parent ON documents(parent_id);
CREATE INDEX documents_unindexed ON documents(indexed) WHERE indexed = 0;
CREATE TABLE pages (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    text TEXT NOT NULL,
    needs_ocr INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (document_id, page)
) WITHOUT ROWID;
CREATE TABLE fields (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    value TEXT NOT NULL,
    type TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (document_id, position)
) WITHOUT ROWID;
CREATE TABLE refs (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    page INTEGER NOT NULL,
    PRIMARY KEY (document_id, kind, value, page)
) WITHOUT ROWID;
CREATE INDEX refs_value ON refs(kind, value);
CREATE TABLE paths (
    path TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL REFERENCES originals(sha256),
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    seen_at TEXT NOT NULL
);
CREATE INDEX paths_sha ON paths(sha256);
CREATE TABLE problems (
    path TEXT PRIMARY KEY,
    sha256 TEXT,
    size INTEGER NOT NULL DEFAULT -1,
    mtime_ns INTEGER NOT NULL DEFAULT -1,
    kind TEXT NOT NULL,
    reason TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    parent_id INTEGER REFERENCES documents(id),
    at TEXT NOT NULL
);
CREATE TABLE cases (id TEXT PRIMARY KEY, created_at TEXT NOT NULL);
CREATE TABLE case_documents (
    case_id TEXT NOT NULL REFERENCES cases(id),
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    how TEXT NOT NULL,
    PRIMARY KEY (case_id, document_id)
) WITHOUT ROWID;
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '{}'
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;
"""

# v2: the language of each document, tags, and saved searches (search issue).
_V2 = """
ALTER TABLE documents ADD COLUMN language TEXT NOT NULL DEFAULT '';
CREATE TABLE tags (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (document_id, tag)
) WITHOUT ROWID;
CREATE TABLE saved_searches (
    name TEXT PRIMARY KEY,
    query TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""

# v3: cases in full (people, deadlines, notes) and the outputs drafted from them
# (cases and drafting issue).  Office settings live in ``settings`` under "office.*".
_V3 = """
ALTER TABLE cases ADD COLUMN location TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN pathway TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN needs TEXT NOT NULL DEFAULT '[]';
ALTER TABLE cases ADD COLUMN priority TEXT NOT NULL DEFAULT 'normal';
ALTER TABLE cases ADD COLUMN status TEXT NOT NULL DEFAULT 'open';
ALTER TABLE cases ADD COLUMN volunteer TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN confidential TEXT NOT NULL DEFAULT '[]';
ALTER TABLE cases ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
CREATE TABLE case_people (
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    name_native TEXT NOT NULL DEFAULT '',
    relationship TEXT NOT NULL DEFAULT 'principal',
    birth_date TEXT NOT NULL DEFAULT '',
    nationality TEXT NOT NULL DEFAULT '',
    tazkira TEXT NOT NULL DEFAULT '',
    passport TEXT NOT NULL DEFAULT '',
    a_number TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, position)
) WITHOUT ROWID;
CREATE TABLE case_deadlines (
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    date TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, position)
) WITHOUT ROWID;
CREATE INDEX case_deadlines_date ON case_deadlines(date);
CREATE TABLE case_notes (
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    confidential INTEGER NOT NULL DEFAULT 0,
    at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, position)
) WITHOUT ROWID;
CREATE TABLE outputs (
    id INTEGER PRIMARY KEY,
    case_id TEXT REFERENCES cases(id),
    kind TEXT NOT NULL,
    template TEXT NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    document_id INTEGER REFERENCES documents(id),
    context TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL
);
CREATE INDEX outputs_case ON outputs(case_id);
"""

# Documents whose attachments are not all read yet: an ingest killed after recording a
# document but before its attachments finishes them on its next run.
_V4 = """
CREATE TABLE attachments_pending (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    depth INTEGER NOT NULL
);
"""

# Who did what: the login name of the account CaseDesk ran under (rows written before v5
# have an empty one).  Adding a column changes no row, so the audit triggers stay quiet.
_V5 = """
ALTER TABLE audit ADD COLUMN who TEXT NOT NULL DEFAULT '';
"""

# The cases of a document, looked up by document: without this every lookup read the whole
# table, so indexing 100,000 linked documents took 5 ms each in that one query (and
# deleting a document, whose links cascade, did the same).
_V6 = """
CREATE INDEX case_documents_document ON case_documents(document_id);
"""

# Where a document's title and date came from (index/text/document_title.py and
# document_date.py): "name", "metadata", "content:…", or "edited" once a person set them —
# an edited one is never chosen again.  Rows written before v7 keep an empty source.
_V7 = """
ALTER TABLE documents ADD COLUMN title_source TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN date_source TEXT NOT NULL DEFAULT '';
"""

# The pages read by OCR (issue 18): one row per page read, written in the transaction that
# puts its text into ``pages``, so a killed run keeps the pages it read and the next run
# reads only pages flagged ``needs_ocr`` that have no row.  ``words`` is compact JSON, one
# ``[text, left, top, right, bottom, confidence, line]`` per word, boxes in pixels of the
# page image as shown (a PDF page rendered at ``dpi``); ``failure`` says in plain words
# why a page could not be read at all ('' when it was read, even with no words).
_V8 = """
CREATE TABLE page_readings (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    page INTEGER NOT NULL,
    text TEXT NOT NULL,
    words TEXT NOT NULL,
    word_count INTEGER NOT NULL,
    confidence REAL NOT NULL,
    languages TEXT NOT NULL,
    script TEXT NOT NULL,
    engine TEXT NOT NULL,
    rotation INTEGER NOT NULL,
    skew REAL NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    dpi INTEGER NOT NULL,
    seconds REAL NOT NULL,
    failure TEXT NOT NULL DEFAULT '',
    read_at TEXT NOT NULL,
    PRIMARY KEY (document_id, page)
) WITHOUT ROWID;
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8)
VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the catalog up to :data:`VERSION`, one migration per transaction."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > VERSION:
        raise ArchiveError(
            "This archive was written by a newer CaseDesk (catalog version {found}, "
            "this program knows up to {known}). Update CaseDesk to open it.",
            found=current,
            known=VERSION,
        )
    for version in range(current, VERSION):
        script = MIGRATIONS[version] + f"PRAGMA user_version = {version + 1};"
        conn.executescript(f"BEGIN IMMEDIATE;{script}COMMIT;")
