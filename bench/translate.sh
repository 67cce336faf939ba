#!/usr/bin/env bash
# Translator speed: time to translate the largest fixture C file, and the ratio to
# `gcc -fsyntax-only` on the same file against CPython's headers (the issue's yardstick).
# Usage: bench/translate.sh [FILE.c] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${2:-20}
if [ $# -ge 1 ]; then
  file=$1
else
  file=$(ls -S target/cython/*.c examples/*/*.c 2>/dev/null | head -n 1)
fi
cargo build --release -q
bin=target/release/cython2upy
pyinc=$(python3 -c "import sysconfig; print(sysconfig.get_paths()['include'])")

time_runs() {  # prints the mean wall time in ms of "$@" over $runs runs
  local start end
  start=$(date +%s%N)
  for _ in $(seq "$runs"); do "$@" >/dev/null 2>&1 || true; done
  end=$(date +%s%N)
  echo $(( (end - start) / runs / 1000 ))
}

t_tr=$(time_runs "$bin" check "$file")
t_gcc=$(time_runs gcc -fsyntax-only -I"$pyinc" "$file")
echo "file: $file ($(wc -l < "$file") lines)"
echo "cython2upy check: $((t_tr / 1000)).$(printf '%03d' $((t_tr % 1000))) ms (mean of $runs)"
echo "gcc -fsyntax-only: $((t_gcc / 1000)).$(printf '%03d' $((t_gcc % 1000))) ms (mean of $runs)"
awk -v a="$t_tr" -v b="$t_gcc" 'BEGIN { printf "ratio: %.2f (goal <= 0.25)\n", a / b }'
