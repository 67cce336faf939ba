// cy2upy_err.c: the pending exception (per thread), the names of objects in error
// messages, and CPython's PyErr_* API: setting, fetching, normalising,
// chaining and printing exceptions.
//
// Part of the C half of cython2upy's runtime (what each file holds: cy2upy_internal.h).

#include "cy2upy_internal.h"

// The pending exception and the exception being handled: PENDING and HANDLED read them,
// SET_PENDING(x) and SET_HANDLED(x) write them. Both are the calling thread's own.
#if !MICROPY_PY_THREAD

// One thread: two root pointers, so the GC sees them.
MP_REGISTER_ROOT_POINTER(mp_obj_t cy2upy_pending_exc);
MP_REGISTER_ROOT_POINTER(mp_obj_t cy2upy_handled_exc);

#define EXC_LOCK() ((void)0)
#define EXC_UNLOCK() ((void)0)
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

#if MICROPY_PY_THREAD_GIL
#define EXC_LOCK() ((void)0)
#define EXC_UNLOCK() ((void)0)
#else
#define EXC_LOCK() mp_thread_recursive_mutex_lock(&MP_STATE_MEM(gc_mutex), 1)
#define EXC_UNLOCK() mp_thread_recursive_mutex_unlock(&MP_STATE_MEM(gc_mutex))
#endif

mp_obj_t cy_i_thread_exc_get(int which) {
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

void cy_i_thread_exc_set(int which, mp_obj_t value) {
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

#endif

int cy_Pyx_assertions_enabled_flag = 1;

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
void cy_i_set_buf_msg(const mp_obj_type_t *type, const uint8_t *buf, size_t len) {
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
const char *cy_i_str_data_or_null(mp_obj_t obj, size_t *len) {
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
            // MicroPython's own integer printer (the firmware has it for str formatting).
            mp_print_t print = {vs, (mp_print_strn_t)vstr_add_strn};
            mp_obj_t o = is_unsigned ? mp_obj_new_int_from_ull((unsigned long long)v) : mp_obj_new_int_from_ll(v);
            unsigned base = conv == 'x' || conv == 'X' ? 16 : conv == 'o' ? 8 : 10;
            int flags = left ? PF_FLAG_LEFT_ADJUST : pad == '0' ? PF_FLAG_PAD_AFTER_SIGN : 0;
            mp_print_mp_int(&print, o, base, conv == 'X' ? 'A' : 'a', flags, left ? ' ' : pad, (int)width, 0);
            break;
        }
        case 'c':
            vstr_add_char(vs, (unichar)va_arg(*ap, int));
            break;
        case 'p': {
            mp_print_t print = {vs, (mp_print_strn_t)vstr_add_strn};
            mp_printf(&print, "0x%p", va_arg(*ap, void *));
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

void cy_Pyx_RaiseErrorWithObjectType1(mp_obj_t exc_type, const char *message, const char *arg,
    mp_obj_t obj) {
    mp_obj_t name = cy_Pyx_PyType_GetFullyQualifiedName(cy_Py_TYPE(obj));
    if (name != MP_OBJ_NULL) {
        cy_PyErr_Format(exc_type, message, arg, name);
    }
}

void cy_Pyx_RaiseErrorWithTypes1(mp_obj_t exc_type, const char *message, const char *arg,
    cy_PyTypeObject *type1, cy_PyTypeObject *type2) {
    mp_obj_t name1 = cy_Pyx_PyType_GetFullyQualifiedName(type1);
    mp_obj_t name2 = name1 != MP_OBJ_NULL ? cy_Pyx_PyType_GetFullyQualifiedName(type2) : MP_OBJ_NULL;
    if (name2 != MP_OBJ_NULL) {
        cy_PyErr_Format(exc_type, message, arg, name1, name2);
    }
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

int cy_exc_given_matches_own(mp_obj_t err, mp_obj_t type) {
    if (err == MP_OBJ_NULL) {
        return 0;
    }
    if (!mp_obj_is_exception_instance(err)) {
        return mp_obj_is_type(err, &mp_type_type) && mp_obj_is_subclass_fast(err, type) ? 1 : 0;
    }
    return mp_obj_exception_match(err, type) ? 1 : 0;
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
    // A root pointer too: stored while no collection runs (see cy_Pyx_AddTraceback).
    EXC_LOCK();
    MP_STATE_VM(cur_exception) = exc == MP_OBJ_NULL ? NULL : (mp_obj_base_t *)MP_OBJ_TO_PTR(exc);
    EXC_UNLOCK();
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

// The qstr of a traceback entry's function name; a name starting with '.' is relative to
// `module` (the traceback stage's helpers keep one copy of the module's name that way).
static qstr traceback_name(const char *module, const char *name) {
    if (name == NULL) {
        return MP_QSTR_;
    }
    if (name[0] != '.' || module == NULL) {
        return qstr_from_str(name);
    }
    size_t m = strlen(module), n = strlen(name);
    char stack[96];
    char *buf = m + n <= sizeof(stack) ? stack : m_new(char, m + n);
    memcpy(buf, module, m);
    memcpy(buf + m, name, n);
    qstr q = qstr_from_strn(buf, m + n);
    if (buf != stack) {
        m_del(char, buf, m + n);
    }
    return q;
}

void cy_Pyx_AddTraceback(const char *funcname, int c_line, int py_line, const char *filename) {
    (void)c_line;
    cy_Pyx_AddTracebackIn(NULL, funcname, py_line, filename);
}

void cy_Pyx_AddTracebackIn(const char *module, const char *funcname, int py_line, const char *filename) {
    mp_obj_t exc = PENDING;
    if (exc == MP_OBJ_NULL || !mp_obj_is_exception_instance(exc)) {
        return;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        // The block name is Cython's full name of the function ("module.func",
        // "module.Class.method"), which is what CPython's traceback shows for the frame.
        qstr file_q = filename ? qstr_from_str(filename) : MP_QSTR_;
        qstr block_q = traceback_name(module, funcname);
        // The exception is in the table, a root the collector marks first. Without a GIL another
        // thread's collection may mark it between the traceback block's (re)allocation and its
        // store into the exception; the new block, by then only in a register of this thread,
        // would be freed. Holding the collector's mutex from allocation to store closes that
        // window (the qstrs are made before: their own mutex is taken before this one elsewhere).
        EXC_LOCK();
        mp_obj_exception_add_traceback(exc, file_q, py_line > 0 ? (size_t)py_line : 0, block_q);
        EXC_UNLOCK();
        nlr_pop();
    }
    // If interning the names failed, the traceback entry is simply missing.
}
