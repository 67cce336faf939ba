#!/usr/bin/env python3
"""Tests of `cython2upy verify`, as a user runs it: on the example module (a copy, so that it can be
edited), on a package tree, on scripts that differ or crash under MicroPython, with each of its
prerequisites missing, and in its json and github formats. The builds go to a cache folder of
their own (XDG_CACHE_HOME=target/verify-test/cache).

    target/venv/bin/python tests/verify.py [PATTERN...]

With patterns, only the cases whose names contain one of them run. The last line is "N passed, N failed"; the exit status is 1 if any case failed.
"""

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "target"
WORK = TARGET / "verify-test"
TRANSLATOR = TARGET / "debug" / "cython2upy"
PYTHON = Path(sys.executable)
MICROPY_DIR = Path(os.environ.get("MICROPY_DIR") or TARGET / "micropython")

results = {}


def verify(*args, env=None, timeout=900):
    """Run cython2upy verify; return (exit status, stdout, stderr)."""
    full = dict(os.environ, NO_COLOR="1", PYTHON=str(PYTHON), XDG_CACHE_HOME=str(WORK / "cache"))
    full.pop("MICROPY_DIR", None)
    full.pop("CC", None)
    full.update(env or {})
    full = {k: v for k, v in full.items() if v is not None}
    p = subprocess.run(
        [str(TRANSLATOR), "verify"] + [str(a) for a in args],
        cwd=str(ROOT),
        env=full,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        timeout=timeout,
    )
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def case(name):
    def wrap(fn):
        if sys.argv[1:] and not any(p in name for p in sys.argv[1:]):
            return fn
        t0 = time.time()
        try:
            fn()
            results[name] = None
            print("PASS %s (%.1fs)" % (name, time.time() - t0), flush=True)
        except AssertionError as e:
            results[name] = str(e)
            print("FAIL %s\n%s" % (name, "\n".join("    " + line for line in str(e).splitlines())), flush=True)
        return fn

    return wrap


def expect(cond, what, out):
    if not cond:
        raise AssertionError("%s\n--- output\n%s" % (what, out[-6000:]))


def hello_copy():
    # A folder name with a space and a non-ASCII character: every case on the example runs
    # from a path such as users have.
    d = WORK / "hello ü"
    d.mkdir(parents=True, exist_ok=True)
    for f in ("hello.pyx", "test_hello.py"):
        src = (ROOT / "examples" / "hello" / f).read_bytes()
        if not (d / f).exists() or (d / f).read_bytes() != src:
            (d / f).write_bytes(src)
    return d


def script(name, text):
    p = WORK / "scripts" / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text)
    return p


def cache_of(name):
    # The newest: an older checkout's runs may have left others (another input path).
    dirs = sorted((WORK / "cache" / "cython2upy").glob(name + "-*"), key=lambda d: d.stat().st_mtime)
    assert dirs, "no cache folder for %s" % name
    return dirs[-1]


def mtimes(build, pattern):
    return {p: p.stat().st_mtime_ns for p in build.rglob(pattern)}


