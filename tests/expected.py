#!/usr/bin/env python3
"""Regenerate the Cython output that the expected-output tests (tests/expected.rs) translate.

For every folder tests/expected/NAME/ this runs the pinned Cython of target/venv on
fixtures/NAME/NAME.pyx, exactly as tests/differential.py does (`cython -3 NAME.pyx` in the
fixture's folder), and stores the C xz-compressed as tests/expected/NAME/NAME.c.xz.
Then run `UPDATE_SNAPSHOTS=1 cargo test --test expected` to rewrite the expected translations
(tests/expected/NAME/NAME.expected.c) and review the diff.

    target/venv/bin/python tests/expected.py            # every folder
    target/venv/bin/python tests/expected.py NAME ...   # new or chosen fixtures
    target/venv/bin/python tests/expected.py --check    # fail if a stored C file is stale
"""

import lzma
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = ROOT / "tests" / "expected"
CYTHON = ROOT / "target" / "venv" / "bin" / "cython"
CYTHON_VERSION = "3.3.1"


def cython_c(name: str) -> bytes:
    fixture = ROOT / "fixtures" / name
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / (name + ".c")
        subprocess.run([str(CYTHON), "-3", name + ".pyx", "-o", str(out)], cwd=fixture, check=True)
        return out.read_bytes()


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    check = "--check" in sys.argv
    version = subprocess.run([str(CYTHON), "--version"], capture_output=True, text=True)
    if CYTHON_VERSION not in version.stdout + version.stderr:
        print("expected Cython %s at %s" % (CYTHON_VERSION, CYTHON), file=sys.stderr)
        return 2
    names = args or sorted(p.name for p in EXPECTED.iterdir() if p.is_dir())
    stale = []
    for name in names:
        c = cython_c(name)
        path = EXPECTED / name / (name + ".c.xz")
        old = lzma.decompress(path.read_bytes()) if path.exists() else None
        if old == c:
            continue
        stale.append(name)
        if not check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(lzma.compress(c, preset=9 | lzma.PRESET_EXTREME))
            print("wrote", path.relative_to(ROOT))
    if check and stale:
        print("stale Cython output: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
