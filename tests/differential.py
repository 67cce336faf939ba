#!/usr/bin/env python3
"""Differential test: each fixture must print the same under CPython (with
the module compiled by Cython as a normal extension) and under MicroPython
(with the module translated by cython2upy and built into the test port).

Run with the venv's Python (tests/provision.sh creates it):

    target/venv/bin/python tests/differential.py [--only NAME] [-k PATTERN]

For every fixture folder fixtures/<name>/ holding <name>.pyx and
test_<name>.py:

  1. CPython: cythonize -i in target/cpython/<name>/, run test_<name>.py
     with that directory on PYTHONPATH, keep stdout as the expected output.
  2. cython -3 <name>.pyx -o target/cython/<name>.c, then
     target/debug/cython2upy translate target/cython/<name>.c
         -o target/upy_modules/<name>/<name>.c
  3. Build one port binary (tests/port) with USER_C_MODULES=target/upy_modules
     holding every module that translated.
  4. Run test_<name>.py under that binary as is ("plain") and with
     `import gc; gc.threshold(1)` in front ("gc": a collection on nearly every
     allocation, so a missing GC root shows up at once). Each run is one test
     case; its stdout must equal CPython's byte for byte.
  5. stderr is compared too, reduced to what both interpreters print alike
     (stderr_digest): "Exception ignored in: ..." lines of unraisable errors,
     the frames of .pyx files ('File "m.pyx", line N, in m.f') and the final
     "Type: message" line of each exception printed, without the module prefix
     CPython gives non-builtin classes. Frames of .py files and source lines
     are dropped: MicroPython cannot show CPython's caller frames of an
     unraisable error, and the torture prefix shifts script line numbers.

The port itself is also checked without the translator: the hand-written
module in tests/port/selftest is built into a separate binary and its test
script compared with test_selftest.exp (cases port-selftest[plain|gc]).

A fixture whose folder holds a HEAPSIZE file (its text: a heap size such as
"96k", as the port's -X heapsize= takes it) gets a third case, "lowmem": the
script run plain in a heap that small, for the MemoryError paths.

A fixture whose folder holds an XFAIL file (its text: the missing feature and
its issue) is expected to fail: its failures count as skipped and are listed as
XFAIL lines, and a pass is a failure, so that the marker is removed.

With --sanitize, the port (and the selftest port) is built with AddressSanitizer and
UndefinedBehaviorSanitizer (tests/port/Makefile SANITIZE=1, into target/port/*-sanitize), and a
case also fails when a sanitizer reports anything on stderr. The same cases run, plain and under
GC torture; the CPython side and the translations are shared with the ordinary run.

With --thread gil|nogil, the ports are built with _thread (tests/port/Makefile THREAD=...,
into target/port/*-thread-MODE). A fixture whose folder holds a THREADS file needs _thread: it
runs only then, and plain only (see Fixture.modes).

Cases run in parallel (--jobs, default 2); their results print in order.

The last line printed is "N passed, N failed, N skipped"; the exit status is 1
if any case failed. Logs go to target/differential/.
"""

import argparse
import concurrent.futures
import difflib
import filecmp
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
TARGET = ROOT / "target"
LOGS = TARGET / "differential"
CPYTHON_BUILD = TARGET / "cpython"
CYTHON_OUT = TARGET / "cython"
UPY_MODULES = TARGET / "upy_modules"
UPY_EXCLUDED = TARGET / "upy_excluded"
PORT_DIR = ROOT / "tests" / "port"
SELFTEST_DIR = PORT_DIR / "selftest"

VENV_BIN = Path(sys.executable).parent
CYTHON = VENV_BIN / "cython"
CYTHONIZE = VENV_BIN / "cythonize"
CYTHON_VERSION = "3.3.1"

MODES = ("plain", "gc")
LOWMEM = "lowmem"
TORTURE_PREFIX = "import gc, sys; sys.path[0] = {dir!r}; gc.threshold(1)\n"

# Sanitizer settings for --sanitize runs. No leak check: the heap is the GC's, and MicroPython's
# few mallocs live until exit. A report ends the run with exit code 86 (compare() also looks for
# the report itself on stderr).
SANITIZER_ENV = {
    "ASAN_OPTIONS": "detect_leaks=0:exitcode=86:detect_stack_use_after_return=0:print_summary=1",
    "UBSAN_OPTIONS": "halt_on_error=1:exitcode=86:print_stacktrace=1:print_summary=1",
}
SANITIZER_REPORT = re.compile(r"runtime error: |ERROR: AddressSanitizer|SUMMARY: (Address|UndefinedBehavior)Sanitizer")

