// cy2upy_parts.h: which runtime parts this firmware compiles (rules/parts.toml).
//
// Generated from rules/parts.toml: tests/parts.rs checks that this file is current, and
// prints it when it is not. A part is on when CY2UPY_PART_<NAME> is defined to 1, by
// `-DCY2UPY_PART_<NAME>=1` in CFLAGS_USERMOD (make ports: a module's micropython.mk), or by
// the header cy2upy_part_<name>.h on the include path (CMake ports: a module's
// micropython.cmake adds its folder, since MicroPython's qstr scan there is given the
// user modules' include directories but not their definitions). Otherwise it is 0.
#ifndef CY2UPY_PARTS_H
#define CY2UPY_PARTS_H

// CY2UPY_PART_EXC_MISC: CPython's exception classes FloatingPointError, RecursionError, ModuleNotFoundError, ReferenceError and TabError (runtime/c/cy2upy_exc.c), and the matching of MicroPython's RuntimeError and ImportError as the last two.
#ifndef CY2UPY_PART_EXC_MISC
#if defined(__has_include)
#if __has_include("cy2upy_part_exc_misc.h")
#include "cy2upy_part_exc_misc.h"
#endif
#endif
#endif
#ifndef CY2UPY_PART_EXC_MISC
#define CY2UPY_PART_EXC_MISC 0
#endif

// CY2UPY_PART_EXC_OSERROR: OSError's subclasses (runtime/c/cy2upy_exc.c), the builtin names EnvironmentError and IOError, and the matching of MicroPython's OSError by errno.
#ifndef CY2UPY_PART_EXC_OSERROR
#if defined(__has_include)
#if __has_include("cy2upy_part_exc_oserror.h")
#include "cy2upy_part_exc_oserror.h"
#endif
#endif
#endif
#ifndef CY2UPY_PART_EXC_OSERROR
#define CY2UPY_PART_EXC_OSERROR 0
#endif

// CY2UPY_PART_EXC_WARNING: Warning and its subclasses (runtime/c/cy2upy_exc.c).
#ifndef CY2UPY_PART_EXC_WARNING
#if defined(__has_include)
#if __has_include("cy2upy_part_exc_warning.h")
#include "cy2upy_part_exc_warning.h"
#endif
#endif
#endif
#ifndef CY2UPY_PART_EXC_WARNING
#define CY2UPY_PART_EXC_WARNING 0
#endif

// CY2UPY_PART_MEMVIEW: Typed memoryviews as Python objects and cython.view.array (runtime/c/cy2upy_memview.c).
#ifndef CY2UPY_PART_MEMVIEW
#if defined(__has_include)
#if __has_include("cy2upy_part_memview.h")
#include "cy2upy_part_memview.h"
#endif
#endif
#endif
#ifndef CY2UPY_PART_MEMVIEW
#define CY2UPY_PART_MEMVIEW 0
#endif

// CY2UPY_PART_INPLACE_WRAPPERS: The Python methods (__imul__, __iand__, ...) that wrap a type's in-place number slots (runtime/c/cy2upy_types.c).
#ifndef CY2UPY_PART_INPLACE_WRAPPERS
#if defined(__has_include)
#if __has_include("cy2upy_part_inplace_wrappers.h")
#include "cy2upy_part_inplace_wrappers.h"
#endif
#endif
#endif
#ifndef CY2UPY_PART_INPLACE_WRAPPERS
#define CY2UPY_PART_INPLACE_WRAPPERS 0
#endif

// CY2UPY_PART_GENERATOR: Generators and coroutines (runtime/c/cy2upy_gen.c).
#ifndef CY2UPY_PART_GENERATOR
#if defined(__has_include)
#if __has_include("cy2upy_part_generator.h")
#include "cy2upy_part_generator.h"
#endif
#endif
#endif
#ifndef CY2UPY_PART_GENERATOR
#define CY2UPY_PART_GENERATOR 0
#endif

#endif // CY2UPY_PARTS_H
