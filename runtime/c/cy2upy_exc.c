// cy2upy_exc.c: CPython's exception classes that MicroPython lacks, and how `except` clauses of
// translated code match them. See "Exception types" in runtime/include/cy2upy.h.
//
// Each missing class is a real exception type in ROM, derived from the class CPython derives it
// from, built exactly like MicroPython's own (py/objexcept.h, MP_DEFINE_EXCEPTION): instances
// print as "FileNotFoundError: ...", `except OSError` in MicroPython code catches them, and a
// Python class may derive from them.
//
// MicroPython's runtime raises the base class where CPython raises one of these subclasses
// (OSError(ENOENT) for FileNotFoundError, RuntimeError for RecursionError, ...). An `except`
// clause of translated code naming the subclass catches those too: cy_exc_matches() looks at
// the errno or message MicroPython gives them, as CPython does when it picks the subclass.

#include <string.h>

#include "py/mperrno.h"
#include "py/objstr.h"
#include "py/objexcept.h"
#include "py/objtuple.h"
#include "cy2upy.h"

#define CY_DEFINE_EXCEPTION(name, base) \
    MP_DEFINE_CONST_OBJ_TYPE(cy_type_##name, MP_QSTR_##name, MP_TYPE_FLAG_NONE, \
    make_new, mp_obj_exception_make_new, \
    print, mp_obj_exception_print, \
    attr, mp_obj_exception_attr, \
    parent, base \
    );

#if CY2UPY_PART_EXC_MISC
CY_DEFINE_EXCEPTION(FloatingPointError, &mp_type_ArithmeticError)
#endif
CY_DEFINE_EXCEPTION(SystemError, &mp_type_Exception)
#if CY2UPY_PART_EXC_MISC
CY_DEFINE_EXCEPTION(RecursionError, &mp_type_RuntimeError)
#endif
CY_DEFINE_EXCEPTION(UnboundLocalError, &mp_type_NameError)
#if CY2UPY_PART_EXC_MISC
CY_DEFINE_EXCEPTION(ModuleNotFoundError, &mp_type_ImportError)
#endif
CY_DEFINE_EXCEPTION(BufferError, &mp_type_Exception)
#if CY2UPY_PART_EXC_MISC
CY_DEFINE_EXCEPTION(ReferenceError, &mp_type_Exception)
CY_DEFINE_EXCEPTION(TabError, &mp_type_IndentationError)
#endif
#if !MICROPY_PY_BUILTINS_STR_UNICODE
CY_DEFINE_EXCEPTION(UnicodeError, &mp_type_ValueError)
#endif
// The Unicode errors print CPython's texts and have CPython's attributes (encoding, object,
// start, end, reason: read from args), see below.
static void unicode_error_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind);
static void unicode_error_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest);
#define CY_DEFINE_UNICODE_ERROR(name) \
    MP_DEFINE_CONST_OBJ_TYPE(cy_type_##name, MP_QSTR_##name, MP_TYPE_FLAG_NONE, \
    make_new, mp_obj_exception_make_new, \
    print, unicode_error_print, \
    attr, unicode_error_attr, \
    parent, CY_TYPE_UnicodeError \
    );
