cdef class Base:
    cdef int a

class PyMixin:
    pass

cdef class Both(Base, PyMixin):
    pass
