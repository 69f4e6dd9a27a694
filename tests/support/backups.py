"""A small archive to back up: letters, a family case, an output and the office's template."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.cli.main import main
from tests.support.case_sheets import GOOD, write_csv
from tests.support.letters import letter_pdf


def build_source(root: Path, work: Path, extra_bytes: int = 0) -> Path:
    """An archive at ``root`` with three letters, two cases, one output file and one template
    (and ``extra_bytes`` of random bytes in another output, to make a backup take time)."""
    letters = work / "letters"
    letters.mkdir(parents=True)
    for n in range(3):
        lines = [f"Letter {n}", "Case AFG-2024-00201", "Dear Sir,", f"Paragraph {n} " * 40]
        letter_pdf(letters / f"letter-{n}.pdf", [lines])
    _run("add", letters, "--archive", root)
    _run("case", "import", write_csv(work / "cases.csv", GOOD), "--archive", root)
    (root / "outputs" / "referral-AFG-2024-00201.pdf").write_bytes(b"%PDF-1.4 an output\n")
    (root / "templates").mkdir(exist_ok=True)
    (root / "templates" / "own-letterhead.html").write_text("<p>{{ case.id }}</p>\n")
    if extra_bytes:
        (root / "outputs" / "large.bin").write_bytes(os.urandom(extra_bytes))
    return root


def _run(*args: object) -> None:
    code = main([str(a) for a in args])
    assert code == 0, f"casedesk {args[0]} failed ({code})"
