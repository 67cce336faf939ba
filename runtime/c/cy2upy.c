// cy2upy.c: the C half of cython2upy's runtime. See runtime/include/cy2upy.h for the contract.
//
// Everything that calls nlr_push lives here (never in the Rust half). Public functions follow
// CPython's error convention: they never raise through their caller; a MicroPython exception
// raised inside them becomes the pending exception.

#include <math.h>
#include <stdio.h>

#include "py/builtin.h"
#include "py/mpstate.h"
#include "py/objint.h"
#include "py/qstr.h"
#include "py/smallint.h"
#include "cy2upy.h"

// The pending exception and the exception being handled: PENDING and HANDLED read them,
// SET_PENDING(x) and SET_HANDLED(x) write them. Both are the calling thread's own.
#if !MICROPY_PY_THREAD

// One thread: two root pointers, so the GC sees them.
MP_REGISTER_ROOT_POINTER(mp_obj_t cy2upy_pending_exc);
MP_REGISTER_ROOT_POINTER(mp_obj_t cy2upy_handled_exc);

#define PENDING (MP_STATE_VM(cy2upy_pending_exc))
#define HANDLED (MP_STATE_VM(cy2upy_handled_exc))
#define SET_PENDING(x) (MP_STATE_VM(cy2upy_pending_exc) = (x))
#define SET_HANDLED(x) (MP_STATE_VM(cy2upy_handled_exc) = (x))

#else

// Threads. MicroPython's per-thread state (mp_state_thread_t) has no room for a module's own
// fields, and MP_REGISTER_ROOT_POINTER registers VM-wide ones only. So one root pointer holds a
// table of (thread, pending, handled) entries, keyed by the address of the thread's
// mp_state_thread_t (mp_thread_get_state(), which every port with threads has). A thread holds an
// entry only while it has an exception pending or handled; an entry holding neither is free for
// any thread, so the table is as long as the most threads that held an exception at once.
//
// With a GIL, translated code touches objects only while holding it, so nothing else is needed.
// Without one (rp2: threads on two cores), the table is read and written holding the collector's
// own mutex (MP_STATE_MEM(gc_mutex), which a collection holds from start to sweep), and grown
// without it. An atomic section would keep threads apart, but not from the collector: other
// threads keep running while it marks, so a thread that stored its new exception in the table
// after the roots were scanned, and then dropped it from its stack before its own stack was
// scanned, would have the exception freed under it (fixtures/threaded without a GIL hit that).

typedef struct _cy_thread_exc_t {
    void *thread;
    mp_obj_t exc[2]; // pending, handled
} cy_thread_exc_t;

typedef struct _cy_thread_exc_table_t {
    size_t len;
    cy_thread_exc_t e[];
} cy_thread_exc_table_t;

MP_REGISTER_ROOT_POINTER(struct _cy_thread_exc_table_t *cy2upy_thread_exc);

#define EXC_PENDING (0)
#define EXC_HANDLED (1)

#if MICROPY_PY_THREAD_GIL
#define EXC_LOCK() ((void)0)
#define EXC_UNLOCK() ((void)0)
#else
#define EXC_LOCK() mp_thread_recursive_mutex_lock(&MP_STATE_MEM(gc_mutex), 1)
#define EXC_UNLOCK() mp_thread_recursive_mutex_unlock(&MP_STATE_MEM(gc_mutex))
#endif

static mp_obj_t thread_exc_get(int which) {
    void *me = mp_thread_get_state();
    mp_obj_t r = MP_OBJ_NULL;
    EXC_LOCK();
    cy_thread_exc_table_t *t = MP_STATE_VM(cy2upy_thread_exc);
    for (size_t i = 0; t != NULL && i < t->len; i++) {
        if (t->e[i].thread == me) {
            r = t->e[i].exc[which];
            break;
        }
    }
    EXC_UNLOCK();
    return r;
}

// Store `value` in this thread's entry; 0 done, 1 no room (the table must grow).
static int thread_exc_store(void *me, int which, mp_obj_t value) {
    cy_thread_exc_table_t *t = MP_STATE_VM(cy2upy_thread_exc);
    cy_thread_exc_t *mine = NULL, *free_entry = NULL;
    for (size_t i = 0; t != NULL && i < t->len; i++) {
        cy_thread_exc_t *e = &t->e[i];
        if (e->thread == me) {
            mine = e;
            break;
        }
        if (free_entry == NULL && e->exc[0] == MP_OBJ_NULL && e->exc[1] == MP_OBJ_NULL) {
            free_entry = e;
        }
    }
    if (mine == NULL) {
        if (value == MP_OBJ_NULL) {
            return 0; // nothing held, nothing to clear
        }
        if (free_entry == NULL) {
            return 1;
        }
        mine = free_entry;
        mine->thread = me;
        mine->exc[0] = mine->exc[1] = MP_OBJ_NULL;
    }
    mine->exc[which] = value;
    return 0;
}

static void thread_exc_set(int which, mp_obj_t value) {
    void *me = mp_thread_get_state();
    for (;;) {
        size_t len;
        {
            EXC_LOCK();
            int full = thread_exc_store(me, which, value);
            cy_thread_exc_table_t *t = MP_STATE_VM(cy2upy_thread_exc);
            len = t == NULL ? 0 : t->len;
            EXC_UNLOCK();
            if (!full) {
                return;
            }
        }
        // Grow (without the lock) and retry; another thread may have grown it
        // meanwhile, in which case this table is dropped. Without memory the exception is lost:
        // the caller then sees an error without one, which the boundary turns into SystemError.
        size_t new_len = len == 0 ? 4 : 2 * len;
        cy_thread_exc_table_t *n = m_new_obj_var_maybe(cy_thread_exc_table_t, e, cy_thread_exc_t, new_len);
        if (n == NULL) {
            return;
        }
        memset(n->e, 0, new_len * sizeof(cy_thread_exc_t));
        n->len = new_len;
        EXC_LOCK();
        cy_thread_exc_table_t *t = MP_STATE_VM(cy2upy_thread_exc);
        size_t cur = t == NULL ? 0 : t->len;
        if (cur < new_len) {
            if (cur > 0) {
                memcpy(n->e, t->e, cur * sizeof(cy_thread_exc_t));
            }
            MP_STATE_VM(cy2upy_thread_exc) = n;
        }
        EXC_UNLOCK();
    }
}

#define PENDING (thread_exc_get(EXC_PENDING))
#define HANDLED (thread_exc_get(EXC_HANDLED))
#define SET_PENDING(x) thread_exc_set(EXC_PENDING, (x))
#define SET_HANDLED(x) thread_exc_set(EXC_HANDLED, (x))

#endif

int cy_Pyx_assertions_enabled_flag = 1;

static int call_method_status(mp_obj_t obj, qstr name, size_t n, const mp_obj_t *args);

// A stack buffer for assembling call arguments; larger calls take a GC block.
#define CY_ARGS_ON_STACK (16)

// ===========================================================================================
// The pending exception
// ===========================================================================================

void cy_err_set(mp_obj_t exc) {
    if (exc == MP_OBJ_NULL) {
        SET_PENDING(MP_OBJ_NULL);
        return;
    }
    if (mp_obj_is_exception_instance(exc)) {
        SET_PENDING(exc);
        return;
    }
    // A class (or something that is not an exception): make the instance CPython would raise.
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t inst = mp_make_raise_obj(exc);
        nlr_pop();
        SET_PENDING(inst);
    } else {
        SET_PENDING(MP_OBJ_FROM_PTR(nlr.ret_val));
    }
}

mp_obj_t cy_err_occurred(void) {
    return PENDING;
}

void cy_err_clear(void) {
    SET_PENDING(MP_OBJ_NULL);
}

mp_obj_t cy_err_fetch(void) {
    mp_obj_t exc = PENDING;
    SET_PENDING(MP_OBJ_NULL);
    return exc;
}

MP_NORETURN void cy_raise_pending(void) {
    mp_obj_t exc = cy_err_fetch();
    if (exc == MP_OBJ_NULL) {
        mp_raise_msg(&cy_type_SystemError, MP_ERROR_TEXT("error return without exception set"));
    }
    nlr_raise(exc);
}

mp_obj_t cy_check_result(mp_obj_t result) {
    if (result == MP_OBJ_NULL) {
        cy_raise_pending();
    }
    return result;
}

// Build an exception of `type` (object) with one str argument made from msg[0..len).
static mp_obj_t new_exc_with_msg_raising(mp_obj_t type, const char *msg, size_t len) {
    #if MICROPY_ERROR_REPORTING == MICROPY_ERROR_REPORTING_NONE
    (void)msg;
    (void)len;
    return mp_make_raise_obj(type);
    #else
    mp_obj_t arg = mp_obj_new_str(msg, len);
    return mp_call_function_n_kw(type, 1, 0, &arg);
    #endif
}

static void set_exc_msg(mp_obj_t type, const char *msg, size_t len) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t exc = new_exc_with_msg_raising(type, msg, len);
        nlr_pop();
        cy_err_set(exc);
    } else {
        cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    }
}

void cy_err_set_msg_len(const mp_obj_type_t *type, const char *msg, size_t len) {
    set_exc_msg(MP_OBJ_FROM_PTR(type), msg, len);
}

void cy_err_set_msg(const mp_obj_type_t *type, const char *msg) {
    set_exc_msg(MP_OBJ_FROM_PTR(type), msg, strlen(msg));
}

// Set a TypeError (etc.) whose text was formatted by the Rust half into a stack buffer.
static void set_buf_msg(const mp_obj_type_t *type, const uint8_t *buf, size_t len) {
    set_exc_msg(MP_OBJ_FROM_PTR(type), (const char *)buf, len);
}

// ===========================================================================================
// Strings of objects
// ===========================================================================================

// CPython's tp_name of a type, which its error messages show: "module.Name" for extension
// types (the name of their spec), the bare name for classes and built-in types.
const char *cy_type_tp_name(const mp_obj_type_t *type) {
    if (cy_type_is_extension(type)) {
        return ((const cy_type_t *)type)->spec->name;
    }
    return qstr_str(type->name);
}

const char *cy_obj_tp_name(mp_obj_t obj) {
    return cy_type_tp_name(mp_obj_get_type(obj));
}

// The bytes of a str/qstr object, or NULL (no exception) when obj is not a str.
static const char *str_data_or_null(mp_obj_t obj, size_t *len) {
    if (obj == MP_OBJ_NULL || !mp_obj_is_str(obj)) {
        return NULL;
    }
    return mp_obj_str_get_data(obj, len);
}

qstr cy_obj_to_qstr(mp_obj_t name) {
    if (mp_obj_is_qstr(name)) {
        return MP_OBJ_QSTR_VALUE(name);
    }
    return mp_obj_str_get_qstr(name);
}

// ===========================================================================================
// CPython's PyErr_* API
// ===========================================================================================

mp_obj_t cy_PyErr_Occurred(void) {
    if (PENDING == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    return MP_OBJ_FROM_PTR(mp_obj_get_type(PENDING));
}

void cy_PyErr_SetString(mp_obj_t type, const char *message) {
    set_exc_msg(type, message, strlen(message));
}

// Append one CPython-style conversion's worth of text; raises (runs under a guard).
static const char *format_one(vstr_t *vs, const char *f, va_list *ap) {
    // f points just after '%'.
    char pad = ' ';
    bool left = false;
    for (;; f++) {
        if (*f == '0') {
            pad = '0';
        } else if (*f == '-') {
            left = true;
        } else {
            break;
        }
    }
    mp_int_t width = 0;
    while (*f >= '0' && *f <= '9') {
        width = width * 10 + (*f++ - '0');
    }
    mp_int_t precision = -1;
    if (*f == '.') {
        f++;
        precision = 0;
        while (*f >= '0' && *f <= '9') {
            precision = precision * 10 + (*f++ - '0');
        }
    }
    int lng = 0; // 1 long, 2 long long, 3 size_t/ssize_t, 4 intmax, 5 ptrdiff
    if (*f == 'l') {
        lng = 1;
        if (*++f == 'l') {
            lng = 2;
            f++;
        }
    } else if (*f == 'z') {
        lng = 3;
        f++;
    } else if (*f == 'j') {
        lng = 4;
        f++;
    } else if (*f == 't') {
        lng = 5;
        f++;
    } else if (*f == 'h') {
        f++;
        if (*f == 'h') {
            f++;
        }
    }
    char conv = *f;
    if (conv == '\0') {
        return f;
    }
    f++;
    switch (conv) {
        case '%':
            vstr_add_byte(vs, '%');
            break;
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X':
        case 'o': {
            bool is_unsigned = (conv != 'd' && conv != 'i');
            long long v;
            switch (lng) {
                case 1:
                    v = is_unsigned ? (long long)va_arg(*ap, unsigned long) : (long long)va_arg(*ap, long);
                    break;
                case 2:
                    v = is_unsigned ? (long long)va_arg(*ap, unsigned long long) : va_arg(*ap, long long);
                    break;
                case 3:
                    v = is_unsigned ? (long long)va_arg(*ap, size_t) : (long long)va_arg(*ap, mp_int_t);
                    break;
                case 4:
                    v = (long long)va_arg(*ap, intmax_t);
                    break;
                case 5:
                    v = (long long)va_arg(*ap, ptrdiff_t);
                    break;
                default:
                    v = is_unsigned ? (long long)va_arg(*ap, unsigned int) : (long long)va_arg(*ap, int);
                    break;
            }
            uint8_t buf[80];
            char fc = (conv == 'i' || conv == 'u') ? 'd' : conv;
            size_t n = cy_rs_fmt_int(buf, sizeof(buf), (int64_t)v, is_unsigned, left ? 0 : width,
                (uint8_t)pad, (uint8_t)fc);
            vstr_add_strn(vs, (const char *)buf, n);
            for (mp_int_t i = (mp_int_t)n; left && i < width; i++) {
                vstr_add_byte(vs, ' ');
            }
            break;
        }
        case 'c':
            vstr_add_char(vs, (unichar)va_arg(*ap, int));
            break;
        case 'p': {
            uint8_t buf[40];
            size_t n = cy_rs_fmt_int(buf, sizeof(buf), (int64_t)(uintptr_t)va_arg(*ap, void *), 1,
                0, ' ', 'x');
            vstr_add_str(vs, "0x");
            vstr_add_strn(vs, (const char *)buf, n);
            break;
        }
        case 's': {
            const char *s = va_arg(*ap, const char *);
            if (s == NULL) {
                s = "(null)";
            }
            size_t n = strlen(s);
            if (precision >= 0 && (size_t)precision < n) {
                n = (size_t)precision;
            }
            vstr_add_strn(vs, s, n);
            break;
        }
        case 'U':
        case 'S':
        case 'R':
        case 'A':
        case 'V': {
            mp_obj_t o = va_arg(*ap, mp_obj_t);
            const char *fallback = (conv == 'V') ? va_arg(*ap, const char *) : NULL;
            if (o == MP_OBJ_NULL) {
                vstr_add_str(vs, fallback ? fallback : "<NULL>");
                break;
            }
            mp_print_t print;
            vstr_t tmp;
            vstr_init_print(&tmp, 16, &print);
            mp_obj_print_helper(&print, o, (conv == 'R' || conv == 'A') ? PRINT_REPR : PRINT_STR);
            size_t n = tmp.len;
            if (precision >= 0 && (size_t)precision < n) {
                n = (size_t)precision;
            }
            vstr_add_strn(vs, tmp.buf, n);
            vstr_clear(&tmp);
            break;
        }
        default:
            vstr_add_byte(vs, '%');
            vstr_add_byte(vs, (byte)conv);
            break;
    }
    return f;
}

static mp_obj_t format_to_str_raising(const char *format, va_list *ap) {
    vstr_t vs;
    vstr_init(&vs, 32);
    for (const char *f = format; *f;) {
        const char *p = strchr(f, '%');
        if (p == NULL) {
            vstr_add_str(&vs, f);
            break;
        }
        vstr_add_strn(&vs, f, (size_t)(p - f));
        f = format_one(&vs, p + 1, ap);
    }
    return mp_obj_new_str_from_vstr(&vs);
}

mp_obj_t cy_PyErr_FormatV(mp_obj_t type, const char *format, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t msg = format_to_str_raising(format, &ap2);
        #if MICROPY_ERROR_REPORTING == MICROPY_ERROR_REPORTING_NONE
        mp_obj_t exc = mp_make_raise_obj(type);
        (void)msg;
        #else
        mp_obj_t exc = mp_call_function_n_kw(type, 1, 0, &msg);
        #endif
        nlr_pop();
        cy_err_set(exc);
    } else {
        cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    }
    va_end(ap2);
    return MP_OBJ_NULL;
}

mp_obj_t cy_PyErr_Format(mp_obj_t type, const char *format, ...) {
    va_list ap;
    va_start(ap, format);
    cy_PyErr_FormatV(type, format, ap);
    va_end(ap);
    return MP_OBJ_NULL;
}

mp_obj_t cy_PyUnicode_FromFormat(const char *format, ...) {
    va_list ap;
    va_start(ap, format);
    mp_obj_t result;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        result = format_to_str_raising(format, &ap);
        nlr_pop();
    } else {
        cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
        result = MP_OBJ_NULL;
    }
    va_end(ap);
    return result;
}

// An exception instance for (type, value) as CPython's PyErr_SetObject/normalisation:
// value None/NULL -> type(); a tuple -> type(*value); an instance of type -> value; else type(value).
static mp_obj_t make_exc_raising(mp_obj_t type, mp_obj_t value) {
    if (mp_obj_is_exception_instance(type)) {
        return type;
    }
    if (value != MP_OBJ_NULL && mp_obj_is_exception_instance(value)
        && mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(value)), type)) {
        return value;
    }
    if (!mp_obj_is_exception_type(type)) {
        return mp_make_raise_obj(type);
    }
    if (value == MP_OBJ_NULL || value == mp_const_none) {
        return mp_call_function_n_kw(type, 0, 0, NULL);
    }
    if (mp_obj_is_exact_type(value, &mp_type_tuple)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(value, &n, &items);
        return mp_call_function_n_kw(type, n, 0, items);
    }
    return mp_call_function_n_kw(type, 1, 0, &value);
}

void cy_PyErr_SetObject(mp_obj_t type, mp_obj_t value) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t exc = make_exc_raising(type, value);
        nlr_pop();
        cy_err_set(exc);
    } else {
        cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    }
}

void cy_PyErr_SetNone(mp_obj_t type) {
    cy_PyErr_SetObject(type, MP_OBJ_NULL);
}

int cy_PyErr_GivenExceptionMatches(mp_obj_t err, mp_obj_t type) {
    if (err == MP_OBJ_NULL || type == MP_OBJ_NULL) {
        return 0;
    }
    if (mp_obj_is_exact_type(type, &mp_type_tuple)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(type, &n, &items);
        for (size_t i = 0; i < n; i++) {
            if (cy_PyErr_GivenExceptionMatches(err, items[i])) {
                return 1;
            }
        }
        return 0;
    }
    if (!mp_obj_is_type(type, &mp_type_type)) {
        return 0;
    }
    if (!mp_obj_is_exception_instance(err)) {
        // A class (Cython matches the class of an exception triple too).
        return mp_obj_is_type(err, &mp_type_type) && mp_obj_is_subclass_fast(err, type) ? 1 : 0;
    }
    return cy_exc_matches(err, type) ? 1 : 0;
}

int cy_PyErr_ExceptionMatches(mp_obj_t type) {
    return cy_PyErr_GivenExceptionMatches(PENDING, type);
}

int cy_Pyx_PyErr_ExceptionMatches2(mp_obj_t type1, mp_obj_t type2) {
    return cy_PyErr_GivenExceptionMatches(PENDING, type1)
           || cy_PyErr_GivenExceptionMatches(PENDING, type2);
}

int cy_Pyx_PyErr_GivenExceptionMatches2(mp_obj_t err, mp_obj_t type1, mp_obj_t type2) {
    return cy_PyErr_GivenExceptionMatches(err, type1) || cy_PyErr_GivenExceptionMatches(err, type2);
}

void cy_PyErr_Clear(void) {
    SET_PENDING(MP_OBJ_NULL);
}

mp_obj_t cy_PyErr_NoMemory(void) {
    // Allocating a message could fail again: use the type, which cy_err_set instantiates (and
    // MicroPython falls back to its emergency exception buffer if even that fails).
    cy_err_set(MP_OBJ_FROM_PTR(&mp_type_MemoryError));
    return MP_OBJ_NULL;
}

// Cython's (type, value, traceback) triple of an exception instance. MicroPython has no
// traceback objects (the entries live inside the exception), so the traceback slot is None, as
// __exit__(type, value, tb) of a `with` statement receives it; all three are NULL when there is
// no exception.
static void split_exc(mp_obj_t exc, mp_obj_t *type, mp_obj_t *value, mp_obj_t *tb) {
    if (type) {
        *type = exc == MP_OBJ_NULL ? MP_OBJ_NULL : MP_OBJ_FROM_PTR(mp_obj_get_type(exc));
    }
    if (value) {
        *value = exc;
    }
    if (tb) {
        *tb = exc == MP_OBJ_NULL ? MP_OBJ_NULL : mp_const_none;
    }
}

void cy_PyErr_Fetch(mp_obj_t *type, mp_obj_t *value, mp_obj_t *tb) {
    split_exc(cy_err_fetch(), type, value, tb);
}

void cy_PyErr_Restore(mp_obj_t type, mp_obj_t value, mp_obj_t tb) {
    (void)tb;
    if (value != MP_OBJ_NULL && mp_obj_is_exception_instance(value)) {
        SET_PENDING(value);
    } else if (type != MP_OBJ_NULL) {
        cy_PyErr_SetObject(type, value);
    } else {
        SET_PENDING(MP_OBJ_NULL);
    }
}

void cy_PyErr_NormalizeException(mp_obj_t *type, mp_obj_t *value, mp_obj_t *tb) {
    (void)tb;
    if (*type == MP_OBJ_NULL || (*value != MP_OBJ_NULL && mp_obj_is_exception_instance(*value))) {
        return;
    }
    mp_obj_t saved = cy_err_fetch();
    cy_PyErr_SetObject(*type, *value);
    mp_obj_t exc = cy_err_fetch();
    SET_PENDING(saved);
    split_exc(exc, type, value, NULL);
}

mp_obj_t cy_PyErr_GetRaisedException(void) {
    return cy_err_fetch();
}

void cy_PyErr_SetRaisedException(mp_obj_t exc) {
    SET_PENDING(exc);
}

