// Configuration of the host test port (x86-64 / unix, py/ + shared/ only).
//
// The feature level is the one the common firmware builds use (rp2, esp32,
// stm32 all build at EXTRA_FEATURES), so a module that works here should find
// the same core features on a board. Everything that lives in extmod/ is off:
// the PyPI sdist we build from does not ship extmod/.

#include <stdint.h>
#include <alloca.h>

#define MICROPY_CONFIG_ROM_LEVEL                (MICROPY_CONFIG_ROM_LEVEL_EXTRA_FEATURES)

// Numbers: double-precision floats and arbitrary-precision ints, as on unix.
#define MICROPY_FLOAT_IMPL                      (MICROPY_FLOAT_IMPL_DOUBLE)
#define MICROPY_LONGINT_IMPL                    (MICROPY_LONGINT_IMPL_MPZ)

// Memory: GC with finalisers; stack overflow detection.
#define MICROPY_ENABLE_GC                       (1)
#define MICROPY_ENABLE_FINALISER                (1)
#define MICROPY_STACK_CHECK                     (1)
#define MICROPY_STACK_CHECK_MARGIN              (8192)
#define MICROPY_ENABLE_EMERGENCY_EXCEPTION_BUF  (1)
#define MICROPY_EMERGENCY_EXCEPTION_BUF_SIZE    (256)
#define MICROPY_MALLOC_USES_ALLOCATED_SIZE      (1)
#define MICROPY_MEM_STATS                       (1)
#define MICROPY_PY_GC_COLLECT_RETVAL            (1)

// Compiler and module machinery the translated modules rely on.
#define MICROPY_ENABLE_COMPILER                 (1)
#define MICROPY_HELPER_REPL                     (0)
#define MICROPY_MODULE_BUILTIN_INIT             (1)
#define MICROPY_MODULE_ATTR_DELEGATION          (1)
#define MICROPY_MODULE_BUILTIN_SUBPACKAGES      (1)  // import pkg.mod of translated packages
#define MICROPY_MODULE_GETATTR                  (1)
#define MICROPY_CPYTHON_COMPAT                  (1)
#define MICROPY_ERROR_REPORTING                 (MICROPY_ERROR_REPORTING_DETAILED)
#define MICROPY_WARNINGS                        (1)
#define MICROPY_OPT_COMPUTED_GOTO               (1)
#define MICROPY_PERSISTENT_CODE_LOAD            (1)
// Docstrings kept, so that the differential tests compare every __doc__ with CPython's. Stock
// ports leave them out (py/mpconfig.h's default); tests/port_builds.py builds this port that way
// too (CFLAGS_EXTRA=-DMICROPY_ENABLE_DOC_STRING=0) and checks what a translated module gives then.
#ifndef MICROPY_ENABLE_DOC_STRING
#define MICROPY_ENABLE_DOC_STRING               (1)
#endif

// Builtins, as the unix port has them (most follow from the ROM level).
#define MICROPY_PY_BUILTINS_FLOAT               (1)
#define MICROPY_PY_BUILTINS_COMPLEX             (1)
#define MICROPY_PY_BUILTINS_STR_UNICODE         (1)
#define MICROPY_PY_BUILTINS_STR_OP_MODULO       (1)
#define MICROPY_PY_BUILTINS_BYTEARRAY           (1)
#define MICROPY_PY_BUILTINS_MEMORYVIEW          (1)
#define MICROPY_PY_BUILTINS_SET                 (1)
#define MICROPY_PY_BUILTINS_FROZENSET           (1)
#define MICROPY_PY_BUILTINS_SLICE               (1)
#define MICROPY_PY_BUILTINS_PROPERTY            (1)
#define MICROPY_PY_BUILTINS_ENUMERATE           (1)
#define MICROPY_PY_BUILTINS_FILTER              (1)
#define MICROPY_PY_BUILTINS_REVERSED            (1)
#define MICROPY_PY_BUILTINS_MIN_MAX             (1)
#define MICROPY_PY_BUILTINS_EVAL_EXEC           (1)
#define MICROPY_PY_BUILTINS_COMPILE             (1)
#define MICROPY_PY_BUILTINS_INPUT               (1)
#define MICROPY_PY_BUILTINS_HELP                (1)
#define MICROPY_PY_BUILTINS_NOTIMPLEMENTED      (1)

// Core modules that live in py/.
#define MICROPY_PY_SYS                          (1)
#define MICROPY_PY_SYS_EXIT                     (1)
#define MICROPY_PY_SYS_ATEXIT                   (1)
#define MICROPY_PY_SYS_EXC_INFO                 (1)
#define MICROPY_PY_SYS_STDFILES                 (1)
#define MICROPY_PY_SYS_PLATFORM                 "linux"
#define MICROPY_PY_SYS_PATH_ARGV_DEFAULTS       (0)
#define MICROPY_PY_GC                           (1)
#define MICROPY_PY_MATH                         (1)
#define MICROPY_PY_MATH_SPECIAL_FUNCTIONS       (1)
#define MICROPY_PY_CMATH                        (1)
#define MICROPY_PY_IO                           (1)

// Modules implemented in extmod/ (not in the sdist): off. The port provides
// its own small `time` module instead (main.c).
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

// Loading scripts and .py modules straight from the host file system.
#define MICROPY_READER_POSIX                    (1)
#define MICROPY_ENABLE_EXTERNAL_IMPORT          (1)
#define MICROPY_ALLOC_PATH_MAX                  (4096)

// The x64 native emitter, so @micropython.native/@viper are available for
// comparisons. Executable memory comes from mmap (main.c).
#if defined(__x86_64__)
#define MICROPY_EMIT_X64                        (1)
void port_alloc_exec(size_t min_size, void **ptr, size_t *size);
void port_free_exec(void *ptr, size_t size);
#define MP_PLAT_ALLOC_EXEC(min_size, ptr, size) port_alloc_exec(min_size, ptr, size)
#define MP_PLAT_FREE_EXEC(ptr, size) port_free_exec(ptr, size)
#endif

// Tracebacks and other diagnostics go to stderr, like CPython.
extern const struct _mp_print_t mp_stderr_print;
#define MICROPY_DEBUG_PRINTER                   (&mp_stderr_print)
#define MICROPY_ERROR_PRINTER                   (&mp_stderr_print)

// input() reads a line from stdin with plain read(2), no line editing.
#define mp_hal_readline port_readline

#define MICROPY_HW_BOARD_NAME                   "cython2upy test port"
#define MICROPY_HW_MCU_NAME                     "host"

// Threads (make THREAD=gil|nogil): the unix port's thread implementation.
#if MICROPY_PY_THREAD
#define MICROPY_PY_THREAD_RECURSIVE_MUTEX       (1)
void mp_thread_unix_begin_atomic_section(void);
void mp_thread_unix_end_atomic_section(void);
#define MICROPY_BEGIN_ATOMIC_SECTION() (mp_thread_unix_begin_atomic_section(), 0xffffffff)
#define MICROPY_END_ATOMIC_SECTION(x) (void)x; mp_thread_unix_end_atomic_section()
#endif

#define MP_STATE_PORT MP_STATE_VM

typedef long mp_off_t;
