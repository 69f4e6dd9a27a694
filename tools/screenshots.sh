#!/usr/bin/env bash
# Make the README's screenshots: run the real window under Xvfb on the demo archive, on a
# 1366x768 screen (the usual NGO laptop) and on a 1920x1080 one.  Installs Xvfb and the X
# libraries Qt's xcb platform needs (Debian), then runs tools/screenshots.py once per
# screen, and in Pashto and Dari on the 1366x768 one.
# Output: docs/screenshots/<name>-<width>x<height>.png, <name>-<language>-1366x768.png
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/bootstrap.sh
x_packages=(xvfb xauth libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
            libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxkbcommon-x11-0
            fonts-dejavu-core)
missing=()
for package in "${x_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
export QT_QPA_PLATFORM=xcb
for screen in 1366x768 1920x1080; do
    xvfb-run -a -s "-screen 0 ${screen}x24" .venv/bin/python tools/screenshots.py
done
for code in ps fa_AF; do
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py "$code"
done
