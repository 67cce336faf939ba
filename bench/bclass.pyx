# cython: language_level=3
"""Attribute and method access on a cdef class instance."""


cdef class Counter:
    cdef public long count

    def __init__(self, long start=0):
        self.count = start

    def inc(self):
        self.count += 1

    def get(self):
        return self.count
