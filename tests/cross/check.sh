#!/usr/bin/env bash
# Cross-compile check: builds every translated module for a Cortex-M4 (arm-none-eabi-gcc,
# -mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16) against MicroPython configured
# like its ARM ports (single-precision floats, object representation A, MPZ long ints, ROM level
# EXTRA_FEATURES), with the tiny bare-metal port in tests/cross/port. Code that only compiles on
# a 64-bit host (pointer/int size mix-ups, implicit declarations) fails here.
#
#   tests/cross/check.sh [--no-install]
#
# What it compiles, all into one firmware image:
#   - every module the differential harness left in target/upy_modules/*/ (run it first);
#   - examples/hello, translated to target/cross/hello/ (skipped when it does not translate);
#   - runtime/tests/cytest, the runtime's hand-translated test module;
#   - the runtime's C part (cy2upy_runtime/c/*.c), once.
# The runtime's Rust library is not built (only the host Rust target is installed): the link
# uses an empty archive and must leave undefined exactly the functions runtime/src/lib.rs
# exports, nothing else.
#
# Prints `PASS name` / `FAIL name` (with the compiler's complaint) per module, one line for
# the runtime and one for the link, then `N passed, N failed`; exits 1 on any failure. No
# translated module at all (no fixture and no hello) is a failure. arm-none-eabi-gcc is
# installed with apt-get when missing (as root, or with password-less sudo) unless
# --no-install is given. Logs and objects go to target/cross/.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

OUT="$ROOT/target/cross"
MODS="$OUT/usermods"
BUILD="$OUT/build"
PORT="$ROOT/tests/cross/port"
UPY_MODULES="${UPY_MODULES:-$ROOT/target/upy_modules}"
TRANSLATOR="${CYTHON2UPY:-$ROOT/target/debug/cython2upy}"
MICROPY_DIR="${MICROPY_DIR:-$ROOT/target/micropython}"
CROSS_COMPILE="${CROSS_COMPILE:-arm-none-eabi-}"
EXCERPT_LINES=15

install=1
for arg in "$@"; do
    case "$arg" in
        --no-install) install=0 ;;
        -h|--help) sed -n '2,/^set -uo/{/^set -uo/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
        *) echo "check.sh: unknown argument $arg" >&2; exit 2 ;;
    esac
done

passed=0
failed=0
pass() { printf 'PASS %s\n' "$1"; passed=$((passed + 1)); }
fail() {
    printf 'FAIL %s\n' "$1"
    failed=$((failed + 1))
    [ -n "${2:-}" ] && printf '%s\n' "$2" | head -n "$EXCERPT_LINES" | sed "s|$ROOT/||g; s/^/    /"
    return 0
}
finish() {
    printf '%d passed, %d failed\n' "$passed" "$failed"
    [ "$failed" -eq 0 ]
    exit $?
}
rel() { printf '%s' "${1#"$ROOT"/}"; }

mkdir -p "$OUT"

# --- toolchain -------------------------------------------------------------------------------
toolchain_ok() {
    command -v "${CROSS_COMPILE}gcc" >/dev/null 2>&1 &&
        printf '#include <string.h>\n#include <math.h>\n' |
        "${CROSS_COMPILE}gcc" -mcpu=cortex-m4 -mthumb -x c -fsyntax-only - >/dev/null 2>&1
}
if ! toolchain_ok && [ "$install" = 1 ]; then
    bash tests/apt-install.sh "$OUT/apt.log" gcc-arm-none-eabi libnewlib-arm-none-eabi binutils-arm-none-eabi
fi
if ! toolchain_ok; then
    fail "toolchain" "${CROSS_COMPILE}gcc with newlib headers not found; install gcc-arm-none-eabi and libnewlib-arm-none-eabi (apt-get), or set CROSS_COMPILE"
    finish
fi
echo "check.sh: $("${CROSS_COMPILE}gcc" --version | head -n 1)"

if [ ! -f "$MICROPY_DIR/py/mkenv.mk" ]; then
    bash tests/provision.sh >"$OUT/provision.log" 2>&1 ||
        { fail "micropython tree" "tests/provision.sh failed, see $(rel "$OUT/provision.log")"; finish; }
fi

