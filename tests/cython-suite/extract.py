"""Collect a compiled test module's doctests the way Cython's runtests.py does, and check each
example against its own expected output on CPython.

Run by tests/cython-suite/run.py under CPython, in the folder holding the built extension:

    python extract.py MODULE OUT.json

OUT.json: {"tests": [{"name": ..., "examples": [{"source": ..., "expr": bool, "ok": bool}]}]}.
`expr` says the example is an expression (its value is printed); `ok` that doctest's own check
passed on CPython. An import failure exits non-zero with the traceback on stderr.
"""

import doctest
import importlib
import json
import sys


class Recorder(doctest.DocTestRunner):
    """A runner that remembers, per example, whether doctest's check passed."""

    def __init__(self):
        super().__init__(verbose=False)
        self.outcome = {}

    def report_start(self, out, test, example):
        pass

    def report_success(self, out, test, example, got):
        self.outcome[id(example)] = True

    def report_failure(self, out, test, example, got):
        self.outcome[id(example)] = False

    def report_unexpected_exception(self, out, test, example, exc_info):
        self.outcome[id(example)] = False


def is_expression(source):
    try:
        compile(source, "<example>", "eval")
        return True
    except SyntaxError:
        return False


def main():
    name, out_path = sys.argv[1], sys.argv[2]
    sys.path.insert(0, ".")
    module = importlib.import_module(name)
    # doctest.DocTestSuite(module) as runtests.py calls it: DocTestFinder over the module, sorted.
    tests = sorted(doctest.DocTestFinder().find(module), key=lambda t: t.name)
    result = []
    for test in tests:
        if not test.examples:
            continue
        runner = Recorder()
        runner.run(test, out=lambda s: None, clear_globs=True)
        examples = [
            {"source": ex.source, "expr": is_expression(ex.source), "ok": runner.outcome.get(id(ex), False)}
            for ex in test.examples
        ]
        result.append({"name": test.name, "examples": examples})
    with open(out_path, "w") as f:
        json.dump({"tests": result}, f, indent=1)


if __name__ == "__main__":
    main()
