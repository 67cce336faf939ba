# The MicroPython side of bench/run.sh: runs inside the bench port, one case per process, so
# that a module that crashes takes only its own case with it.
#
#   micropython bench.py time GROUP CASE IMPL RUNS   -> "RESULT <repr>" and "TIMES t1 t2 ..." (us)
#   micropython bench.py import MODULE               -> "IMPORT <bytes>"
#
# GROUP/CASE/IMPL name one row of the tables in bench/run.py (IMPL: c, cython, viper, native,
# bytecode; a module that is missing from the build prints "MISSING <module>"). Every run of a
# case does the same work; before each run the heap is collected, so that a collection
# triggered by an earlier run does not land in the next one.
import sys
import gc
import time
import micropython

# ---- workloads ----------------------------------------------------------------------------
FIB_N = 30
FIB_CALLS = 100000  # the issue's `for i in range(100000): fib(30)`
SUM_DATA = bytes(range(256)) * 16  # 4096 bytes
SUM_CALLS = 100
DOT_LEN = 1000
DOT_CALLS = 100
CALLS = 100000  # operations in the call-overhead and attribute loops
FB_W, FB_H = 128, 64  # the RGB565 frame of the fill and blit cases: array('H'), 16 KB
FILL_CALLS = 20
SPRITE = 32  # a 32x32 sprite, blitted BLIT_CALLS times, some of them clipped at the edges
BLIT_CALLS = 50


def fib_bytecode(n):
    a = 0
    b = 1
    for i in range(n):
        t = a + b
        a = b
        b = t
    return a


@micropython.native
def fib_native(n):
    a = 0
    b = 1
    for i in range(n):
        t = a + b
        a = b
        b = t
    return a


@micropython.viper
def fib_viper(n: int) -> int:
    a = 0
    b = 1
    for i in range(n):
        t = a + b
        a = b
        b = t
    return a


def checksum_bytecode(data):
    s = 0
    for i in range(len(data)):
        s = (s * 31 + data[i]) & 0xFFFFFF
    return s


@micropython.native
def checksum_native(data):
    s = 0
    for i in range(len(data)):
        s = (s * 31 + data[i]) & 0xFFFFFF
    return s


@micropython.viper
def checksum_viper(data) -> int:
    p = ptr8(data)
    n = int(len(data))
    s = 0
    for i in range(n):
        s = (s * 31 + p[i]) & 0xFFFFFF
    return s


def dot_bytecode(a, b):
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


@micropython.native
def dot_native(a, b):
    s = 0.0
    for i in range(len(a)):
        s += a[i] * b[i]
    return s


@micropython.viper
def dot_viper(a, b):
    # viper has no float type: the floats stay objects, only the index is a machine int.
    s = 0.0
    n = int(len(a))
    for i in range(n):
        s += a[i] * b[i]
    return s


def fill_bytecode(fb, color):
    for i in range(len(fb)):
        fb[i] = color


@micropython.native
def fill_native(fb, color):
    for i in range(len(fb)):
        fb[i] = color


@micropython.viper
def fill_viper(fb, color: int):
    p = ptr16(fb)
    n = int(len(fb))
    for i in range(n):
        p[i] = color


def blit_bytecode(fb, width, sprite, w, h, x0, y0, key):
    height = len(fb) // width
    for y in range(h):
        ys = y0 + y
        if ys < 0 or ys >= height:
            continue
        for x in range(w):
            xs = x0 + x
            if xs < 0 or xs >= width:
                continue
            c = sprite[y * w + x]
            if c != key:
                fb[ys * width + xs] = c


@micropython.native
def blit_native(fb, width, sprite, w, h, x0, y0, key):
    height = len(fb) // width
    for y in range(h):
        ys = y0 + y
        if ys < 0 or ys >= height:
            continue
        for x in range(w):
            xs = x0 + x
            if xs < 0 or xs >= width:
                continue
            c = sprite[y * w + x]
            if c != key:
                fb[ys * width + xs] = c


