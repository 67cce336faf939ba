"""Helpers of the sensors package (a module name the units package uses too)."""

def describe(int channel):
    return "sensor channel %d" % channel

def scale():
    return 10
