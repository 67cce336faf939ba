# cython: language_level=3
"""Typed loop: iterative Fibonacci with C longs (the issue's `fib(30)` benchmark)."""


def fib(int n):
    cdef long a = 0, b = 1
    cdef int i
    for i in range(n):
        a, b = b, a + b
    return a