# --- the modules -----------------------------------------------------------------------------
rm -rf "$MODS"
mkdir -p "$MODS"
translated=()
for dir in "$UPY_MODULES"/*/; do
    [ -f "$dir/micropython.mk" ] || continue
    name="$(basename "$dir")"
    cp -a "$dir" "$MODS/$name"
    translated+=("$name")
done

# examples/hello: translated here, so the check has a module even before any fixture works.
rm -rf "$OUT/hello"
if [ ! -x "$TRANSLATOR" ]; then
    echo "SKIP hello: $(rel "$TRANSLATOR") does not exist (cargo build)"
elif "$TRANSLATOR" translate examples/hello/hello.c -o "$OUT/hello/hello.c" >"$OUT/hello.translate.log" 2>&1 &&
    [ -f "$OUT/hello/micropython.mk" ]; then
    if [ -d "$MODS/hello" ]; then
        echo "SKIP hello: a fixture module is named hello too"
    else
        cp -a "$OUT/hello" "$MODS/hello"
        translated+=("hello")
    fi
else
    last="$(tail -n 1 "$OUT/hello.translate.log")"
    echo "SKIP hello: examples/hello/hello.c does not translate (${last:-no output}; $(rel "$OUT/hello.translate.log"))"
fi

# runtime/tests/cytest, laid out as the translator lays out a module (as runtime/tests/run.sh).
# It carries the runtime the translator wrote beside the first translated module, so that the
# copy compiled is the one users get whichever module folder the port includes first.
mkdir -p "$MODS/cytest"
cp runtime/tests/cytest/cytest.c "$MODS/cytest/"
if [ ${#translated[@]} -gt 0 ] && [ -d "$MODS/${translated[0]}/cy2upy_runtime" ]; then
    cp -a "$MODS/${translated[0]}/cy2upy_runtime" "$MODS/cytest/"
    runtime_origin="as the translator writes it"
else
    mkdir -p "$MODS/cytest/cy2upy_runtime"
    (cd runtime && cp -r Cargo.toml build-rust.sh runtime.mk runtime.cmake c include src "$MODS/cytest/cy2upy_runtime/")
    runtime_origin="from runtime/"
fi
# The hand-written test module exercises the whole runtime: every part of rules/parts.toml.
parts=$(sed -n 's/^name = "\(.*\)"$/-DCY2UPY_PART_\1=1/p' "rules/parts.toml" | tr '\n' ' ')
sed -e 's|@MODULE_NAME@|cytest|g' -e 's|@MODULE_SOURCES@|cytest.c|' -e 's|@RUNTIME_DIR@|cy2upy_runtime|g' \
    -e "s|^@RUNTIME_PARTS@\$|CFLAGS_USERMOD += $parts|" \
    runtime/micropython.mk.in >"$MODS/cytest/micropython.mk"

if [ ${#translated[@]} -eq 0 ]; then
    fail "translated modules" "nothing to compile: $(rel "$UPY_MODULES") holds no module (run tests/differential.py first) and examples/hello does not translate"
else
    echo "check.sh: modules ${translated[*]} cytest"
fi

# --- build -----------------------------------------------------------------------------------
# gcc's diagnostics in LOG of KIND (error|warning) whose file matches the regex INCLUDE and not
# EXCLUDE, each with the source excerpt gcc prints under it. The qstr scan preprocesses every
# source before it is compiled, so a diagnostic can appear twice: only the first is kept.
diagnostics() { # LOG KIND INCLUDE [EXCLUDE]
    awk -v kind="$2" -v inc="$3" -v exc="${4:-}" '
        /^[^ ]*:[0-9]+(:[0-9]+)?: (fatal )?(error|warning)/ {
            show = ($0 ~ ("^[^ ]*:[0-9]+(:[0-9]+)?: (fatal )?" kind)) && ($0 ~ inc) && (exc == "" || $0 !~ exc) && !seen[$0]++
            if (show) print
            next
        }
        /^ / { if (show) print; next }
        { show = 0 }
    ' "$1"
}
module_errors() { diagnostics "$2" error "^$MODS/$1/" "^$MODS/$1/cy2upy_runtime/"; }
module_warnings() { diagnostics "$2" warning "^$MODS/$1/" "^$MODS/$1/cy2upy_runtime/" | grep -v '^ '; }
runtime_errors() { diagnostics "$1" error "^$MODS/[^/]*/cy2upy_runtime/"; }
runtime_warnings() {
    diagnostics "$1" warning "^$MODS/[^/]*/cy2upy_runtime/" | grep -v '^ ' |
        sed -E "s|^$MODS/[^/]*/cy2upy_runtime/|cy2upy_runtime/|" | sort -u
}
objects_of() { # NAME: the object files the module's own sources compile to
    local src
    for src in "$MODS/$1"/*.c; do
        [ -f "$src" ] && printf '%s\n' "$BUILD/$1/$(basename "${src%.c}").o"
    done
}

LOG="$OUT/build.log"
# A clean build every time (about 15 s on two cores): a failed compile would leave an older
# object behind, and a failed scan older generated headers.
rm -rf "$BUILD"
start=$SECONDS
make -C "$PORT" -j2 -k MICROPY_DIR="$MICROPY_DIR" CROSS_COMPILE="$CROSS_COMPILE" \
    USER_C_MODULES="$MODS" BUILD="$BUILD" all >"$LOG" 2>&1
make_rc=$?
echo "check.sh: make -C tests/cross/port took $((SECONDS - start))s (exit $make_rc, $(rel "$LOG"))"

# Without MicroPython's generated headers nothing was compiled. (The qstr and module scans
# survive a source that does not preprocess; a broken micropython.mk or port does not.)
for header in qstrdefs.generated.h moduledefs.h root_pointers.h mpversion.h; do
    [ -f "$BUILD/genhdr/$header" ] && continue
    excerpt="$(grep -E -i "error|\*\*\*" "$LOG" | grep -v -E '^(CC|AS|GEN|QSTR) |Build-Troubleshooting' | head -n "$EXCERPT_LINES")"
    excerpt="genhdr/$header was not generated ($(rel "$LOG")):
${excerpt:-$(tail -n "$EXCERPT_LINES" "$LOG")}"
    for dir in "$MODS"/*/; do fail "$(basename "$dir")" "$excerpt"; done
    fail "cy2upy_runtime" "not compiled: genhdr/$header was not generated"
    fail "firmware link" "not linked: genhdr/$header was not generated"
    finish
done

# --- results ---------------------------------------------------------------------------------
modules_ok=1
for dir in "$MODS"/*/; do
    name="$(basename "$dir")"
    errors="$(module_errors "$name" "$LOG")"
    missing=""
    while read -r obj; do
        [ -f "$obj" ] || missing="$missing $(rel "$obj")"
    done < <(objects_of "$name")
    label="$name"
    [ "$name" = cytest ] && label="cytest (runtime/tests, hand-translated)"
    if [ -z "$errors" ] && [ -z "$missing" ]; then
        pass "$label"
    else
        modules_ok=0
        if [ -z "$errors" ] && [ -n "$(runtime_errors "$LOG")" ]; then
            errors="not compiled:$missing: the runtime's header does not compile (see cy2upy_runtime)"
        fi
        fail "$label" "${errors:-not compiled:$missing (see $(rel "$LOG"))}"
    fi
    warnings="$(module_warnings "$name" "$LOG")"
    [ -n "$warnings" ] && printf '%s\n' "$warnings" | sed "s|^$MODS/||; s/^/    /" | head -n "$EXCERPT_LINES"
done

# The runtime's C part: compiled once, from the first module folder the port includes.
runtime_copy="$(ls -d "$BUILD"/*/cy2upy_runtime/c 2>/dev/null | head -n 1)"
errors="$(runtime_errors "$LOG")"
if [ -z "$errors" ] && [ -n "$runtime_copy" ]; then
    src_dir="$MODS/${runtime_copy#"$BUILD"/}"
    missing=""
    for src in "$src_dir"/*.c; do
        obj="$runtime_copy/$(basename "${src%.c}").o"
        [ -f "$obj" ] || missing="$missing $(basename "$src")"
    done
    if [ -z "$missing" ]; then
        pass "cy2upy_runtime (C part, $runtime_origin)"
    else
        fail "cy2upy_runtime" "not compiled:$missing: cy2upy_runtime/c/ holds it, but the build fragment (runtime.mk) does not list it, so no firmware would contain it"
    fi
else
    fail "cy2upy_runtime" "${errors:-not compiled (see $(rel "$LOG"))}"
fi
warnings="$(runtime_warnings "$LOG")"
[ -n "$warnings" ] && printf '%s\n' "$warnings" | sed 's/^/    /' | head -n "$EXCERPT_LINES"

# The link: every symbol resolves except the Rust library's exports (its archive is empty).
other_errors="$(diagnostics "$LOG" error "" "^$MODS/")"
if [ -f "$BUILD/firmware.elf" ]; then
    rust_lib="$(ls "$MODS"/*/cy2upy_runtime/src/lib.rs 2>/dev/null | head -n 1)"
    rust_exports="$(grep -A2 -F '#[no_mangle]' "$rust_lib" | grep -o -E 'fn [A-Za-z_][A-Za-z0-9_]*' | sed 's/^fn //' | sort -u)"
    undefined="$(grep -o -E "undefined reference to \`[^']+'" "$LOG" | sed -E "s/.*\`(.*)'/\1/" | sort -u)"
    unexpected="$(comm -23 <(printf '%s\n' "$undefined" | sed '/^$/d') <(printf '%s\n' "$rust_exports"))"
    size="$("${CROSS_COMPILE}size" "$BUILD/firmware.elf" | awk 'NR==2 {print "text " $1 ", data " $2 ", bss " $3}')"
    if [ -n "$unexpected" ]; then
        fail "firmware link" "undefined symbols that the Rust library does not provide:
$(printf '%s\n' "$unexpected" | sed 's/^/  /')"
    elif [ "$make_rc" -ne 0 ] || [ -n "$other_errors" ]; then
        fail "firmware link" "${other_errors:-make failed (see $(rel "$LOG"))}"
    else
        n="$(printf '%s\n' "$undefined" | sed '/^$/d' | wc -l)"
        pass "firmware link ($(rel "$BUILD/firmware.elf"): $size; $n Rust runtime symbols left to libcy2upy_runtime.a)"
    fi
elif [ -n "$other_errors" ]; then
    fail "firmware link" "MicroPython or the port does not compile:
$other_errors"
elif [ "$modules_ok" = 1 ] && [ -z "$errors" ]; then
    fail "firmware link" "$(grep -E -i "error|undefined|\*\*\*" "$LOG" | grep -v -E '^(CC|AS|GEN|QSTR) ' | head -n "$EXCERPT_LINES")"
else
    echo "SKIP firmware link: not attempted, some sources do not compile"
fi

finish
