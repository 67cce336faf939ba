#!/bin/sh
# Build the test port (tests/port) with the hand-written runtime test module and run its test.
#   runtime/tests/run.sh [MICROPY_DIR]
# Writes everything under target/runtime-test/.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
MPY=${1:-${MICROPY_DIR:-$ROOT/target/micropython}}
[ -d "$MPY/py" ] || MPY=$(ls -d "$ROOT"/target/mpsdist/*/ 2>/dev/null | head -1)
OUT=$ROOT/target/runtime-test
MODS=$OUT/usermods
rm -rf "$MODS"
mkdir -p "$MODS/cytest/cy2upy_runtime"
cp "$ROOT/runtime/tests/cytest/cytest.c" "$MODS/cytest/"
# The layout the translator writes: the runtime's sources beside the module.
(cd "$ROOT/runtime" && cp -r Cargo.toml build-rust.sh runtime.mk runtime.cmake c include src "$MODS/cytest/cy2upy_runtime/")
# The hand-written test module exercises the whole runtime: every part of rules/parts.toml.
parts=$(sed -n 's/^name = "\(.*\)"$/-DCY2UPY_PART_\1=1/p' "$ROOT/rules/parts.toml" | tr '\n' ' ')
sed -e 's|@MODULE_NAME@|cytest|g' -e 's|@MODULE_SOURCES@|cytest.c|' -e 's|@RUNTIME_DIR@|cy2upy_runtime|g' \
    -e "s|^@RUNTIME_PARTS@\$|CFLAGS_USERMOD += $parts|" \
    "$ROOT/runtime/micropython.mk.in" > "$MODS/cytest/micropython.mk"
make -C "$ROOT/tests/port" -j2 MICROPY_DIR="$MPY" USER_C_MODULES="$MODS" \
    BUILD="$OUT/build" PROG_OUT="$OUT/micropython" >"$OUT/build.log" 2>&1 || {
    tail -40 "$OUT/build.log"; exit 1; }
(cd "$ROOT/runtime/tests" && "$OUT/micropython" test_cytest.py > "$OUT/test.out" 2>&1) || true
if diff -u "$ROOT/runtime/tests/test_cytest.exp" "$OUT/test.out"; then
    echo "runtime test: OK"
else
    echo "runtime test: FAILED"; exit 1
fi