DIFF_MAX_LINES = 80
LOG_TAIL_LINES = 40


def rel(path):
    try:
        return str(Path(path).relative_to(ROOT))
    except ValueError:
        return str(path)


def step(msg):
    print("==> " + msg, flush=True)


ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def tail(text, n=LOG_TAIL_LINES):
    """The last n lines of text, indented."""
    lines = ANSI_ESCAPE.sub("", text).rstrip("\n").splitlines()
    if len(lines) > n:
        lines = ["... (%d earlier lines in the log)" % (len(lines) - n)] + lines[-n:]
    return "\n".join("    " + line for line in lines)


def excerpt(text, head=LOG_TAIL_LINES, last=3):
    """The first `head` and the last `last` lines of text, indented: the first
    diagnostics and the summary of a translator run."""
    lines = ANSI_ESCAPE.sub("", text).rstrip("\n").splitlines()
    if len(lines) > head + last:
        lines = lines[:head] + ["... (%d more lines in the log)" % (len(lines) - head - last)] + lines[-last:]
    return "\n".join("    " + line for line in lines)


def run(cmd, cwd=ROOT, env=None, timeout=None, log=None):
    """Run cmd, return (returncode, combined output). Never raises on failure."""
    full_env = dict(os.environ, NO_COLOR="1")
    if env:
        full_env.update(env)
    try:
        proc = subprocess.run(
            [str(c) for c in cmd],
            cwd=str(cwd),
            env=full_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            timeout=timeout,
        )
        rc, out = proc.returncode, proc.stdout.decode("utf-8", "replace")
    except FileNotFoundError as e:
        rc, out = 127, "cannot run %s: %s\n" % (cmd[0], e)
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        rc, out = -1, out + "\ntimed out after %ss\n" % timeout
    if log is not None:
        log.parent.mkdir(parents=True, exist_ok=True)
        log.write_text("$ %s\n(cwd %s)\n%s" % (" ".join(str(c) for c in cmd), cwd, out))
    return rc, out


def run_script(cmd, cwd, env=None, timeout=None):
    """Run a test script; return (returncode, stdout bytes, stderr text)."""
    full_env = dict(os.environ)
    if env:
        full_env.update(env)
    try:
        proc = subprocess.run(
            [str(c) for c in cmd],
            cwd=str(cwd),
            env=full_env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            timeout=timeout,
        )
        return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as e:
        return None, e.stdout or b"", "timed out after %ss" % timeout


class Fixture:
    def __init__(self, name):
        self.name = name
        self.dir = FIXTURES / name
        self.pyx = self.dir / (name + ".pyx")
        self.script = self.dir / ("test_%s.py" % name)
        self.expected = None  # CPython stdout (bytes) once known
        self.expected_stderr = ""  # CPython stderr, compared through stderr_digest
        self.error = None  # why the MicroPython side cannot run
        self.cpython_error = None  # why there is no expected output
        # An expected failure: fixtures/NAME/XFAIL holds the reason (the feature and its issue).
        # Such a fixture still runs; a pass is reported as a failure, so the marker goes away.
        xfail = self.dir / "XFAIL"
        self.xfail = (xfail.read_text().strip() or "expected to fail") if xfail.is_file() else None
        # A low-memory run: fixtures/NAME/HEAPSIZE holds the heap size ("96k").
        # Needs _thread: fixtures/NAME/THREADS marks it; it runs only with --thread.
        self.threads = (self.dir / "THREADS").is_file()
        heap = self.dir / "HEAPSIZE"
        self.heapsize = heap.read_text().strip() if heap.is_file() else None

    def modes(self):
        if self.threads:
            # No GC torture with threads: with a GIL a collection per allocation stops every
            # thread each time (far too slow); without one, MicroPython's collector itself is
            # not safe against threads that keep running while it marks (a pure-Python version
            # of fixtures/threaded fails its gc.c assertions too).
            return ("plain",)
        return MODES + ((LOWMEM,) if self.heapsize else ())


class Case:
    def __init__(self, group, mode):
        self.group = group
        self.mode = mode
        self.id = "%s[%s]" % (group, mode)


