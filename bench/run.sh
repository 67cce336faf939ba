#!/usr/bin/env bash
# The benchmark suite: translated modules (bench/*.pyx) against hand-written MicroPython C
# modules (bench/ref/), @viper, @native and bytecode, in one host MicroPython build.
#
#   bench/run.sh [--update-docs] [--stat min] [--rounds N] [--runs N] [--no-fixtures] ...
#
# (bench/run.sh --help lists every option.)
# Takes a few minutes on two cores (one -Os build of the port, one Cortex-M4 compile of the
# modules, then the timings). Prints the tables and writes them to target/bench/results.md;
# --update-docs also replaces the "Measured" section of docs/performance.md. Needs what
# tests/run-all needs (it runs tests/provision.sh when Cython or MicroPython is missing).
# What each case measures, and how to read the numbers: docs/performance.md and bench/run.py.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 bench/run.py "$@"