@micropython.viper
def blit_viper(fb, width: int, sprite, w: int, h: int, x0: int, y0: int, key: int):
    p = ptr16(fb)
    s = ptr16(sprite)
    height = int(len(fb)) // width
    for y in range(h):
        ys = y0 + y
        if ys < 0 or ys >= height:
            continue
        for x in range(w):
            xs = x0 + x
            if xs < 0 or xs >= width:
                continue
            c = s[y * w + x]
            if c != key:
                p[ys * width + xs] = c


def py_f0():
    return None


def py_f2(a, b):
    return a


def py_f4(a, b, c, d):
    return a


def py_fkw(a, b=1, c=2):
    return a


def py_add2(a, b):
    return a + b


class PyCounter:
    def __init__(self, start=0):
        self.count = start

    def inc(self):
        self.count += 1

    def get(self):
        return self.count


# ---- drivers: the loop in bytecode, the same for every implementation ----------------------
def drive_arg(f, arg, n):
    r = None
    for i in range(n):
        r = f(arg)
    return r


def drive_args2(f, a, b, n):
    r = None
    for i in range(n):
        r = f(a, b)
    return r


def drive_fill(f, fb, n):
    for i in range(n):
        f(fb, 0x1234 + i)
    return fb[0] + fb[len(fb) - 1]


def drive_blit(f, fb, sprite, n):
    # Every run draws the same sprites at the same places, so the frame ends the same.
    for i in range(n):
        f(fb, FB_W, sprite, SPRITE, SPRITE, (i * 37) % (FB_W - SPRITE + 16) - 8,
          (i * 11) % (FB_H - SPRITE + 16) - 8, 0)
    s = 0
    for y in range(0, FB_H, 7):
        s += fb[y * FB_W + y]
    return s