CY_DEFINE_UNICODE_ERROR(UnicodeDecodeError)
CY_DEFINE_UNICODE_ERROR(UnicodeEncodeError)
CY_DEFINE_UNICODE_ERROR(UnicodeTranslateError)
#if CY2UPY_PART_EXC_OSERROR
CY_DEFINE_EXCEPTION(BlockingIOError, &mp_type_OSError)
CY_DEFINE_EXCEPTION(ChildProcessError, &mp_type_OSError)
CY_DEFINE_EXCEPTION(ConnectionError, &mp_type_OSError)
CY_DEFINE_EXCEPTION(BrokenPipeError, &cy_type_ConnectionError)
CY_DEFINE_EXCEPTION(ConnectionAbortedError, &cy_type_ConnectionError)
CY_DEFINE_EXCEPTION(ConnectionRefusedError, &cy_type_ConnectionError)
CY_DEFINE_EXCEPTION(ConnectionResetError, &cy_type_ConnectionError)
CY_DEFINE_EXCEPTION(FileExistsError, &mp_type_OSError)
CY_DEFINE_EXCEPTION(FileNotFoundError, &mp_type_OSError)
CY_DEFINE_EXCEPTION(InterruptedError, &mp_type_OSError)
CY_DEFINE_EXCEPTION(IsADirectoryError, &mp_type_OSError)
CY_DEFINE_EXCEPTION(NotADirectoryError, &mp_type_OSError)
CY_DEFINE_EXCEPTION(PermissionError, &mp_type_OSError)
CY_DEFINE_EXCEPTION(ProcessLookupError, &mp_type_OSError)
CY_DEFINE_EXCEPTION(TimeoutError, &mp_type_OSError)
#endif
#if !MICROPY_PY_ASYNC_AWAIT
CY_DEFINE_EXCEPTION(StopAsyncIteration, &mp_type_Exception)
#endif
#if CY2UPY_PART_EXC_WARNING
CY_DEFINE_EXCEPTION(Warning, &mp_type_Exception)
CY_DEFINE_EXCEPTION(UserWarning, &cy_type_Warning)
CY_DEFINE_EXCEPTION(DeprecationWarning, &cy_type_Warning)
CY_DEFINE_EXCEPTION(PendingDeprecationWarning, &cy_type_Warning)
CY_DEFINE_EXCEPTION(RuntimeWarning, &cy_type_Warning)
CY_DEFINE_EXCEPTION(SyntaxWarning, &cy_type_Warning)
CY_DEFINE_EXCEPTION(FutureWarning, &cy_type_Warning)
CY_DEFINE_EXCEPTION(ImportWarning, &cy_type_Warning)
CY_DEFINE_EXCEPTION(UnicodeWarning, &cy_type_Warning)
CY_DEFINE_EXCEPTION(BytesWarning, &cy_type_Warning)
CY_DEFINE_EXCEPTION(ResourceWarning, &cy_type_Warning)
CY_DEFINE_EXCEPTION(EncodingWarning, &cy_type_Warning)
#endif

