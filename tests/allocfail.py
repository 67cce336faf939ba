#!/usr/bin/env python3
"""Allocation failures everywhere: build the test port with FAULTS=1 (a `faults` module that
makes the n-th heap allocation fail) and the translated modules tests/differential.py left in
target/upy_modules, then run tests/allocfail/test_allocfail.py, which fails each allocation of a
set of calls in turn. The script's last line must be "ALL OK" and the run must end normally
(no crash, no assertion).

Run after tests/differential.py (tests/run-all does):

    target/venv/bin/python tests/allocfail.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import differential as d  # noqa: E402

SCRIPT = d.ROOT / "tests" / "allocfail" / "test_allocfail.py"
NEEDS = ("basics", "rooting")


def main():
    missing = [m for m in NEEDS if not (d.UPY_MODULES / m / "micropython.mk").is_file()]
    if missing:
        print("allocfail: %s not translated in %s (run tests/differential.py first)" % (", ".join(missing), d.rel(d.UPY_MODULES)))
        return 1
    d.LOGS.mkdir(parents=True, exist_ok=True)
    binary = d.TARGET / "port" / "micropython-faults"
    log = d.LOGS / "port-build-faults.log"
    d.step("building the port with FAULTS=1")
    rc, out, secs = d.make_port(d.UPY_MODULES, d.TARGET / "port" / "build-faults", binary, log, ["FAULTS=1"])
    if rc != 0:
        print("FAIL allocfail: port build failed (%s):\n%s" % (d.rel(log), d.build_errors(out)))
        return 1
    rc, out, err = d.run_script([binary, SCRIPT], cwd=SCRIPT.parent, timeout=600)
    text = out.decode("utf-8", "replace")
    (d.LOGS / "allocfail.out").write_text(text + err)
    print(text, end="")
    if rc != 0 or not text.rstrip().endswith("ALL OK"):
        print("FAIL allocfail: exit status %s\n%s" % (rc, d.tail(err)))
        return 1
    print("PASS allocfail")
    return 0


if __name__ == "__main__":
    sys.exit(main())
