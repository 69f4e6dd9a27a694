"""The three group roles of an office database and what each may do, enforced by PostgreSQL.

- ``casedesk_reader``: SELECT only; not the confidential notes (row-level security on
  ``case_notes``, because confidentiality is per note, a flag in the row) and not the
  identity numbers and birth dates of people (column grants on ``case_people``, because
  those columns are confidential in every row).
- ``casedesk_volunteer``: a reader, plus everything confidential, plus writing documents,
  originals, cases and outputs, plus adding audit rows.
- ``casedesk_admin``: a volunteer, plus settings and saved searches of the office.

A reader may add audit rows of what it exported or printed, and no other action (a
row-level security policy on ``audit``; its ``who`` is still the server's).
No role may UPDATE, DELETE or TRUNCATE the audit log (no such grant, and a trigger refuses
it even to the tables' owner), nor write its ``who``, ``at`` or ``id``: INSERT is granted
on ``action`` and ``detail`` only, so ``who`` is always the server's ``current_user``.
The roles are NOLOGIN groups; people log in as their own roles (``add-user``).  Roles are
the cluster's, not one database's: two CaseDesk databases on one server share them.
"""

from __future__ import annotations

READER, VOLUNTEER, ADMIN = "casedesk_reader", "casedesk_volunteer", "casedesk_admin"
ROLES = {"reader": READER, "volunteer": VOLUNTEER, "admin": ADMIN}

# Readable by a reader in full.
_OPEN = (
    "schema_version", "settings", "originals", "original_chunks", "documents", "pages",
    "fields", "refs", "tags", "saved_searches", "paths", "problems", "attachments_pending",
    "cases", "case_documents", "case_deadlines", "outputs", "page_readings", "audit", "changes",
)  # fmt: skip
_PEOPLE_OPEN = "case_id, position, name, name_native, relationship, nationality"
# Written by a volunteer (and an admin).
_WORK = (
    "originals", "original_chunks", "documents", "pages", "fields", "refs", "tags", "paths",
    "problems", "attachments_pending", "cases", "case_documents", "case_people",
    "case_deadlines", "case_notes", "outputs", "page_readings",
)  # fmt: skip
_OFFICE = ("settings", "saved_searches")
# The audit rows a reader may add (schema version 3): what it took out of the office.
READER_ACTIONS = ("exported", "printed")


# An init of another database on the same server may make a role or a membership meanwhile
# (the init lock is per database, roles are per server): the catalog's unique index then
# refuses the second (duplicate_object or unique_violation), and that is as good as done.
_MADE_MEANWHILE = "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;\n"


def _create_role(role: str) -> str:
    return (
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') THEN "
        f"CREATE ROLE {role} NOLOGIN; END IF; " + _MADE_MEANWHILE
    )


def _grant_role(role: str, member: str) -> str:
    return (
        f"DO $$ BEGIN IF NOT pg_has_role('{member}', '{role}', 'MEMBER') THEN "
        f"GRANT {role} TO {member}; END IF; " + _MADE_MEANWHILE
    )


def grants_sql() -> str:
    """The SQL that creates the roles (if missing) and sets their grants and policies.

    Safe to run again: GRANT and REVOKE are idempotent, the policies are replaced."""
    open_tables, work, office = ", ".join(_OPEN), ", ".join(_WORK), ", ".join(_OFFICE)
    return (
        "".join(map(_create_role, (READER, VOLUNTEER, ADMIN)))
        + _grant_role(READER, VOLUNTEER)
        + _grant_role(VOLUNTEER, ADMIN)
        + f"""
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {READER}, {VOLUNTEER}, {ADMIN};
GRANT SELECT ON {open_tables} TO {READER};
GRANT SELECT ({_PEOPLE_OPEN}) ON case_people TO {READER};
GRANT SELECT ON case_notes TO {READER};
GRANT SELECT ON case_people TO {VOLUNTEER};
GRANT SELECT, INSERT, UPDATE, DELETE ON {work} TO {VOLUNTEER};
GRANT INSERT (action, detail) ON audit TO {READER}, {VOLUNTEER};
DROP POLICY IF EXISTS audit_read ON audit;
DROP POLICY IF EXISTS audit_reader_adds ON audit;
DROP POLICY IF EXISTS audit_volunteer_adds ON audit;
CREATE POLICY audit_read ON audit FOR SELECT TO {READER} USING (true);
CREATE POLICY audit_reader_adds ON audit FOR INSERT TO {READER}
    WITH CHECK (action IN ({", ".join(map(repr, READER_ACTIONS))}));
CREATE POLICY audit_volunteer_adds ON audit FOR INSERT TO {VOLUNTEER} WITH CHECK (true);
GRANT SELECT, INSERT, UPDATE, DELETE ON {office} TO {ADMIN};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {VOLUNTEER};
ALTER TABLE case_notes ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS notes_open ON case_notes;
DROP POLICY IF EXISTS notes_all ON case_notes;
CREATE POLICY notes_open ON case_notes FOR SELECT TO {READER} USING (confidential = 0);
CREATE POLICY notes_all ON case_notes TO {VOLUNTEER} USING (true) WITH CHECK (true);
"""
    )
