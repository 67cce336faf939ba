"""Unit conversions."""

def c_to_f(double c):
    return c * 9.0 / 5.0 + 32.0

def mm_to_in(double mm):
    return mm / 25.4