// The classes above that Cython looks up by name (as builtins) rather than through PyExc_*.
// cy_Pyx_GetBuiltinName falls back to this table when MicroPython's builtins lack the name.
static const mp_rom_map_elem_t cy_exc_builtins_table[] = {
    #if CY2UPY_PART_EXC_MISC
    { MP_ROM_QSTR(MP_QSTR_FloatingPointError), MP_ROM_PTR(&cy_type_FloatingPointError) },
    #endif
    { MP_ROM_QSTR(MP_QSTR_SystemError), MP_ROM_PTR(&cy_type_SystemError) },
    #if CY2UPY_PART_EXC_MISC
    { MP_ROM_QSTR(MP_QSTR_RecursionError), MP_ROM_PTR(&cy_type_RecursionError) },
    #endif
    { MP_ROM_QSTR(MP_QSTR_UnboundLocalError), MP_ROM_PTR(&cy_type_UnboundLocalError) },
    #if CY2UPY_PART_EXC_MISC
    { MP_ROM_QSTR(MP_QSTR_ModuleNotFoundError), MP_ROM_PTR(&cy_type_ModuleNotFoundError) },
    #endif
    { MP_ROM_QSTR(MP_QSTR_BufferError), MP_ROM_PTR(&cy_type_BufferError) },
    #if CY2UPY_PART_EXC_MISC
    { MP_ROM_QSTR(MP_QSTR_ReferenceError), MP_ROM_PTR(&cy_type_ReferenceError) },
    { MP_ROM_QSTR(MP_QSTR_TabError), MP_ROM_PTR(&cy_type_TabError) },
    #endif
    { MP_ROM_QSTR(MP_QSTR_UnicodeError), MP_ROM_PTR(CY_TYPE_UnicodeError) },
    { MP_ROM_QSTR(MP_QSTR_UnicodeDecodeError), MP_ROM_PTR(&cy_type_UnicodeDecodeError) },
    { MP_ROM_QSTR(MP_QSTR_UnicodeEncodeError), MP_ROM_PTR(&cy_type_UnicodeEncodeError) },
    { MP_ROM_QSTR(MP_QSTR_UnicodeTranslateError), MP_ROM_PTR(&cy_type_UnicodeTranslateError) },
    #if CY2UPY_PART_EXC_OSERROR
    { MP_ROM_QSTR(MP_QSTR_EnvironmentError), MP_ROM_PTR(&mp_type_OSError) },
    { MP_ROM_QSTR(MP_QSTR_IOError), MP_ROM_PTR(&mp_type_OSError) },
    { MP_ROM_QSTR(MP_QSTR_BlockingIOError), MP_ROM_PTR(&cy_type_BlockingIOError) },
    { MP_ROM_QSTR(MP_QSTR_ChildProcessError), MP_ROM_PTR(&cy_type_ChildProcessError) },
    { MP_ROM_QSTR(MP_QSTR_ConnectionError), MP_ROM_PTR(&cy_type_ConnectionError) },
    { MP_ROM_QSTR(MP_QSTR_BrokenPipeError), MP_ROM_PTR(&cy_type_BrokenPipeError) },
    { MP_ROM_QSTR(MP_QSTR_ConnectionAbortedError), MP_ROM_PTR(&cy_type_ConnectionAbortedError) },
    { MP_ROM_QSTR(MP_QSTR_ConnectionRefusedError), MP_ROM_PTR(&cy_type_ConnectionRefusedError) },
    { MP_ROM_QSTR(MP_QSTR_ConnectionResetError), MP_ROM_PTR(&cy_type_ConnectionResetError) },
    { MP_ROM_QSTR(MP_QSTR_FileExistsError), MP_ROM_PTR(&cy_type_FileExistsError) },
    { MP_ROM_QSTR(MP_QSTR_FileNotFoundError), MP_ROM_PTR(&cy_type_FileNotFoundError) },
    { MP_ROM_QSTR(MP_QSTR_InterruptedError), MP_ROM_PTR(&cy_type_InterruptedError) },
    { MP_ROM_QSTR(MP_QSTR_IsADirectoryError), MP_ROM_PTR(&cy_type_IsADirectoryError) },
    { MP_ROM_QSTR(MP_QSTR_NotADirectoryError), MP_ROM_PTR(&cy_type_NotADirectoryError) },
    { MP_ROM_QSTR(MP_QSTR_PermissionError), MP_ROM_PTR(&cy_type_PermissionError) },
    { MP_ROM_QSTR(MP_QSTR_ProcessLookupError), MP_ROM_PTR(&cy_type_ProcessLookupError) },
    { MP_ROM_QSTR(MP_QSTR_TimeoutError), MP_ROM_PTR(&cy_type_TimeoutError) },
    #endif
    { MP_ROM_QSTR(MP_QSTR_StopAsyncIteration), MP_ROM_PTR(CY_TYPE_StopAsyncIteration) },
    #if CY2UPY_PART_EXC_WARNING
    { MP_ROM_QSTR(MP_QSTR_Warning), MP_ROM_PTR(&cy_type_Warning) },
    { MP_ROM_QSTR(MP_QSTR_UserWarning), MP_ROM_PTR(&cy_type_UserWarning) },
    { MP_ROM_QSTR(MP_QSTR_DeprecationWarning), MP_ROM_PTR(&cy_type_DeprecationWarning) },
    { MP_ROM_QSTR(MP_QSTR_PendingDeprecationWarning), MP_ROM_PTR(&cy_type_PendingDeprecationWarning) },
    { MP_ROM_QSTR(MP_QSTR_RuntimeWarning), MP_ROM_PTR(&cy_type_RuntimeWarning) },
    { MP_ROM_QSTR(MP_QSTR_SyntaxWarning), MP_ROM_PTR(&cy_type_SyntaxWarning) },
    { MP_ROM_QSTR(MP_QSTR_FutureWarning), MP_ROM_PTR(&cy_type_FutureWarning) },
    { MP_ROM_QSTR(MP_QSTR_ImportWarning), MP_ROM_PTR(&cy_type_ImportWarning) },
    { MP_ROM_QSTR(MP_QSTR_UnicodeWarning), MP_ROM_PTR(&cy_type_UnicodeWarning) },
    { MP_ROM_QSTR(MP_QSTR_BytesWarning), MP_ROM_PTR(&cy_type_BytesWarning) },
    { MP_ROM_QSTR(MP_QSTR_ResourceWarning), MP_ROM_PTR(&cy_type_ResourceWarning) },
    { MP_ROM_QSTR(MP_QSTR_EncodingWarning), MP_ROM_PTR(&cy_type_EncodingWarning) },
    #endif
};
MP_DEFINE_CONST_MAP(cy_exc_builtins_map, cy_exc_builtins_table);

