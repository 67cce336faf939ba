# cython: language_level=3
"""Typed loop: a rolling checksum over the bytes of a bytes object."""


def checksum(bytes data):
    cdef const unsigned char *p = data
    cdef Py_ssize_t i, n = len(data)
    cdef unsigned long s = 0
    for i in range(n):
        s = (s * 31 + p[i]) & 0xFFFFFF
    return s
