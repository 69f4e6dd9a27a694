"""Per-format reading speed of the new readers, and of the libraries they were chosen over.

Builds one larger file of each format with ``tests/support/office.py`` (invented text),
then times, in this process, CaseDesk's extractor and each alternative that is installed
(openpyxl read-only for .xlsx, python-pptx for .pptx, odfpy for .odt, antiword for .doc,
lingua for language identification).  Prints a table; nothing is kept.

    .venv/bin/python -m benchmarks.formats [--rounds 5]
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from index.extract.base import ExtractOptions
from index.extract.registry import extract_file
from tests.support import office

SENTENCE = (
    "The applicant Zarmina Haidari arrived in Peshawar in 2021 with her two children and "
    "registered with the office on 15/03/2024 under case AFG-2024-00137. "
)
DARI = "درخواست گزار با دو فرزندش در سال ۱۴۰۰ به پشاور رسید. "


def build(folder: Path) -> dict[str, Path]:
    """One file per format, each with a few hundred KB of text."""
    files = {}
    text = (SENTENCE * 3 + "\r") * 400 + (DARI * 3 + "\r") * 100
    files["doc"] = folder / "letter.doc"
    files["doc"].write_bytes(office.doc_bytes(text[: len(text) // 2], text[len(text) // 2 :]))
    files["msg"] = folder / "mail.msg"
    files["msg"].write_bytes(
        office.msg_bytes("Interview", SENTENCE * 200, "a@example.invalid", "b", {"n.txt": b"x"})
    )
    rows = [[f"Name {i}:", SENTENCE[:60], i, i * 1.5, "2024-03-15"] for i in range(10_000)]
    files["xlsx"] = office.xlsx_file(folder / "sheet.xlsx", {"One": rows, "Two": rows[:2000]})
    files["xls"] = office.xls_file(folder / "sheet.xls", {"One": rows[:5000]})
    files["ods"] = folder / "sheet.ods"
    files["ods"].write_bytes(office.ods_bytes({"One": [[str(c) for c in r] for r in rows]}))
    files["csv"] = folder / "table.csv"
    files["csv"].write_text("\n".join(",".join(map(str, r)) for r in rows))
    files["odt"] = folder / "statement.odt"
    files["odt"].write_bytes(office.odt_bytes("S", [SENTENCE * 3] * 400, [["a", "b"]] * 200))
    slides = [(f"Slide {i}", SENTENCE * 4, SENTENCE) for i in range(100)]
    files["pptx"] = office.pptx_file(folder / "deck.pptx", slides)
    files["rtf"] = folder / "letter.rtf"
    files["rtf"].write_bytes(office.rtf_bytes("T", SENTENCE * 1500, DARI * 200))
    members = {f"folder/{i}.txt": SENTENCE * 20 for i in range(500)}
    files["zip"] = folder / "bundle.zip"
    files["zip"].write_bytes(office.zip_bytes(members))
    return files


def timed(read: Callable[[], object], rounds: int) -> float:
    """The best of ``rounds`` wall times of ``read()``, in milliseconds."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        read()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def alternatives(files: dict[str, Path]) -> dict[str, tuple[str, Callable[[], object]]]:
    """The libraries not chosen, for the formats where there was a choice."""
    found: dict[str, tuple[str, Callable[[], object]]] = {}
    if importlib.util.find_spec("openpyxl"):
        from openpyxl import load_workbook

        def openpyxl_read() -> object:
            book = load_workbook(files["xlsx"], read_only=True, data_only=True)
            return [list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets]

        found["xlsx"] = ("openpyxl read-only", openpyxl_read)
    if importlib.util.find_spec("pptx"):
        from pptx import Presentation

        def pptx_read() -> object:
            deck = Presentation(str(files["pptx"]))
            return [
                [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
                for slide in deck.slides
            ]

        found["pptx"] = ("python-pptx", pptx_read)
    if importlib.util.find_spec("odf"):
        from odf import teletype
        from odf.opendocument import load
        from odf.text import P

        def odfpy_read() -> object:
            return [teletype.extractText(p) for p in load(str(files["odt"])).getElementsByType(P)]

        found["odt"] = ("odfpy", odfpy_read)
    if shutil.which("antiword"):
        found["doc"] = (
            "antiword",
            lambda: subprocess.run(["antiword", str(files["doc"])], capture_output=True),
        )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = build(Path(tmp))
        others = alternatives(files)
        print(f"{'format':6} {'size KB':>8} {'CaseDesk ms':>12}  alternative")
        for fmt, path in files.items():
            ours = timed(lambda p=path: extract_file(p, p.suffix, ExtractOptions()), args.rounds)
            other = ""
            if fmt in others:
                name, read = others[fmt]
                other = f"{name}: {timed(read, args.rounds):.1f} ms"
            size = path.stat().st_size // 1024
            print(f"{fmt:6} {size:>8} {ours:>12.1f}  {other}")
    languages()


def languages() -> None:
    """py3langid against lingua on 2,000 characters of German, and their start-up."""
    from index.text.language import _identifier

    text = ("Sehr geehrte Damen und Herren, wir bestätigen den Eingang Ihres Antrags. " * 30)[:2000]
    start = time.perf_counter()
    identifier = _identifier()
    load = time.perf_counter() - start
    print(f"py3langid: load {load:.2f} s, {timed(lambda: identifier.classify(text), 50):.2f} ms")
    if importlib.util.find_spec("lingua"):
        from lingua import Language, LanguageDetectorBuilder

        chosen = [Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.DUTCH]
        start = time.perf_counter()
        detector = LanguageDetectorBuilder.from_languages(*chosen).build()
        detector.detect_language_of("warm up")
        load = time.perf_counter() - start
        took = timed(lambda: detector.detect_language_of(text), 50)
        print(f"lingua: load {load:.2f} s, {took:.2f} ms")


if __name__ == "__main__":
    main()
