# cython: language_level=3
"""Typed loop: the dot product of two lists of floats, summed as a C double."""


def dot(list a, list b):
    cdef double s = 0.0
    cdef Py_ssize_t i, n = len(a)
    for i in range(n):
        s += <double>a[i] * <double>b[i]
    return s
