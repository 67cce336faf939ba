# cython: language_level=3
"""Framebuffer loops over an RGB565 frame (array('H'), row-major, `width` pixels a row): fill it
with a colour, and blit a sprite onto it with clipping and a transparent key colour."""

cimport cython
from libc.stdint cimport uint16_t


@cython.boundscheck(False)
@cython.wraparound(False)
def fill(uint16_t[::1] fb, uint16_t color):
    cdef Py_ssize_t i
    for i in range(fb.shape[0]):
        fb[i] = color


@cython.boundscheck(False)
@cython.wraparound(False)
def blit(uint16_t[::1] fb, int width, const uint16_t[::1] sprite, int w, int h, int x0, int y0,
         int key):
    cdef int height = fb.shape[0] // width
    cdef int x, y, xs, ys
    cdef uint16_t c
    for y in range(h):
        ys = y0 + y
        if ys < 0 or ys >= height:
            continue
        for x in range(w):
            xs = x0 + x
            if xs < 0 or xs >= width:
                continue
            c = sprite[y * w + x]
            if c != key:
                fb[ys * width + xs] = c
