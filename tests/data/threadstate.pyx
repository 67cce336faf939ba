# CPython's thread state (`PyThreadState_Get`), which MicroPython does not have.
from cpython.pystate cimport PyThreadState_Get
def has_thread_state():
    return PyThreadState_Get() != NULL