def main():
    if not TRANSLATOR.exists():
        print("error: %s does not exist (run cargo build)" % TRANSLATOR)
        return 2
    shutil.rmtree(WORK / "scripts", ignore_errors=True)
    hello = hello_copy()
    pyx, test = hello / "hello.pyx", hello / "test_hello.py"
    mp = ["--micropython", MICROPY_DIR]

    @case("agrees[hello, torture]")
    def _():
        t0 = time.time()
        rc, out, err = verify(pyx, "--test", test, "--torture", "-j2", *mp)
        expect(rc == 0, "exit %s, want 0" % rc, out + err)
        expect("MicroPython (plain): agrees with CPython" in out, "plain run", out)
        expect("MicroPython (gc torture): agrees with CPython" in out, "torture run", out)
        expect("hello ü/hello.pyx: verified" in out, "the input path as given", out)
        written = [p for p in MICROPY_DIR.rglob("*") if p.stat().st_mtime > t0]
        expect(not written, "wrote into the MicroPython tree: %s" % written[:5], out)

    @case("agrees[MICROPY_DIR]")
    def _():
        rc, out, err = verify(pyx, "--test", test, "-j2", env={"MICROPY_DIR": str(MICROPY_DIR)})
        expect(rc == 0, "exit %s, want 0" % rc, out + err)

    @case("cache reuse")
    def _():
        build = cache_of("hello") / "build"
        runtime = mtimes(build / "hello" / "cy2upy_runtime", "*.o")
        module = mtimes(build / "hello", "hello.o")
        lib = mtimes(build, "libcy2upy_runtime.a")
        expect(runtime and module and lib, "no objects in %s" % build, "")
        # Unchanged: nothing is rebuilt.
        rc, out, err = verify(pyx, "--test", test, "-j2", *mp)
        expect(rc == 0, "exit %s" % rc, out + err)
        expect(mtimes(build / "hello" / "cy2upy_runtime", "*.o") == runtime, "runtime objects rebuilt", err)
        expect(mtimes(build / "hello", "hello.o") == module, "module rebuilt though unchanged", err)
        # The .pyx edited (a string constant, which is not a qstr: a new qstr makes MicroPython's
        # build recompile everything, as in any port): the module is rebuilt, the runtime is not.
        pyx.write_text(pyx.read_text().replace('"Hello, "', '"Hello there, "'))
        try:
            rc, out, err = verify(pyx, "--test", test, "-j2", *mp)
            expect(rc == 0, "exit %s after an edit" % rc, out + err)
            expect(mtimes(build / "hello" / "cy2upy_runtime", "*.o") == runtime, "runtime objects rebuilt", err)
            expect(mtimes(build, "libcy2upy_runtime.a") == lib, "runtime library rebuilt", err)
            expect(mtimes(build / "hello", "hello.o") != module, "module not rebuilt after the edit", err)
        finally:
            hello_copy()

    @case("concurrent runs share the build")
    def _():
        cmd = [str(TRANSLATOR), "verify", str(pyx), "--test", str(test), "-j1", "--micropython", str(MICROPY_DIR)]
        env = dict(os.environ, NO_COLOR="1", PYTHON=str(PYTHON), XDG_CACHE_HOME=str(WORK / "cache"))
        procs = [subprocess.Popen(cmd, cwd=str(ROOT), env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT) for _ in range(2)]
        outs = [p.communicate(timeout=900)[0].decode("utf-8", "replace") for p in procs]
        for p, out in zip(procs, outs):
            expect(p.returncode == 0, "exit %s" % p.returncode, out)

    differ = script(
        "test_differ.py",
        "import sys\nimport hello\nprint(hello.fib(10))\nprint('running on', sys.implementation.name)\n",
    )

    @case("differs: exit 1 with a unified diff")
    def _():
        rc, out, err = verify(pyx, "--test", differ, *mp)
        expect(rc == 1, "exit %s, want 1" % rc, out + err)
        expect("DIFFERS from CPython" in out, "verdict", out)
        expect("--- CPython" in out and "+++ MicroPython (plain)" in out, "diff header", out)
        expect("-running on cpython" in out and "+running on micropython" in out, "diff lines", out)

    @case("differs: json")
    def _():
        rc, out, err = verify(pyx, "--test", differ, "--torture", "--format", "json", *mp)
        expect(rc == 1, "exit %s, want 1" % rc, out + err)
        doc = json.loads(out)
        expect(doc["result"] == "differ" and doc["exit"] == 1, "result", out)
        expect([r["mode"] for r in doc["runs"]] == ["plain", "gc torture"], "runs", out)
        expect(all("+running on micropython" in r["stdout_diff"] and not r["crashed"] for r in doc["runs"]), "diffs", out)

    @case("differs: github")
    def _():
        rc, out, err = verify(pyx, "--test", differ, "--format", "github", *mp)
        expect(rc == 1, "exit %s, want 1" % rc, out + err)
        line = next((ln for ln in out.splitlines() if ln.startswith("::error ")), "")
        expect(("file=%s" % differ) in line and "differs from CPython" in line, "annotation on the test script", out)
        expect("%0A+running on micropython" in line, "diff in the annotation", out)

    crash = script(
        "test_crash.py",
        "import sys\nimport hello\nprint(hello.fib(5))\n"
        "if sys.implementation.name == 'micropython':\n    raise MemoryError('board ran out')\nprint('done')\n",
    )

    @case("MicroPython fails: exit 1, its stderr shown")
    def _():
        rc, out, err = verify(pyx, "--test", crash, *mp)
        expect(rc == 1, "exit %s, want 1" % rc, out + err)
        expect("CRASHED: exit status 1 (CPython: exit status 0)" in out, "verdict", out)
        expect("MemoryError: board ran out" in out, "MicroPython's stderr", out)

    hang = script(
        "test_hang.py",
        "import sys\nimport hello\nprint(hello.fib(5))\nwhile sys.implementation.name == 'micropython':\n    pass\n",
    )

    @case("MicroPython hangs: exit 1 after the time-out")
    def _():
        rc, out, err = verify(pyx, "--test", hang, "--timeout", "3", *mp)
        expect(rc == 1, "exit %s, want 1" % rc, out + err)
        expect("CRASHED: timed out after 3s" in out, "verdict", out)

    sensors = ROOT / "tests" / "packages" / "sensors"

    @case("agrees[package tree]")
    def _():
        rc, out, err = verify(sensors / "src", "--test", sensors / "test_sensors.py", "--torture", "-j2", *mp)
        expect(rc == 0, "exit %s, want 0" % rc, out + err)

    @case("untranslatable: github annotation on the .pyx")
    def _():
        # CPython's thread state (`PyThreadState_Get`), which MicroPython does not have.
        bases = ROOT / "tests" / "data" / "threadstate.pyx"
        t = script("test_threadstate.py", "import threadstate\n")
        rc, out, err = verify(bases, "--test", t, "--format", "github", *mp)
        expect(rc == 1, "exit %s, want 1" % rc, out + err)
        expect(("::error file=%s,line=4," % bases) in out, "annotation on the .pyx line", out)
        expect("(C: " in out, "the C line as a note", out)

    # Prerequisites: each missing one is named, with exit 2, before anything is built.
    @case("missing: MicroPython tree not given")
    def _():
        rc, out, err = verify(pyx, "--test", test)
        expect(rc == 2, "exit %s, want 2" % rc, out + err)
        expect("--micropython" in err and "MICROPY_DIR" in err, "names both", err)

    @case("missing: not a MicroPython tree")
    def _():
        rc, out, err = verify(pyx, "--test", test, "--micropython", WORK / "scripts")
        expect(rc == 2, "exit %s, want 2" % rc, out + err)
        expect("is not a MicroPython source tree" in err and "py/mkenv.mk" in err, "message", err)

    @case("missing: Cython")
    def _():
        venv = WORK / "venv-without-cython"
        if not (venv / "bin" / "python").exists():
            subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
        rc, out, err = verify(pyx, "--test", test, *mp, env={"PYTHON": str(venv / "bin" / "python")})
        expect(rc == 2, "exit %s, want 2" % rc, out + err)
        expect("no Cython" in err and "pip install" in err, "message", err)

    @case("missing: Python headers")
    def _():
        fake = WORK / "scripts" / "python-without-headers"
        fake.write_text(
            "#!/bin/sh\n"
            "case \"$2\" in *sysconfig*) echo /nonexistent/include; echo .so; exit 0;; esac\n"
            'exec "%s" "$@"\n' % PYTHON
        )
        fake.chmod(0o755)
        rc, out, err = verify(pyx, "--test", test, *mp, env={"PYTHON": str(fake)})
        expect(rc == 2, "exit %s, want 2" % rc, out + err)
        expect("no Python headers" in err and "python3-dev" in err, "message", err)

    @case("missing: C compiler")
    def _():
        empty = WORK / "scripts" / "empty-bin"
        empty.mkdir(exist_ok=True)
        rc, out, err = verify(pyx, "--test", test, *mp, env={"PATH": str(empty)})
        expect(rc == 2, "exit %s, want 2" % rc, out + err)
        expect("no C compiler" in err and "set CC" in err, "message", err)

    @case("missing: test script, json error")
    def _():
        rc, out, err = verify(pyx, "--test", WORK / "nope.py", "--format", "json", *mp)
        expect(rc == 2, "exit %s, want 2" % rc, out + err)
        doc = json.loads(out)
        expect(doc["result"] == "error" and "nope.py" in doc["message"], "json error", out)

    passed = sum(1 for r in results.values() if r is None)
    failed = len(results) - passed
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
