#!/usr/bin/env python3
"""Firmware builds as users run them: translated modules in ports whose build rules are
MicroPython's own, with nothing added on the port side.

Run with the venv's Python after `cargo build` (tests/run-all does both):

    target/venv/bin/python tests/port_builds.py

Checks, each one case:
  stock-link[port], stock-link[cross]
      the test ports add nothing to the link: make's database shows the program's (and the
      Cortex-M image's) prerequisites are object files only, and tests/port links with
      py/mkrules.mk's own rule. A crutch such as `$(BUILD)/$(PROG): $(LIBS_USERMOD)` fails it.
  make-j      a fresh `make -j8` of two translated modules, then their script, compared with
              CPython's output for the same .pyx
  make-noop   `make` again with nothing changed relinks nothing
  make-edit   the .pyx edited, retranslated, `make` again: the program is relinked, its output is
              CPython's for the new .pyx, and the runtime's sources were not recompiled (the
              translator rewrites only files whose contents change)
  make-two-builds
              the same usermods tree built into two BUILD folders at once, both run; the tree
              itself is left exactly as it was (nothing written into it)
  make-clean  `make clean` removes that BUILD folder (the Rust library too), the other stays
  doc-strings-off
              the two modules in a build without docstrings (CFLAGS_EXTRA=
              -DMICROPY_ENABLE_DOC_STRING=0, the default of every stock port): each `__doc__` the
              script reads is None, and no docstring's text is in the program, where the build
              with docstrings has them
  make-prebuilt-rust
              CY2UPY_RUST_LIB=<prebuilt library>: linked, nothing built in cy2upy-rust/
  make-missing-lib
              CY2UPY_RUST_LIB naming no file: one clear make error
  make-rust-target
              CY2UPY_RUST_TARGET naming a target whose core rustc does not have: the build stops
              with one short message naming `rustup target add` and CY2UPY_RUST_LIB
  cmake-prebuilt-rust, cmake-edit, cmake-rust-target
              the same three through the CMake port (py/usermod.cmake, as rp2 and esp32)
  parts-absent
              the make build of the two modules above (the second BUILD folder, which `make
              clean` leaves), which need no runtime part
              (rules/parts.toml): the qstr scan of the runtime's sources found none of the
              names that sit in a part's `#if`
  cmake-parts a module that needs every runtime part (OSError subclasses, warnings and the
              other gated exception classes, a generator, a typed memoryview as an object, an
              in-place operator slot) built through the CMake port, whose qstr scan sees the
              parts through the include directories its micropython.cmake adds; its script's
              output is CPython's

The last line is "N passed, N failed".
"""

import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import differential as d  # noqa: E402

WORK = d.TARGET / "port-builds"
LOGS = d.LOGS / "port-builds"
TRANSLATOR = d.ROOT / "target" / "debug" / "cython2upy"
CROSS_PORT = d.ROOT / "tests" / "cross" / "port"
RUST_LIB = "cy2upy-rust/libcy2upy_runtime.a"

# The module a user edits between builds: {factor} changes. The edit adds no name or string, so
# the qstr set stays the same; a change to it regenerates qstrdefs.generated.h, which every
# object of a MicroPython build includes, and then rebuilds everything, as in any port. The
# other module, examples/hello, stays as it is.
EDITED_PYX = '''"""A module that is edited between two firmware builds."""

def answer():
    return "edited"

def scaled(int n):
    cdef long s = 0
    cdef int i
    for i in range(n):
        s += i * {factor}
    return s
'''
SCRIPT = """import hello, edited
print(hello.fib(20), hello.greet("build"))
print(edited.answer(), edited.scaled(10))
"""