mp_obj_t cy_exc_builtin(qstr name) {
    mp_map_elem_t *elem = mp_map_lookup((mp_map_t *)&cy_exc_builtins_map, MP_OBJ_NEW_QSTR(name),
        MP_MAP_LOOKUP);
    return elem == NULL ? MP_OBJ_NULL : elem->value;
}

// ----------------------------------------------------------------------------------------------
// Matching what MicroPython raises against the subclasses CPython would have raised

// The classes are compared by name, never by address: an address would make every firmware
// whose module has one `except` clause keep all of these classes and their printers.

#if CY2UPY_PART_EXC_OSERROR
// CPython's OSError subclasses by errno (PEP 3151): a short table of pairs, where a switch
// over the errno values compiles to a lookup table as long as the largest errno.
static const struct {
    uint16_t err;
    qstr_short_t name;
} oserror_subclasses[] = {
    {MP_EAGAIN, MP_QSTR_BlockingIOError},
    #if MP_EWOULDBLOCK != MP_EAGAIN
    {MP_EWOULDBLOCK, MP_QSTR_BlockingIOError},
    #endif
    {MP_EALREADY, MP_QSTR_BlockingIOError},
    {MP_EINPROGRESS, MP_QSTR_BlockingIOError},
    {MP_ECHILD, MP_QSTR_ChildProcessError},
    {MP_EPIPE, MP_QSTR_BrokenPipeError},
    {MP_ECONNABORTED, MP_QSTR_ConnectionAbortedError},
    {MP_ECONNREFUSED, MP_QSTR_ConnectionRefusedError},
    {MP_ECONNRESET, MP_QSTR_ConnectionResetError},
    {MP_EEXIST, MP_QSTR_FileExistsError},
    {MP_ENOENT, MP_QSTR_FileNotFoundError},
    {MP_EINTR, MP_QSTR_InterruptedError},
    {MP_EISDIR, MP_QSTR_IsADirectoryError},
    {MP_ENOTDIR, MP_QSTR_NotADirectoryError},
    {MP_EACCES, MP_QSTR_PermissionError},
    {MP_EPERM, MP_QSTR_PermissionError},
    {MP_ESRCH, MP_QSTR_ProcessLookupError},
    {MP_ETIMEDOUT, MP_QSTR_TimeoutError},
};

// The name of CPython's OSError subclass for an errno, or MP_QSTRnull.
static qstr oserror_subclass(mp_int_t err) {
    for (size_t i = 0; i < MP_ARRAY_SIZE(oserror_subclasses); i++) {
        if (oserror_subclasses[i].err == err) {
            return oserror_subclasses[i].name;
        }
    }
    return MP_QSTRnull;
}
#endif

// The first argument of a MicroPython exception instance (None when it has none).
static mp_obj_t first_arg(mp_obj_t exc) {
    return mp_obj_exception_get_value(exc);
}

static bool first_arg_starts_with(mp_obj_t exc, const char *prefix) {
    mp_obj_t a = first_arg(exc);
    if (!mp_obj_is_str(a)) {
        return false;
    }
    size_t len;
    const char *s = mp_obj_str_get_data(a, &len);
    size_t n = strlen(prefix);
    return len >= n && memcmp(s, prefix, n) == 0;
}

