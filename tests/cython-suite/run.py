#!/usr/bin/env python3
"""Cython's own test suite (tests/run and tests/memoryview of the Cython 3.3.1 sdist) as a
conformance measure.

    target/venv/bin/python tests/cython-suite/run.py [-j N] [--only NAME,...] [--json FILE]
                                                   [--update] [--strict] [--sanitize]

For each candidate in tests/cython-suite/candidates.txt (a file of tests/run, or of another test
folder when the line names it: `memoryview/memslice.pyx`; the case is named the same, without
`.pyx`, and its module by the file):

  1. Cython: built as Cython's runtests.py builds it: language level 2 unless the file's
     `# cython: language_level=` header says otherwise, directive autotestdict=False, the .pxd,
     .pxi and .h files of the same name beside it. The one C file serves both sides.
  2. CPython: the C compiled as an extension; its doctests collected as runtests.py does
     (doctest.DocTestFinder over the module, sorted by name, extract.py) and turned into a plain
     script: one function per docstring, each example run in try/except; an expression prints a
     canonical rendering of its value (prelude.py), an exception prints `EXC TypeName`. An example
     is kept only if it passes its doctest on CPython, prints the same under two hash seeds and
     compiles under MicroPython; every dropped example is recorded with the reason. The CPython
     run of the script is the expected output.
  3. Translation with target/debug/cython2upy; a module that stops is reported with the first
     name no rule or runtime function covers.
  4. Each translated module is compiled on its own (the port's flags, a qstr header made for it);
     those that compile are built together into one firmware (tests/port, -O0); one that still
     breaks the build is left out and reported with the compiler's first error.
  5. Each script runs under that firmware plain and under GC torture (gc.threshold(1)).

With --sanitize, the firmware is built with AddressSanitizer and UndefinedBehaviorSanitizer
(tests/port/Makefile SANITIZE=1, as tests/differential.py --sanitize builds it; its own build
folder and caches), the scripts run with differential.py's sanitizer settings, and a run whose
stderr holds a sanitizer report is a crash ("sanitizer: ..."). The cases are held to the same
expected.txt: a case that passes on the plain build must pass here too (--update is refused).

A case is: pass, translate (stops at a name), compile (the translated C does not compile),
crash (killed by a signal, or a timeout), wrong-output; a failure only under GC torture is
`gc:crash` or `gc:wrong-output`. A candidate that yields no case is `dropped` with its reason.

tests/cython-suite/expected.txt holds every candidate's status, and beside a crash or a wrong
output that is not a bug here its written reason (`limitation:NAME`, a MicroPython limitation
docs/differences.md describes under that name, or `missing: ...`), which --update keeps while the
status stays the same. The run fails when a case does
worse than the file says; with --strict also when one does better or changes (then --update
rewrites the file). Work and caches live in target/cython-suite/; every stage is keyed on its
inputs (case sources, Cython, the translator binary, the runtime, the port), so a re-run redoes
only what changed.
"""

import argparse
import concurrent.futures
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import differential as D  # noqa: E402  (the port build helpers)

TARGET = ROOT / "target"
WORK = TARGET / "cython-suite"
DOWNLOADS = TARGET / "downloads"
CANDIDATES = HERE / "candidates.txt"
EXPECTED = HERE / "expected.txt"
PRELUDE = HERE / "prelude.py"
EXTRACT = HERE / "extract.py"

CYTHON_VERSION = "3.3.1"
SDIST = "cython-%s.tar.gz" % CYTHON_VERSION
SDIST_SHA256 = "e0e45989e821bef6aa9ae15c7d583ab5e055f7406c4b3624e49e06d24e90375a"
PYTHON = Path(sys.executable)
VENV_BIN = PYTHON.parent
CYTHON = VENV_BIN / "cython"

# Bump when the way scripts are made changes: it is part of every CPython-side cache key.
SCRIPT_FORMAT = "2"
# The same for the per-module compile check.
PRECHECK_FORMAT = "3"
TIMEOUT_BUILD = 300
TIMEOUT_SCRIPT = 120
TORTURE_PREFIX = "import gc; gc.threshold(1)\n"

# The sdist's test folders the candidates come from; a candidate without a folder is in the first.
SUITES = ("run", "memoryview")
# What is unpacked: those folders and the ones their files include (`../buffers/mockbuffers.pxi`).
UNPACKED = SUITES + ("buffers", "testsupport")

# Statuses, worst first: a case does worse when its rank drops.
RANK = {"dropped": 0, "translate": 1, "compile": 2, "crash": 3, "wrong-output": 4, "gc:crash": 5,
        "gc:wrong-output": 6, "pass": 7}

print_lock = threading.Lock()


def say(msg):
    with print_lock:
        print(msg, flush=True)


def sha256_bytes(data):
    return hashlib.sha256(data).hexdigest()


def sha256_file(path):
    return sha256_bytes(Path(path).read_bytes())