# A module that needs every runtime part (rules/parts.toml).
PARTED_PYX = '''"""A module that needs every runtime part of cython2upy."""

def missing():
    # CPython makes OSError(ENOENT, ...) a FileNotFoundError; MicroPython raises the OSError,
    # which the except clause matches by its errno.
    try:
        raise OSError(2, "No such file or directory")
    except FileNotFoundError:
        return "FileNotFoundError"
    return "OSError"

def classes():
    return (issubclass(UserWarning, Warning), RecursionError.__name__,
            issubclass(ConnectionResetError, ConnectionError))

def squares(n):
    for i in range(n):
        yield i * i

def view(unsigned char[:] v):
    return v

cdef class Acc:
    cdef public int v
    def __init__(self):
        self.v = 1
    def __imul__(self, k):
        self.v = self.v * k
        return self
'''
PARTED_SCRIPT = """import parted
print(parted.missing())
print(parted.classes())
print(list(parted.squares(4)))
m = parted.view(bytearray(b"abc"))
print(m.shape, m[1])
a = parted.Acc()
print(a.__imul__(3).v)
"""

# What a firmware without docstrings gives for the docstrings of examples/hello and EDITED_PYX,
# and their texts, which such a program must not contain.
DOC_SCRIPT = """import hello, edited
print(hello.__doc__, hello.fib.__doc__, edited.__doc__)
"""
DOC_TEXTS = (b"A small Cython module: typed loops", b"Return the n-th Fibonacci number", b"A module that is edited between")

results = {}


def record(name, failure):
    results[name] = failure
    print(("PASS %s" % name) if failure is None else ("FAIL %s\n%s" % (name, failure)), flush=True)


def sh(cmd, log, env=None, cwd=d.ROOT):
    return d.run(cmd, cwd=cwd, env=env, log=LOGS / log)


def make(build, usermods, log, *extra):
    """A build of tests/port as a user runs it: only make's own variables on the command line."""
    cmd = ["make", "-C", d.PORT_DIR, "BUILD=%s" % build, "PROG_OUT=%s" % (build / "micropython.out")]
    cmd += ["USER_C_MODULES=%s" % usermods] + list(extra)
    return sh(cmd, log)


def program(build):
    return build / "micropython"


def tree_state(root):
    """Every file below root with its size and modification time."""
    return {str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(root.rglob("*")) if p.is_file()}


# --------------------------------------------------------------------------
# Sources, translation and the CPython oracle


def write_sources(src, factor):
    src.mkdir(parents=True, exist_ok=True)
    shutil.copy(d.ROOT / "examples" / "hello" / "hello.pyx", src / "hello.pyx")
    (src / "edited.pyx").write_text(EDITED_PYX.format(factor=factor))


def translate(src, usermods, log):
    return sh([TRANSLATOR, "translate", src, "-o", usermods], log, env={"CYTHON": str(d.CYTHON)})


def cpython_output(src, tag):
    """The script's output under CPython with src's .pyx built as extensions."""
    build = WORK / ("cpython-" + tag)
    shutil.rmtree(build, ignore_errors=True)
    build.mkdir(parents=True)
    for pyx in src.glob("*.pyx"):
        shutil.copy(pyx, build)
    rc, out = sh([d.CYTHONIZE, "-i", "-3", "-q", "hello.pyx", "edited.pyx"], "cpython-%s.log" % tag, cwd=build)
    if rc != 0:
        raise SystemExit("CPython build of %s failed:\n%s" % (tag, d.tail(out)))
    script = build / "script.py"
    script.write_text(SCRIPT)
    rc, out, err = d.run_script([sys.executable, script], cwd=build, env={"PYTHONPATH": str(build)})
    if rc != 0:
        raise SystemExit("script fails under CPython:\n%s" % d.tail(err))
    return out


def upy_output_failure(binary, expected):
    """None when the program prints what CPython printed, plain and under GC torture."""
    script = WORK / "script.py"
    script.write_text(SCRIPT)
    for mode in d.MODES:
        rc, got, err = d.run_upy(binary, script, mode, 60)
        failure = d.compare(d.Case(binary.parent.name, mode), expected, got, rc, err, False)
        if failure is not None:
            return failure
    return None