int cy_PyErr_WarnEx(mp_obj_t category, const char *message, mp_int_t stack_level) {
    (void)stack_level;
    #if MICROPY_WARNINGS
    const char *cat = "Warning";
    if (category != MP_OBJ_NULL && mp_obj_is_type(category, &mp_type_type)) {
        cat = qstr_str(((mp_obj_type_t *)MP_OBJ_TO_PTR(category))->name);
    }
    mp_warning(cat, "%s", message);
    #else
    (void)category;
    (void)message;
    #endif
    return 0;
}

// Errors that cannot be raised go where the port prints uncaught exceptions (stderr on unix).
static void print_unraisable(const char *name, mp_obj_t obj) {
    mp_obj_t exc = cy_err_fetch();
    if (exc == MP_OBJ_NULL) {
        return;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_printf(MICROPY_ERROR_PRINTER, "Exception ignored in: ");
        if (name != NULL) {
            mp_printf(MICROPY_ERROR_PRINTER, "'%s'", name);
        } else if (obj != MP_OBJ_NULL) {
            mp_obj_print_helper(MICROPY_ERROR_PRINTER, obj, PRINT_REPR);
        }
        mp_printf(MICROPY_ERROR_PRINTER, "\n");
        mp_obj_print_exception(MICROPY_ERROR_PRINTER, exc);
        nlr_pop();
    }
}

void cy_PyErr_WriteUnraisable(mp_obj_t obj) {
    print_unraisable(NULL, obj);
}

// What CPython prints for Cython's unraisable errors (noexcept functions, __dealloc__): with
// full_traceback, the exception as PyErr_PrintEx prints it, then "Exception ignored in: 'name'"
// and the exception again. CPython's second printout has a traceback made from the Python
// frames calling the function; MicroPython cannot walk its frames, so it shows only the entries
// the exception carries (none when the .pyx raised it itself: Cython adds no entry here).
void cy_Pyx_WriteUnraisable(const char *name, int clineno, int lineno, const char *filename,
    int full_traceback, int nogil) {
    (void)clineno;
    (void)lineno;
    (void)filename;
    (void)nogil;
    mp_obj_t exc = cy_err_occurred();
    if (exc != MP_OBJ_NULL && full_traceback) {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_obj_print_exception(MICROPY_ERROR_PRINTER, exc);
            nlr_pop();
        }
    }
    print_unraisable(name, MP_OBJ_NULL);
}

void cy_PyErr_Print(void) {
    mp_obj_t exc = cy_err_fetch();
    if (exc != MP_OBJ_NULL) {
        mp_obj_print_exception(MICROPY_ERROR_PRINTER, exc);
    }
}

mp_obj_t cy_PyException_GetTraceback(mp_obj_t exc) {
    (void)exc;
    return mp_const_none;
}

// The exception being handled (sys.exc_info()). Translated code keeps it in its own root
// pointer, which Cython saves at the start of a try statement and restores when a handler ends,
// so that a bare `raise` finds it even after code the handler called caught exceptions of its
// own. It is copied to MicroPython's sys.exc_info() slot too, so sys.exc_info() called in a
// .pyx handler gives the exception being handled, and None again once the handler is left
// (MicroPython's VM itself only ever sets that slot).

static void set_handled(mp_obj_t exc) {
    SET_HANDLED(exc);
    #if MICROPY_PY_SYS_EXC_INFO
    MP_STATE_VM(cur_exception) = exc == MP_OBJ_NULL ? NULL : (mp_obj_base_t *)MP_OBJ_TO_PTR(exc);
    #endif
}

int cy_Pyx_GetException(mp_obj_t *type, mp_obj_t *value, mp_obj_t *tb) {
    mp_obj_t exc = cy_err_fetch();
    if (exc == MP_OBJ_NULL) {
        split_exc(MP_OBJ_NULL, type, value, tb);
        cy_err_set_msg(&cy_type_SystemError, "no exception is being raised");
        return -1;
    }
    set_handled(exc);
    split_exc(exc, type, value, tb);
    return 0;
}

void cy_Pyx_ExceptionSave(mp_obj_t *type, mp_obj_t *value, mp_obj_t *tb) {
    split_exc(HANDLED, type, value, tb);
}

void cy_Pyx_ExceptionReset(mp_obj_t type, mp_obj_t value, mp_obj_t tb) {
    (void)type;
    (void)tb;
    set_handled(value == mp_const_none ? MP_OBJ_NULL : value);
}

void cy_Pyx_ExceptionSwap(mp_obj_t *type, mp_obj_t *value, mp_obj_t *tb) {
    mp_obj_t old = HANDLED;
    set_handled(*value == mp_const_none ? MP_OBJ_NULL : *value);
    split_exc(old, type, value, tb);
}

// `raise X from Y` stores Y as X.__cause__ where the instance can hold attributes: instances of
// exception classes defined in Python (in the .pyx or in MicroPython code). MicroPython's
// built-in exception instances have no __cause__ and no attribute storage, so there the cause is
// checked as CPython checks it, then dropped. Nothing prints chained exceptions either way.
static void set_cause_raising(mp_obj_t exc, mp_obj_t cause) {
    if (mp_obj_is_native_exception_instance(exc)) {
        return;
    }
    mp_store_attr(exc, MP_QSTR___cause__, cause == MP_OBJ_NULL ? mp_const_none : cause);
    mp_store_attr(exc, MP_QSTR___suppress_context__, mp_const_true);
}

void cy_Pyx_Raise(mp_obj_t type, mp_obj_t value, mp_obj_t tb, mp_obj_t cause) {
    (void)tb;
    if (value == mp_const_none) {
        value = MP_OBJ_NULL;
    }
    mp_obj_t exc;
    if (mp_obj_is_exception_instance(type)) {
        if (value != MP_OBJ_NULL) {
            cy_err_set_msg(&mp_type_TypeError, "instance exception may not have a separate value");
            return;
        }
        exc = type;
    } else if (mp_obj_is_exception_type(type)) {
        cy_PyErr_SetObject(type, value);
        exc = cy_err_fetch();
        if (exc == MP_OBJ_NULL || !mp_obj_exception_match(exc, type)) {
            // Making the instance raised something else.
            SET_PENDING(exc);
            return;
        }
    } else {
        cy_err_set_msg(&mp_type_TypeError,
            "raise: exception class must be a subclass of BaseException");
        return;
    }
    if (cause != MP_OBJ_NULL) {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_obj_t fixed = MP_OBJ_NULL;
            if (cause == mp_const_none) {
                fixed = MP_OBJ_NULL;
            } else if (mp_obj_is_exception_type(cause)) {
                fixed = mp_call_function_0(cause);
            } else if (mp_obj_is_exception_instance(cause)) {
                fixed = cause;
            } else {
                mp_raise_TypeError(MP_ERROR_TEXT("exception causes must derive from BaseException"));
            }
            set_cause_raising(exc, fixed);
            nlr_pop();
        } else {
            mp_obj_t err = MP_OBJ_FROM_PTR(nlr.ret_val);
            if (!mp_obj_exception_match(err, MP_OBJ_FROM_PTR(&mp_type_AttributeError))) {
                SET_PENDING(err);
                return;
            }
            // An instance that refuses the attribute keeps no cause.
        }
    }
    SET_PENDING(exc);
}

void cy_Pyx_AddTraceback(const char *funcname, int c_line, int py_line, const char *filename) {
    (void)c_line;
    mp_obj_t exc = PENDING;
    if (exc == MP_OBJ_NULL || !mp_obj_is_exception_instance(exc)) {
        return;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        // The block name is Cython's full name of the function ("module.func",
        // "module.Class.method"), which is what CPython's traceback shows for the frame.
        qstr file_q = filename ? qstr_from_str(filename) : MP_QSTR_;
        qstr block_q = funcname ? qstr_from_str(funcname) : MP_QSTR_;
        mp_obj_exception_add_traceback(exc, file_q, py_line > 0 ? (size_t)py_line : 0, block_q);
        nlr_pop();
    }
    // If interning the names failed, the traceback entry is simply missing.
}

// ===========================================================================================
// Argument errors
// ===========================================================================================

void cy_Pyx_RaiseArgtupleInvalid(const char *func_name, int exact, mp_int_t num_min,
    mp_int_t num_max, mp_int_t num_found) {
    uint8_t buf[320];
    size_t n = cy_rs_fmt_argtuple_invalid(buf, sizeof(buf), func_name, exact, num_min, num_max,
        num_found);
    set_buf_msg(&mp_type_TypeError, buf, n);
}

static void raise_kw_error(int kind, const char *func_name, mp_obj_t kw_name) {
    uint8_t buf[400];
    size_t kw_len = 0;
    const char *kw = str_data_or_null(kw_name, &kw_len);
    size_t n = cy_rs_fmt_kw_error(buf, sizeof(buf), kind, func_name, (const uint8_t *)kw, kw_len);
    set_buf_msg(&mp_type_TypeError, buf, n);
}

void cy_Pyx_RaiseDoubleKeywordsError(const char *func_name, mp_obj_t kw_name) {
    raise_kw_error(CY_RS_KW_DUPLICATE, func_name, kw_name);
}

// f(**a, **b): the items of source_mapping (a dict, or any mapping through dict()) added to
// kwdict; a key already there is Cython's "function() got multiple values for keyword argument".
int cy_Pyx_MergeKeywords(mp_obj_t kwdict, mp_obj_t source_mapping) {
    mp_obj_t duplicate = MP_OBJ_NULL;
    CY_TRY_BEGIN
    mp_obj_t src = source_mapping;
    if (!mp_obj_is_dict_or_ordereddict(src)) {
        src = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_dict), src);
    }
    mp_map_t *from = mp_obj_dict_get_map(src);
    mp_map_t *to = mp_obj_dict_get_map(kwdict);
    for (size_t i = 0; i < from->alloc && duplicate == MP_OBJ_NULL; i++) {
        if (mp_map_slot_is_filled(from, i)) {
            if (mp_map_lookup(to, from->table[i].key, MP_MAP_LOOKUP) != NULL) {
                duplicate = from->table[i].key;
            } else {
                mp_obj_dict_store(kwdict, from->table[i].key, from->table[i].value);
            }
        }
    }
    CY_TRY_END(return -1);
    if (duplicate != MP_OBJ_NULL) {
        cy_Pyx_RaiseDoubleKeywordsError("function", duplicate);
        return -1;
    }
    return 0;
}

void cy_Pyx_RaiseKeywordRequired(const char *func_name, mp_obj_t kw_name) {
    raise_kw_error(CY_RS_KW_REQUIRED, func_name, kw_name);
}

void cy_Pyx_RaiseNeedMoreValuesError(mp_int_t index) {
    uint8_t buf[80];
    size_t n = cy_rs_fmt_unpack(buf, sizeof(buf), 0, index);
    set_buf_msg(&mp_type_ValueError, buf, n);
}

void cy_Pyx_RaiseTooManyValuesError(mp_int_t expected) {
    uint8_t buf[80];
    size_t n = cy_rs_fmt_unpack(buf, sizeof(buf), 1, expected);
    set_buf_msg(&mp_type_ValueError, buf, n);
}

void cy_Pyx_RaiseNoneNotIterableError(void) {
    cy_err_set_msg(&mp_type_TypeError, "'NoneType' object is not iterable");
}

void cy_Pyx_RaiseUnboundLocalError(const char *varname) {
    cy_PyErr_Format(cy_exc_UnboundLocalError,
        "cannot access local variable '%s' where it is not associated with a value", varname);
}

void cy_Pyx_RaiseClosureNameError(const char *varname) {
    cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_NameError),
        "free variable '%s' referenced before assignment in enclosing scope", varname);
}

int cy_Pyx_RaiseUnexpectedTypeError(const char *expected, mp_obj_t obj) {
    cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "Expected %s, got %.200s", expected,
        cy_obj_tp_name(obj));
    return 0;
}

int cy_Pyx_ArgTypeTest(mp_obj_t obj, mp_const_obj_t type, int none_allowed, const char *name,
    int exact) {
    const mp_obj_type_t *t = (const mp_obj_type_t *)MP_OBJ_TO_PTR(type);
    if (none_allowed && obj == mp_const_none) {
        return 1;
    }
    const mp_obj_type_t *ot = mp_obj_get_type(obj);
    if (ot == t) {
        return 1;
    }
    if (!exact && mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(ot), MP_OBJ_FROM_PTR(t))) {
        return 1;
    }
    cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError),
        "Argument '%.200s' has incorrect type (expected %.200s, got %.200s)", name,
        cy_type_tp_name(t), cy_type_tp_name(ot));
    return 0;
}

int cy_Pyx_CheckKeywordStrings(mp_obj_t kwds) {
    (void)kwds;
    return 0;
}

void cy_Pyx_RejectKeywords(const char *function_name, mp_obj_t kwds) {
    if (kwds != MP_OBJ_NULL && mp_obj_is_dict_or_ordereddict(kwds)) {
        mp_map_t *map = mp_obj_dict_get_map(kwds);
        for (size_t i = 0; i < map->alloc; i++) {
            if (mp_map_slot_is_filled(map, i)) {
                cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError),
                    "%s() got an unexpected keyword argument '%U'", function_name,
                    map->table[i].key);
                return;
            }
        }
    }
    cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "%s() takes no keyword arguments",
        function_name);
}

mp_obj_t cy_Pyx_PyException_get_args(mp_obj_t exc) {
    CY_TRY_RETURN_OBJ(mp_load_attr(exc, MP_QSTR_args));
}

void cy_Pyx_RaiseMappingExpectedError(mp_obj_t arg) {
    cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "'%.200s' object is not a mapping",
        cy_obj_tp_name(arg));
}

// ===========================================================================================
// Keyword parsing
// ===========================================================================================

// 1 when the two names are equal, 0 when not, -1 when key is not a str (pending TypeError).
static int name_eq(mp_obj_t name, mp_obj_t key) {
    if (name == key) {
        return 1;
    }
    if (mp_obj_is_qstr(name) && mp_obj_is_qstr(key)) {
        return 0; // distinct interned strings
    }
    size_t nl, kl;
    const char *n = str_data_or_null(name, &nl);
    const char *k = str_data_or_null(key, &kl);
    if (n == NULL || k == NULL) {
        return 0;
    }
    return cy_rs_name_eq((const uint8_t *)n, nl, (const uint8_t *)k, kl);
}

// Handle one keyword argument; 0, or -1 with a pending exception.
static int parse_one_kw(mp_obj_t key, mp_obj_t value, mp_obj_t *const argnames[], mp_obj_t kwds2,
    mp_obj_t values[], mp_int_t num_pos_args, const char *function_name, int ignore_unknown) {
    mp_obj_t *const *first_kw_arg = argnames + num_pos_args;
    if (!mp_obj_is_str(key)) {
        uint8_t buf[240];
        size_t n = cy_rs_fmt_kw_error(buf, sizeof(buf), CY_RS_KW_NOT_STRING, function_name, NULL, 0);
        set_buf_msg(&mp_type_TypeError, buf, n);
        return -1;
    }
    // Fast pass: identical (interned) name objects.
    for (mp_obj_t *const *name = first_kw_arg; *name; name++) {
        if (**name == key) {
            values[name - argnames] = value;
            return 0;
        }
    }
    for (mp_obj_t *const *name = first_kw_arg; *name; name++) {
        if (name_eq(**name, key)) {
            values[name - argnames] = value;
            return 0;
        }
    }
    for (mp_obj_t *const *name = argnames; name != first_kw_arg; name++) {
        if (name_eq(**name, key)) {
            cy_Pyx_RaiseDoubleKeywordsError(function_name, key);
            return -1;
        }
    }
    if (kwds2 != MP_OBJ_NULL) {
        return cy_PyDict_SetItem(kwds2, key, value);
    }
    if (ignore_unknown) {
        return 0;
    }
    raise_kw_error(CY_RS_KW_UNEXPECTED, function_name, key);
    return -1;
}

int cy_Pyx_ParseKeywords(mp_obj_t kwds, mp_obj_t const *kwvalues, mp_obj_t *const argnames[],
    mp_obj_t kwds2, mp_obj_t values[], mp_int_t num_pos_args, mp_int_t num_kwargs,
    const char *function_name, int ignore_unknown_kwargs) {
    if (kwds == MP_OBJ_NULL) {
        return 0;
    }
    if (mp_obj_is_small_int(kwds)) {
        // FASTCALL: (name, value) pairs from MicroPython's argument array.
        mp_int_t n = MP_OBJ_SMALL_INT_VALUE(kwds);
        if (num_kwargs < n) {
            n = num_kwargs;
        }
        for (mp_int_t i = 0; i < n; i++) {
            if (parse_one_kw(kwvalues[2 * i], kwvalues[2 * i + 1], argnames, kwds2, values,
                num_pos_args, function_name, ignore_unknown_kwargs) < 0) {
                return -1;
            }
        }
        return 0;
    }
    if (!mp_obj_is_dict_or_ordereddict(kwds)) {
        cy_err_set_msg(&mp_type_TypeError, "keywords must be a dict");
        return -1;
    }
    mp_map_t *map = mp_obj_dict_get_map(kwds);
    for (size_t i = 0; i < map->alloc; i++) {
        if (mp_map_slot_is_filled(map, i)) {
            if (parse_one_kw(map->table[i].key, map->table[i].value, argnames, kwds2, values,
                num_pos_args, function_name, ignore_unknown_kwargs) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

mp_obj_t cy_Pyx_KwargsAsDict_FASTCALL(mp_obj_t kwds, mp_obj_t const *kwvalues) {
    mp_int_t n = (kwds == MP_OBJ_NULL) ? 0 : MP_OBJ_SMALL_INT_VALUE(kwds);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t d = mp_obj_new_dict((size_t)n);
        for (mp_int_t i = 0; i < n; i++) {
            mp_obj_dict_store(d, kwvalues[2 * i], kwvalues[2 * i + 1]);
        }
        nlr_pop();
        return d;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return MP_OBJ_NULL;
}

// ===========================================================================================
// Function objects
// ===========================================================================================

static void argcount_error(const cy_function_obj_t *f, const char *message, size_t given) {
    uint8_t buf[320];
    size_t n = cy_rs_fmt_argcount(buf, sizeof(buf), f->ml->ml_name, message, (intptr_t)given);
    set_buf_msg(&mp_type_TypeError, buf, n);
}

static void no_keywords_error(const cy_function_obj_t *f) {
    uint8_t buf[240];
    size_t n = cy_rs_fmt_kw_error(buf, sizeof(buf), CY_RS_KW_NO_KEYWORDS, f->ml->ml_name, NULL, 0);
    set_buf_msg(&mp_type_TypeError, buf, n);
}

// Build (tuple, dict) for a METH_VARARGS function; raises (runs under a guard).
static void varargs_raising(size_t n_args, size_t n_kw, const mp_obj_t *args, mp_obj_t *tuple,
    mp_obj_t *dict) {
    *tuple = mp_obj_new_tuple(n_args, args);
    *dict = MP_OBJ_NULL;
    if (n_kw) {
        *dict = mp_obj_new_dict(n_kw);
        for (size_t i = 0; i < n_kw; i++) {
            mp_obj_dict_store(*dict, args[n_args + 2 * i], args[n_args + 2 * i + 1]);
        }
    }
}

mp_obj_t cy_function_call(mp_obj_t func, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const cy_function_obj_t *f = MP_OBJ_TO_PTR(func);
    const cy_methoddef_t *ml = f->ml;
    int flags = ml->ml_flags & ~(CY_METH_CLASS | CY_METH_STATIC | CY_METH_COEXIST | CY_METH_METHOD);
    // A method of an extension type (Cython's CCLASS flag, not a staticmethod) takes the instance
    // (or, for a classmethod, the class) as its first argument: it is the C function's self.
    // A function made by PyCFunction_NewEx passes the self it was made with, as CPython's
    // builtin functions pass m_self.
    mp_obj_t self = mp_obj_is_type(func, &cy_cfunction_type) ? f->closure : func;
    if ((f->flags & (cy_Pyx_CYFUNCTION_CCLASS | cy_Pyx_CYFUNCTION_STATICMETHOD)) == cy_Pyx_CYFUNCTION_CCLASS) {
        if (n_args < 1) {
            cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "%.200s() needs an argument", ml->ml_name);
            return MP_OBJ_NULL;
        }
        self = args[0];
        args++;
        n_args--;
    }
    switch (flags) {
        case CY_METH_FASTCALL | CY_METH_KEYWORDS:
            return ((cy_Pyx_PyCFunction_FastCallWithKeywords)(void (*)(void))ml->ml_meth)(
                self, args, (mp_int_t)n_args, n_kw ? MP_OBJ_NEW_SMALL_INT(n_kw) : MP_OBJ_NULL);
        case CY_METH_NOARGS:
            if (n_kw) {
                no_keywords_error(f);
                return MP_OBJ_NULL;
            }
            if (n_args != 0) {
                argcount_error(f, "takes no arguments", n_args);
                return MP_OBJ_NULL;
            }
            return ml->ml_meth(self, MP_OBJ_NULL);
        case CY_METH_O:
            if (n_kw) {
                no_keywords_error(f);
                return MP_OBJ_NULL;
            }
            if (n_args != 1) {
                argcount_error(f, "takes exactly one argument", n_args);
                return MP_OBJ_NULL;
            }
            return ml->ml_meth(self, args[0]);
        case CY_METH_FASTCALL:
            if (n_kw) {
                no_keywords_error(f);
                return MP_OBJ_NULL;
            }
            return ((cy_Pyx_PyCFunctionFast)(void (*)(void))ml->ml_meth)(self, args, (mp_int_t)n_args);
        case CY_METH_VARARGS:
        case CY_METH_VARARGS | CY_METH_KEYWORDS: {
            if (n_kw && !(flags & CY_METH_KEYWORDS)) {
                no_keywords_error(f);
                return MP_OBJ_NULL;
            }
            mp_obj_t tuple, dict;
            nlr_buf_t nlr;
            if (nlr_push(&nlr) == 0) {
                varargs_raising(n_args, n_kw, args, &tuple, &dict);
                nlr_pop();
            } else {
                cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
                return MP_OBJ_NULL;
            }
            if (flags & CY_METH_KEYWORDS) {
                return ((cy_PyCFunctionWithKeywords)(void (*)(void))ml->ml_meth)(self, tuple, dict);
            }
            return ml->ml_meth(self, tuple);
        }
        default:
            cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError),
                "%.200s() has an unsupported calling convention (flags 0x%x)", ml->ml_name,
                ml->ml_flags);
            return MP_OBJ_NULL;
    }
}

static mp_obj_t cyfunction_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    return cy_check_result(cy_function_call(self_in, n_args, n_kw, args));
}

