// Host test port: runs one script file under MicroPython built from py/ and
// shared/ only.
//
//   micropython [-X heapsize=N[k|m]] [-c CODE | script.py] [args...]
//
// An uncaught exception prints its traceback on stderr and exits with 1;
// sys.exit(n) exits with n. Output goes straight to file descriptor 1 (no
// "\r\n" cooking), so it can be compared byte for byte with CPython's.

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include "genhdr/mpversion.h"
#include "py/builtin.h"
#include "py/compile.h"
#include "py/cstack.h"
#include "py/gc.h"
#include "py/lexer.h"
#include "py/mperrno.h"
#include "py/mphal.h"
#include "py/parse.h"
#include "py/runtime.h"
#include "py/smallint.h"
#include "py/stream.h"
#include "shared/readline/readline.h"
#include "shared/runtime/gchelper.h"

// Default GC heap: 2 MiB, like the unix port on 64-bit hosts.
static long heap_size = 2 * 1024 * 1024;

// Usable C stack for MicroPython's recursion check (the process has 8 MiB). Sanitizer builds
// use four times the stack per frame, as ports/unix/stack_size.h reckons.
#if MP_SANITIZER_BUILD
#define PORT_STACK_SIZE (4 * 1024 * 1024)
#else
#define PORT_STACK_SIZE (1024 * 1024)
#endif

#define EXIT_FORCED (0x100)

static void stderr_print_strn(void *env, const char *str, size_t len) {
    (void)env;
    while (len > 0) {
        ssize_t n = write(STDERR_FILENO, str, len);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return;
        }
        str += n;
        len -= n;
    }
}

const mp_print_t mp_stderr_print = {NULL, stderr_print_strn};

// ---------------------------------------------------------------------------
// Running code

// SystemExit gives its code (None is 0, a non-int is 1) with EXIT_FORCED set;
// any other exception prints a traceback and gives 1.
static int handle_uncaught_exception(mp_obj_base_t *exc) {
    if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(exc->type), MP_OBJ_FROM_PTR(&mp_type_SystemExit))) {
        mp_obj_t exit_val = mp_obj_exception_get_value(MP_OBJ_FROM_PTR(exc));
        mp_int_t val = 0;
        if (exit_val != mp_const_none && !mp_obj_get_int_maybe(exit_val, &val)) {
            mp_obj_print_helper(&mp_stderr_print, exit_val, PRINT_STR);
            mp_print_str(&mp_stderr_print, "\n");
            val = 1;
        }
        return EXIT_FORCED | (val & 255);
    }
    mp_obj_print_exception(&mp_stderr_print, MP_OBJ_FROM_PTR(exc));
    return 1;
}

// source_kind: 0 = file name, 1 = string of code.
static int execute(int source_kind, const char *source) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_lexer_t *lex;
        if (source_kind == 0) {
            lex = mp_lexer_new_from_file(qstr_from_str(source));
        } else {
            lex = mp_lexer_new_from_str_len(MP_QSTR__lt_string_gt_, source, strlen(source), false);
        }
        qstr source_name = lex->source_name;
        if (source_kind == 0) {
            mp_store_global(MP_QSTR___file__, MP_OBJ_NEW_QSTR(source_name));
        }
        mp_parse_tree_t parse_tree = mp_parse(lex, MP_PARSE_FILE_INPUT);
        mp_obj_t module_fun = mp_compile(&parse_tree, source_name, false);
        mp_call_function_0(module_fun);
        mp_handle_pending(MP_HANDLE_PENDING_CALLBACKS_AND_EXCEPTIONS);
        nlr_pop();
        return 0;
    } else {
        mp_handle_pending(MP_HANDLE_PENDING_CALLBACKS_AND_CLEAR_EXCEPTIONS);
        return handle_uncaught_exception(nlr.ret_val);
    }
}

static void run_atexit(void) {
    if (mp_obj_is_callable(MP_STATE_VM(sys_exitfunc))) {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_call_function_0(MP_STATE_VM(sys_exitfunc));
            nlr_pop();
        } else {
            handle_uncaught_exception(nlr.ret_val);
        }
    }
}

static int usage(const char *prog) {
    fprintf(stderr, "usage: %s [-X heapsize=N[k|m]] [-c CODE | script.py] [args...]\n", prog);
    return 2;
}

