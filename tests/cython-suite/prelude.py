# The start of every generated test script (tests/cython-suite/run.py puts it in front of the
# examples). It runs unchanged under CPython and MicroPython: no modules beyond the test module,
# nothing either interpreter prints differently. `_M` is the test module, imported before this.


def _s(codes, prefix):
    # A string or bytes value, every non-printable or non-ASCII character escaped alike.
    out = []
    for n in codes:
        if 32 <= n < 127 and n != 39 and n != 92:
            out.append(chr(n))
        else:
            out.append("\\x{%x}" % n)
    return prefix + "'" + "".join(out) + "'"


def _f(v):
    return "%.10g" % v


def _c(v):
    # The canonical rendering of a value: floats as %.10g, dicts and sets sorted, no addresses.
    if v is None or v is True or v is False:
        return repr(v)
    if isinstance(v, bool):
        return repr(bool(v))
    if isinstance(v, int):
        return repr(int(v))
    if isinstance(v, float):
        return _f(v)
    if isinstance(v, complex):
        return "(" + _f(v.real) + "," + _f(v.imag) + "j)"
    if isinstance(v, str):
        return _s([ord(ch) for ch in v], "")
    if isinstance(v, (bytes, bytearray)):
        return _s(list(v), "b")
    if isinstance(v, tuple):
        return "(" + ", ".join([_c(x) for x in v]) + ("," if len(v) == 1 else "") + ")"
    if isinstance(v, list):
        return "[" + ", ".join([_c(x) for x in v]) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(sorted([_c(k) + ": " + _c(x) for k, x in v.items()])) + "}"
    if isinstance(v, (set, frozenset)):
        return "set(" + ", ".join(sorted([_c(x) for x in v])) + ")"
    if isinstance(v, type):
        return "<class " + v.__name__ + ">"
    if isinstance(v, BaseException):
        return type(v).__name__ + _c(v.args)
    try:
        r = repr(v)
    except BaseException as e:
        return "<repr raised " + type(e).__name__ + ">"
    if r.startswith("<"):
        return "<object>"
    return r


def _globs():
    # What doctest gives each docstring: a fresh copy of the module's globals.
    g = {}
    for k in dir(_M):
        try:
            g[k] = getattr(_M, k)
        except BaseException:
            pass
    return g


def _x(g, src, expr):
    try:
        if expr:
            v = eval(src, g)
        else:
            exec(src, g)
            v = None
    except BaseException as e:
        print("EXC", type(e).__name__)
        return
    if v is not None:
        print(_c(v))