static void cyfunction_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    const cy_function_obj_t *f = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<cyfunction ");
    if (f->qualname != MP_OBJ_NULL && mp_obj_is_str(f->qualname)) {
        mp_obj_print_helper(print, f->qualname, PRINT_STR);
    } else {
        mp_printf(print, "%s", f->ml->ml_name);
    }
    mp_printf(print, " at %p>", f);
}

static mp_obj_t or_none(mp_obj_t o) {
    return o == MP_OBJ_NULL ? mp_const_none : o;
}

// Where the text signature of a binding=False function's doc ends (its ")"), or NULL.
static const char *text_signature_end(mp_obj_t self_in, const cy_function_obj_t *f) {
    const char *doc = f->ml->ml_doc;
    size_t name_len = strlen(f->ml->ml_name);
    if (doc == NULL || !mp_obj_is_type(self_in, &cy_cfunction_type)
        || strncmp(doc, f->ml->ml_name, name_len) != 0 || doc[name_len] != '(') {
        return NULL;
    }
    return strstr(doc, ")\n--\n\n");
}

static void cyfunction_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    cy_function_obj_t *f = MP_OBJ_TO_PTR(self_in);
    if (dest[0] != MP_OBJ_NULL) {
        // Store/delete: only the writable CPython attributes.
        if (dest[1] != MP_OBJ_NULL && attr == MP_QSTR___qualname__) {
            f->qualname = dest[1];
            dest[0] = MP_OBJ_NULL;
        }
        return;
    }
    switch (attr) {
        case MP_QSTR___name__:
            dest[0] = MP_OBJ_NEW_QSTR(qstr_from_str(f->ml->ml_name));
            break;
        case MP_QSTR___qualname__:
            dest[0] = f->qualname != MP_OBJ_NULL ? f->qualname
                                                 : MP_OBJ_NEW_QSTR(qstr_from_str(f->ml->ml_name));
            break;
        case MP_QSTR___module__:
            dest[0] = or_none(f->module);
            break;
        case MP_QSTR___doc__:
        case MP_QSTR___text_signature__: {
            // A builtin function's doc starting "name(...)\n--\n\n" holds its text signature:
            // CPython shows the rest as __doc__ (embedsignature.format=clinic).
            const char *doc = f->ml->ml_doc;
            const char *sig = text_signature_end(self_in, f);
            if (attr == MP_QSTR___text_signature__) {
                size_t name_len = strlen(f->ml->ml_name);
                dest[0] = sig ? mp_obj_new_str(doc + name_len, sig + 1 - (doc + name_len)) : mp_const_none;
            } else {
                doc = sig ? sig + 6 : doc;
                dest[0] = doc ? mp_obj_new_str_from_cstr(doc) : mp_const_none;
            }
            break;
        }
        case MP_QSTR___defaults__:
            dest[0] = or_none(f->defaults_tuple);
            break;
        case MP_QSTR___kwdefaults__:
            dest[0] = or_none(f->defaults_kwdict);
            break;
        case MP_QSTR___globals__:
            dest[0] = or_none(f->globals);
            break;
        case MP_QSTR___dict__:
            if (f->dict == MP_OBJ_NULL) {
                f->dict = mp_obj_new_dict(0);
            }
            dest[0] = f->dict;
            break;
        default:
            break;
    }
}

MP_DEFINE_CONST_OBJ_TYPE(
    cy_function_type,
    MP_QSTR_cyfunction,
    MP_TYPE_FLAG_BINDS_SELF,
    call, cyfunction_call,
    print, cyfunction_print,
    attr, cyfunction_attr
    );

static void cfunction_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    const cy_function_obj_t *f = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<built-in function %s>", f->ml->ml_name);
}

// Cython's functions with binding=False: CPython's builtin functions, which a class attribute
// does not bind to the instance (no MP_TYPE_FLAG_BINDS_SELF).
MP_DEFINE_CONST_OBJ_TYPE(
    cy_cfunction_type,
    MP_QSTR_builtin_function_or_method,
    MP_TYPE_FLAG_NONE,
    call, cyfunction_call,
    print, cfunction_print,
    attr, cyfunction_attr
    );

mp_obj_t cy_PyCFunction_NewEx(cy_methoddef_t *ml, mp_obj_t self, mp_obj_t module) {
    mp_obj_t func = cy_Pyx_CyFunction_New(ml, 0, MP_OBJ_NULL, self, module, MP_OBJ_NULL, MP_OBJ_NULL);
    if (func != MP_OBJ_NULL) {
        ((cy_function_obj_t *)MP_OBJ_TO_PTR(func))->base.type = &cy_cfunction_type;
    }
    return func;
}

mp_obj_t cy_Pyx_CyFunction_New(cy_methoddef_t *ml, int flags, mp_obj_t qualname,
    mp_obj_t closure, mp_obj_t module, mp_obj_t globals, mp_obj_t code) {
    (void)code;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        cy_function_obj_t *f = mp_obj_malloc(cy_function_obj_t, &cy_function_type);
        f->ml = ml;
        f->flags = flags;
        f->qualname = qualname;
        f->closure = closure;
        f->module = module;
        f->globals = globals;
        f->defaults_tuple = MP_OBJ_NULL;
        f->defaults_kwdict = MP_OBJ_NULL;
        f->defaults = MP_OBJ_NULL;
        f->defaults_getter = NULL;
        f->dict = MP_OBJ_NULL;
        f->classobj = MP_OBJ_NULL;
        nlr_pop();
        return MP_OBJ_FROM_PTR(f);
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return MP_OBJ_NULL;
}

void cy_Pyx_CyFunction_SetDefaultsTuple(mp_obj_t func, mp_obj_t tuple) {
    ((cy_function_obj_t *)MP_OBJ_TO_PTR(func))->defaults_tuple = tuple;
}

void cy_Pyx_CyFunction_SetDefaultsKwDict(mp_obj_t func, mp_obj_t dict) {
    ((cy_function_obj_t *)MP_OBJ_TO_PTR(func))->defaults_kwdict = dict;
}

void cy_Pyx_CyFunction_SetAnnotationsDict(mp_obj_t func, mp_obj_t dict) {
    (void)func;
    (void)dict;
}

void *cy_Pyx_CyFunction_InitDefaults(mp_obj_t func, mp_const_obj_t type) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t d = mp_call_function_n_kw((mp_obj_t)type, 0, 0, NULL);
        nlr_pop();
        ((cy_function_obj_t *)MP_OBJ_TO_PTR(func))->defaults = d;
        return MP_OBJ_TO_PTR(d);
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return NULL;
}

void *cy_cyfunction_init_defaults_size(mp_obj_t func, size_t size) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        void *p = m_malloc0(size);
        nlr_pop();
        ((cy_function_obj_t *)MP_OBJ_TO_PTR(func))->defaults = MP_OBJ_FROM_PTR(p);
        return p;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return NULL;
}

void *cy_cyfunction_defaults(mp_obj_t func) {
    return MP_OBJ_TO_PTR(((cy_function_obj_t *)MP_OBJ_TO_PTR(func))->defaults);
}

void cy_module_attr(mp_obj_t dict, qstr attr, mp_obj_t *dest) {
    if (dict == MP_OBJ_NULL) {
        return;
    }
    mp_map_t *map = mp_obj_dict_get_map(dict);
    mp_obj_t key = MP_OBJ_NEW_QSTR(attr);
    if (dest[0] == MP_OBJ_NULL) {
        mp_map_elem_t *elem = mp_map_lookup(map, key, MP_MAP_LOOKUP);
        if (elem != NULL) {
            dest[0] = elem->value;
        }
    } else if (dest[1] == MP_OBJ_NULL) {
        if (mp_map_lookup(map, key, MP_MAP_LOOKUP) != NULL) {
            mp_obj_dict_delete(dict, key);
            dest[0] = MP_OBJ_NULL;
        }
    } else {
        mp_obj_dict_store(dict, key, dest[1]);
        dest[0] = MP_OBJ_NULL;
    }
}

int cy_add_functions(mp_obj_t dict, cy_methoddef_t *methods, mp_obj_t module_name) {
    for (cy_methoddef_t *ml = methods; ml && ml->ml_name; ml++) {
        mp_obj_t name;
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            name = MP_OBJ_NEW_QSTR(qstr_from_str(ml->ml_name));
            nlr_pop();
        } else {
            cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
            return -1;
        }
        mp_obj_t f = cy_Pyx_CyFunction_New(ml, 0, name, MP_OBJ_NULL, module_name, dict, MP_OBJ_NULL);
        if (f == MP_OBJ_NULL || cy_PyDict_SetItem(dict, name, f) < 0) {
            return -1;
        }
    }
    return 0;
}

// ===========================================================================================
// Generators
// ===========================================================================================

// Resume a `yield from` delegate under a guard: MP_VM_RETURN_YIELD with the next value,
// MP_VM_RETURN_NORMAL with its return value, or MP_VM_RETURN_EXCEPTION with the exception
// pending. `send_value` MP_OBJ_NULL throws `throw_value` into it.
static mp_vm_return_kind_t resume_delegate(mp_obj_t delegate, mp_obj_t send_value,
    mp_obj_t throw_value, mp_obj_t *ret) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_vm_return_kind_t kind = mp_resume(delegate, send_value, throw_value, ret);
        nlr_pop();
        if (kind == MP_VM_RETURN_EXCEPTION) {
            cy_err_set(*ret);
        }
        return kind;
    }
    mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
    if (mp_obj_exception_match(exc, MP_OBJ_FROM_PTR(&mp_type_StopIteration))) {
        *ret = mp_obj_exception_get_value(exc);
        return MP_VM_RETURN_NORMAL;
    }
    cy_err_set(exc);
    return MP_VM_RETURN_EXCEPTION;
}

// One resume of a generator, as Cython's __Pyx_Coroutine_SendEx: send `value` (MP_OBJ_NULL: the
// pending exception is thrown in), first to a `yield from` delegate. Never raises.
static cy_Pyx_PySendResult gen_send(cy_CoroutineObject *g, mp_obj_t value, mp_obj_t *result) {
    *result = MP_OBJ_NULL;
    if (g->is_running) {
        cy_err_set_msg(&mp_type_ValueError, "generator already executing");
        return cy_PYGEN_ERROR;
    }
    if (g->resume_label == -1) {
        if (value != MP_OBJ_NULL) {
            // A finished generator: StopIteration (the pending thrown exception otherwise).
            cy_err_set(MP_OBJ_FROM_PTR(&mp_type_StopIteration));
        }
        return cy_PYGEN_ERROR;
    }
    if (g->yieldfrom != MP_OBJ_NULL) {
        mp_obj_t ret;
        mp_obj_t thrown = value == MP_OBJ_NULL ? cy_err_fetch() : MP_OBJ_NULL;
        mp_vm_return_kind_t kind = resume_delegate(g->yieldfrom, value, thrown, &ret);
        if (kind == MP_VM_RETURN_YIELD) {
            *result = ret;
            return cy_PYGEN_NEXT;
        }
        g->yieldfrom = MP_OBJ_NULL;
        value = kind == MP_VM_RETURN_NORMAL ? ret : MP_OBJ_NULL;
    }
    // The generator's own handled exception (kept across its last yield) becomes current; the
    // caller's is kept for the next yield.
    if (g->exc_state != MP_OBJ_NULL) {
        mp_obj_t t = HANDLED;
        SET_HANDLED(g->exc_state);
        g->exc_state = t;
    } else {
        g->exc_state = HANDLED;
    }
    g->is_running = 1;
    mp_obj_t r = g->body(g, NULL, value);
    g->is_running = 0;
    *result = r;
    if (g->resume_label == -1) {
        // Finished: the caller's handled exception comes back (Cython's body does this itself
        // unless it keeps CPython's exception stack).
        if (g->exc_state != MP_OBJ_NULL) {
            SET_HANDLED(g->exc_state);
            g->exc_state = MP_OBJ_NULL;
        }
        return r != MP_OBJ_NULL ? cy_PYGEN_RETURN : cy_PYGEN_ERROR;
    }
    return cy_PYGEN_NEXT;
}

// Resume for MicroPython callers: the yielded value, or MP_OBJ_STOP_ITERATION (with the
// return value as StopIteration's argument); raises the generator's exception.
static mp_obj_t gen_resume_raising(mp_obj_t self_in, mp_obj_t value) {
    cy_CoroutineObject *g = MP_OBJ_TO_PTR(self_in);
    mp_obj_t r;
    switch (gen_send(g, value, &r)) {
        case cy_PYGEN_NEXT:
            return r;
        case cy_PYGEN_RETURN:
            return r == mp_const_none ? MP_OBJ_STOP_ITERATION : mp_make_stop_iteration(r);
        default:
            cy_raise_pending();
    }
}

static mp_obj_t gen_iternext(mp_obj_t self_in) {
    cy_CoroutineObject *g = MP_OBJ_TO_PTR(self_in);
    if (g->resume_label == -1 && !g->is_running) {
        return MP_OBJ_STOP_ITERATION;
    }
    return gen_resume_raising(self_in, mp_const_none);
}

static mp_obj_t gen_raise_if_stopped(mp_obj_t r) {
    if (r == MP_OBJ_STOP_ITERATION) {
        mp_obj_t arg = MP_STATE_THREAD(stop_iteration_arg);
        MP_STATE_THREAD(stop_iteration_arg) = MP_OBJ_NULL;
        mp_raise_StopIteration(arg);
    }
    return r;
}

static mp_obj_t gen_send_method(mp_obj_t self_in, mp_obj_t value) {
    cy_CoroutineObject *g = MP_OBJ_TO_PTR(self_in);
    if (g->resume_label == 0 && value != mp_const_none && !g->is_running) {
        mp_raise_TypeError(MP_ERROR_TEXT("can't send non-None value to a just-started generator"));
    }
    MP_STATE_THREAD(stop_iteration_arg) = MP_OBJ_NULL;
    return gen_raise_if_stopped(gen_resume_raising(self_in, value));
}
static MP_DEFINE_CONST_FUN_OBJ_2(gen_send_obj, gen_send_method);