def discover():
    fixtures = []
    for d in sorted(FIXTURES.iterdir()) if FIXTURES.is_dir() else []:
        if not d.is_dir():
            continue
        f = Fixture(d.name)
        if f.pyx.is_file() and f.script.is_file():
            fixtures.append(f)
        else:
            print("warning: %s has no %s + %s; skipped" % (rel(d), f.pyx.name, f.script.name))
    return fixtures


def selected(case_id, patterns):
    return not patterns or any(p in case_id for p in patterns)


# --------------------------------------------------------------------------
# CPython side


def sync_sources(src_dir, dst_dir):
    """Copy .pyx/.pxd/.pxi/.h files, keeping mtimes, only when they differ
    (so cythonize's own up-to-date checks work)."""
    dst_dir.mkdir(parents=True, exist_ok=True)
    for src in src_dir.iterdir():
        if src.suffix in (".pyx", ".pxd", ".pxi", ".h") and src.is_file():
            dst = dst_dir / src.name
            if not dst.exists() or not filecmp.cmp(src, dst, shallow=False):
                shutil.copy2(src, dst)


def cpython_expected(fx, timeout):
    build = CPYTHON_BUILD / fx.name
    sync_sources(fx.dir, build)
    log = LOGS / (fx.name + ".cpython-build.log")
    rc, out = run([CYTHONIZE, "-i", "-3", "-q", fx.pyx.name], cwd=build, log=log)
    if rc != 0:
        fx.cpython_error = "CPython build failed (%s):\n%s" % (rel(log), tail(out))
        return
    env = {"PYTHONPATH": str(build), "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"}
    rc, stdout, stderr = run_script([sys.executable, fx.script], cwd=fx.dir, env=env, timeout=timeout)
    (LOGS / (fx.name + ".cpython.out")).write_bytes(stdout)
    (LOGS / (fx.name + ".cpython.err")).write_text(stderr)
    if rc != 0:
        fx.cpython_error = "test script fails under CPython (exit %s):\n%s" % (rc, tail(stderr))
        return
    fx.expected = stdout
    fx.expected_stderr = stderr


# --------------------------------------------------------------------------
# Translation


def translate(fx, translator):
    c_file = CYTHON_OUT / (fx.name + ".c")
    CYTHON_OUT.mkdir(parents=True, exist_ok=True)
    log = LOGS / (fx.name + ".cython.log")
    # Run in the fixture folder so Cython records "<name>.pyx" as the source.
    rc, out = run([CYTHON, "-3", fx.pyx.name, "-o", c_file], cwd=fx.dir, log=log)
    if rc != 0:
        fx.error = "cython failed (%s):\n%s" % (rel(log), tail(out))
        return

    out_dir = UPY_MODULES / fx.name
    shutil.rmtree(out_dir, ignore_errors=True)
    shutil.rmtree(UPY_EXCLUDED / fx.name, ignore_errors=True)
    if not translator.exists():
        fx.error = "translator %s does not exist (run cargo build)" % rel(translator)
        return
    log = LOGS / (fx.name + ".translate.log")
    cmd = [rel(translator), "translate", rel(c_file), "-o", rel(out_dir / (fx.name + ".c"))]
    rc, out = run(cmd, cwd=ROOT, log=log)
    if rc != 0:
        fx.error = "translation failed (exit %s, %s):\n%s" % (rc, rel(log), excerpt(out))
    elif not (out_dir / (fx.name + ".c")).is_file() or not (out_dir / "micropython.mk").is_file():
        fx.error = "translator exited 0 but %s lacks %s.c or micropython.mk" % (rel(out_dir), fx.name)
    else:
        left = pickle_support_left((out_dir / (fx.name + ".c")).read_text())
        if left:
            fx.error = "the translation keeps pickle support, which MicroPython cannot use: %s" % ", ".join(left)
    if fx.error:
        # A half-written module must not break the port build for the others.
        shutil.rmtree(out_dir, ignore_errors=True)


C_COMMENT_OR_STRING = re.compile(r'/\*.*?\*/|//[^\n]*|"(?:\\.|[^"\\\n])*"', re.S)
PICKLE_NAME = re.compile(r"\w*(?:__reduce_cython__|__setstate_cython__|__pyx_unpickle_)\w*")


