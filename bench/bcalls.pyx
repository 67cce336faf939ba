# cython: language_level=3
"""Call overhead: def functions that do nothing but return, with 0, 2 and 4 positional
arguments, with keyword arguments, and with two typed int arguments."""


def f0():
    return None


def f2(a, b):
    return a


def f4(a, b, c, d):
    return a


def fkw(a, b=1, c=2):
    return a


def add2(int a, int b):
    return a + b