static mp_obj_t gen_throw_method(size_t n_args, const mp_obj_t *args) {
    cy_CoroutineObject *g = MP_OBJ_TO_PTR(args[0]);
    mp_obj_t exc = n_args > 2 ? mp_call_function_1(args[1], args[2]) : args[1];
    if (g->resume_label == 0) {
        // Not started: it finishes with the exception, as CPython's do.
        g->resume_label = -1;
        g->closure = MP_OBJ_NULL;
        nlr_raise(mp_make_raise_obj(exc));
    }
    cy_err_set(exc);
    MP_STATE_THREAD(stop_iteration_arg) = MP_OBJ_NULL;
    return gen_raise_if_stopped(gen_resume_raising(args[0], MP_OBJ_NULL));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(gen_throw_obj, 2, 4, gen_throw_method);

static mp_obj_t gen_close_method(mp_obj_t self_in) {
    cy_CoroutineObject *g = MP_OBJ_TO_PTR(self_in);
    if (g->resume_label <= 0) {
        g->resume_label = -1;
        g->closure = MP_OBJ_NULL;
        g->yieldfrom = MP_OBJ_NULL;
        return mp_const_none;
    }
    cy_err_set(MP_OBJ_FROM_PTR(&mp_type_GeneratorExit));
    mp_obj_t r;
    cy_Pyx_PySendResult status = gen_send(g, MP_OBJ_NULL, &r);
    if (status == cy_PYGEN_NEXT) {
        mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("generator ignored GeneratorExit"));
    }
    if (status == cy_PYGEN_ERROR) {
        mp_obj_t exc = cy_err_fetch();
        if (exc != MP_OBJ_NULL
            && !mp_obj_exception_match(exc, MP_OBJ_FROM_PTR(&mp_type_GeneratorExit))
            && !mp_obj_exception_match(exc, MP_OBJ_FROM_PTR(&mp_type_StopIteration))) {
            nlr_raise(exc);
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(gen_close_obj, gen_close_method);

static void gen_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    cy_CoroutineObject *g = MP_OBJ_TO_PTR(self_in);
    mp_obj_t name = g->qualname != MP_OBJ_NULL ? g->qualname : g->name;
    mp_printf(print, "<generator object %s at %p>",
        name != MP_OBJ_NULL && mp_obj_is_str(name) ? mp_obj_str_get_str(name) : "?", g);
}

static void gen_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    cy_CoroutineObject *g = MP_OBJ_TO_PTR(self_in);
    if (dest[0] == MP_OBJ_NULL) {
        if (attr == MP_QSTR___name__ && g->name != MP_OBJ_NULL) {
            dest[0] = g->name;
            return;
        }
        if (attr == MP_QSTR___qualname__ && g->qualname != MP_OBJ_NULL) {
            dest[0] = g->qualname;
            return;
        }
        dest[1] = MP_OBJ_SENTINEL;
    }
}

static const mp_rom_map_elem_t gen_locals_table[] = {
    { MP_ROM_QSTR(MP_QSTR_send), MP_ROM_PTR(&gen_send_obj) },
    { MP_ROM_QSTR(MP_QSTR_throw), MP_ROM_PTR(&gen_throw_obj) },
    { MP_ROM_QSTR(MP_QSTR_close), MP_ROM_PTR(&gen_close_obj) },
};
static MP_DEFINE_CONST_DICT(gen_locals_dict, gen_locals_table);

MP_DEFINE_CONST_OBJ_TYPE(
    cy_generator_type,
    MP_QSTR_generator,
    MP_TYPE_FLAG_ITER_IS_ITERNEXT,
    iter, gen_iternext,
    print, gen_print,
    attr, gen_attr,
    locals_dict, &gen_locals_dict
    );

cy_CoroutineObject *cy_Pyx_Generator_New(cy_coroutine_body_t body, mp_obj_t code, mp_obj_t closure,
    mp_obj_t name, mp_obj_t qualname, mp_obj_t module_name) {
    (void)code;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        cy_CoroutineObject *g = mp_obj_malloc(cy_CoroutineObject, &cy_generator_type);
        nlr_pop();
        g->body = body;
        g->closure = closure;
        g->name = name;
        g->qualname = qualname;
        g->module_name = module_name;
        g->yieldfrom = MP_OBJ_NULL;
        g->exc_state = MP_OBJ_NULL;
        g->resume_label = 0;
        g->is_running = 0;
        return g;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return NULL;
}

mp_obj_t cy_Pyx_Generator_GetInlinedResult(mp_obj_t gen) {
    mp_obj_t r;
    if (gen_send(MP_OBJ_TO_PTR(gen), mp_const_none, &r) == cy_PYGEN_NEXT) {
        // Cython only inlines generators that return at once; nothing yields here.
        cy_err_set_msg(&mp_type_RuntimeError, "inlined generator yielded");
        return MP_OBJ_NULL;
    }
    return r;
}

cy_Pyx_PySendResult cy_Pyx_Generator_Yield_From(cy_CoroutineObject *gen, mp_obj_t source,
    mp_obj_t *retval) {
    mp_obj_t delegate;
    CY_TRY_ASSIGN(delegate, mp_getiter(source, NULL));
    if (delegate == MP_OBJ_NULL) {
        *retval = MP_OBJ_NULL;
        return cy_PYGEN_ERROR;
    }
    mp_obj_t ret;
    switch (resume_delegate(delegate, mp_const_none, MP_OBJ_NULL, &ret)) {
        case MP_VM_RETURN_YIELD:
            gen->yieldfrom = delegate;
            *retval = ret;
            return cy_PYGEN_NEXT;
        case MP_VM_RETURN_NORMAL:
            *retval = ret;
            return cy_PYGEN_RETURN;
        default:
            *retval = MP_OBJ_NULL;
            return cy_PYGEN_ERROR;
    }
}

void cy_Pyx_Generator_Replace_StopIteration(int in_async_gen) {
    (void)in_async_gen;
    mp_obj_t exc = cy_err_occurred();
    if (exc != MP_OBJ_NULL && mp_obj_exception_match(exc, MP_OBJ_FROM_PTR(&mp_type_StopIteration))) {
        cy_err_set_msg(&mp_type_RuntimeError, "generator raised StopIteration");
    }
}

int cy_Pyx_Coroutine_clear(mp_obj_t gen) {
    cy_CoroutineObject *g = MP_OBJ_TO_PTR(gen);
    g->closure = MP_OBJ_NULL;
    g->yieldfrom = MP_OBJ_NULL;
    return 0;
}

void cy_Pyx_Coroutine_ResetAndClearException(cy_CoroutineObject *gen) {
    SET_HANDLED(gen->exc_state);
    gen->exc_state = MP_OBJ_NULL;
}

void cy_Pyx_Coroutine_SwapException(cy_CoroutineObject *gen) {
    mp_obj_t t = HANDLED;
    SET_HANDLED(gen->exc_state);
    gen->exc_state = t;
}

// ===========================================================================================
// The GIL
// ===========================================================================================

#if MICROPY_PY_THREAD && MICROPY_PY_THREAD_GIL
// How many `with nogil:` sections this thread is in (it holds the GIL when 0).
static __thread int gil_released;
#endif

cy_PyThreadState *cy_PyEval_SaveThread(void) {
    #if MICROPY_PY_THREAD && MICROPY_PY_THREAD_GIL
    gil_released++;
    MP_THREAD_GIL_EXIT();
    #endif
    return NULL;
}

void cy_PyEval_RestoreThread(cy_PyThreadState *state) {
    (void)state;
    #if MICROPY_PY_THREAD && MICROPY_PY_THREAD_GIL
    MP_THREAD_GIL_ENTER();
    gil_released--;
    #endif
}

cy_PyGILState_STATE cy_PyGILState_Ensure(void) {
    #if MICROPY_PY_THREAD && MICROPY_PY_THREAD_GIL
    if (gil_released > 0) {
        MP_THREAD_GIL_ENTER();
        gil_released--;
        return 1;
    }
    #endif
    return 0;
}

void cy_PyGILState_Release(cy_PyGILState_STATE state) {
    #if MICROPY_PY_THREAD && MICROPY_PY_THREAD_GIL
    if (state) {
        gil_released++;
        MP_THREAD_GIL_EXIT();
    }
    #else
    (void)state;
    #endif
}

int cy_PyGILState_Check(void) {
    #if MICROPY_PY_THREAD && MICROPY_PY_THREAD_GIL
    return gil_released == 0;
    #else
    return 1;
    #endif
}

// ===========================================================================================
// Calls
// ===========================================================================================

// Call func with n positional args and n_kw (name, value) pairs already interleaved after them.
static mp_obj_t call_raising(mp_obj_t func, size_t n, size_t n_kw, const mp_obj_t *args) {
    if (mp_obj_is_type(func, &cy_function_type)) {
        return cy_function_call(func, n, n_kw, args);
    }
    return mp_call_function_n_kw(func, n, n_kw, args);
}

// Assemble positionals + keywords into one array; kwnames/kwvals or a kw map. Raises.
static mp_obj_t call_assembled_raising(mp_obj_t func, size_t n, const mp_obj_t *pos, size_t n_kw,
    const mp_obj_t *kwnames, const mp_obj_t *kwvals, mp_map_t *kwmap) {
    mp_obj_t stack[CY_ARGS_ON_STACK];
    size_t total = n + 2 * n_kw;
    mp_obj_t *buf = total <= CY_ARGS_ON_STACK ? stack : m_new(mp_obj_t, total);
    for (size_t i = 0; i < n; i++) {
        buf[i] = pos[i];
    }
    if (kwmap) {
        size_t j = n;
        for (size_t i = 0; i < kwmap->alloc; i++) {
            if (mp_map_slot_is_filled(kwmap, i)) {
                buf[j++] = kwmap->table[i].key;
                buf[j++] = kwmap->table[i].value;
            }
        }
    } else {
        for (size_t i = 0; i < n_kw; i++) {
            buf[n + 2 * i] = kwnames[i];
            buf[n + 2 * i + 1] = kwvals[i];
        }
    }
    return call_raising(func, n, n_kw, buf);
}

mp_obj_t cy_Pyx_PyObject_FastCall(mp_obj_t func, mp_obj_t const *args, size_t nargsf) {
    size_t n = (size_t)cy_PyVectorcall_NARGS(nargsf);
    if (mp_obj_is_type(func, &cy_function_type)) {
        return cy_function_call(func, n, 0, args);
    }
    CY_TRY_RETURN_OBJ(mp_call_function_n_kw(func, n, 0, args));
}

mp_obj_t cy_Pyx_PyObject_FastCallDict(mp_obj_t func, mp_obj_t const *args, size_t nargsf,
    mp_obj_t kwargs) {
    size_t n = (size_t)cy_PyVectorcall_NARGS(nargsf);
    if (kwargs == MP_OBJ_NULL || cy_PyDict_Size(kwargs) == 0) {
        return cy_Pyx_PyObject_FastCall(func, args, n);
    }
    mp_map_t *map = mp_obj_dict_get_map(kwargs);
    CY_TRY_RETURN_OBJ(call_assembled_raising(func, n, args, map->used, NULL, NULL, map));
}

mp_obj_t cy_Pyx_Object_VectorcallKwds(mp_obj_t func, mp_obj_t const *args, size_t nargsf,
    mp_obj_t kwnames) {
    size_t n = (size_t)cy_PyVectorcall_NARGS(nargsf);
    if (kwnames == MP_OBJ_NULL) {
        return cy_Pyx_PyObject_FastCall(func, args, n);
    }
    size_t n_kw;
    mp_obj_t *names;
    mp_obj_tuple_get(kwnames, &n_kw, &names);
    CY_TRY_RETURN_OBJ(call_assembled_raising(func, n, args, n_kw, names, args + n, NULL));
}

static mp_obj_t call_method_raising(mp_obj_t self, mp_obj_t name, size_t n, const mp_obj_t *args,
    size_t n_kw, const mp_obj_t *kwnames) {
    mp_obj_t stack[CY_ARGS_ON_STACK];
    size_t total = 2 + n + 2 * n_kw;
    mp_obj_t *buf = total <= CY_ARGS_ON_STACK ? stack : m_new(mp_obj_t, total);
    mp_load_method(self, cy_obj_to_qstr(name), buf);
    for (size_t i = 0; i < n; i++) {
        buf[2 + i] = args[i];
    }
    for (size_t i = 0; i < n_kw; i++) {
        buf[2 + n + 2 * i] = kwnames[i];
        buf[2 + n + 2 * i + 1] = args[n + i];
    }
    if (buf[1] == MP_OBJ_NULL) {
        return call_raising(buf[0], n, n_kw, buf + 2);
    }
    return mp_call_method_n_kw(n, n_kw, buf);
}

mp_obj_t cy_Pyx_PyObject_FastCallMethod(mp_obj_t name, mp_obj_t const *args, size_t nargsf) {
    size_t n = (size_t)cy_PyVectorcall_NARGS(nargsf);
    if (n == 0) {
        cy_err_set_msg(&mp_type_TypeError, "method call without self");
        return MP_OBJ_NULL;
    }
    CY_TRY_RETURN_OBJ(call_method_raising(args[0], name, n - 1, args + 1, 0, NULL));
}

mp_obj_t cy_PyObject_VectorcallMethod(mp_obj_t name, mp_obj_t const *args, size_t nargsf,
    mp_obj_t kwnames) {
    size_t n = (size_t)cy_PyVectorcall_NARGS(nargsf);
    size_t n_kw = 0;
    mp_obj_t *names = NULL;
    if (kwnames != MP_OBJ_NULL) {
        mp_obj_tuple_get(kwnames, &n_kw, &names);
    }
    if (n == 0) {
        cy_err_set_msg(&mp_type_TypeError, "method call without self");
        return MP_OBJ_NULL;
    }
    CY_TRY_RETURN_OBJ(call_method_raising(args[0], name, n - 1, args + 1, n_kw, names));
}

mp_obj_t cy_PyObject_Call(mp_obj_t func, mp_obj_t args, mp_obj_t kw) {
    size_t n = 0;
    mp_obj_t *items = NULL;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        if (args != MP_OBJ_NULL) {
            mp_obj_get_array(args, &n, &items);
        }
        mp_map_t *map = NULL;
        size_t n_kw = 0;
        if (kw != MP_OBJ_NULL && kw != mp_const_none) {
            map = mp_obj_dict_get_map(kw);
            n_kw = map->used;
        }
        mp_obj_t r = n_kw ? call_assembled_raising(func, n, items, n_kw, NULL, NULL, map)
                          : call_raising(func, n, 0, items);
        nlr_pop();
        return r;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return MP_OBJ_NULL;
}

mp_obj_t cy_Pyx_PyObject_CallNoArg(mp_obj_t func) {
    return cy_Pyx_PyObject_FastCall(func, NULL, 0);
}

mp_obj_t cy_Pyx_PyObject_CallOneArg(mp_obj_t func, mp_obj_t arg) {
    return cy_Pyx_PyObject_FastCall(func, &arg, 1);
}

mp_obj_t cy_Pyx_PyObject_Call2Args(mp_obj_t func, mp_obj_t arg1, mp_obj_t arg2) {
    mp_obj_t args[2] = {arg1, arg2};
    return cy_Pyx_PyObject_FastCall(func, args, 2);
}

mp_obj_t cy_Pyx_PyObject_CallMethod0(mp_obj_t obj, mp_obj_t name) {
    CY_TRY_RETURN_OBJ(call_method_raising(obj, name, 0, NULL, 0, NULL));
}

mp_obj_t cy_Pyx_PyObject_CallMethod1(mp_obj_t obj, mp_obj_t name, mp_obj_t arg) {
    CY_TRY_RETURN_OBJ(call_method_raising(obj, name, 1, &arg, 0, NULL));
}

static size_t collect_varargs(va_list ap, mp_obj_t *buf, size_t cap) {
    size_t n = 0;
    for (;;) {
        mp_obj_t a = va_arg(ap, mp_obj_t);
        if (a == MP_OBJ_NULL) {
            break;
        }
        if (n < cap) {
            buf[n] = a;
        }
        n++;
    }
    return n;
}

mp_obj_t cy_PyObject_CallFunctionObjArgs(mp_obj_t func, ...) {
    mp_obj_t buf[CY_ARGS_ON_STACK];
    va_list ap;
    va_start(ap, func);
    size_t n = collect_varargs(ap, buf, CY_ARGS_ON_STACK);
    va_end(ap);
    if (n > CY_ARGS_ON_STACK) {
        cy_err_set_msg(&mp_type_TypeError, "too many arguments");
        return MP_OBJ_NULL;
    }
    return cy_Pyx_PyObject_FastCall(func, buf, n);
}

mp_obj_t cy_PyObject_CallMethodObjArgs(mp_obj_t obj, mp_obj_t name, ...) {
    mp_obj_t buf[CY_ARGS_ON_STACK];
    va_list ap;
    va_start(ap, name);
    size_t n = collect_varargs(ap, buf, CY_ARGS_ON_STACK);
    va_end(ap);
    if (n > CY_ARGS_ON_STACK) {
        cy_err_set_msg(&mp_type_TypeError, "too many arguments");
        return MP_OBJ_NULL;
    }
    CY_TRY_RETURN_OBJ(call_method_raising(obj, name, n, buf, 0, NULL));
}

mp_obj_t cy_PyMethod_New(mp_obj_t func, mp_obj_t self) {
    CY_TRY_RETURN_OBJ(mp_obj_new_bound_meth(func, self));
}

int cy_PyCallable_Check(mp_obj_t obj) {
    return mp_obj_is_callable(obj) ? 1 : 0;
}

static mp_obj_t call_unbound_raising(cy_Pyx_CachedCFunction *cfunc, mp_obj_t self, size_t n,
    const mp_obj_t *args) {
    return call_method_raising(self, *cfunc->method_name, n, args, 0, NULL);
}

mp_obj_t cy_Pyx_CallUnboundCMethod0(cy_Pyx_CachedCFunction *cfunc, mp_obj_t self) {
    CY_TRY_RETURN_OBJ(call_unbound_raising(cfunc, self, 0, NULL));
}

mp_obj_t cy_Pyx_CallUnboundCMethod1(cy_Pyx_CachedCFunction *cfunc, mp_obj_t self, mp_obj_t arg) {
    CY_TRY_RETURN_OBJ(call_unbound_raising(cfunc, self, 1, &arg));
}

mp_obj_t cy_Pyx_CallUnboundCMethod2(cy_Pyx_CachedCFunction *cfunc, mp_obj_t self, mp_obj_t arg1,
    mp_obj_t arg2) {
    mp_obj_t args[2] = {arg1, arg2};
    CY_TRY_RETURN_OBJ(call_unbound_raising(cfunc, self, 2, args));
}

// ===========================================================================================
// Names
// ===========================================================================================

static mp_obj_t lookup_builtin_raising(mp_obj_t name) {
    mp_obj_t key = MP_OBJ_NEW_QSTR(cy_obj_to_qstr(name));
    mp_map_elem_t *elem;
    #if MICROPY_CAN_OVERRIDE_BUILTINS
    if (MP_STATE_VM(mp_module_builtins_override_dict) != NULL) {
        elem = mp_map_lookup(&MP_STATE_VM(mp_module_builtins_override_dict)->map, key, MP_MAP_LOOKUP);
        if (elem != NULL) {
            return elem->value;
        }
    }
    #endif
    elem = mp_map_lookup((mp_map_t *)&mp_module_builtins_globals.map, key, MP_MAP_LOOKUP);
    if (elem == NULL) {
        // CPython's exception classes MicroPython lacks (cy2upy_exc.c).
        return cy_exc_builtin(MP_OBJ_QSTR_VALUE(key));
    }
    return elem->value;
}

static mp_obj_t name_error(mp_obj_t name) {
    return cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_NameError), "name '%U' is not defined", name);
}

mp_obj_t cy_get_module_global(mp_obj_t dict, mp_obj_t name) {
    if (dict != MP_OBJ_NULL) {
        mp_map_elem_t *elem = mp_map_lookup(mp_obj_dict_get_map(dict), name, MP_MAP_LOOKUP);
        if (elem != NULL) {
            return elem->value;
        }
    }
    mp_obj_t r;
    CY_TRY_ASSIGN(r, lookup_builtin_raising(name));
    if (r == MP_OBJ_NULL && PENDING == MP_OBJ_NULL) {
        return name_error(name);
    }
    return r;
}

mp_obj_t cy_Pyx_GetBuiltinName(mp_obj_t name) {
    mp_obj_t r;
    CY_TRY_ASSIGN(r, lookup_builtin_raising(name));
    if (r == MP_OBJ_NULL && PENDING == MP_OBJ_NULL) {
        return name_error(name);
    }
    return r;
}

static mp_obj_t import_raising(mp_obj_t name, mp_obj_t const *imported_names, mp_int_t len,
    int level) {
    mp_obj_t fromlist = mp_const_none;
    if (imported_names != NULL && len > 0) {
        fromlist = mp_obj_new_tuple((size_t)len, imported_names);
    }
    return mp_import_name(cy_obj_to_qstr(name), fromlist, MP_OBJ_NEW_SMALL_INT(level));
}

mp_obj_t cy_Pyx_Import(mp_obj_t name, mp_obj_t const *imported_names, mp_int_t len_imported_names,
    mp_obj_t qualname, int level) {
    (void)qualname;
    CY_TRY_RETURN_OBJ(import_raising(name, imported_names, len_imported_names, level));
}

mp_obj_t cy_Pyx_ImportDottedModule(mp_obj_t name, mp_obj_t parts_tuple) {
    (void)parts_tuple;
    CY_TRY_RETURN_OBJ(import_raising(name, NULL, 0, 0));
}

mp_obj_t cy_Pyx_ImportFrom(mp_obj_t module, mp_obj_t name) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r = mp_import_from(module, cy_obj_to_qstr(name));
        nlr_pop();
        return r;
    }
    mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
    if (mp_obj_exception_match(exc, MP_OBJ_FROM_PTR(&mp_type_ImportError))) {
        return cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_ImportError), "cannot import name %S", name);
    }
    cy_err_set(exc);
    return MP_OBJ_NULL;
}

mp_obj_t cy_PyImport_ImportModule(const char *name) {
    CY_TRY_RETURN_OBJ(mp_import_name(qstr_from_str(name), mp_const_none, MP_OBJ_NEW_SMALL_INT(0)));
}

mp_obj_t cy_PyImport_Import(mp_obj_t name) {
    return cy_Pyx_Import(name, NULL, 0, MP_OBJ_NULL, 0);
}

mp_obj_t cy_Pyx_PyObject_GetAttrStr(mp_obj_t obj, mp_obj_t name) {
    CY_TRY_RETURN_OBJ(mp_load_attr(obj, cy_obj_to_qstr(name)));
}

static mp_obj_t getattr_maybe_raising(mp_obj_t obj, mp_obj_t name) {
    mp_obj_t dest[2];
    mp_load_method_maybe(obj, cy_obj_to_qstr(name), dest);
    if (dest[0] == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    if (dest[1] != MP_OBJ_NULL) {
        return mp_obj_new_bound_meth(dest[0], dest[1]);
    }
    return dest[0];
}

// `with obj:` looks __enter__/__exit__ up; CPython's Cython reports a missing one as
// AttributeError(name).
mp_obj_t cy_Pyx_PyObject_LookupSpecial(mp_obj_t obj, mp_obj_t name) {
    mp_obj_t r = cy_Pyx_PyObject_GetAttrStrNoError(obj, name);
    if (r == MP_OBJ_NULL && PENDING == MP_OBJ_NULL) {
        cy_PyErr_SetObject(MP_OBJ_FROM_PTR(&mp_type_AttributeError), name);
    }
    return r;
}

mp_obj_t cy_Pyx_PyObject_GetAttrStrNoError(mp_obj_t obj, mp_obj_t name) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r = getattr_maybe_raising(obj, name);
        nlr_pop();
        return r;
    }
    mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
    if (!mp_obj_exception_match(exc, MP_OBJ_FROM_PTR(&mp_type_AttributeError))) {
        cy_err_set(exc);
    }
    return MP_OBJ_NULL;
}

mp_obj_t cy_PyObject_GetAttrString(mp_obj_t obj, const char *name) {
    CY_TRY_RETURN_OBJ(mp_load_attr(obj, qstr_from_str(name)));
}

int cy_PyObject_SetAttr(mp_obj_t obj, mp_obj_t name, mp_obj_t value) {
    CY_TRY_BEGIN
    mp_store_attr(obj, cy_obj_to_qstr(name), value);
    CY_TRY_END(return -1);
    return 0;
}

int cy_PyObject_SetAttrString(mp_obj_t obj, const char *name, mp_obj_t value) {
    CY_TRY_BEGIN
    mp_store_attr(obj, qstr_from_str(name), value);
    CY_TRY_END(return -1);
    return 0;
}

int cy_Pyx_HasAttr(mp_obj_t obj, mp_obj_t name) {
    mp_obj_t r = cy_Pyx_PyObject_GetAttrStrNoError(obj, name);
    if (r != MP_OBJ_NULL) {
        return 1;
    }
    return PENDING == MP_OBJ_NULL ? 0 : -1;
}

mp_obj_t cy_PyObject_Dir(mp_obj_t obj) {
    mp_obj_t dir;
    CY_TRY_ASSIGN(dir, lookup_builtin_raising(MP_OBJ_NEW_QSTR(MP_QSTR_dir)));
    if (dir == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    return cy_Pyx_PyObject_CallOneArg(dir, obj);
}

// ===========================================================================================
// Objects
// ===========================================================================================

int cy_PyObject_IsTrue(mp_obj_t obj) {
    if (obj == mp_const_true) {
        return 1;
    }
    if (obj == mp_const_false || obj == mp_const_none) {
        return 0;
    }
    CY_TRY_RETURN_INT(mp_obj_is_true(obj), -1);
}

int cy_Pyx_PyObject_IsTrueAndDecref(mp_obj_t obj) {
    if (obj == MP_OBJ_NULL) {
        return -1;
    }
    return cy_PyObject_IsTrue(obj);
}

int cy_PyObject_Not(mp_obj_t obj) {
    int r = cy_PyObject_IsTrue(obj);
    return r < 0 ? r : !r;
}

static mp_binary_op_t compare_op(int op) {
    switch (op) {
        case 0:
            return MP_BINARY_OP_LESS;
        case 1:
            return MP_BINARY_OP_LESS_EQUAL;
        case 2:
            return MP_BINARY_OP_EQUAL;
        case 3:
            return MP_BINARY_OP_NOT_EQUAL;
        case 4:
            return MP_BINARY_OP_MORE;
        default:
            return MP_BINARY_OP_MORE_EQUAL;
    }
}

mp_obj_t cy_PyObject_RichCompare(mp_obj_t a, mp_obj_t b, int op) {
    CY_TRY_RETURN_OBJ(mp_binary_op(compare_op(op), a, b));
}

int cy_PyObject_RichCompareBool(mp_obj_t a, mp_obj_t b, int op) {
    if (a == b && (op == cy_Py_EQ || op == cy_Py_NE)) {
        return op == cy_Py_EQ;
    }
    if (mp_obj_is_small_int(a) && mp_obj_is_small_int(b)) {
        mp_int_t x = MP_OBJ_SMALL_INT_VALUE(a), y = MP_OBJ_SMALL_INT_VALUE(b);
        switch (op) {
            case 0:
                return x < y;
            case 1:
                return x <= y;
            case 2:
                return x == y;
            case 3:
                return x != y;
            case 4:
                return x > y;
            default:
                return x >= y;
        }
    }
    CY_TRY_RETURN_INT(mp_obj_is_true(mp_binary_op(compare_op(op), a, b)), -1);
}

mp_int_t cy_PyObject_Hash(mp_obj_t obj) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t h = mp_unary_op(MP_UNARY_OP_HASH, obj);
        nlr_pop();
        mp_int_t v = mp_obj_get_int_truncated(h);
        return v == -1 ? -2 : v;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return -1;
}

mp_obj_t cy_PyObject_Str(mp_obj_t obj) {
    if (mp_obj_is_str(obj)) {
        return obj;
    }
    CY_TRY_RETURN_OBJ(mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_str), obj));
}

static mp_obj_t repr_raising(mp_obj_t obj) {
    vstr_t vs;
    mp_print_t print;
    vstr_init_print(&vs, 16, &print);
    mp_obj_print_helper(&print, obj, PRINT_REPR);
    return mp_obj_new_str_from_vstr(&vs);
}

mp_obj_t cy_PyObject_Repr(mp_obj_t obj) {
    CY_TRY_RETURN_OBJ(repr_raising(obj));
}

mp_obj_t cy_PyObject_Type(mp_obj_t obj) {
    return MP_OBJ_FROM_PTR(mp_obj_get_type(obj));
}

static int isinstance_raising(mp_obj_t obj, mp_obj_t cls) {
    mp_obj_t isinstance_fn = MP_OBJ_FROM_PTR(&mp_builtin_isinstance_obj);
    return mp_obj_is_true(mp_call_function_2(isinstance_fn, obj, cls));
}

int cy_PyObject_IsInstance(mp_obj_t obj, mp_obj_t cls) {
    CY_TRY_RETURN_INT(isinstance_raising(obj, cls), -1);
}

static int issubclass_raising(mp_obj_t derived, mp_obj_t cls) {
    mp_obj_t fn = MP_OBJ_FROM_PTR(&mp_builtin_issubclass_obj);
    return mp_obj_is_true(mp_call_function_2(fn, derived, cls));
}

int cy_PyObject_IsSubclass(mp_obj_t derived, mp_obj_t cls) {
    CY_TRY_RETURN_INT(issubclass_raising(derived, cls), -1);
}

// ===========================================================================================
// Numbers
// ===========================================================================================

mp_obj_t cy_int_from_ll_big(long long value) {
    if (value >= MP_SMALL_INT_MIN && value <= MP_SMALL_INT_MAX) {
        return MP_OBJ_NEW_SMALL_INT((mp_int_t)value);
    }
    CY_TRY_RETURN_OBJ(mp_obj_new_int_from_ll(value));
}

mp_obj_t cy_int_from_ull_big(unsigned long long value) {
    if (value <= (unsigned long long)MP_SMALL_INT_MAX) {
        return MP_OBJ_NEW_SMALL_INT((mp_int_t)value);
    }
    CY_TRY_RETURN_OBJ(mp_obj_new_int_from_ull(value));
}

static void overflow_error(int negative, const char *type_name) {
    uint8_t buf[260];
    size_t n = cy_rs_fmt_overflow(buf, sizeof(buf), negative, type_name);
    set_buf_msg(&mp_type_OverflowError, buf, n);
}

