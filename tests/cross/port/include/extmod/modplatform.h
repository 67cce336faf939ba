// Stand-in for extmod/modplatform.h, which py/modsys.c includes but the PyPI sdist does not
// ship. Only MICROPY_PLATFORM_COMPILER is used by py/ (for sys.implementation._machine).
#ifndef MICROPY_INCLUDED_MODPLATFORM_H
#define MICROPY_INCLUDED_MODPLATFORM_H

#include "py/misc.h"

#if defined(__GNUC__)
#define MICROPY_PLATFORM_COMPILER \
    "GCC " MP_STRINGIFY(__GNUC__) "." MP_STRINGIFY(__GNUC_MINOR__) "." MP_STRINGIFY(__GNUC_PATCHLEVEL__)
#else
#define MICROPY_PLATFORM_COMPILER ""
#endif

#define MICROPY_PLATFORM_ARCH "armv7emsp"
#define MICROPY_PLATFORM_SYSTEM "MicroPython"
#define MICROPY_PLATFORM_LIBC_LIB "newlib"
#define MICROPY_PLATFORM_LIBC_VER ""
#define MICROPY_PLATFORM_VERSION ""

#endif
