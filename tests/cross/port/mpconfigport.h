// Configuration of the Cortex-M4 compile-check port (tests/cross).
//
// A 32-bit build shaped like MicroPython's ARM ports (stm32, rp2): single-precision floats,
// object representation A (the default those ports use: 31-bit small ints, pointers with the
// low bits free), MPZ long ints, ROM level EXTRA_FEATURES. Translated modules are compiled
// against this configuration to find code that only works on a 64-bit host.
//
// Everything that lives in extmod/ is off: the PyPI sdist the tests build from has no extmod/.

#include <stdint.h>
#include <alloca.h>

#define MICROPY_CONFIG_ROM_LEVEL                (MICROPY_CONFIG_ROM_LEVEL_EXTRA_FEATURES)

// Numbers, as on stm32 and rp2.
#define MICROPY_OBJ_REPR                        (MICROPY_OBJ_REPR_A)
#define MICROPY_FLOAT_IMPL                      (MICROPY_FLOAT_IMPL_FLOAT)
#define MICROPY_LONGINT_IMPL                    (MICROPY_LONGINT_IMPL_MPZ)

// Memory: GC with finalisers, stack check (both on at this ROM level; stated for clarity).
#define MICROPY_ENABLE_GC                       (1)
#define MICROPY_ENABLE_FINALISER                (1)
#define MICROPY_STACK_CHECK                     (1)
#define MICROPY_ENABLE_EMERGENCY_EXCEPTION_BUF  (1)
#define MICROPY_EMERGENCY_EXCEPTION_BUF_SIZE    (0)
#define MICROPY_ALLOC_PATH_MAX                  (128)

// Module machinery the translated modules rely on (docs/firmware.md).
#define MICROPY_ENABLE_COMPILER                 (1)
#define MICROPY_MODULE_BUILTIN_INIT             (1)
#define MICROPY_MODULE_ATTR_DELEGATION          (1)
#define MICROPY_MODULE_GETATTR                  (1)
#define MICROPY_CPYTHON_COMPAT                  (1)
#define MICROPY_ERROR_REPORTING                 (MICROPY_ERROR_REPORTING_NORMAL)
#define MICROPY_WARNINGS                        (1)
#define MICROPY_PY_BUILTINS_FLOAT               (1)
#define MICROPY_PY_BUILTINS_COMPLEX             (1)
#define MICROPY_PY_MATH                         (1)
#define MICROPY_PY_CMATH                        (1)
#define MICROPY_PY_GC                           (1)
#define MICROPY_PY_SYS                          (1)
#define MICROPY_PY_IO                           (1)

// The Thumb native emitters, as stm32 has them.
#define MICROPY_EMIT_THUMB                      (1)
#define MICROPY_EMIT_INLINE_THUMB               (1)

// No REPL, no keyboard interrupt: this firmware only has to compile and link.
#define MICROPY_HELPER_REPL                     (0)
#define MICROPY_KBD_EXCEPTION                   (0)
#define MICROPY_PY_BUILTINS_INPUT               (0)
#define MICROPY_PY_BUILTINS_HELP                (0)
#define MICROPY_PY_SYS_STDFILES                 (0)
#define MICROPY_PY_SYS_PLATFORM                 "cortex-m4"

// Modules implemented in extmod/ (not in the sdist): off.
#define MICROPY_PY_OS                           (0)
#define MICROPY_PY_TIME                         (0)
#define MICROPY_PY_JSON                         (0)
#define MICROPY_PY_RE                           (0)
#define MICROPY_PY_RANDOM                       (0)
#define MICROPY_PY_SELECT                       (0)
#define MICROPY_PY_ASYNCIO                      (0)
#define MICROPY_PY_UCTYPES                      (0)
#define MICROPY_PY_DEFLATE                      (0)
#define MICROPY_PY_HEAPQ                        (0)
#define MICROPY_PY_HASHLIB                      (0)
#define MICROPY_PY_BINASCII                     (0)
#define MICROPY_PY_FRAMEBUF                     (0)
#define MICROPY_PY_PLATFORM                     (0)
#define MICROPY_PY_MACHINE                      (0)
#define MICROPY_VFS                             (0)

// Imports of .py files: none (no file system).
#define MICROPY_ENABLE_EXTERNAL_IMPORT          (1)

#define MICROPY_HW_BOARD_NAME                   "cython2upy cross-check"
#define MICROPY_HW_MCU_NAME                     "Cortex-M4"

#define MP_STATE_PORT MP_STATE_VM

// newlib has no SSIZE_MAX; the ARM ports define this too.
#define MP_SSIZE_MAX                            (0x7fffffff)

typedef long mp_off_t;
