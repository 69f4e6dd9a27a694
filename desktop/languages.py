"""Which interface language to use, without Qt: shared by the window and the command line.

Our language codes are "en", "fa_AF" (Dari) and "ps" (Pashto).  The window keeps a choice
in its settings file (``window.ini``, key ``interface/language``); the command line reads
that file too, with :mod:`configparser` (no Qt; imported only when the file is there),
after ``--lang`` and ``CASEDESK_LANG``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

LANGUAGE_KEY = "interface/language"
SYSTEM = "system"
ENGLISH = "en"
DARI = "fa_AF"
PASHTO = "ps"
CODES = (ENGLISH, DARI, PASHTO)
# What a person may type after --lang or in CASEDESK_LANG, besides our codes.
_SHORT = {"fa": DARI, "prs": DARI, "dari": DARI, "pashto": PASHTO, "english": ENGLISH}
# The system's locale, most specific first (as gettext reads them).
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def from_locale(name: str) -> str:
    """Our language code for a system locale name: fa_AF, prs and any Persian give Dari
    (the Persian of Afghanistan), ps and pbt Pashto, everything else English."""
    base = name.replace("-", "_").split(".")[0].split("_")[0].lower()
    if base in ("fa", "prs"):
        return DARI
    if base in ("ps", "pbt", "pbu"):
        return PASHTO
    return ENGLISH


def from_name(name: str) -> str | None:
    """Our code for a language named on the command line (en, fa, ps, fa_AF…), or None."""
    name = name.strip()
    if name in CODES:
        return name
    return _SHORT.get(name.lower()) or (from_locale(name) if name else None)


def system_locale(environ: Mapping[str, str]) -> str:
    """The system's locale name from the environment (``LC_ALL``, ``LC_MESSAGES``, ``LANG``)."""
    return next((environ[v] for v in _LOCALE_VARIABLES if environ.get(v)), "")


def saved_choice(settings_file: Path) -> str | None:
    """The language chosen in the window (its ``window.ini``), or None if none was chosen."""
    if not settings_file.is_file():
        return None  # no choice made yet: configparser is not worth importing
    import configparser

    section, key = LANGUAGE_KEY.split("/")
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings_file, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError):
        return None
    code = parser.get(section, key, fallback=SYSTEM)
    return code if code in CODES else None


def cli_language(
    option: str | None,
    environ: Mapping[str, str] = os.environ,
    settings_file: Path | Callable[[], Path] | None = None,
) -> str:
    """The command line's language: ``--lang``, else ``CASEDESK_LANG``, else the window's
    saved choice, else the system's locale.  ``settings_file`` may be a function giving the
    path: finding it imports platformdirs, which a run with ``--lang`` need not pay for."""
    for given in (option, environ.get("CASEDESK_LANG")):
        code = from_name(given) if given else None
        if code:
            return code
    if callable(settings_file):
        settings_file = settings_file()
    saved = saved_choice(settings_file) if settings_file else None
    return saved or from_locale(system_locale(environ))


def window_settings() -> Path:
    """The window's settings file, ``window.ini`` in the user's configuration folder, as
    :func:`platformdirs.user_config_path` names it (desktop.ui.app).  On Linux with an
    absolute ``$XDG_CONFIG_HOME``, or none and an absolute ``$HOME``, that is worked out
    here: importing platformdirs (with tempfile, shutil and random) is a few milliseconds
    of every command (issue 20, item 5).  Anything else is left to platformdirs."""
    folder = None
    if sys.platform.startswith("linux"):
        config, home = os.environ.get("XDG_CONFIG_HOME", ""), os.environ.get("HOME", "")
        if os.path.isabs(config):
            folder = Path(config)
        elif not config and os.path.isabs(home):
            folder = Path(home) / ".config"
    if folder is None:
        from platformdirs import user_config_path

        return user_config_path("CaseDesk", appauthor=False) / "window.ini"
    return folder / "CaseDesk" / "window.ini"