def tree_hash(paths):
    """A hash over the given files (path and content), for cache keys."""
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(str(p.relative_to(ROOT) if p.is_relative_to(ROOT) else p).encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def files_under(d, exts=None):
    return [p for p in Path(d).rglob("*") if p.is_file() and (exts is None or p.suffix in exts)]


def run(cmd, cwd, env=None, timeout=TIMEOUT_BUILD):
    """(returncode, combined output); a timeout is returncode None."""
    full_env = dict(os.environ, NO_COLOR="1")
    full_env.update(env or {})
    try:
        p = subprocess.run([str(c) for c in cmd], cwd=str(cwd), env=full_env, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, timeout=timeout)
        return p.returncode, p.stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as e:
        return None, (e.stdout or b"").decode("utf-8", "replace") + "\ntimed out after %ss" % timeout


def run_out(cmd, cwd, env=None, timeout=TIMEOUT_SCRIPT):
    """(returncode, stdout bytes, stderr text); a timeout is returncode None."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    try:
        p = subprocess.run([str(c) for c in cmd], cwd=str(cwd), env=full_env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, timeout=timeout)
        return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as e:
        return None, e.stdout or b"", "timed out after %ss" % timeout


def first_lines(text, n=3):
    lines = [line.strip() for line in D.ANSI_ESCAPE.sub("", text).splitlines() if line.strip()]
    return " | ".join(lines[:n])


class Cache:
    """One JSON record per case and stage, valid while its key is unchanged."""

    def __init__(self, case_dir, stage):
        self.path = case_dir / ("%s.json" % stage)

    def get(self, key):
        try:
            rec = json.loads(self.path.read_text())
        except (OSError, ValueError):
            return None
        return rec.get("value") if rec.get("key") == key else None

    def put(self, key, value):
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"key": key, "value": value}, indent=1))
        tmp.replace(self.path)


# --------------------------------------------------------------------------
# The sdist


def fetch_sdist():
    """Cython's sdist from PyPI with pip, hash-pinned; unpacked under target/cython-suite/."""
    tarball = DOWNLOADS / SDIST
    if not tarball.is_file() or sha256_file(tarball) != SDIST_SHA256:
        DOWNLOADS.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            req = Path(tmp) / "requirements.txt"
            req.write_text("cython==%s --hash=sha256:%s\n" % (CYTHON_VERSION, SDIST_SHA256))
            say("==> fetching %s from PyPI" % SDIST)
            rc, out = run([PYTHON, "-m", "pip", "download", "--disable-pip-version-check", "--no-binary", ":all:",
                           "--no-deps", "--require-hashes", "-r", req, "-d", tmp], cwd=ROOT)
            got = Path(tmp) / SDIST
            if rc != 0 or not got.is_file():
                sys.exit("cython-suite: pip download failed:\n" + out)
            if sha256_file(got) != SDIST_SHA256:
                sys.exit("cython-suite: %s does not have the pinned sha256" % SDIST)
            shutil.copy(got, tarball)
    tree = WORK / ("cython-%s" % CYTHON_VERSION)
    stamp = tree / ".unpacked"
    stamp_text = SDIST_SHA256 + " " + " ".join(UNPACKED)
    if not stamp.is_file() or stamp.read_text() != stamp_text:
        shutil.rmtree(tree, ignore_errors=True)
        WORK.mkdir(parents=True, exist_ok=True)
        with tarfile.open(tarball) as tf:
            prefixes = tuple("cython-%s/tests/%s/" % (CYTHON_VERSION, d) for d in UNPACKED)
            members = [m for m in tf.getmembers() if m.name.startswith(prefixes)]
            tf.extractall(WORK, members=members, filter="data")
        stamp.write_text(stamp_text)
    return tree / "tests"


# --------------------------------------------------------------------------
# Per case


class Case:
    def __init__(self, candidate, tests_dir):
        self.name = candidate[:-4]  # `memslice`, or `memoryview/memslice` outside tests/run
        self.suite = candidate.split("/")[0] if "/" in candidate else SUITES[0]
        self.src = tests_dir / (candidate if "/" in candidate else "%s/%s" % (SUITES[0], candidate))
        self.pyx_name = self.src.name
        self.module = self.src.stem  # the extension module's name, on both sides
        self.dir = WORK / "cases" / self.name
        self.status = None  # see RANK
        self.detail = ""  # the reason, the first error, the diff
        self.reason = ""  # the written reason of a failure that is not a bug (expected.txt)
        self.dropped_examples = {}  # reason -> count
        self.examples = 0
        self.module_dir = None  # the translated module folder, when translation succeeded
        self.script = None
        self.expected = None

    def sources(self):
        """The .pyx and the .pxd, .pxi and .h files of the same name beside it."""
        out = [self.src]
        for ext in (".pxd", ".pxi", ".h"):
            p = self.src.with_suffix(ext)
            if p.is_file():
                out.append(p)
        return out

    def includes(self):
        """The files its `include "..."` lines name outside its own folder, for the cache key."""
        text = self.src.read_text(encoding="utf-8", errors="replace")
        found = (self.src.parent / m for m in re.findall(r'^include\s+"(\.\./[^"]+)"', text, re.M))
        return [p for p in found if p.is_file()]

    def set(self, status, detail=""):
        self.status, self.detail = status, detail


def language_level_args(text):
    m = re.search(r"^#\s*cython\s*:.*\blanguage_level\s*=\s*(\w+)", text, re.M)
    return [] if m else ["-2"]


def script_text(case, tests, keep):
    """The plain script of a case's doctests: `keep` is the set of (test, example) indices."""
    lines = ["_M = __import__(%r)" % case.module, PRELUDE.read_text()]
    for ti, test in enumerate(tests):
        body = []
        for ei, ex in enumerate(test["examples"]):
            if (ti, ei) not in keep:
                continue
            first = ex["source"].splitlines()[0] if ex["source"].strip() else ""
            body.append("    print(%s)" % ascii("#%d.%d>>> %s" % (ti, ei, first[:70])))
            body.append("    _x(g, %s, %s)" % (ascii(ex["source"]), ex["expr"]))
        if body:
            lines.append("")
            lines.append("def _t%d():  # %s" % (ti, test["name"]))
            lines.append("    print(%s)" % ascii("## " + test["name"]))
            lines.append("    g = _globs()")
            lines.extend(body)
            lines.append("_t%d()" % ti)
    return "\n".join(lines) + "\n"


MARK = re.compile(rb"^#(\d+)\.(\d+)>>> ", re.M)


def segments(out):
    """Output split by example: {(test, example): bytes}."""
    res = {}
    marks = list(MARK.finditer(out))
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(out)
        res[(int(m.group(1)), int(m.group(2)))] = out[m.end():end]
    return res


def micropython_compiles(case, tests, candidates, base_binary):
    """The subset of candidate examples that MicroPython's compiler accepts."""
    order = sorted(candidates)
    checker = ["S = ["]
    for ti, ei in order:
        ex = tests[ti]["examples"][ei]
        checker.append("  (%s, %s)," % (ascii(ex["source"]), "'eval'" if ex["expr"] else "'exec'"))
    checker.append("]")
    checker.append("for i in range(len(S)):")
    checker.append("    try:")
    checker.append("        compile(S[i][0], '<example>', S[i][1])")
    checker.append("    except BaseException:")
    checker.append("        print(i)")
    path = case.dir / "mp_compile_check.py"
    path.write_text("\n".join(checker) + "\n")
    rc, out, err = run_out([base_binary, path], cwd=case.dir)
    if rc != 0:
        return None, first_lines(err)
    bad = {order[int(x)] for x in out.decode().split()}
    return set(candidates) - bad, None


def cpython_side(case, base_binary, mp_version):
    """Cython, the CPython extension, the script and its expected output (cached)."""
    case.dir.mkdir(parents=True, exist_ok=True)
    srcs = case.sources()
    key = sha256_bytes(json.dumps([tree_hash(srcs + case.includes()), CYTHON_VERSION, sys.version, mp_version, SCRIPT_FORMAT,
                                   sha256_file(PRELUDE), sha256_file(EXTRACT)]).encode())
    cache = Cache(case.dir, "cpython")
    rec = cache.get(key)
    if rec is None:
        rec = cpython_build(case, srcs, base_binary)
        cache.put(key, rec)
    case.c_file = case.dir / "build" / (case.module + ".c")
    case.examples = rec.get("examples", 0)
    case.dropped_examples = rec.get("dropped_examples", {})
    if rec.get("dropped"):
        case.set("dropped", rec["dropped"])
        return False
    case.script = case.dir / "test.py"
    case.expected = (case.dir / "expected.out").read_bytes()
    return True


def cpython_build(case, srcs, base_binary):
    build = case.dir / "build"
    shutil.rmtree(build, ignore_errors=True)
    build.mkdir(parents=True)
    for s in srcs:
        shutil.copy(s, build / s.name)
    text = case.src.read_text(encoding="utf-8", errors="replace")
    # runtests.py has the test folder on the include path: helper .pxd, .pxi and .pyx files.
    cmd = [CYTHON] + language_level_args(text) + ["-X", "autotestdict=False", "-I", case.src.parent,
                                                  case.pyx_name, "-o", case.module + ".c"]
    rc, out = run(cmd, cwd=build)
    (case.dir / "cython.log").write_text(out)
    if rc != 0:
        return {"dropped": "does not compile in Cython: " + first_lines(out, 2)}
    import sysconfig

    so = build / (case.module + sysconfig.get_config_var("EXT_SUFFIX"))
    cc = os.environ.get("CC", "gcc")
    rc, out = run([cc, "-O0", "-shared", "-fPIC", "-w", "-I" + sysconfig.get_paths()["include"], "-I.", "-I%s" % case.src.parent,
                   case.module + ".c", "-o", so, "-lm"], cwd=build)
    (case.dir / "cpython-build.log").write_text(out)
    if rc != 0:
        return {"dropped": "the CPython extension does not build: " + first_lines(out, 2)}
    env = {"PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1", "PYTHONIOENCODING": "utf-8"}
    rc, out = run([PYTHON, EXTRACT, case.module, case.dir / "doctests.json"], cwd=build, env=env, timeout=TIMEOUT_SCRIPT)
    (case.dir / "extract.log").write_text(out)
    if rc != 0:
        return {"dropped": "fails on import or in its doctests on CPython: " + first_lines(out.splitlines()[-1] if out else "")}
    tests = json.loads((case.dir / "doctests.json").read_text())["tests"]
    dropped = {}

    def drop(reason, n):
        if n:
            dropped[reason] = dropped.get(reason, 0) + n

    keep = set()
    total = 0
    for ti, t in enumerate(tests):
        for ei, ex in enumerate(t["examples"]):
            total += 1
            if ex["ok"]:
                keep.add((ti, ei))
    drop("fails its doctest on CPython", total - len(keep))
    ok, err = micropython_compiles(case, tests, keep, base_binary)
    if ok is None:
        return {"dropped": "the examples cannot be checked with MicroPython's compiler: " + err}
    drop("does not compile under MicroPython", len(keep) - len(ok))
    keep = ok
    # Keep what prints the same under two hash seeds; dropping an example changes what the next
    # ones see, so repeat until stable.
    for _ in range(4):
        (case.dir / "test.py").write_text(script_text(case, tests, keep))
        outs = []
        for seed in ("0", "1"):
            env = {"PYTHONHASHSEED": seed, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONIOENCODING": "utf-8",
                   "PYTHONPATH": str(build)}
            rc, out, err = run_out([PYTHON, case.dir / "test.py"], cwd=build, env=env)
            if rc != 0:
                return {"dropped": "the script fails on CPython (exit %s): %s" % (rc, first_lines(err.splitlines()[-1] if err else ""))}
            outs.append(out)
        if outs[0] == outs[1]:
            break
        s0, s1 = segments(outs[0]), segments(outs[1])
        unstable = {k for k in keep if s0.get(k) != s1.get(k)}
        drop("prints differently under another hash seed", len(unstable))
        keep -= unstable
    else:
        return {"dropped": "output does not settle under two hash seeds"}
    if not keep:
        return {"dropped": "no example passes on CPython", "dropped_examples": dropped}
    (case.dir / "expected.out").write_bytes(outs[0])
    return {"examples": len(keep), "dropped_examples": dropped}


UNSUPPORTED = re.compile(r"`([^`]+)` is not supported")


def translate(case, translator, translator_hash, runtime_hash):
    """cython2upy over the case's C (cached)."""
    out_root = case.dir / "upy"
    key = sha256_bytes(json.dumps([sha256_file(case.c_file), translator_hash, runtime_hash]).encode())
    cache = Cache(case.dir, "translate")
    rec = cache.get(key)
    if rec is None or (rec.get("ok") and not (out_root / case.module / "micropython.mk").is_file()):
        shutil.rmtree(out_root, ignore_errors=True)
        rc, out = run([translator, "translate", case.c_file, "-o", out_root / case.module / (case.module + ".c")], cwd=case.dir / "build")
        (case.dir / "translate.log").write_text(out)
        if rc == 0 and (out_root / case.module / "micropython.mk").is_file():
            rec = {"ok": True}
        else:
            shutil.rmtree(out_root, ignore_errors=True)
            rc2, js = run([translator, "check", "--format", "json", case.c_file], cwd=case.dir / "build")
            first = None
            try:
                diags = json.loads(js[js.index("["):js.rindex("]") + 1])
                errors = [d for d in diags if d.get("severity") == "error"] or diags
                if errors:
                    d = errors[0]
                    m = UNSUPPORTED.search(d.get("message", ""))
                    first = m.group(1) if m else "%s %s" % (d.get("code", ""), d.get("message", ""))
            except ValueError:
                pass
            rec = {"ok": False, "first": first or "exit %s: %s" % (rc, first_lines(out, 2))}
        cache.put(key, rec)
    if not rec["ok"]:
        case.set("translate", rec["first"])
        return False
    case.module_dir = out_root / case.module
    return True


class Port:
    """The port's compile command for one module on its own, from a build with no modules."""

    def __init__(self, base_build, compile_cmd):
        self.base_build = base_build
        self.compile_cmd = compile_cmd
        self.qstrdefs = (base_build / "genhdr" / "qstrdefs.generated.h").read_text()
        self.root_pointers = (base_build / "genhdr" / "root_pointers.h").read_text()


QSTR_USE = re.compile(r"\bMP_QSTR_(\w+)")
ROOT_POINTER = re.compile(r"^MP_REGISTER_ROOT_POINTER\((.*)\);", re.M)


def precheck(case, port, key_extra):
    """Compile the translated module alone with the port's flags (cached)."""
    c = case.module_dir / (case.module + ".c")
    key = sha256_bytes(json.dumps([sha256_file(c), key_extra, PRECHECK_FORMAT]).encode())
    cache = Cache(case.dir, "precheck")
    rec = cache.get(key)
    if rec is None:
        overlay = case.dir / "precheck"
        shutil.rmtree(overlay, ignore_errors=True)
        (overlay / "genhdr").mkdir(parents=True)
        known = set(re.findall(r"QDEF\d\((MP_QSTR_\w+),", port.qstrdefs))
        text = c.read_text(errors="replace")
        extra = sorted({"MP_QSTR_" + q for q in QSTR_USE.findall(text)} - known)
        (overlay / "genhdr" / "qstrdefs.generated.h").write_text(
            port.qstrdefs + "".join('QDEF1(%s, 0, 0, "")\n' % q for q in extra))
        roots = ROOT_POINTER.findall(text)
        (overlay / "genhdr" / "root_pointers.h").write_text(port.root_pointers + "".join(r + ";\n" for r in roots))
        cmd = [a.replace("@SRC@", str(c)).replace("@INC@", str(case.module_dir / "cy2upy_runtime" / "include"))
               for a in port.compile_cmd]
        # The runtime parts the module's micropython.mk switches on (rules/parts.toml): their
        # declarations are hidden without them.
        mk = (case.module_dir / "micropython.mk").read_text(errors="replace")
        parts = re.findall(r"-DCY2UPY_PART_\w+=1", mk)
        cmd = [cmd[0], "-I" + str(overlay)] + parts + cmd[1:]
        rc, out = run(cmd, cwd=D.PORT_DIR)
        (case.dir / "precheck.log").write_text(" ".join(cmd) + "\n" + out)
        rec = {"ok": rc == 0, "error": first_error(out)}
        cache.put(key, rec)
    if not rec["ok"]:
        case.set("compile", rec["error"])
        return False
    return True


def first_error(out):
    for line in D.ANSI_ESCAPE.sub("", out).splitlines():
        if re.search(r"\berror\b|undefined reference", line):
            return re.sub(r"^.*/", "", line.strip())[:300]
    return first_lines(out, 2)[:300]


# --------------------------------------------------------------------------
# Port builds


def port_make(mods_dir, build, prog, log, sanitize=False):
    # -O0: the suite measures translation, not speed, and -O2 would triple the build time.
    extra = ["COPT=-O0"] + (["SANITIZE=1"] if sanitize else [])
    rc, out, secs = D.make_port(mods_dir, build, prog, log, extra=extra)
    return rc, out, secs


def base_port(runtime_hash):
    """The port with no translated module: MicroPython's compiler for the example check, and the
    genhdr/ and compile flags for the per-module check."""
    build = WORK / "port" / "base-build"
    prog = WORK / "port" / "micropython-base"
    log = WORK / "port" / "base-build.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    rc, out, secs = port_make(None, build, prog, log)
    if rc != 0:
        sys.exit("cython-suite: the base port does not build (%s):\n%s" % (log, D.tail(out)))
    # The compile command of main.c, as make runs it, turned into a template for one module.
    rc, out = run(["make", "-C", D.PORT_DIR, "-n", "-B", "BUILD=%s" % build, "PROG_OUT=%s" % prog, "COPT=-O0",
                   "%s/main.o" % build], cwd=ROOT, env=D.port_version_env())
    line = next((x for x in out.splitlines() if re.search(r"\s-c\s", x) and "main.c" in x), None)
    if line is None:
        sys.exit("cython-suite: cannot find the port's compile command in:\n" + out[-3000:])
    import shlex

    args = shlex.split(line.split("||")[0].strip())
    cmd = []
    skip = False
    for a in args:
        if skip:
            skip = False
        elif a in ("-o", "-MF", "-MT"):
            skip = True
        elif a != "-MD" and not a.endswith("main.c"):
            cmd.append(a)
    cmd += ["-I@INC@", "-fno-single-precision-constant", "-o", "/dev/null", "@SRC@"]
    return prog, Port(build, cmd), sha256_bytes(" ".join(cmd).encode())


def build_firmware(cases, runtime_hash, translator_hash, sanitize=False):
    """All modules that compiled on their own, in one firmware; a module that still breaks the
    build is left out and reported. The key has the translator's hash: the runtime the modules
    are built with is the copy the translator embeds and writes beside each module."""
    suffix = "-sanitize" if sanitize else ""
    mods = WORK / ("usermods" + suffix)
    build = WORK / "port" / ("build" + suffix)
    prog = WORK / "port" / ("micropython" + suffix)
    members = [c for c in cases if c.status is None]
    attempt = 0
    while members:
        attempt += 1
        shutil.rmtree(mods, ignore_errors=True)
        mods.mkdir(parents=True)
        for c in members:
            os.symlink(c.module_dir, mods / c.module)
        key = sha256_bytes(json.dumps([[c.module, sha256_file(c.module_dir / (c.module + ".c"))] for c in members]
                                      + [runtime_hash, translator_hash]).encode())
        stamp = WORK / "port" / ("firmware%s.key" % suffix)
        if prog.is_file() and stamp.is_file() and stamp.read_text() == key:
            say("==> firmware with %d modules is current" % len(members))
            return prog
        log = WORK / "port" / ("build%s.%d.log" % (suffix, attempt))
        say("==> building one firmware%s with %d modules (log %s)"
            % (" (ASan, UBSan)" if sanitize else "", len(members), D.rel(log)))
        rc, out, secs = port_make(mods, build, prog, log, sanitize)
        if rc == 0:
            stamp.write_text(key)
            say("    built in %.0fs" % secs)
            return prog
        broken = []
        for c in members:
            pat = re.escape(str(mods / c.module)) + r"/[^:\s]*:\d+(:\d+)?: (fatal )?error.*"
            m = re.search(pat, out)
            if m:
                c.set("compile", re.sub(r"^.*/", "", m.group(0))[:300])
                broken.append(c)
        if not broken:
            for c in members:
                c.set("compile", "the firmware does not build: " + D.build_errors(out).strip().splitlines()[0][:200])
            return None
        say("    %d module(s) break the build: %s; again without them" % (len(broken), ", ".join(c.name for c in broken)))
        members = [c for c in members if c.status is None]
    return None


# --------------------------------------------------------------------------
# Running


def run_micropython(case, prog, fw_key, sanitize=False):
    key = sha256_bytes(json.dumps([fw_key, sha256_file(case.script), sha256_bytes(case.expected),
                                   D.SANITIZER_ENV if sanitize else None]).encode())
    suffix = "-sanitize" if sanitize else ""
    cache = Cache(case.dir, "run" + suffix)
    rec = cache.get(key)
    if rec is None:
        rec = {}
        for mode in ("plain", "gc"):
            script = case.script
            if mode == "gc":
                script = case.dir / "test_gc.py"
                script.write_text(TORTURE_PREFIX + case.script.read_text())
            rc, out, err = run_out([prog, script], cwd=case.dir, env=D.SANITIZER_ENV if sanitize else None)
            (case.dir / ("upy%s.%s.out" % (suffix, mode))).write_bytes(out)
            (case.dir / ("upy%s.%s.err" % (suffix, mode))).write_text(err)
            report = D.SANITIZER_REPORT.search(err) if sanitize else None
            if report:
                status = "crash"
                line = err[err.rfind("\n", 0, report.start()) + 1:].split("\n", 1)[0]
                detail = "sanitizer: " + line.strip()[:240]
            elif rc is None or rc < 0:
                status = "crash"
                detail = "timed out" if rc is None else "killed by signal %d" % -rc
                detail += ("; " + first_lines(err, 2)) if err.strip() else ""
            elif rc != 0 or out != case.expected:
                status = "wrong-output"
                detail = first_difference(case.expected, out, err, rc)
            else:
                status, detail = "pass", ""
            rec[mode] = [status, detail]
        cache.put(key, rec)
    plain, gc = rec["plain"], rec["gc"]
    if plain[0] != "pass":
        case.set(plain[0], plain[1])
    elif gc[0] != "pass":
        case.set("gc:" + gc[0], gc[1])
    else:
        case.set("pass")


def first_difference(expected, got, err, rc):
    exp, have = expected.decode("utf-8", "replace").splitlines(), got.decode("utf-8", "replace").splitlines()
    where = ""
    for i in range(max(len(exp), len(have))):
        a = exp[i] if i < len(exp) else "<end>"
        b = have[i] if i < len(have) else "<end>"
        if a != b:
            example = next((x for x in reversed(exp[:i + 1]) if x.startswith("#")), "")
            where = "%s: expected %r, got %r" % (example[:80], a[:80], b[:80])
            break
    if rc != 0:
        where = "exit %s: %s; %s" % (rc, first_lines(err.splitlines()[-1] if err.strip() else "", 1), where)
    return where


# --------------------------------------------------------------------------
# Expectations and summary


def read_expected():
    exp = {}
    if EXPECTED.is_file():
        for line in EXPECTED.read_text().splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            name, _, rest = line.partition(" ")
            status, _, detail = rest.strip().partition(" ")
            exp[name] = (status, detail.strip())
    return exp


# Statuses whose detail in expected.txt is written by hand, not by the run: why the case fails
# when that is not a bug here. `limitation:NAME` is a MicroPython limitation that
# docs/differences.md describes under that name.
REASONED = ("crash", "wrong-output", "gc:crash", "gc:wrong-output")
DIFFERENCES = ROOT / "docs" / "differences.md"


def expected_line(c):
    # The translation stop's first name and the drop reason are part of the expectation; the
    # other details (compiler messages, diffs) change with unrelated edits and are not. A written
    # reason is kept while the status stays the same.
    detail = c.detail if c.status in ("translate", "dropped") else c.reason if c.status in REASONED else ""
    return ("%-44s %s %s" % (c.name, c.status, detail)).rstrip()


def write_expected(cases):
    head = ("# Expected status of each Cython tests/run and tests/memoryview candidate (tests/cython-suite/run.py --update).\n"
            "# name  status  [first unsupported name | reason]; statuses: " + ", ".join(RANK) + "\n")
    EXPECTED.write_text(head + "".join(expected_line(c) + "\n" for c in sorted(cases, key=lambda c: c.name)))


def stage_table(made):
    """The cases by stage, a column pair per suite (markdown lines)."""
    suites = [s for s in SUITES if any(c.suite == s for c in made)]
    by = {}
    for c in made:
        by[(c.suite, c.status)] = by.get((c.suite, c.status), 0) + 1
    size = {s: sum(1 for c in made if c.suite == s) for s in suites}
    lines = ["| stage | " + " | ".join("tests/%s | share" % s for s in suites) + " |",
             "|---|" + "---|---|" * len(suites)]
    for st in ("cases", "pass", "gc:wrong-output", "gc:crash", "wrong-output", "crash", "compile", "translate"):
        cells = []
        for s in suites:
            k = size[s] if st == "cases" else by.get((s, st), 0)
            cells.append("%d | %.1f%%" % (k, 100.0 * k / size[s] if size[s] else 0))
        lines.append("| %s | %s |" % (st, " | ".join(cells)))
    return lines


def by_reason(made):
    """(translation stops by first name, other failures by written reason): name -> cases."""
    stops, written = {}, {}
    for c in made:
        if c.status == "translate":
            stops.setdefault(c.detail, []).append(c.name)
        elif c.status in REASONED:
            written.setdefault(c.reason or "(no reason recorded)", []).append(c.name)
    order = lambda d: sorted(d.items(), key=lambda x: (-len(x[1]), x[0]))  # noqa: E731
    return order(stops), order(written)


def undocumented(written):
    """The `limitation:NAME` reasons docs/differences.md does not name."""
    documented = DIFFERENCES.read_text() if DIFFERENCES.is_file() else ""
    return sorted({r for r, _ in written if r.startswith("limitation:") and "`%s`" % r not in documented})


def summary(cases):
    made = [c for c in cases if c.status != "dropped"]
    print()
    print("\n".join(stage_table(made)))
    n = len(made)
    dropped = [c for c in cases if c.status == "dropped"]
    kept = sum(c.examples for c in made)
    lost = {}
    for c in made:
        for r, k in c.dropped_examples.items():
            lost[r] = lost.get(r, 0) + k
    print("\n%d candidates: %d cases (%d doctest examples kept), %d dropped" % (len(cases), n, kept, len(dropped)))
    for r, k in sorted(lost.items(), key=lambda x: -x[1]):
        print("  examples dropped: %d %s" % (k, r))
    stops, written = by_reason(made)
    if stops:
        print("\nfirst stop in translation (cases):")
        for r, names in stops[:25]:
            print("  %3d  %s" % (len(names), r))
    if written:
        print("\nother failures by reason (cases):")
        for r, names in written:
            print("  %3d  %s: %s" % (len(names), r, " ".join(sorted(names))))
    for r in undocumented(written):
        print("  note: %s is not named in %s" % (r, D.rel(DIFFERENCES)))


# docs/conformance.md holds the tables of expected.txt between these lines (--docs writes them,
# --check-docs compares).
CONFORMANCE = ROOT / "docs" / "conformance.md"
DOCS_BEGIN = "<!-- tables from tests/cython-suite/expected.txt (run.py --docs): begin -->"
DOCS_END = "<!-- tables from tests/cython-suite/expected.txt: end -->"


def docs_tables():
    made = [_Fake(n, s, d) for n, (s, d) in read_expected().items() if s != "dropped"]
    stops, written = by_reason(made)
    lines = stage_table(made) + ["", "The cases that do not pass, by first stop in translation and by reason:", "",
                                 "| reason | cases | which |", "|---|---|---|"]
    for prefix, group in (("translate: ", stops), ("", written)):
        for r, names in group:
            lines.append("| `%s%s` | %d | %s |" % (prefix, r, len(names), ", ".join("`%s`" % n for n in sorted(names))))
    return "\n".join(lines), undocumented(written)


def docs(write):
    """Check (or write) the tables in docs/conformance.md against expected.txt, and that every
    limitation expected.txt names is in docs/differences.md."""
    text = CONFORMANCE.read_text()
    if DOCS_BEGIN not in text or DOCS_END not in text:
        print("cython-suite: %s has no tables block (%s ... %s)" % (D.rel(CONFORMANCE), DOCS_BEGIN, DOCS_END))
        return 1
    head, rest = text.split(DOCS_BEGIN, 1)
    _, tail = rest.split(DOCS_END, 1)
    tables, missing = docs_tables()
    new = head + DOCS_BEGIN + "\n" + tables + "\n" + DOCS_END + tail
    for r in missing:
        print("cython-suite: %s is in %s but not in %s" % (r, D.rel(EXPECTED), D.rel(DIFFERENCES)))
    if write:
        CONFORMANCE.write_text(new)
        print("wrote %s" % D.rel(CONFORMANCE))
    elif new != text:
        print("cython-suite: the tables in %s are not those of %s: tests/cython-suite/run.py --docs"
              % (D.rel(CONFORMANCE), D.rel(EXPECTED)))
        return 1
    return 1 if missing else 0


def cpu():
    """CPU seconds of this process and its finished children: what the run costs on an idle
    machine, whatever else shares it."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def main():
    global WORK
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--only", action="append", default=[], metavar="NAME", help="these candidates only (names without .pyx; repeatable, comma-separated)")
    ap.add_argument("--translator", default=str(TARGET / "debug" / "cython2upy"))
    ap.add_argument("--json", metavar="FILE", help="write every case's status and detail as JSON")
    ap.add_argument("--update", action="store_true", help="rewrite expected.txt with this run's statuses")
    ap.add_argument("--strict", action="store_true", help="also fail when a case does better than expected.txt says or changes")
    ap.add_argument("--work", default=str(TARGET / "cython-suite"), help="work and cache folder (default target/cython-suite)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every case's status")
    ap.add_argument("--sanitize", action="store_true", help="build the firmware with ASan and UBSan and count their reports as crashes")
    ap.add_argument("--docs", action="store_true", help="write expected.txt's tables into docs/conformance.md, and stop")
    ap.add_argument("--check-docs", action="store_true", help="check docs/conformance.md's tables and docs/differences.md against expected.txt, and stop")
    args = ap.parse_args()
    if args.docs or args.check_docs:
        return docs(args.docs)
    if args.sanitize and args.update:
        sys.exit("cython-suite: --update records the plain build's statuses; run it without --sanitize")
    t_start = time.time()
    WORK = Path(args.work).resolve()

    tests_dir = fetch_sdist()
    names = [line.strip() for line in CANDIDATES.read_text().splitlines() if line.strip() and not line.startswith("#")]
    only = {n for item in args.only for n in item.split(",") if n}
    if only:
        unknown = only - {n[:-4] for n in names}
        if unknown:
            sys.exit("cython-suite: not a candidate: %s" % ", ".join(sorted(unknown)))
        names = [n for n in names if n[:-4] in only]
    cases = [Case(n, tests_dir) for n in names]

    translator = Path(args.translator).resolve()
    if not translator.is_file():
        sys.exit("cython-suite: no translator at %s (cargo build)" % translator)
    translator_hash = sha256_file(translator)
    runtime_hash = tree_hash(files_under(ROOT / "runtime", {".c", ".h", ".rs", ".mk", ".sh", ".in", ".cmake", ".toml"})
                             + files_under(D.PORT_DIR))
    mp_version = D.port_version_env()["MICROPY_GIT_TAG"]

    say("==> base port (MicroPython's compiler, the per-module compile flags)")
    base_prog, port, port_key = base_port(runtime_hash)

    def front(case):
        try:
            t0 = time.time()
            if cpython_side(case, base_prog, mp_version) and translate(case, translator, translator_hash, runtime_hash):
                precheck(case, port, [port_key, runtime_hash])
            if args.verbose and case.status:
                say("    %-40s %s %s (%.1fs)" % (case.name, case.status, case.detail, time.time() - t0))
        except Exception as e:  # a broken case must not stop the others
            import traceback

            case.set("dropped", "runner error: %r" % e)
            say("runner error in %s:\n%s" % (case.name, traceback.format_exc()))

    say("==> Cython, CPython reference, translation, per-module compile: %d candidates, %d jobs" % (len(cases), args.jobs))
    t0 = time.time()
    c0 = cpu()
    done = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futs = [pool.submit(front, c) for c in cases]
        for f in concurrent.futures.as_completed(futs):
            f.result()
            done += 1
            if done % 50 == 0:
                say("    %d/%d (%.0fs)" % (done, len(cases), time.time() - t0))
    t_front, c_front = time.time() - t0, cpu() - c0

    t0, c0 = time.time(), cpu()
    prog = build_firmware(cases, runtime_hash, translator_hash, args.sanitize)
    t_build, c_build = time.time() - t0, cpu() - c0
    t0, c0 = time.time(), cpu()
    if prog:
        fw_key = sha256_file(prog)
        runnable = [c for c in cases if c.status is None]
        say("==> running %d scripts, plain and under GC torture%s"
            % (len(runnable), " (ASan, UBSan)" if args.sanitize else ""))
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            list(pool.map(lambda c: run_micropython(c, prog, fw_key, args.sanitize), runnable))
    t_run, c_run = time.time() - t0, cpu() - c0

    exp = read_expected()
    worse, better, changed, new = [], [], [], []
    for c in cases:
        if args.verbose:
            say("%-44s %s %s" % (c.name, c.status, c.detail))
        if c.name not in exp:
            new.append(c)
            continue
        st, detail = exp[c.name]
        if c.status == st and st in REASONED:
            c.reason = detail
        if RANK.get(c.status, -1) < RANK.get(st, -1):
            worse.append(c)
        elif RANK.get(c.status, -1) > RANK.get(st, -1):
            better.append(c)
        elif expected_line(c) != ("%-44s %s %s" % (c.name, st, detail)).rstrip():
            changed.append(c)

    summary(cases)
    print("\nwall time: front %.0fs, firmware %.0fs, runs %.0fs, total %.0fs" % (t_front, t_build, t_run, time.time() - t_start))
    print("CPU time: front %.0fs, firmware %.0fs, runs %.0fs, total %.0fs (%d jobs)" % (c_front, c_build, c_run, cpu(), args.jobs))
    if args.json:
        Path(args.json).write_text(json.dumps(
            [{"case": c.name, "status": c.status, "detail": c.detail, "examples": c.examples,
              "dropped_examples": c.dropped_examples} for c in cases], indent=1))
    for title, group in (("WORSE than expected.txt", worse), ("better than expected.txt", better),
                         ("changed from expected.txt", changed), ("not in expected.txt", new)):
        if group:
            print("\n%s (%d):" % (title, len(group)))
            for c in group:
                was = exp.get(c.name, ("-", ""))
                print("  %-40s %s %s  (expected: %s %s)" % (c.name, c.status, c.detail[:200], was[0], was[1]))
    if args.update:
        if only:
            keep = {n: v for n, v in exp.items() if n not in only}
            for c in cases:
                keep.pop(c.name, None)
            full = cases + [_Fake(n, s, d) for n, (s, d) in keep.items()]
            write_expected(full)
        else:
            write_expected(cases)
        print("\nwrote %s" % D.rel(EXPECTED))
        return 0
    if worse or (args.strict and (better or changed or new)):
        print("\ncython-suite: FAILED (%d worse%s); after a deliberate change: tests/cython-suite/run.py --update"
              % (len(worse), ", %d better, %d changed, %d new" % (len(better), len(changed), len(new)) if args.strict else ""))
        return 1
    print("\ncython-suite: as expected%s" % (" (%d better: --update records them)" % len(better) if better else ""))
    return 0


class _Fake:
    """A case as expected.txt records it."""

    def __init__(self, name, status, detail):
        self.name, self.status, self.detail = name, status, detail
        self.reason = detail
        self.suite = name.split("/")[0] if "/" in name else SUITES[0]


if __name__ == "__main__":
    sys.exit(main())
