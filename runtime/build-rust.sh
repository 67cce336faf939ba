#!/bin/sh
# build-rust.sh: compile the runtime's no_std Rust library (runtime.mk and runtime.cmake call it).
#
#   sh build-rust.sh RUSTC OUT LIB_RS TARGET [RUSTFLAGS...]
#
# RUSTC may be a command with arguments ("rustup run nightly rustc"); TARGET is a Rust target
# triple, or "" for the host. The crate has no dependencies, so rustc compiles it directly (cargo
# would refuse a copy of it inside someone else's Cargo workspace). panic=abort: the crate never
# unwinds, so the library carries no unwinding support.
#
# When rustc is missing or has no `core` for TARGET, this prints one short message naming the
# command to run and the CY2UPY_RUST_LIB alternative, instead of rustc's own output. The library
# is written to a temporary name and moved into place, so a failed build leaves no OUT behind.
set -u
rustc=$1 out=$2 src=$3 target=$4
shift 4

alt="or build the library once elsewhere and link it with CY2UPY_RUST_LIB=/path/to/libcy2upy_runtime.a"
first=${rustc%% *}
if ! command -v "$first" >/dev/null 2>&1; then
    echo "cy2upy: cannot build the runtime's Rust library: '$first' not found." >&2
    echo "cy2upy: install Rust (rustup), set CY2UPY_RUSTC to a rustc command, $alt" >&2
    exit 1
fi

mkdir -p "$(dirname "$out")" || exit 1
tmp="$out.tmp.$$"
log="$out.log.$$"
trap 'rm -f "$tmp" "$log"' EXIT
# The library is not built by make's jobserver rules: do not hand rustc make's flags.
# shellcheck disable=SC2086 # RUSTC and the flags are word lists
if MAKEFLAGS= MFLAGS= $rustc --edition 2021 --crate-type staticlib --crate-name cy2upy_runtime \
    ${target:+--target "$target"} -C panic=abort -C codegen-units=1 "$@" \
    -o "$tmp" "$src" >"$log" 2>&1; then
    mv -f "$tmp" "$out"
    exit 0
fi

shown=${target:-the host}
if grep -q "can't find crate for .core." "$log"; then
    echo "cy2upy: rustc has no core library for $shown." >&2
    echo "cy2upy: run 'rustup target add $target', $alt" >&2
elif grep -q "could not find specification for target\|Error loading target specification" "$log"; then
    echo "cy2upy: rustc does not know the target '$target' (see 'rustc --print target-list')." >&2
    echo "cy2upy: set CY2UPY_RUST_TARGET to the board's Rust target triple, $alt" >&2
else
    cat "$log" >&2
    echo "cy2upy: building the runtime's Rust library failed ($rustc, target $shown)." >&2
fi
exit 1