// An int object (small, big, or bool) as 64 bits. 0 ok, 1 too large for 64 bits, -1 error.
static int int_obj_to_64(mp_obj_t obj, int is_signed, uint64_t *out, int *negative) {
    if (mp_obj_is_small_int(obj)) {
        mp_int_t v = MP_OBJ_SMALL_INT_VALUE(obj);
        *negative = v < 0;
        *out = (uint64_t)(int64_t)v;
        return 0;
    }
    if (mp_obj_is_bool(obj)) {
        *negative = 0;
        *out = obj == mp_const_true;
        return 0;
    }
    #if MICROPY_LONGINT_IMPL != MICROPY_LONGINT_IMPL_NONE
    *negative = mp_obj_int_sign(obj) < 0;
    if (*negative && !is_signed) {
        return 0;
    }
    byte buf[8];
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_int_to_bytes(obj, sizeof(buf), buf, false, is_signed, true);
        nlr_pop();
    } else {
        mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
        if (mp_obj_exception_match(exc, MP_OBJ_FROM_PTR(&mp_type_OverflowError))) {
            return 1;
        }
        cy_err_set(exc);
        return -1;
    }
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--) {
        v = (v << 8) | buf[i];
    }
    *out = v;
    return 0;
    #else
    (void)is_signed;
    cy_err_set_msg(&mp_type_TypeError, "an integer is required");
    return -1;
    #endif
}

// obj as an int object (itself when it is one), per Cython's __Pyx_PyNumber_Long.
static mp_obj_t as_int_object(mp_obj_t obj) {
    if (mp_obj_is_int(obj) || mp_obj_is_bool(obj)) {
        return obj;
    }
    return cy_Pyx_PyNumber_Long(obj);
}

// Cython's conversions on the Limited-API path go through CPython's PyLong_AsLong (or
// PyLong_AsLongLong when the C type is wider than long) and then narrow to the C type. So a
// value beyond C long gets CPython's message, one that fits long but not the C type Cython's.
#define CY_LONG_BITS ((unsigned)(sizeof(long) * CHAR_BIT))

static void cpython_overflow(int is_signed, unsigned via_bits) {
    if (via_bits > CY_LONG_BITS) {
        cy_err_set_msg(&mp_type_OverflowError, "int too big to convert");
    } else if (is_signed) {
        cy_err_set_msg(&mp_type_OverflowError, "Python int too large to convert to C long");
    } else {
        cy_err_set_msg(&mp_type_OverflowError, "Python int too large to convert to C unsigned long");
    }
}

long long cy_int_as_signed(mp_obj_t obj, unsigned bits, const char *type_name) {
    obj = as_int_object(obj);
    if (obj == MP_OBJ_NULL) {
        return -1;
    }
    uint64_t u;
    int negative;
    int r = int_obj_to_64(obj, 1, &u, &negative);
    if (r < 0) {
        return -1;
    }
    unsigned via_bits = bits <= CY_LONG_BITS ? CY_LONG_BITS : 64;
    if (r > 0 || cy_rs_check_narrow_i64((int64_t)u, via_bits, 1) != 0) {
        cpython_overflow(1, via_bits);
        return -1;
    }
    if (bits < via_bits && cy_rs_check_narrow_i64((int64_t)u, bits, 1) != 0) {
        overflow_error(0, type_name);
        return -1;
    }
    return (long long)(int64_t)u;
}

unsigned long long cy_int_as_unsigned(mp_obj_t obj, unsigned bits, const char *type_name) {
    obj = as_int_object(obj);
    if (obj == MP_OBJ_NULL) {
        return (unsigned long long)-1;
    }
    uint64_t u;
    int negative;
    int r = int_obj_to_64(obj, 0, &u, &negative);
    if (r < 0) {
        return (unsigned long long)-1;
    }
    if (negative) {
        overflow_error(1, type_name);
        return (unsigned long long)-1;
    }
    unsigned via_bits = bits <= CY_LONG_BITS ? CY_LONG_BITS : 64;
    if (r > 0 || cy_rs_check_narrow_u64(u, via_bits, 0) != 0) {
        cpython_overflow(0, via_bits);
        return (unsigned long long)-1;
    }
    if (bits < via_bits && cy_rs_check_narrow_u64(u, bits, 0) != 0) {
        overflow_error(0, type_name);
        return (unsigned long long)-1;
    }
    return u;
}

#if defined(__SIZEOF_INT128__)
// An int as 128 bits (two's complement when is_signed): 0, or -1 with a pending error
// (OverflowError naming type_name when it does not fit, as Cython's conversion).
static int int_to_128(mp_obj_t obj, int is_signed, const char *type_name, unsigned __int128 *out) {
    obj = as_int_object(obj);
    if (obj == MP_OBJ_NULL) {
        return -1;
    }
    int negative = cy_binop_bool(MP_BINARY_OP_LESS, obj, MP_OBJ_NEW_SMALL_INT(0));
    if (negative < 0) {
        return -1;
    }
    if (negative && !is_signed) {
        overflow_error(1, type_name);
        return -1;
    }
    // The range first: signed -2**127 <= obj < 2**127, unsigned obj < 2**128.
    mp_obj_t limit = cy_binop(MP_BINARY_OP_LSHIFT, MP_OBJ_NEW_SMALL_INT(1),
        MP_OBJ_NEW_SMALL_INT(is_signed ? 127 : 128));
    if (limit == MP_OBJ_NULL) {
        return -1;
    }
    int too_big = cy_binop_bool(MP_BINARY_OP_MORE_EQUAL, obj, limit);
    if (too_big == 0 && negative) {
        mp_obj_t low = cy_unop(MP_UNARY_OP_NEGATIVE, limit);
        too_big = low == MP_OBJ_NULL ? -1 : cy_binop_bool(MP_BINARY_OP_LESS, obj, low);
    }
    if (too_big != 0) {
        if (too_big > 0) {
            overflow_error(0, type_name);
        }
        return -1;
    }
    mp_obj_t mask = cy_int_from_ull(UINT64_MAX);
    mp_obj_t lo = mask == MP_OBJ_NULL ? MP_OBJ_NULL : cy_binop(MP_BINARY_OP_AND, obj, mask);
    mp_obj_t hi = lo == MP_OBJ_NULL ? MP_OBJ_NULL
        : cy_binop(MP_BINARY_OP_RSHIFT, obj, MP_OBJ_NEW_SMALL_INT(64));
    if (hi == MP_OBJ_NULL) {
        return -1;
    }
    unsigned long long lo_v = cy_int_as_unsigned(lo, 64, type_name);
    uint64_t hi_bits;
    if (is_signed) {
        long long hi_v = cy_int_as_signed(hi, 64, type_name);
        hi_bits = (uint64_t)hi_v;
    } else {
        hi_bits = cy_int_as_unsigned(hi, 64, type_name);
    }
    if (cy_err_occurred() != MP_OBJ_NULL) {
        return -1;
    }
    *out = ((unsigned __int128)hi_bits << 64) | (unsigned __int128)lo_v;
    return 0;
}

__int128 cy_int_as_i128(mp_obj_t obj, const char *type_name) {
    unsigned __int128 v;
    return int_to_128(obj, 1, type_name, &v) < 0 ? (__int128)-1 : (__int128)v;
}

unsigned __int128 cy_int_as_u128(mp_obj_t obj, const char *type_name) {
    unsigned __int128 v;
    return int_to_128(obj, 0, type_name, &v) < 0 ? (unsigned __int128)-1 : v;
}

mp_obj_t cy_int_from_u128(unsigned __int128 v) {
    uint64_t hi = (uint64_t)(v >> 64);
    if (hi == 0) {
        return cy_int_from_ull((uint64_t)v);
    }
    mp_obj_t h = cy_int_from_ull(hi);
    mp_obj_t shifted = h == MP_OBJ_NULL ? MP_OBJ_NULL
        : cy_binop(MP_BINARY_OP_LSHIFT, h, MP_OBJ_NEW_SMALL_INT(64));
    mp_obj_t l = shifted == MP_OBJ_NULL ? MP_OBJ_NULL : cy_int_from_ull((uint64_t)v);
    return l == MP_OBJ_NULL ? MP_OBJ_NULL : cy_binop(MP_BINARY_OP_OR, shifted, l);
}

mp_obj_t cy_int_from_i128(__int128 v) {
    if (v >= 0) {
        return cy_int_from_u128((unsigned __int128)v);
    }
    mp_obj_t magnitude = cy_int_from_u128(-(unsigned __int128)v);
    return magnitude == MP_OBJ_NULL ? MP_OBJ_NULL : cy_unop(MP_UNARY_OP_NEGATIVE, magnitude);
}
#endif

mp_obj_t cy_PyLong_FromDouble(double v) {
    CY_TRY_RETURN_OBJ(mp_obj_new_int_from_float((mp_float_t)v));
}

mp_obj_t cy_PyLong_FromString(const char *str, char **pend, int base) {
    size_t len = strlen(str);
    const char *s = str;
    if (pend) {
        *pend = (char *)str + len;
    }
    CY_TRY_RETURN_OBJ(mp_obj_new_int_from_str_len(&s, len, false, (unsigned)base));
}

long cy_PyLong_AsLong(mp_obj_t obj) {
    return CY_AS_S(obj, long, "long");
}

long long cy_PyLong_AsLongLong(mp_obj_t obj) {
    return CY_AS_S(obj, long long, "long long");
}

unsigned long cy_PyLong_AsUnsignedLong(mp_obj_t obj) {
    return CY_AS_U(obj, unsigned long, "unsigned long");
}

unsigned long long cy_PyLong_AsUnsignedLongLong(mp_obj_t obj) {
    return CY_AS_U(obj, unsigned long long, "unsigned long long");
}

mp_int_t cy_PyLong_AsSsize_t(mp_obj_t obj) {
    if (mp_obj_is_small_int(obj)) {
        return MP_OBJ_SMALL_INT_VALUE(obj);
    }
    obj = as_int_object(obj);
    if (obj == MP_OBJ_NULL) {
        return -1;
    }
    uint64_t u;
    int negative;
    int r = int_obj_to_64(obj, 1, &u, &negative);
    if (r < 0) {
        return -1;
    }
    if (r > 0 || cy_rs_check_narrow_i64((int64_t)u, (uint32_t)(sizeof(mp_int_t) * CHAR_BIT), 1) != 0) {
        cy_err_set_msg(&mp_type_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (mp_int_t)(int64_t)u;
}

size_t cy_PyLong_AsSize_t(mp_obj_t obj) {
    return CY_AS_U(obj, size_t, "size_t");
}

double cy_PyLong_AsDouble(mp_obj_t obj) {
    return cy_PyFloat_AsDouble(obj);
}

mp_int_t cy_Pyx_PyIndex_AsSsize_t(mp_obj_t obj) {
    if (mp_obj_is_small_int(obj)) {
        return MP_OBJ_SMALL_INT_VALUE(obj);
    }
    if (!mp_obj_is_int(obj) && !mp_obj_is_bool(obj)) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError),
            "'%.200s' object cannot be interpreted as an integer", cy_obj_tp_name(obj));
        return -1;
    }
    return cy_PyLong_AsSsize_t(obj);
}

mp_obj_t cy_PyNumber_Index(mp_obj_t obj) {
    if (mp_obj_is_int(obj)) {
        return obj;
    }
    if (mp_obj_is_bool(obj)) {
        return MP_OBJ_NEW_SMALL_INT(obj == mp_const_true);
    }
    return cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError),
        "'%.200s' object cannot be interpreted as an integer", cy_obj_tp_name(obj));
}

// Does int(obj) convert obj as CPython's nb_int slot would (a number or an object with
// __int__), rather than parse it (str, bytes) or fail?
static bool has_nb_int(mp_obj_t obj) {
    if (mp_obj_is_bool(obj)) {
        return true;
    }
    #if MICROPY_PY_BUILTINS_FLOAT
    if (mp_obj_is_float(obj)) {
        return true;
    }
    #endif
    if (mp_obj_is_str(obj) || mp_obj_is_type(obj, &mp_type_bytes)
        || mp_obj_is_type(obj, &mp_type_bytearray) || obj == mp_const_none) {
        return false;
    }
    mp_obj_t dest[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_load_method_maybe(obj, MP_QSTR___int__, dest);
        nlr_pop();
    } else {
        // A failing __getattr__: let int() report it.
        return true;
    }
    // Or an instance of a class derived from int.
    return dest[0] != MP_OBJ_NULL
           || mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_int));
}

mp_obj_t cy_Pyx_PyNumber_Long(mp_obj_t obj) {
    if (mp_obj_is_int(obj)) {
        return obj;
    }
    // Cython's __Pyx_PyNumber_IntOrLong: only what has nb_int converts.
    if (!has_nb_int(obj)) {
        cy_err_set_msg(&mp_type_TypeError, "an integer is required");
        return MP_OBJ_NULL;
    }
    return cy_PyNumber_Long(obj);
}

mp_obj_t cy_PyNumber_Long(mp_obj_t obj) {
    if (mp_obj_is_int(obj)) {
        return obj;
    }
    CY_TRY_RETURN_OBJ(mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_int), obj));
}

mp_obj_t cy_PyNumber_Float(mp_obj_t obj) {
    #if MICROPY_PY_BUILTINS_FLOAT
    if (mp_obj_is_float(obj)) {
        return obj;
    }
    CY_TRY_RETURN_OBJ(mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_float), obj));
    #else
    (void)obj;
    cy_err_set_msg(&mp_type_TypeError, "float is not supported");
    return MP_OBJ_NULL;
    #endif
}

int cy_Pyx_PyInt_FromNumber(mp_obj_t *number_var, const char *argname, int accept_none) {
    (void)argname;
    if (accept_none && *number_var == mp_const_none) {
        return 0;
    }
    mp_obj_t r = cy_PyNumber_Long(*number_var);
    if (r == MP_OBJ_NULL) {
        return -1;
    }
    *number_var = r;
    return 0;
}

int cy_Pyx_PyFloat_FromNumber(mp_obj_t *number_var, const char *argname, int accept_none) {
    (void)argname;
    if (accept_none && *number_var == mp_const_none) {
        return 0;
    }
    mp_obj_t r = cy_PyNumber_Float(*number_var);
    if (r == MP_OBJ_NULL) {
        return -1;
    }
    *number_var = r;
    return 0;
}

mp_obj_t cy_PyFloat_FromDouble(double value) {
    #if MICROPY_PY_BUILTINS_FLOAT
    CY_TRY_RETURN_OBJ(mp_obj_new_float((mp_float_t)value));
    #else
    (void)value;
    cy_err_set_msg(&mp_type_TypeError, "float is not supported");
    return MP_OBJ_NULL;
    #endif
}

double cy_PyFloat_AsDouble(mp_obj_t obj) {
    #if MICROPY_PY_BUILTINS_FLOAT
    if (mp_obj_is_float(obj)) {
        return (double)mp_obj_float_get(obj);
    }
    if (mp_obj_is_small_int(obj)) {
        return (double)MP_OBJ_SMALL_INT_VALUE(obj);
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_float_t v;
        bool ok = mp_obj_get_float_maybe(obj, &v);
        nlr_pop();
        if (ok) {
            return (double)v;
        }
    } else {
        cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
        return -1.0;
    }
    cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "must be real number, not %.200s",
        cy_obj_tp_name(obj));
    return -1.0;
    #else
    (void)obj;
    cy_err_set_msg(&mp_type_TypeError, "float is not supported");
    return -1.0;
    #endif
}

mp_obj_t cy_PyComplex_FromDoubles(double real, double imag) {
    #if MICROPY_PY_BUILTINS_COMPLEX
    CY_TRY_RETURN_OBJ(mp_obj_new_complex((mp_float_t)real, (mp_float_t)imag));
    #else
    (void)real;
    (void)imag;
    cy_err_set_msg(&mp_type_TypeError, "complex is not supported");
    return MP_OBJ_NULL;
    #endif
}

#if CY_HAVE_C_COMPLEX
mp_obj_t cy_pyx_Py_FromSoftComplex(cy_double_complex z) {
    if (cimag(z) != 0.0) {
        return cy_PyComplex_FromDoubles(creal(z), cimag(z));
    }
    return cy_PyFloat_FromDouble(creal(z));
}

cy_double_complex cy_Pyx_PyComplex_As___pyx_t_double_complex(mp_obj_t obj) {
    #if MICROPY_PY_BUILTINS_COMPLEX
    mp_float_t re, im;
    if (mp_obj_get_complex_maybe(obj, &re, &im)) {
        return cy_pyx_t_double_complex_from_parts((double)re, (double)im);
    }
    cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError),
        "complex() argument must be a string or a number, not '%.200s'", cy_obj_tp_name(obj));
    #else
    (void)obj;
    cy_err_set_msg(&mp_type_TypeError, "complex is not supported");
    #endif
    return cy_pyx_t_double_complex_from_parts(-1.0, 0.0);
}
#endif

mp_obj_t cy_binop(mp_binary_op_t op, mp_obj_t a, mp_obj_t b) {
    CY_TRY_RETURN_OBJ(mp_binary_op(op, a, b));
}

int cy_binop_bool(mp_binary_op_t op, mp_obj_t a, mp_obj_t b) {
    CY_TRY_RETURN_INT(mp_obj_is_true(mp_binary_op(op, a, b)), -1);
}

mp_obj_t cy_unop(mp_unary_op_t op, mp_obj_t a) {
    CY_TRY_RETURN_OBJ(mp_unary_op(op, a));
}

mp_obj_t cy_PyNumber_Power(mp_obj_t a, mp_obj_t b, mp_obj_t c) {
    if (c == MP_OBJ_NULL || c == mp_const_none) {
        return cy_binop(MP_BINARY_OP_POWER, a, b);
    }
    mp_obj_t args[3] = {a, b, c};
    CY_TRY_RETURN_OBJ(mp_call_function_n_kw(MP_OBJ_FROM_PTR(&mp_builtin_pow_obj), 3, 0, args));
}

mp_obj_t cy_PyNumber_InPlacePower(mp_obj_t a, mp_obj_t b, mp_obj_t c) {
    if (c == MP_OBJ_NULL || c == mp_const_none) {
        return cy_binop(MP_BINARY_OP_INPLACE_POWER, a, b);
    }
    return cy_PyNumber_Power(a, b, c);
}

double cy_Pyx_mod_double(double a, double b, int b_is_constant) {
    (void)b_is_constant;
    double r = fmod(a, b);
    if (r != 0.0 && ((r < 0.0) != (b < 0.0))) {
        r += b;
    }
    return r;
}

// ===========================================================================================
// Strings and bytes
// ===========================================================================================

mp_obj_t cy_PyUnicode_FromString(const char *s) {
    CY_TRY_RETURN_OBJ(mp_obj_new_str(s, strlen(s)));
}

mp_obj_t cy_PyUnicode_FromStringAndSize(const char *s, mp_int_t len) {
    mp_obj_t r;
    CY_TRY_ASSIGN(r, mp_obj_new_str(s ? s : "", (size_t)len));
    if (r == MP_OBJ_NULL && s != NULL) {
        cy_exc_refine_decode_error(s, (size_t)len);
    }
    return r;
}

mp_obj_t cy_PyUnicode_DecodeUTF8(const char *s, mp_int_t len, const char *errors) {
    (void)errors;
    if (s != NULL && cy_exc_check_utf8(s, (size_t)len) < 0) {
        return MP_OBJ_NULL;
    }
    return cy_PyUnicode_FromStringAndSize(s, len);
}

mp_obj_t cy_PyUnicode_DecodeASCII(const char *s, mp_int_t len, const char *errors) {
    (void)errors;
    if (s != NULL && cy_exc_check_ascii(s, (size_t)len) < 0) {
        return MP_OBJ_NULL;
    }
    return cy_PyUnicode_FromStringAndSize(s, len);
}

mp_obj_t cy_PyBytes_FromStringAndSize(const char *s, mp_int_t len) {
    if (s == NULL) {
        // CPython's uninitialised bytes: zeroed here.
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            vstr_t vs;
            vstr_init_len(&vs, (size_t)len);
            memset(vs.buf, 0, (size_t)len);
            mp_obj_t r = mp_obj_new_bytes_from_vstr(&vs);
            nlr_pop();
            return r;
        }
        cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
        return MP_OBJ_NULL;
    }
    CY_TRY_RETURN_OBJ(mp_obj_new_bytes((const byte *)s, (size_t)len));
}

mp_obj_t cy_PyBytes_FromString(const char *s) {
    return cy_PyBytes_FromStringAndSize(s, (mp_int_t)strlen(s));
}

// The UTF-8 form of code point ch (surrogates included) appended to vs.
static void vstr_add_code_point(vstr_t *vs, uint32_t ch) {
    if (ch < 0x80) {
        vstr_add_byte(vs, (byte)ch);
    } else if (ch < 0x800) {
        vstr_add_byte(vs, (byte)(0xc0 | (ch >> 6)));
        vstr_add_byte(vs, (byte)(0x80 | (ch & 0x3f)));
    } else if (ch < 0x10000) {
        vstr_add_byte(vs, (byte)(0xe0 | (ch >> 12)));
        vstr_add_byte(vs, (byte)(0x80 | ((ch >> 6) & 0x3f)));
        vstr_add_byte(vs, (byte)(0x80 | (ch & 0x3f)));
    } else {
        vstr_add_byte(vs, (byte)(0xf0 | (ch >> 18)));
        vstr_add_byte(vs, (byte)(0x80 | ((ch >> 12) & 0x3f)));
        vstr_add_byte(vs, (byte)(0x80 | ((ch >> 6) & 0x3f)));
        vstr_add_byte(vs, (byte)(0x80 | (ch & 0x3f)));
    }
}

// The str of vs's UTF-8, or NULL with a pending exception.
static mp_obj_t str_from_vstr_guarded(vstr_t *vs) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r = mp_obj_new_str_from_utf8_vstr(vs);
        nlr_pop();
        return r;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return MP_OBJ_NULL;
}