static bool parse_heapsize(const char *s) {
    char *end;
    long n = strtol(s, &end, 0);
    if (end == s || n <= 0) {
        return false;
    }
    if (*end == 'k' || *end == 'K') {
        n *= 1024;
        end++;
    } else if (*end == 'm' || *end == 'M') {
        n *= 1024 * 1024;
        end++;
    }
    if (*end != '\0' || n < 16 * 1024) {
        return false;
    }
    heap_size = n;
    return true;
}

MP_NOINLINE static int main_(int argc, char **argv) {
    int a = 1;
    while (a < argc && argv[a][0] == '-' && strcmp(argv[a], "-c") != 0) {
        if (strcmp(argv[a], "-X") == 0 && a + 1 < argc) {
            const char *opt = argv[a + 1];
            if (strncmp(opt, "heapsize=", 9) != 0 || !parse_heapsize(opt + 9)) {
                fprintf(stderr, "%s: bad -X option '%s'\n", argv[0], opt);
                return 2;
            }
            a += 2;
        } else if (strcmp(argv[a], "--version") == 0) {
            printf(MICROPY_BANNER_NAME_AND_VERSION "; " MICROPY_BANNER_MACHINE "\n");
            return 0;
        } else {
            return usage(argv[0]);
        }
    }
    if (a >= argc || (strcmp(argv[a], "-c") == 0 && a + 1 >= argc)) {
        return usage(argv[0]);
    }

    char *heap = malloc(heap_size);
    if (heap == NULL) {
        fprintf(stderr, "%s: cannot allocate a heap of %ld bytes\n", argv[0], heap_size);
        return 1;
    }
    gc_init(heap, heap + heap_size);
    mp_init();

    mp_sys_path = mp_obj_new_list(0, NULL);
    mp_obj_list_init(MP_OBJ_TO_PTR(mp_sys_argv), 0);

    int ret;
    if (strcmp(argv[a], "-c") == 0) {
        mp_obj_list_append(mp_sys_path, MP_OBJ_NEW_QSTR(MP_QSTR_));
        mp_obj_list_append(mp_sys_argv, MP_OBJ_NEW_QSTR(qstr_from_str("-c")));
        for (int i = a + 2; i < argc; i++) {
            mp_obj_list_append(mp_sys_argv, MP_OBJ_NEW_QSTR(qstr_from_str(argv[i])));
        }
        ret = execute(1, argv[a + 1]);
    } else {
        // sys.path[0] is the script's directory, as in CPython.
        char *real = realpath(argv[a], NULL);
        if (real == NULL) {
            fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", argv[0], argv[a], errno, strerror(errno));
            mp_deinit();
            free(heap);
            return 2;
        }
        char *slash = strrchr(real, '/');
        mp_obj_list_append(mp_sys_path, mp_obj_new_str_via_qstr(real, slash - real));
        free(real);
        for (int i = a; i < argc; i++) {
            mp_obj_list_append(mp_sys_argv, MP_OBJ_NEW_QSTR(qstr_from_str(argv[i])));
        }
        ret = execute(0, argv[a]);
    }

    run_atexit();
    #if MICROPY_PY_THREAD
    mp_thread_deinit();
    #endif
    mp_deinit();
    free(heap);
    return ret & 0xff;
}

int main(int argc, char **argv) {
    // Take the stack top here, before main_ has any frame of its own, so the
    // GC scans every frame that can hold object pointers.
    #if MICROPY_PY_THREAD
    // Before anything reads the thread state (MP_STATE_THREAD), as ports/unix does.
    mp_thread_init();
    #endif
    mp_cstack_init_with_sp_here(PORT_STACK_SIZE);
    return main_(argc, argv);
}

// ---------------------------------------------------------------------------
// GC: scan the callee-saved registers and the C stack (the root pointers are
// scanned by gc_collect_start). C statics are deliberately NOT scanned, as on
// the firmware ports.

void gc_collect(void) {
    gc_collect_start();
    gc_helper_collect_regs_and_stack();
    #if MICROPY_PY_THREAD
    mp_thread_gc_others();
    #endif
    gc_collect_end();
}

MP_NORETURN void nlr_jump_fail(void *val) {
    fprintf(stderr, "FATAL: uncaught NLR %p\n", val);
    abort();
}

// ---------------------------------------------------------------------------
// Importing .py files from the host file system (MICROPY_READER_POSIX gives
// mp_lexer_new_from_file / mp_reader_new_file).