// The name of the class CPython would have given an exception that MicroPython raised as a base
// class, or MP_QSTRnull when it has the class CPython gives it.
static qstr cpython_class(mp_obj_t exc) {
    // A subclass whose part the firmware does not compile (rules/parts.toml) cannot be the
    // class of an `except` clause: its name is not asked for.
    const mp_obj_type_t *t = mp_obj_get_type(exc);
    #if CY2UPY_PART_EXC_OSERROR
    if (t == &mp_type_OSError) {
        mp_obj_t a = first_arg(exc);
        return mp_obj_is_small_int(a) ? oserror_subclass(MP_OBJ_SMALL_INT_VALUE(a)) : MP_QSTRnull;
    }
    #endif
    #if CY2UPY_PART_EXC_MISC
    if (t == &mp_type_RuntimeError) {
        mp_obj_t a = first_arg(exc);
        if (a == MP_OBJ_NEW_QSTR(MP_QSTR_maximum_space_recursion_space_depth_space_exceeded)) {
            return MP_QSTR_RecursionError;
        }
        return first_arg_starts_with(exc, "maximum recursion depth exceeded") ? MP_QSTR_RecursionError : MP_QSTRnull;
    }
    #endif
    if (t == &mp_type_NameError) {
        return first_arg_starts_with(exc, "local variable referenced before assignment")
               ? MP_QSTR_UnboundLocalError : MP_QSTRnull;
    }
    #if CY2UPY_PART_EXC_MISC
    if (t == &mp_type_ImportError) {
        return first_arg_starts_with(exc, "no module named") ? MP_QSTR_ModuleNotFoundError : MP_QSTRnull;
    }
    #endif
    return MP_QSTRnull;
}

// Whether `want` is the exception class of this runtime (or MicroPython's own, where a port has
// it) named `name`: a native exception type, so never a Python class that merely has the name.
static bool is_exc_class(const mp_obj_type_t *want, qstr name) {
    return want->name == name && MP_OBJ_TYPE_GET_SLOT_OR_NULL(want, make_new) == mp_obj_exception_make_new;
}

bool cy_exc_matches(mp_obj_t exc, mp_obj_t type) {
    if (mp_obj_exception_match(exc, type)) {
        return true;
    }
    if (!mp_obj_is_native_exception_instance(exc) || !mp_obj_is_type(type, &mp_type_type)) {
        return false;
    }
    const mp_obj_type_t *want = MP_OBJ_TO_PTR(type);
    #if MICROPY_PY_BUILTINS_STR_UNICODE
    // MicroPython's codecs raise UnicodeError without arguments where CPython raises
    // UnicodeDecodeError (bytes to str) or UnicodeEncodeError (str to bytes).
    if (mp_obj_get_type(exc) == &mp_type_UnicodeError
        && (is_exc_class(want, MP_QSTR_UnicodeDecodeError) || is_exc_class(want, MP_QSTR_UnicodeEncodeError))) {
        mp_obj_exception_t *e = MP_OBJ_TO_PTR(exc);
        return e->args == NULL || e->args->len == 0;
    }
    #endif
    qstr cls = cpython_class(exc);
    if (cls == MP_QSTRnull) {
        return false;
    }
    // The class itself, or ConnectionError for its four subclasses (the only class between a
    // subclass above and the base class MicroPython raised).
    if (is_exc_class(want, cls)) {
        return true;
    }
    #if CY2UPY_PART_EXC_OSERROR
    return is_exc_class(want, MP_QSTR_ConnectionError)
           && (cls == MP_QSTR_BrokenPipeError || cls == MP_QSTR_ConnectionAbortedError
               || cls == MP_QSTR_ConnectionRefusedError || cls == MP_QSTR_ConnectionResetError);
    #else
    return false;
    #endif
}

// ----------------------------------------------------------------------------------------------
// Exception attributes through Cython's typed fast paths (`except OSError as e: e.args`)