mp_obj_t cy_PyUnicode_DecodeUTF16(const char *s, mp_int_t size, const char *errors, int *byteorder) {
    (void)errors;
    const byte *d = (const byte *)s;
    size_t n = (size_t)size, i = 0;
    int bo = byteorder != NULL ? *byteorder : 0;
    if (bo == 0 && n >= 2) {
        if (d[0] == 0xff && d[1] == 0xfe) {
            bo = -1;
            i = 2;
        } else if (d[0] == 0xfe && d[1] == 0xff) {
            bo = 1;
            i = 2;
        }
    }
    if (bo == 0) {
        bo = -1;
    }
    const char *enc = byteorder != NULL && *byteorder < 0 ? "utf-16-le"
        : byteorder != NULL && *byteorder > 0 ? "utf-16-be" : "utf-16";
    vstr_t vs;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) != 0) {
        cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
        return MP_OBJ_NULL;
    }
    // Room for the longest result up front (3 UTF-8 bytes per 2 input bytes), so that adding a
    // code point below never allocates outside the guard.
    vstr_init(&vs, n / 2 * 3 + 4);
    nlr_pop();
    #define CY_U16(k) (bo < 0 ? (uint32_t)(d[k] | (d[(k) + 1] << 8)) : (uint32_t)((d[k] << 8) | d[(k) + 1]))
    while (i + 1 < n) {
        uint32_t u = CY_U16(i);
        if (u >= 0xd800 && u < 0xdc00) {
            if (i + 3 >= n) {
                vstr_clear(&vs);
                cy_exc_set_decode_error(enc, s, n, i, n, "unexpected end of data");
                return MP_OBJ_NULL;
            }
            uint32_t lo = CY_U16(i + 2);
            if (lo < 0xdc00 || lo >= 0xe000) {
                vstr_clear(&vs);
                cy_exc_set_decode_error(enc, s, n, i, i + 2, "illegal UTF-16 surrogate");
                return MP_OBJ_NULL;
            }
            u = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
            i += 2;
        } else if (u >= 0xdc00 && u < 0xe000) {
            vstr_clear(&vs);
            cy_exc_set_decode_error(enc, s, n, i, i + 2, "illegal encoding");
            return MP_OBJ_NULL;
        }
        i += 2;
        vstr_add_code_point(&vs, u);
    }
    #undef CY_U16
    if (i < n) {
        vstr_clear(&vs);
        cy_exc_set_decode_error(enc, s, n, i, n, "truncated data");
        return MP_OBJ_NULL;
    }
    if (byteorder != NULL) {
        *byteorder = bo;
    }
    return str_from_vstr_guarded(&vs);
}

static int hex_digit(byte c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

mp_obj_t cy_PyUnicode_DecodeUnicodeEscape(const char *s, mp_int_t size, const char *errors) {
    (void)errors;
    const byte *d = (const byte *)s;
    size_t n = (size_t)size, i = 0;
    vstr_t vs;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) != 0) {
        cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
        return MP_OBJ_NULL;
    }
    // Room for the longest result up front (at most 2 UTF-8 bytes per input byte).
    vstr_init(&vs, 2 * n + 4);
    nlr_pop();
    while (i < n) {
        byte c = d[i];
        if (c != '\\' || i + 1 >= n) {
            if (c == '\\') {
                vstr_clear(&vs);
                cy_exc_set_decode_error("unicodeescape", s, n, i, n, "\\ at end of string");
                return MP_OBJ_NULL;
            }
            vstr_add_code_point(&vs, c);
            i++;
            continue;
        }
        size_t start = i;
        byte e = d[i + 1];
        i += 2;
        uint32_t ch;
        int digits = 0;
        switch (e) {
            case '\n': continue;
            case '\\': ch = '\\'; break;
            case '\'': ch = '\''; break;
            case '"': ch = '"'; break;
            case 'a': ch = 7; break;
            case 'b': ch = 8; break;
            case 'f': ch = 12; break;
            case 'n': ch = 10; break;
            case 'r': ch = 13; break;
            case 't': ch = 9; break;
            case 'v': ch = 11; break;
            case 'x': digits = 2; break;
            case 'u': digits = 4; break;
            case 'U': digits = 8; break;
            default:
                if (e >= '0' && e <= '7') {
                    ch = e - '0';
                    for (int k = 0; k < 2 && i < n && d[i] >= '0' && d[i] <= '7'; k++) {
                        ch = ch * 8 + (d[i++] - '0');
                    }
                } else {
                    // An unknown escape stays as written.
                    vstr_add_byte(&vs, '\\');
                    vstr_add_code_point(&vs, e);
                    continue;
                }
                break;
        }
        if (digits > 0) {
            ch = 0;
            for (int k = 0; k < digits; k++) {
                int h = i < n ? hex_digit(d[i]) : -1;
                if (h < 0) {
                    static const char *const reasons[] = {
                        "truncated \\xXX escape", "truncated \\uXXXX escape",
                        "truncated \\UXXXXXXXX escape",
                    };
                    vstr_clear(&vs);
                    cy_exc_set_decode_error("unicodeescape", s, n, start, i,
                        reasons[digits == 2 ? 0 : digits == 4 ? 1 : 2]);
                    return MP_OBJ_NULL;
                }
                ch = ch * 16 + (uint32_t)h;
                i++;
            }
            if (ch > 0x10ffff) {
                vstr_clear(&vs);
                cy_exc_set_decode_error("unicodeescape", s, n, start, i, "illegal Unicode character");
                return MP_OBJ_NULL;
            }
        }
        vstr_add_code_point(&vs, ch);
    }
    return str_from_vstr_guarded(&vs);
}

int cy_Pyx_BytesContains(char character, mp_obj_t bytes, int eq) {
    mp_buffer_info_t info;
    if (!mp_get_buffer(bytes, &info, MP_BUFFER_READ)) {
        cy_Pyx_RaiseUnexpectedTypeError("bytes", bytes);
        return -1;
    }
    int found = memchr(info.buf, (unsigned char)character, info.len) != NULL;
    return found == (eq == cy_Py_EQ);
}

mp_obj_t cy_PyByteArray_FromStringAndSize(const char *s, mp_int_t len) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r;
        if (s != NULL) {
            r = mp_obj_new_bytearray((size_t)len, s);
        } else {
            // CPython's uninitialised bytearray: zeroed here.
            byte *zeros = m_new0(byte, (size_t)len);
            r = mp_obj_new_bytearray((size_t)len, zeros);
            m_del(byte, zeros, (size_t)len);
        }
        nlr_pop();
        return r;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return MP_OBJ_NULL;
}

const char *cy_PyUnicode_AsUTF8AndSize(mp_obj_t obj, mp_int_t *size) {
    size_t len;
    const char *d = str_data_or_null(obj, &len);
    if (d == NULL) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "bad argument type: %.200s",
            cy_obj_tp_name(obj));
        return NULL;
    }
    if (size) {
        *size = (mp_int_t)len;
    }
    return d;
}

const char *cy_PyUnicode_AsUTF8(mp_obj_t obj) {
    return cy_PyUnicode_AsUTF8AndSize(obj, NULL);
}

const char *cy_PyBytes_AsString(mp_obj_t obj) {
    mp_buffer_info_t bufinfo;
    if (!mp_obj_is_str(obj) && mp_get_buffer(obj, &bufinfo, MP_BUFFER_READ)) {
        return (const char *)bufinfo.buf;
    }
    cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "expected bytes, %.200s found",
        cy_obj_tp_name(obj));
    return NULL;
}

const char *cy_Pyx_PyObject_AsStringAndSize(mp_obj_t obj, mp_int_t *length) {
    size_t len;
    const char *d = str_data_or_null(obj, &len);
    if (d != NULL) {
        *length = (mp_int_t)len;
        return d;
    }
    mp_buffer_info_t bufinfo;
    if (mp_get_buffer(obj, &bufinfo, MP_BUFFER_READ)) {
        *length = (mp_int_t)bufinfo.len;
        return (const char *)bufinfo.buf;
    }
    cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "expected bytes, %.200s found",
        cy_obj_tp_name(obj));
    return NULL;
}

const char *cy_Pyx_PyObject_AsStringEnc(mp_obj_t obj, mp_int_t *length, int encoding) {
    size_t len;
    const char *d = str_data_or_null(obj, &len);
    if (d != NULL && encoding != 0) {
        if (encoding == 1) {
            for (size_t i = 0; i < len; i++) {
                if ((unsigned char)d[i] >= 0x80) {
                    // The character position of the first non-ASCII character.
                    size_t pos = (size_t)utf8_charlen((const byte *)d, i);
                    cy_exc_set_encode_error("ascii", obj, pos, pos + 1, "ordinal not in range(128)");
                    return NULL;
                }
            }
        }
    } else if (d == NULL && (mp_obj_is_type(obj, &mp_type_bytes) || mp_obj_is_type(obj, &mp_type_bytearray))) {
        mp_buffer_info_t bufinfo;
        mp_get_buffer(obj, &bufinfo, MP_BUFFER_READ);
        d = (const char *)bufinfo.buf;
        len = bufinfo.len;
    } else {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "expected bytes, %.200s found",
            cy_obj_tp_name(obj));
        return NULL;
    }
    if (length != NULL) {
        *length = (mp_int_t)len;
    }
    return d;
}

mp_int_t cy_PyUnicode_GetLength(mp_obj_t obj) {
    if (!mp_obj_is_str(obj)) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "bad argument type: %.200s",
            cy_obj_tp_name(obj));
        return -1;
    }
    return cy_PyObject_Length(obj);
}

mp_int_t cy_PyBytes_Size(mp_obj_t obj) {
    mp_buffer_info_t bufinfo;
    if (!mp_obj_is_str(obj) && mp_get_buffer(obj, &bufinfo, MP_BUFFER_READ)) {
        return (mp_int_t)bufinfo.len;
    }
    cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "expected bytes, %.200s found",
        cy_obj_tp_name(obj));
    return -1;
}

mp_obj_t cy_PyUnicode_Concat(mp_obj_t a, mp_obj_t b) {
    return cy_binop(MP_BINARY_OP_ADD, a, b);
}

mp_obj_t cy_Pyx_PyUnicode_ConcatInPlace(mp_obj_t left, mp_obj_t right) {
    return cy_binop(MP_BINARY_OP_INPLACE_ADD, left, right);
}

static mp_obj_t join_raising(mp_obj_t *values, mp_int_t count) {
    size_t total = 0;
    for (mp_int_t i = 0; i < count; i++) {
        size_t len;
        if (str_data_or_null(values[i], &len) == NULL) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("expected str, got %s"),
                cy_obj_tp_name(values[i]));
        }
        total += len;
    }
    vstr_t vs;
    vstr_init(&vs, total);
    for (mp_int_t i = 0; i < count; i++) {
        size_t len;
        const char *d = mp_obj_str_get_data(values[i], &len);
        vstr_add_strn(&vs, d, len);
    }
    return mp_obj_new_str_from_utf8_vstr(&vs);
}

mp_obj_t cy_Pyx_PyUnicode_Join(mp_obj_t *values, mp_int_t value_count, mp_int_t result_ulength,
    int kind) {
    (void)result_ulength;
    (void)kind;
    CY_TRY_RETURN_OBJ(join_raising(values, value_count));
}

mp_obj_t cy_PyUnicode_Join(mp_obj_t sep, mp_obj_t seq) {
    mp_obj_t arg = seq;
    CY_TRY_RETURN_OBJ(call_method_raising(sep, MP_OBJ_NEW_QSTR(MP_QSTR_join), 1, &arg, 0, NULL));
}

mp_obj_t cy_PyUnicode_Format(mp_obj_t format, mp_obj_t args) {
    return cy_binop(MP_BINARY_OP_MODULO, format, args);
}

static mp_obj_t format_raising(mp_obj_t obj, mp_obj_t spec) {
    size_t spec_len = 0;
    const char *s = spec == MP_OBJ_NULL ? NULL : str_data_or_null(spec, &spec_len);
    if (s == NULL || spec_len == 0) {
        if (mp_obj_is_str(obj)) {
            return obj;
        }
        return mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_str), obj);
    }
    vstr_t vs;
    vstr_init(&vs, spec_len + 4);
    vstr_add_str(&vs, "{:");
    vstr_add_strn(&vs, s, spec_len);
    vstr_add_byte(&vs, '}');
    mp_obj_t args[2] = {mp_obj_new_str_from_vstr(&vs), obj};
    return mp_obj_str_format(2, args, NULL);
}

mp_obj_t cy_Pyx_PyObject_Format(mp_obj_t obj, mp_obj_t format_spec) {
    CY_TRY_RETURN_OBJ(format_raising(obj, format_spec));
}

mp_obj_t cy_PyObject_Format(mp_obj_t obj, mp_obj_t format_spec) {
    return cy_Pyx_PyObject_Format(obj, format_spec);
}

mp_obj_t cy_Pyx_PyObject_FormatAndDecref(mp_obj_t obj, mp_obj_t format_spec) {
    if (obj == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    return cy_Pyx_PyObject_Format(obj, format_spec);
}

mp_obj_t cy_Pyx_PyObject_FormatSimpleAndDecref(mp_obj_t obj, mp_obj_t format_spec) {
    (void)format_spec;
    if (obj == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    return cy_Pyx_PyObject_Format(obj, MP_OBJ_NULL);
}

mp_obj_t cy_str_from_cint(long long value, int is_unsigned, mp_int_t width, char padding,
    char format_char) {
    uint8_t buf[96];
    size_t n = cy_rs_fmt_int(buf, sizeof(buf), (int64_t)value, is_unsigned,
        width < 80 ? width : 80, (uint8_t)padding, (uint8_t)format_char);
    CY_TRY_RETURN_OBJ(mp_obj_new_str((const char *)buf, n));
}

mp_obj_t cy_Pyx_PyUnicode_FromDouble(double value, char format_char, int precision) {
    #if MICROPY_PY_BUILTINS_FLOAT
    char spec[24];
    size_t n = 0;
    if (precision >= 0) {
        uint8_t digits[24];
        size_t d = cy_rs_fmt_int(digits, sizeof(digits), precision, 0, 0, ' ', 'd');
        spec[n++] = '.';
        memcpy(spec + n, digits, d);
        n += d;
    }
    spec[n++] = format_char;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r = format_raising(mp_obj_new_float((mp_float_t)value), mp_obj_new_str(spec, n));
        nlr_pop();
        return r;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return MP_OBJ_NULL;
    #else
    (void)value;
    (void)format_char;
    (void)precision;
    cy_err_set_msg(&mp_type_TypeError, "float is not supported");
    return MP_OBJ_NULL;
    #endif
}

mp_obj_t cy_PyUnicode_Decode(const char *s, mp_int_t size, const char *encoding, const char *errors) {
    (void)encoding;
    return cy_PyUnicode_DecodeUTF8(s, size, errors);
}

mp_obj_t cy_PyUnicode_AsEncodedString(mp_obj_t obj, const char *encoding, const char *errors) {
    (void)encoding;
    (void)errors;
    mp_int_t len;
    const char *d = cy_PyUnicode_AsUTF8AndSize(obj, &len);
    if (d == NULL) {
        return MP_OBJ_NULL;
    }
    return cy_PyBytes_FromStringAndSize(d, len);
}

int cy_Pyx_PyUnicode_ContainsTF(mp_obj_t substring, mp_obj_t text, int eq) {
    return cy_Pyx_PySequence_ContainsTF(substring, text, eq);
}

int cy_Pyx_PyUnicode_Equals(mp_obj_t a, mp_obj_t b, int op) {
    return cy_PyObject_RichCompareBool(a, b, op);
}

mp_obj_t cy_PyUnicode_Split(mp_obj_t s, mp_obj_t sep, mp_int_t maxsplit) {
    mp_obj_t args[3] = {s, sep == MP_OBJ_NULL ? mp_const_none : sep, MP_OBJ_NEW_SMALL_INT(maxsplit)};
    CY_TRY_RETURN_OBJ(mp_obj_str_split(3, args));
}

int cy_Pyx_PyUnicode_Tailmatch(mp_obj_t s, mp_obj_t substr, mp_int_t start, mp_int_t end,
    int direction) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t args[3] = {substr, mp_obj_new_int(start), mp_obj_new_int(end)};
        mp_obj_t name = MP_OBJ_NEW_QSTR(direction < 0 ? MP_QSTR_startswith : MP_QSTR_endswith);
        mp_obj_t r = call_method_raising(s, name, 3, args, 0, NULL);
        int b = mp_obj_is_true(r);
        nlr_pop();
        return b;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return -1;
}

// A bytes-like tail-match argument as bytes (MicroPython's bytes methods take only bytes).
static mp_obj_t bytes_arg(mp_obj_t arg) {
    mp_buffer_info_t info;
    if (mp_obj_is_type(arg, &mp_type_bytes) || !mp_get_buffer(arg, &info, MP_BUFFER_READ)) {
        return arg;
    }
    return cy_PyBytes_FromStringAndSize((const char *)info.buf, (mp_int_t)info.len);
}

int cy_Pyx_PyBytes_Tailmatch(mp_obj_t s, mp_obj_t substr, mp_int_t start, mp_int_t end,
    int direction) {
    if (mp_obj_is_type(substr, &mp_type_tuple)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(substr, &n, &items);
        for (size_t i = 0; i < n; i++) {
            int r = cy_Pyx_PyBytes_Tailmatch(s, items[i], start, end, direction);
            if (r != 0) {
                return r;
            }
        }
        return 0;
    }
    mp_obj_t sub = bytes_arg(substr);
    if (sub == MP_OBJ_NULL) {
        return -1;
    }
    return cy_Pyx_PyUnicode_Tailmatch(s, sub, start, end, direction);
}

// Call method `name` of a str with the given arguments, under a guard.
static mp_obj_t str_method(mp_obj_t s, qstr name, size_t n, const mp_obj_t *args) {
    CY_TRY_RETURN_OBJ(call_method_raising(s, MP_OBJ_NEW_QSTR(name), n, args, 0, NULL));
}

mp_obj_t cy_PyUnicode_Splitlines(mp_obj_t s, int keepends) {
    #if MICROPY_PY_BUILTINS_STR_SPLITLINES
    mp_obj_t arg = mp_obj_new_bool(keepends);
    return str_method(s, MP_QSTR_splitlines, 1, &arg);
    #else
    (void)s;
    (void)keepends;
    cy_err_set_msg(&mp_type_NotImplementedError, "str.splitlines is not in this build");
    return MP_OBJ_NULL;
    #endif
}

// A C index as an int object; MP_SMALL_INT_MAX (PY_SSIZE_T_MAX) fits.
static mp_obj_t index_obj(mp_int_t i) {
    return MP_SMALL_INT_FITS(i) ? MP_OBJ_NEW_SMALL_INT(i) : mp_obj_new_int(i);
}

mp_int_t cy_PyUnicode_Find(mp_obj_t s, mp_obj_t sub, mp_int_t start, mp_int_t end, int direction) {
    mp_obj_t args[3] = {sub, index_obj(start), index_obj(end)};
    mp_obj_t r = str_method(s, direction >= 0 ? MP_QSTR_find : MP_QSTR_rfind, 3, args);
    return r == MP_OBJ_NULL ? -2 : mp_obj_get_int(r);
}

mp_int_t cy_PyUnicode_FindChar(mp_obj_t s, uint32_t ch, mp_int_t start, mp_int_t end, int direction) {
    mp_obj_t sub = cy_PyUnicode_FromOrdinal((int)ch);
    if (sub == MP_OBJ_NULL) {
        return -2;
    }
    return cy_PyUnicode_Find(s, sub, start, end, direction);
}

mp_int_t cy_PyUnicode_Count(mp_obj_t s, mp_obj_t sub, mp_int_t start, mp_int_t end) {
    mp_obj_t args[3] = {sub, index_obj(start), index_obj(end)};
    mp_obj_t r = str_method(s, MP_QSTR_count, 3, args);
    return r == MP_OBJ_NULL ? -1 : mp_obj_get_int(r);
}

mp_obj_t cy_PyUnicode_Replace(mp_obj_t s, mp_obj_t old, mp_obj_t new_, mp_int_t maxcount) {
    mp_obj_t args[3] = {old, new_, index_obj(maxcount)};
    return str_method(s, MP_QSTR_replace, maxcount < 0 ? 2 : 3, args);
}

int cy_PyUnicode_Contains(mp_obj_t s, mp_obj_t sub) {
    return cy_PySequence_Contains(s, sub);
}

// s[start:stop] for 0 <= start <= stop <= len(s) (character indices).
static mp_obj_t substring_raising(mp_obj_t s, mp_int_t start, mp_int_t stop) {
    size_t blen;
    const byte *d = (const byte *)mp_obj_str_get_data(s, &blen);
    #if MICROPY_PY_BUILTINS_STR_UNICODE
    const byte *top = d + blen;
    const byte *a = d;
    for (mp_int_t k = 0; k < start && a < top; k++) {
        a = utf8_next_char(a);
    }
    const byte *b = a;
    for (mp_int_t k = start; k < stop && b < top; k++) {
        b = utf8_next_char(b);
    }
    return mp_obj_new_str((const char *)a, (size_t)(b - a));
    #else
    (void)blen;
    return mp_obj_new_str((const char *)d + start, (size_t)(stop - start));
    #endif
}

mp_obj_t cy_PyUnicode_Substring(mp_obj_t s, mp_int_t start, mp_int_t end) {
    mp_int_t len = cy_PyUnicode_GetLength(s);
    if (len < 0) {
        return MP_OBJ_NULL;
    }
    if (start < 0 || end < 0) {
        cy_err_set_msg(&mp_type_IndexError, "string index out of range");
        return MP_OBJ_NULL;
    }
    if (end > len) {
        end = len;
    }
    if (start >= end) {
        return MP_OBJ_NEW_QSTR(MP_QSTR_);
    }
    CY_TRY_RETURN_OBJ(substring_raising(s, start, end));
}

mp_obj_t cy_Pyx_PyUnicode_Substring(mp_obj_t s, mp_int_t start, mp_int_t stop) {
    mp_int_t len = cy_PyUnicode_GetLength(s);
    if (len < 0) {
        return MP_OBJ_NULL;
    }
    if (start < 0) {
        start += len;
        if (start < 0) {
            start = 0;
        }
    }
    if (stop < 0) {
        stop += len;
    } else if (stop > len) {
        stop = len;
    }
    if (stop <= start) {
        return MP_OBJ_NEW_QSTR(MP_QSTR_);
    }
    if (start == 0 && stop == len) {
        return s;
    }
    CY_TRY_RETURN_OBJ(substring_raising(s, start, stop));
}

mp_obj_t cy_PyUnicode_FromOrdinal(int ordinal) {
    #if MICROPY_PY_BUILTINS_STR_UNICODE
    if (ordinal < 0 || ordinal > 0x10ffff) {
    #else
    if (ordinal < 0 || ordinal > 0xff) {
    #endif
        cy_err_set_msg(&mp_type_ValueError, "chr() arg not in range(0x110000)");
        return MP_OBJ_NULL;
    }
    if (ordinal < 0x80) {
        // One ASCII character: MicroPython interns those, no allocation.
        char c = (char)ordinal;
        CY_TRY_RETURN_OBJ(mp_obj_new_str_via_qstr(&c, 1));
    }
    mp_obj_t arg = MP_OBJ_NEW_SMALL_INT(ordinal);
    CY_TRY_RETURN_OBJ(mp_call_function_1(MP_OBJ_FROM_PTR(&mp_builtin_chr_obj), arg));
}

mp_obj_t cy_Pyx_PyUnicode_Unicode(mp_obj_t s) {
    if (s == mp_const_none) {
        return MP_OBJ_NEW_QSTR(MP_QSTR_None);
    }
    return s;
}

double cy_Pyx_PyObject_AsDouble(mp_obj_t obj) {
    #if MICROPY_PY_BUILTINS_FLOAT
    if (mp_obj_is_float(obj)) {
        return (double)mp_obj_float_get(obj);
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t f = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_float), obj);
        double d = (double)mp_obj_float_get(f);
        nlr_pop();
        return d;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return -1.0;
    #else
    (void)obj;
    cy_err_set_msg(&mp_type_TypeError, "float is not supported");
    return -1.0;
    #endif
}

double cy_Pyx_PyUnicode_AsDouble(mp_obj_t s) {
    return cy_Pyx_PyObject_AsDouble(s);
}

// The code point of the one-character str s, or (uint32_t)-1 (no exception) for another length.
static uint32_t single_char(mp_obj_t s, mp_int_t *length) {
    size_t blen;
    const byte *d = (const byte *)mp_obj_str_get_data(s, &blen);
    #if MICROPY_PY_BUILTINS_STR_UNICODE
    *length = (mp_int_t)utf8_charlen(d, blen);
    return *length == 1 ? (uint32_t)utf8_get_char(d) : (uint32_t)-1;
    #else
    *length = (mp_int_t)blen;
    return blen == 1 ? d[0] : (uint32_t)-1;
    #endif
}

long cy_Pyx_PyObject_Ord(mp_obj_t c) {
    mp_int_t length;
    if (mp_obj_is_str(c)) {
        // Cython's ord() of a str is its Py_UCS4 conversion (ValueError for another length).
        return (long)cy_Pyx_PyUnicode_AsPy_UCS4(c);
    } else if (mp_obj_is_type(c, &mp_type_bytes) || mp_obj_is_type(c, &mp_type_bytearray)) {
        mp_buffer_info_t bufinfo;
        mp_get_buffer_raise(c, &bufinfo, MP_BUFFER_READ);
        length = (mp_int_t)bufinfo.len;
        if (length == 1) {
            return ((const byte *)bufinfo.buf)[0];
        }
    } else {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError),
            "ord() expected string of length 1, but %.200s found", cy_obj_tp_name(c));
        return (long)(uint32_t)-1;
    }
    cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError),
        "ord() expected a character, but string of length %zd found", (size_t)length);
    return (long)(uint32_t)-1;
}