def pickle_support_left(c_text):
    """Identifiers of Cython's pickle support left in translated C, outside comments and strings."""
    return sorted(set(PICKLE_NAME.findall(C_COMMENT_OR_STRING.sub(" ", c_text))))


# --------------------------------------------------------------------------
# Port builds


def forget_stale_modules(build, key):
    """MicroPython's qstr, module and root-pointer scans keep one output file
    per source under genhdr/ and concatenate whatever is there, so a module
    that left the build stays registered, as in any stock port. The harness
    reuses build folders with other module sets and options: when `key` (what
    the build is made of) differs from the last build's, drop genhdr/ (every
    object depends on it, so everything is rebuilt)."""
    stamp = Path(build) / "harness-build-key.txt"
    if stamp.exists() and stamp.read_text() == key:
        return
    shutil.rmtree(Path(build) / "genhdr", ignore_errors=True)
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(key)


def make_port(user_c_modules, build, prog_out, log, extra=()):
    cmd = ["make", "-C", PORT_DIR, "-j2", "BUILD=%s" % build, "PROG_OUT=%s" % prog_out]
    cmd += list(extra)
    modules = []
    if user_c_modules is not None:
        cmd.append("USER_C_MODULES=%s" % user_c_modules)
        modules = sorted(p.name for p in Path(user_c_modules).iterdir() if (p / "micropython.mk").is_file())
    forget_stale_modules(build, "\n".join([os.environ.get("MICROPY_DIR", "")] + [str(c) for c in cmd] + modules))
    t0 = time.time()
    rc, out = run(cmd, cwd=ROOT, log=log)
    return rc, out, time.time() - t0


def micropy_dir():
    return Path(os.environ.get("MICROPY_DIR") or TARGET / "micropython")


def port_version_env():
    """The version header's tag, as tests/port/Makefile derives it: the sdist
    sits inside this git checkout, so py/makeversionhdr.py would otherwise
    take this repository's `git describe`."""
    text = (micropy_dir() / "py" / "mpconfig.h").read_text()
    parts = [re.search(r"#define MICROPY_VERSION_%s (\d+)" % k, text).group(1) for k in ("MAJOR", "MINOR", "MICRO")]
    pre = "-preview" if re.search(r"#define MICROPY_VERSION_PRERELEASE 1", text) else ""
    return {"MICROPY_GIT_TAG": "v" + ".".join(parts) + pre, "MICROPY_GIT_HASH": "sdist"}


def cmake_port(usermod_cmake, build, log, defines=(), targets=()):
    """Configure and build tests/port with CMake, taking USER_C_MODULES the way
    rp2 and esp32 do (tests/port/CMakeLists.txt). The program is
    build/micropython. Returns (returncode, output, seconds)."""
    t0 = time.time()
    cmd = ["cmake", "-S", PORT_DIR, "-B", build, "-DMICROPY_DIR=%s" % micropy_dir(), "-DUSER_C_MODULES=%s" % usermod_cmake]
    cmd += ["-D%s" % d for d in defines]
    rc, out = run(cmd, cwd=ROOT, log=log)
    if rc == 0:
        build_cmd = ["cmake", "--build", build, "-j2"]
        for t in targets:
            build_cmd += ["--target", t]
        rc, more = run(build_cmd, cwd=ROOT, env=port_version_env(), log=None)
        out += more
        log.write_text(out)
    return rc, out, time.time() - t0


def port_variant(sanitize, thread=None):
    """(suffix of the binary, build folder and log names, extra make arguments)."""
    suffix, extra = "", []
    if thread:
        suffix, extra = suffix + "-thread-" + thread, extra + ["THREAD=" + thread]
    if sanitize:
        suffix, extra = suffix + "-sanitize", extra + ["SANITIZE=1"]
    return suffix, extra