mp_import_stat_t mp_import_stat(const char *path) {
    struct stat st;
    if (stat(path, &st) == 0) {
        if (S_ISDIR(st.st_mode)) {
            return MP_IMPORT_STAT_DIR;
        } else if (S_ISREG(st.st_mode)) {
            return MP_IMPORT_STAT_FILE;
        }
    }
    return MP_IMPORT_STAT_NO_EXIST;
}

// There is no file system object layer (that lives in extmod/).
static mp_obj_t port_open(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs) {
    (void)n_args;
    (void)args;
    (void)kwargs;
    mp_raise_OSError(MP_EPERM);
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_builtin_open_obj, 1, port_open);

// ---------------------------------------------------------------------------
// HAL: stdio on file descriptors 0/1, time from clock_gettime.

mp_uint_t mp_hal_stdout_tx_strn(const char *str, size_t len) {
    size_t left = len;
    while (left > 0) {
        ssize_t n = write(STDOUT_FILENO, str, left);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            break;
        }
        str += n;
        left -= n;
    }
    return len - left;
}

void mp_hal_stdout_tx_strn_cooked(const char *str, size_t len) {
    mp_hal_stdout_tx_strn(str, len);
}

void mp_hal_stdout_tx_str(const char *str) {
    mp_hal_stdout_tx_strn(str, strlen(str));
}

int mp_hal_stdin_rx_chr(void) {
    unsigned char c;
    for (;;) {
        ssize_t n = read(STDIN_FILENO, &c, 1);
        if (n == 1) {
            return c;
        }
        if (n < 0 && errno == EINTR) {
            continue;
        }
        return CHAR_CTRL_D;
    }
}

uintptr_t mp_hal_stdio_poll(uintptr_t poll_flags) {
    return poll_flags & (MP_STREAM_POLL_RD | MP_STREAM_POLL_WR);
}

int port_readline(vstr_t *line, const char *prompt) {
    mp_hal_stdout_tx_str(prompt);
    for (;;) {
        unsigned char c;
        ssize_t n = read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return CHAR_CTRL_D;
        }
        if (c == '\n') {
            return 0;
        }
        vstr_add_byte(line, c);
    }
}

static uint64_t clock_ns(clockid_t clock) {
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + ts.tv_nsec;
}

mp_uint_t mp_hal_ticks_ms(void) {
    return clock_ns(CLOCK_MONOTONIC) / 1000000;
}

mp_uint_t mp_hal_ticks_us(void) {
    return clock_ns(CLOCK_MONOTONIC) / 1000;
}

mp_uint_t mp_hal_ticks_cpu(void) {
    return clock_ns(CLOCK_MONOTONIC);
}

uint64_t mp_hal_time_ns(void) {
    return clock_ns(CLOCK_REALTIME);
}

