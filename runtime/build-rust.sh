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
# The archive rustc writes carries all of `core` and `compiler_builtins` (megabytes). When the
# crate's own object needs nothing from them (tests/runtime_abi.rs keeps it so), the archive is
# rewritten to hold that object alone: compiler_builtins also defines libm's fmod, floor, ceil,
# ..., and a port that names -lm after the user libraries (ports/unix does) would otherwise take
# those from it instead of the C library. When anything here fails, the full archive stays.
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

# trim_archive LIB: LIB reduced to the crate's own object when that object's undefined symbols
# are all defined outside LIB (the C library's memcpy, bcmp, ...).
trim_archive() {
    ar=${CY2UPY_AR:-ar} nm=${CY2UPY_NM:-nm}
    dir="$1.members"
    rm -rf "$dir" && mkdir "$dir" || return 0
    (
        cd "$dir" || exit 1
        "$ar" x "../$(basename "$1")" || exit 1
        own=$(ls | grep 'cy2upy_runtime\.[0-9a-f]*-cgu\.[0-9]*\.rcgu\.o$') || exit 1
        [ "$(echo "$own" | wc -l)" = 1 ] || exit 1
        "$nm" --undefined-only --format=just-symbols "$own" | sort -u >undefined.txt || exit 1
        for m in *.o; do
            [ "$m" = "$own" ] || "$nm" --defined-only --format=just-symbols "$m" 2>/dev/null
        done | sort -u >others.txt
        [ -z "$(comm -12 undefined.txt others.txt)" ] || exit 1
        rm -f "../$(basename "$1").trim" && "$ar" rcs "../$(basename "$1").trim" "$own" || exit 1
    ) && mv -f "$1.trim" "$1"
    rm -rf "$dir" "$1.trim"
    return 0
}

mkdir -p "$(dirname "$out")" || exit 1
tmp="$out.tmp.$$"
log="$out.log.$$"
trap 'rm -rf "$tmp" "$log" "$tmp.members" "$tmp.trim"' EXIT
# The library is not built by make's jobserver rules: do not hand rustc make's flags.
# shellcheck disable=SC2086 # RUSTC and the flags are word lists
if MAKEFLAGS= MFLAGS= $rustc --edition 2021 --crate-type staticlib --crate-name cy2upy_runtime \
    ${target:+--target "$target"} -C panic=abort -C codegen-units=1 "$@" \
    -o "$tmp" "$src" >"$log" 2>&1; then
    trim_archive "$tmp"
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