// The MicroPython exception object inside `exc`: itself, or the native base object of an
// instance of a Python class derived from an exception class. NULL if there is none.
static mp_obj_exception_t *native_exc(mp_obj_t exc) {
    if (mp_obj_is_native_exception_instance(exc)) {
        return MP_OBJ_TO_PTR(exc);
    }
    if (!mp_obj_is_exception_instance(exc)) {
        return NULL;
    }
    mp_obj_t base = mp_obj_cast_to_native_base(exc, MP_OBJ_FROM_PTR(&mp_type_BaseException));
    return base != MP_OBJ_NULL && mp_obj_is_native_exception_instance(base) ? MP_OBJ_TO_PTR(base) : NULL;
}

// Item i of the exception's args, or None.
static mp_obj_t arg_or_none(mp_obj_exception_t *e, size_t i) {
    return e != NULL && e->args != NULL && e->args->len > i ? e->args->items[i] : mp_const_none;
}

static bool is_unicode_error(const mp_obj_type_t *t) {
    return mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(t), MP_OBJ_FROM_PTR(CY_TYPE_UnicodeError));
}

mp_obj_t cy_exc_get(mp_obj_t exc, qstr attr) {
    mp_obj_t dest[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_load_method_maybe(exc, attr, dest);
        nlr_pop();
    } else {
        cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
        return MP_OBJ_NULL;
    }
    if (dest[0] != MP_OBJ_NULL) {
        if (dest[1] != MP_OBJ_NULL) {
            CY_TRY_RETURN_OBJ(mp_obj_new_bound_meth(dest[0], dest[1]));
        }
        return dest[0];
    }
    // What MicroPython's exceptions lack, as CPython's have it.
    mp_obj_exception_t *e = native_exc(exc);
    const mp_obj_type_t *t = mp_obj_get_type(exc);
    switch (attr) {
        case MP_QSTR___cause__:
        case MP_QSTR___context__:
        case MP_QSTR___traceback__:
        case MP_QSTR_name:
        case MP_QSTR_obj:
            // No cause or context was kept, tracebacks are not objects, and MicroPython's
            // NameError and AttributeError do not record the name.
            return mp_const_none;
        case MP_QSTR_code:
            // SystemExit.code: None, the only argument, or all of them.
            if (e != NULL && e->args != NULL && e->args->len > 1) {
                return MP_OBJ_FROM_PTR(e->args);
            }
            return arg_or_none(e, 0);
        case MP_QSTR_encoding:
        case MP_QSTR_object:
        case MP_QSTR_reason:
            if (is_unicode_error(t)) {
                // (encoding, object, start, end, reason); UnicodeTranslateError has no encoding.
                bool translate = t == &cy_type_UnicodeTranslateError;
                if (attr == MP_QSTR_encoding) {
                    return translate ? mp_const_none : arg_or_none(e, 0);
                }
                if (attr == MP_QSTR_object) {
                    return arg_or_none(e, translate ? 0 : 1);
                }
                return arg_or_none(e, translate ? 3 : 4);
            }
            break;
        default:
            break;
    }
    return cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_AttributeError),
        "'%.200s' object has no attribute '%s'", mp_obj_get_type_str(exc), qstr_str(attr));
}

int cy_exc_set(mp_obj_t exc, qstr attr, mp_obj_t value) {
    mp_obj_exception_t *e = native_exc(exc);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        if (attr == MP_QSTR_args && e != NULL) {
            // CPython keeps args as a tuple of whatever iterable it is given.
            e->args = MP_OBJ_TO_PTR(mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_tuple), value));
        } else if ((attr == MP_QSTR___cause__ || attr == MP_QSTR___context__)
                   && value != mp_const_none && !mp_obj_is_exception_instance(value)) {
            mp_raise_msg_varg(&mp_type_TypeError,
                MP_ERROR_TEXT("exception %s must be None or derive from BaseException"),
                attr == MP_QSTR___cause__ ? "cause" : "context");
        } else if (mp_obj_is_native_exception_instance(exc)
                   && (attr == MP_QSTR___cause__ || attr == MP_QSTR___context__
                       || (attr == MP_QSTR___traceback__ && value != mp_const_none))) {
            // MicroPython's own exception instances have nowhere to keep these: dropped.
        } else {
            mp_store_attr(exc, attr, value);
        }
        nlr_pop();
        return 0;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return -1;
}

