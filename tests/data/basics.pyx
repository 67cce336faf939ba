"""Basic module-level functions."""
import math

GREETING = "hello"
counter = 0

cdef int _square(int x):
    return x * x

def fib(int n):
    cdef int a = 0, b = 1, i
    for i in range(n):
        a, b = b, a + b
    return a

def add(a, b=2, *, scale=1):
    return (a + b) * scale

def greet(name):
    return GREETING + ", " + name + "!"

def fmt(x, y):
    return "%d-%s" % (x, y)

def bump():
    global counter
    counter += 1
    return counter

def hyp(double x, double y):
    return math.sqrt(x * x + y * y)

def check(x):
    if x < 0:
        raise ValueError("negative")
    return _square(x)

def call(f, x):
    return f(x)

def things():
    return [1, 2.5, True, None, "s", (1, 2), {"k": 1}]
