#!/usr/bin/env bash
# Set up what CaseDesk needs on Debian 12 (or a similar system): the system packages Qt
# needs, a virtual environment in .venv, the Python packages (pinned in pyproject.toml),
# and - without --test - CaseDesk in the user's application menu.
# Safe to run again: it only does what is missing.  Usage: tools/bootstrap.sh [--test]
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[ "${1:-}" = "--test" ] && extras="[test]"

# Qt's wheels need these to import (offscreen too); fonts so text is not drawn as boxes.
# fonts-noto-core: Noto Naskh Arabic has every Dari and Pashto letter (DejaVu Sans lacks
# Pashto ۍ and Persian ۀ, which Qt would then draw in another font or as an empty box).
apt_packages=(libglib2.0-0 libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libxkbcommon0
              libbrotli1 fonts-dejavu-core fonts-noto-core)
# poppler-utils: pdftotext, the third reader of a PDF that PDFium and pypdf both fail on
# (docs/PDF-EXTRACTION.md); 0.7 MB, and 4.6 MB for its library libpoppler126 (Debian 12).
apt_packages+=(poppler-utils)
# What Qt's window plugins link to (read with ldd from PySide6 6.12's libqxcb.so,
# libQt6XcbQpa.so.6, xcbglintegrations/*.so and the Wayland plugin): without one of
# them the window does not open (Qt aborts and blames xcb-cursor0 whichever is missing).
# About 1 MB.  The check after the Python packages catches any a newer PySide6 adds.
apt_packages+=(libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
               libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1
               libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxcb-randr0 libxcb-glx0
               libxkbcommon-x11-0 libwayland-client0 libwayland-cursor0)
# For the tests only: Recoll (recollindex; it uses pdftotext for its PDF filter) is the
# yardstick of the ingest benchmark (benchmarks/ingest_rate.py); about 15 MB installed,
# 7 s to install.  desktop-file-validate checks the menu entry; patchelf makes a copy of
# Qt's X11 plugin that needs a library no system has (tests/desktop/test_window_libraries.py).
# python3-recoll: Recoll's Python module, an anchor of benchmarks/search_latency.py --anchors.
[ -n "$extras" ] && apt_packages+=(recollcmd python3-recoll desktop-file-utils patchelf)
# For the tests only: PostgreSQL, the office server (docs/OFFICE-SERVER.md); run-tests starts
# a throwaway cluster of it.  A desk itself needs none: psycopg's wheel carries libpq.
[ -n "$extras" ] && apt_packages+=(postgresql)
# Reading scans and photos (docs/OCR.md): Tesseract 5 with English, Dari/Persian, Pashto and
# Urdu, and orientation-and-script detection (osd).  For the tests only: OCRmyPDF, the
# yardstick of the OCR benchmark (benchmarks/ocr.py).
ocr_packages=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-fas tesseract-ocr-pus
              tesseract-ocr-urd tesseract-ocr-osd)
[ -n "$extras" ] && ocr_packages+=(ocrmypdf)
apt_packages+=("${ocr_packages[@]}")
python=${PYTHON:-python3}
if ! command -v "$python" >/dev/null || ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
    apt_packages+=(python3 python3-venv)
fi

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
updated=""
# apt-get install the packages named that are not installed yet (apt-get update once).
install_missing() {
    local missing=() package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing system packages: ${missing[*]}"
    [ -n "$updated" ] || { $sudo apt-get update -qq && updated=yes; }
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
install_missing "${apt_packages[@]}"

"$python" - <<'PY'
import sys
if sys.version_info < (3, 11):
    sys.exit(f"CaseDesk needs Python 3.11 or newer; {sys.executable} is {sys.version.split()[0]}.")
PY

[ -x .venv/bin/python ] || "$python" -m venv .venv
stamp=".venv/.installed${extras}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    echo "Installing CaseDesk and its Python packages into .venv ..."
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".${extras}"
    touch "$stamp"
fi
# CaseDesk's own sources compiled to bytecode now (quick when up to date), so that every
# command starts from it even where writing bytecode is turned off
# (PYTHONDONTWRITEBYTECODE): compiling them costs a `casedesk search` about 0.1 s a run.
.venv/bin/python -m compileall -q index desktop >/dev/null

# Every library Qt's window plugins link to must be there, or the window cannot open.
# The list above is PySide6 6.12's; ask ldd in case a newer one needs more, and install
# the packages that hold what is missing (named by Debian's rule: libxcb-icccm.so.4 is in
# libxcb-icccm4).  About 0.3 s when everything is there.
if ! window_packages=$(.venv/bin/python -m desktop.qt_libraries); then
    # shellcheck disable=SC2086  # one package name a line
    if [ -z "$window_packages" ] || ! install_missing $window_packages \
            || ! .venv/bin/python -m desktop.qt_libraries >/dev/null; then
        echo "The window may not open until the libraries above are installed (find their" \
             "packages with: apt-file search LIBRARY). The casedesk commands work without them."
    fi
fi

# CaseDesk in the application menu (and "Open with" for the files it reads), for the
# user who ran this - under sudo, the user who called sudo, not root.  Not with --test:
# test runs and CI have no desktop, and a test checkout must not take over the entry.
if [ -z "$extras" ]; then
    if [ "$(id -u)" -eq 0 ] && [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
        sudo -u "$SUDO_USER" -H .venv/bin/casedesk desktop-entry --install \
            || echo "Could not put CaseDesk in $SUDO_USER's application menu; the rest is ready."
    else
        .venv/bin/casedesk desktop-entry --install \
            || echo "Could not put CaseDesk in the application menu; the rest is ready."
    fi
fi