// ----------------------------------------------------------------------------------------------
// Unicode errors with CPython's arguments and texts

// str() of UnicodeDecodeError/EncodeError/TranslateError made with CPython's arguments
// ((encoding, object, start, end, reason); the translate error has no encoding) is CPython's
// text; anything else prints as any exception does.
static void unicode_error_print(const mp_print_t *print, mp_obj_t o, mp_print_kind_t kind) {
    mp_obj_exception_t *e = MP_OBJ_TO_PTR(o);
    const mp_obj_type_t *t = mp_obj_get_type(o);
    bool translate = t == &cy_type_UnicodeTranslateError;
    size_t n = translate ? 4 : 5;
    size_t k = translate ? 0 : 1;  // index of the object
    mp_obj_t *a = e->args != NULL ? e->args->items : NULL;
    bool cpython_args = kind != PRINT_REPR && e->args != NULL && e->args->len == n
        && (translate || mp_obj_is_str(a[0])) && mp_obj_is_small_int(a[k + 1])
        && mp_obj_is_small_int(a[k + 2]) && mp_obj_is_str(a[k + 3]);
    mp_int_t start = cpython_args ? MP_OBJ_SMALL_INT_VALUE(a[k + 1]) : 0;
    mp_int_t end = cpython_args ? MP_OBJ_SMALL_INT_VALUE(a[k + 2]) : 0;
    size_t len = 0;
    const byte *data = NULL;
    if (cpython_args) {
        bool decode = t == &cy_type_UnicodeDecodeError;
        if (decode ? !mp_obj_is_type(a[1], &mp_type_bytes) : !mp_obj_is_str(a[k])) {
            cpython_args = false;
        } else {
            data = (const byte *)mp_obj_str_get_data(a[k], &len);
            size_t units = decode ? len : utf8_charlen(data, len);
            cpython_args = start >= 0 && end > start && (size_t)start < units;
        }
    }
    if (!cpython_args) {
        mp_obj_exception_print(print, o, kind);
        return;
    }
    if (kind == PRINT_EXC) {
        mp_printf(print, "%q: ", t->name);
    }
    const char *reason = mp_obj_str_get_str(a[k + 3]);
    if (t == &cy_type_UnicodeDecodeError) {
        const char *enc = mp_obj_str_get_str(a[0]);
        if (end == start + 1) {
            mp_printf(print, "'%s' codec can't decode byte 0x%02x in position %d: %s", enc,
                data[start], (int)start, reason);
        } else {
            mp_printf(print, "'%s' codec can't decode bytes in position %d-%d: %s", enc,
                (int)start, (int)(end - 1), reason);
        }
        return;
    }
    if (end == start + 1) {
        const byte *p = data;
        for (mp_int_t i = 0; i < start; i++) {
            p = utf8_next_char(p);
        }
        unichar ch = utf8_get_char(p);
        const char *fmt = ch <= 0xff ? "\\x%02x" : ch <= 0xffff ? "\\u%04x" : "\\U%08x";
        if (translate) {
            mp_printf(print, "can't translate character '");
        } else {
            mp_printf(print, "'%s' codec can't encode character '", mp_obj_str_get_str(a[0]));
        }
        mp_printf(print, fmt, (unsigned)ch);
        mp_printf(print, "' in position %d: %s", (int)start, reason);
    } else if (translate) {
        mp_printf(print, "can't translate characters in position %d-%d: %s", (int)start,
            (int)(end - 1), reason);
    } else {
        mp_printf(print, "'%s' codec can't encode characters in position %d-%d: %s",
            mp_obj_str_get_str(a[0]), (int)start, (int)(end - 1), reason);
    }
}

static void set_unicode_error(const mp_obj_type_t *type, size_t n, const mp_obj_t *args) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t exc = mp_obj_exception_make_new(type, n, 0, args);
        nlr_pop();
        cy_err_set(exc);
    } else {
        cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    }
}

