"""Helpers of the units package (the same module name as sensors.util)."""

def describe(str unit):
    return "unit " + unit.upper()

def scale():
    return 1000
