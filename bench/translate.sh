#!/usr/bin/env bash
# Translator speed: time to translate the largest fixture C file, side by side with
# `gcc -fsyntax-only` on the same file against CPython's headers (the issue's yardstick).
# Usage: bench/translate.sh [FILE.c] [RUNS]
#
# Without FILE.c, the fixtures' Cython C files in target/cython/ are used (tests/differential.py
# writes them; missing ones are generated here with target/venv/bin/cython) and the largest is
# timed. Each command runs RUNS times (default 20), one after the other; the medians of the wall
# time and of the CPU time (user + system, from the child's rusage) are reported. The ratio line,
# which bench/run.py reads, is the wall-time ratio; the CPU-time ratio says what the figure is on
# a machine other work shares.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${2:-20}
if [ $# -ge 1 ]; then
  file=$1
else
  cython=target/venv/bin/cython
  if [ -x "$cython" ]; then
    mkdir -p target/cython
    for pyx in fixtures/*/*.pyx; do
      name=$(basename "$pyx" .pyx)
      [ -e "target/cython/$name.c" ] && continue
      (cd "$(dirname "$pyx")" && "../../$cython" -3 "$name.pyx" -o "../../target/cython/$name.c") >/dev/null 2>&1 || true
    done
  fi
  file=$(ls -S target/cython/*.c examples/*/*.c 2>/dev/null | head -n 1)
fi
cargo build --release -q
bin=target/release/cython2upy
pyinc=$(python3 -c "import sysconfig; print(sysconfig.get_paths()['include'])")

python3 - "$runs" "$file" "$bin" "$pyinc" <<'EOF'
import os, statistics, subprocess, sys, time

runs, file, binary, pyinc = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]

def timed(cmd):
    """Median wall and CPU time in ms of `cmd` over `runs` runs."""
    wall, cpu = [], []
    for _ in range(runs):
        start = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(p.pid, 0)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((usage.ru_utime + usage.ru_stime) * 1000)
    return statistics.median(wall), statistics.median(cpu)

tr = timed([binary, "check", file])
gcc = timed(["gcc", "-fsyntax-only", "-I" + pyinc, file])
with open(file, "rb") as f:
    lines = f.read().count(b"\n")
print("file: %s (%d lines), medians of %d runs, %d CPUs" % (file, lines, runs, os.cpu_count() or 1))
print("%-20s %10s %10s" % ("", "wall ms", "CPU ms"))
print("%-20s %10.1f %10.1f" % ("cython2upy check", tr[0], tr[1]))
print("%-20s %10.1f %10.1f" % ("gcc -fsyntax-only", gcc[0], gcc[1]))
print("CPU time, translator / gcc: %.2f" % (tr[1] / gcc[1]))
print("ratio: %.2f (wall time; goal <= 0.25)" % (tr[0] / gcc[0]))
EOF