def uninstalled_rust_target():
    """A target triple rustc knows but has no core library for (none can be added here)."""
    sysroot = subprocess.run(["rustc", "--print", "sysroot"], capture_output=True, text=True).stdout.strip()
    installed = {p.name for p in (Path(sysroot) / "lib" / "rustlib").iterdir() if (p / "lib").is_dir()}
    known = subprocess.run(["rustc", "--print", "target-list"], capture_output=True, text=True).stdout.split()
    for t in ["thumbv7em-none-eabihf", "thumbv6m-none-eabi", "riscv32imc-unknown-none-elf"] + known:
        if t in known and t not in installed:
            return t
    return None


def short_rust_message(rc, out, target):
    """None when a failed build says, in a few lines of its own, what to run instead."""
    if rc == 0:
        return "the build succeeded although rustc has no core for %s" % target
    wanted = ["rustup target add %s" % target, "CY2UPY_RUST_LIB"]
    missing = [w for w in wanted if w not in out]
    if missing:
        return "the message does not name %s:\n%s" % (", ".join(missing), d.tail(out))
    if "error[E0463]" in out or "can't find crate" in out:
        return "rustc's own output was shown:\n%s" % d.tail(out)
    return None


# --------------------------------------------------------------------------
# The checks


def prerequisites(database, target):
    """Normal prerequisites of `target` in `make -p` output."""
    m = re.search(r"^%s:(?!=)([^|\n]*)" % re.escape(str(target)), database, re.M)
    return None if m is None else m.group(1).split()


def check_stock_link(usermods):
    """The program's link in make's database: object files only, by mkrules.mk's rule."""
    build = WORK / "build-db"
    ports = [
        ("port", d.PORT_DIR, build / "micropython", "py/mkrules.mk"),
        ("cross", CROSS_PORT, build / "firmware.elf", None),
    ]
    for tag, port, goal, rule_file in ports:
        rc, db = d.run(["make", "-C", port, "-p", "-q", "BUILD=%s" % build, "USER_C_MODULES=%s" % usermods, goal], cwd=d.ROOT)
        prereqs = prerequisites(db, goal)
        if prereqs is None:
            record("stock-link[%s]" % tag, "make -p shows no rule for %s" % goal)
            continue
        extra = [p for p in prereqs if not p.endswith(".o")]
        failure = None
        if extra:
            failure = "the port adds link prerequisites that no stock port has: %s" % " ".join(extra)
        elif not any(p.endswith("/cy2upy_runtime/c/cy2upy_err.o") for p in prereqs):
            failure = "the runtime's objects are not among the program's prerequisites"
        elif rule_file:
            block = db[db.index("\n%s:" % goal) :].split("\n\n", 1)[0]
            if "from '%s'" % (d.micropy_dir() / rule_file) not in block:
                failure = "the link recipe is not %s's:\n%s" % (rule_file, block[:2000])
        record("stock-link[%s]" % tag, failure)


