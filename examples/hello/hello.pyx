"""A small Cython module: typed loops, defaults, strings and a callback."""

def fib(int n):
    """Return the n-th Fibonacci number, computed with C ints."""
    cdef long a = 0, b = 1
    cdef int i
    for i in range(n):
        a, b = b, a + b
    return a

def greet(name, punctuation="!"):
    return "Hello, " + name + punctuation

def total(values):
    cdef double s = 0
    for v in values:
        s += v
    return s

def apply(f, x):
    return f(x)
