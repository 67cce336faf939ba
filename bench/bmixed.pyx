# cython: language_level=3
"""A small everyday module (the issue's fib/Counter/greet/total module): its footprint and
the RAM its import allocates."""


def fib(int n):
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


cdef class Counter:
    cdef public long count

    def __init__(self, long start=0):
        self.count = start

    def inc(self):
        self.count += 1
        return self.count