// A code point from a one-character str, or an int up to 0x10ffff, as Cython's conversions to
// `ctype` (Py_UCS4, Py_UNICODE) do: their messages name the C type.
static uint32_t code_point_from_str(mp_obj_t s, const char *ctype) {
    if (!mp_obj_is_str(s)) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "bad argument type: %.200s",
            cy_obj_tp_name(s));
        return (uint32_t)-1;
    }
    mp_int_t length;
    uint32_t ch = single_char(s, &length);
    if (length != 1) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_ValueError),
            "only single character unicode strings can be converted to %s, got length %zd",
            ctype, (size_t)length);
        return (uint32_t)-1;
    }
    return ch;
}

static uint32_t code_point_from_obj(mp_obj_t obj, const char *ctype) {
    if (mp_obj_is_str(obj)) {
        return code_point_from_str(obj, ctype);
    }
    long long v = cy_int_as_signed(obj, 64, "long");
    if (v == -1 && cy_err_occurred() != MP_OBJ_NULL) {
        return (uint32_t)-1;
    }
    if (v < 0) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_OverflowError),
            "cannot convert negative value to %s", ctype);
        return (uint32_t)-1;
    }
    if (v > 0x10ffff) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_OverflowError),
            "value too large to convert to %s", ctype);
        return (uint32_t)-1;
    }
    return (uint32_t)v;
}

uint32_t cy_Pyx_PyUnicode_AsPy_UCS4(mp_obj_t s) {
    return code_point_from_str(s, "Py_UCS4");
}

uint32_t cy_Pyx_PyObject_AsPy_UCS4(mp_obj_t obj) {
    return code_point_from_obj(obj, "Py_UCS4");
}

cy_Py_UNICODE cy_Pyx_PyObject_AsPy_UNICODE(mp_obj_t obj) {
    return (cy_Py_UNICODE)code_point_from_obj(obj, "Py_UNICODE");
}

size_t cy_Pyx_Py_UNICODE_strlen(const cy_Py_UNICODE *u) {
    size_t n = 0;
    while (u[n] != 0) {
        n++;
    }
    return n;
}

mp_int_t cy_Pyx_Py_UNICODE_ssize_strlen(const cy_Py_UNICODE *u) {
    size_t n = cy_Pyx_Py_UNICODE_strlen(u);
    if (n > (size_t)MP_INT_MAX) {
        cy_err_set_msg(&mp_type_OverflowError, "Py_UNICODE string is too long");
        return -1;
    }
    return (mp_int_t)n;
}

mp_obj_t cy_PyUnicode_FromUnicode(const cy_Py_UNICODE *u, mp_int_t len) {
    for (mp_int_t i = 0; i < len; i++) {
        if (u[i] > 0x10ffff) {
            cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_ValueError),
                "character U+%x is not in range [U+0000; U+10ffff]", (unsigned)u[i]);
            return MP_OBJ_NULL;
        }
    }
    vstr_t vs;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) != 0) {
        cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
        return MP_OBJ_NULL;
    }
    // Room for the longest result up front (4 UTF-8 bytes per unit).
    vstr_init(&vs, 4 * (size_t)len + 1);
    nlr_pop();
    for (mp_int_t i = 0; i < len; i++) {
        vstr_add_code_point(&vs, u[i]);
    }
    return str_from_vstr_guarded(&vs);
}

cy_Py_UNICODE *cy_PyUnicode_AsUnicode(mp_obj_t obj) {
    size_t len;
    const char *d = str_data_or_null(obj, &len);
    if (d == NULL) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "bad argument type: %.200s",
            cy_obj_tp_name(obj));
        return NULL;
    }
    size_t n = utf8_charlen((const byte *)d, len);
    cy_Py_UNICODE *out;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) != 0) {
        cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
        return NULL;
    }
    out = m_new(cy_Py_UNICODE, n + 1);
    nlr_pop();
    const byte *p = (const byte *)d;
    for (size_t i = 0; i < n; i++) {
        out[i] = utf8_get_char(p);
        p = utf8_next_char(p);
    }
    out[n] = 0;
    return out;
}

mp_obj_t cy_PyUnicode_FromObject(mp_obj_t o) {
    size_t len;
    const char *d = str_data_or_null(o, &len);
    if (d == NULL) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError),
            "Can't convert '%.100s' object to str implicitly", cy_obj_tp_name(o));
        return MP_OBJ_NULL;
    }
    if (mp_obj_is_qstr(o)) {
        return o;
    }
    CY_TRY_RETURN_OBJ(MP_OBJ_NEW_QSTR(qstr_from_strn(d, len)));
}

mp_obj_t cy_Pyx_Intern(mp_obj_t s) {
    if (!mp_obj_is_str(s)) {
        cy_Pyx_RaiseUnexpectedTypeError("str", s);
        return MP_OBJ_NULL;
    }
    return s;
}

mp_obj_t cy_Pyx_PyUnicode_Type_Multiply(mp_obj_t seq, mp_int_t mul) {
    if (!mp_obj_is_str(seq)) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError),
            "descriptor '__mul__' requires a 'str' object but received a '%.200s'",
            cy_obj_tp_name(seq));
        return MP_OBJ_NULL;
    }
    return cy_PySequence_Repeat(seq, mul);
}

uint32_t cy_unicode_getitem(mp_obj_t s, mp_int_t i, int wraparound) {
    mp_int_t len = cy_PyUnicode_GetLength(s);
    if (len < 0) {
        return (uint32_t)-1;
    }
    if (wraparound && i < 0) {
        i += len;
    }
    if (i < 0 || i >= len) {
        cy_err_set_msg(&mp_type_IndexError, "string index out of range");
        return (uint32_t)-1;
    }
    void *data;
    int kind;
    mp_int_t length;
    cy_Pyx_init_unicode_iteration(s, &length, &data, &kind);
    return cy_unicode_read_cursor(&data, &kind, i);
}

int cy_Pyx_UnicodeContainsUCS4(uint32_t ch, mp_obj_t text, int eq) {
    void *data;
    int kind;
    mp_int_t length;
    if (cy_Pyx_init_unicode_iteration(text, &length, &data, &kind) < 0) {
        return -1;
    }
    int found = 0;
    for (mp_int_t i = 0; i < length; i++) {
        if (cy_unicode_read_cursor(&data, &kind, i) == ch) {
            found = 1;
            break;
        }
    }
    return found == (eq == cy_Py_EQ);
}

int cy_Pyx_init_unicode_iteration(mp_obj_t s, mp_int_t *length, void **data, int *kind) {
    size_t blen;
    const char *d = str_data_or_null(s, &blen);
    if (d == NULL) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "bad argument type: %.200s",
            cy_obj_tp_name(s));
        return -1;
    }
    #if MICROPY_PY_BUILTINS_STR_UNICODE
    *length = (mp_int_t)utf8_charlen((const byte *)d, blen);
    #else
    *length = (mp_int_t)blen;
    #endif
    *data = (void *)d;
    *kind = 0;
    return 0;
}

uint32_t cy_unicode_read_cursor(void **data, int *kind, mp_int_t i) {
    const byte *p = (const byte *)*data;
    #if MICROPY_PY_BUILTINS_STR_UNICODE
    mp_int_t k = *kind;
    while (k < i) {
        p = utf8_next_char(p);
        k++;
    }
    while (k > i) {
        // Step back over continuation bytes (10xxxxxx) to the previous lead byte.
        do {
            p--;
        } while ((*p & 0xc0) == 0x80);
        k--;
    }
    *data = (void *)p;
    *kind = (int)k;
    return (uint32_t)utf8_get_char(p);
    #else
    (void)kind;
    return p[i];
    #endif
}

int cy_unicode_predicate(uint32_t ch, int which) {
    switch (which) {
        case CY_UNI_ALNUM:
            return unichar_isalnum(ch);
        case CY_UNI_ALPHA:
            return unichar_isalpha(ch);
        case CY_UNI_DECIMAL:
        case CY_UNI_DIGIT:
        case CY_UNI_NUMERIC:
            return unichar_isdigit(ch);
        case CY_UNI_LOWER:
            return unichar_islower(ch);
        case CY_UNI_SPACE:
            return unichar_isspace(ch);
        case CY_UNI_TITLE:
        case CY_UNI_UPPER:
            return unichar_isupper(ch);
        case CY_UNI_PRINTABLE:
            return ch >= 0x20 && ch < 0x7f;
        default:
            return 0;
    }
}

mp_obj_t cy_PyNumber_ToBase(mp_obj_t n, int base) {
    const mp_obj_fun_builtin_fixed_t *f = base == 16 ? &mp_builtin_hex_obj
        : base == 8 ? &mp_builtin_oct_obj : &mp_builtin_bin_obj;
    CY_TRY_RETURN_OBJ(mp_call_function_1(MP_OBJ_FROM_PTR(f), n));
}

// Clip [start:stop] of a buffer of `length` bytes as Cython's decode helpers do.
static void clip_range(mp_int_t length, mp_int_t *start, mp_int_t *stop) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) {
            *start = 0;
        }
    }
    if (*stop < 0) {
        *stop += length;
    }
    if (*stop > length) {
        *stop = length;
    }
    if (*stop < *start) {
        *stop = *start;
    }
}

static mp_obj_t decode_raising(const char *data, mp_int_t start, mp_int_t stop) {
    mp_obj_t args[2] = {
        mp_obj_new_bytes((const byte *)data + start, (size_t)(stop - start)),
        MP_OBJ_NEW_QSTR(MP_QSTR_utf_hyphen_8),
    };
    return mp_obj_str_make_new(&mp_type_str, 2, 0, args);
}

mp_obj_t cy_decode_buffer(const char *data, mp_int_t length, mp_int_t start, mp_int_t stop) {
    clip_range(length, &start, &stop);
    if (cy_exc_check_utf8(data + start, (size_t)(stop - start)) < 0) {
        return MP_OBJ_NULL;
    }
    CY_TRY_RETURN_OBJ(decode_raising(data, start, stop));
}

mp_obj_t cy_decode_object(mp_obj_t buffer, mp_int_t start, mp_int_t stop) {
    mp_buffer_info_t bufinfo;
    if (mp_obj_is_str(buffer) || !mp_get_buffer(buffer, &bufinfo, MP_BUFFER_READ)) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "expected bytes, %.200s found",
            cy_obj_tp_name(buffer));
        return MP_OBJ_NULL;
    }
    return cy_decode_buffer((const char *)bufinfo.buf, (mp_int_t)bufinfo.len, start, stop);
}

int cy_bytes_getitem(mp_obj_t b, mp_int_t i, int wraparound) {
    mp_buffer_info_t bufinfo;
    if (mp_obj_is_str(b) || !mp_get_buffer(b, &bufinfo, MP_BUFFER_READ)) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "expected bytes, %.200s found",
            cy_obj_tp_name(b));
        return -1;
    }
    mp_int_t n = (mp_int_t)bufinfo.len;
    if (wraparound && i < 0) {
        i += n;
    }
    if (i < 0 || i >= n) {
        cy_err_set_msg(&mp_type_IndexError, "string index out of range");
        return -1;
    }
    return ((const byte *)bufinfo.buf)[i];
}

int cy_bytearray_setitem(mp_obj_t ba, mp_int_t i, int v, int wraparound) {
    mp_buffer_info_t bufinfo;
    if (!mp_obj_is_type(ba, &mp_type_bytearray) || !mp_get_buffer(ba, &bufinfo, MP_BUFFER_WRITE)) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "expected bytearray, %.200s found",
            cy_obj_tp_name(ba));
        return -1;
    }
    mp_int_t n = (mp_int_t)bufinfo.len;
    if (wraparound && i < 0) {
        i += n;
    }
    if (i < 0 || i >= n) {
        cy_err_set_msg(&mp_type_IndexError, "bytearray index out of range");
        return -1;
    }
    if (v < 0 || v > 255) {
        cy_err_set_msg(&mp_type_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    ((byte *)bufinfo.buf)[i] = (byte)v;
    return 0;
}

int cy_Pyx_PyByteArray_Append(mp_obj_t ba, int value) {
    if (value < 0 || value > 255) {
        cy_err_set_msg(&mp_type_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    return call_method_status(ba, MP_QSTR_append, 1, (mp_obj_t[]){MP_OBJ_NEW_SMALL_INT(value)});
}

int cy_Pyx_PyByteArray_ExtendBytes(mp_obj_t ba, mp_obj_t value) {
    return call_method_status(ba, MP_QSTR_extend, 1, &value);
}

mp_obj_t cy_PyUnicode_AsASCIIString(mp_obj_t s) {
    mp_int_t len;
    const char *d = cy_PyUnicode_AsUTF8AndSize(s, &len);
    if (d == NULL) {
        return MP_OBJ_NULL;
    }
    size_t chars = 0;
    for (mp_int_t k = 0; k < len; k++) {
        unsigned char c = (unsigned char)d[k];
        if (c >= 0x80) {
            // CPython's error covers the run of non-ASCII characters from the first one.
            size_t end = chars;
            for (mp_int_t j = k; j < len && (unsigned char)d[j] >= 0x80; j++) {
                end += ((unsigned char)d[j] & 0xC0) != 0x80;
            }
            cy_exc_set_encode_error("ascii", s, chars, end, "ordinal not in range(128)");
            return MP_OBJ_NULL;
        }
        chars++;
    }
    return cy_PyBytes_FromStringAndSize(d, len);
}

// ===========================================================================================
// Lists and tuples
// ===========================================================================================

static mp_obj_t new_list_raising(mp_int_t size) {
    mp_obj_t l = mp_obj_new_list((size_t)size, NULL);
    mp_obj_t *items = cy_list_items(l);
    for (mp_int_t i = 0; i < size; i++) {
        items[i] = mp_const_none;
    }
    return l;
}

mp_obj_t cy_PyList_New(mp_int_t size) {
    if (size < 0) {
        cy_err_set_msg(&mp_type_ValueError, "negative size");
        return MP_OBJ_NULL;
    }
    CY_TRY_RETURN_OBJ(new_list_raising(size));
}

static int index_error(const char *what) {
    cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_IndexError), "%s index out of range", what);
    return -1;
}

// Item slot i of an exact list or tuple (CPython's PyList_/PyTuple_ GetItem and SetItem take no
// negative indices), or NULL with CPython's error pending.
static mp_obj_t *item_slot(mp_obj_t seq, const mp_obj_type_t *type, mp_int_t i, const char *what) {
    if (!mp_obj_is_type(seq, type)) {
        cy_err_set_msg(&mp_type_TypeError, "bad argument to internal function");
        return NULL;
    }
    size_t len;
    mp_obj_t *items;
    mp_obj_get_array(seq, &len, &items);
    if (i < 0 || (size_t)i >= len) {
        index_error(what);
        return NULL;
    }
    return &items[i];
}

int cy_PyList_SetItem(mp_obj_t list, mp_int_t i, mp_obj_t v) {
    mp_obj_t *slot = item_slot(list, &mp_type_list, i, "list assignment");
    if (slot == NULL) {
        return -1;
    }
    *slot = v;
    return 0;
}

mp_obj_t cy_PyList_GetItem(mp_obj_t list, mp_int_t i) {
    mp_obj_t *slot = item_slot(list, &mp_type_list, i, "list");
    return slot == NULL ? MP_OBJ_NULL : *slot;
}

mp_int_t cy_PyList_Size(mp_obj_t list) {
    return cy_PyObject_Length(list);
}

int cy_PyList_Append(mp_obj_t list, mp_obj_t item) {
    CY_TRY_BEGIN
    if (mp_obj_is_type(list, &mp_type_list)) {
        mp_obj_list_append(list, item);
    } else {
        call_method_raising(list, MP_OBJ_NEW_QSTR(MP_QSTR_append), 1, &item, 0, NULL);
    }
    CY_TRY_END(return -1);
    return 0;
}

static int call_method_status(mp_obj_t obj, qstr name, size_t n, const mp_obj_t *args) {
    CY_TRY_BEGIN
    call_method_raising(obj, MP_OBJ_NEW_QSTR(name), n, args, 0, NULL);
    CY_TRY_END(return -1);
    return 0;
}

int cy_PyList_Insert(mp_obj_t list, mp_int_t index, mp_obj_t item) {
    mp_obj_t args[2] = {MP_OBJ_NEW_SMALL_INT(index), item};
    return call_method_status(list, MP_QSTR_insert, 2, args);
}

int cy_PyList_Sort(mp_obj_t list) {
    return call_method_status(list, MP_QSTR_sort, 0, NULL);
}

int cy_PyList_Reverse(mp_obj_t list) {
    return call_method_status(list, MP_QSTR_reverse, 0, NULL);
}

int cy_PyList_Extend(mp_obj_t list, mp_obj_t iterable) {
    return call_method_status(list, MP_QSTR_extend, 1, &iterable);
}

mp_obj_t cy_PyList_AsTuple(mp_obj_t list) {
    return cy_PySequence_Tuple(list);
}

static mp_obj_t slice_of(mp_int_t low, mp_int_t high) {
    return mp_obj_new_slice(mp_obj_new_int(low), mp_obj_new_int(high), mp_const_none);
}

mp_obj_t cy_PySequence_GetSlice(mp_obj_t obj, mp_int_t low, mp_int_t high) {
    CY_TRY_RETURN_OBJ(mp_obj_subscr(obj, slice_of(low, high), MP_OBJ_SENTINEL));
}

mp_obj_t cy_PyList_GetSlice(mp_obj_t list, mp_int_t low, mp_int_t high) {
    return cy_PySequence_GetSlice(list, low, high);
}

int cy_PyList_SetSlice(mp_obj_t list, mp_int_t low, mp_int_t high, mp_obj_t items) {
    CY_TRY_BEGIN
    mp_obj_subscr(list, slice_of(low, high), items == MP_OBJ_NULL ? MP_OBJ_NULL : items);
    CY_TRY_END(return -1);
    return 0;
}

mp_obj_t cy_Pyx_PyList_FromArray(mp_obj_t const *src, mp_int_t n) {
    CY_TRY_RETURN_OBJ(mp_obj_new_list((size_t)n, (mp_obj_t *)src));
}

mp_obj_t cy_PySequence_List(mp_obj_t iterable) {
    CY_TRY_RETURN_OBJ(mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_list), iterable));
}

mp_obj_t cy_Pyx_PyObject_Pop(mp_obj_t obj) {
    CY_TRY_RETURN_OBJ(call_method_raising(obj, MP_OBJ_NEW_QSTR(MP_QSTR_pop), 0, NULL, 0, NULL));
}

mp_obj_t cy_pop_index(mp_obj_t obj, mp_obj_t py_index, mp_int_t index) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t arg = py_index != MP_OBJ_NULL ? py_index : mp_obj_new_int(index);
        mp_obj_t r = call_method_raising(obj, MP_OBJ_NEW_QSTR(MP_QSTR_pop), 1, &arg, 0, NULL);
        nlr_pop();
        return r;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return MP_OBJ_NULL;
}

static mp_obj_t new_tuple_raising(mp_int_t size) {
    mp_obj_t t = mp_obj_new_tuple((size_t)size, NULL);
    if (size > 0) {
        mp_obj_t *items = cy_tuple_items(t);
        for (mp_int_t i = 0; i < size; i++) {
            items[i] = mp_const_none;
        }
    }
    return t;
}

mp_obj_t cy_PyTuple_New(mp_int_t size) {
    if (size < 0) {
        cy_err_set_msg(&mp_type_ValueError, "negative size");
        return MP_OBJ_NULL;
    }
    CY_TRY_RETURN_OBJ(new_tuple_raising(size));
}

int cy_PyTuple_SetItem(mp_obj_t t, mp_int_t i, mp_obj_t v) {
    mp_obj_t *slot = item_slot(t, &mp_type_tuple, i, "tuple assignment");
    if (slot == NULL) {
        return -1;
    }
    *slot = v;
    return 0;
}

mp_obj_t cy_PyTuple_GetItem(mp_obj_t t, mp_int_t i) {
    mp_obj_t *slot = item_slot(t, &mp_type_tuple, i, "tuple");
    return slot == NULL ? MP_OBJ_NULL : *slot;
}

mp_int_t cy_PyTuple_Size(mp_obj_t t) {
    return cy_PyObject_Length(t);
}