def check_make(usermods, src, expected_v1, expected_v2):
    a, b = WORK / "build-a", WORK / "build-b"
    for p in (a, b):
        shutil.rmtree(p, ignore_errors=True)

    # A fresh parallel build: the Rust library must be made before the objects that need it.
    rc, out = make(a, usermods, "make-j.log", "-j8")
    record("make-j", "make -j8 failed:\n%s" % d.build_errors(out) if rc else upy_output_failure(program(a), expected_v1))
    if rc:
        return

    stamp = program(a).stat().st_mtime_ns
    rc, out = make(a, usermods, "make-noop.log", "-j8")
    relinked = program(a).stat().st_mtime_ns != stamp
    record("make-noop", ("make failed:\n%s" % d.build_errors(out)) if rc else ("relinked with nothing changed" if relinked else None))

    # Two ports/boards building the same tree, at once, into their own BUILD folders.
    before = tree_state(usermods)
    runs = {}

    def build_into(folder):
        runs[folder] = make(folder, usermods, "make-two-%s.log" % folder.name, "-j2")

    threads = [threading.Thread(target=build_into, args=(folder,)) for folder in (a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    failure = None
    for bd, (rc, out) in runs.items():
        if rc != 0:
            failure = "build into %s failed:\n%s" % (d.rel(bd), d.build_errors(out))
    failure = failure or upy_output_failure(program(b), expected_v1)
    if failure is None and tree_state(usermods) != before:
        failure = "the build wrote into the usermods tree %s" % d.rel(usermods)
    record("make-two-builds", failure)

    # Edit, retranslate, rebuild.
    write_sources(src, 3)
    rc, out = translate(src, usermods, "translate-v2.log")
    if rc != 0:
        record("make-edit", "retranslation failed:\n%s" % d.excerpt(out))
    else:
        rc, out = make(a, usermods, "make-edit.log", "-j8")
        failure = ("make failed:\n%s" % d.build_errors(out)) if rc else None
        if failure is None and program(a).stat().st_mtime_ns == stamp:
            failure = "the program was not relinked"
        if failure is None and re.search(r"^CC .*cy2upy_runtime/", out, re.M):
            failure = "the runtime was recompiled although its sources did not change"
        record("make-edit", failure or upy_output_failure(program(a), expected_v2))

    # make clean removes its own BUILD folder, Rust library included, and nothing else.
    rc, out = make(a, usermods, "make-clean.log", "clean")
    failure = ("make clean failed:\n%s" % d.tail(out)) if rc else None
    if failure is None and a.exists():
        failure = "make clean left %s" % d.rel(a)
    if failure is None and not program(b).is_file():
        failure = "make clean of one BUILD folder removed another's files"
    record("make-clean", failure)

    # A prebuilt Rust library: linked as it is, nothing built for it. (A build folder cannot be
    # copied: the dependency files name their own folder's generated headers.)
    c = b
    prebuilt = WORK / "prebuilt" / "libcy2upy_runtime.a"
    prebuilt.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(c / RUST_LIB, prebuilt)
    shutil.rmtree(c / "cy2upy-rust")
    program(c).unlink()
    rc, out = make(c, usermods, "make-prebuilt.log", "-j2", "CY2UPY_RUST_LIB=%s" % prebuilt)
    failure = ("make failed:\n%s" % d.build_errors(out)) if rc else None
    if failure is None and (c / "cy2upy-rust").exists():
        failure = "a Rust library was built although CY2UPY_RUST_LIB was given"
    record("make-prebuilt-rust", failure or upy_output_failure(program(c), expected_v2))

    rc, out = make(c, usermods, "make-missing-lib.log", "CY2UPY_RUST_LIB=%s" % (WORK / "no-such.a"))
    ok = rc != 0 and "CY2UPY_RUST_LIB=%s does not exist" % (WORK / "no-such.a") in out
    record("make-missing-lib", None if ok else "expected a clear error, got (rc %d):\n%s" % (rc, d.tail(out)))

    # A target rustc has no core for: one short message, no rustc wall.
    target = uninstalled_rust_target()
    if target is None:
        record("make-rust-target", "rustc here has every target's core; no target left to test with")
        return
    shutil.rmtree(c / "cy2upy-rust", ignore_errors=True)
    rc, out = make(c, usermods, "make-rust-target.log", "-j2", "CY2UPY_RUST_TARGET=%s" % target)
    record("make-rust-target", short_rust_message(rc, out, target))


def check_doc_strings_off(usermods, with_docs):
    """A build without docstrings: every `__doc__` is None and no docstring text is linked
    (with_docs: a build folder of the same modules with docstrings)."""
    build = WORK / "build-nodoc"
    shutil.rmtree(build, ignore_errors=True)
    rc, out = make(build, usermods, "make-nodoc.log", "-j2", "CFLAGS_EXTRA=-DMICROPY_ENABLE_DOC_STRING=0")
    if rc:
        record("doc-strings-off", "make failed:\n%s" % d.build_errors(out))
        return
    script = WORK / "doc_script.py"
    script.write_text(DOC_SCRIPT)
    rc, got, err = d.run_upy(program(build), script, "plain", 60)
    failure = None
    if rc != 0 or got != b"None None None\n":
        failure = "the script printed %r (exit %d, expected 'None None None'):\n%s" % (got, rc, d.tail(err))
    linked = [t.decode() for t in DOC_TEXTS if t in program(build).read_bytes()]
    if failure is None and linked:
        failure = "docstrings linked although MICROPY_ENABLE_DOC_STRING is 0: %s" % ", ".join(linked)
    missing = [t.decode() for t in DOC_TEXTS if t not in program(with_docs).read_bytes()]
    if failure is None and missing:
        failure = "the build with docstrings lacks %s: the check above tests nothing" % ", ".join(missing)
    record("doc-strings-off", failure)
    shutil.rmtree(build, ignore_errors=True)


def check_cmake(usermods, src, expected_v2, expected_v3):
    """The CMake port: a prebuilt Rust library, an edit, a target without core."""
    build = WORK / "cmake-a"
    shutil.rmtree(build, ignore_errors=True)
    prebuilt = WORK / "prebuilt" / "libcy2upy_runtime.a"
    top = usermods / "micropython.cmake"
    rc, out, _ = d.cmake_port(top, build, LOGS / "cmake-prebuilt.log", ["CY2UPY_RUST_LIB=%s" % prebuilt])
    failure = ("cmake build failed:\n%s" % d.build_errors(out)) if rc else None
    if failure is None and (build / "cy2upy-rust").exists():
        failure = "a Rust library was built although CY2UPY_RUST_LIB was given"
    record("cmake-prebuilt-rust", failure or upy_output_failure(program(build), expected_v2))
    if rc:
        return

    write_sources(src, 5)
    rc, out = translate(src, usermods, "translate-v3.log")
    if rc != 0:
        record("cmake-edit", "retranslation failed:\n%s" % d.excerpt(out))
    else:
        rc, out, _ = d.cmake_port(top, build, LOGS / "cmake-edit.log")
        failure = ("cmake build failed:\n%s" % d.build_errors(out)) if rc else None
        if failure is None and re.search(r"Building C object .*cy2upy_runtime/", out):
            failure = "the runtime was recompiled although its sources did not change"
        record("cmake-edit", failure or upy_output_failure(program(build), expected_v3))

    target = uninstalled_rust_target()
    if target is None:
        record("cmake-rust-target", "rustc here has every target's core; no target left to test with")
        return
    bad = WORK / "cmake-target"
    shutil.rmtree(bad, ignore_errors=True)
    rc, out, _ = d.cmake_port(top, bad, LOGS / "cmake-rust-target.log", ["CY2UPY_RUST_TARGET=%s" % target], ["cy2upy_rust_runtime"])
    record("cmake-rust-target", short_rust_message(rc, out, target))


def gated_qstrs():
    """The qstrs named inside the runtime's `#if CY2UPY_PART_X` groups and nowhere else in its
    C sources."""
    inside, outside = set(), set()
    for f in sorted((d.ROOT / "runtime" / "c").glob("*.c")):
        depth = []
        for line in f.read_text().splitlines():
            t = line.strip()
            if t.startswith("#if"):
                depth.append(t.startswith("#if CY2UPY_PART_"))
                continue
            if t.startswith("#el") and depth:
                depth[-1] = False
                continue
            if t.startswith("#endif") and depth:
                depth.pop()
                continue
            names = set(re.findall(r"MP_QSTR_(\w+)", line))
            (inside if any(depth) else outside).update(names)
    return inside - outside


def check_parts_absent(build):
    """The runtime's qstr scan in a make build of modules that need no part."""
    gated = gated_qstrs()
    found = set()
    for f in (build / "genhdr" / "qstr").glob("*cy2upy_runtime__c__*.qstr"):
        found |= set(re.findall(r"^Q\((\w+)\)$", f.read_text(), re.M)) & gated
    if not gated:
        failure = "no qstr sits in a runtime part's #if"
    elif not list((build / "genhdr" / "qstr").glob("*cy2upy_runtime__c__*.qstr")):
        failure = "no qstr file of the runtime's sources in %s" % build
    else:
        failure = ("the runtime's qstr scan found part names: %s" % " ".join(sorted(found))) if found else None
    record("parts-absent", failure)


def check_cmake_parts():
    """A module that needs every runtime part, built through the CMake port."""
    src, usermods, build = WORK / "parts-src", WORK / "parts-usermods", WORK / "cmake-parts"
    for p in (src, usermods, build):
        shutil.rmtree(p, ignore_errors=True)
    src.mkdir(parents=True)
    (src / "parted.pyx").write_text(PARTED_PYX)
    cpy = WORK / "cpython-parts"
    shutil.rmtree(cpy, ignore_errors=True)
    cpy.mkdir(parents=True)
    shutil.copy(src / "parted.pyx", cpy)
    rc, out = sh([d.CYTHONIZE, "-i", "-3", "-q", "parted.pyx"], "cpython-parts.log", cwd=cpy)
    if rc != 0:
        record("cmake-parts", "CPython build failed:\n%s" % d.tail(out))
        return
    (cpy / "script.py").write_text(PARTED_SCRIPT)
    rc, expected, err = d.run_script([sys.executable, cpy / "script.py"], cwd=cpy, env={"PYTHONPATH": str(cpy)})
    if rc != 0:
        record("cmake-parts", "script fails under CPython:\n%s" % d.tail(err))
        return
    rc, out = translate(src, usermods, "translate-parts.log")
    if rc != 0:
        record("cmake-parts", "translation failed:\n%s" % d.excerpt(out))
        return
    cmake = (usermods / "parted" / "micropython.cmake").read_text()
    missing = [p for p in ("exc_misc", "exc_oserror", "exc_warning", "generator", "memview", "inplace_wrappers")
               if "cy2upy_runtime/parts/%s)" % p not in cmake]
    if missing:
        record("cmake-parts", "micropython.cmake does not switch on %s" % ", ".join(missing))
        return
    rc, out, _ = d.cmake_port(usermods / "micropython.cmake", build, LOGS / "cmake-parts.log",
                              ["CY2UPY_RUST_LIB=%s" % (WORK / "prebuilt" / "libcy2upy_runtime.a")])
    if rc:
        record("cmake-parts", "cmake build failed:\n%s" % d.build_errors(out))
        return
    (build / "script.py").write_text(PARTED_SCRIPT)
    rc, got, err = d.run_script([program(build), build / "script.py"], cwd=build)
    if rc != 0 or got != expected:
        record("cmake-parts", "output differs from CPython's:\n--- CPython\n%s--- MicroPython\n%s%s"
               % (expected.decode("utf-8", "replace"), got.decode("utf-8", "replace"), d.tail(err)))
        return
    record("cmake-parts", None)


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    LOGS.mkdir(parents=True, exist_ok=True)
    src, usermods = WORK / "src", WORK / "usermods"
    d.step("CPython references (three versions of the edited module)")
    expected = {}
    for tag, factor in (("v1", 2), ("v2", 3), ("v3", 5)):
        write_sources(WORK / ("src-" + tag), factor)
        expected[tag] = cpython_output(WORK / ("src-" + tag), tag)
    write_sources(src, 2)
    rc, out = translate(src, usermods, "translate-v1.log")
    if rc != 0:
        print("translation failed:\n%s" % d.excerpt(out))
        print("0 passed, 1 failed")
        return 1

    d.step("make: the link rule of stock ports")
    check_stock_link(usermods)
    d.step("make: everyday builds")
    check_make(usermods, src, expected["v1"], expected["v2"])
    d.step("make: a firmware without docstrings")
    check_doc_strings_off(usermods, WORK / "build-b")
    d.step("CMake (py/usermod.cmake): everyday builds")
    check_cmake(usermods, src, expected["v2"], expected["v3"])
    d.step("Runtime parts (rules/parts.toml)")
    check_parts_absent(WORK / "build-b")
    check_cmake_parts()

    passed = sum(1 for r in results.values() if r is None)
    failed = len(results) - passed
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed or not results else 0


if __name__ == "__main__":
    os.environ.update(d.port_version_env())
    sys.exit(main())
