#!/usr/bin/env bash
# Set up what CaseDesk needs on Debian 12 (or a similar system): the system packages Qt
# needs, a virtual environment in .venv, and the Python packages (pinned in pyproject.toml).
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
# For the tests only: Recoll (recollindex, and pdftotext for its PDF filter) is the
# yardstick of the ingest benchmark (benchmarks/ingest_rate.py); about 15 MB installed,
# 7 s to install.
[ -n "$extras" ] && apt_packages+=(recollcmd poppler-utils)
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

missing=()
for package in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing system packages: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

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
