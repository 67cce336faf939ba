# cython: language_level=3
"""Typed loop: the same checksum as bsum.pyx, indexing the bytes object instead of taking
a pointer to its data."""


def checksum(bytes data):
    cdef Py_ssize_t i, n = len(data)
    cdef unsigned long s = 0
    for i in range(n):
        s = (s * 31 + data[i]) & 0xFFFFFF
    return s
