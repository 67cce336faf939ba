# The old buffer syntax (`object[int, ndim=1]`), which the translation does not cover yet.

def total(object[int, ndim=1] values):
    cdef int s = 0
    cdef Py_ssize_t i
    for i in range(values.shape[0]):
        s += values[i]
    return s
