"""Smoothing filters for sensor readings."""

def moving_average(values, int window=3):
    cdef int i, n = len(values)
    cdef double acc
    out = []
    for i in range(n - window + 1):
        acc = 0
        for v in values[i:i + window]:
            acc += v
        out.append(acc / window)
    return out

def clamp(double x, double lo=0.0, double hi=1.0):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x

# Importing another translated module of the same package, and a top-level one.
from sensors.units.convert import c_to_f
import standalone

def readings_f(values):
    return [round(c_to_f(v), 1) for v in values], standalone.version()
