"""The About box (with versions) and the search help."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.tr import translate
from index import __version__

SEARCH_HELP = QT_TRANSLATE_NOOP(
    "About",
    """<h3>Searching</h3>
<p>All words must match. <b>"a phrase"</b>, <b>OR</b>, <b>NOT</b> or <b>-word</b>, (groups).</p>
<p>Names match in every spelling and script: <i>Mohammad</i> finds Muhammad, Mohammed, محمد.</p>
<p>Fields: <b>case:</b>AFG-2024-00137 <b>type:</b>form <b>tag:</b>urgent
<b>name:</b>"Qasim Ahmadzai" <b>passport:</b> <b>anumber:</b> <b>from:</b> <b>lang:</b>dari
<b>date:</b>2023-10..2023-12 <b>added:</b>today, and form fields by name:
<b>familyname:</b>Ahmadzai.</p>
<p>Wildcards <b>Ahmad*</b> (two letters first), fuzzy <b>Qasim~</b>.</p>""",
)


def versions() -> dict[str, str]:
    """The versions of CaseDesk and the parts it is built on."""
    found = {"CaseDesk": __version__, "Qt": qVersion(), "PySide6": PySide6.__version__}
    for name in ("whoosh-reloaded", "pypdf", "pypdfium2", "Jinja2"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = translate("About", "not installed")
    return found


def show(parent: QWidget) -> None:
    """Show the About box."""
    rows = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in versions().items())
    QMessageBox.about(
        parent,
        translate("About", "About CaseDesk"),
        translate(
            "About",
            "<h3>CaseDesk</h3><p>Documents and knowledge for legal-aid casework. "
            "Everything stays on this computer.</p>",
        )
        + f"<table>{rows}</table>",
    )


def show_search_help(parent: QWidget) -> None:
    """Show how to write searches."""
    QMessageBox.information(
        parent, translate("About", "Search help"), translate("About", SEARCH_HELP)
    )
