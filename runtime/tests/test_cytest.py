import cytest

print(cytest.fib(10), cytest.fib(n=20))
print(cytest.add(1), cytest.add(1, 3), cytest.add(1, scale=10), cytest.add(a=2, b=3, scale=2))
print(cytest.greet("world"))
print(cytest.fmt(7, "x"))
print(cytest.bump(), cytest.bump())
print(cytest.hyp(3, 4.0))
print(cytest.check(5))
print(cytest.call(lambda v: v * 2, 21))
print(cytest.call(cytest.fib, 7))
print(cytest.things())
print(cytest.pct(1, "a"))
print(cytest.conv(200))
print(cytest.catch(lambda: int("zz")))
print(cytest.kwargs(1), cytest.kwargs(1, z=2))
print(cytest.items({"b": 2, "a": 1}))
print(cytest.varargs(), cytest.varargs(1, 2, k=3))
print(cytest.fib.__name__, cytest.add.__defaults__, cytest.add.__kwdefaults__)
print(repr(cytest.fib).startswith("<cyfunction fib at "))


def err(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    print("pending:", cytest._pending())


err(cytest.fib)
err(cytest.fib, 1, 2)
err(cytest.fib, m=1)
err(cytest.fib, 1, n=1)
err(cytest.fib, "x")
err(cytest.fib, 2**40)
err(cytest.add)
err(cytest.add, 1, 2, 3)
err(cytest.bump, 1)
err(cytest.bump, x=1)
err(cytest.check, -1)
err(cytest.conv, 256)
err(cytest.conv, -1)
err(cytest.hyp, "a", 1)
err(cytest.call, 5, 1)
err(cytest.catch, lambda: 1 / 0)
err(cytest.greet, 5)

import sys
try:
    cytest.check(-2)
except ValueError as e:
    sys.print_exception(e)

# The module state and the function objects live behind a root pointer: they survive the
# collector even when it runs on nearly every allocation.
import gc
gc.threshold(1)
for i in range(50):
    cytest.greet(str(i))
    cytest.things()
    cytest.kwargs(i, k=i)
gc.threshold(-1)
gc.collect()
print(cytest.add(2, b=5), cytest.fib(12), cytest.greet("gc"), cytest.items({1: 2}))
