# cython: language_level=3
"""Typed loop over typed memoryviews: the dot product of two double buffers (array('d'))."""


def dot(const double[:] a, const double[:] b):
    cdef double s = 0.0
    cdef Py_ssize_t i, n = a.shape[0]
    for i in range(n):
        s += a[i] * b[i]
    return s