# The call and attribute drivers do four operations per iteration, so that the loop's own cost
# (subtracted as the "empty" case, which runs the same number of iterations) is a smaller part of
# what is measured. n is the number of operations.
def drive_empty(f, n):
    for i in range(n // 4):
        pass
    return None


def drive_f0(f, n):
    for i in range(n // 4):
        f()
        f()
        f()
        f()
    return f()


def drive_f2(f, n):
    for i in range(n // 4):
        f(1, 2)
        f(1, 2)
        f(1, 2)
        f(1, 2)
    return f(1, 2)


def drive_f4(f, n):
    for i in range(n // 4):
        f(1, 2, 3, 4)
        f(1, 2, 3, 4)
        f(1, 2, 3, 4)
        f(1, 2, 3, 4)
    return f(1, 2, 3, 4)


def drive_fkw(f, n):
    for i in range(n // 4):
        f(1, b=2, c=3)
        f(1, b=2, c=3)
        f(1, b=2, c=3)
        f(1, b=2, c=3)
    return f(1, b=2, c=3)


def drive_add2(f, n):
    r = 0
    for i in range(n // 4):
        r = f(i, 2)
        r = f(i, 3)
        r = f(i, 4)
        r = f(i, 5)
    return r


def drive_getattr(c, n):
    x = None
    for i in range(n // 4):
        x = c.count
        x = c.count
        x = c.count
        x = c.count
    return x


def drive_setattr(c, n):
    for i in range(n // 4):
        c.count = i
        c.count = i
        c.count = i
        c.count = i
    return c.count


def drive_method(c, n):
    c.count = 0
    for i in range(n // 4):
        c.inc()
        c.inc()
        c.inc()
        c.inc()
    return c.count


def drive_new(cls, n):
    c = None
    for i in range(n // 4):
        c = cls(i)
        c = cls(i)
        c = cls(i)
        c = cls(i)
    return c.count


# ---- the cases ------------------------------------------------------------------------------
def module(name):
    try:
        return __import__(name)
    except ImportError:
        print("MISSING", name)
        sys.exit(0)


def impl_fn(impl, cy_module, ref_module, attr, py):
    if impl == "cython":
        return getattr(module(cy_module), attr)
    if impl == "c":
        return getattr(module(ref_module), attr)
    return py[impl]


def make_case(group, case, impl):
    """A function of no arguments that does one run's work and returns its result."""
    if group == "loops":
        if case == "fib":
            py = {"bytecode": fib_bytecode, "native": fib_native, "viper": fib_viper}
            f = impl_fn(impl, "bfib", "bfib_ref", "fib", py)
            return lambda: drive_arg(f, FIB_N, FIB_CALLS)
        if case.startswith("checksum"):
            py = {"bytecode": checksum_bytecode, "native": checksum_native, "viper": checksum_viper}
            cy = {"checksum": "bsum", "checksum-index": "bsumidx", "checksum-object": "bsumobj"}[case]
            f = impl_fn(impl, cy, "bsum_ref", "checksum", py)
            data = SUM_DATA
            return lambda: drive_arg(f, data, SUM_CALLS)
        if case == "dot":
            py = {"bytecode": dot_bytecode, "native": dot_native, "viper": dot_viper}
            f = impl_fn(impl, "bdot", "bdot_ref", "dot", py)
            a = [i * 0.5 for i in range(DOT_LEN)]
            b = [1.0 - i * 0.25 for i in range(DOT_LEN)]
            return lambda: drive_args2(f, a, b, DOT_CALLS)
        if case == "dot-array":
            from array import array

            py = {"bytecode": dot_bytecode, "native": dot_native, "viper": dot_viper}
            f = impl_fn(impl, "bdotmv", "bdotmv_ref", "dot", py)
            a = array("d", [i * 0.5 for i in range(DOT_LEN)])
            b = array("d", [1.0 - i * 0.25 for i in range(DOT_LEN)])
            return lambda: drive_args2(f, a, b, DOT_CALLS)
        if case in ("fill", "blit"):
            from array import array
            fb = array("H", bytes(2 * FB_W * FB_H))
            if case == "fill":
                py = {"bytecode": fill_bytecode, "native": fill_native, "viper": fill_viper}
                f = impl_fn(impl, "bfbuf", "bfbuf_ref", "fill", py)
                return lambda: drive_fill(f, fb, FILL_CALLS)
            py = {"bytecode": blit_bytecode, "native": blit_native, "viper": blit_viper}
            f = impl_fn(impl, "bfbuf", "bfbuf_ref", "blit", py)
            sprite = array("H", [(i * 2654435761) >> 16 & 0xFFFF if i % 5 else 0
                                 for i in range(SPRITE * SPRITE)])
            return lambda: drive_blit(f, fb, sprite, BLIT_CALLS)
    if group == "calls":
        if case == "empty":
            return lambda: drive_empty(None, CALLS)
        py = {"bytecode": {"f0": py_f0, "f2": py_f2, "f4": py_f4, "fkw": py_fkw, "add2": py_add2}[case]}
        f = impl_fn(impl, "bcalls", "bcalls_ref", case, py)
        drive = {"f0": drive_f0, "f2": drive_f2, "f4": drive_f4, "fkw": drive_fkw, "add2": drive_add2}[case]
        return lambda: drive(f, CALLS)
    if group == "class":
        if case == "empty":
            return lambda: drive_empty(None, CALLS)
        cls = impl_fn(impl, "bclass", "bclass_ref", "Counter", {"bytecode": PyCounter})
        c = cls(0)
        drive = {"getattr": drive_getattr, "setattr": drive_setattr, "method": drive_method, "new": drive_new}[case]
        target = cls if case == "new" else c
        return lambda: drive(target, CALLS)
    raise ValueError("unknown case %s/%s/%s" % (group, case, impl))


def main():
    if sys.argv[1] == "import":
        name = sys.argv[2]
        m = None
        gc.collect()
        gc.collect()
        before = gc.mem_alloc()
        try:
            m = __import__(name)
        except ImportError:
            print("MISSING", name)
            return
        gc.collect()
        gc.collect()
        print("IMPORT", gc.mem_alloc() - before)
        return
    group, case, impl, runs = sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
    fn = make_case(group, case, impl)
    result = fn()  # warm-up
    times = []
    for _ in range(runs):
        gc.collect()
        t0 = time.ticks_us()
        fn()
        times.append(time.ticks_diff(time.ticks_us(), t0))
    print("RESULT", repr(result))
    print("TIMES", " ".join(str(t) for t in times))


main()
