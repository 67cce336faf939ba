# cython: language_level=3
"""Typed loop: the same checksum as bsum.pyx with an untyped argument, so that each byte is
read by a generic index operation and converted to a C unsigned char."""


def checksum(data):
    cdef Py_ssize_t i, n = len(data)
    cdef unsigned long s = 0
    for i in range(n):
        s = (s * 31 + <unsigned char>data[i]) & 0xFFFFFF
    return s
