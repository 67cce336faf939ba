/* Translated by cython2upy @VERSION@ from @INPUT@ (Cython @CYTHON@).
 * A MicroPython user C module; see micropython.mk beside this file. */
@SWITCHES@
#include "cy2upy.h"

#if !MICROPY_MODULE_BUILTIN_INIT
#error "cython2upy modules need MICROPY_MODULE_BUILTIN_INIT (module __init__ builds the globals)"
#endif
#if !MICROPY_MODULE_ATTR_DELEGATION
#error "cython2upy modules need MICROPY_MODULE_ATTR_DELEGATION (module globals live in a RAM dict)"
#endif
@EXTRA_CHECKS@
/* Cython's generated code declares more temporaries, labels and constant tables than each function
 * uses, as it does for CPython, and writes the user's own comparisons as given (`p == p`); ports
 * build user modules with -Wall -Werror. */
#if defined(__clang__)
#pragma clang diagnostic ignored "-Wunknown-warning-option"
#pragma clang diagnostic ignored "-Wunused-variable"
#pragma clang diagnostic ignored "-Wunused-but-set-variable"
#pragma clang diagnostic ignored "-Wunused-label"
#pragma clang diagnostic ignored "-Wunused-function"
#pragma clang diagnostic ignored "-Wunused-const-variable"
#pragma clang diagnostic ignored "-Wtautological-compare"
#elif defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wunused-variable"
#pragma GCC diagnostic ignored "-Wunused-but-set-variable"
#pragma GCC diagnostic ignored "-Wunused-label"
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wunused-const-variable"
#pragma GCC diagnostic ignored "-Wtautological-compare"
#endif

/* All objects the module keeps live in one GC-allocated state struct behind this root pointer:
 * MicroPython's collector does not scan C statics. */
MP_REGISTER_ROOT_POINTER(void *cy2upy_state_@ID@);
extern const mp_obj_module_t cy2upy_module_@ID@;
#define __pyx_m (MP_OBJ_FROM_PTR(&cy2upy_module_@ID@))
#define __pyx_mstate_global ((__pyx_mstatetype *)MP_STATE_VM(cy2upy_state_@ID@))

