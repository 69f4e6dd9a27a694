"""The arguments of ``casedesk case ...`` and ``casedesk office`` (commands: :mod:`.cases`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.words import QT_TRANSLATE_NOOP, translate
from index.cases.model import (
    CONFIDENTIAL_FIELDS,
    DEADLINE_KINDS,
    PATHWAYS,
    PRIORITIES,
    RELATIONSHIPS,
    STATUSES,
)
from index.cases.store import OFFICE_FIELDS, PAPER_SIZES

_JSON_HELP = """\
--from-json FILE reads the whole case (flags given as well change it further):

  {"id": "AFG-2024-00137",
   "people": [{"name": "Mohammad Karim Ahmadzai", "name_native": "محمد کریم احمدزی",
               "relationship": "principal", "birth_date": "1986-01-01",
               "nationality": "Afghan", "tazkira": "", "passport": "P00013701",
               "a_number": ""},
              {"name": "Zarmina Ahmadzai", "relationship": "spouse"}],
   "location": "Islamabad", "pathway": "P-2",
   "needs": ["former employee of a US-funded programme"],
   "priority": "urgent", "status": "open",
   "deadlines": [{"kind": "visa expiry", "date": "2025-03-01", "note": ""}],
   "volunteer": "R. Sultani",
   "notes": [{"text": "…", "confidential": true}],
   "confidential": ["tazkira"]}

Only "id" is needed. A birth date may be a full date (1986-01-01 or 01/01/1986), a month
(1986-01), a year (1986), approximate ("about 1986", "c. 1986", "~1986") or Solar Hijri
(1364-10-11 or 11 Jadi 1364, kept as 1986-01-01; 1364 or "Jadi 1364", kept as they are);
deadlines are days, YYYY-MM-DD or Solar Hijri. A list of such cases ([{…}, {…}]) adds
them all, or none when one is wrong. What case show --json prints can be read
back (its created_at, updated_at and documents are ignored).
"""

_CHOICES = f"""\
pathways: {", ".join(PATHWAYS)}
priorities: {", ".join(PRIORITIES)}; statuses: {", ".join(STATUSES)}
relationships: {", ".join(RELATIONSHIPS)}
deadline kinds: {", ".join(DEADLINE_KINDS)}
confidential fields: {", ".join(CONFIDENTIAL_FIELDS)}
"""

_LISTS = ("needs", "deadlines", "members", "notes", "confidential")


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``case`` (with its own commands) and ``office`` to the command line."""
    case = sub.add_parser(
        "case", help=translate("Cli", "add, change, list and show cases; link documents")
    )
    actions = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    fields = _field_flags()
    formatter = argparse.RawDescriptionHelpFormatter
    add = actions.add_parser(
        "add",
        parents=[common, fields],
        help=translate("Cli", "add a case from flags or a JSON file"),
        description=f"Add a case.\n\n{_JSON_HELP}\n{_CHOICES}",
        formatter_class=formatter,
    )
    add.add_argument(
        "--id", metavar="CASE", help=translate("Cli", "the case number, e.g. AFG-2024-00137")
    )
    edit = actions.add_parser(
        "edit",
        parents=[common, fields],
        help=translate("Cli", "change what the flags give (the rest is kept)"),
        description="Change a case: single values are replaced; repeated flags (--need, "
        "--deadline, --member, --note, --confidential) add to what the case has, after "
        f"--clear empties a list.\n\n{_JSON_HELP}\n{_CHOICES}",
        formatter_class=formatter,
    )
    edit.add_argument("case_id", metavar="CASE")
    edit.add_argument(
        "--clear", action="append", choices=_LISTS, help=translate("Cli", "empty a list first")
    )
    listing = actions.add_parser(
        "list", parents=[common], help=translate("Cli", "list cases, most pressing first")
    )
    listing.add_argument(
        "--status",
        metavar="S",
        help=translate("Cli", "only this status ({values})").format(values=", ".join(STATUSES)),
    )
    listing.add_argument(
        "--priority",
        metavar="P",
        help=translate("Cli", "only this priority ({values})").format(values=", ".join(PRIORITIES)),
    )
    listing.add_argument(
        "--due-within",
        type=int,
        metavar="DAYS",
        help=translate("Cli", "only cases with a deadline in the next DAYS days"),
    )
    show = actions.add_parser(
        "show",
        parents=[common],
        help=translate("Cli", "show a case, its people, deadlines, notes and documents"),
    )
    show.add_argument("case_id", metavar="CASE")
    for reader in (listing, show):
        reader.add_argument(
            "--today",
            metavar="DATE",
            help=translate("Cli", "count deadlines from this day (YYYY-MM-DD) instead of today"),
        )
    for name, verb in (
        ("link", QT_TRANSLATE_NOOP("Cli", "link documents to a case")),
        ("unlink", QT_TRANSLATE_NOOP("Cli", "take documents out of a case")),
    ):
        linking = actions.add_parser(name, parents=[common], help=translate("Cli", verb))
        linking.add_argument("case_id", metavar="CASE")
        linking.add_argument("doc_ids", nargs="+", type=int, metavar="DOC_ID")
    _add_sheets(actions, common)
    _add_office(sub, common)


