"""Fuzzing the ingest with mutated real files: bit flips, truncation, splicing, repeats.

Seeds are small real PDFs (text, form, Arabic, attachment), emails and Word files from the
shared corpus.  Hypothesis draws batches of mutants (derandomized: the same cases every
run) and each batch goes through a real :class:`Ingest` with its reader processes and
limits.  Every mutant must end as added, duplicate or a problem with a plain reason;
the test process never sees an exception, and no batch runs past the reader time limit.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.archive import Archive
from index.extract.pool import Limits
from index.ingest.pipeline import Ingest, IngestOptions
from tests.reliability.conftest import SOAK

SEEDS = (
    "pdf/sample-files/001-trivial/minimal-document.pdf",
    "pdf/sample-files/010-pdflatex-forms/pdflatex-forms.pdf",
    "pdf/sample-files/015-arabic/habibi.pdf",
    "pdf/pypdf-resources/crazyones.pdf",
    "pdf/pypdf-resources/form.pdf",
    "email/mikel-mail/spec/fixtures/emails/attachment_emails/attachment_pdf_non_ascii.eml",
    "email/mikel-mail/spec/fixtures/emails/attachment_emails/attachment_nonascii_filename.eml",
    "email/cpython-test_email/msg_02.txt",
    "docx/python-docx/features/steps/test_files/tbl-2x2-table.docx",
    "docx/python-docx/features/steps/test_files/par-hlink-frags.docx",
)
BATCHES = 10 * SOAK
BATCH_SIZE = 20
LIMITS = Limits(seconds=15.0, memory_bytes=512 << 20)
_OUTCOMES: Counter[str] = Counter()


def _seeds() -> list[tuple[str, bytes]]:
    from tests.conftest import CORPUS

    if not CORPUS.is_dir():
        return []
    return [(Path(s).suffix or ".txt", (CORPUS / s).read_bytes()) for s in SEEDS]


SEED_FILES = _seeds()


@st.composite
def mutant(draw: st.DrawFn) -> tuple[str, bytes]:
    """A seed file with one to four mutations applied."""
    suffix, original = draw(st.sampled_from(SEED_FILES))
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        where = draw(st.integers(0, len(data) - 1))
        operation = draw(st.sampled_from(("flip", "truncate", "splice", "repeat", "zero")))
        if operation == "flip":
            data[where] ^= 1 << draw(st.integers(0, 7))
        elif operation == "truncate":
            del data[where:]
        elif operation == "splice":
            _, other = draw(st.sampled_from(SEED_FILES))
            start = draw(st.integers(0, len(other) - 1))
            data[where:where] = other[start : start + draw(st.integers(1, 4096))]
        elif operation == "repeat":
            piece = data[where : where + draw(st.integers(1, 512))]
            data[where:where] = piece * draw(st.integers(2, 64))
        else:
            data[where : where + draw(st.integers(1, 256))] = b"\0" * 256
    return suffix, bytes(data)


@pytest.mark.skipif(not SEED_FILES, reason="the shared corpus is not present")
@settings(
    max_examples=BATCHES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(batch=st.lists(mutant(), min_size=BATCH_SIZE, max_size=BATCH_SIZE))
def test_mutated_real_files_are_each_accounted_for(
    batch: list[tuple[str, bytes]], tmp_path_factory: pytest.TempPathFactory, figures
) -> None:
    """GIVEN 20 mutants of real PDFs, emails and Word files WHEN ingested
    THEN no exception, every file is added, a duplicate or a problem with a reason and an
    action, the batch ends within the reader limits, and the archive checks clean."""
    base = tmp_path_factory.mktemp("fuzz")
    folder = base / "files"
    folder.mkdir()
    for number, (suffix, data) in enumerate(batch):
        (folder / f"mutant-{number:02}{suffix}").write_bytes(data)
    started = time.monotonic()
    with Archive.open(base / "archive", write=True) as archive:
        summary = Ingest(archive, IngestOptions(limits=LIMITS, workers=2)).run([folder])
        report = archive.check()
    elapsed = time.monotonic() - started
    assert summary.given == BATCH_SIZE
    assert summary.added + summary.duplicates + len(summary.problems) == BATCH_SIZE
    assert all(p.reason and p.action for p in summary.problems + summary.attachment_problems)
    assert report.errors == []
    assert elapsed < LIMITS.seconds * BATCH_SIZE / 2 + 60
    _OUTCOMES.update(["added"] * summary.added + ["duplicate"] * summary.duplicates)
    _OUTCOMES.update(p.kind for p in summary.problems)
    figures.add("fuzz_cases", BATCH_SIZE)
    figures.add("fuzz_batches", 1)
    figures.put("fuzz_outcomes", dict(sorted(_OUTCOMES.items())))