def build_fixture_port(fixtures, sanitize=False, thread=None):
    """Build target/port/micropython with every translated module. A module
    whose C fails to compile is moved to target/upy_excluded/ and the build
    retried without it, so one broken module does not hide the others."""
    suffix, extra = port_variant(sanitize, thread)
    binary = TARGET / "port" / ("micropython" + suffix)
    for old in LOGS.glob("port-build%s.*log" % suffix):
        old.unlink()
    attempt = 0
    while True:
        attempt += 1
        log = LOGS / ("port-build%s.log" % suffix if attempt == 1 else "port-build%s.%d.log" % (suffix, attempt))
        modules = [fx for fx in fixtures if fx.error is None and (UPY_MODULES / fx.name).is_dir()]
        if not modules:
            return None
        step("building the port with %s (USER_C_MODULES=%s)" % (", ".join(fx.name for fx in modules), rel(UPY_MODULES)))
        rc, out, secs = make_port(UPY_MODULES, TARGET / "port" / ("build" + suffix), binary, log, extra)
        if rc == 0:
            print("    built %s in %.1fs (%d bytes)" % (rel(binary), secs, binary.stat().st_size))
            return binary
        broken = []
        for fx in modules:
            if re.search(re.escape(str(UPY_MODULES / fx.name)) + r"/[^:\s]*:\d+(:\d+)?: (fatal )?error", out):
                broken.append(fx)
        if not broken:
            reason = "port build failed (%s):\n%s" % (rel(log), build_errors(out))
            for fx in modules:
                fx.error = reason
            return None
        for fx in broken:
            dest = UPY_EXCLUDED / fx.name
            shutil.rmtree(dest, ignore_errors=True)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(UPY_MODULES / fx.name), str(dest))
            errors = [line for line in out.splitlines() if str(UPY_MODULES / fx.name) in line and "error" in line]
            fx.error = "translated C does not compile (moved to %s; %s):\n%s" % (
                rel(dest),
                rel(log),
                tail("\n".join(errors), 20),
            )
            print("    %s does not compile; retrying without it" % fx.name)


BUILD_ERROR = re.compile(r"error|undefined reference|multiple definition|ld: |\*\*\*", re.I)


def build_errors(out):
    """The compiler and linker complaints of a make run (all of them are in
    the log), or its tail when none are recognised."""
    lines = [line for line in ANSI_ESCAPE.sub("", out).splitlines() if BUILD_ERROR.search(line) and not line.startswith("CC ")]
    return tail("\n".join(lines)) if lines else tail(out)


def build_selftest_port(sanitize=False, thread=None):
    suffix, extra = port_variant(sanitize, thread)
    binary = TARGET / "port" / ("micropython-selftest" + suffix)
    log = LOGS / ("port-selftest-build%s.log" % suffix)
    step("building the port with the hand-written selftest module")
    rc, out, secs = make_port(SELFTEST_DIR, TARGET / "port" / ("build-selftest" + suffix), binary, log, extra)
    if rc != 0:
        return None, "port build failed (%s):\n%s" % (rel(log), build_errors(out))
    print("    built %s in %.1fs (%d bytes)" % (rel(binary), secs, binary.stat().st_size))
    return binary, None


# --------------------------------------------------------------------------
# Running and comparing


def run_upy(binary, script, mode, timeout, heapsize=None, env=None):
    if mode == LOWMEM:
        return run_script([binary, "-X", "heapsize=" + heapsize, script], cwd=script.parent, env=env, timeout=timeout)
    if mode == "gc":
        torture = LOGS / "gc" / script.name
        torture.parent.mkdir(parents=True, exist_ok=True)
        torture.write_text(TORTURE_PREFIX.format(dir=str(script.parent)) + script.read_text())
        script = torture
    return run_script([binary, script], cwd=script.parent, env=env, timeout=timeout)


PYX_FRAME = re.compile(r'^\s*File "(?:[^"]*/)?([^"/]+\.pyx)", line (\d+), in (.+)$')
EXC_LINE = re.compile(r"^(?:[A-Za-z_]\w*\.)*([A-Za-z_]\w*(?:Error|Exception|Exit|Interrupt|Iteration))(: .*)?$")


def stderr_digest(text):
    """The lines of stderr that CPython and MicroPython print alike (see the docstring, 5.)."""
    out = []
    for line in text.splitlines():
        m = PYX_FRAME.match(line)
        if m:
            out.append('  File "%s", line %s, in %s' % m.groups())
        elif line.startswith("Exception ignored in: "):
            out.append(line)
        else:
            m = EXC_LINE.match(line)
            if m:
                out.append(m.group(1) + (m.group(2) or ""))
    return out