void mp_hal_delay_us(mp_uint_t us) {
    struct timespec ts = { us / 1000000, (us % 1000000) * 1000 };
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

void mp_hal_delay_ms(mp_uint_t ms) {
    mp_hal_delay_us(ms * 1000);
}

// ---------------------------------------------------------------------------
// A small `time` module (the full one is in extmod/): enough for timing
// benchmarks the way one would on a board.

#define TICKS_PERIOD (MICROPY_PY_TIME_TICKS_PERIOD)

static mp_obj_t time_ticks_ms(void) {
    return MP_OBJ_NEW_SMALL_INT(mp_hal_ticks_ms() & (TICKS_PERIOD - 1));
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_ticks_ms_obj, time_ticks_ms);

static mp_obj_t time_ticks_us(void) {
    return MP_OBJ_NEW_SMALL_INT(mp_hal_ticks_us() & (TICKS_PERIOD - 1));
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_ticks_us_obj, time_ticks_us);

static mp_obj_t time_ticks_diff(mp_obj_t end_in, mp_obj_t start_in) {
    mp_uint_t start = MP_OBJ_SMALL_INT_VALUE(start_in);
    mp_uint_t end = MP_OBJ_SMALL_INT_VALUE(end_in);
    mp_int_t diff = ((end - start + TICKS_PERIOD / 2) & (TICKS_PERIOD - 1)) - TICKS_PERIOD / 2;
    return MP_OBJ_NEW_SMALL_INT(diff);
}
static MP_DEFINE_CONST_FUN_OBJ_2(time_ticks_diff_obj, time_ticks_diff);

static mp_obj_t time_time(void) {
    return mp_obj_new_float((mp_float_t)mp_hal_time_ns() / 1e9);
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_time_obj, time_time);

static mp_obj_t time_time_ns(void) {
    return mp_obj_new_int_from_ull(mp_hal_time_ns());
}
static MP_DEFINE_CONST_FUN_OBJ_0(time_time_ns_obj, time_time_ns);

static mp_obj_t time_sleep(mp_obj_t secs) {
    mp_hal_delay_us((mp_uint_t)(mp_obj_get_float(secs) * 1e6));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(time_sleep_obj, time_sleep);

static mp_obj_t time_sleep_ms(mp_obj_t ms) {
    mp_hal_delay_ms(mp_obj_get_int(ms));
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(time_sleep_ms_obj, time_sleep_ms);

static const mp_rom_map_elem_t time_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_time) },
    { MP_ROM_QSTR(MP_QSTR_ticks_ms), MP_ROM_PTR(&time_ticks_ms_obj) },
    { MP_ROM_QSTR(MP_QSTR_ticks_us), MP_ROM_PTR(&time_ticks_us_obj) },
    { MP_ROM_QSTR(MP_QSTR_ticks_diff), MP_ROM_PTR(&time_ticks_diff_obj) },
    { MP_ROM_QSTR(MP_QSTR_time), MP_ROM_PTR(&time_time_obj) },
    { MP_ROM_QSTR(MP_QSTR_time_ns), MP_ROM_PTR(&time_time_ns_obj) },
    { MP_ROM_QSTR(MP_QSTR_sleep), MP_ROM_PTR(&time_sleep_obj) },
    { MP_ROM_QSTR(MP_QSTR_sleep_ms), MP_ROM_PTR(&time_sleep_ms_obj) },
};
static MP_DEFINE_CONST_DICT(time_module_globals, time_module_globals_table);

const mp_obj_module_t port_time_module = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&time_module_globals,
};
MP_REGISTER_MODULE(MP_QSTR_time, port_time_module);

// ---------------------------------------------------------------------------
// Allocation failures on demand (make FAULTS=1): the link wraps gc_alloc (-Wl,--wrap=gc_alloc,
// which redirects the calls from py/malloc.c, i.e. every m_new and m_malloc), and
// `faults.fail_after(n)` makes the n-th allocation from then on fail as if the heap were full,
// so that m_malloc raises MemoryError there. `faults.pending()` is how many allocations remain
// before it (0: none armed, or it has fired).

#if PORT_FAULTS
void *__real_gc_alloc(size_t n_bytes, unsigned int alloc_flags);
static size_t fault_countdown;

void *__wrap_gc_alloc(size_t n_bytes, unsigned int alloc_flags) {
    if (fault_countdown > 0 && --fault_countdown == 0) {
        return NULL;
    }
    return __real_gc_alloc(n_bytes, alloc_flags);
}

static mp_obj_t faults_fail_after(mp_obj_t n) {
    fault_countdown = mp_obj_get_int(n);
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(faults_fail_after_obj, faults_fail_after);

static mp_obj_t faults_pending(void) {
    return MP_OBJ_NEW_SMALL_INT(fault_countdown);
}
static MP_DEFINE_CONST_FUN_OBJ_0(faults_pending_obj, faults_pending);

static const mp_rom_map_elem_t faults_module_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_faults) },
    { MP_ROM_QSTR(MP_QSTR_fail_after), MP_ROM_PTR(&faults_fail_after_obj) },
    { MP_ROM_QSTR(MP_QSTR_pending), MP_ROM_PTR(&faults_pending_obj) },
};
static MP_DEFINE_CONST_DICT(faults_module_globals, faults_module_globals_table);

const mp_obj_module_t port_faults_module = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&faults_module_globals,
};
MP_REGISTER_MODULE(MP_QSTR_faults, port_faults_module);
#endif

// ---------------------------------------------------------------------------
// Executable memory for the native emitter.

#if MICROPY_ENABLE_NATIVE_CODE && defined(MP_PLAT_ALLOC_EXEC)

void port_alloc_exec(size_t min_size, void **ptr, size_t *size) {
    *size = (min_size + 0xfff) & ~(size_t)0xfff;
    *ptr = mmap(NULL, *size, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (*ptr == MAP_FAILED) {
        *ptr = NULL;
        m_malloc_fail(min_size);
    }
}

void port_free_exec(void *ptr, size_t size) {
    munmap(ptr, size);
}

#endif
