#!/usr/bin/env python3
"""Differential tests of batch mode: `cython2upy translate DIR -o OUTDIR` on a package tree.

Each folder in tests/packages/ holds a source tree (src/, with packages marked by __init__.py as
usual) and a test script test_NAME.py. The tree is built as ordinary CPython extensions, and
translated in one batch (the translator runs Cython itself) into one user-C-module tree that is
built into the host MicroPython twice, as stock ports build it: with one `make USER_C_MODULES=DIR`
(py/mkrules.mk's link rule) and with CMake taking `USER_C_MODULES=DIR/micropython.cmake` through
py/usermod.cmake, as rp2 and esp32 do (tests/port/CMakeLists.txt). The script must print the
same under CPython and both builds, also under GC torture. The last line is "N passed, N failed".
"""

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import differential as d  # noqa: E402

PACKAGES = d.ROOT / "tests" / "packages"
WORK = d.TARGET / "batch"


def main():
    results = {}
    d.LOGS.mkdir(parents=True, exist_ok=True)
    translator = d.ROOT / "target" / "debug" / "cython2upy"
    for pkg in sorted(p for p in PACKAGES.iterdir() if p.is_dir()):
        name = pkg.name
        script = pkg / ("test_%s.py" % name)
        d.step("batch fixture %s" % name)

        # CPython: build every .pyx of the tree in place, in a copy.
        cpy = WORK / "cpython" / name
        shutil.rmtree(cpy, ignore_errors=True)
        shutil.copytree(pkg / "src", cpy)
        pyx = sorted(str(p.relative_to(cpy)) for p in cpy.rglob("*.pyx"))
        rc, out = d.run([d.CYTHONIZE, "-i", "-3", "-q"] + pyx, cwd=cpy, log=d.LOGS / ("batch-%s.cpython-build.log" % name))
        if rc != 0:
            results["%s[build]" % name] = "CPython build failed:\n" + d.tail(out)
            continue
        env = {"PYTHONPATH": str(cpy), "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"}
        rc, expected, err = d.run_script([sys.executable, script], cwd=pkg, env=env)
        if rc != 0:
            results["%s[build]" % name] = "test script fails under CPython:\n" + d.tail(err)
            continue

        # MicroPython: one batch translation, one port build.
        out_dir = WORK / "upy" / name
        shutil.rmtree(out_dir, ignore_errors=True)
        rc, out = d.run(
            [translator, "translate", pkg / "src", "-o", out_dir],
            env={"CYTHON": str(d.CYTHON)},
            log=d.LOGS / ("batch-%s.translate.log" % name),
        )
        if rc != 0:
            results["%s[translate]" % name] = "batch translation failed:\n" + d.excerpt(out)
            continue
        # The same tree through both kinds of stock build: make (py/mkrules.mk's link rule) and
        # CMake (py/usermod.cmake, as rp2 and esp32 take it).
        builds = [
            (name, lambda log: d.make_port(out_dir, WORK / ("build-%s" % name), WORK / ("micropython-%s" % name), log), WORK / ("micropython-%s" % name)),
            (name + "-cmake", lambda log: d.cmake_port(out_dir / "micropython.cmake", WORK / ("cmake-%s" % name), log), WORK / ("cmake-%s" % name) / "micropython"),
        ]
        for group, build, binary in builds:
            rc, out, secs = build(d.LOGS / ("batch-%s.port-build.log" % group))
            if rc != 0:
                results["%s[build]" % group] = "port build failed:\n" + d.build_errors(out)
                continue
            print("    built %s in %.1fs" % (d.rel(binary), secs))
            for mode in d.MODES:
                case = d.Case(group, mode)
                rc, got, err = d.run_upy(binary, script, mode, 60)
                results[case.id] = d.compare(case, expected, got, rc, err, False)
                d.report(case, results[case.id])

    for case_id, failure in results.items():
        if failure is not None and not case_id.endswith(("[plain]", "[gc]")):
            print("FAIL %s\n%s" % (case_id, failure))
    passed = sum(1 for r in results.values() if r is None)
    failed = len(results) - passed
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed or not results else 0


if __name__ == "__main__":
    sys.exit(main())
