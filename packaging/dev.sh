#!/bin/sh
# One entry point for a fresh Debian/Ubuntu machine with Python >= 3.11:
#   ./packaging/dev.sh run    set up .venv and start Humas Desktop on the local SQLite archive
#   ./packaging/dev.sh test   set up .venv with the dev extras, run ruff, mypy, import-linter, pytest
#   ./packaging/dev.sh bench  run the benchmarks in benchmarks/
#   ./packaging/dev.sh bundle build and smoke-test the PyInstaller bundle (packaging/)
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV="$ROOT/.venv"
MODE=${1:-run}
[ $# -gt 0 ] && shift

# Qt's xcb platform plugin needs these; LibreOffice renders PDF exports; hunspell is the
# checker benchmark's baseline.
QT_PKGS="libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon0 \
libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core"
TEST_PKGS="hunspell libreoffice-writer-nogui poppler-utils xvfb"

missing_pkgs() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || printf '%s ' "$p"
    done
}

ensure_system_packages() {
    # shellcheck disable=SC2086
    need=$(missing_pkgs $*)
    [ -z "$need" ] && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing system packages: $need"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null
        # shellcheck disable=SC2086
        apt-get install -y -qq --no-install-recommends $need >/dev/null
    else
        echo "Missing system packages (install them as root):"
        echo "  sudo apt-get install $need"
        [ "$MODE" = run ] && exit 1
    fi
}

find_python() {
    for py in python3.13 python3.12 python3.11 python3; do
        if command -v "$py" >/dev/null 2>&1 &&
            "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$py"; return 0
        fi
    done
    echo "Python 3.11 or newer is required." >&2
    exit 1
}

ensure_venv() {
    extras=$1
    stamp="$VENV/.installed-$extras"
    if [ ! -x "$VENV/bin/python" ]; then
        py=$(find_python)
        "$py" -m venv "$VENV" 2>/dev/null || {
            ensure_system_packages python3-venv
            "$py" -m venv "$VENV"
        }
    fi
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
        "$VENV/bin/python" -m pip install -q --upgrade pip
        "$VENV/bin/python" -m pip install -q -e ".[$extras]"
        touch "$stamp"
    fi
    "$VENV/bin/python" -m humas_desktop.build_translations
}

case "$MODE" in
run)
    # shellcheck disable=SC2086
    ensure_system_packages $QT_PKGS
    ensure_venv server
    exec "$VENV/bin/humas-desktop" "$@"
    ;;
test)
    # shellcheck disable=SC2086
    ensure_system_packages $QT_PKGS $TEST_PKGS
    ensure_venv "dev,server"
    export QT_QPA_PLATFORM=offscreen
    "$VENV/bin/ruff" check humas_desktop tests benchmarks
    "$VENV/bin/mypy" humas_desktop --exclude 'humas_desktop/ui/'
    "$VENV/bin/lint-imports"
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
bench)
    ensure_venv "dev,server"
    export QT_QPA_PLATFORM=offscreen
    for script in benchmarks/*.py; do
        echo "== $script"
        "$VENV/bin/python" "$script"
    done
    ;;
bundle)
    ensure_venv "dev,server,packaging"
    exec ./packaging/build_bundle.sh "$@"
    ;;
*)
    echo "usage: $0 run|test|bench|bundle [args]" >&2
    exit 2
    ;;
esac