mp_obj_t cy_PyTuple_GetSlice(mp_obj_t t, mp_int_t low, mp_int_t high) {
    return cy_PySequence_GetSlice(t, low, high);
}

mp_obj_t cy_Pyx_PyTuple_FromArray(mp_obj_t const *src, mp_int_t n) {
    CY_TRY_RETURN_OBJ(mp_obj_new_tuple(n < 0 ? 0 : (size_t)n, src));
}

mp_obj_t cy_PyTuple_Pack(mp_int_t n, ...) {
    mp_obj_t stack[CY_ARGS_ON_STACK];
    if (n < 0 || n > CY_ARGS_ON_STACK) {
        cy_err_set_msg(&mp_type_ValueError, "PyTuple_Pack: too many items");
        return MP_OBJ_NULL;
    }
    va_list ap;
    va_start(ap, n);
    for (mp_int_t i = 0; i < n; i++) {
        stack[i] = va_arg(ap, mp_obj_t);
    }
    va_end(ap);
    return cy_Pyx_PyTuple_FromArray(stack, n);
}

mp_obj_t cy_PySequence_Tuple(mp_obj_t iterable) {
    if (mp_obj_is_exact_type(iterable, &mp_type_tuple)) {
        return iterable;
    }
    CY_TRY_RETURN_OBJ(mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_tuple), iterable));
}

// ===========================================================================================
// Dicts
// ===========================================================================================

mp_obj_t cy_PyDict_New(void) {
    CY_TRY_RETURN_OBJ(mp_obj_new_dict(0));
}

mp_obj_t cy_dict_new_presized(mp_int_t n) {
    CY_TRY_RETURN_OBJ(mp_obj_new_dict(n < 0 ? 0 : (size_t)n));
}

int cy_PyDict_SetItem(mp_obj_t dict, mp_obj_t key, mp_obj_t value) {
    CY_TRY_BEGIN
    if (mp_obj_is_dict_or_ordereddict(dict)) {
        mp_obj_dict_store(dict, key, value);
    } else {
        mp_obj_subscr(dict, key, value);
    }
    CY_TRY_END(return -1);
    return 0;
}

int cy_PyDict_SetItemString(mp_obj_t dict, const char *key, mp_obj_t value) {
    mp_obj_t k;
    CY_TRY_ASSIGN(k, MP_OBJ_NEW_QSTR(qstr_from_str(key)));
    if (k == MP_OBJ_NULL) {
        return -1;
    }
    return cy_PyDict_SetItem(dict, k, value);
}

mp_obj_t cy_PyDict_GetItemWithError(mp_obj_t dict, mp_obj_t key) {
    if (!mp_obj_is_dict_or_ordereddict(dict)) {
        cy_err_set_msg(&mp_type_TypeError, "bad argument to internal function");
        return MP_OBJ_NULL;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_map_elem_t *elem = mp_map_lookup(mp_obj_dict_get_map(dict), key, MP_MAP_LOOKUP);
        nlr_pop();
        return elem ? elem->value : MP_OBJ_NULL;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return MP_OBJ_NULL;
}

mp_obj_t cy_PyDict_GetItem(mp_obj_t dict, mp_obj_t key) {
    mp_obj_t saved = cy_err_fetch();
    mp_obj_t r = cy_PyDict_GetItemWithError(dict, key);
    SET_PENDING(saved);
    return r;
}

mp_obj_t cy_PyDict_GetItemString(mp_obj_t dict, const char *key) {
    qstr q = qstr_find_strn(key, strlen(key));
    if (q == MP_QSTRnull) {
        return MP_OBJ_NULL; // no such interned name, so no such qstr key
    }
    return cy_PyDict_GetItem(dict, MP_OBJ_NEW_QSTR(q));
}

int cy_PyDict_GetItemRef(mp_obj_t dict, mp_obj_t key, mp_obj_t *result) {
    *result = cy_PyDict_GetItemWithError(dict, key);
    if (*result != MP_OBJ_NULL) {
        return 1;
    }
    return PENDING == MP_OBJ_NULL ? 0 : -1;
}

mp_obj_t cy_Pyx_PyDict_GetItem(mp_obj_t dict, mp_obj_t key) {
    mp_obj_t r = cy_PyDict_GetItemWithError(dict, key);
    if (r == MP_OBJ_NULL && PENDING == MP_OBJ_NULL) {
        cy_PyErr_SetObject(MP_OBJ_FROM_PTR(&mp_type_KeyError), key);
    }
    return r;
}

mp_obj_t cy_Pyx_PyDict_GetItemDefault(mp_obj_t dict, mp_obj_t key, mp_obj_t default_value) {
    mp_obj_t r = cy_PyDict_GetItemWithError(dict, key);
    if (r == MP_OBJ_NULL && PENDING == MP_OBJ_NULL) {
        return default_value;
    }
    return r;
}

mp_obj_t cy_Pyx_PyDict_SetDefault(mp_obj_t dict, mp_obj_t key, mp_obj_t default_value) {
    mp_obj_t args[2] = {key, default_value};
    CY_TRY_RETURN_OBJ(call_method_raising(dict, MP_OBJ_NEW_QSTR(MP_QSTR_setdefault), 2, args, 0, NULL));
}

int cy_PyDict_DelItem(mp_obj_t dict, mp_obj_t key) {
    return cy_PyObject_DelItem(dict, key);
}

int cy_PyDict_Contains(mp_obj_t dict, mp_obj_t key) {
    return cy_PySequence_Contains(dict, key);
}

mp_int_t cy_PyDict_Size(mp_obj_t dict) {
    if (dict == MP_OBJ_NULL) {
        return 0;
    }
    if (mp_obj_is_dict_or_ordereddict(dict)) {
        return (mp_int_t)mp_obj_dict_len(dict);
    }
    return cy_PyObject_Length(dict);
}

mp_obj_t cy_PyDict_Copy(mp_obj_t dict) {
    if (dict == MP_OBJ_NULL) {
        return cy_PyDict_New();
    }
    CY_TRY_RETURN_OBJ(call_method_raising(dict, MP_OBJ_NEW_QSTR(MP_QSTR_copy), 0, NULL, 0, NULL));
}

int cy_PyDict_Update(mp_obj_t dict, mp_obj_t other) {
    return call_method_status(dict, MP_QSTR_update, 1, &other);
}

void cy_PyDict_Clear(mp_obj_t dict) {
    if (call_method_status(dict, MP_QSTR_clear, 0, NULL) < 0) {
        cy_err_clear();
    }
}

mp_obj_t cy_PyDict_Keys(mp_obj_t dict) {
    mp_obj_t v = cy_Pyx_PyObject_CallMethod0(dict, MP_OBJ_NEW_QSTR(MP_QSTR_keys));
    return v == MP_OBJ_NULL ? v : cy_PySequence_List(v);
}

mp_obj_t cy_PyDict_Values(mp_obj_t dict) {
    mp_obj_t v = cy_Pyx_PyObject_CallMethod0(dict, MP_OBJ_NEW_QSTR(MP_QSTR_values));
    return v == MP_OBJ_NULL ? v : cy_PySequence_List(v);
}

mp_obj_t cy_PyDict_Items(mp_obj_t dict) {
    mp_obj_t v = cy_Pyx_PyObject_CallMethod0(dict, MP_OBJ_NEW_QSTR(MP_QSTR_items));
    return v == MP_OBJ_NULL ? v : cy_PySequence_List(v);
}

int cy_PyDict_Next(mp_obj_t dict, mp_int_t *pos, mp_obj_t *key, mp_obj_t *value) {
    mp_map_t *map = mp_obj_dict_get_map(dict);
    for (size_t i = (size_t)*pos; i < map->alloc; i++) {
        if (mp_map_slot_is_filled(map, i)) {
            if (key) {
                *key = map->table[i].key;
            }
            if (value) {
                *value = map->table[i].value;
            }
            *pos = (mp_int_t)i + 1;
            return 1;
        }
    }
    *pos = (mp_int_t)map->alloc;
    return 0;
}

mp_obj_t cy_Pyx_PyDict_Pop(mp_obj_t dict, mp_obj_t key, mp_obj_t default_value) {
    mp_obj_t args[2] = {key, default_value};
    size_t n = default_value == MP_OBJ_NULL ? 1 : 2;
    CY_TRY_RETURN_OBJ(call_method_raising(dict, MP_OBJ_NEW_QSTR(MP_QSTR_pop), n, args, 0, NULL));
}

mp_obj_t cy_Pyx_dict_iterator(mp_obj_t iterable, int is_dict, mp_obj_t method_name,
    mp_int_t *p_orig_length, int *p_source_is_dict) {
    is_dict = is_dict || mp_obj_is_exact_type(iterable, &mp_type_dict);
    *p_source_is_dict = is_dict;
    if (is_dict) {
        *p_orig_length = (mp_int_t)mp_obj_dict_len(iterable);
        return iterable;
    }
    *p_orig_length = 0;
    if (method_name != MP_OBJ_NULL) {
        mp_obj_t r = cy_Pyx_PyObject_CallMethod0(iterable, method_name);
        return r == MP_OBJ_NULL ? r : cy_PyObject_GetIter(r);
    }
    return cy_PyObject_GetIter(iterable);
}

static int unpack2(mp_obj_t item, mp_obj_t *a, mp_obj_t *b) {
    if (mp_obj_is_exact_type(item, &mp_type_tuple) && cy_PyTuple_GET_SIZE(item) == 2) {
        *a = cy_tuple_items(item)[0];
        *b = cy_tuple_items(item)[1];
        return 0;
    }
    mp_obj_t out[2];
    if (cy_unpack_sequence(item, 2, out) < 0) {
        return -1;
    }
    *a = out[0];
    *b = out[1];
    return 0;
}

int cy_Pyx_dict_iter_next(mp_obj_t dict_or_iter, mp_int_t orig_length, mp_int_t *ppos,
    mp_obj_t *pkey, mp_obj_t *pvalue, mp_obj_t *pitem, int source_is_dict) {
    if (source_is_dict) {
        if ((mp_int_t)mp_obj_dict_len(dict_or_iter) != orig_length) {
            cy_err_set_msg(&mp_type_RuntimeError, "dictionary changed size during iteration");
            return -1;
        }
        mp_obj_t k, v;
        if (!cy_PyDict_Next(dict_or_iter, ppos, &k, &v)) {
            return 0;
        }
        if (pitem) {
            mp_obj_t kv[2] = {k, v};
            mp_obj_t t = cy_Pyx_PyTuple_FromArray(kv, 2);
            if (t == MP_OBJ_NULL) {
                return -1;
            }
            *pitem = t;
        } else {
            if (pkey) {
                *pkey = k;
            }
            if (pvalue) {
                *pvalue = v;
            }
        }
        return 1;
    }
    mp_obj_t next = cy_PyIter_Next(dict_or_iter);
    if (next == MP_OBJ_NULL) {
        return PENDING == MP_OBJ_NULL ? 0 : -1;
    }
    if (pitem) {
        *pitem = next;
    } else if (pkey && pvalue) {
        if (unpack2(next, pkey, pvalue) < 0) {
            return -1;
        }
    } else if (pkey) {
        *pkey = next;
    } else if (pvalue) {
        *pvalue = next;
    }
    return 1;
}

int cy_Pyx_PyDict_ContainsTF(mp_obj_t item, mp_obj_t dict, int eq) {
    return cy_Pyx_PySequence_ContainsTF(item, dict, eq);
}

// ===========================================================================================
// Sets
// ===========================================================================================

mp_obj_t cy_PySet_New(mp_obj_t iterable) {
    #if MICROPY_PY_BUILTINS_SET
    if (iterable == MP_OBJ_NULL) {
        CY_TRY_RETURN_OBJ(mp_obj_new_set(0, NULL));
    }
    CY_TRY_RETURN_OBJ(mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_set), iterable));
    #else
    (void)iterable;
    cy_err_set_msg(&mp_type_TypeError, "set is not supported");
    return MP_OBJ_NULL;
    #endif
}

mp_obj_t cy_PyFrozenSet_New(mp_obj_t iterable) {
    #if MICROPY_PY_BUILTINS_FROZENSET
    if (iterable == MP_OBJ_NULL) {
        CY_TRY_RETURN_OBJ(mp_call_function_n_kw(MP_OBJ_FROM_PTR(&mp_type_frozenset), 0, 0, NULL));
    }
    CY_TRY_RETURN_OBJ(mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_frozenset), iterable));
    #else
    return cy_PySet_New(iterable);
    #endif
}

int cy_PySet_Add(mp_obj_t set, mp_obj_t key) {
    CY_TRY_BEGIN
    #if MICROPY_PY_BUILTINS_SET
    if (mp_obj_is_exact_type(set, &mp_type_set)) {
        mp_obj_set_store(set, key);
    } else
    #endif
    {
        call_method_raising(set, MP_OBJ_NEW_QSTR(MP_QSTR_add), 1, &key, 0, NULL);
    }
    CY_TRY_END(return -1);
    return 0;
}

int cy_PySet_Contains(mp_obj_t set, mp_obj_t key) {
    return cy_PySequence_Contains(set, key);
}

int cy_PySet_Discard(mp_obj_t set, mp_obj_t key) {
    int found = cy_PySet_Contains(set, key);
    if (found <= 0) {
        return found;
    }
    return call_method_status(set, MP_QSTR_discard, 1, &key) < 0 ? -1 : 1;
}

int cy_PySet_Clear(mp_obj_t set) {
    return call_method_status(set, MP_QSTR_clear, 0, NULL) < 0 ? -1 : 0;
}

int cy_Pyx_PySet_Remove(mp_obj_t set, mp_obj_t key) {
    return call_method_status(set, MP_QSTR_remove, 1, &key);
}

mp_int_t cy_PySet_Size(mp_obj_t set) {
    return cy_PyObject_Length(set);
}

// ===========================================================================================
// Object / sequence protocol
// ===========================================================================================

mp_obj_t cy_PyObject_GetItem(mp_obj_t obj, mp_obj_t key) {
    CY_TRY_RETURN_OBJ(mp_obj_subscr(obj, key, MP_OBJ_SENTINEL));
}

int cy_PyObject_SetItem(mp_obj_t obj, mp_obj_t key, mp_obj_t value) {
    CY_TRY_BEGIN
    mp_obj_subscr(obj, key, value);
    CY_TRY_END(return -1);
    return 0;
}

int cy_PyObject_DelItem(mp_obj_t obj, mp_obj_t key) {
    CY_TRY_BEGIN
    mp_obj_subscr(obj, key, MP_OBJ_NULL);
    CY_TRY_END(return -1);
    return 0;
}

mp_obj_t cy_getitem_int(mp_obj_t obj, mp_int_t i) {
    if (mp_obj_is_exact_type(obj, &mp_type_list)) {
        mp_int_t n = cy_PyList_GET_SIZE(obj);
        mp_int_t j = i < 0 ? i + n : i;
        if (j < 0 || j >= n) {
            index_error("list");
            return MP_OBJ_NULL;
        }
        return cy_list_items(obj)[j];
    }
    if (mp_obj_is_exact_type(obj, &mp_type_tuple)) {
        mp_int_t n = cy_PyTuple_GET_SIZE(obj);
        mp_int_t j = i < 0 ? i + n : i;
        if (j < 0 || j >= n) {
            index_error("tuple");
            return MP_OBJ_NULL;
        }
        return cy_tuple_items(obj)[j];
    }
    CY_TRY_RETURN_OBJ(mp_obj_subscr(obj, mp_obj_new_int(i), MP_OBJ_SENTINEL));
}

int cy_setitem_int(mp_obj_t obj, mp_int_t i, mp_obj_t value) {
    if (mp_obj_is_exact_type(obj, &mp_type_list)) {
        mp_int_t n = cy_PyList_GET_SIZE(obj);
        mp_int_t j = i < 0 ? i + n : i;
        if (j < 0 || j >= n) {
            return index_error("list assignment");
        }
        cy_list_items(obj)[j] = value;
        return 0;
    }
    CY_TRY_BEGIN
    mp_obj_subscr(obj, mp_obj_new_int(i), value);
    CY_TRY_END(return -1);
    return 0;
}

int cy_delitem_int(mp_obj_t obj, mp_int_t i) {
    CY_TRY_BEGIN
    mp_obj_subscr(obj, mp_obj_new_int(i), MP_OBJ_NULL);
    CY_TRY_END(return -1);
    return 0;
}

static mp_obj_t slice_bound(mp_obj_t *py, mp_int_t c, int has_c) {
    if (py != NULL && *py != MP_OBJ_NULL) {
        return *py;
    }
    return has_c ? mp_obj_new_int(c) : mp_const_none;
}

static mp_obj_t make_slice_raising(mp_int_t cstart, mp_int_t cstop, mp_obj_t *py_start,
    mp_obj_t *py_stop, mp_obj_t *py_slice, int has_cstart, int has_cstop) {
    if (py_slice != NULL && *py_slice != MP_OBJ_NULL) {
        return *py_slice;
    }
    return mp_obj_new_slice(slice_bound(py_start, cstart, has_cstart),
        slice_bound(py_stop, cstop, has_cstop), mp_const_none);
}

mp_obj_t cy_Pyx_PyObject_GetSlice(mp_obj_t obj, mp_int_t cstart, mp_int_t cstop,
    mp_obj_t *py_start, mp_obj_t *py_stop, mp_obj_t *py_slice, int has_cstart, int has_cstop,
    int wraparound) {
    (void)wraparound;
    CY_TRY_RETURN_OBJ(mp_obj_subscr(obj, make_slice_raising(cstart, cstop, py_start, py_stop,
        py_slice, has_cstart, has_cstop), MP_OBJ_SENTINEL));
}

int cy_Pyx_PyObject_SetSlice(mp_obj_t obj, mp_obj_t value, mp_int_t cstart, mp_int_t cstop,
    mp_obj_t *py_start, mp_obj_t *py_stop, mp_obj_t *py_slice, int has_cstart, int has_cstop,
    int wraparound) {
    (void)wraparound;
    CY_TRY_BEGIN
    mp_obj_subscr(obj, make_slice_raising(cstart, cstop, py_start, py_stop, py_slice, has_cstart,
        has_cstop), value);
    CY_TRY_END(return -1);
    return 0;
}

mp_obj_t cy_PySlice_New(mp_obj_t start, mp_obj_t stop, mp_obj_t step) {
    CY_TRY_RETURN_OBJ(mp_obj_new_slice(start ? start : mp_const_none, stop ? stop : mp_const_none,
        step ? step : mp_const_none));
}

mp_int_t cy_PyObject_Length(mp_obj_t obj) {
    if (mp_obj_is_exact_type(obj, &mp_type_list)) {
        return cy_PyList_GET_SIZE(obj);
    }
    if (mp_obj_is_exact_type(obj, &mp_type_tuple)) {
        return cy_PyTuple_GET_SIZE(obj);
    }
    CY_TRY_RETURN_INT(MP_OBJ_SMALL_INT_VALUE(mp_obj_len(obj)), -1);
}

int cy_PySequence_Contains(mp_obj_t seq, mp_obj_t item) {
    return cy_binop_bool(MP_BINARY_OP_IN, item, seq);
}

int cy_Pyx_PySequence_ContainsTF(mp_obj_t item, mp_obj_t seq, int eq) {
    int r = cy_binop_bool(MP_BINARY_OP_IN, item, seq);
    if (r < 0) {
        return r;
    }
    return eq == cy_Py_EQ ? r : !r;
}

mp_obj_t cy_PySequence_Concat(mp_obj_t a, mp_obj_t b) {
    return cy_binop(MP_BINARY_OP_ADD, a, b);
}

mp_obj_t cy_PySequence_Repeat(mp_obj_t a, mp_int_t n) {
    return cy_binop(MP_BINARY_OP_MULTIPLY, a, MP_OBJ_NEW_SMALL_INT(n));
}

int cy_Pyx_PyObject_Append(mp_obj_t obj, mp_obj_t x) {
    if (mp_obj_is_exact_type(obj, &mp_type_list)) {
        return cy_PyList_Append(obj, x);
    }
    CY_TRY_BEGIN
    mp_obj_t dest[3];
    mp_load_method(obj, MP_QSTR_append, dest);
    dest[2] = x;
    mp_call_method_n_kw(1, 0, dest);
    CY_TRY_END(return -1);
    return 0;
}

// ===========================================================================================
// Iteration
// ===========================================================================================

mp_obj_t cy_PyObject_GetIter(mp_obj_t obj) {
    CY_TRY_RETURN_OBJ(mp_getiter(obj, NULL));
}

mp_obj_t cy_PyIter_Next(mp_obj_t iter) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r = mp_iternext(iter);
        nlr_pop();
        return r == MP_OBJ_STOP_ITERATION ? MP_OBJ_NULL : r;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return MP_OBJ_NULL;
}

mp_obj_t cy_iter_next_default(mp_obj_t iter, mp_obj_t default_value) {
    mp_obj_t r = cy_PyIter_Next(iter);
    if (r != MP_OBJ_NULL || PENDING != MP_OBJ_NULL) {
        return r;
    }
    if (default_value != MP_OBJ_NULL) {
        return default_value;
    }
    cy_err_set(MP_OBJ_FROM_PTR(&mp_type_StopIteration));
    return MP_OBJ_NULL;
}

int cy_Pyx_IterFinish(void) {
    mp_obj_t exc = PENDING;
    if (exc == MP_OBJ_NULL) {
        return 0;
    }
    if (mp_obj_exception_match(exc, MP_OBJ_FROM_PTR(&mp_type_StopIteration))) {
        SET_PENDING(MP_OBJ_NULL);
        return 0;
    }
    return -1;
}

int cy_Pyx_IternextUnpackEndCheck(mp_obj_t retval, mp_int_t expected) {
    if (retval != MP_OBJ_NULL) {
        cy_Pyx_RaiseTooManyValuesError(expected);
        return -1;
    }
    return cy_Pyx_IterFinish();
}

int cy_unpack_sequence(mp_obj_t seq, mp_int_t n, mp_obj_t *out) {
    mp_obj_t it = cy_PyObject_GetIter(seq);
    if (it == MP_OBJ_NULL) {
        return -1;
    }
    for (mp_int_t i = 0; i < n; i++) {
        out[i] = cy_PyIter_Next(it);
        if (out[i] == MP_OBJ_NULL) {
            if (cy_Pyx_IterFinish() == 0) {
                cy_Pyx_RaiseNeedMoreValuesError(i);
            }
            return -1;
        }
    }
    return cy_Pyx_IternextUnpackEndCheck(cy_PyIter_Next(it), n);
}