def _add_sheets(actions: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    importing = actions.add_parser(
        "import",
        parents=[common],
        help=translate("Cli", "add the cases of a spreadsheet (.csv or .xlsx), all or none"),
        description=translate(
            "Cli",
            "Add the cases of a spreadsheet: one row per person, rows with the same "
            "case number are one family; headers in English, Dari or Pashto (docs/IMPORT.md). "
            "Every row is checked; when one is refused nothing is written (unless --skip-bad) "
            "and each refused row is named with its column, value and why.",
        ),
    )
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "check the file and report; write nothing"),
    )
    importing.add_argument(
        "--skip-bad",
        action="store_true",
        help=translate("Cli", "import the cases whose rows are all right"),
    )
    export = actions.add_parser(
        "export",
        parents=[common],
        help=translate("Cli", "write every case as a spreadsheet (.csv or .xlsx)"),
    )
    kind = export.add_mutually_exclusive_group(required=True)
    kind.add_argument("--csv", action="store_true", help=translate("Cli", "as CSV (UTF-8)"))
    kind.add_argument("--xlsx", action="store_true", help=translate("Cli", "as an Excel workbook"))
    export.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help=translate("Cli", "file to write")
    )
    export.add_argument(
        "--confidential",
        action="store_true",
        help=translate(
            "Cli", "include the fields and notes cases mark confidential (left out otherwise)"
        ),
    )


def _field_flags() -> argparse.ArgumentParser:
    flags = argparse.ArgumentParser(add_help=False)
    group = flags.add_argument_group(translate("Cli", "the principal applicant"))
    for flag, meta, text in (
        ("--name", "NAME", QT_TRANSLATE_NOOP("Cli", "name in Latin script, as on the passport")),
        (
            "--name-native",
            "NAME",
            QT_TRANSLATE_NOOP("Cli", "name in Arabic script (Dari, Pashto, Urdu)"),
        ),
        (
            "--birth-date",
            "DATE",
            QT_TRANSLATE_NOOP(
                "Cli",
                'date of birth: 1990-05-12, 1990-05, 1990, "about 1985", or Solar Hijri '
                "(1369-02-22, 1369)",
            ),
        ),
        ("--nationality", "TEXT", QT_TRANSLATE_NOOP("Cli", "nationality, e.g. Afghan")),
        ("--passport", "NUMBER", QT_TRANSLATE_NOOP("Cli", "passport number")),
        ("--tazkira", "NUMBER", QT_TRANSLATE_NOOP("Cli", "tazkira number")),
        ("--anumber", "NUMBER", "A-number"),
    ):
        group.add_argument(flag, metavar=meta, help=translate("Cli", text))
    case = flags.add_argument_group(translate("Cli", "the case"))
    case.add_argument(
        "--member",
        action="append",
        metavar="NAME|RELATIONSHIP|BIRTHDATE",
        help=translate(
            "Cli",
            "a family member (repeatable); a fourth part is the name in Arabic script: "
            '"Zarmina Ahmadzai|spouse|1990-03-21|زرمینه احمدزی"',
        ),
    )
    case.add_argument(
        "--location", metavar="PLACE", help=translate("Cli", "where the family is, e.g. Islamabad")
    )
    case.add_argument(
        "--pathway",
        metavar="PATHWAY",
        help=translate("Cli", "e.g. P-2, SIV, resettlement referral"),
    )
    case.add_argument(
        "--need",
        action="append",
        metavar="NEED",
        help=translate("Cli", "a protection need (repeatable), e.g. journalist"),
    )
    case.add_argument(
        "--priority", metavar="P", help=translate("Cli", "emergency, urgent or normal")
    )
    case.add_argument(
        "--status", metavar="S", help=translate("Cli", "open, referred, waiting or closed")
    )
    case.add_argument(
        "--volunteer", metavar="NAME", help=translate("Cli", "the volunteer who holds the case")
    )
    case.add_argument(
        "--deadline",
        action="append",
        metavar="KIND=DATE",
        help=translate(
            "Cli",
            'a deadline (repeatable): "visa expiry=2025-03-01" (or a Solar Hijri day, '
            '"visa expiry=1403-12-11"), optionally =NOTE after the date',
        ),
    )
    case.add_argument(
        "--note", action="append", metavar="TEXT", help=translate("Cli", "a note (repeatable)")
    )
    case.add_argument(
        "--confidential-note",
        action="append",
        metavar="TEXT",
        help=translate("Cli", "a note kept out of letters unless chosen (repeatable)"),
    )
    case.add_argument(
        "--confidential",
        action="append",
        metavar="FIELD",
        help=translate("Cli", "keep a field out of letters unless chosen (repeatable)"),
    )
    case.add_argument(
        "--from-json",
        type=Path,
        metavar="FILE",
        help=translate("Cli", "read the whole case from a JSON file (its shape is above)"),
    )
    return flags


def _add_office(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    office = sub.add_parser(
        "office",
        parents=[common],
        help=translate("Cli", "show or change the office's details used in letters"),
        description=translate(
            "Cli",
            "The office's details: letterheads and signatures in drafted letters. "
            "With no option, shows them; with options, changes those.",
        ),
    )
    for key in OFFICE_FIELDS:
        if key == "paper":
            office.add_argument(
                "--paper", choices=PAPER_SIZES, help=translate("Cli", "paper size (default a4)")
            )
        elif key == "logo":
            office.add_argument(
                "--logo",
                type=Path,
                metavar="FILE",
                help=translate("Cli", "a PNG or JPEG picture (copied in)"),
            )
        elif key == "addressees":
            office.add_argument(
                "--addressees",
                metavar="TEXT",
                help=translate(
                    "Cli", r"the usual addressees of letters: \n between lines, \n\n between two"
                ),
            )
        else:
            office.add_argument(f"--{key.replace('_', '-')}", metavar="TEXT", dest=key)