void cy_exc_refine_decode_error(const char *data, size_t len) {
    mp_obj_t exc = cy_err_occurred();
    if (exc == MP_OBJ_NULL || mp_obj_get_type(exc) != &mp_type_UnicodeError) {
        return;
    }
    cy_exc_check_utf8(data, len);
}

int cy_exc_check_utf8(const char *data, size_t len) {
    size_t start, end;
    int reason = cy_rs_utf8_error((const uint8_t *)data, len, &start, &end);
    if (reason < 0) {
        return 0;
    }
    static const char *const reasons[] = {
        "invalid start byte", "invalid continuation byte", "unexpected end of data",
    };
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t args[5] = {
            MP_OBJ_NEW_QSTR(MP_QSTR_utf_hyphen_8),
            mp_obj_new_bytes((const byte *)data, len),
            MP_OBJ_NEW_SMALL_INT(start),
            MP_OBJ_NEW_SMALL_INT(end),
            mp_obj_new_str(reasons[reason], strlen(reasons[reason])),
        };
        nlr_pop();
        set_unicode_error(&cy_type_UnicodeDecodeError, 5, args);
    } else {
        cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    }
    return -1;
}

int cy_exc_check_ascii(const char *data, size_t len) {
    size_t i = 0;
    while (i < len && (unsigned char)data[i] < 0x80) {
        i++;
    }
    if (i == len) {
        return 0;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        static const char reason[] = "ordinal not in range(128)";
        mp_obj_t args[5] = {
            MP_OBJ_NEW_QSTR(MP_QSTR_ascii),
            mp_obj_new_bytes((const byte *)data, len),
            MP_OBJ_NEW_SMALL_INT(i),
            MP_OBJ_NEW_SMALL_INT(i + 1),
            mp_obj_new_str(reason, sizeof(reason) - 1),
        };
        nlr_pop();
        set_unicode_error(&cy_type_UnicodeDecodeError, 5, args);
    } else {
        cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    }
    return -1;
}

void cy_exc_set_encode_error(const char *encoding, mp_obj_t str, size_t start, size_t end,
    const char *reason) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t args[5] = {
            mp_obj_new_str(encoding, strlen(encoding)),
            str,
            MP_OBJ_NEW_SMALL_INT(start),
            MP_OBJ_NEW_SMALL_INT(end),
            mp_obj_new_str(reason, strlen(reason)),
        };
        nlr_pop();
        set_unicode_error(&cy_type_UnicodeEncodeError, 5, args);
    } else {
        cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    }
}

void cy_exc_set_decode_error(const char *encoding, const char *data, size_t len, size_t start,
    size_t end, const char *reason) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t args[5] = {
            mp_obj_new_str(encoding, strlen(encoding)),
            mp_obj_new_bytes((const byte *)data, len),
            MP_OBJ_NEW_SMALL_INT(start),
            MP_OBJ_NEW_SMALL_INT(end),
            mp_obj_new_str(reason, strlen(reason)),
        };
        nlr_pop();
        set_unicode_error(&cy_type_UnicodeDecodeError, 5, args);
    } else {
        cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    }
}

static void unicode_error_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    if (dest[0] == MP_OBJ_NULL) {
        mp_obj_exception_t *e = MP_OBJ_TO_PTR(self_in);
        bool translate = mp_obj_get_type(self_in) == &cy_type_UnicodeTranslateError;
        size_t k = translate ? 0 : 1;  // index of the object
        size_t n = e->args != NULL ? e->args->len : 0;
        if (n == k + 4) {
            mp_obj_t *a = e->args->items;
            switch (attr) {
                case MP_QSTR_encoding:
                    dest[0] = translate ? mp_const_none : a[0];
                    return;
                case MP_QSTR_object:
                    dest[0] = a[k];
                    return;
                case MP_QSTR_start:
                    dest[0] = a[k + 1];
                    return;
                case MP_QSTR_end:
                    dest[0] = a[k + 2];
                    return;
                case MP_QSTR_reason:
                    dest[0] = a[k + 3];
                    return;
                default:
                    break;
            }
        }
    }
    mp_obj_exception_attr(self_in, attr, dest);
}