def compare(case, expected, got, rc, stderr, verbose, expected_stderr=None):
    """Return None if equal, else a description with a unified diff."""
    err_diff = []
    if expected_stderr is not None:
        want, have = stderr_digest(expected_stderr), stderr_digest(stderr)
        if want != have:
            err_diff = list(difflib.unified_diff([w + "\n" for w in want], [h + "\n" for h in have],
                                                 "expected stderr digest (CPython)", "MicroPython"))
    sanitizer = SANITIZER_REPORT.search(stderr)
    if rc == 0 and got == expected and not err_diff and not sanitizer:
        if verbose:
            print(tail(got.decode("utf-8", "replace"), 10**6))
        return None
    lines = []
    if sanitizer:
        lines.append("a sanitizer reported a fault (stderr below)")
    if rc is None or rc != 0:
        lines.append("exit status %s%s" % (rc, " (killed by signal %d)" % -rc if rc is not None and rc < 0 else ""))
    if got != expected:
        diff = list(
            difflib.unified_diff(
                expected.decode("utf-8", "replace").splitlines(True),
                got.decode("utf-8", "replace").splitlines(True),
                "expected (CPython)" if case.group != "port-selftest" else "expected",
                "MicroPython",
            )
        )
        if len(diff) > DIFF_MAX_LINES:
            diff = diff[:DIFF_MAX_LINES] + ["... (%d more diff lines)\n" % (len(diff) - DIFF_MAX_LINES)]
        lines.append("stdout differs:")
        lines.extend("    " + d.rstrip("\n") for d in diff)
        if not got.endswith(b"\n") and got:
            lines.append("    (MicroPython output does not end with a newline)")
    if err_diff:
        lines.append("stderr digest differs:")
        lines.extend("    " + d.rstrip("\n") for d in err_diff[:DIFF_MAX_LINES])
    if stderr.strip():
        lines.append("stderr:")
        lines.append(tail(stderr, 60 if sanitizer else 25))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", action="append", default=[], metavar="NAME", help="run only this fixture (repeatable, or comma-separated)")
    ap.add_argument("-k", action="append", default=[], metavar="PATTERN", help="run only cases whose id contains PATTERN, e.g. basics[gc] or [plain] (repeatable)")
    ap.add_argument("--no-selftest", action="store_true", help="skip the port selftest cases")
    ap.add_argument("--translator", default=str(TARGET / "debug" / "cython2upy"), help="translator binary (default target/debug/cython2upy)")
    ap.add_argument("--timeout", type=float, default=300, help="seconds per script run (default 300)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print outputs of passing cases too")
    ap.add_argument("--list", action="store_true", help="list the selected cases and exit")
    ap.add_argument("--sanitize", action="store_true", help="build the ports with ASan and UBSan and fail on their reports")
    ap.add_argument("--thread", choices=("gil", "nogil"), help="build the ports with _thread (with or without a GIL); fixtures marked THREADS run only then")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="cases run in parallel (default 2)")
    args = ap.parse_args()

    only = {n for item in args.only for n in item.split(",") if n}
    fixtures = discover()
    unknown = only - {fx.name for fx in fixtures} - {"port-selftest"}
    if unknown:
        print("error: no fixture named %s (have: %s)" % (", ".join(sorted(unknown)), ", ".join(fx.name for fx in fixtures)))
        print("0 passed, 0 failed, 0 skipped")
        return 2
    if only:
        fixtures = [fx for fx in fixtures if fx.name in only]
    if not args.thread:
        fixtures = [fx for fx in fixtures if not fx.threads]
    with_selftest = not args.no_selftest and (not only or "port-selftest" in only)

    cases = []
    if with_selftest:
        cases += [Case("port-selftest", m) for m in MODES]
    for fx in fixtures:
        cases += [Case(fx.name, m) for m in fx.modes()]
    cases = [c for c in cases if selected(c.id, args.k)]
    if args.list:
        for c in cases:
            print(c.id)
        return 0
    if not cases:
        print("no test cases selected")
        print("0 passed, 0 failed, 0 skipped")
        return 2

    groups = {c.group for c in cases}
    fixtures = [fx for fx in fixtures if fx.name in groups]
    LOGS.mkdir(parents=True, exist_ok=True)
    translator = Path(args.translator)
    if not translator.is_absolute():
        translator = ROOT / translator

    rc, out = run([CYTHON, "--version"])
    if CYTHON_VERSION not in out:
        print("warning: expected Cython %s, %s says: %s" % (CYTHON_VERSION, rel(CYTHON), out.strip()))

    results = {}  # case id -> None (pass) or failure text
    xfailed = set()  # case ids that failed as their fixture's XFAIL marker expects

    if fixtures:
        step("CPython: building and running %d fixture(s) with Cython %s" % (len(fixtures), CYTHON_VERSION))
        for fx in fixtures:
            for old in LOGS.glob(fx.name + ".*"):
                old.unlink()
            t0 = time.time()
            cpython_expected(fx, args.timeout)
            status = "ok" if fx.expected is not None else "FAILED"
            print("    %-16s %s (%.1fs)" % (fx.name, status, time.time() - t0))

        step("translating with %s" % rel(translator))
        for fx in fixtures:
            translate(fx, translator)
            print("    %-16s %s" % (fx.name, "ok" if fx.error is None else "FAILED"))

        # Modules of fixtures not taking part must not be built into the port.
        for other in FIXTURES.iterdir():
            if other.name not in {fx.name for fx in fixtures if fx.error is None}:
                shutil.rmtree(UPY_MODULES / other.name, ignore_errors=True)
        binary = build_fixture_port(fixtures, args.sanitize, args.thread)
        env = SANITIZER_ENV if args.sanitize else None
        suffix = port_variant(args.sanitize, args.thread)[0]

        def run_case(fx, case):
            rc, got, stderr = run_upy(binary, fx.script, case.mode, args.timeout, fx.heapsize, env)
            (LOGS / ("%s.%s%s.upy.out" % (fx.name, case.mode, suffix))).write_bytes(got)
            (LOGS / ("%s.%s%s.upy.err" % (fx.name, case.mode, suffix))).write_text(stderr)
            return compare(case, fx.expected, got, rc, stderr, args.verbose, fx.expected_stderr)

        # Start every runnable case (in parallel), then report them in order.
        pending = []
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            for fx in fixtures:
                for mode in fx.modes():
                    case = Case(fx.name, mode)
                    if selected(case.id, args.k):
                        runnable = not fx.cpython_error and not fx.error
                        pending.append((fx, case, pool.submit(run_case, fx, case) if runnable else None))
            for fx, case, future in pending:
                if fx.cpython_error:
                    results[case.id] = "no expected output: " + fx.cpython_error
                elif fx.error:
                    first = Case(fx.name, MODES[0]).id
                    if case.mode != MODES[0] and results.get(first) == fx.error:
                        results[case.id] = "not run: as for %s, %s" % (first, fx.error.splitlines()[0])
                    else:
                        results[case.id] = fx.error
                else:
                    results[case.id] = future.result()
                results[case.id] = apply_xfail(fx, case, results[case.id], xfailed)
                if case.id in xfailed:
                    print("XFAIL %s: %s" % (case.id, fx.xfail), flush=True)
                else:
                    report(case, results[case.id])

    if with_selftest and any(c.group == "port-selftest" for c in cases):
        binary, err = build_selftest_port(args.sanitize, args.thread)
        expected = (SELFTEST_DIR / "test_selftest.exp").read_bytes()
        for mode in MODES:
            case = Case("port-selftest", mode)
            if not selected(case.id, args.k):
                continue
            if err:
                results[case.id] = err
            else:
                rc, got, stderr = run_upy(binary, SELFTEST_DIR / "test_selftest.py", mode, args.timeout,
                                          env=SANITIZER_ENV if args.sanitize else None)
                results[case.id] = compare(case, expected, got, rc, stderr, args.verbose)
            report(case, results[case.id])

    passed = sum(1 for k, r in results.items() if r is None and k not in xfailed)
    skipped = len(xfailed)
    failed = len(results) - passed - skipped
    print("%d passed, %d failed, %d skipped" % (passed, failed, skipped))
    return 1 if failed else 0


def apply_xfail(fx, case, failure, xfailed):
    """An XFAIL fixture's failure is expected (counted as skipped); its pass is a failure."""
    if fx.xfail is None:
        return failure
    if failure is None:
        return "XPASS: passes although fixtures/%s/XFAIL expects a failure (%s); remove the marker" % (
            fx.name,
            fx.xfail,
        )
    xfailed.add(case.id)
    return None


def report(case, failure):
    if failure is None:
        print("PASS %s" % case.id, flush=True)
    else:
        print("FAIL %s" % case.id)
        print("\n".join("    " + line for line in failure.splitlines()), flush=True)


if __name__ == "__main__":
    sys.exit(main())
