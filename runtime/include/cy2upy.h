// cy2upy.h: the runtime that cython2upy's translated modules are compiled against.
//
// A translated module includes this header and nothing from CPython. It keeps CPython's error
// convention: a runtime call reports failure by returning NULL (MP_OBJ_NULL), -1, or the value
// documented for its CPython/Cython original, and leaves a *pending exception* here. Nothing in
// translated code calls nlr_raise. Every function below that can run MicroPython code which might
// raise runs it under nlr_push and turns the raise into the pending exception. Where control goes
// back to MicroPython (a function object's call slot, a module's __init__), the module raises the
// pending exception with cy_raise_pending().
//
// Names: a CPython or Cython name N that a rule routes here is spelled `cy_` + N without its
// leading underscores (PyDict_SetItem -> cy_PyDict_SetItem, __Pyx_ParseKeywords ->
// cy_Pyx_ParseKeywords). Each keeps the signature of its original, with PyObject* -> mp_obj_t,
// Py_ssize_t/Py_hash_t -> mp_int_t, PyTypeObject -> cy_PyTypeObject (a const mp_obj_type_t),
// PyMethodDef -> cy_methoddef_t. Helpers of the runtime itself are spelled `cy_` + lower case.
//
// The C part lives in runtime/c/*.c, one file per concern (runtime/c/cy2upy_internal.h lists
// them; all are listed in SRC_USERMOD_C so that MicroPython's qstr and root-pointer scans see
// them). The pure helpers `cy_rs_*` live in the Rust static library built
// from runtime/src/lib.rs; they allocate nothing and never call MicroPython.
//
// Module-side hooks (define before including this header to override):
//   CY_MODULE_DICT  expression for the module's globals dict, used by
//                   cy_Pyx_GetModuleGlobalName. Default: (__pyx_mstate_global->__pyx_d).
#ifndef CY2UPY_H
#define CY2UPY_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "py/obj.h"
#include "py/runtime.h"
#include "py/nlr.h"
#include "py/objlist.h"
#include "py/objtuple.h"

#include "cy2upy_parts.h"
#include "py/objstr.h"
#include "py/builtin.h"
#include "py/smallint.h"

#ifdef __cplusplus
extern "C" {
#endif

// Cython computes with `float` C variables in double (`x * 2.0`, float arguments passed to
// double functions); MicroPython ports build with -Wdouble-promotion -Werror. The promotion is
// what Cython's C means, so the warning is off where this header is included.
#if defined(__clang__)
#pragma clang diagnostic ignored "-Wdouble-promotion"
#elif defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wdouble-promotion"
#endif

// Cython's CYTHON_MAYBE_UNUSED_VAR(x) statement (generator bodies use it). The translator's
// prologue defines the macro empty unless it is defined already, which leaves `(x);`, a
// statement without effect that -Werror=unused-value rejects.
#ifndef CYTHON_MAYBE_UNUSED_VAR
#define CYTHON_MAYBE_UNUSED_VAR(x) ((void)(x))
#endif

// ===========================================================================================
// Rust helpers (runtime/src/lib.rs). Pure: no allocation, no MicroPython calls.
// ===========================================================================================

// Format __Pyx_RaiseArgtupleInvalid's message ("f() takes exactly 2 positional arguments (3
// given)") into buf[0..cap); returns the length written.
size_t cy_rs_fmt_argtuple_invalid(uint8_t *buf, size_t cap, const char *func_name, int exact,
    intptr_t num_min, intptr_t num_max, intptr_t num_found);
// Kind of cy_rs_fmt_kw_error: "f() got an unexpected keyword argument 'k'".
#define CY_RS_KW_UNEXPECTED (0)
// Kind of cy_rs_fmt_kw_error: "f() got multiple values for keyword argument 'k'".
#define CY_RS_KW_DUPLICATE (1)
// Kind of cy_rs_fmt_kw_error: "f() needs keyword-only argument k".
#define CY_RS_KW_REQUIRED (2)
// Kind of cy_rs_fmt_kw_error: "f() keywords must be strings".
#define CY_RS_KW_NOT_STRING (3)
// Kind of cy_rs_fmt_kw_error: "f() takes no keyword arguments".
#define CY_RS_KW_NO_KEYWORDS (4)
// Format one of Cython's keyword errors (kind: CY_RS_KW_*) for function func_name and keyword
// kw[0..kw_len) into buf; returns the length written.
size_t cy_rs_fmt_kw_error(uint8_t *buf, size_t cap, int kind, const char *func_name,
    const uint8_t *kw, size_t kw_len);
// Format "f() takes no arguments (2 given)" (the cyfunction's METH_NOARGS / METH_O count error;
// `message` is the middle part) into buf; returns the length written.
size_t cy_rs_fmt_argcount(uint8_t *buf, size_t cap, const char *func_name, const char *message,
    intptr_t given);
// Format an unpacking error into buf: kind 0 "need more than n values to unpack", kind 1 "too many
// values to unpack (expected n)"; returns the length written.
size_t cy_rs_fmt_unpack(uint8_t *buf, size_t cap, int kind, intptr_t n);
// Format "can't convert negative value to T" (negative) or "value too large to convert to T" into
// buf; returns the length written.
size_t cy_rs_fmt_overflow(uint8_t *buf, size_t cap, int negative, const char *type_name);
// Does v fit a C integer of `bits` bits (signed or not)? 0 yes, 1 too large (or too small for a
// signed type), -1 negative for an unsigned type.
int cy_rs_check_narrow_i64(int64_t v, uint32_t bits, int is_signed);
// cy_rs_check_narrow_i64 for a non-negative value held as uint64_t (never -1).
int cy_rs_check_narrow_u64(uint64_t v, uint32_t bits, int is_signed);
// Format a C integer for an f-string field (__Pyx_PyUnicode_From_int): format_char d/x/X/o/c,
// right-aligned in `width` with `padding` (' ' or '0'); returns the length written.
size_t cy_rs_fmt_int(uint8_t *buf, size_t cap, int64_t value, int is_unsigned, intptr_t width,
    uint8_t padding, uint8_t format_char);
// Byte-wise equality of two names (keyword matching of names that are not the same qstr): 1 when
// equal.
int cy_rs_name_eq(const uint8_t *a, size_t a_len, const uint8_t *b, size_t b_len);
// C integer power b ** e as Cython's __Pyx_pow_<type>: by squaring, wrapping like C (the caller
// truncates), 0 for a negative exponent.
uint64_t cy_rs_pow_u64(uint64_t b, int64_t e);
// The part of a dotted C string after its last '.' ("mod.func" -> "func"), pointing into s, with
// its length in *out_len; the whole string when it has no dot.
const char *cy_rs_last_component(const char *s, size_t *out_len);
// The first UTF-8 decoding error in data[0..len) as CPython's decoder reports it: -1 when valid,
// else the reason (0 invalid start byte, 1 invalid continuation byte, 2 unexpected end of data)
// with the bad bytes' range in *start..*end.
int cy_rs_utf8_error(const uint8_t *data, size_t len, size_t *start, size_t *end);

// ===========================================================================================
// The pending exception
// ===========================================================================================
//
// Kept in MicroPython's root pointers (MP_STATE_VM(cy2upy_pending_exc)), so the collector sees
// it. It always holds an exception *instance* (or MP_OBJ_NULL). A second root pointer,
// cy2upy_handled_exc, is the exception being handled by an `except` block (CPython's
// sys.exc_info()), used by Cython's save/restore of the handled exception and by bare `raise`.
// With MICROPY_PY_THREAD both are the calling thread's own (a table behind the root pointer
// cy2upy_thread_exc; see runtime/c/cy2upy_err.c).

// Make `exc` (an exception instance or class) the pending exception, replacing any other.
void cy_err_set(mp_obj_t exc);
// The pending exception instance, or MP_OBJ_NULL. Does not clear it.
mp_obj_t cy_err_occurred(void);
// Drop the pending exception, if any (PyErr_Clear).
void cy_err_clear(void);
// Take the pending exception (instance or MP_OBJ_NULL) and clear it.
mp_obj_t cy_err_fetch(void);
// Raise the pending exception with nlr_raise (clearing it); SystemError if none is pending.
// Only for the boundary where translated code returns to MicroPython.
MP_NORETURN void cy_raise_pending(void);
// CPython's tp_name of a type / of an object's type, as CPython's messages show it:
// "module.Name" for extension types (cdef classes), the bare name otherwise.
const char *cy_type_tp_name(const mp_obj_type_t *type);
// CPython's tp_name of obj's type (see cy_type_tp_name).
const char *cy_obj_tp_name(mp_obj_t obj);
// Set a pending exception of `type` whose message is the C string `msg` (copied).
void cy_err_set_msg(const mp_obj_type_t *type, const char *msg);
// cy_err_set_msg with a message of `len` bytes (not NUL-terminated).
void cy_err_set_msg_len(const mp_obj_type_t *type, const char *msg, size_t len);
// Return `result` unless it is MP_OBJ_NULL, in which case raise the pending exception.
mp_obj_t cy_check_result(mp_obj_t result);

// Guards: run MicroPython code under nlr_push; a raise becomes the pending exception.
//
//   CY_TRY_BEGIN  ...statements...  CY_TRY_END(on_error_statement);
//   CY_TRY_ASSIGN(dest, expr)        dest = expr, or MP_OBJ_NULL on error
//   CY_TRY_RETURN_OBJ(expr)          return expr, or MP_OBJ_NULL on error
//   CY_TRY_RETURN_INT(expr, errval)  return expr, or errval on error
//   CY_TRY_OBJ(expr)                 expression form of CY_TRY_ASSIGN (GCC/Clang only)
//
// Locals written inside the guarded region and read after an error must be volatile.
#define CY_TRY_BEGIN { nlr_buf_t cy_nlr_; if (nlr_push(&cy_nlr_) == 0) {
// End a CY_TRY_BEGIN region: on a raise, make it the pending exception and run on_error.
#define CY_TRY_END(on_error) nlr_pop(); } else { cy_err_set(MP_OBJ_FROM_PTR(cy_nlr_.ret_val)); on_error; } }
// dest = expr under nlr_push; MP_OBJ_NULL (exception pending) if expr raises.
#define CY_TRY_ASSIGN(dest, expr) CY_TRY_BEGIN (dest) = (expr); CY_TRY_END((dest) = MP_OBJ_NULL)
// return expr evaluated under nlr_push; return MP_OBJ_NULL (exception pending) if it raises.
#define CY_TRY_RETURN_OBJ(expr) do { \
        nlr_buf_t cy_nlr_; \
        if (nlr_push(&cy_nlr_) == 0) { mp_obj_t cy_r_ = (expr); nlr_pop(); return cy_r_; } \
        cy_err_set(MP_OBJ_FROM_PTR(cy_nlr_.ret_val)); return MP_OBJ_NULL; \
} while (0)
// return expr evaluated under nlr_push; return errval (exception pending) if it raises.
#define CY_TRY_RETURN_INT(expr, errval) do { \
        nlr_buf_t cy_nlr_; \
        if (nlr_push(&cy_nlr_) == 0) { int cy_r_ = (int)(expr); nlr_pop(); return cy_r_; } \
        cy_err_set(MP_OBJ_FROM_PTR(cy_nlr_.ret_val)); return (errval); \
} while (0)
#if defined(__GNUC__)
// Expression form of CY_TRY_ASSIGN: expr's value, or MP_OBJ_NULL with the exception pending (a
// GCC/Clang statement expression).
#define CY_TRY_OBJ(expr) __extension__ ({ mp_obj_t cy_o_; CY_TRY_ASSIGN(cy_o_, (expr)); cy_o_; })
#endif

// ===========================================================================================
// Exception types
// ===========================================================================================
//
// Rules rewrite PyExc_X to MP_OBJ_FROM_PTR(&mp_type_X) for the types every MicroPython build
// has. The others are routed to cy_exc_X (cy_PyExc_X is the same object): real exception types
// in ROM, defined by runtime/c/cy2upy_exc.c with CPython's base class, so they print with their
// own name and `except Base` catches them on both sides:
//
//   ArithmeticError: FloatingPointError        RuntimeError: RecursionError
//   NameError: UnboundLocalError               ImportError: ModuleNotFoundError
//   IndentationError: TabError                 Exception: SystemError, BufferError,
//   UnicodeError: UnicodeDecodeError,                     ReferenceError, Warning
//     UnicodeEncodeError, UnicodeTranslateError
//   OSError: BlockingIOError, ChildProcessError, ConnectionError (BrokenPipeError,
//     ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError), FileExistsError,
//     FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError,
//     PermissionError, ProcessLookupError, TimeoutError
//   Warning: UserWarning, DeprecationWarning, PendingDeprecationWarning, RuntimeWarning,
//     SyntaxWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
//     ResourceWarning, EncodingWarning
//   EnvironmentError, IOError: OSError itself (aliases in CPython too)
//   UnicodeError (builds without it, derived from ValueError) and StopAsyncIteration (builds
//   without async, derived from Exception)
//
// MicroPython's runtime raises the base class where CPython raises these subclasses: OSError
// with errno ENOENT where CPython raises FileNotFoundError, RuntimeError("maximum recursion
// depth exceeded"), NameError("local variable referenced before assignment"),
// ImportError("no module named ..."), UnicodeError from its codecs. `except` clauses of
// translated code match those as CPython's subclasses (cy_exc_matches); `type(e)` stays the
// class MicroPython raised. MicroPython code cannot name these classes (they are not builtins
// there); it catches them through their bases.
//
// The classes that only translated code raises or names are runtime parts (rules/parts.toml):
// compiled, and their names put in the firmware's qstr pool, only when a module of the
// firmware names one of them (cy2upy_parts.h). The others serve the runtime itself.
extern const mp_obj_type_t cy_type_SystemError, cy_type_UnboundLocalError, cy_type_BufferError,
    cy_type_UnicodeDecodeError, cy_type_UnicodeEncodeError, cy_type_UnicodeTranslateError;
#if CY2UPY_PART_EXC_MISC
// FloatingPointError, RecursionError, ModuleNotFoundError, ReferenceError and TabError.
extern const mp_obj_type_t cy_type_FloatingPointError, cy_type_RecursionError,
    cy_type_ModuleNotFoundError, cy_type_ReferenceError, cy_type_TabError;
#endif
#if CY2UPY_PART_EXC_OSERROR
// OSError's subclasses.
extern const mp_obj_type_t cy_type_BlockingIOError, cy_type_ChildProcessError,
    cy_type_ConnectionError, cy_type_BrokenPipeError, cy_type_ConnectionAbortedError,
    cy_type_ConnectionRefusedError, cy_type_ConnectionResetError, cy_type_FileExistsError,
    cy_type_FileNotFoundError, cy_type_InterruptedError, cy_type_IsADirectoryError,
    cy_type_NotADirectoryError, cy_type_PermissionError, cy_type_ProcessLookupError,
    cy_type_TimeoutError;
#endif
#if CY2UPY_PART_EXC_WARNING
// Warning and its subclasses.
extern const mp_obj_type_t cy_type_Warning, cy_type_UserWarning, cy_type_DeprecationWarning,
    cy_type_PendingDeprecationWarning, cy_type_RuntimeWarning, cy_type_SyntaxWarning,
    cy_type_FutureWarning, cy_type_ImportWarning, cy_type_UnicodeWarning, cy_type_BytesWarning,
    cy_type_ResourceWarning, cy_type_EncodingWarning;
#endif
#if MICROPY_PY_BUILTINS_STR_UNICODE
// The UnicodeError type: MicroPython's where the build has it, else the runtime's.
#define CY_TYPE_UnicodeError (&mp_type_UnicodeError)
#else
// UnicodeError (derived from ValueError) for builds without MicroPython's own
// (MICROPY_PY_BUILTINS_STR_UNICODE off); cy2upy_exc.c defines it.
extern const mp_obj_type_t cy_type_UnicodeError;
// The UnicodeError type: MicroPython's where the build has it, else the runtime's.
#define CY_TYPE_UnicodeError (&cy_type_UnicodeError)
#endif
#if MICROPY_PY_ASYNC_AWAIT
// The StopAsyncIteration type: MicroPython's where the build has async, else the runtime's.
#define CY_TYPE_StopAsyncIteration (&mp_type_StopAsyncIteration)
#else
// StopAsyncIteration (derived from Exception) for builds without async (MICROPY_PY_ASYNC_AWAIT
// off); cy2upy_exc.c defines it.
extern const mp_obj_type_t cy_type_StopAsyncIteration;
// The StopAsyncIteration type: MicroPython's where the build has async, else the runtime's.
#define CY_TYPE_StopAsyncIteration (&cy_type_StopAsyncIteration)
#endif
// The exception class cy_type_<name> as an object (mp_obj_t).
#define CY_EXC(name) MP_OBJ_FROM_PTR(&cy_type_##name)
// FloatingPointError (a subclass of ArithmeticError), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_FloatingPointError CY_EXC(FloatingPointError)
// SystemError (a subclass of Exception), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_SystemError CY_EXC(SystemError)
// RecursionError (a subclass of RuntimeError), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_RecursionError CY_EXC(RecursionError)
// UnboundLocalError (a subclass of NameError), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_UnboundLocalError CY_EXC(UnboundLocalError)
// ModuleNotFoundError (a subclass of ImportError), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_ModuleNotFoundError CY_EXC(ModuleNotFoundError)
// BufferError (a subclass of Exception), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_BufferError CY_EXC(BufferError)
// ReferenceError (a subclass of Exception), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_ReferenceError CY_EXC(ReferenceError)
// TabError (a subclass of IndentationError), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_TabError CY_EXC(TabError)
// UnicodeError: MicroPython's own where the build has it, else the runtime's (derived from
// ValueError).
#define cy_exc_UnicodeError MP_OBJ_FROM_PTR(CY_TYPE_UnicodeError)
// UnicodeDecodeError (a subclass of UnicodeError), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_UnicodeDecodeError CY_EXC(UnicodeDecodeError)
// UnicodeEncodeError (a subclass of UnicodeError), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_UnicodeEncodeError CY_EXC(UnicodeEncodeError)
// UnicodeTranslateError (a subclass of UnicodeError), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_UnicodeTranslateError CY_EXC(UnicodeTranslateError)
// EnvironmentError: OSError itself, as in CPython.
#define cy_exc_EnvironmentError MP_OBJ_FROM_PTR(&mp_type_OSError)
// IOError: OSError itself, as in CPython.
#define cy_exc_IOError MP_OBJ_FROM_PTR(&mp_type_OSError)
// BlockingIOError (a subclass of OSError), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_BlockingIOError CY_EXC(BlockingIOError)
// ChildProcessError (a subclass of OSError), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_ChildProcessError CY_EXC(ChildProcessError)
// ConnectionError (a subclass of OSError), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_ConnectionError CY_EXC(ConnectionError)
// BrokenPipeError (a subclass of ConnectionError), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_BrokenPipeError CY_EXC(BrokenPipeError)
// ConnectionAbortedError (a subclass of ConnectionError), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_ConnectionAbortedError CY_EXC(ConnectionAbortedError)
// ConnectionRefusedError (a subclass of ConnectionError), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_ConnectionRefusedError CY_EXC(ConnectionRefusedError)
// ConnectionResetError (a subclass of ConnectionError), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_ConnectionResetError CY_EXC(ConnectionResetError)
// FileExistsError (a subclass of OSError), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_FileExistsError CY_EXC(FileExistsError)
// FileNotFoundError (a subclass of OSError), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_FileNotFoundError CY_EXC(FileNotFoundError)
// InterruptedError (a subclass of OSError), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_InterruptedError CY_EXC(InterruptedError)
// IsADirectoryError (a subclass of OSError), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_IsADirectoryError CY_EXC(IsADirectoryError)
// NotADirectoryError (a subclass of OSError), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_NotADirectoryError CY_EXC(NotADirectoryError)
// PermissionError (a subclass of OSError), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_PermissionError CY_EXC(PermissionError)
// ProcessLookupError (a subclass of OSError), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_ProcessLookupError CY_EXC(ProcessLookupError)
// TimeoutError (a subclass of OSError), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_TimeoutError CY_EXC(TimeoutError)
// StopAsyncIteration: MicroPython's own where the build has async, else the runtime's (derived
// from Exception).
#define cy_exc_StopAsyncIteration MP_OBJ_FROM_PTR(CY_TYPE_StopAsyncIteration)
// Warning (a subclass of Exception), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_Warning CY_EXC(Warning)
// UserWarning (a subclass of Warning), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_UserWarning CY_EXC(UserWarning)
// DeprecationWarning (a subclass of Warning), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_DeprecationWarning CY_EXC(DeprecationWarning)
// PendingDeprecationWarning (a subclass of Warning), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_PendingDeprecationWarning CY_EXC(PendingDeprecationWarning)
// RuntimeWarning (a subclass of Warning), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_RuntimeWarning CY_EXC(RuntimeWarning)
// SyntaxWarning (a subclass of Warning), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_SyntaxWarning CY_EXC(SyntaxWarning)
// FutureWarning (a subclass of Warning), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_FutureWarning CY_EXC(FutureWarning)
// ImportWarning (a subclass of Warning), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_ImportWarning CY_EXC(ImportWarning)
// UnicodeWarning (a subclass of Warning), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_UnicodeWarning CY_EXC(UnicodeWarning)
// BytesWarning (a subclass of Warning), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_BytesWarning CY_EXC(BytesWarning)
// ResourceWarning (a subclass of Warning), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_ResourceWarning CY_EXC(ResourceWarning)
// EncodingWarning (a subclass of Warning), which MicroPython lacks (cy2upy_exc.c).
#define cy_exc_EncodingWarning CY_EXC(EncodingWarning)
// Does the exception instance `exc` match the class `type` of an `except` clause? As
// MicroPython's own matching, plus the subclasses CPython would have raised (above).
bool cy_exc_matches(mp_obj_t exc, mp_obj_t type);
// One of the classes above by name (for Cython's builtin lookups), or MP_OBJ_NULL.
mp_obj_t cy_exc_builtin(qstr name);
// Cython's typed attribute access on a caught exception (`except OSError as e: e.args`,
// e.__cause__, e.value, ...; the __Pyx_Py<Name>_get/set_<property> family, generated below).
// cy_exc_get returns the attribute, or what CPython would give where MicroPython's exceptions
// lack it: __cause__/__context__/__traceback__/name/obj None, SystemExit.code and the Unicode
// errors' encoding/object/reason from args. cy_exc_set stores it (args as a tuple); a cause,
// context or traceback given to one of MicroPython's built-in exception instances is dropped.
mp_obj_t cy_exc_get(mp_obj_t exc, qstr attr);
// Store attribute `attr` of exception exc (see cy_exc_get); 0, or -1 with an exception pending.
int cy_exc_set(mp_obj_t exc, qstr attr, mp_obj_t value);
// When the pending exception is MicroPython's UnicodeError from decoding data[0..len) as
// UTF-8, replace it by CPython's UnicodeDecodeError('utf-8', data, start, end, reason).
void cy_exc_refine_decode_error(const char *data, size_t len);
// Check that data[0..len) is UTF-8 as CPython's decoder defines it (no surrogates, no overlong
// forms): 0, or -1 with a pending UnicodeDecodeError (MicroPython's own check is laxer).
int cy_exc_check_utf8(const char *data, size_t len);
// The same for ASCII: 0, or -1 with UnicodeDecodeError('ascii', ...) at the first byte past 127.
int cy_exc_check_ascii(const char *data, size_t len);
// Set UnicodeEncodeError(encoding, str, start, end, reason) (character positions).
void cy_exc_set_encode_error(const char *encoding, mp_obj_t str, size_t start, size_t end,
    const char *reason);
// Set UnicodeDecodeError(encoding, data[0..len), start, end, reason) (byte positions).
void cy_exc_set_decode_error(const char *encoding, const char *data, size_t len, size_t start,
    size_t end, const char *reason);
// PyExc_FloatingPointError: the class FloatingPointError (cy_exc_FloatingPointError).
#define cy_PyExc_FloatingPointError cy_exc_FloatingPointError
// PyExc_SystemError: the class SystemError (cy_exc_SystemError).
#define cy_PyExc_SystemError cy_exc_SystemError
// PyExc_RecursionError: the class RecursionError (cy_exc_RecursionError).
#define cy_PyExc_RecursionError cy_exc_RecursionError
// PyExc_UnboundLocalError: the class UnboundLocalError (cy_exc_UnboundLocalError).
#define cy_PyExc_UnboundLocalError cy_exc_UnboundLocalError
// PyExc_ModuleNotFoundError: the class ModuleNotFoundError (cy_exc_ModuleNotFoundError).
#define cy_PyExc_ModuleNotFoundError cy_exc_ModuleNotFoundError
// PyExc_BufferError: the class BufferError (cy_exc_BufferError).
#define cy_PyExc_BufferError cy_exc_BufferError
// PyExc_ReferenceError: the class ReferenceError (cy_exc_ReferenceError).
#define cy_PyExc_ReferenceError cy_exc_ReferenceError
// PyExc_TabError: the class TabError (cy_exc_TabError).
#define cy_PyExc_TabError cy_exc_TabError
// PyExc_UnicodeError: the class UnicodeError (cy_exc_UnicodeError).
#define cy_PyExc_UnicodeError cy_exc_UnicodeError
// PyExc_UnicodeDecodeError: the class UnicodeDecodeError (cy_exc_UnicodeDecodeError).
#define cy_PyExc_UnicodeDecodeError cy_exc_UnicodeDecodeError
// PyExc_UnicodeEncodeError: the class UnicodeEncodeError (cy_exc_UnicodeEncodeError).
#define cy_PyExc_UnicodeEncodeError cy_exc_UnicodeEncodeError
// PyExc_UnicodeTranslateError: the class UnicodeTranslateError (cy_exc_UnicodeTranslateError).
#define cy_PyExc_UnicodeTranslateError cy_exc_UnicodeTranslateError
// PyExc_EnvironmentError: the class EnvironmentError (cy_exc_EnvironmentError).
#define cy_PyExc_EnvironmentError cy_exc_EnvironmentError
// PyExc_IOError: the class IOError (cy_exc_IOError).
#define cy_PyExc_IOError cy_exc_IOError
// PyExc_BlockingIOError: the class BlockingIOError (cy_exc_BlockingIOError).
#define cy_PyExc_BlockingIOError cy_exc_BlockingIOError
// PyExc_ChildProcessError: the class ChildProcessError (cy_exc_ChildProcessError).
#define cy_PyExc_ChildProcessError cy_exc_ChildProcessError
// PyExc_ConnectionError: the class ConnectionError (cy_exc_ConnectionError).
#define cy_PyExc_ConnectionError cy_exc_ConnectionError
// PyExc_BrokenPipeError: the class BrokenPipeError (cy_exc_BrokenPipeError).
#define cy_PyExc_BrokenPipeError cy_exc_BrokenPipeError
// PyExc_ConnectionAbortedError: the class ConnectionAbortedError (cy_exc_ConnectionAbortedError).
#define cy_PyExc_ConnectionAbortedError cy_exc_ConnectionAbortedError
// PyExc_ConnectionRefusedError: the class ConnectionRefusedError (cy_exc_ConnectionRefusedError).
#define cy_PyExc_ConnectionRefusedError cy_exc_ConnectionRefusedError
// PyExc_ConnectionResetError: the class ConnectionResetError (cy_exc_ConnectionResetError).
#define cy_PyExc_ConnectionResetError cy_exc_ConnectionResetError
// PyExc_FileExistsError: the class FileExistsError (cy_exc_FileExistsError).
#define cy_PyExc_FileExistsError cy_exc_FileExistsError
// PyExc_FileNotFoundError: the class FileNotFoundError (cy_exc_FileNotFoundError).
#define cy_PyExc_FileNotFoundError cy_exc_FileNotFoundError
// PyExc_InterruptedError: the class InterruptedError (cy_exc_InterruptedError).
#define cy_PyExc_InterruptedError cy_exc_InterruptedError
// PyExc_IsADirectoryError: the class IsADirectoryError (cy_exc_IsADirectoryError).
#define cy_PyExc_IsADirectoryError cy_exc_IsADirectoryError
// PyExc_NotADirectoryError: the class NotADirectoryError (cy_exc_NotADirectoryError).
#define cy_PyExc_NotADirectoryError cy_exc_NotADirectoryError
// PyExc_PermissionError: the class PermissionError (cy_exc_PermissionError).
#define cy_PyExc_PermissionError cy_exc_PermissionError
// PyExc_ProcessLookupError: the class ProcessLookupError (cy_exc_ProcessLookupError).
#define cy_PyExc_ProcessLookupError cy_exc_ProcessLookupError
// PyExc_TimeoutError: the class TimeoutError (cy_exc_TimeoutError).
#define cy_PyExc_TimeoutError cy_exc_TimeoutError
// PyExc_StopAsyncIteration: the class StopAsyncIteration (cy_exc_StopAsyncIteration).
#define cy_PyExc_StopAsyncIteration cy_exc_StopAsyncIteration
// PyExc_Warning: the class Warning (cy_exc_Warning).
#define cy_PyExc_Warning cy_exc_Warning
// PyExc_UserWarning: the class UserWarning (cy_exc_UserWarning).
#define cy_PyExc_UserWarning cy_exc_UserWarning
// PyExc_DeprecationWarning: the class DeprecationWarning (cy_exc_DeprecationWarning).
#define cy_PyExc_DeprecationWarning cy_exc_DeprecationWarning
// PyExc_PendingDeprecationWarning: the class PendingDeprecationWarning
// (cy_exc_PendingDeprecationWarning).
#define cy_PyExc_PendingDeprecationWarning cy_exc_PendingDeprecationWarning
// PyExc_RuntimeWarning: the class RuntimeWarning (cy_exc_RuntimeWarning).
#define cy_PyExc_RuntimeWarning cy_exc_RuntimeWarning
// PyExc_SyntaxWarning: the class SyntaxWarning (cy_exc_SyntaxWarning).
#define cy_PyExc_SyntaxWarning cy_exc_SyntaxWarning
// PyExc_FutureWarning: the class FutureWarning (cy_exc_FutureWarning).
#define cy_PyExc_FutureWarning cy_exc_FutureWarning
// PyExc_ImportWarning: the class ImportWarning (cy_exc_ImportWarning).
#define cy_PyExc_ImportWarning cy_exc_ImportWarning
// PyExc_UnicodeWarning: the class UnicodeWarning (cy_exc_UnicodeWarning).
#define cy_PyExc_UnicodeWarning cy_exc_UnicodeWarning
// PyExc_BytesWarning: the class BytesWarning (cy_exc_BytesWarning).
#define cy_PyExc_BytesWarning cy_exc_BytesWarning
// PyExc_ResourceWarning: the class ResourceWarning (cy_exc_ResourceWarning).
#define cy_PyExc_ResourceWarning cy_exc_ResourceWarning
// PyExc_EncodingWarning: the class EncodingWarning (cy_exc_EncodingWarning).
#define cy_PyExc_EncodingWarning cy_exc_EncodingWarning

// ===========================================================================================
// Types, constants, flags
// ===========================================================================================

// PyTypeObject: MicroPython's type objects are const (most live in ROM).
typedef const mp_obj_type_t cy_PyTypeObject;
// DL_EXPORT(t) of a `cdef public class`'s exported type object (rules/core/cython.toml).
#define cy_dl_export(t) t
// Built-in type objects (PyList_Type etc.), for `&PyList_Type` and `(PyObject*)&PyList_Type`.
#define cy_PyLong_Type mp_type_int
// PyFloat_Type: MicroPython's float type.
#define cy_PyFloat_Type mp_type_float
// PyBool_Type: MicroPython's bool type.
#define cy_PyBool_Type mp_type_bool
// PyUnicode_Type: MicroPython's str type.
#define cy_PyUnicode_Type mp_type_str
// PyBytes_Type: MicroPython's bytes type.
#define cy_PyBytes_Type mp_type_bytes
// PyByteArray_Type: MicroPython's bytearray type.
#define cy_PyByteArray_Type mp_type_bytearray
// PyList_Type: MicroPython's list type.
#define cy_PyList_Type mp_type_list
// PyTuple_Type: MicroPython's tuple type.
#define cy_PyTuple_Type mp_type_tuple
// PyDict_Type: MicroPython's dict type.
#define cy_PyDict_Type mp_type_dict
// PySet_Type: MicroPython's set type.
#define cy_PySet_Type mp_type_set
// PyFrozenSet_Type: MicroPython's frozenset type (ports with MICROPY_PY_BUILTINS_FROZENSET).
#define cy_PyFrozenSet_Type mp_type_frozenset
// PyType_Type: MicroPython's type type (the metaclass of classes).
#define cy_PyType_Type mp_type_type
// Cython's `#define __Pyx_DefaultClassType PyType_Type`: the metaclass of `class A:` (no bases).
#define cy_Pyx_DefaultClassType mp_type_type
// PyRange_Type: MicroPython's range type.
#define cy_PyRange_Type mp_type_range
// PySlice_Type: MicroPython's slice type.
#define cy_PySlice_Type mp_type_slice
// PyBaseObject_Type: MicroPython's object type.
#define cy_PyBaseObject_Type mp_type_object
// PyComplex_Type: MicroPython's complex type (ports with MICROPY_PY_BUILTINS_COMPLEX).
#define cy_PyComplex_Type mp_type_complex
// The Ellipsis singleton (`...`).
#define cy_Py_Ellipsis MP_OBJ_FROM_PTR(&mp_const_ellipsis_obj)
// CPython's Py_HUGE_VAL (float('inf') in C).
#define cy_Py_HUGE_VAL HUGE_VAL

// Rich comparison operators (same values as CPython's Py_LT..Py_GE).
#define cy_Py_LT (0)
// Py_LE: the <= operator of rich comparisons.
#define cy_Py_LE (1)
// Py_EQ: the == operator of rich comparisons.
#define cy_Py_EQ (2)
// Py_NE: the != operator of rich comparisons.
#define cy_Py_NE (3)
// Py_GT: the > operator of rich comparisons.
#define cy_Py_GT (4)
// Py_GE: the >= operator of rich comparisons.
#define cy_Py_GE (5)

// PyMethodDef and the calling conventions of the C functions it points to.
#define CY_METH_VARARGS (0x0001)
// METH_KEYWORDS: with METH_VARARGS, the function also takes a dict of keywords; with
// METH_FASTCALL, keyword names after the arguments.
#define CY_METH_KEYWORDS (0x0002)
// METH_NOARGS: the function takes no arguments (called as f(self, NULL)).
#define CY_METH_NOARGS (0x0004)
// METH_O: the function takes exactly one argument (f(self, arg)).
#define CY_METH_O (0x0008)
// METH_CLASS: a classmethod (self is the class).
#define CY_METH_CLASS (0x0010)
// METH_STATIC: a staticmethod (no self).
#define CY_METH_STATIC (0x0020)
// METH_COEXIST: CPython's flag for a method that replaces a slot wrapper; no effect here.
#define CY_METH_COEXIST (0x0040)
// METH_FASTCALL: the function takes a C array of arguments and their count.
#define CY_METH_FASTCALL (0x0080)
// METH_METHOD: with METH_FASTCALL|METH_KEYWORDS, the defining class is passed too (CPython's
// PyCMethod).
#define CY_METH_METHOD (0x0200)
// METH_VARARGS, routed to the runtime's CY_METH_VARARGS (same value).
#define cy_METH_VARARGS CY_METH_VARARGS
// METH_KEYWORDS, routed to the runtime's CY_METH_KEYWORDS (same value).
#define cy_METH_KEYWORDS CY_METH_KEYWORDS
// METH_NOARGS, routed to the runtime's CY_METH_NOARGS (same value).
#define cy_METH_NOARGS CY_METH_NOARGS
// METH_O, routed to the runtime's CY_METH_O (same value).
#define cy_METH_O CY_METH_O
// METH_CLASS, routed to the runtime's CY_METH_CLASS (same value).
#define cy_METH_CLASS CY_METH_CLASS
// METH_STATIC, routed to the runtime's CY_METH_STATIC (same value).
#define cy_METH_STATIC CY_METH_STATIC
// METH_COEXIST, routed to the runtime's CY_METH_COEXIST (same value).
#define cy_METH_COEXIST CY_METH_COEXIST
// METH_FASTCALL, routed to the runtime's CY_METH_FASTCALL (same value).
#define cy_METH_FASTCALL CY_METH_FASTCALL
// METH_METHOD, routed to the runtime's CY_METH_METHOD (same value).
#define cy_METH_METHOD CY_METH_METHOD
// Cython's __Pyx_METH_FASTCALL: METH_FASTCALL.
#define cy_Pyx_METH_FASTCALL CY_METH_FASTCALL

// METH_NOARGS: (self, unused); METH_O: (self, arg); METH_VARARGS(|KEYWORDS): (self, tuple, dict)
typedef mp_obj_t (*cy_PyCFunction)(mp_obj_t self, mp_obj_t arg);
// PyCFunctionWithKeywords, METH_VARARGS|METH_KEYWORDS: f(self, args tuple, kwargs dict or NULL).
typedef mp_obj_t (*cy_PyCFunctionWithKeywords)(mp_obj_t self, mp_obj_t args, mp_obj_t kwds);
// METH_FASTCALL: (self, args, nargs)
typedef mp_obj_t (*cy_Pyx_PyCFunctionFast)(mp_obj_t self, mp_obj_t const *args, mp_int_t nargs);
// METH_FASTCALL|METH_KEYWORDS, Cython's `def` wrappers: see "Calling convention" in
// docs/ARCHITECTURE.md. kwds is MP_OBJ_NULL or MP_OBJ_NEW_SMALL_INT(n_kw); the keyword
// (name, value) pairs follow the positional arguments in args.
typedef mp_obj_t (*cy_Pyx_PyCFunction_FastCallWithKeywords)(mp_obj_t self, mp_obj_t const *args,
    mp_int_t nargs, mp_obj_t kwds);
// _PyCFunctionFast (METH_FASTCALL): cy_Pyx_PyCFunctionFast.
#define cy_PyCFunctionFast cy_Pyx_PyCFunctionFast
// _PyCFunctionFastWithKeywords (METH_FASTCALL|METH_KEYWORDS):
// cy_Pyx_PyCFunction_FastCallWithKeywords, with keywords passed the runtime's way (above).
#define cy_PyCFunctionFastWithKeywords cy_Pyx_PyCFunction_FastCallWithKeywords

// Docstrings follow the firmware's MICROPY_ENABLE_DOC_STRING, as CPython's PyDoc_STR follows
// WITH_DOC_STRINGS: without it every docstring Cython wrote is "" (one byte, shared) and reads as
// None (CY_DOC), so a firmware built without docstrings links none of them.
#if MICROPY_ENABLE_DOC_STRING
#define cy_PyDoc_STR(str) str
#define CY_DOC(doc) (doc)
#else
#define cy_PyDoc_STR(str) ""
#define CY_DOC(doc) ((void)(doc), (const char *)NULL)
#endif
// A docstring object, or None in a firmware built without docstrings (the object and its text
// are then referenced by nothing and not linked).
#define CY_DOC_OBJ(obj) (MICROPY_ENABLE_DOC_STRING ? (obj) : mp_const_none)

// Same layout as CPython's PyMethodDef.
typedef struct _cy_methoddef_t {
    const char *ml_name;
    cy_PyCFunction ml_meth;
    int ml_flags;
    const char *ml_doc;
} cy_methoddef_t;
// PyMethodDef: cy_methoddef_t (same layout), const: the method defs Cython writes (`static
// PyMethodDef ...`) stay in ROM, as nothing writes to them after compilation.
typedef const cy_methoddef_t cy_PyMethodDef;

// Cython's cached unbound C method (the module state holds some; the init code fills `type`
// and `method_name`). Calls look the method up by name on `self`.
typedef struct {
    mp_obj_t type;
    mp_obj_t *method_name;
    mp_obj_t func;
    mp_obj_t method;
    int flag;
} cy_Pyx_CachedCFunction;
// Cython's __Pyx_CallUnboundCMethod0: call the cached method cfunc on self with no argument
// (self.name()); NULL with an exception pending on error.
mp_obj_t cy_Pyx_CallUnboundCMethod0(cy_Pyx_CachedCFunction *cfunc, mp_obj_t self);
// Cython's __Pyx_CallUnboundCMethod1: self.name(arg) for the cached method cfunc; NULL with an
// exception pending on error.
mp_obj_t cy_Pyx_CallUnboundCMethod1(cy_Pyx_CachedCFunction *cfunc, mp_obj_t self, mp_obj_t arg);
// Cython's __Pyx_CallUnboundCMethod2: self.name(arg1, arg2) for the cached method cfunc; NULL with
// an exception pending on error.
mp_obj_t cy_Pyx_CallUnboundCMethod2(cy_Pyx_CachedCFunction *cfunc, mp_obj_t self, mp_obj_t arg1,
    mp_obj_t arg2);

// Free-threading hints passed to item-access macros (which ignore them).
#define cy_Pyx_ReferenceSharing_FunctionArgument (0)
// Cython's free-threading hint: the caller owns a strong reference (ignored).
#define cy_Pyx_ReferenceSharing_OwnStrongReference (0)
// Cython's free-threading hint: the reference may be shared (ignored).
#define cy_Pyx_ReferenceSharing_SharedReference (0)
// Cython's free-threading hint: the reference is unique (ignored).
#define cy_Pyx_ReferenceSharing_DefinitelyUnique (0)
// Is o referenced only here (so Cython may reuse it in place)? There are no reference counts:
// never, Cython's own answer on platforms whose refcount it does not trust.
#define cy_Pyx_IS_UNIQUELY_REFERENCED(o, sharing) (((void)(o)), ((void)(sharing)), 0)

// Thread state: MicroPython modules run under one VM state; Cython's declarations vanish.
#define cy_Pyx_PyThreadState_declare
// Cython's __Pyx_PyThreadState_assign: nothing (no thread state to fetch).
#define cy_Pyx_PyThreadState_assign

// ===========================================================================================
// Errors: CPython's PyErr_* API
// ===========================================================================================

// The *type* of the pending exception (as an object), or MP_OBJ_NULL when none is pending.
mp_obj_t cy_PyErr_Occurred(void);
// PyErr_SetString: make type(message) the pending exception.
void cy_PyErr_SetString(mp_obj_t type, const char *message);
// printf-like, with CPython's conversions: %s %d %i %u %ld %lu %lld %llu %zd %zu %x %c %p %%,
// precision on %s (%.200s), and the object conversions %U %S (str) %R (repr) %A (repr) %V.
// Always returns MP_OBJ_NULL, like CPython's.
mp_obj_t cy_PyErr_Format(mp_obj_t type, const char *format, ...);
// PyErr_FormatV: cy_PyErr_Format with a va_list. Returns MP_OBJ_NULL.
mp_obj_t cy_PyErr_FormatV(mp_obj_t type, const char *format, va_list ap);
// A type's name in error messages, as on the Limited API: a str object ("module.Name" for a
// class of a module, "Name" for a built-in), formatted with %U; nothing to release.
typedef mp_obj_t cy_Pyx_TypeName;
#define cy_Pyx_FMT_TYPENAME "%U"
#define cy_Pyx_DECREF_TypeName(name) ((void)(name))
cy_Pyx_TypeName cy_Pyx_PyType_GetFullyQualifiedName(cy_PyTypeObject *type);
// exc_type(message % (arg, type name of obj)): Cython's RaiseErrorWithObjectType1.
void cy_Pyx_RaiseErrorWithObjectType1(mp_obj_t exc_type, const char *message, const char *arg,
    mp_obj_t obj);
#define cy_Pyx_RaiseTypeErrorWithObjectType1(message, arg, obj) \
    cy_Pyx_RaiseErrorWithObjectType1(MP_OBJ_FROM_PTR(&mp_type_TypeError), (message), (arg), (obj))
// exc_type(message % (arg, name of type1, name of type2)): Cython's RaiseErrorWithObjectTypes.
void cy_Pyx_RaiseErrorWithTypes1(mp_obj_t exc_type, const char *message, const char *arg,
    cy_PyTypeObject *type1, cy_PyTypeObject *type2);
#define cy_Pyx_RaiseErrorWithObjectTypes1(exc_type, message, arg, obj1, obj2) \
    cy_Pyx_RaiseErrorWithTypes1((exc_type), (message), (arg), cy_Py_TYPE(obj1), cy_Py_TYPE(obj2))
#define cy_Pyx_RaiseTypeErrorWithTypes(message, type1, type2) \
    cy_Pyx_RaiseErrorWithTypes1(MP_OBJ_FROM_PTR(&mp_type_TypeError), "%.1s" message, "", (type1), (type2))
#define cy_Pyx_RaiseTypeErrorWithObjectTypes(message, obj1, obj2) \
    cy_Pyx_RaiseTypeErrorWithTypes(message, cy_Py_TYPE(obj1), cy_Py_TYPE(obj2))
// PyErr_SetObject: make type(value) the pending exception (value itself when it is already an
// instance of type; a tuple value gives the arguments).
void cy_PyErr_SetObject(mp_obj_t type, mp_obj_t value);
// PyErr_SetNone: make type() the pending exception.
void cy_PyErr_SetNone(mp_obj_t type);
// PyErr_ExceptionMatches: does the pending exception match type (a class or tuple of classes, as
// an `except` clause)? 1 or 0.
int cy_PyErr_ExceptionMatches(mp_obj_t type);
// `err` may be an exception instance or class; `type` a class or a tuple of classes.
int cy_PyErr_GivenExceptionMatches(mp_obj_t err, mp_obj_t type);
// PyErr_Clear: drop the pending exception.
void cy_PyErr_Clear(void);
// PyErr_NoMemory: make MemoryError the pending exception; returns MP_OBJ_NULL.
mp_obj_t cy_PyErr_NoMemory(void);
// PyErr_Fetch: take the pending exception as (type, value, traceback) and clear it; all NULL when
// none. The traceback is None: MicroPython keeps it inside the exception.
void cy_PyErr_Fetch(mp_obj_t *type, mp_obj_t *value, mp_obj_t *tb);
// PyErr_Restore: make (type, value, tb) the pending exception (nothing when type is NULL); tb is
// ignored.
void cy_PyErr_Restore(mp_obj_t type, mp_obj_t value, mp_obj_t tb);
// PyErr_NormalizeException: turn *type/*value into the exception instance CPython would make
// (*value an instance of *type).
void cy_PyErr_NormalizeException(mp_obj_t *type, mp_obj_t *value, mp_obj_t *tb);
// PyErr_GetRaisedException: take the pending exception instance (or NULL) and clear it.
mp_obj_t cy_PyErr_GetRaisedException(void);
// PyErr_SetRaisedException: make exc (an instance, or NULL) the pending exception.
void cy_PyErr_SetRaisedException(mp_obj_t exc);
// PyErr_WarnEx: print "Category: message" as MicroPython's warnings do (nothing when the build has
// MICROPY_WARNINGS off); stack_level is ignored. Always 0: warnings never become errors.
int cy_PyErr_WarnEx(mp_obj_t category, const char *message, mp_int_t stack_level);
// PyErr_WriteUnraisable: print the pending exception as unraisable ("Exception ignored in: obj")
// and clear it.
void cy_PyErr_WriteUnraisable(mp_obj_t obj);
// PyErr_Print: print the pending exception (with what traceback MicroPython keeps) and clear it.
void cy_PyErr_Print(void);
// PyErr_PrintEx: PyErr_Print (there are no sys.last_* variables to set).
#define cy_PyErr_PrintEx(set_sys_last_vars) cy_PyErr_Print()
// PyException_GetTraceback: None; MicroPython has no traceback objects (the entries live inside
// the exception).
mp_obj_t cy_PyException_GetTraceback(mp_obj_t exc);

// Cython's spellings of the same.
#define cy_Pyx_PyErr_Occurred() (cy_err_occurred() != MP_OBJ_NULL)
// Cython's __Pyx_PyErr_ExceptionMatches(type): the same as PyErr_ExceptionMatches here.
#define cy_Pyx_PyErr_ExceptionMatches(type) cy_PyErr_ExceptionMatches(type)
// Cython's __Pyx_PyErr_ExceptionMatches2: does the pending exception match type1 or type2? 1 or 0.
int cy_Pyx_PyErr_ExceptionMatches2(mp_obj_t type1, mp_obj_t type2);
// Does `err` (an exception instance or class) match the class `type` by MicroPython's own
// matching alone? Right for every class no CPython subclass stands in for (cy_exc_matches).
int cy_exc_given_matches_own(mp_obj_t err, mp_obj_t type);
// Cython's __Pyx_PyErr_GivenExceptionMatches(err, type): the same as PyErr_GivenExceptionMatches
// here. StopIteration, which every loop over an iterator checks for, is none of the classes
// MicroPython raises a base of: that check links no matching of CPython's subclasses.
MP_ALWAYSINLINE static inline int cy_Pyx_PyErr_GivenExceptionMatches(mp_obj_t err, mp_obj_t type) {
    if (__builtin_constant_p(type == MP_OBJ_FROM_PTR(&mp_type_StopIteration))
        && type == MP_OBJ_FROM_PTR(&mp_type_StopIteration)) {
        return cy_exc_given_matches_own(err, type);
    }
    return cy_PyErr_GivenExceptionMatches(err, type);
}
// Cython's __Pyx_PyErr_GivenExceptionMatches2: does err match type1 or type2? 1 or 0.
int cy_Pyx_PyErr_GivenExceptionMatches2(mp_obj_t err, mp_obj_t type1, mp_obj_t type2);
// Cython's __Pyx_PyErr_Clear(): the same as PyErr_Clear here.
#define cy_Pyx_PyErr_Clear() cy_PyErr_Clear()
// Cython's __Pyx_PyErr_SetNone(type): the same as PyErr_SetNone here.
#define cy_Pyx_PyErr_SetNone(type) cy_PyErr_SetNone(type)
// Cython's __Pyx_ErrFetch(type, value, tb): the same as PyErr_Fetch here.
#define cy_Pyx_ErrFetch(type, value, tb) cy_PyErr_Fetch((type), (value), (tb))
// Cython's __Pyx_ErrRestore(type, value, tb): the same as PyErr_Restore here.
#define cy_Pyx_ErrRestore(type, value, tb) cy_PyErr_Restore((type), (value), (tb))
// Cython's __Pyx_ErrFetchWithState(type, value, tb): the same as PyErr_Fetch here.
#define cy_Pyx_ErrFetchWithState(type, value, tb) cy_PyErr_Fetch((type), (value), (tb))
// Cython's __Pyx_ErrRestoreWithState(type, value, tb): the same as PyErr_Restore here.
#define cy_Pyx_ErrRestoreWithState(type, value, tb) cy_PyErr_Restore((type), (value), (tb))
// Cython's __Pyx_ErrFetchInState: PyErr_Fetch (there is no thread state: tstate is unused).
#define cy_Pyx_ErrFetchInState(tstate, type, value, tb) cy_PyErr_Fetch((type), (value), (tb))
// Cython's __Pyx_ErrRestoreInState: PyErr_Restore (there is no thread state: tstate is unused).
#define cy_Pyx_ErrRestoreInState(tstate, type, value, tb) cy_PyErr_Restore((type), (value), (tb))
// Cython's __Pyx_PyErr_FetchException(type, value, tb): the same as PyErr_Fetch here.
#define cy_Pyx_PyErr_FetchException(type, value, tb) cy_PyErr_Fetch((type), (value), (tb))
// Cython's __Pyx_PyErr_RestoreException(type, value, tb): the same as PyErr_Restore here.
#define cy_Pyx_PyErr_RestoreException(type, value, tb) cy_PyErr_Restore((type), (value), (tb))
// Move the pending exception to "being handled" (sys.exc_info) and return it. 0, or -1.
int cy_Pyx_GetException(mp_obj_t *type, mp_obj_t *value, mp_obj_t *tb);
// Read / replace / swap the exception being handled.
void cy_Pyx_ExceptionSave(mp_obj_t *type, mp_obj_t *value, mp_obj_t *tb);
// Cython's __Pyx_ExceptionReset: make (type, value, tb) the exception being handled
// (sys.exc_info()), after a handler ends.
void cy_Pyx_ExceptionReset(mp_obj_t type, mp_obj_t value, mp_obj_t tb);
// Cython's __Pyx_ExceptionSwap: exchange the exception being handled with *type/*value/*tb.
void cy_Pyx_ExceptionSwap(mp_obj_t *type, mp_obj_t *value, mp_obj_t *tb);
// PyErr_GetExcInfo: the exception being handled (sys.exc_info()), as __Pyx_ExceptionSave.
#define cy_PyErr_GetExcInfo(type, value, tb) cy_Pyx_ExceptionSave((type), (value), (tb))
// PyErr_SetExcInfo: set the exception being handled, as __Pyx_ExceptionReset.
#define cy_PyErr_SetExcInfo(type, value, tb) cy_Pyx_ExceptionReset((type), (value), (tb))
// `raise type(value) from cause`. The cause is checked as CPython does ("exception causes must
// derive from BaseException") and kept as __cause__ on instances of exception classes defined in
// Python; MicroPython's built-in exception instances cannot hold it.
void cy_Pyx_Raise(mp_obj_t type, mp_obj_t value, mp_obj_t tb, mp_obj_t cause);
// Add a traceback entry to the pending exception: file `filename`, line `py_line`, block name
// `funcname` (Cython's "module.func", what CPython shows for the frame). `c_line` is ignored.
void cy_Pyx_AddTraceback(const char *funcname, int c_line, int py_line, const char *filename);
// cy_Pyx_AddTraceback for a function of the module named `module`: a funcname starting with '.'
// is relative to it (".Class.method" for "module.Class.method"); others are whole.
void cy_Pyx_AddTracebackIn(const char *module, const char *funcname, int py_line, const char *filename);

// Argument and unpacking errors, with the exact texts of Cython 3.3.1.
void cy_Pyx_RaiseArgtupleInvalid(const char *func_name, int exact, mp_int_t num_min,
    mp_int_t num_max, mp_int_t num_found);
// Cython's __Pyx_RaiseDoubleKeywordsError: TypeError "f() got multiple values for keyword argument
// 'k'".
void cy_Pyx_RaiseDoubleKeywordsError(const char *func_name, mp_obj_t kw_name);
// f(**a, **b): source_mapping's items added to kwdict; 0, or -1 (a duplicate key: TypeError).
int cy_Pyx_MergeKeywords(mp_obj_t kwdict, mp_obj_t source_mapping);
// Cython's __Pyx_RaiseKeywordRequired: TypeError "f() needs keyword-only argument k".
void cy_Pyx_RaiseKeywordRequired(const char *func_name, mp_obj_t kw_name);
// Cython's __Pyx_RaiseNeedMoreValuesError: ValueError "need more than <index> values to unpack"
// (Cython's wording).
void cy_Pyx_RaiseNeedMoreValuesError(mp_int_t index);
// Cython's __Pyx_RaiseTooManyValuesError: ValueError "too many values to unpack (expected n)".
void cy_Pyx_RaiseTooManyValuesError(mp_int_t expected);
// Cython's __Pyx_RaiseNoneNotIterableError: TypeError "'NoneType' object is not iterable".
void cy_Pyx_RaiseNoneNotIterableError(void);
// Cython's __Pyx_RaiseUnboundLocalError: UnboundLocalError "cannot access local variable 'x' where
// it is not associated with a value".
void cy_Pyx_RaiseUnboundLocalError(const char *varname);
// The same, from a `nogil` block (there is no GIL to take).
#define cy_Pyx_RaiseUnboundLocalErrorNogil(varname) cy_Pyx_RaiseUnboundLocalError(varname)
// Cython's __Pyx_RaiseClosureNameError: NameError "free variable 'x' referenced before assignment
// in enclosing scope".
void cy_Pyx_RaiseClosureNameError(const char *varname);
// Cython's __Pyx_RaiseUnexpectedTypeError: TypeError "Expected <expected>, got <type of obj>";
// returns 0.
int cy_Pyx_RaiseUnexpectedTypeError(const char *expected, mp_obj_t obj);
// `f() got an unexpected keyword argument 'k'` for a function that takes none; kwds is the
// kwargs dict (METH_VARARGS) or a FASTCALL keyword count (whose names are not at hand:
// `f() takes no keyword arguments`).
void cy_Pyx_RejectKeywords(const char *function_name, mp_obj_t kwds);
// The check of a FASTCALL wrapper of a function without parameters (src/args.rs): with
// positional arguments Cython's __Pyx_RaiseArgtupleInvalid(function_name, 1, 0, 0, nargs), with
// keywords CPython's TypeError naming the first one ("f() got an unexpected keyword argument
// 'x'", read from MicroPython's name, value pairs after args[nargs]); 0 when there are neither,
// else -1.
int cy_Pyx_RejectArgs(const char *function_name, mp_obj_t const *args, mp_int_t nargs,
    mp_obj_t kwds);
// `e.args` of a caught exception (Cython's fast paths for `except KeyError as e: e.args`).
mp_obj_t cy_Pyx_PyException_get_args(mp_obj_t exc);
// Cython's __Pyx_PyKeyError_get_args: e.args of a KeyError (__Pyx_PyException_get_args).
#define cy_Pyx_PyKeyError_get_args(exc) cy_Pyx_PyException_get_args(exc)
// Cython's __Pyx_PyBaseException_get_args: e.args (__Pyx_PyException_get_args).
#define cy_Pyx_PyBaseException_get_args(exc) cy_Pyx_PyException_get_args(exc)
// `f(**x)` where x is not a mapping.
void cy_Pyx_RaiseMappingExpectedError(mp_obj_t arg);
// A noexcept function could not propagate the pending exception: print what CPython prints
// (with full_traceback the exception, then "Exception ignored in: 'name'" and the exception
// again) to the port's error printer, and clear it.
void cy_Pyx_WriteUnraisable(const char *name, int clineno, int lineno, const char *filename,
    int full_traceback, int nogil);
// `obj` must be an instance of `type` (or None when none_allowed). 1 when it is; 0 and a
// pending TypeError when not. `exact` demands the exact type.
int cy_Pyx_ArgTypeTest(mp_obj_t obj, mp_const_obj_t type, int none_allowed, const char *name,
    int exact);
// Keyword names passed to a FASTCALL function are all strings in MicroPython; 0, or -1.
int cy_Pyx_CheckKeywordStrings(mp_obj_t kwds);
// Cython's `with` exit and `assert` support.
#define cy_Pyx_init_assertions_enabled() (0)
// Whether `assert` statements run (Cython's __pyx_assertions_enabled_flag); 1, as CPython without
// -O.
extern int cy_Pyx_assertions_enabled_flag;
// Cython's __pyx_assertions_enabled(): the flag above.
#define cy_Pyx_assertions_enabled() (cy_Pyx_assertions_enabled_flag)

// ===========================================================================================
// Function objects (Cython's CyFunction)
// ===========================================================================================
//
// A MicroPython object type with a `call` slot that dispatches on ml_flags:
//   METH_NOARGS      ml_meth(self, MP_OBJ_NULL)         no arguments allowed
//   METH_O           ml_meth(self, arg)                 exactly one positional argument
//   METH_FASTCALL|METH_KEYWORDS  ((cy_Pyx_PyCFunction_FastCallWithKeywords)ml_meth)(
//                        self, args, n_args, n_kw ? MP_OBJ_NEW_SMALL_INT(n_kw) : MP_OBJ_NULL)
//   METH_FASTCALL    ((cy_Pyx_PyCFunctionFast)ml_meth)(self, args, n_args)
//   METH_VARARGS[|METH_KEYWORDS]  ml_meth(self, tuple[, dict or MP_OBJ_NULL])
// where `self` (Cython's __pyx_self) is the function object itself. A NULL result raises the
// pending exception. It prints as `<cyfunction NAME at 0x...>` and has __name__, __qualname__,
// __module__, __doc__, __defaults__, __kwdefaults__, __globals__, __annotations__ and __call__.
typedef struct _cy_function_obj_t {
    mp_obj_base_t base;
    const cy_methoddef_t *ml;
    int flags;
    mp_obj_t qualname;
    mp_obj_t closure;
    mp_obj_t module;
    mp_obj_t globals;
    mp_obj_t defaults_tuple;
    mp_obj_t defaults_kwdict;
    mp_obj_t defaults;
    void *defaults_getter;
    mp_obj_t dict;
    // __annotations__: the dict Cython sets (__Pyx_CyFunction_SetAnnotationsDict), or a new
    // empty one made on first access, as CPython's; MP_OBJ_NULL until then.
    mp_obj_t annotations;
    // The class of a method of a Python class defined in the module (super() without
    // arguments); set by __Pyx_CyFunction_InitClassCell, else MP_OBJ_NULL.
    mp_obj_t classobj;
} cy_function_obj_t;
// The type of Cython's function objects (cyfunction), which binds to instances as a Python
// function does.
extern const mp_obj_type_t cy_function_type;
// MicroPython's bound method (py/objboundmeth.c keeps the struct private).
typedef struct {
    mp_obj_base_t base;
    mp_obj_t meth;
    mp_obj_t self;
} cy_bound_meth_t;
// A function object of this runtime, fused ones included (Cython's FusedFunction is a CyFunction).
#define cy_CyFunction_Check(obj) (mp_obj_is_type((obj), &cy_function_type) || mp_obj_is_type((obj), &cy_fused_function_type))
// Cython's __Pyx_CyFunction_Check(obj): the same as CyFunction_Check here.
#define cy_Pyx_CyFunction_Check(obj) cy_CyFunction_Check(obj)
// Cython's __Pyx_IsCyOrPyCFunction: a Cython function object, or any callable (MicroPython has no
// separate C function type to tell apart).
#define cy_Pyx_IsCyOrPyCFunction(obj) (cy_CyFunction_Check(obj) || mp_obj_is_callable(obj))

// A function with fused argument types (Cython's FusedFunction): a function object whose
// `__signatures__` (a dict: signature string -> specialised function) makes a call go through
// its C function, the dispatcher, with (signatures, args, kwargs, defaults), and then to the
// specialisation it returns. `f[double]`/`f["double"]` picks one. A specialisation has no
// signatures and is called as a plain function object.
typedef struct _cy_fused_function_obj_t {
    cy_function_obj_t func;
    mp_obj_t __signatures__;
} cy_fused_function_obj_t;
extern const mp_obj_type_t cy_fused_function_type;
mp_obj_t cy_pyx_FusedFunction_New(const cy_methoddef_t *ml, int flags, mp_obj_t qualname,
    mp_obj_t closure, mp_obj_t module, mp_obj_t globals, mp_obj_t code);
#define cy_Pyx_as_FusedFunctionObject(o) ((cy_fused_function_obj_t *)MP_OBJ_TO_PTR(o))
// The dispatcher's TypeError for a missing argument; always -1 (Cython's macro's value).
int cy_Pyx_RaiseFusedFunctionArgTypeError(mp_obj_t arg_name, mp_int_t arg_tuple_idx,
    mp_int_t min_positional_args, mp_int_t arg_count);

// Cython's flags argument of __Pyx_CyFunction_New.
#define cy_Pyx_CYFUNCTION_STATICMETHOD (0x01)
// The function is a classmethod.
#define cy_Pyx_CYFUNCTION_CLASSMETHOD (0x02)
// The function is a method of a cdef class.
#define cy_Pyx_CYFUNCTION_CCLASS (0x04)
// The function is an `async def`.
#define cy_Pyx_CYFUNCTION_COROUTINE (0x08)
// Not Cython's: an entry of a cdef class's method table (tp_methods), which CPython makes a
// method descriptor, whose doc "name(...)\n--\n\n..." holds its text signature.
#define CY_FUNCTION_METHOD_DESCR (0x100)

// New function object; MP_OBJ_NULL with a pending MemoryError on failure. `code` is ignored.
mp_obj_t cy_Pyx_CyFunction_New(const cy_methoddef_t *ml, int flags, mp_obj_t qualname,
    mp_obj_t closure, mp_obj_t module, mp_obj_t globals, mp_obj_t code);
// Cython's __Pyx_CyFunction_NewEx: __Pyx_CyFunction_New with the same arguments.
#define cy_Pyx_CyFunction_NewEx(ml, flags, qualname, closure, module, globals, code) \
    cy_Pyx_CyFunction_New((ml), (flags), (qualname), (closure), (module), (globals), (code))
// A function object the module body creates and stores by name, as the translator reads it
// from Cython's module body (src/defs.rs): its method def, qualified name and key (pointers to
// ROM constants), Cython's flags and the index + 1 of its cached defaults tuple (0: none).
typedef struct {
    const cy_methoddef_t *ml;
    mp_obj_t *qualname;
    mp_obj_t *name;
    uint16_t flags;
    uint16_t defaults;
} cy_Pyx_DefSpec;
// For each of the n specs in order, what Cython's module body does: cy_Pyx_CyFunction_New(ml,
// flags, qualname, NULL, module, globals, NULL), cy_Pyx_CyFunction_SetDefaultsTuple with
// tuples[defaults - 1] when it has defaults, then store(target, name, function): the module
// dict's cy_PyDict_SetItem, or a cdef class's cy_set_item_on_type_dict (passed in, so that a
// module without classes does not link the type code). 0, or -1 with the error pending.
int cy_Pyx_DefineFunctions(const cy_Pyx_DefSpec *defs, mp_int_t n, mp_obj_t target,
    int (*store)(mp_obj_t, mp_obj_t, mp_obj_t), mp_obj_t module, mp_obj_t globals,
    const mp_obj_t *tuples);
// A function with binding=False (CPython's PyCFunction_NewEx): the same object on a type that
// does not bind to instances; its C function gets `self` (Cython's closure scope, or NULL).
extern const mp_obj_type_t cy_cfunction_type;
// PyCFunction_NewEx: a function object of cy_cfunction_type for ml, passing `self` to its C
// function; MP_OBJ_NULL with a pending exception on failure.
mp_obj_t cy_PyCFunction_NewEx(const cy_methoddef_t *ml, mp_obj_t self, mp_obj_t module);
// PyCFunction_GetSelf: the `self` a C function object passes to its C function.
#define cy_PyCFunction_GetSelf(func) (((cy_function_obj_t *)MP_OBJ_TO_PTR(func))->closure)
// CPython's PyCFunction_GET_FLAGS: the METH_* flags of a function object of this runtime; 0 for
// any other object (MicroPython's own built-in functions have no such flags).
int cy_PyCFunction_GET_FLAGS(mp_obj_t op);
// Cython's __Pyx_CyFunction_SetDefaultsTuple: set the function's __defaults__.
void cy_Pyx_CyFunction_SetDefaultsTuple(mp_obj_t func, mp_obj_t tuple);
// Cython's __Pyx_CyFunction_SetDefaultsKwDict: set the function's __kwdefaults__.
void cy_Pyx_CyFunction_SetDefaultsKwDict(mp_obj_t func, mp_obj_t dict);
// Cython's __Pyx_CyFunction_SetAnnotationsDict: set the function's __annotations__ (kept in the
// function's attribute dict).
void cy_Pyx_CyFunction_SetAnnotationsDict(mp_obj_t func, mp_obj_t dict);
// Creates the per-function defaults object by calling `type` with no arguments and returns a
// pointer to it (NULL with a pending exception on failure). cy_cyfunction_init_defaults_size is
// the same with a zeroed GC block of `size` bytes, for modules that keep no defaults type.
void *cy_Pyx_CyFunction_InitDefaults(mp_obj_t func, mp_const_obj_t type);
// The runtime's variant of __Pyx_CyFunction_InitDefaults (above): a zeroed GC block of `size`
// bytes as the defaults object.
void *cy_cyfunction_init_defaults_size(mp_obj_t func, size_t size);
// The function's defaults object, as cy_Pyx_CyFunction_InitDefaults made it.
void *cy_cyfunction_defaults(mp_obj_t func);
// Cython's __Pyx_CyFunction_Defaults(type, f): f's defaults object as a `type *`.
#define cy_Pyx_CyFunction_Defaults(type, f) ((type *)cy_cyfunction_defaults(f))
// Cython's __Pyx_CyFunction_SetDefaultsGetter: keep g, the C function that computes f's
// __defaults__ and __kwdefaults__ from its defaults object.
#define cy_Pyx_CyFunction_SetDefaultsGetter(f, g) \
    (((cy_function_obj_t *)MP_OBJ_TO_PTR(f))->defaults_getter = (void *)(g))
// Cython's __Pyx_CyFunction_GetClosure: the closure scope object f was made with.
#define cy_Pyx_CyFunction_GetClosure(f) (((cy_function_obj_t *)MP_OBJ_TO_PTR(f))->closure)
// Cython's __Pyx_CyFunction_GetClassObj: the class of a method (for super() without arguments), or
// MP_OBJ_NULL.
#define cy_Pyx_CyFunction_GetClassObj(f) (((cy_function_obj_t *)MP_OBJ_TO_PTR(f))->classobj)
// Call a Cython C function as the function object's call slot would (used by the call
// helpers' fast path): n_kw (name, value) pairs follow the n_args positional arguments.
mp_obj_t cy_function_call(mp_obj_t func, size_t n_args, size_t n_kw, const mp_obj_t *args);

// The fields every module state of Cython's starts with, in its order (Cython's ModuleNode writes
// them first); the registration code checks the layout when it compiles.
typedef struct {
    mp_obj_t d, b, cython_runtime, empty_tuple, empty_bytes, empty_unicode;
} cy_module_state_head_t;
// A module's state (its __pyx_mstatetype of `size` bytes): zeroed, with the fields of
// cy_module_state_head_t set and the module dict made, holding __name__ and __doc__.
void *cy_module_state_new(size_t size, mp_obj_t name, mp_obj_t doc);
// The attribute delegation of a module whose state (cy_module_state_new) is *state (the handler
// registered with MP_REGISTER_MODULE_DELEGATION calls this): the module body runs first (init)
// when nothing ran it yet, as for a submodule of a built-in package reached without an import;
// then loads read the module's RAM dict, stores and deletes write it. Called by MicroPython
// itself, so it may raise (MemoryError on store).
void cy_module_state_attr(void **state, mp_obj_t (*init)(void), qstr attr, mp_obj_t *dest);

// A module-level function table as CPython's PyModuleDef.m_methods: registers each entry of the
// NULL-terminated table in `dict` as a function object. 0, or -1 with a pending exception.
int cy_add_functions(mp_obj_t dict, const cy_methoddef_t *methods, mp_obj_t module_name);

// ===========================================================================================
// Generators (`yield`, `yield from`, generator expressions)
// ===========================================================================================
//
// Cython compiles a generator into a body function that resumes at `resume_label` (0 the first
// time, -1 once finished) and returns the yielded value, or at the end the return value (NULL
// on error). The runtime's generator type drives it: iteration, send(), throw(), close(), and
// `yield from` delegation to any iterator (through mp_resume, so MicroPython generators work
// as delegates and as delegators of these). The exception being handled (sys.exc_info) is
// swapped in and out at each resume and yield, as CPython does for its generators.
struct _cy_CoroutineObject;
// PyThreadState: an opaque type; MicroPython's per-thread state is never handed out (pointers of
// this type are NULL).
typedef struct _cy_thread_state cy_PyThreadState;
// The C function of a generator's body: resumes gen at its resume_label with `sent` (NULL on
// throw), returns the yielded or returned value, NULL on error.
typedef mp_obj_t (*cy_coroutine_body_t)(struct _cy_CoroutineObject *gen, cy_PyThreadState *tstate,
    mp_obj_t sent_value);
// A generator made by Cython's __Pyx_Generator_New, driven by cy_generator_type.
typedef struct _cy_CoroutineObject {
    mp_obj_base_t base;
    cy_coroutine_body_t body;
    mp_obj_t closure;
    mp_obj_t name;
    mp_obj_t qualname;
    mp_obj_t module_name;
    mp_obj_t yieldfrom;     // the `yield from` delegate, or MP_OBJ_NULL
    mp_obj_t exc_state;     // the handled exception kept across a yield, or MP_OBJ_NULL
    int resume_label;
    int is_running;
} cy_CoroutineObject;
// Cython's __pyx_CoroutineObject: cy_CoroutineObject.
typedef cy_CoroutineObject cy_pyx_CoroutineObject;
// Cython's __pyx_coroutine_body_t: cy_coroutine_body_t.
typedef cy_coroutine_body_t cy_pyx_coroutine_body_t;
// Generators and coroutines (runtime/c/cy2upy_gen.c) are the runtime part GENERATOR
// (rules/parts.toml): declared, and compiled, only in a firmware with a module that has one.
#if CY2UPY_PART_GENERATOR
// The type of generators made by Cython (prints as <generator object name at 0x...>; send, throw,
// close).
extern const mp_obj_type_t cy_generator_type;
#endif
// Cython's __Pyx_PySendResult (CPython's PySendResult): PYGEN_RETURN, PYGEN_ERROR or PYGEN_NEXT.
typedef int cy_Pyx_PySendResult;
// PYGEN_RETURN: the generator returned (the value is its return value).
#define cy_PYGEN_RETURN (0)
// PYGEN_ERROR: the generator raised (an exception is pending).
#define cy_PYGEN_ERROR (-1)
// PYGEN_NEXT: the generator yielded a value.
#define cy_PYGEN_NEXT (1)
#if CY2UPY_PART_GENERATOR
// A new generator; NULL with a pending exception on failure. `code` is ignored.
cy_CoroutineObject *cy_Pyx_Generator_New(cy_coroutine_body_t body, mp_obj_t code, mp_obj_t closure,
    mp_obj_t name, mp_obj_t qualname, mp_obj_t module_name);
// `async def`: a coroutine, the same machinery under the type `coroutine`, with __await__.
// MicroPython awaits with `yield from`, so it also iterates (CPython's coroutines do not).
extern const mp_obj_type_t cy_coroutine_type;
cy_CoroutineObject *cy_Pyx_Coroutine_New(cy_coroutine_body_t body, mp_obj_t code, mp_obj_t closure,
    mp_obj_t name, mp_obj_t qualname, mp_obj_t module_name);
// An `async def` under @types.coroutine-style iteration: the same object here.
#define cy_Pyx_IterableCoroutine_New(body, code, closure, name, qualname, module_name) \
    cy_Pyx_Coroutine_New((body), (code), (closure), (name), (qualname), (module_name))
// `await source`: as cy_Pyx_Generator_Yield_From on the awaitable's iterator (source.__await__(),
// or the coroutine or generator itself).
cy_Pyx_PySendResult cy_Pyx_Coroutine_Yield_From(cy_CoroutineObject *gen, mp_obj_t source,
    mp_obj_t *retval);
// Run an inlined generator expression to its return value (NULL with a pending exception).
mp_obj_t cy_Pyx_Generator_GetInlinedResult(mp_obj_t gen);
// `yield from source`: PYGEN_NEXT with the first value in *retval (the delegate is kept),
// PYGEN_RETURN with the delegate's return value, or PYGEN_ERROR.
cy_Pyx_PySendResult cy_Pyx_Generator_Yield_From(cy_CoroutineObject *gen, mp_obj_t source,
    mp_obj_t *retval);
// Cython's __Pyx_Generator_Replace_StopIteration (PEP 479): a StopIteration pending inside a
// generator becomes RuntimeError("generator raised StopIteration").
void cy_Pyx_Generator_Replace_StopIteration(int in_async_gen);
// Cython's __Pyx_Coroutine_clear: drop the generator's closure and `yield from` delegate; 0.
int cy_Pyx_Coroutine_clear(mp_obj_t gen);
// Cython's __Pyx_Coroutine_ResetAndClearException: restore the exception being handled that the
// generator saved when it was resumed.
void cy_Pyx_Coroutine_ResetAndClearException(cy_CoroutineObject *gen);
// Cython's __Pyx_Coroutine_SwapException: exchange the exception being handled with the one the
// generator keeps across its yields.
void cy_Pyx_Coroutine_SwapException(cy_CoroutineObject *gen);
#endif

// ===========================================================================================
// The GIL: `with nogil:` and `with gil:`
// ===========================================================================================
//
// With MICROPY_PY_THREAD_GIL, `with nogil:` releases MicroPython's GIL and `with gil:` (or a
// `with gil` function) takes it back when this thread had released it. Without a GIL (no
// threads, or threads without a GIL as on rp2) all of these do nothing.
typedef int cy_PyGILState_STATE;
// PyEval_SaveThread (`with nogil:`): release the GIL; returns NULL (the state is not needed to
// take it back).
cy_PyThreadState *cy_PyEval_SaveThread(void);
// PyEval_RestoreThread (end of `with nogil:`): take the GIL again.
void cy_PyEval_RestoreThread(cy_PyThreadState *state);
// PyGILState_Ensure (`with gil:`): take the GIL if this thread released it; returns whether it
// did, for PyGILState_Release.
cy_PyGILState_STATE cy_PyGILState_Ensure(void);
// PyGILState_Release: release the GIL again if the matching PyGILState_Ensure took it.
void cy_PyGILState_Release(cy_PyGILState_STATE state);
// PyGILState_Check: 1 when this thread holds the GIL (always 1 without a GIL).
int cy_PyGILState_Check(void);
// Cython's __Pyx_PyGILState_Ensure(): the same as PyGILState_Ensure here.
#define cy_Pyx_PyGILState_Ensure() cy_PyGILState_Ensure()
// Cython's __Pyx_PyGILState_Release(state): the same as PyGILState_Release here.
#define cy_Pyx_PyGILState_Release(state) cy_PyGILState_Release(state)
// Cython's __Pyx_FastGIL_Remember: nothing (no fast-GIL cache).
#define cy_Pyx_FastGIL_Remember() ((void)0)
// Cython's __Pyx_FastGIL_Forget: nothing (no fast-GIL cache).
#define cy_Pyx_FastGIL_Forget() ((void)0)

// ===========================================================================================
// Thread locks: PyThread_type_lock, cython.pymutex, cython.pythread_type_lock
// ===========================================================================================
//
// With MICROPY_PY_THREAD a lock is MicroPython's mp_thread_mutex_t, in a block of the GC heap
// that the runtime keeps reachable from a root pointer until PyThread_free_lock (a lock in a C
// static or in a cdef class instance is then safe). Without threads there is nothing to wait
// for: every lock is one static placeholder, acquiring always succeeds and releasing does
// nothing (so `lock.locked()` is False even inside `with lock:`). Cython uses CPython's
// PyThread_type_lock for `cython.pymutex` too on the Limited API.
typedef struct _cy_thread_lock_t *cy_PyThread_type_lock;
// WAIT_LOCK: PyThread_acquire_lock blocks until the lock is free.
#define cy_WAIT_LOCK 1
// NOWAIT_LOCK: PyThread_acquire_lock returns at once.
#define cy_NOWAIT_LOCK 0
// PyLockStatus: what PyThread_acquire_lock_timed returns.
typedef enum {
    cy_PY_LOCK_FAILURE = 0,
    cy_PY_LOCK_ACQUIRED = 1,
    cy_PY_LOCK_INTR = 2,
} cy_PyLockStatus;
// PyThread_allocate_lock: a new unlocked lock (NULL without memory, as CPython).
cy_PyThread_type_lock cy_PyThread_allocate_lock(void);
// PyThread_free_lock: forget a lock (it must not be held).
void cy_PyThread_free_lock(cy_PyThread_type_lock lock);
// PyThread_acquire_lock: take the lock, waiting with WAIT_LOCK; 1 taken, 0 not. Waiting does not
// release the GIL (Cython releases it around a waiting acquire itself).
int cy_PyThread_acquire_lock(cy_PyThread_type_lock lock, int waitflag);
// PyThread_acquire_lock_timed: 0 microseconds tries once, a negative number waits, a positive one
// tries until that much time has passed.
cy_PyLockStatus cy_PyThread_acquire_lock_timed(cy_PyThread_type_lock lock, long long microseconds,
    int intr_flag);
// PyThread_release_lock: release a held lock.
void cy_PyThread_release_lock(cy_PyThread_type_lock lock);
// Cython's __Pyx_Locks_PyThreadTypeLock (`cython.pythread_type_lock`): a PyThread_type_lock.
#define cy_Pyx_Locks_PyThreadTypeLock cy_PyThread_type_lock
// Its static initialiser: no lock yet (Cython's module init allocates it).
#define cy_Pyx_Locks_PyThreadTypeLock_DECL NULL
// Cython's __Pyx_Locks_PyThreadTypeLock_Init(l): allocate the lock.
#define cy_Pyx_Locks_PyThreadTypeLock_Init(l) ((l) = cy_PyThread_allocate_lock())
// Cython's __Pyx_Locks_PyThreadTypeLock_Delete(l): free it.
#define cy_Pyx_Locks_PyThreadTypeLock_Delete(l) cy_PyThread_free_lock(l)
// Cython's __Pyx_Locks_PyThreadTypeLock_LockNogil(l): wait for the lock without the GIL.
#define cy_Pyx_Locks_PyThreadTypeLock_LockNogil(l) ((void)cy_PyThread_acquire_lock((l), cy_WAIT_LOCK))
// Cython's __Pyx_Locks_PyThreadTypeLock_LockGil(l): take the lock, releasing the GIL while it
// waits.
void cy_Pyx_Locks_PyThreadTypeLock_LockGil(cy_PyThread_type_lock lock);
// Cython's __Pyx_Locks_PyThreadTypeLock_Lock(l): take the lock, with or without the GIL.
void cy_Pyx_Locks_PyThreadTypeLock_Lock(cy_PyThread_type_lock lock);
// Cython's __Pyx_Locks_PyThreadTypeLock_Unlock(l): release the lock.
#define cy_Pyx_Locks_PyThreadTypeLock_Unlock(l) cy_PyThread_release_lock(l)
// Cython's __Pyx_Locks_PyThreadTypeLock_Locked(l): is the lock held (by any thread)?
int cy_Pyx_Locks_PyThreadTypeLock_Locked(cy_PyThread_type_lock lock);
// Cython's __Pyx_Locks_PyThreadTypeLock_CanCheckLocked(l): 1 (locked() can be asked).
#define cy_Pyx_Locks_PyThreadTypeLock_CanCheckLocked(l) ((void)(l), 1)
// Cython's __Pyx_Locks_PyMutex (`cython.pymutex`): on the Limited API, a PyThread_type_lock.
#define cy_Pyx_Locks_PyMutex cy_PyThread_type_lock
// Its static initialiser (see cy_Pyx_Locks_PyThreadTypeLock_DECL).
#define cy_Pyx_Locks_PyMutex_DECL NULL
// Cython's __Pyx_Locks_PyMutex_Init(l): allocate the lock.
#define cy_Pyx_Locks_PyMutex_Init(l) cy_Pyx_Locks_PyThreadTypeLock_Init(l)
// Cython's __Pyx_Locks_PyMutex_Delete(l): free it.
#define cy_Pyx_Locks_PyMutex_Delete(l) cy_Pyx_Locks_PyThreadTypeLock_Delete(l)
// Cython's __Pyx_Locks_PyMutex_Lock(l): take the lock, with or without the GIL.
#define cy_Pyx_Locks_PyMutex_Lock(l) cy_Pyx_Locks_PyThreadTypeLock_Lock(l)
// Cython's __Pyx_Locks_PyMutex_LockGil(l): take the lock, releasing the GIL while it waits.
#define cy_Pyx_Locks_PyMutex_LockGil(l) cy_Pyx_Locks_PyThreadTypeLock_LockGil(l)
// Cython's __Pyx_Locks_PyMutex_LockNogil(l): wait for the lock without the GIL.
#define cy_Pyx_Locks_PyMutex_LockNogil(l) cy_Pyx_Locks_PyThreadTypeLock_LockNogil(l)
// Cython's __Pyx_Locks_PyMutex_Unlock(l): release the lock.
#define cy_Pyx_Locks_PyMutex_Unlock(l) cy_Pyx_Locks_PyThreadTypeLock_Unlock(l)
// Cython's __Pyx_Locks_PyMutex_Locked(l): is the lock held?
#define cy_Pyx_Locks_PyMutex_Locked(l) cy_Pyx_Locks_PyThreadTypeLock_Locked(l)
// Cython's __Pyx_Locks_PyMutex_CanCheckLocked(l): 1.
#define cy_Pyx_Locks_PyMutex_CanCheckLocked(l) cy_Pyx_Locks_PyThreadTypeLock_CanCheckLocked(l)

// ===========================================================================================
// Arguments of `def` wrappers (FASTCALL and VARARGS)
// ===========================================================================================

// Cython's __Pyx_KwValues_FASTCALL: where the keyword arguments start in a FASTCALL argument array
// (after the nargs positional ones).
#define cy_Pyx_KwValues_FASTCALL(args, nargs) ((args) + (nargs))
// Cython's __Pyx_NumKwargs_FASTCALL: the number of keyword arguments, which the runtime passes as
// a small int in kwds.
#define cy_Pyx_NumKwargs_FASTCALL(kwds) ((mp_int_t)MP_OBJ_SMALL_INT_VALUE(kwds))
// Cython's __Pyx_ArgRef_FASTCALL: the i-th argument of a FASTCALL call.
#define cy_Pyx_ArgRef_FASTCALL(args, i) ((args)[i])
// Cython's __Pyx_Arg_FASTCALL: the i-th argument of a FASTCALL call.
#define cy_Pyx_Arg_FASTCALL(args, i) ((args)[i])
// Cython's __Pyx_ArgsSlice_FASTCALL: a tuple of arguments start..stop of a FASTCALL call (for
// *args).
#define cy_Pyx_ArgsSlice_FASTCALL(args, start, stop) \
    cy_Pyx_PyTuple_FromArray((args) + (start), (stop) - (start))
// The keyword (name, value) pairs as a new dict (for **kwargs).
mp_obj_t cy_Pyx_KwargsAsDict_FASTCALL(mp_obj_t kwds, mp_obj_t const *kwvalues);
// VARARGS: args is a tuple, kwds a dict or MP_OBJ_NULL. Cython's METH_NOARGS wrappers also use
// cy_Pyx_KwValues_VARARGS with names that are not in scope: the arguments are not evaluated.
#define cy_Pyx_KwValues_VARARGS(args, nargs) (NULL)
// Cython's __Pyx_NumKwargs_VARARGS: the number of entries of the kwargs dict.
#define cy_Pyx_NumKwargs_VARARGS(kwds) cy_PyDict_Size(kwds)
// Cython's __Pyx_ArgRef_VARARGS: the i-th item of the argument tuple.
#define cy_Pyx_ArgRef_VARARGS(args, i) cy_PyTuple_GET_ITEM((args), (i))
// Cython's __Pyx_Arg_VARARGS: the i-th item of the argument tuple.
#define cy_Pyx_Arg_VARARGS(args, i) cy_PyTuple_GET_ITEM((args), (i))
// Cython's __Pyx_ArgsSlice_VARARGS: args[start:stop] of the argument tuple.
#define cy_Pyx_ArgsSlice_VARARGS(args, start, stop) cy_PyTuple_GetSlice((args), (start), (stop))
// Cython's __Pyx_KwargsAsDict_VARARGS: a copy of the kwargs dict (for **kwargs).
#define cy_Pyx_KwargsAsDict_VARARGS(kwds, kwvalues) ((void)(kwvalues), cy_PyDict_Copy(kwds))
// Cython's __Pyx_Arg_NewRef_FASTCALL: the argument itself (no reference counts).
#define cy_Pyx_Arg_NewRef_FASTCALL(arg) (arg)
// Cython's __Pyx_Arg_NewRef_VARARGS: the argument itself (no reference counts).
#define cy_Pyx_Arg_NewRef_VARARGS(arg) (arg)
// Cython's __Pyx_Arg_XDECREF_FASTCALL: nothing (no reference counts).
#define cy_Pyx_Arg_XDECREF_FASTCALL(arg) ((void)0)
// Cython's __Pyx_Arg_XDECREF_VARARGS: nothing (no reference counts).
#define cy_Pyx_Arg_XDECREF_VARARGS(arg) ((void)0)

// Cython's keyword parser. kwds is a FASTCALL small-int count (names/values interleaved at
// kwvalues) or a dict (VARARGS). argnames is the NULL-terminated list of the names of all
// parameters; values[i] receives the value of parameter i. Unknown keywords go to kwds2 (a dict
// for **kwargs) when given, else raise unless ignore_unknown_kwargs. 0, or -1.
int cy_Pyx_ParseKeywords(mp_obj_t kwds, mp_obj_t const *kwvalues, mp_obj_t *const argnames[],
    mp_obj_t kwds2, mp_obj_t values[], mp_int_t num_pos_args, mp_int_t num_kwargs,
    const char *function_name, int ignore_unknown_kwargs);

// The signature of a def function, as the translator reads it from Cython's inline argument
// parsing (src/args.rs): a const descriptor per function for cy_Pyx_ParseArgs. argnames is the
// NULL-terminated list of the parameters that can be passed by keyword (NULL when none can);
// nall the number of parameters (the size of values), min_pos and max_pos the bounds on the
// positional ones, npos_only and nreq_posonly the positional-only ones and those of them without
// a default, nreqkw the keyword-only ones without a default.
typedef struct {
    const char *name;
    mp_obj_t *const *argnames;
    uint8_t nall, min_pos, max_pos, npos_only, nreq_posonly, nreqkw, flags;
} cy_Pyx_ArgSpec;
// cy_Pyx_ArgSpec.flags: the function has *args.
#define cy_Pyx_ARGS_STAR (1)
// cy_Pyx_ArgSpec.flags: the function has **kwargs.
#define cy_Pyx_ARGS_STARSTAR (2)
// cy_Pyx_ArgSpec.flags: exactly max_pos positional arguments (no *args, no defaults).
#define cy_Pyx_ARGS_EXACT (4)
// cy_Pyx_ArgSpec.flags: some parameter can be passed by keyword (or there is **kwargs).
#define cy_Pyx_ARGS_KEYWORDS (8)
// cy_Pyx_ArgSpec.flags: values[] is not zeroed by the wrapper (its inline path sets every value,
// src/args.rs); cy_Pyx_ParseArgs clears it first.
#define cy_Pyx_ARGS_CLEAR (16)
// Parse a FASTCALL call's arguments into values[] as Cython's inline parsing of a def wrapper
// does, with its errors: the positional arguments, then the keywords (unknown ones into kwds2,
// the **kwargs dict), then the checks for missing arguments. Defaults are the caller's. 0, or
// -1 with the error pending.
int cy_Pyx_ParseArgsKw(const cy_Pyx_ArgSpec *spec, mp_obj_t const *args, mp_int_t nargs,
    mp_obj_t kwds, mp_obj_t kwds2, mp_obj_t values[]);
// cy_Pyx_ParseArgsKw for a function without **kwargs, the common case: five arguments, which a
// 32-bit ARM call passes with one word on the stack instead of two (4 bytes less per wrapper).
int cy_Pyx_ParseArgs(const cy_Pyx_ArgSpec *spec, mp_obj_t const *args, mp_int_t nargs,
    mp_obj_t kwds, mp_obj_t values[]);

// ===========================================================================================
// Calls
// ===========================================================================================

// Cython's __Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET: the flag bit of nargsf saying args[-1] may be
// overwritten (the runtime never does).
#define cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET (((size_t)1) << (8 * sizeof(size_t) - 1))
// PY_VECTORCALL_ARGUMENTS_OFFSET: the same as __Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET here.
#define cy_PY_VECTORCALL_ARGUMENTS_OFFSET cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET
// PyVectorcall_NARGS: the number of positional arguments in nargsf (without the offset flag).
#define cy_PyVectorcall_NARGS(nargsf) ((mp_int_t)((nargsf) & ~cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET))
// Cython's __Pyx_PyVectorcall_NARGS(nargsf): the same as PyVectorcall_NARGS here.
#define cy_Pyx_PyVectorcall_NARGS(nargsf) cy_PyVectorcall_NARGS(nargsf)

// Call `func` with the positional arguments args[0 .. NARGS(nargsf)).
mp_obj_t cy_Pyx_PyObject_FastCall(mp_obj_t func, mp_obj_t const *args, size_t nargsf);
// ... and the keyword arguments of the dict `kwargs` (or MP_OBJ_NULL).
mp_obj_t cy_Pyx_PyObject_FastCallDict(mp_obj_t func, mp_obj_t const *args, size_t nargsf,
    mp_obj_t kwargs);
// Vectorcall: the values of the keywords named by the tuple kwnames follow the positionals.
mp_obj_t cy_Pyx_Object_VectorcallKwds(mp_obj_t func, mp_obj_t const *args, size_t nargsf,
    mp_obj_t kwnames);
// PyObject_Vectorcall: func(*args[:nargs], **dict(zip(kwnames, args[nargs:]))); NULL with a
// pending exception on error.
#define cy_PyObject_Vectorcall(func, args, nargsf, kwnames) \
    cy_Pyx_Object_VectorcallKwds((func), (args), (nargsf), (kwnames))
// Cython's __Pyx_PyObject_Vectorcall: PyObject_Vectorcall.
#define cy_Pyx_PyObject_Vectorcall(func, args, nargsf, kwnames) \
    cy_Pyx_Object_VectorcallKwds((func), (args), (nargsf), (kwnames))
// Cython's check of a keyword name of a call with `**kwargs` unpacked: item i of the tuple
// kwnames must be a str (TypeError "keywords must be strings"). 0, or -1.
int cy_Pyx_CheckVectorcallKwarg(mp_obj_t kwnames, mp_int_t i);
// Call method `name` of args[0] with args[1 .. NARGS(nargsf)).
mp_obj_t cy_Pyx_PyObject_FastCallMethod(mp_obj_t name, mp_obj_t const *args, size_t nargsf);
// PyObject_VectorcallMethod: args[0].name(*args[1:nargs], **keywords); NULL with a pending
// exception on error.
mp_obj_t cy_PyObject_VectorcallMethod(mp_obj_t name, mp_obj_t const *args, size_t nargsf,
    mp_obj_t kwnames);
// Cython's __Pyx_Object_VectorcallMethodKwds: PyObject_VectorcallMethod with keyword names.
#define cy_Pyx_Object_VectorcallMethodKwds(name, args, nargsf, kwnames) \
    cy_PyObject_VectorcallMethod((name), (args), (nargsf), (kwnames))
// func(*args, **kw): args a tuple (or MP_OBJ_NULL), kw a dict (or MP_OBJ_NULL).
mp_obj_t cy_PyObject_Call(mp_obj_t func, mp_obj_t args, mp_obj_t kw);
// Cython's __Pyx_PyObject_Call(func, args, kw): the same as PyObject_Call here.
#define cy_Pyx_PyObject_Call(func, args, kw) cy_PyObject_Call((func), (args), (kw))
// PyObject_CallObject: func(*args) (args a tuple or NULL).
#define cy_PyObject_CallObject(func, args) cy_PyObject_Call((func), (args), MP_OBJ_NULL)
// Cython's __Pyx_PyObject_CallNoArg: func(); NULL with a pending exception on error.
mp_obj_t cy_Pyx_PyObject_CallNoArg(mp_obj_t func);
// Cython's __Pyx_PyObject_CallOneArg: func(arg); NULL with a pending exception on error.
mp_obj_t cy_Pyx_PyObject_CallOneArg(mp_obj_t func, mp_obj_t arg);
// Cython's __Pyx_PyObject_Call2Args: func(arg1, arg2); NULL with a pending exception on error.
mp_obj_t cy_Pyx_PyObject_Call2Args(mp_obj_t func, mp_obj_t arg1, mp_obj_t arg2);
// PyObject_CallNoArgs(func): the same as __Pyx_PyObject_CallNoArg here.
#define cy_PyObject_CallNoArgs(func) cy_Pyx_PyObject_CallNoArg(func)
// PyObject_CallOneArg(func, arg): the same as __Pyx_PyObject_CallOneArg here.
#define cy_PyObject_CallOneArg(func, arg) cy_Pyx_PyObject_CallOneArg((func), (arg))
// Cython's __Pyx_PyObject_CallMethod0: obj.name(); NULL with a pending exception on error.
mp_obj_t cy_Pyx_PyObject_CallMethod0(mp_obj_t obj, mp_obj_t name);
// Cython's __Pyx_PyObject_CallMethod1: obj.name(arg); NULL with a pending exception on error.
mp_obj_t cy_Pyx_PyObject_CallMethod1(mp_obj_t obj, mp_obj_t name, mp_obj_t arg);
// PyObject_CallMethodNoArgs(obj, name): the same as __Pyx_PyObject_CallMethod0 here.
#define cy_PyObject_CallMethodNoArgs(obj, name) cy_Pyx_PyObject_CallMethod0((obj), (name))
// PyObject_CallMethodOneArg(obj, name, arg): the same as __Pyx_PyObject_CallMethod1 here.
#define cy_PyObject_CallMethodOneArg(obj, name, arg) cy_Pyx_PyObject_CallMethod1((obj), (name), (arg))
// NULL-terminated argument list.
mp_obj_t cy_PyObject_CallFunctionObjArgs(mp_obj_t func, ...);
// PyObject_CallMethodObjArgs: obj.name(arg, ...) with the NULL-terminated argument list; NULL with
// a pending exception on error.
mp_obj_t cy_PyObject_CallMethodObjArgs(mp_obj_t obj, mp_obj_t name, ...);
// Bound methods are never unpacked (Cython's CYTHON_UNPACK_METHODS is 0 on this path).
#define cy_PyMethod_Check(obj) (0)
// PyMethod_GET_SELF: NULL; bound methods are never unpacked here (Cython then calls the object as
// it is).
#define cy_PyMethod_GET_SELF(obj) (MP_OBJ_NULL)
// PyMethod_GET_FUNCTION: the object itself (see PyMethod_GET_SELF).
#define cy_PyMethod_GET_FUNCTION(obj) (obj)
// Cython's __Pyx_PyMethod_New: PyMethod_New(func, self); the type is not needed.
#define cy_Pyx_PyMethod_New(func, self, type) cy_PyMethod_New((func), (self))
// PyMethod_New: func bound to self (MicroPython's bound method object).
mp_obj_t cy_PyMethod_New(mp_obj_t func, mp_obj_t self);
// PyCallable_Check: 1 if obj can be called, else 0.
int cy_PyCallable_Check(mp_obj_t obj);
// Cython's __Pyx_PyCallable_Check(obj): the same as PyCallable_Check here.
#define cy_Pyx_PyCallable_Check(obj) cy_PyCallable_Check(obj)

// ===========================================================================================
// Names: module globals, builtins, imports, attributes
// ===========================================================================================

#ifndef CY_MODULE_DICT
// The module's globals dict for cy_Pyx_GetModuleGlobalName; a module may define its own before
// including this header.
#define CY_MODULE_DICT (__pyx_mstate_global->__pyx_d)
#endif
// name in the module dict, else in builtins, else NameError "name 'x' is not defined".
mp_obj_t cy_get_module_global(mp_obj_t dict, mp_obj_t name);
// Cython's __Pyx_GetModuleGlobalName(var, name): var = the module global `name`, else the builtin;
// NULL with a pending NameError when neither exists.
#define cy_Pyx_GetModuleGlobalName(var, name) ((var) = cy_get_module_global(CY_MODULE_DICT, (name)))
// Cython's __Pyx_GetModuleGlobalNameUncached: the same as __Pyx_GetModuleGlobalName (there is no
// cache).
#define cy_Pyx_GetModuleGlobalNameUncached(var, name) cy_Pyx_GetModuleGlobalName(var, name)
// globals(): the module's dict (Cython's own Globals is the same read view of it).
#define cy_Pyx_Globals() (CY_MODULE_DICT)
// exec(code, globals, locals) for Cython's PyExec: globals NULL or None is the module's dict,
// locals NULL or None is globals. None, or NULL with a pending exception.
mp_obj_t cy_exec3(mp_obj_t code, mp_obj_t globals, mp_obj_t locals, mp_obj_t module_dict);
#define cy_Pyx_PyExec3(code, globals, locals) cy_exec3((code), (globals), (locals), CY_MODULE_DICT)
#define cy_Pyx_PyExec2(code, globals) cy_exec3((code), (globals), MP_OBJ_NULL, CY_MODULE_DICT)
#define cy_Pyx_PyExecGlobals(code) cy_exec3((code), MP_OBJ_NULL, MP_OBJ_NULL, CY_MODULE_DICT)
// Cython's __Pyx_GetBuiltinName: the builtin `name` (MicroPython's builtins, plus the exception
// classes the runtime adds); NULL with a pending NameError.
mp_obj_t cy_Pyx_GetBuiltinName(mp_obj_t name);
// __import__(name, fromlist=imported_names[0..len), level=level); qualname is ignored.
mp_obj_t cy_Pyx_Import(mp_obj_t name, mp_obj_t const *imported_names, mp_int_t len_imported_names,
    mp_obj_t qualname, int level);
// Cython's __Pyx_ImportDottedModule: `import a.b.c`, as __import__(name) (parts_tuple is
// unused); NULL with a pending exception.
mp_obj_t cy_Pyx_ImportDottedModule(mp_obj_t name, mp_obj_t parts_tuple);
// Cython's __Pyx_ImportFrom: `from module import name`: the attribute, or a pending ImportError
// "cannot import name".
mp_obj_t cy_Pyx_ImportFrom(mp_obj_t module, mp_obj_t name);
// PyImport_ImportModule: import the module with this (dotted) name; NULL with a pending exception.
mp_obj_t cy_PyImport_ImportModule(const char *name);
// PyImport_Import: __import__(name); NULL with a pending exception.
mp_obj_t cy_PyImport_Import(mp_obj_t name);
// PyImport_ImportModuleLevelObject: __import__(name, level=level) through __Pyx_Import; globals,
// locals and fromlist are unused.
#define cy_PyImport_ImportModuleLevelObject(name, globals, locals, fromlist, level) \
    cy_Pyx_Import((name), NULL, 0, MP_OBJ_NULL, (level))
// A name as a qstr (interning it if needed); raises under a guard only.
qstr cy_obj_to_qstr(mp_obj_t name);

// Cython's __Pyx_PyObject_GetAttrStr: getattr(obj, name); NULL with a pending AttributeError (or
// what the lookup raised).
mp_obj_t cy_Pyx_PyObject_GetAttrStr(mp_obj_t obj, mp_obj_t name);
// PyObject_GetAttr(obj, name): the same as __Pyx_PyObject_GetAttrStr here.
#define cy_PyObject_GetAttr(obj, name) cy_Pyx_PyObject_GetAttrStr((obj), (name))
// Cython's __Pyx_GetAttr(obj, name): the same as __Pyx_PyObject_GetAttrStr here.
#define cy_Pyx_GetAttr(obj, name) cy_Pyx_PyObject_GetAttrStr((obj), (name))
// `with obj:`: obj.__enter__ / obj.__exit__, AttributeError(name) when missing (CPython's text).
mp_obj_t cy_Pyx_PyObject_LookupSpecial(mp_obj_t obj, mp_obj_t name);
// Cython's __Pyx_PyObject_LookupSpecialNoError(obj, name): the same as
// __Pyx_PyObject_GetAttrStrNoError here.
#define cy_Pyx_PyObject_LookupSpecialNoError(obj, name) cy_Pyx_PyObject_GetAttrStrNoError((obj), (name))
// MP_OBJ_NULL without a pending exception when the attribute does not exist.
mp_obj_t cy_Pyx_PyObject_GetAttrStrNoError(mp_obj_t obj, mp_obj_t name);
// PyObject_GetAttrString: getattr(obj, name) with a C string name; NULL with a pending exception.
mp_obj_t cy_PyObject_GetAttrString(mp_obj_t obj, const char *name);
// value MP_OBJ_NULL deletes. 0, or -1.
int cy_PyObject_SetAttr(mp_obj_t obj, mp_obj_t name, mp_obj_t value);
// Cython's __Pyx_PyObject_SetAttrStr(obj, name, value): the same as PyObject_SetAttr here.
#define cy_Pyx_PyObject_SetAttrStr(obj, name, value) cy_PyObject_SetAttr((obj), (name), (value))
// PyObject_DelAttr: del obj.name; 0, or -1 with a pending exception.
#define cy_PyObject_DelAttr(obj, name) cy_PyObject_SetAttr((obj), (name), MP_OBJ_NULL)
// Cython's __Pyx_PyObject_DelAttr(obj, name): the same as PyObject_DelAttr here.
#define cy_Pyx_PyObject_DelAttr(obj, name) cy_PyObject_DelAttr((obj), (name))
// Cython's __Pyx_PyObject_DelAttrStr: del obj.name; 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_DelAttrStr(obj, name) cy_PyObject_SetAttr((obj), (name), MP_OBJ_NULL)
// PyObject_SetAttrString: setattr(obj, name, value) with a C string name; 0, or -1 with a pending
// exception.
int cy_PyObject_SetAttrString(mp_obj_t obj, const char *name, mp_obj_t value);
// 1, 0, or -1 (an error other than AttributeError).
int cy_Pyx_HasAttr(mp_obj_t obj, mp_obj_t name);
// PyObject_HasAttr: 1 when hasattr(obj, name), else 0; any error is cleared, as CPython does.
int cy_PyObject_HasAttr(mp_obj_t obj, mp_obj_t name);
// PyObject_HasAttrWithError: 1 or 0 as hasattr(obj, name), -1 with a pending exception when the
// lookup raised something else than AttributeError.
#define cy_PyObject_HasAttrWithError(obj, name) cy_Pyx_HasAttr((obj), (name))
// PyObject_Dir: dir(obj); NULL with a pending exception.
mp_obj_t cy_PyObject_Dir(mp_obj_t obj);

// ===========================================================================================
// Objects: truth, comparison, hashing, str/repr, type checks
// ===========================================================================================

// 1, 0, or -1.
int cy_PyObject_IsTrue(mp_obj_t obj);
// Cython's __Pyx_PyObject_IsTrue(obj): the same as PyObject_IsTrue here.
#define cy_Pyx_PyObject_IsTrue(obj) cy_PyObject_IsTrue(obj)
// Cython's __Pyx_PyLong_IsNonZero(obj): the same as PyObject_IsTrue here.
#define cy_Pyx_PyLong_IsNonZero(obj) cy_PyObject_IsTrue(obj)
// Cython's __Pyx_PyObject_IsTrueAndDecref: PyObject_IsTrue of obj (nothing to release); -1 also
// when obj is NULL (its producer failed).
int cy_Pyx_PyObject_IsTrueAndDecref(mp_obj_t obj);
// PyObject_Not: `not obj`: 1, 0, or -1 with a pending exception.
int cy_PyObject_Not(mp_obj_t obj);
// PyObject_RichCompare: the result object of `a op b` (op one of Py_LT..Py_GE); NULL with a
// pending exception.
mp_obj_t cy_PyObject_RichCompare(mp_obj_t a, mp_obj_t b, int op);
// PyObject_RichCompareBool: `a op b` as 1 or 0 (identity implies equality, as CPython); -1 with a
// pending exception.
int cy_PyObject_RichCompareBool(mp_obj_t a, mp_obj_t b, int op);
// Cython's __Pyx_PyObject_RichCompare(a, b, op): the same as PyObject_RichCompare here.
#define cy_Pyx_PyObject_RichCompare(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// Cython's __Pyx_PyObject_RichCompareBool(a, b, op): the same as PyObject_RichCompareBool here.
#define cy_Pyx_PyObject_RichCompareBool(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// Cython's typed comparisons (__Pyx_PyObject_Compare{Bool}{Op}_{type1}_{type2}) are generated
// into the section below; they are these two functions.
mp_int_t cy_PyObject_Hash(mp_obj_t obj);
// PyObject_Str: str(obj); NULL with a pending exception.
mp_obj_t cy_PyObject_Str(mp_obj_t obj);
// PyObject_Repr: repr(obj); NULL with a pending exception.
mp_obj_t cy_PyObject_Repr(mp_obj_t obj);
// PyWeakref_GetObject: the object a weak reference refers to, or None once it has been
// collected (MicroPython's weakref.ref, MICROPY_PY_WEAKREF: calling the reference); NULL with a
// pending exception (a TypeError for what is not a reference).
mp_obj_t cy_PyWeakref_GetObject(mp_obj_t ref);
// PyObject_ASCII(obj): the same as PyObject_Repr here.
#define cy_PyObject_ASCII(obj) cy_PyObject_Repr(obj)
// Cython's __Pyx_PyObject_Unicode(obj): the same as PyObject_Str here.
#define cy_Pyx_PyObject_Unicode(obj) cy_PyObject_Str(obj)
// Cython's __Pyx_PyObject_Str(obj): the same as PyObject_Str here.
#define cy_Pyx_PyObject_Str(obj) cy_PyObject_Str(obj)
// PyObject_Format: format(obj, format_spec); NULL with a pending exception.
mp_obj_t cy_PyObject_Format(mp_obj_t obj, mp_obj_t format_spec);
// PyObject_Type: type(obj).
mp_obj_t cy_PyObject_Type(mp_obj_t obj);
// Py_TYPE: obj's type (never NULL).
#define cy_Py_TYPE(obj) ((cy_PyTypeObject *)mp_obj_get_type(obj))
// Py_IS_TYPE: is obj's type exactly `type`?
#define cy_Py_IS_TYPE(obj, type) (mp_obj_get_type(obj) == (type))
// Py_Is: `a is b`.
#define cy_Py_Is(a, b) ((a) == (b))
// Py_IsNone: `obj is None`.
#define cy_Py_IsNone(obj) ((obj) == mp_const_none)
// Cython's __Pyx_Py_IsNone(obj): the same as Py_IsNone here.
#define cy_Pyx_Py_IsNone(obj) cy_Py_IsNone(obj)
// Py_IsTrue: `obj is True`.
#define cy_Py_IsTrue(obj) ((obj) == mp_const_true)
// Py_IsFalse: `obj is False`.
#define cy_Py_IsFalse(obj) ((obj) == mp_const_false)
// NULL for None (optional arguments of C-API calls such as PyUnicode_Split).
static inline mp_obj_t cy_Pyx_NoneAsNull(mp_obj_t obj) {
    return obj == mp_const_none ? MP_OBJ_NULL : obj;
}
// isinstance(obj, cls) with cls a type or tuple: 1, 0, or -1.
int cy_PyObject_IsInstance(mp_obj_t obj, mp_obj_t cls);
// PyObject_IsSubclass: issubclass(derived, cls) (cls may be a tuple): 1, 0, or -1 with a pending
// exception.
int cy_PyObject_IsSubclass(mp_obj_t derived, mp_obj_t cls);
// PyObject_TypeCheck: isinstance(obj, type) for a type object pointer.
#define cy_PyObject_TypeCheck(obj, type) cy_PyObject_IsInstance((obj), MP_OBJ_FROM_PTR(type))
// Cython's __Pyx_TypeCheck: isinstance(obj, type) for a type object pointer.
#define cy_Pyx_TypeCheck(obj, type) cy_PyObject_IsInstance((obj), MP_OBJ_FROM_PTR(type))
// PyType_IsSubtype: is type a a subclass of type b (or b itself)?
#define cy_PyType_IsSubtype(a, b) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(a), MP_OBJ_FROM_PTR(b)))
// Cython's __Pyx_IsSubtype(a, b): the same as PyType_IsSubtype here.
#define cy_Pyx_IsSubtype(a, b) cy_PyType_IsSubtype((a), (b))
// PyExceptionInstance_Check: is obj an exception instance?
#define cy_PyExceptionInstance_Check(obj) (mp_obj_is_exception_instance(obj))
// PyExceptionClass_Check: is obj an exception class?
#define cy_PyExceptionClass_Check(obj) (mp_obj_is_exception_type(obj))

// bool is a subclass of int, as in CPython.
#define cy_PyLong_Check(obj) (mp_obj_is_int(obj) || mp_obj_is_bool(obj) || mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_int)))
// PyLong_CheckExact: is obj an int (small or long), not a bool or a subclass's instance?
#define cy_PyLong_CheckExact(obj) (mp_obj_is_small_int(obj) || mp_obj_is_exact_type((obj), &mp_type_int))
// PyComplex_Check: is obj a complex or an instance of a complex subclass? (Always false on ports
// without complex numbers, MICROPY_PY_BUILTINS_COMPLEX.)
#if MICROPY_PY_BUILTINS_COMPLEX
#define cy_PyComplex_Check(obj) (mp_obj_is_type((obj), &mp_type_complex) || mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_complex)))
// PyComplex_CheckExact: is obj a complex, not a subclass's instance?
#define cy_PyComplex_CheckExact(obj) (mp_obj_is_exact_type((obj), &mp_type_complex))
#else
#define cy_PyComplex_Check(obj) ((void)(obj), 0)
#define cy_PyComplex_CheckExact(obj) ((void)(obj), 0)
#endif
// PyBool_Check: is obj True or False?
#define cy_PyBool_Check(obj) (mp_obj_is_bool(obj))
// PyFloat_Check: is obj a float? (MicroPython: exact type only, float subclasses are not seen.)
#define cy_PyFloat_Check(obj) (mp_obj_is_float(obj))
// PyFloat_CheckExact: is obj a float, not a subclass's instance?
#define cy_PyFloat_CheckExact(obj) (mp_obj_is_float(obj))
// PyUnicode_Check: is obj a str or an instance of a str subclass?
#define cy_PyUnicode_Check(obj) (mp_obj_is_str(obj) || mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_str)))
// PyUnicode_CheckExact: is obj a str (a qstr or a str object)?
#define cy_PyUnicode_CheckExact(obj) (mp_obj_is_str(obj))
// PyBytes_Check: is obj a bytes object? (MicroPython: exact type only.)
#define cy_PyBytes_Check(obj) (mp_obj_is_type((obj), &mp_type_bytes))
// PyBytes_CheckExact: is obj a bytes object, not a subclass's instance?
#define cy_PyBytes_CheckExact(obj) (mp_obj_is_type((obj), &mp_type_bytes))
// PyByteArray_Check: is obj a bytearray? (MicroPython: exact type only.)
#define cy_PyByteArray_Check(obj) (mp_obj_is_type((obj), &mp_type_bytearray))
// PyByteArray_CheckExact: is obj exactly a bytearray?
#define cy_PyByteArray_CheckExact(obj) (mp_obj_is_exact_type((obj), &mp_type_bytearray))
// PyList_Check: is obj a list or an instance of a list subclass?
#define cy_PyList_Check(obj) (mp_obj_is_type((obj), &mp_type_list) || mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_list)))
// PyList_CheckExact: is obj a list, not a subclass's instance?
#define cy_PyList_CheckExact(obj) (mp_obj_is_exact_type((obj), &mp_type_list))
// PyTuple_Check: is obj a tuple or a tuple-compatible instance (a namedtuple)?
#define cy_PyTuple_Check(obj) (mp_obj_is_tuple_compatible(obj))
// PyTuple_CheckExact: is obj a tuple, not a subclass's instance?
#define cy_PyTuple_CheckExact(obj) (mp_obj_is_exact_type((obj), &mp_type_tuple))
// PyDict_Check: is obj a dict, an OrderedDict or an instance of a dict subclass?
#define cy_PyDict_Check(obj) (mp_obj_is_dict_or_ordereddict(obj) || mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_dict)))
// PyDict_CheckExact: is obj a dict, not an OrderedDict or a subclass's instance?
#define cy_PyDict_CheckExact(obj) (mp_obj_is_exact_type((obj), &mp_type_dict))
// Cython's __Pyx_PyDict_CheckExact(obj): the same as PyDict_CheckExact here.
#define cy_Pyx_PyDict_CheckExact(obj) cy_PyDict_CheckExact(obj)
// Cython's __Pyx_PyAnyDict_CheckExact(obj): the same as PyDict_CheckExact here.
#define cy_Pyx_PyAnyDict_CheckExact(obj) cy_PyDict_CheckExact(obj)
// frozendict (Python 3.15): MicroPython has none, so it is dict, as in Cython's own fallback for
// older Pythons (PyFrozenDict.init looks the name up in builtins and takes dict when it is missing).
#define cy_Pyx_PyFrozenDict_TypePtr (&mp_type_dict)
// Cython's __Pyx_PyFrozenDict_Check(obj): the same as PyDict_Check here.
#define cy_Pyx_PyFrozenDict_Check(obj) cy_PyDict_Check(obj)
// Cython's __Pyx_PyFrozenDict_CheckExact(obj): the same as PyDict_CheckExact here.
#define cy_Pyx_PyFrozenDict_CheckExact(obj) cy_PyDict_CheckExact(obj)
// Cython's __Pyx_PyAnyDict_Check(obj): the same as PyDict_Check here.
#define cy_Pyx_PyAnyDict_Check(obj) cy_PyDict_Check(obj)
// PySet_Check: is obj a set? (MicroPython: exact type only.)
#define cy_PySet_Check(obj) (mp_obj_is_type((obj), &mp_type_set))
// PySet_CheckExact: is obj a set, not a subclass's instance?
#define cy_PySet_CheckExact(obj) (mp_obj_is_exact_type((obj), &mp_type_set))
// PyRange_Check: is obj a range?
#define cy_PyRange_Check(obj) (mp_obj_is_type((obj), &mp_type_range))
// PyAnySet_Check: is obj a set or a frozenset?
#define cy_PyAnySet_Check(obj) (mp_obj_is_type((obj), &mp_type_set) || cy_PyFrozenSet_Check(obj))
#if MICROPY_PY_BUILTINS_FROZENSET
// PyFrozenSet_Check: is obj a frozenset? (Always 0 on ports without frozenset.)
#define cy_PyFrozenSet_Check(obj) (mp_obj_is_type((obj), &mp_type_frozenset))
#else
// PyFrozenSet_Check: is obj a frozenset? (Always 0 on ports without frozenset.)
#define cy_PyFrozenSet_Check(obj) (0)
#endif
// PySlice_Check: is obj a slice?
#define cy_PySlice_Check(obj) (mp_obj_is_type((obj), &mp_type_slice))
// PyType_Check: is obj a class whose metaclass is exactly type? (MicroPython: classes with another
// metaclass are not seen.)
#define cy_PyType_Check(obj) (mp_obj_is_type((obj), &mp_type_type))
// PyCallable_CheckExact(obj): the same as PyCallable_Check here.
#define cy_PyCallable_CheckExact(obj) cy_PyCallable_Check(obj)
// PyIter_Check: does obj's type have an iter slot? (MicroPython: iterables that are not
// iterators pass too.)
#define cy_PyIter_Check(obj) (mp_obj_get_type(obj)->flags & MP_TYPE_FLAG_ITER_IS_ITERNEXT || MP_OBJ_TYPE_HAS_SLOT(mp_obj_get_type(obj), iter))
// CPython's PyMapping_Check: the type has a subscript slot (lists and str count too).
#define cy_PyMapping_Check(obj) (MP_OBJ_TYPE_HAS_SLOT(mp_obj_get_type(obj), subscr) ? 1 : 0)
// Cython's __Pyx_pretend_to_initialize: nothing (only silences uninitialised-variable warnings).
#define cy_Pyx_pretend_to_initialize(ptr) ((void)(ptr))

// ===========================================================================================
// Numbers
// ===========================================================================================

// C integer -> int object. The small-int case is inline (no call, no nlr frame); a value beyond
// a small int goes to the out-of-line *_big function, which allocates a long int.
mp_obj_t cy_int_from_ll_big(long long value);
// The out-of-line part of cy_int_from_ull: an int object for a value beyond a small int.
mp_obj_t cy_int_from_ull_big(unsigned long long value);
// A C long long as an int object (a small int inline, else cy_int_from_ll_big).
MP_ALWAYSINLINE static inline mp_obj_t cy_int_from_ll(long long value) {
    if (value >= MP_SMALL_INT_MIN && value <= MP_SMALL_INT_MAX) {
        return MP_OBJ_NEW_SMALL_INT((mp_int_t)value);
    }
    return cy_int_from_ll_big(value);
}
// A C unsigned long long as an int object (a small int inline, else cy_int_from_ull_big).
MP_ALWAYSINLINE static inline mp_obj_t cy_int_from_ull(unsigned long long value) {
    if (value <= (unsigned long long)MP_SMALL_INT_MAX) {
        return MP_OBJ_NEW_SMALL_INT((mp_int_t)value);
    }
    return cy_int_from_ull_big(value);
}
// A C integer no wider than mp_int_t as an int object: the small-int test on one word instead
// of on a long long, which on a 32-bit board is a 64-bit compare at every conversion. The value
// is exact either way: beyond a small int it goes to cy_int_from_ll_big like any other. (A range
// test rather than MP_SMALL_INT_FITS: GCC folds it away for a type narrower than a small int,
// which it does not do for MP_SMALL_INT_FITS, and it is no longer on a Cortex-M4.)
MP_ALWAYSINLINE static inline mp_obj_t cy_int_from_word(mp_int_t value) {
    if (value >= MP_SMALL_INT_MIN && value <= MP_SMALL_INT_MAX) {
        return MP_OBJ_NEW_SMALL_INT(value);
    }
    return cy_int_from_ll_big((long long)value);
}
// An unsigned C integer no wider than mp_uint_t as an int object (one word-sized compare).
MP_ALWAYSINLINE static inline mp_obj_t cy_int_from_uword(mp_uint_t value) {
    if (value <= (mp_uint_t)MP_SMALL_INT_MAX) {
        return MP_OBJ_NEW_SMALL_INT((mp_int_t)value);
    }
    return cy_int_from_ull_big((unsigned long long)value);
}
// A value v of the C integer type T as an int object: by T's signedness and width, the word-sized
// test above or the long long one (sizeof and the signedness test are constants, so only one
// arm is compiled in). The conversion macros below (Cython's, CPython's, enums, typedefs) all
// go through here.
#define CY_INT_FROM(T, v) \
    (((T)-1 < (T)0) \
        ? (sizeof(T) <= sizeof(mp_int_t) ? cy_int_from_word((mp_int_t)(v)) : cy_int_from_ll((long long)(v))) \
        : (sizeof(T) <= sizeof(mp_uint_t) ? cy_int_from_uword((mp_uint_t)(v)) : cy_int_from_ull((unsigned long long)(v))))
// Convert an object to a C integer of `bits` bits (signed or not), with Cython's rules: ints
// convert; str/bytes raise TypeError "an integer is required"; other objects go through int().
// Out of range: OverflowError "value too large to convert to T" / "can't convert negative
// value to T". On error returns -1 (as the C type) with a pending exception.
long long cy_int_as_signed(mp_obj_t obj, unsigned bits, const char *type_name);
// cy_int_as_signed for an unsigned C type (returns (unsigned long long)-1 on error).
unsigned long long cy_int_as_unsigned(mp_obj_t obj, unsigned bits, const char *type_name);
// The same with the common case inline: a small int that fits the C type (`bits` is a constant
// at every use, so the range check folds to at most two compares). Everything else (long ints,
// bools, other objects, out of range) takes the out-of-line path above, errors included.
#define CY_MP_INT_BITS ((unsigned)(sizeof(mp_int_t) * CHAR_BIT))
// cy_int_as_signed with the small-int case inline.
MP_ALWAYSINLINE static inline long long cy_int_as_signed_fast(mp_obj_t obj, unsigned bits, const char *type_name) {
    if (mp_obj_is_small_int(obj)) {
        mp_int_t v = MP_OBJ_SMALL_INT_VALUE(obj);
        if (bits >= CY_MP_INT_BITS
            || (v >= -((mp_int_t)1 << (bits - 1)) && v <= (mp_int_t)(((mp_uint_t)1 << (bits - 1)) - 1))) {
            return (long long)v;
        }
    }
    return cy_int_as_signed(obj, bits, type_name);
}
// cy_int_as_unsigned with the small-int case inline.
MP_ALWAYSINLINE static inline unsigned long long cy_int_as_unsigned_fast(mp_obj_t obj, unsigned bits, const char *type_name) {
    if (mp_obj_is_small_int(obj)) {
        mp_int_t v = MP_OBJ_SMALL_INT_VALUE(obj);
        if (v >= 0 && (bits >= CY_MP_INT_BITS || (mp_uint_t)v <= (((mp_uint_t)1 << bits) - 1))) {
            return (unsigned long long)v;
        }
    }
    return cy_int_as_unsigned(obj, bits, type_name);
}
// obj as the signed C integer type T (CPython's name `name` in overflow messages); -1 with a
// pending exception on error.
#define CY_AS_S(obj, T, name) ((T)cy_int_as_signed_fast((obj), (unsigned)(sizeof(T) * CHAR_BIT), (name)))
// obj as the unsigned C integer type T; (T)-1 with a pending exception on error.
#define CY_AS_U(obj, T, name) ((T)cy_int_as_unsigned_fast((obj), (unsigned)(sizeof(T) * CHAR_BIT), (name)))
// obj as the C integer type T, signed or unsigned as T is.
#define CY_AS_ANY(obj, T, name) (((T)-1 < (T)0) ? CY_AS_S((obj), T, (name)) : CY_AS_U((obj), T, (name)))
// Cython's conversions of an integer type it knows only by a `ctypedef` name (an extern
// typedef, `cdef extern from ...: ctypedef unsigned int td_u`, whose real size only the C
// compiler knows; a typedef'd enum), which it names after the type (`__Pyx_PyLong_From_td_u`):
// rules/api/numbers.toml passes the type name. A T as a Python int.
#define cy_Pyx_PyLong_From_typedef(T, v) CY_INT_FROM(T, (v))
// A Python int (or an object with __index__) as T; OverflowError as CPython's, naming the type,
// when it does not fit; (T)-1 with the error pending.
#define cy_Pyx_PyLong_As_typedef(T, x) CY_AS_ANY((x), T, #T)
// C enums (Cython names the helpers after each enum type; every enum value fits a C int).
#define cy_Pyx_PyLong_From_enum(v) CY_INT_FROM(int, (v))
// Cython's __Pyx_PyLong_As_<enum>: obj as a C int (enum values fit one); -1 with a pending
// exception on error.
#define cy_Pyx_PyLong_As_enum(x) ((int)CY_AS_S((x), int, "int"))
// 128-bit C integers (GCC's __int128), where the compiler has them: Cython's conversions
// of __int128_t and __uint128_t through two 64-bit halves.
#if defined(__SIZEOF_INT128__)
__int128 cy_int_as_i128(mp_obj_t obj, const char *type_name);
unsigned __int128 cy_int_as_u128(mp_obj_t obj, const char *type_name);
mp_obj_t cy_int_from_i128(__int128 v);
mp_obj_t cy_int_from_u128(unsigned __int128 v);
#define cy_Pyx_PyLong_As___int128_t(x) cy_int_as_i128((x), "__int128_t")
#define cy_Pyx_PyLong_As___uint128_t(x) cy_int_as_u128((x), "__uint128_t")
#define cy_Pyx_PyLong_From___int128_t(v) cy_int_from_i128((__int128)(v))
#define cy_Pyx_PyLong_From___uint128_t(v) cy_int_from_u128((unsigned __int128)(v))
#endif
// An anonymous C enum's values (`cdef enum: A = 1`), which Cython converts as one type.
#define cy_Pyx_PyLong_From___pyx_anon_enum(v) CY_INT_FROM(int, (v))
#define cy_Pyx_PyLong_As___pyx_anon_enum(x) ((int)CY_AS_S((x), int, "int"))

// PyLong_FromLong: a C long as an int object.
#define cy_PyLong_FromLong(v) CY_INT_FROM(long, (v))
// PyLong_FromUnsignedLong: a C unsigned long as an int object.
#define cy_PyLong_FromUnsignedLong(v) CY_INT_FROM(unsigned long, (v))
// PyLong_FromLongLong: a C long long as an int object.
#define cy_PyLong_FromLongLong(v) CY_INT_FROM(long long, (v))
// PyLong_FromUnsignedLongLong: a C unsigned long long as an int object.
#define cy_PyLong_FromUnsignedLongLong(v) CY_INT_FROM(unsigned long long, (v))
// PyLong_FromSsize_t: a Py_ssize_t as an int object.
#define cy_PyLong_FromSsize_t(v) CY_INT_FROM(mp_int_t, (v))
// PyLong_FromSize_t: a size_t as an int object.
#define cy_PyLong_FromSize_t(v) CY_INT_FROM(size_t, (v))
// Cython's __Pyx_PyLong_FromSize_t: a size_t as an int object.
#define cy_Pyx_PyLong_FromSize_t(v) CY_INT_FROM(size_t, (v))
// Cython's __Pyx_PyLong_FromSsize_t: a Py_ssize_t as an int object.
#define cy_Pyx_PyLong_FromSsize_t(v) CY_INT_FROM(mp_int_t, (v))
// Cython's __Pyx_PyLong_FromHash_t: a Py_hash_t as an int object.
#define cy_Pyx_PyLong_FromHash_t(v) CY_INT_FROM(mp_int_t, (v))
// PyBool_FromLong: True if v is non-zero, else False.
#define cy_PyBool_FromLong(v) ((v) ? mp_const_true : mp_const_false)
// Cython's __Pyx_PyBool_FromLong(v): the same as PyBool_FromLong here.
#define cy_Pyx_PyBool_FromLong(v) cy_PyBool_FromLong(v)
// A C truth value that may be -1 (an error): NULL then, as Cython's __Pyx_PyBoolOrNull_FromLong.
#define cy_Pyx_PyBoolOrNull_FromLong(b) ((b) < 0 ? MP_OBJ_NULL : cy_PyBool_FromLong(b))
// The None a call of a C function returning void gives (ModuleSetupCode.c's __Pyx_void_to_None).
#define cy_Pyx_void_to_None(void_result) ((void)(void_result), mp_const_none)
// Cython's __Pyx_Owned_Py_None(b): None (no reference to take).
#define cy_Pyx_Owned_Py_None(b) (mp_const_none)
// PyLong_FromDouble: int(v) of a C double (OverflowError for inf, ValueError for nan); NULL with a
// pending exception.
mp_obj_t cy_PyLong_FromDouble(double v);
// PyLong_FromString: int(str, base); *pend (when given) is set to the end of the string. NULL with
// a pending ValueError.
mp_obj_t cy_PyLong_FromString(const char *str, char **pend, int base);
// PyLong_AsLong: obj as a C long (OverflowError out of range); -1 with a pending exception on
// error.
long cy_PyLong_AsLong(mp_obj_t obj);
// PyLong_AsLongLong: obj as a C long long; -1 with a pending exception on error.
long long cy_PyLong_AsLongLong(mp_obj_t obj);
// PyLong_AsUnsignedLong: obj as a C unsigned long (OverflowError when negative or too large);
// (unsigned long)-1 with a pending exception on error.
unsigned long cy_PyLong_AsUnsignedLong(mp_obj_t obj);
// PyLong_AsUnsignedLongLong: obj as a C unsigned long long; (unsigned long long)-1 with a pending
// exception on error.
unsigned long long cy_PyLong_AsUnsignedLongLong(mp_obj_t obj);
// PyLong_AsSsize_t: obj as a Py_ssize_t; -1 with a pending exception on error.
mp_int_t cy_PyLong_AsSsize_t(mp_obj_t obj);
// PyLong_AsSize_t: obj as a size_t; (size_t)-1 with a pending exception on error.
size_t cy_PyLong_AsSize_t(mp_obj_t obj);
// PyLong_AsDouble: an int object as a C double; -1.0 with a pending exception on error.
double cy_PyLong_AsDouble(mp_obj_t obj);
// Cython's __Pyx_PyLong_AsSsize_t(obj): the same as PyLong_AsSsize_t here.
#define cy_Pyx_PyLong_AsSsize_t(obj) cy_PyLong_AsSsize_t(obj)
// __index__ semantics: only ints (and bools) convert; others raise TypeError.
mp_int_t cy_Pyx_PyIndex_AsSsize_t(mp_obj_t obj);
// Cython's __Pyx_PyIndex_AsHash_t: obj.__index__() as a Py_hash_t (as __Pyx_PyIndex_AsSsize_t).
#define cy_Pyx_PyIndex_AsHash_t(obj) cy_Pyx_PyIndex_AsSsize_t(obj)
// Cython's __Pyx_PyLong_AsHash_t: an int as a Py_hash_t (as __Pyx_PyIndex_AsSsize_t).
#define cy_Pyx_PyLong_AsHash_t(obj) cy_Pyx_PyIndex_AsSsize_t(obj)
// PyNumber_AsSsize_t: obj.__index__() as a Py_ssize_t (as __Pyx_PyIndex_AsSsize_t: OverflowError
// rather than clipping; exc is unused).
#define cy_PyNumber_AsSsize_t(obj, exc) cy_Pyx_PyIndex_AsSsize_t(obj)
// PyNumber_Index: operator.index(obj): the int itself, or __index__'s result; NULL with a pending
// TypeError otherwise.
mp_obj_t cy_PyNumber_Index(mp_obj_t obj);
// Cython's __Pyx_PyNumber_Index(obj): the same as PyNumber_Index here.
#define cy_Pyx_PyNumber_Index(obj) cy_PyNumber_Index(obj)
// int(x) as Cython's __Pyx_PyNumber_Long (TypeError "an integer is required" for str/bytes).
mp_obj_t cy_Pyx_PyNumber_Long(mp_obj_t obj);
// int(x) as the builtin call: Cython's __Pyx_PyNumber_Int is PyNumber_Long (str and bytes parse).
#define cy_Pyx_PyNumber_Int(obj) cy_PyNumber_Long(obj)
// PyNumber_Long: int(obj); NULL with a pending exception.
mp_obj_t cy_PyNumber_Long(mp_obj_t obj);
// PyNumber_Float: float(obj); NULL with a pending exception.
mp_obj_t cy_PyNumber_Float(mp_obj_t obj);
// Cython's __Pyx_PyNumber_Float(obj): the same as PyNumber_Float here.
#define cy_Pyx_PyNumber_Float(obj) cy_PyNumber_Float(obj)
// In-place conversion for `int(x)`/`float(x)` calls on an argument; 0, or -1.
int cy_Pyx_PyInt_FromNumber(mp_obj_t *number_var, const char *argname, int accept_none);
// Cython's __Pyx_PyFloat_FromNumber: replace *number_var by float(*number_var) (None stays when
// accept_none); 0, or -1 with a pending exception.
int cy_Pyx_PyFloat_FromNumber(mp_obj_t *number_var, const char *argname, int accept_none);

// PyFloat_FromDouble: a C double as a float object (single precision on ports whose floats are).
mp_obj_t cy_PyFloat_FromDouble(double value);
// float(obj) as a C double; -1.0 with a pending exception on failure.
double cy_PyFloat_AsDouble(mp_obj_t obj);
// Cython's __Pyx_PyFloat_AsDouble(obj): the same as PyFloat_AsDouble here.
#define cy_Pyx_PyFloat_AsDouble(obj) cy_PyFloat_AsDouble(obj)
// Cython's __Pyx_PyFloat_AsFloat: float(obj) as a C float; -1.0 with a pending exception.
#define cy_Pyx_PyFloat_AsFloat(obj) ((float)cy_PyFloat_AsDouble(obj))
// PyFloat_AS_DOUBLE: a float's value as a C double (checked here, as PyFloat_AsDouble).
#define cy_PyFloat_AS_DOUBLE(obj) cy_PyFloat_AsDouble(obj)
// Cython's __Pyx_PyFloat_AS_DOUBLE: PyFloat_AsDouble.
#define cy_Pyx_PyFloat_AS_DOUBLE(obj) cy_PyFloat_AsDouble(obj)
// PyComplex_FromDoubles: complex(real, imag); NULL with a pending exception (also on ports without
// complex numbers: TypeError).
mp_obj_t cy_PyComplex_FromDoubles(double real, double imag);

// C complex numbers (`double complex`, and the soft-complex result of `double ** double`).
// They are C99's _Complex types, as Cython uses with a C11 compiler (CYTHON_CCOMPLEX); a compiler
// without complex support (__STDC_NO_COMPLEX__) gets none of these, and a module that uses them
// does not compile.
#if !defined(__STDC_NO_COMPLEX__) && !defined(__cplusplus)
#define CY_HAVE_C_COMPLEX (1)
#include <complex.h>
// Cython's C double complex type (`double complex` in .pyx).
typedef double _Complex cy_double_complex;
// Cython's C float complex type (`float complex` in .pyx).
typedef float _Complex cy_float_complex;
// Cython's __pyx_t_double_complex: cy_double_complex.
#define cy_pyx_t_double_complex cy_double_complex
// Cython's __pyx_t_float_complex: cy_float_complex.
#define cy_pyx_t_float_complex cy_float_complex
// Functions, not macros: Cython's code declares prototypes of these two.
static inline cy_double_complex cy_pyx_t_double_complex_from_parts(double x, double y) {
    return x + y * (cy_double_complex)_Complex_I;
}
// Cython's __pyx_t_float_complex_from_parts: x + y*1j as a C float complex.
static inline cy_float_complex cy_pyx_t_float_complex_from_parts(float x, float y) {
    return x + y * (cy_float_complex)_Complex_I;
}
#if defined(__GNUC__)
// Cython's __Pyx_CREAL: the real part of a C complex value (an lvalue with GCC).
#define cy_Pyx_CREAL(z) (__real__(z))
// Cython's __Pyx_CIMAG: the imaginary part of a C complex value (an lvalue with GCC).
#define cy_Pyx_CIMAG(z) (__imag__(z))
#else
// Cython's __Pyx_CREAL: the real part of a C complex value (an lvalue with GCC).
#define cy_Pyx_CREAL(z) (creal(z))
// Cython's __Pyx_CIMAG: the imaginary part of a C complex value (an lvalue with GCC).
#define cy_Pyx_CIMAG(z) (cimag(z))
#endif
// Cython's __Pyx_SET_CREAL: set the real part of z.
#define cy_Pyx_SET_CREAL(z, x) ((void)(cy_Pyx_CREAL(z) = (x)))
// Cython's __Pyx_SET_CIMAG: set the imaginary part of z.
#define cy_Pyx_SET_CIMAG(z, y) ((void)(cy_Pyx_CIMAG(z) = (y)))
// Cython's __Pyx_c_eq_double: a == b for C double complex values.
#define cy_Pyx_c_eq_double(a, b) ((a) == (b))
// Cython's __Pyx_c_sum_double: a + b for C double complex values.
#define cy_Pyx_c_sum_double(a, b) ((a) + (b))
// Cython's __Pyx_c_diff_double: a - b for C double complex values.
#define cy_Pyx_c_diff_double(a, b) ((a) - (b))
// Cython's __Pyx_c_prod_double: a * b for C double complex values.
#define cy_Pyx_c_prod_double(a, b) ((a) * (b))
// Cython's __Pyx_c_quot_double: a / b for C double complex values.
#define cy_Pyx_c_quot_double(a, b) ((a) / (b))
// Cython's __Pyx_c_neg_double: -a for C double complex values.
#define cy_Pyx_c_neg_double(a) (-(a))
// Cython's __Pyx_c_is_zero_double: z == 0 for C double complex values.
#define cy_Pyx_c_is_zero_double(z) ((z) == (double)0)
// Cython's __Pyx_c_conj_double: the conjugate of z for C double complex values.
#define cy_Pyx_c_conj_double(z) (conj(z))
// Cython's __Pyx_c_abs_double: abs(z) for C double complex values.
#define cy_Pyx_c_abs_double(z) (cabs(z))
// Cython's __Pyx_c_pow_double: a ** b for C double complex values.
#define cy_Pyx_c_pow_double(a, b) (cpow((a), (b)))
// Cython's __Pyx_c_eq_float: a == b for C float complex values.
#define cy_Pyx_c_eq_float(a, b) ((a) == (b))
// Cython's __Pyx_c_sum_float: a + b for C float complex values.
#define cy_Pyx_c_sum_float(a, b) ((a) + (b))
// Cython's __Pyx_c_diff_float: a - b for C float complex values.
#define cy_Pyx_c_diff_float(a, b) ((a) - (b))
// Cython's __Pyx_c_prod_float: a * b for C float complex values.
#define cy_Pyx_c_prod_float(a, b) ((a) * (b))
// Cython's __Pyx_c_quot_float: a / b for C float complex values.
#define cy_Pyx_c_quot_float(a, b) ((a) / (b))
// Cython's __Pyx_c_neg_float: -a for C float complex values.
#define cy_Pyx_c_neg_float(a) (-(a))
// Cython's __Pyx_c_is_zero_float: z == 0 for C float complex values.
#define cy_Pyx_c_is_zero_float(z) ((z) == (float)0)
// Cython's __Pyx_c_conj_float: the conjugate of z for C float complex values.
#define cy_Pyx_c_conj_float(z) (conjf(z))
// Cython's __Pyx_c_abs_float: abs(z) for C float complex values.
#define cy_Pyx_c_abs_float(z) (cabsf(z))
// Cython's __Pyx_c_pow_float: a ** b for C float complex values.
#define cy_Pyx_c_pow_float(a, b) (cpowf((a), (b)))
// Cython's __pyx_PyComplex_FromComplex: a C complex value as a complex object.
#define cy_pyx_PyComplex_FromComplex(z) \
    cy_PyComplex_FromDoubles((double)cy_Pyx_CREAL(z), (double)cy_Pyx_CIMAG(z))
// A float when the imaginary part is 0, else a complex (Cython's soft complex results).
mp_obj_t cy_pyx_Py_FromSoftComplex(cy_double_complex z);
// complex(obj) as a C complex; on error the real part is -1.0 and an exception is pending.
cy_double_complex cy_Pyx_PyComplex_As___pyx_t_double_complex(mp_obj_t obj);
// Cython's __Pyx_PyComplex_As___pyx_t_float_complex: complex(obj) as a C float complex.
#define cy_Pyx_PyComplex_As___pyx_t_float_complex(obj) \
    ((cy_float_complex)cy_Pyx_PyComplex_As___pyx_t_double_complex(obj))
// Complex numbers of C integer types (`int complex`, a struct of two parts) are in the generated
// section (runtime/tools/gen_header.py, STRUCT_COMPLEX_TYPES).
// The parts of a struct complex, and the Python complex of one.
#define cy_Pyx_CREAL_Cy(z) ((z).real)
#define cy_Pyx_CIMAG_Cy(z) ((z).imag)
#define cy_Pyx_SET_CREAL_Cy(z, x) ((void)((z).real = (x)))
#define cy_Pyx_SET_CIMAG_Cy(z, y) ((void)((z).imag = (y)))
#define cy_pyx_PyComplex_FromComplex_Cy(z) \
    cy_PyComplex_FromDoubles((double)cy_Pyx_CREAL_Cy(z), (double)cy_Pyx_CIMAG_Cy(z))
// `long double complex`: MicroPython's complex holds doubles, so a value passes through double.
typedef long double _Complex cy_long_double_complex;
#define cy_pyx_t_long_double_complex cy_long_double_complex
static inline cy_long_double_complex cy_pyx_t_long_double_complex_from_parts(long double x,
    long double y) {
    return x + y * (cy_long_double_complex)_Complex_I;
}
#define cy_Pyx_c_eq_long__double(a, b) ((a) == (b))
#define cy_Pyx_c_sum_long__double(a, b) ((a) + (b))
#define cy_Pyx_c_diff_long__double(a, b) ((a) - (b))
#define cy_Pyx_c_prod_long__double(a, b) ((a) * (b))
#define cy_Pyx_c_quot_long__double(a, b) ((a) / (b))
#define cy_Pyx_c_neg_long__double(a) (-(a))
#define cy_Pyx_c_is_zero_long__double(z) ((z) == (long double)0)
#define cy_Pyx_c_conj_long__double(z) (conjl(z))
#define cy_Pyx_c_abs_long__double(z) (cabsl(z))
#define cy_Pyx_c_pow_long__double(a, b) (cpowl((a), (b)))
#define cy_Pyx_PyComplex_As___pyx_t_long_double_complex(obj) \
    ((cy_long_double_complex)cy_Pyx_PyComplex_As___pyx_t_double_complex(obj))
#endif

// Binary and unary operators: mp_binary_op/mp_unary_op under a guard.
mp_obj_t cy_binop(mp_binary_op_t op, mp_obj_t a, mp_obj_t b);
// `a op b` (a MicroPython binary operator) as a C truth value: 1, 0, or -1 with a pending
// exception.
int cy_binop_bool(mp_binary_op_t op, mp_obj_t a, mp_obj_t b);
// `op a` (a MicroPython unary operator); NULL with a pending exception.
mp_obj_t cy_unop(mp_unary_op_t op, mp_obj_t a);
// PyNumber_Add: a + b; NULL with a pending exception.
#define cy_PyNumber_Add(a, b) cy_binop(MP_BINARY_OP_ADD, (a), (b))
// PyNumber_Subtract: a - b; NULL with a pending exception.
#define cy_PyNumber_Subtract(a, b) cy_binop(MP_BINARY_OP_SUBTRACT, (a), (b))
// PyNumber_Multiply: a * b; NULL with a pending exception.
#define cy_PyNumber_Multiply(a, b) cy_binop(MP_BINARY_OP_MULTIPLY, (a), (b))
// PyNumber_MatrixMultiply: a @ b; NULL with a pending exception.
#define cy_PyNumber_MatrixMultiply(a, b) cy_binop(MP_BINARY_OP_MAT_MULTIPLY, (a), (b))
// Cython's __Pyx_PyNumber_MatrixMultiply: a @ b; NULL with a pending exception.
#define cy_Pyx_PyNumber_MatrixMultiply(a, b) cy_binop(MP_BINARY_OP_MAT_MULTIPLY, (a), (b))
// PyNumber_TrueDivide: a / b; NULL with a pending exception.
#define cy_PyNumber_TrueDivide(a, b) cy_binop(MP_BINARY_OP_TRUE_DIVIDE, (a), (b))
// Cython's __Pyx_PyNumber_Divide: a / b; NULL with a pending exception.
#define cy_Pyx_PyNumber_Divide(a, b) cy_binop(MP_BINARY_OP_TRUE_DIVIDE, (a), (b))
// PyNumber_FloorDivide: a // b; NULL with a pending exception.
#define cy_PyNumber_FloorDivide(a, b) cy_binop(MP_BINARY_OP_FLOOR_DIVIDE, (a), (b))
// PyNumber_Remainder: a % b; NULL with a pending exception.
#define cy_PyNumber_Remainder(a, b) cy_binop(MP_BINARY_OP_MODULO, (a), (b))
// PyNumber_Divmod: divmod(a, b); NULL with a pending exception.
#define cy_PyNumber_Divmod(a, b) cy_binop(MP_BINARY_OP_DIVMOD, (a), (b))
// PyNumber_Lshift: a << b; NULL with a pending exception.
#define cy_PyNumber_Lshift(a, b) cy_binop(MP_BINARY_OP_LSHIFT, (a), (b))
// PyNumber_Rshift: a >> b; NULL with a pending exception.
#define cy_PyNumber_Rshift(a, b) cy_binop(MP_BINARY_OP_RSHIFT, (a), (b))
// PyNumber_And: a & b; NULL with a pending exception.
#define cy_PyNumber_And(a, b) cy_binop(MP_BINARY_OP_AND, (a), (b))
// PyNumber_Or: a | b; NULL with a pending exception.
#define cy_PyNumber_Or(a, b) cy_binop(MP_BINARY_OP_OR, (a), (b))
// PyNumber_Xor: a ^ b; NULL with a pending exception.
#define cy_PyNumber_Xor(a, b) cy_binop(MP_BINARY_OP_XOR, (a), (b))
// pow(a, b[, c]); c is None/NULL for the two-argument form.
mp_obj_t cy_PyNumber_Power(mp_obj_t a, mp_obj_t b, mp_obj_t c);
// Cython's __Pyx_PyNumber_Power2: a ** b.
#define cy_Pyx_PyNumber_Power2(a, b) cy_PyNumber_Power((a), (b), mp_const_none)
// PyNumber_InPlaceAdd: a += b; NULL with a pending exception.
#define cy_PyNumber_InPlaceAdd(a, b) cy_binop(MP_BINARY_OP_INPLACE_ADD, (a), (b))
// PyNumber_InPlaceSubtract: a -= b; NULL with a pending exception.
#define cy_PyNumber_InPlaceSubtract(a, b) cy_binop(MP_BINARY_OP_INPLACE_SUBTRACT, (a), (b))
// PyNumber_InPlaceMultiply: a *= b; NULL with a pending exception.
#define cy_PyNumber_InPlaceMultiply(a, b) cy_binop(MP_BINARY_OP_INPLACE_MULTIPLY, (a), (b))
// PyNumber_InPlaceMatrixMultiply: a @= b; NULL with a pending exception.
#define cy_PyNumber_InPlaceMatrixMultiply(a, b) cy_binop(MP_BINARY_OP_INPLACE_MAT_MULTIPLY, (a), (b))
// Cython's __Pyx_PyNumber_InPlaceMatrixMultiply: a @= b; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceMatrixMultiply(a, b) cy_binop(MP_BINARY_OP_INPLACE_MAT_MULTIPLY, (a), (b))
// PyNumber_InPlaceTrueDivide: a /= b; NULL with a pending exception.
#define cy_PyNumber_InPlaceTrueDivide(a, b) cy_binop(MP_BINARY_OP_INPLACE_TRUE_DIVIDE, (a), (b))
// Cython's __Pyx_PyNumber_InPlaceDivide: a /= b; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceDivide(a, b) cy_binop(MP_BINARY_OP_INPLACE_TRUE_DIVIDE, (a), (b))
// PyNumber_InPlaceFloorDivide: a //= b; NULL with a pending exception.
#define cy_PyNumber_InPlaceFloorDivide(a, b) cy_binop(MP_BINARY_OP_INPLACE_FLOOR_DIVIDE, (a), (b))
// PyNumber_InPlaceRemainder: a %= b; NULL with a pending exception.
#define cy_PyNumber_InPlaceRemainder(a, b) cy_binop(MP_BINARY_OP_INPLACE_MODULO, (a), (b))
// PyNumber_InPlaceLshift: a <<= b; NULL with a pending exception.
#define cy_PyNumber_InPlaceLshift(a, b) cy_binop(MP_BINARY_OP_INPLACE_LSHIFT, (a), (b))
// PyNumber_InPlaceRshift: a >>= b; NULL with a pending exception.
#define cy_PyNumber_InPlaceRshift(a, b) cy_binop(MP_BINARY_OP_INPLACE_RSHIFT, (a), (b))
// PyNumber_InPlaceAnd: a &= b; NULL with a pending exception.
#define cy_PyNumber_InPlaceAnd(a, b) cy_binop(MP_BINARY_OP_INPLACE_AND, (a), (b))
// PyNumber_InPlaceOr: a |= b; NULL with a pending exception.
#define cy_PyNumber_InPlaceOr(a, b) cy_binop(MP_BINARY_OP_INPLACE_OR, (a), (b))
// PyNumber_InPlaceXor: a ^= b; NULL with a pending exception.
#define cy_PyNumber_InPlaceXor(a, b) cy_binop(MP_BINARY_OP_INPLACE_XOR, (a), (b))
// PyNumber_InPlacePower: a **= b, or pow(a, b, c) when c is not None; NULL with a pending
// exception.
mp_obj_t cy_PyNumber_InPlacePower(mp_obj_t a, mp_obj_t b, mp_obj_t c);
// 2 ** exp, Cython's shortcut for a literal 2 as the base (inplace: `**=`).
#define cy_Pyx__PyNumber_PowerOf2(two, exp, none, inplace) \
    ((inplace) ? cy_PyNumber_InPlacePower((two), (exp), (none)) : cy_PyNumber_Power((two), (exp), (none)))
// str.__mul__(seq, mul) called unbound: TypeError unless seq is a str.
mp_obj_t cy_Pyx_PyUnicode_Type_Multiply(mp_obj_t seq, mp_int_t mul);
// PyNumber_Negative: -a; NULL with a pending exception.
#define cy_PyNumber_Negative(a) cy_unop(MP_UNARY_OP_NEGATIVE, (a))
// PyNumber_Positive: +a; NULL with a pending exception.
#define cy_PyNumber_Positive(a) cy_unop(MP_UNARY_OP_POSITIVE, (a))
// PyNumber_Invert: ~a; NULL with a pending exception.
#define cy_PyNumber_Invert(a) cy_unop(MP_UNARY_OP_INVERT, (a))
// PyNumber_Absolute: abs(a); NULL with a pending exception.
#define cy_PyNumber_Absolute(a) cy_unop(MP_UNARY_OP_ABS, (a))
// Cython's __Pyx_PyNumber_Absolute: abs(a); NULL with a pending exception.
#define cy_Pyx_PyNumber_Absolute(a) cy_unop(MP_UNARY_OP_ABS, (a))
// Cython's `%` on objects that may be str: the same operator.
#define cy_Pyx_PyNumber_Remainder(a, b) cy_binop(MP_BINARY_OP_MODULO, (a), (b))

// C integer `//` and `%` are Cython's own DivInt/ModInt code, translated (rules/sections.toml).
// Cython's __Pyx_mod_double: Python's a % b of C doubles (the result has b's sign); b == 0 is the
// caller's ZeroDivisionError.
double cy_Pyx_mod_double(double a, double b, int b_is_constant);
// Cython's __Pyx_mod_float: Python's a % b of C floats.
#define cy_Pyx_mod_float(a, b, b_is_constant) ((float)cy_Pyx_mod_double((double)(a), (double)(b), (b_is_constant)))
// Cython's overflow-checked C arithmetic (`@cython.overflowcheck(True)`), for every C integer
// type (rules/api/numbers.toml routes the per-type names here): the result in the operands' type,
// and `*overflow |= 1` when it does not fit. Like Cython's helpers, types narrower than int are
// not checked (their arithmetic is int's). GNU C: statement expressions and __typeof__.
#define cy_Pyx_add_checking_overflow(a, b, overflow) __extension__({ \
        __typeof__((a) + (b)) cy_r_; \
        *(overflow) |= __builtin_add_overflow((a), (b), &cy_r_); \
        cy_r_; \
    })
#define cy_Pyx_sub_checking_overflow(a, b, overflow) __extension__({ \
        __typeof__((a) + (b)) cy_r_; \
        *(overflow) |= __builtin_sub_overflow((a), (b), &cy_r_); \
        cy_r_; \
    })
#define cy_Pyx_mul_checking_overflow(a, b, overflow) __extension__({ \
        __typeof__((a) + (b)) cy_r_; \
        *(overflow) |= __builtin_mul_overflow((a), (b), &cy_r_); \
        cy_r_; \
    })
// a << b: overflow for a negative operand, a shift past the width or bits shifted out.
#define cy_Pyx_lshift_checking_overflow(a, b, overflow) __extension__({ \
        typedef __typeof__((a) + (b)) cy_t_; \
        cy_t_ cy_a_ = (a), cy_b_ = (b); \
        int cy_signed_ = (cy_t_)-1 < (cy_t_)0; \
        cy_t_ cy_max_ = cy_signed_ ? (cy_t_)((1ULL << (sizeof(cy_t_) * 8 - 1)) - 1) : (cy_t_)~(cy_t_)0; \
        int cy_o_ = (cy_signed_ && (cy_a_ < 0 || cy_b_ < 0)) || cy_b_ >= (cy_t_)(8 * sizeof(cy_t_)) \
            || cy_a_ > (cy_max_ >> cy_b_); \
        *(overflow) |= cy_o_; \
        cy_o_ ? (cy_t_)0 : (cy_t_)(cy_a_ << cy_b_); \
    })
// Cython's import-time check that C integers are two's complement (always, on MicroPython's
// targets).
#define cy_Pyx_check_twos_complement() (0)
// Whether the compiler has a builtin (Cython's overflow checks test __builtin_add_overflow).
#if defined(__has_builtin)
#define cy_Pyx_has_cbuiltin(name) __has_builtin(name)
#else
#define cy_Pyx_has_cbuiltin(name) (0)
#endif
// Whether a C integer type is unsigned.
#define cy_PYX_IS_UNSIGNED(type) (((type)-1) > 0)
// A fatal error in Cython's own code ("executed an unexpected code path"): abort with the message.
#define cy_Py_FatalError(msg) \
    do { \
        mp_printf(MICROPY_ERROR_PRINTER, "Fatal Python error: %s\n", (msg)); \
        __builtin_trap(); \
    } while (0)
// Cython's __Pyx_UNARY_NEG_WOULD_OVERFLOW: would -x overflow (x the most negative value of its
// signed type)?
#define cy_Pyx_UNARY_NEG_WOULD_OVERFLOW(x) \
    (((x) < 0) && ((unsigned long long)(x) == (1ULL << (sizeof(x) * CHAR_BIT - 1))))
// Did a C function returning double return its error value? (NaN error values compare by NaN-ness.)
#define cy_PYX_CHECK_FLOAT_EXCEPTION(value, error_value) \
    ((error_value) == (error_value) ? (value) == (error_value) : (value) != (value))

// ===========================================================================================
// Strings and bytes
// ===========================================================================================

// PyUnicode_FromString: a str from the NUL-terminated UTF-8 string s; NULL with a pending
// exception.
mp_obj_t cy_PyUnicode_FromString(const char *s);
// Cython's __Pyx_ssize_strlen: strlen(s) as Py_ssize_t, for len() of a char * and the string
// conversions; OverflowError (and -1) when it does not fit, as Cython's own.
static inline mp_int_t cy_Pyx_ssize_strlen(const char *s) {
    size_t len = strlen(s);
    if (len > (size_t)MP_INT_MAX) {
        cy_err_set_msg(&mp_type_OverflowError, "byte string is too long");
        return -1;
    }
    return (mp_int_t)len;
}
// PyUnicode_FromStringAndSize: a str from the UTF-8 data s[0..len); NULL with a pending exception.
mp_obj_t cy_PyUnicode_FromStringAndSize(const char *s, mp_int_t len);
// bytes -> str as CPython's strict UTF-8 decoder (UnicodeDecodeError with its arguments).
mp_obj_t cy_PyUnicode_DecodeUTF8(const char *s, mp_int_t len, const char *errors);
// bytes.decode('ascii'): UnicodeDecodeError at the first byte past 127 (errors is not used).
mp_obj_t cy_PyUnicode_DecodeASCII(const char *s, mp_int_t len, const char *errors);
// bytes.decode('utf-16'): byteorder -1 little, 1 big endian, 0 by the BOM (little without one;
// a BOM is dropped). Strict: UnicodeDecodeError for a lone surrogate or an odd length.
mp_obj_t cy_PyUnicode_DecodeUTF16(const char *s, mp_int_t size, const char *errors, int *byteorder);
#define cy_Pyx_PyUnicode_DecodeUTF16(s, size, errors) \
    cy_PyUnicode_DecodeUTF16((s), (size), (errors), &(int){0})
#define cy_Pyx_PyUnicode_DecodeUTF16LE(s, size, errors) \
    cy_PyUnicode_DecodeUTF16((s), (size), (errors), &(int){-1})
#define cy_Pyx_PyUnicode_DecodeUTF16BE(s, size, errors) \
    cy_PyUnicode_DecodeUTF16((s), (size), (errors), &(int){1})
// bytes.decode('unicode_escape'), as Cython decodes str literals with surrogates: Python's
// backslash escapes, other bytes as Latin-1. A lone surrogate is kept as its 3-byte UTF-8 form,
// which MicroPython's str reads back as that one code point.
mp_obj_t cy_PyUnicode_DecodeUnicodeEscape(const char *s, mp_int_t size, const char *errors);
// str objects are always ready here.
#define cy_Pyx_PyUnicode_READY(op) (0)
// Cython's __Pyx_PyUnicode_FromString(s): the same as PyUnicode_FromString here.
#define cy_Pyx_PyUnicode_FromString(s) cy_PyUnicode_FromString(s)
// PyUnicode_FromFormat: a str made printf-like, with the conversions of PyErr_Format; NULL with a
// pending exception.
mp_obj_t cy_PyUnicode_FromFormat(const char *format, ...);
// PyBytes_FromStringAndSize: bytes of s[0..len) (copied); NULL with a pending exception.
mp_obj_t cy_PyBytes_FromStringAndSize(const char *s, mp_int_t len);
// PyBytes_FromString: bytes of the NUL-terminated string s; NULL with a pending exception.
mp_obj_t cy_PyBytes_FromString(const char *s);
// bytearray(s[:len]); a zeroed one of that length when s is NULL.
mp_obj_t cy_PyByteArray_FromStringAndSize(const char *s, mp_int_t len);
// bytearray from a NUL-terminated C string (`c_string_type=bytearray`).
#define cy_Pyx_PyByteArray_FromString(s) \
    cy_PyByteArray_FromStringAndSize((const char *)(s), (mp_int_t)strlen((const char *)(s)))
// The UTF-8 data of a str (NULL with a pending exception when obj is not a str).
const char *cy_PyUnicode_AsUTF8(mp_obj_t obj);
// PyUnicode_AsUTF8AndSize: the UTF-8 data of a str and its length in bytes (*size, when given);
// NULL with a pending exception when obj is not a str.
const char *cy_PyUnicode_AsUTF8AndSize(mp_obj_t obj, mp_int_t *size);
// The data of a bytes/bytearray (NULL with a pending exception otherwise); `char *` as in CPython.
char *cy_PyBytes_AsString(mp_obj_t obj);
// Cython's __Pyx_PyBytes_AsString(obj): the same as PyBytes_AsString here.
#define cy_Pyx_PyBytes_AsString(obj) cy_PyBytes_AsString(obj)
// Cython's `c_string_encoding` as the module settles it: a translated module whose directive
// names ascii or utf8 defines one of these to 1 before including this header.
#ifndef cy_PYX_DEFAULT_STRING_ENCODING_IS_ASCII
#define cy_PYX_DEFAULT_STRING_ENCODING_IS_ASCII 0
#endif
#ifndef cy_PYX_DEFAULT_STRING_ENCODING_IS_UTF8
#define cy_PYX_DEFAULT_STRING_ENCODING_IS_UTF8 0
#endif
#define CY_C_STRING_ENCODING \
    (cy_PYX_DEFAULT_STRING_ENCODING_IS_ASCII ? 1 : cy_PYX_DEFAULT_STRING_ENCODING_IS_UTF8 ? 2 : 0)
// `cdef char *p = obj` (Cython's __Pyx_PyObject_AsStringAndSize): the data of a bytes or
// bytearray; with `c_string_encoding` ascii (encoding 1) or utf8 (2) also a str's UTF-8 data
// (UnicodeEncodeError for a non-ASCII str under ascii). length may be NULL.
const char *cy_Pyx_PyObject_AsStringEnc(mp_obj_t obj, mp_int_t *length, int encoding);
// Cython's __Pyx_PyObject_AsString: the data of a bytes/bytearray, or of a str as the module's
// `c_string_encoding` allows.
#define cy_Pyx_PyObject_AsString(obj) cy_Pyx_PyObject_AsStringEnc((obj), NULL, CY_C_STRING_ENCODING)
// PyBytes_AS_STRING: the data of a bytes object, as PyBytes_AsString (checked here).
#define cy_PyBytes_AS_STRING(obj) cy_PyBytes_AsString(obj)
// Cython's __Pyx_PyBytes_AsSString: PyBytes_AsString as const signed char *.
#define cy_Pyx_PyBytes_AsSString(obj) ((const signed char *)cy_PyBytes_AsString(obj))
// Cython's __Pyx_PyBytes_AsUString: PyBytes_AsString as const unsigned char *.
#define cy_Pyx_PyBytes_AsUString(obj) ((const unsigned char *)cy_PyBytes_AsString(obj))
// `cdef char *p = b`: MicroPython's bytes are immutable too; writing through p is as undefined
// as it is in CPython.
#define cy_Pyx_PyBytes_AsWritableString(obj) ((char *)cy_PyBytes_AsString(obj))
// Cython's __Pyx_PyBytes_AsWritableSString: as __Pyx_PyBytes_AsWritableString, as signed char *.
#define cy_Pyx_PyBytes_AsWritableSString(obj) ((signed char *)cy_PyBytes_AsString(obj))
// Cython's __Pyx_PyBytes_AsWritableUString: as __Pyx_PyBytes_AsWritableString, as unsigned char *.
#define cy_Pyx_PyBytes_AsWritableUString(obj) ((unsigned char *)cy_PyBytes_AsString(obj))
// Cython's __Pyx_PyObject_AsSString: __Pyx_PyObject_AsString as const signed char *.
#define cy_Pyx_PyObject_AsSString(obj) ((const signed char *)cy_Pyx_PyObject_AsString(obj))
// Cython's __Pyx_PyObject_AsUString: __Pyx_PyObject_AsString as const unsigned char *.
#define cy_Pyx_PyObject_AsUString(obj) ((const unsigned char *)cy_Pyx_PyObject_AsString(obj))
// Cython's __Pyx_PyObject_AsWritableString: __Pyx_PyObject_AsString as char * (see
// __Pyx_PyBytes_AsWritableString).
#define cy_Pyx_PyObject_AsWritableString(obj) ((char *)cy_Pyx_PyObject_AsString(obj))
// Cython's __Pyx_PyObject_AsWritableSString: __Pyx_PyObject_AsString as signed char *.
#define cy_Pyx_PyObject_AsWritableSString(obj) ((signed char *)cy_Pyx_PyObject_AsString(obj))
// Cython's __Pyx_PyObject_AsWritableUString: __Pyx_PyObject_AsString as unsigned char *.
#define cy_Pyx_PyObject_AsWritableUString(obj) ((unsigned char *)cy_Pyx_PyObject_AsString(obj))
// The data and length of a bytes-like object (str gives its UTF-8 data, as Cython's helper does
// for ASCII str); NULL with a pending TypeError otherwise.
const char *cy_Pyx_PyObject_AsStringAndSize(mp_obj_t obj, mp_int_t *length);
// Cython's __Pyx_PyBytes_FromString(s): the same as PyBytes_FromString here.
#define cy_Pyx_PyBytes_FromString(s) cy_PyBytes_FromString(s)
// Cython's __Pyx_PyBytes_FromStringAndSize: PyBytes_FromStringAndSize of a char, signed or
// unsigned char pointer.
#define cy_Pyx_PyBytes_FromStringAndSize(s, len) cy_PyBytes_FromStringAndSize((const char *)(s), (len))
// Cython's __Pyx_PyBytes_FromCString: PyBytes_FromString of a char, signed or unsigned char
// pointer.
#define cy_Pyx_PyBytes_FromCString(s) cy_PyBytes_FromString((const char *)(s))
// Cython's __Pyx_PyUnicode_FromCString: PyUnicode_FromString of a char, signed or unsigned char
// pointer.
#define cy_Pyx_PyUnicode_FromCString(s) cy_PyUnicode_FromString((const char *)(s))
// PyUnicode_GetLength: len(s) in characters of a str; -1 with a pending TypeError otherwise.
mp_int_t cy_PyUnicode_GetLength(mp_obj_t obj);
// Cython's __Pyx_PyUnicode_GET_LENGTH(obj): the same as PyUnicode_GetLength here.
#define cy_Pyx_PyUnicode_GET_LENGTH(obj) cy_PyUnicode_GetLength(obj)
// PyUnicode_GET_LENGTH(obj): the same as PyUnicode_GetLength here.
#define cy_PyUnicode_GET_LENGTH(obj) cy_PyUnicode_GetLength(obj)
// PyBytes_Size: the length of a bytes-like object (not a str); -1 with a pending TypeError
// otherwise.
mp_int_t cy_PyBytes_Size(mp_obj_t obj);
// PyBytes_GET_SIZE(obj): the same as PyBytes_Size here.
#define cy_PyBytes_GET_SIZE(obj) cy_PyBytes_Size(obj)
// Cython's __Pyx_PyBytes_GET_SIZE(obj): the same as PyBytes_Size here.
#define cy_Pyx_PyBytes_GET_SIZE(obj) cy_PyBytes_Size(obj)
// PyUnicode_Concat: a + b; NULL with a pending exception.
mp_obj_t cy_PyUnicode_Concat(mp_obj_t a, mp_obj_t b);
// Cython's __Pyx_PyUnicode_Concat(a, b): the same as PyUnicode_Concat here.
#define cy_Pyx_PyUnicode_Concat(a, b) cy_PyUnicode_Concat((a), (b))
// Cython's __Pyx_PyUnicode_ConcatSafe(a, b): the same as PyUnicode_Concat here.
#define cy_Pyx_PyUnicode_ConcatSafe(a, b) cy_PyUnicode_Concat((a), (b))
// `*left += right` for str; 0, or -1.
mp_obj_t cy_Pyx_PyUnicode_ConcatInPlace(mp_obj_t left, mp_obj_t right);
// Cython's __Pyx_PyUnicode_ConcatInPlaceSafe: left + right as __Pyx_PyUnicode_ConcatInPlace.
#define cy_Pyx_PyUnicode_ConcatInPlaceSafe(left, right) cy_Pyx_PyUnicode_ConcatInPlace((left), (right))
// Cython's __Pyx_PyStr_ConcatInPlace: left + right as __Pyx_PyUnicode_ConcatInPlace.
#define cy_Pyx_PyStr_ConcatInPlace(left, right) cy_Pyx_PyUnicode_ConcatInPlace((left), (right))
// Concatenate the str objects values[0..count). result_ulength and kind are ignored.
mp_obj_t cy_Pyx_PyUnicode_Join(mp_obj_t *values, mp_int_t value_count, mp_int_t result_ulength,
    int kind);
// sep.join(seq)
mp_obj_t cy_PyUnicode_Join(mp_obj_t sep, mp_obj_t seq);
// fmt % args (str %-formatting).
mp_obj_t cy_PyUnicode_Format(mp_obj_t format, mp_obj_t args);
// Cython's __Pyx_PyUnicode_FormatSafe: format % args, as PyUnicode_Format.
#define cy_Pyx_PyUnicode_FormatSafe(format, args) cy_PyUnicode_Format((format), (args))
// Cython's __Pyx_PyString_Format: format % args, as PyUnicode_Format.
#define cy_Pyx_PyString_Format(format, args) cy_PyUnicode_Format((format), (args))
// Cython's __Pyx_PyString_FormatSafe: format % args, as PyUnicode_Format.
#define cy_Pyx_PyString_FormatSafe(format, args) cy_PyUnicode_Format((format), (args))
// format(obj, spec) for f-strings; the *AndDecref forms pass MP_OBJ_NULL through.
mp_obj_t cy_Pyx_PyObject_Format(mp_obj_t obj, mp_obj_t format_spec);
// Cython's __Pyx_PyObject_FormatSimple: format(obj) of an f-string field without a spec.
#define cy_Pyx_PyObject_FormatSimple(obj, spec) cy_Pyx_PyObject_Format((obj), MP_OBJ_NULL)
// Cython's __Pyx_PyObject_FormatAndDecref: format(obj, format_spec); NULL (obj's own failure
// passed through) with a pending exception.
mp_obj_t cy_Pyx_PyObject_FormatAndDecref(mp_obj_t obj, mp_obj_t format_spec);
// Cython's __Pyx_PyObject_FormatSimpleAndDecref: format(obj) (the spec is unused); NULL passed
// through.
mp_obj_t cy_Pyx_PyObject_FormatSimpleAndDecref(mp_obj_t obj, mp_obj_t format_spec);
// f-string fields of C values.
mp_obj_t cy_str_from_cint(long long value, int is_unsigned, mp_int_t width, char padding,
    char format_char);
// Cython's __Pyx_PyUnicode_From_int(value, width, padding, format_char): an f-string field of a C
// int (cy_str_from_cint).
#define cy_Pyx_PyUnicode_From_int(v, w, p, f) cy_str_from_cint((long long)(v), 0, (w), (p), (f))
// Cython's __Pyx_PyUnicode_From_long(value, width, padding, format_char): an f-string field of a C
// long (cy_str_from_cint).
#define cy_Pyx_PyUnicode_From_long(v, w, p, f) cy_str_from_cint((long long)(v), 0, (w), (p), (f))
// Cython's __Pyx_PyUnicode_From_short(value, width, padding, format_char): an f-string field of a
// C short (cy_str_from_cint).
#define cy_Pyx_PyUnicode_From_short(v, w, p, f) cy_str_from_cint((long long)(v), 0, (w), (p), (f))
// Cython's __Pyx_PyUnicode_From_char(value, width, padding, format_char): an f-string field of a C
// char (cy_str_from_cint).
#define cy_Pyx_PyUnicode_From_char(v, w, p, f) cy_str_from_cint((long long)(v), ((char)-1 > 0), (w), (p), (f))
// Cython's __Pyx_PyUnicode_From_PY_LONG_LONG(value, width, padding, format_char): an f-string
// field of a C long long (cy_str_from_cint).
#define cy_Pyx_PyUnicode_From_PY_LONG_LONG(v, w, p, f) cy_str_from_cint((long long)(v), 0, (w), (p), (f))
// Cython's __Pyx_PyUnicode_From_Py_ssize_t(value, width, padding, format_char): an f-string field
// of a C Py_ssize_t (cy_str_from_cint).
#define cy_Pyx_PyUnicode_From_Py_ssize_t(v, w, p, f) cy_str_from_cint((long long)(v), 0, (w), (p), (f))
// Cython's __Pyx_PyUnicode_From_unsigned_int(value, width, padding, format_char): an f-string
// field of a C unsigned int (cy_str_from_cint).
#define cy_Pyx_PyUnicode_From_unsigned_int(v, w, p, f) cy_str_from_cint((long long)(v), 1, (w), (p), (f))
// Cython's __Pyx_PyUnicode_From_unsigned_long(value, width, padding, format_char): an f-string
// field of a C unsigned long (cy_str_from_cint).
#define cy_Pyx_PyUnicode_From_unsigned_long(v, w, p, f) cy_str_from_cint((long long)(v), 1, (w), (p), (f))
// Cython's __Pyx_PyUnicode_From_unsigned_short(value, width, padding, format_char): an f-string
// field of a C unsigned short (cy_str_from_cint).
#define cy_Pyx_PyUnicode_From_unsigned_short(v, w, p, f) cy_str_from_cint((long long)(v), 1, (w), (p), (f))
// Cython's __Pyx_PyUnicode_From_unsigned_char(value, width, padding, format_char): an f-string
// field of a C unsigned char (cy_str_from_cint).
#define cy_Pyx_PyUnicode_From_unsigned_char(v, w, p, f) cy_str_from_cint((long long)(v), 1, (w), (p), (f))
// Cython's __Pyx_PyUnicode_From_unsigned_PY_LONG_LONG(value, width, padding, format_char): an
// f-string field of a C unsigned long long (cy_str_from_cint).
#define cy_Pyx_PyUnicode_From_unsigned_PY_LONG_LONG(v, w, p, f) cy_str_from_cint((long long)(v), 1, (w), (p), (f))
// Cython's __Pyx_PyUnicode_From_size_t(value, width, padding, format_char): an f-string field of a
// C size_t (cy_str_from_cint).
#define cy_Pyx_PyUnicode_From_size_t(v, w, p, f) cy_str_from_cint((long long)(v), 1, (w), (p), (f))
// An f-string field of a C double: format(value, '.<precision><format_char>') (no precision when
// it is negative); NULL with a pending exception.
mp_obj_t cy_Pyx_PyUnicode_FromDouble(double value, char format_char, int precision);
// Cython's __Pyx_PyUnicode_FromFloat: an f-string field of a C float or double (as
// cy_Pyx_PyUnicode_FromDouble).
#define cy_Pyx_PyUnicode_FromFloat(v, f, p) cy_Pyx_PyUnicode_FromDouble((double)(v), (f), (p))
// PyUnicode_Decode: bytes s[0..size) decoded as UTF-8 whatever the encoding (MicroPython's str is
// UTF-8); NULL with a pending UnicodeDecodeError.
mp_obj_t cy_PyUnicode_Decode(const char *s, mp_int_t size, const char *encoding, const char *errors);
// PyUnicode_AsEncodedString: the UTF-8 bytes of a str whatever the encoding; errors is unused.
// NULL with a pending exception.
mp_obj_t cy_PyUnicode_AsEncodedString(mp_obj_t obj, const char *encoding, const char *errors);
// PyUnicode_AsUTF8String: s.encode('utf-8').
#define cy_PyUnicode_AsUTF8String(obj) cy_PyUnicode_AsEncodedString((obj), "utf-8", NULL)
// substring in text: eq is Py_EQ for `in`, Py_NE for `not in`. 1, 0, or -1.
int cy_Pyx_PyUnicode_ContainsTF(mp_obj_t substring, mp_obj_t text, int eq);
// Cython's __Pyx_PyUnicode_Equals: a == b (op Py_EQ) or a != b (Py_NE) as 1 or 0; -1 with a
// pending exception.
int cy_Pyx_PyUnicode_Equals(mp_obj_t a, mp_obj_t b, int op);
// Cython's __Pyx_PyBytes_Equals: a == b or a != b for bytes, as __Pyx_PyUnicode_Equals.
#define cy_Pyx_PyBytes_Equals(a, b, op) cy_Pyx_PyUnicode_Equals((a), (b), (op))
// PyUnicode_InternInPlace: nothing (MicroPython interns as it likes).
#define cy_PyUnicode_InternInPlace(p) ((void)0)
// PyUnicode_InternFromString: PyUnicode_FromString (no interning).
#define cy_PyUnicode_InternFromString(s) cy_PyUnicode_FromString(s)
// PyUnicode_Split: s.split(sep, maxsplit) (sep NULL or None splits on whitespace); NULL with a
// pending exception.
mp_obj_t cy_PyUnicode_Split(mp_obj_t s, mp_obj_t sep, mp_int_t maxsplit);
// str.startswith/endswith as Cython's __Pyx_PyUnicode_Tailmatch (direction -1 start, 1 end).
int cy_Pyx_PyUnicode_Tailmatch(mp_obj_t s, mp_obj_t substr, mp_int_t start, mp_int_t end,
    int direction);
// bytes.startswith/endswith (direction -1 start, 1 end): substr a bytes-like object or a tuple
// of them (MicroPython's own method takes bytes only).
int cy_Pyx_PyBytes_Tailmatch(mp_obj_t s, mp_obj_t substr, mp_int_t start, mp_int_t end,
    int direction);
// intern(s): the str itself (TypeError for anything else); MicroPython interns what it can.
mp_obj_t cy_Pyx_Intern(mp_obj_t s);
// str(o) for a str (subclasses included), as an interned str: equal names are the same object,
// as Cython's `from m import *` compares them. TypeError for anything else.
mp_obj_t cy_PyUnicode_FromObject(mp_obj_t o);
// The character at index i of a str (Py_UCS4).
#define cy_Pyx_PyUnicode_READ_CHAR(u, i) cy_unicode_getitem((u), (mp_int_t)(i), 0)
// The module's state (`from m import *` asks it of the module being filled: this one).
#define cy_Pyx_PyModule_GetState(m) ((void)(m), __pyx_mstate_global)
// `c in b` (eq is Py_EQ) or `c not in b` for a C char and bytes or bytearray: 1/0, or -1.
int cy_Pyx_BytesContains(char character, mp_obj_t bytes, int eq);
#define cy_Pyx_ByteArrayContains(character, bytearray, eq) \
    cy_Pyx_BytesContains((character), (bytearray), (eq))
// sep.join(values) for bytes: the same method call as for str.
#define cy_Pyx_PyBytes_Join(sep, values) cy_PyUnicode_Join((sep), (values))
// Py_UNICODE, CPython's wchar_t code unit: a code point here (UTF-32, as wchar_t on Linux).
typedef uint32_t cy_Py_UNICODE;
// A Py_UNICODE from a one-character str or an int up to 0x10ffff (Cython's conversion).
cy_Py_UNICODE cy_Pyx_PyObject_AsPy_UNICODE(mp_obj_t obj);
// Py_UNICODE is 4 bytes wide here: a code point per unit, no surrogate pairs.
#define cy_Py_UNICODE_WIDE (1)
// The length of a NUL-terminated Py_UNICODE array.
size_t cy_Pyx_Py_UNICODE_strlen(const cy_Py_UNICODE *u);
// The same as a Py_ssize_t (-1 with OverflowError past its range, as Cython's helper).
mp_int_t cy_Pyx_Py_UNICODE_ssize_strlen(const cy_Py_UNICODE *u);
// str from len Py_UNICODE units (ValueError for a unit past 0x10ffff).
mp_obj_t cy_PyUnicode_FromUnicode(const cy_Py_UNICODE *u, mp_int_t len);
#define cy_Pyx_PyUnicode_FromUnicode(u) \
    cy_PyUnicode_FromUnicode((u), (mp_int_t)cy_Pyx_Py_UNICODE_strlen(u))
// A str's code points as a NUL-terminated Py_UNICODE array in GC memory: alive while something
// refers to it (CPython keeps it with the str; here a copy is made on each call).
cy_Py_UNICODE *cy_PyUnicode_AsUnicode(mp_obj_t obj);
// s.splitlines(keepends)
mp_obj_t cy_PyUnicode_Splitlines(mp_obj_t s, int keepends);
// s.find(sub, start, end) (direction 1) or s.rfind (direction -1): index, -1 missing, -2 error.
mp_int_t cy_PyUnicode_Find(mp_obj_t s, mp_obj_t sub, mp_int_t start, mp_int_t end, int direction);
// PyUnicode_FindChar: the index of the code point ch in s[start:end] (direction 1 first, -1 last),
// -1 when missing, -2 with a pending exception.
mp_int_t cy_PyUnicode_FindChar(mp_obj_t s, uint32_t ch, mp_int_t start, mp_int_t end, int direction);
// s.count(sub, start, end); -1 on error.
mp_int_t cy_PyUnicode_Count(mp_obj_t s, mp_obj_t sub, mp_int_t start, mp_int_t end);
// s.replace(old, new, maxcount) (maxcount < 0: all).
mp_obj_t cy_PyUnicode_Replace(mp_obj_t s, mp_obj_t old, mp_obj_t new_, mp_int_t maxcount);
// sub in s: 1, 0, or -1.
int cy_PyUnicode_Contains(mp_obj_t s, mp_obj_t sub);
// s[start:end] by character index (CPython's PyUnicode_Substring: no wrapping).
mp_obj_t cy_PyUnicode_Substring(mp_obj_t s, mp_int_t start, mp_int_t end);
// s[start:stop] as Cython's __Pyx_PyUnicode_Substring: negative indices wrap, then clip.
mp_obj_t cy_Pyx_PyUnicode_Substring(mp_obj_t s, mp_int_t start, mp_int_t stop);
// chr(ordinal); ValueError "chr() arg not in range(0x110000)".
mp_obj_t cy_PyUnicode_FromOrdinal(int ordinal);
// Cython's __Pyx_PyUnicode_FromOrdinal: chr(o).
#define cy_Pyx_PyUnicode_FromOrdinal(o) cy_PyUnicode_FromOrdinal((int)(o))
// A str is true when it is not empty (s is known to be a str).
#define cy_Pyx_PyUnicode_IS_TRUE(s) (cy_PyUnicode_GetLength(s) != 0)
// str(s) of an object known to be a str or None.
mp_obj_t cy_Pyx_PyUnicode_Unicode(mp_obj_t s);
// float(s) / float(obj) as a C double: -1.0 with a pending exception on error.
double cy_Pyx_PyUnicode_AsDouble(mp_obj_t s);
// Cython's __Pyx_PyObject_AsDouble: float(obj) as a C double; -1.0 with a pending exception on
// error.
double cy_Pyx_PyObject_AsDouble(mp_obj_t obj);
// ord(c): a one-character str, bytes or bytearray; -1 (as Py_UCS4) with TypeError.
long cy_Pyx_PyObject_Ord(mp_obj_t c);
// The code point of a one-character str; (uint32_t)-1 with ValueError otherwise.
uint32_t cy_Pyx_PyUnicode_AsPy_UCS4(mp_obj_t s);
// ... or of an int in range(0x110000) (OverflowError otherwise).
uint32_t cy_Pyx_PyObject_AsPy_UCS4(mp_obj_t obj);
// Character i of s (negative i wraps when wraparound); (uint32_t)-1 with IndexError.
uint32_t cy_unicode_getitem(mp_obj_t s, mp_int_t i, int wraparound);
// Cython's __Pyx_GetItemInt_Unicode: s[i] as a Py_UCS4 code point (cy_unicode_getitem); the type
// and check arguments are unused.
#define cy_Pyx_GetItemInt_Unicode(o, i, type, is_signed, to_py_func, wraparound, boundscheck, has_gil, unsafe_shared) \
    cy_unicode_getitem((o), (mp_int_t)(i), (wraparound))
// ch in text (eq Py_EQ) / not in (Py_NE): 1, 0, or -1.
int cy_Pyx_UnicodeContainsUCS4(uint32_t ch, mp_obj_t text, int eq);
// bin()/oct()/hex() of an integer.
mp_obj_t cy_PyNumber_ToBase(mp_obj_t n, int base);
// Cython's __Pyx_PyNumber_Hex: hex(n).
#define cy_Pyx_PyNumber_Hex(n) cy_PyNumber_ToBase((n), 16)
// Cython's __Pyx_PyNumber_Oct: oct(n).
#define cy_Pyx_PyNumber_Oct(n) cy_PyNumber_ToBase((n), 8)
// Cython's __Pyx_PyNumber_Bin: bin(n).
#define cy_Pyx_PyNumber_Bin(n) cy_PyNumber_ToBase((n), 2)
// data[start:stop].decode() (UTF-8; the encoding and decoder arguments are not used, but the
// encoding and errors names are evaluated, so that their string constants count as used).
// Negative start/stop count from the end, as Cython's helpers do.
mp_obj_t cy_decode_buffer(const char *data, mp_int_t length, mp_int_t start, mp_int_t stop);
// cy_decode_buffer of a bytes or bytearray object's data.
mp_obj_t cy_decode_object(mp_obj_t buffer, mp_int_t start, mp_int_t stop);
// Cython's __Pyx_decode_bytes: s[start:stop].decode() of a bytes object, as UTF-8.
#define cy_Pyx_decode_bytes(s, start, stop, encoding, errors, decode_func) \
    ((void)(encoding), (void)(errors), cy_decode_object((s), (start), (stop)))
// Cython's __Pyx_decode_bytearray: s[start:stop].decode() of a bytearray, as UTF-8.
#define cy_Pyx_decode_bytearray(s, start, stop, encoding, errors, decode_func) \
    ((void)(encoding), (void)(errors), cy_decode_object((s), (start), (stop)))
// Cython's __Pyx_decode_c_string: cstring[start:stop].decode() of a NUL-terminated char *, as
// UTF-8.
#define cy_Pyx_decode_c_string(cstring, start, stop, encoding, errors, decode_func) \
    ((void)(encoding), (void)(errors), cy_decode_buffer((cstring), (mp_int_t)strlen(cstring), (start), (stop)))
// Cython's __Pyx_decode_c_bytes: cstring[start:stop].decode() of `length` bytes at cstring, as
// UTF-8.
#define cy_Pyx_decode_c_bytes(cstring, length, start, stop, encoding, errors, decode_func) \
    ((void)(encoding), (void)(errors), cy_decode_buffer((cstring), (length), (start), (stop)))
// b[i] of a bytes object as a C int (negative i wraps when wraparound); -1 with IndexError.
int cy_bytes_getitem(mp_obj_t b, mp_int_t i, int wraparound);
// b[i] of an exact bytes object read in place (its data and length are the object's own
// fields), inline, so that a loop over a typed `bytes` argument costs what a pointer loop does;
// anything else, and an index out of range, goes to cy_bytes_getitem.
static inline int cy_bytes_getitem_fast(mp_obj_t b, mp_int_t i, int wraparound, int boundscheck) {
    if (mp_obj_is_exact_type(b, &mp_type_bytes)) {
        const mp_obj_str_t *s = (const mp_obj_str_t *)MP_OBJ_TO_PTR(b);
        mp_int_t n = (mp_int_t)s->len;
        if (wraparound && i < 0) {
            i += n;
        }
        if (!boundscheck || (mp_uint_t)i < (mp_uint_t)n) {
            return s->data[i];
        }
    }
    return cy_bytes_getitem(b, i, wraparound);
}
// Cython's __Pyx_GetItemInt_Bytes: b[i] of a bytes object as a C int (cy_bytes_getitem_fast).
#define cy_Pyx_GetItemInt_Bytes(o, i, type, is_signed, to_py_func, wraparound, boundscheck, has_gil, unsafe_shared) \
    cy_bytes_getitem_fast((o), (mp_int_t)(i), (wraparound), (boundscheck))
// Cython's __Pyx_PyByteArray_GET_SIZE: len(ba) of a bytearray.
#define cy_Pyx_PyByteArray_GET_SIZE(obj) cy_PyObject_Length(obj)
// Cython's __Pyx_GetItemInt_ByteArray: ba[i] of a bytearray as a C int (cy_bytes_getitem).
#define cy_Pyx_GetItemInt_ByteArray(o, i, type, is_signed, to_py_func, wraparound, boundscheck, has_gil, unsafe_shared) \
    cy_bytes_getitem((o), (mp_int_t)(i), (wraparound))
// ba[i] = v for a bytearray (v a C integer 0..255); 0, or -1 with IndexError.
int cy_bytearray_setitem(mp_obj_t ba, mp_int_t i, int v, int wraparound);
// Cython's __Pyx_SetItemInt_ByteArray: ba[i] = v (cy_bytearray_setitem).
#define cy_Pyx_SetItemInt_ByteArray(o, i, v, type, is_signed, to_py_func, wraparound, boundscheck, has_gil, unsafe_shared) \
    cy_bytearray_setitem((o), (mp_int_t)(i), (int)(v), (wraparound))
// Cython's __Pyx_PyByteArray_Append: ba.append(value); ValueError "byte must be in range(0, 256)"
// when it is not. 0, or -1 with a pending exception.
int cy_Pyx_PyByteArray_Append(mp_obj_t ba, int value);
// Cython's __Pyx_PyByteArray_ExtendBytes: ba.extend(value); 0, or -1 with a pending exception.
int cy_Pyx_PyByteArray_ExtendBytes(mp_obj_t ba, mp_obj_t value);
// Cython's __Pyx_PyByteArray_ExtendObject: ba.extend(value) of any object (TypeError for one
// without the buffer protocol).
#define cy_Pyx_PyByteArray_ExtendObject(ba, value) cy_Pyx_PyByteArray_ExtendBytes((ba), (value))
// Cython's __Pyx_PyByteArray_AppendObject: ba.append(value) of an int object (its __index__);
// ValueError "byte must be in range(0, 256)"; 0, or -1 with a pending exception.
int cy_Pyx_PyByteArray_AppendObject(mp_obj_t ba, mp_obj_t value);
// s.encode('ascii') / 'latin-1': UnicodeError when s has characters beyond ASCII.
mp_obj_t cy_PyUnicode_AsASCIIString(mp_obj_t s);
// PyUnicode_AsLatin1String: s.encode('latin-1'), as PyUnicode_AsASCIIString (characters 128..255
// fail too).
#define cy_PyUnicode_AsLatin1String(s) cy_PyUnicode_AsASCIIString(s)
// PyByteArray_Size: len(ba).
#define cy_PyByteArray_Size(obj) cy_PyObject_Length(obj)

// Cython's `for ch in s` over a str. MicroPython keeps str as UTF-8, so character i is not at a
// fixed offset. init gives the length in characters, sets `data` to the first byte and `kind`
// to 0; READ(kind, data, i) then uses the loop's own two variables as a cursor (`data` points
// at the character whose index is `kind`) and moves it to character i, forwards or backwards:
// O(1) per character for the loops Cython writes (i = 0, 1, 2, ... or reversed).
// `kind` and `data` must be variables (they are: Cython's loop temporaries).
int cy_Pyx_init_unicode_iteration(mp_obj_t s, mp_int_t *length, void **data, int *kind);
// The code point at index i, moving the cursor (data, kind) of cy_Pyx_init_unicode_iteration
// there.
uint32_t cy_unicode_read_cursor(void **data, int *kind, mp_int_t i);
// Cython's __Pyx_PyUnicode_READ(kind, data, i): character i of the str being iterated (see above).
#define cy_Pyx_PyUnicode_READ(kind, data, i) cy_unicode_read_cursor(&(data), &(kind), (mp_int_t)(i))

// Cython's predicates of a Py_UCS4 code point (ch.isalpha() etc.). ASCII rules, as
// MicroPython's own str methods use: code points >= 128 are neither letters, digits nor space.
int cy_unicode_predicate(uint32_t ch, int which);
// cy_unicode_predicate: ch.isalnum().
#define CY_UNI_ALNUM (0)
// cy_unicode_predicate: ch.isalpha().
#define CY_UNI_ALPHA (1)
// cy_unicode_predicate: ch.isdecimal().
#define CY_UNI_DECIMAL (2)
// cy_unicode_predicate: ch.isdigit().
#define CY_UNI_DIGIT (3)
// cy_unicode_predicate: ch.islower().
#define CY_UNI_LOWER (4)
// cy_unicode_predicate: ch.isnumeric().
#define CY_UNI_NUMERIC (5)
// cy_unicode_predicate: ch.isspace().
#define CY_UNI_SPACE (6)
// cy_unicode_predicate: ch.istitle().
#define CY_UNI_TITLE (7)
// cy_unicode_predicate: ch.isupper().
#define CY_UNI_UPPER (8)
// cy_unicode_predicate: ch.isprintable().
#define CY_UNI_PRINTABLE (9)
// Cython's __Pyx_Py_UNICODE_ISALNUM: ch.isalnum() of a code point (ASCII rules, above).
#define cy_Pyx_Py_UNICODE_ISALNUM(ch) cy_unicode_predicate((ch), CY_UNI_ALNUM)
// Cython's __Pyx_Py_UNICODE_ISALPHA: ch.isalpha() of a code point (ASCII rules, above).
#define cy_Pyx_Py_UNICODE_ISALPHA(ch) cy_unicode_predicate((ch), CY_UNI_ALPHA)
// Cython's __Pyx_Py_UNICODE_ISDECIMAL: ch.isdecimal() of a code point (ASCII rules, above).
#define cy_Pyx_Py_UNICODE_ISDECIMAL(ch) cy_unicode_predicate((ch), CY_UNI_DECIMAL)
// Cython's __Pyx_Py_UNICODE_ISDIGIT: ch.isdigit() of a code point (ASCII rules, above).
#define cy_Pyx_Py_UNICODE_ISDIGIT(ch) cy_unicode_predicate((ch), CY_UNI_DIGIT)
// Cython's __Pyx_Py_UNICODE_ISLOWER: ch.islower() of a code point (ASCII rules, above).
#define cy_Pyx_Py_UNICODE_ISLOWER(ch) cy_unicode_predicate((ch), CY_UNI_LOWER)
// Cython's __Pyx_Py_UNICODE_ISNUMERIC: ch.isnumeric() of a code point (ASCII rules, above).
#define cy_Pyx_Py_UNICODE_ISNUMERIC(ch) cy_unicode_predicate((ch), CY_UNI_NUMERIC)
// Cython's __Pyx_Py_UNICODE_ISSPACE: ch.isspace() of a code point (ASCII rules, above).
#define cy_Pyx_Py_UNICODE_ISSPACE(ch) cy_unicode_predicate((ch), CY_UNI_SPACE)
// Cython's __Pyx_Py_UNICODE_ISTITLE: ch.istitle() of a code point (ASCII rules, above).
#define cy_Pyx_Py_UNICODE_ISTITLE(ch) cy_unicode_predicate((ch), CY_UNI_TITLE)
// Cython's __Pyx_Py_UNICODE_ISUPPER: ch.isupper() of a code point (ASCII rules, above).
#define cy_Pyx_Py_UNICODE_ISUPPER(ch) cy_unicode_predicate((ch), CY_UNI_UPPER)
// Cython's __Pyx_Py_UNICODE_ISPRINTABLE: ch.isprintable() of a code point (ASCII rules, above).
#define cy_Pyx_Py_UNICODE_ISPRINTABLE(ch) cy_unicode_predicate((ch), CY_UNI_PRINTABLE)

// ===========================================================================================
// C memory: CPython's PyMem_* allocators
// ===========================================================================================
// They are the C library's allocator here, as `libc.stdlib`'s malloc and free are
// (docs/targets.md, "C `malloc` on a board"): the memory is outside MicroPython's heap, so the
// collector neither frees it nor looks into it for objects. A request of 0 bytes gets 1, as
// CPython's do.

// PyMem_Malloc: n bytes of C memory, NULL when there are none.
static inline void *cy_PyMem_Malloc(size_t n) {
    return malloc(n != 0 ? n : 1);
}
// PyMem_Calloc: n zeroed items of `size` bytes.
static inline void *cy_PyMem_Calloc(size_t n, size_t size) {
    return n != 0 && size != 0 ? calloc(n, size) : calloc(1, 1);
}
// PyMem_Realloc: p grown or shrunk to n bytes (p may be NULL).
static inline void *cy_PyMem_Realloc(void *p, size_t n) {
    return realloc(p, n != 0 ? n : 1);
}
// PyMem_Free: free memory of PyMem_Malloc (p may be NULL).
static inline void cy_PyMem_Free(void *p) {
    free(p);
}
// PyMem_RawMalloc: PyMem_Malloc (no GIL is needed for either here).
#define cy_PyMem_RawMalloc(n) cy_PyMem_Malloc(n)
// PyMem_RawCalloc: PyMem_Calloc.
#define cy_PyMem_RawCalloc(n, size) cy_PyMem_Calloc((n), (size))
// PyMem_RawRealloc: PyMem_Realloc.
#define cy_PyMem_RawRealloc(p, n) cy_PyMem_Realloc((p), (n))
// PyMem_RawFree: PyMem_Free.
#define cy_PyMem_RawFree(p) cy_PyMem_Free(p)

// ===========================================================================================
// Typed memoryviews (runtime/c/cy2upy_buffer.c)
// ===========================================================================================
//
// A typed memoryview (`double[:]`, `const unsigned char[:]`) is Cython's slice struct over an
// object's buffer. On MicroPython the buffer comes from the object's buffer protocol
// (mp_get_buffer): bytes, bytearray, array.array, memoryview and any type with a buffer slot.
// Such buffers are one-dimensional and contiguous, so a view of more dimensions gets CPython's
// "wrong number of dimensions" error for them. A cdef class with __getbuffer__, and the
// runtime's memoryview objects and cython.view.array (cy2upy_memview.c: their `protocol` slot
// names their getbuffer), are asked for CPython's Py_buffer instead, with its dimensions,
// shape and strides (cy_buffer_get_nd). `memview` holds the object itself: it keeps the
// buffer alive while the slice is reachable (on the C stack, in an instance, in the module
// state), and nothing is counted (acquiring and releasing a slice does nothing).

// Cython's descriptor of a buffer item type (`__Pyx_TypeInfo_double`), same layout.
struct cy_Pyx_StructField_;
// Cython's __Pyx_TypeInfo: the item type's name, struct fields, size, array dimensions, type group
// (Cython's letter for integer, real, complex, struct, object...) and signedness.
typedef struct {
    const char *name;
    const struct cy_Pyx_StructField_ *fields;
    size_t size;
    size_t arraysize[8];
    int ndim;
    char typegroup;
    char is_unsigned;
    int flags;
} cy_Pyx_TypeInfo;
// A field of a struct item type.
typedef struct cy_Pyx_StructField_ {
    const cy_Pyx_TypeInfo *type;
    const char *name;
    size_t offset;
} cy_Pyx_StructField;
// Cython's format-parsing stack (unused here: MicroPython's typecodes are single characters).
typedef struct {
    const cy_Pyx_StructField *field;
    size_t parent_offset;
} cy_Pyx_BufFmt_StackElem;
// The memoryview object of a slice, for casts (`(struct __pyx_memoryview_obj *) Py_None`).
typedef struct cy_pyx_memoryview_obj cy_pyx_memoryview_obj;
// Cython's slice: the object whose buffer it views (or None), the data pointer, and per
// dimension the extent, the stride in bytes and the suboffset (always -1: no indirection).
typedef struct {
    cy_pyx_memoryview_obj *memview;
    char *data;
    mp_int_t shape[8];
    mp_int_t strides[8];
    mp_int_t suboffsets[8];
} cy_Pyx_memviewslice;
// Cython's __Pyx_MEMSLICE_INIT: an empty slice (no object, no data).
#define cy_Pyx_MEMSLICE_INIT { 0, 0, { 0 }, { 0 }, { 0 } }
// A module-level slice lives in a root-pointer array of 26 words (src/module.rs).
_Static_assert(sizeof(cy_Pyx_memviewslice) <= 26 * sizeof(mp_obj_t),
    "a module-level typed memoryview does not fit its root pointer");
// len() of a view: its first extent.
#define cy_Pyx_MemoryView_Len(m) ((m).shape[0])
// Axis specifications (`int axes_specs[]`) and contiguity flags, Cython's values.
#define cy_Pyx_MEMVIEW_DIRECT 1
// Cython's __PYX_BUF_FLAGS_PACKED_STRUCT: a struct item type declared `packed` (its type
// descriptor's flags; the runtime reads items by their field offsets either way).
#define cy_PYX_BUF_FLAGS_PACKED_STRUCT (1 << 0)
// Cython's __Pyx_MEMVIEW_PTR: an axis reached through pointers (indirect).
#define cy_Pyx_MEMVIEW_PTR 2
// Cython's __Pyx_MEMVIEW_FULL: an axis that may be direct or indirect.
#define cy_Pyx_MEMVIEW_FULL 4
// Cython's __Pyx_MEMVIEW_CONTIG: a contiguous axis.
#define cy_Pyx_MEMVIEW_CONTIG 8
// Cython's __Pyx_MEMVIEW_STRIDED: a strided axis.
#define cy_Pyx_MEMVIEW_STRIDED 16
// Cython's __Pyx_MEMVIEW_FOLLOW: an axis that follows the contiguity of the others.
#define cy_Pyx_MEMVIEW_FOLLOW 32
// Cython's __Pyx_IS_C_CONTIG: the view is C-contiguous (`double[::1]`).
#define cy_Pyx_IS_C_CONTIG 1
// Cython's __Pyx_IS_F_CONTIG: the view is Fortran-contiguous (`double[::1, :]`).
#define cy_Pyx_IS_F_CONTIG 2
// CPython's buffer request flags, as Cython passes them and a cdef class's __getbuffer__ reads
// them; MicroPython's flat buffers look only at PyBUF_WRITABLE.
#define cy_PyBUF_SIMPLE 0
// PyBUF_WRITABLE: the view must be writable (a view not declared const).
#define cy_PyBUF_WRITABLE 0x0001
// PyBUF_FORMAT: the item format is wanted (always known here: MicroPython's typecode).
#define cy_PyBUF_FORMAT 0x0004
// PyBUF_ND: the shape is wanted.
#define cy_PyBUF_ND 0x0008
// PyBUF_STRIDES: the strides are wanted.
#define cy_PyBUF_STRIDES (0x0010 | cy_PyBUF_ND)
// PyBUF_C_CONTIGUOUS: a C-contiguous buffer is required (MicroPython's are).
#define cy_PyBUF_C_CONTIGUOUS (0x0020 | cy_PyBUF_STRIDES)
// PyBUF_F_CONTIGUOUS: a Fortran-contiguous buffer is required (one-dimensional buffers are).
#define cy_PyBUF_F_CONTIGUOUS (0x0040 | cy_PyBUF_STRIDES)
// PyBUF_ANY_CONTIGUOUS: a contiguous buffer is required (MicroPython's are).
#define cy_PyBUF_ANY_CONTIGUOUS (0x0080 | cy_PyBUF_STRIDES)
// PyBUF_INDIRECT: suboffsets are accepted (there are none here).
#define cy_PyBUF_INDIRECT (0x0100 | cy_PyBUF_STRIDES)
// PyBUF_RECORDS: strides, format and writability.
#define cy_PyBUF_RECORDS (cy_PyBUF_STRIDES | cy_PyBUF_WRITABLE | cy_PyBUF_FORMAT)
// PyBUF_RECORDS_RO: strides and format, read-only.
#define cy_PyBUF_RECORDS_RO (cy_PyBUF_STRIDES | cy_PyBUF_FORMAT)
// PyBUF_FULL: everything, writable.
#define cy_PyBUF_FULL (cy_PyBUF_INDIRECT | cy_PyBUF_WRITABLE | cy_PyBUF_FORMAT)
// PyBUF_FULL_RO: everything, read-only.
#define cy_PyBUF_FULL_RO (cy_PyBUF_INDIRECT | cy_PyBUF_FORMAT)
// CPython's Py_buffer: what a cdef class's __getbuffer__ fills (Cython's code sets the fields
// by name), the fields in CPython's order. `obj` is the exporter (None or NULL when the exporter
// leaves it); `shape`, `strides` and `suboffsets` may be NULL (one dimension of `len / itemsize`
// items, C-contiguous strides, no indirection); `format` NULL means 'B'.
typedef struct {
    void *buf;
    mp_obj_t obj;
    mp_int_t len;
    mp_int_t itemsize;
    int readonly;
    int ndim;
    char *format;
    mp_int_t *shape;
    mp_int_t *strides;
    mp_int_t *suboffsets;
    void *internal;
    // Not CPython's: where the runtime keeps the shape and strides it fills in for an export
    // that has none (MicroPython's flat buffers, an exporter that leaves them NULL), for as long
    // as the buffer is held (Cython's old buffer syntax, cy_Pyx__GetBufferAndValidate), and the
    // format string of a flat buffer's typecode.
    mp_int_t own_shape[8];
    mp_int_t own_strides[8];
    char own_format[2];
} cy_Py_buffer;
// CPython's getbufferproc: a cdef class's __getbuffer__ wrapper (its Py_bf_getbuffer slot); 0,
// or -1 with a pending exception.
typedef int (*cy_getbufferproc)(mp_obj_t exporter, cy_Py_buffer *view, int flags);
// CPython's releasebufferproc: a cdef class's __releasebuffer__ wrapper (Py_bf_releasebuffer).
typedef void (*cy_releasebufferproc)(mp_obj_t exporter, cy_Py_buffer *view);
// The N-D buffer of `obj` for a CPython request (`flags`: PyBUF_*), from the types that export
// more than MicroPython's flat buffer (a cdef class with __getbuffer__, and a runtime type whose
// `protocol` slot is a cy_i_nd_exporter_t): 1 with `view` filled (release it with
// cy_buffer_release_nd once its shape and strides are copied), 0 when `obj`'s type is not such
// an exporter (use mp_get_buffer), -1 with the exporter's exception pending.
int cy_buffer_get_nd(mp_obj_t obj, cy_Py_buffer *view, int flags);
// Release a view cy_buffer_get_nd filled (the exporter's __releasebuffer__, if it has one).
void cy_buffer_release_nd(mp_obj_t obj, cy_Py_buffer *view);
// MicroPython's buffer slot of a cdef class with __getbuffer__ (the pseudo slot
// cy_Py_mp_buffer): calls __getbuffer__ with a CPython request (PyBUF_FULL_RO, PyBUF_FULL for a
// write), hands MicroPython the pointer, the length and the typecode of the format's item, and
// calls __releasebuffer__ at once (MicroPython has no release call). 1 (no buffer) when
// __getbuffer__ fails (its exception is dropped: MicroPython's slot cannot raise) or the export
// is not C-contiguous.
mp_int_t cy_ext_buffer(mp_obj_t self, mp_buffer_info_t *info, mp_uint_t flags);
// Fill `memviewslice` from the buffer of `original_obj`, checked against the view's item type
// `dtype`, its number of dimensions and, with PyBUF_WRITABLE in `buf_flags`, writability; 0, or
// -1 with CPython's exception: TypeError for an object without a buffer (and str), BufferError
// for a read-only buffer bound to a non-const view, ValueError for a wrong number of dimensions
// or item type (Cython's messages).
int cy_Pyx_ValidateAndInit_memviewslice(int *axes_specs, int c_or_f_flag, int buf_flags, int ndim,
    const cy_Pyx_TypeInfo *dtype, cy_Pyx_BufFmt_StackElem stack[],
    cy_Pyx_memviewslice *memviewslice, mp_obj_t original_obj);
// IndexError("Out of bounds on buffer access (axis N)").
void cy_Pyx_RaiseBufferIndexError(int axis);

// Cython's old buffer syntax (`object[double, ndim=2] a`, `cdef ndarray[int] b`): a function
// holds the object's buffer (a CPython Py_buffer) from binding to return, and indexes it through
// the dimensions it copied (`__Pyx_LocalBuf_ND`). The buffer comes from the exporter's
// __getbuffer__ (cy_buffer_get_nd) or from MicroPython's flat buffer protocol (one dimension,
// C-contiguous), with Cython's checks and messages (Cython/Utility/Buffer.c).
//
// Cython's __Pyx_Buf_DimInfo: one dimension's extent, stride and suboffset, as copied.
typedef struct {
    mp_int_t shape, strides, suboffsets;
} cy_Pyx_Buf_DimInfo;
// Cython's __Pyx_Buffer: the buffer a function holds.
typedef struct {
    size_t refcount;
    cy_Py_buffer pybuffer;
} cy_Pyx_Buffer;
// Cython's __Pyx_LocalBuf_ND: the held buffer, its data pointer and dimensions.
typedef struct {
    cy_Pyx_Buffer *rcbuffer;
    char *data;
    cy_Pyx_Buf_DimInfo diminfo[8];
} cy_Pyx_LocalBuf_ND;
// Cython's __Pyx__GetBufferAndValidate: get the buffer of `obj` (PyBUF_* `flags`) into `buf`
// and check its number of dimensions (`nd`), item type (`dtype`, unless `cast`) and item size;
// 0, or -1 with CPython's exception and `buf` released (TypeError for an object without a
// buffer, BufferError for a read-only one asked to be writable, ValueError for a mismatch).
int cy_Pyx__GetBufferAndValidate(cy_Py_buffer *buf, mp_obj_t obj, const cy_Pyx_TypeInfo *dtype,
    int flags, int nd, int cast, cy_Pyx_BufFmt_StackElem *stack);
// Cython's __Pyx_ZeroBuffer: the buffer of None (no data, extents and strides 0, suboffsets -1).
void cy_Pyx_ZeroBuffer(cy_Py_buffer *buf);
// Cython's __Pyx_GetBufferAndValidate: None (or NULL) binds to the empty buffer.
#define cy_Pyx_GetBufferAndValidate(buf, obj, dtype, flags, nd, cast, stack) \
    (((obj) == mp_const_none || (obj) == MP_OBJ_NULL) ? (cy_Pyx_ZeroBuffer(buf), 0) \
    : cy_Pyx__GetBufferAndValidate((buf), (obj), (dtype), (flags), (nd), (cast), (stack)))
// Cython's __Pyx_SafeReleaseBuffer: release a held buffer (the exporter's __releasebuffer__);
// nothing for one never got or already released.
void cy_Pyx_SafeReleaseBuffer(cy_Py_buffer *info);
// Cython's buffer lookups (`values[i, j]` on an old-style buffer): the address of an item, as
// `char *`. The parse stage has moved the lookup's pointer-type argument in front of the call as
// a cast (rules/prelude.toml, `cast_type_arg_macros`), so these take the data pointer and per
// dimension the index and the stride (and, for `mode='full'`, the suboffset). The contiguous
// lookups step one index by the item size, not its stride, as Cython's do; Cython's code passes
// the `buf` field of the held Py_buffer (`b.rcbuffer->pybuffer.buf`), whose `itemsize` the
// binding checked against the item type.
#define cy_i_buf_itemsize(buf) (((cy_Py_buffer *)&(buf))->itemsize)
// One dimension of a `mode='full'` lookup: step by the stride, then follow the pointer when the
// dimension has a suboffset (Cython's __Pyx_BufPtrFullNd_imp).
static inline char *cy_i_buf_full_step(char *ptr, mp_int_t i, mp_int_t s, mp_int_t o) {
    ptr += s * i;
    if (o >= 0) {
        ptr = *((char **)ptr) + o;
    }
    return ptr;
}
// Cython's __Pyx_BufPtrStrided1d (mode='strided', 1 dimension).
#define cy_Pyx_BufPtrStrided1d(buf, i0, s0) ((char *)(buf) + (i0) * (s0))
// Cython's __Pyx_BufPtrStrided2d (mode='strided', 2 dimensions).
#define cy_Pyx_BufPtrStrided2d(buf, i0, s0, i1, s1) ((char *)(buf) + (i0) * (s0) + (i1) * (s1))
// Cython's __Pyx_BufPtrStrided3d (mode='strided', 3 dimensions).
#define cy_Pyx_BufPtrStrided3d(buf, i0, s0, i1, s1, i2, s2) \
    ((char *)(buf) + (i0) * (s0) + (i1) * (s1) + (i2) * (s2))
// Cython's __Pyx_BufPtrStrided4d (mode='strided', 4 dimensions).
#define cy_Pyx_BufPtrStrided4d(buf, i0, s0, i1, s1, i2, s2, i3, s3) \
    ((char *)(buf) + (i0) * (s0) + (i1) * (s1) + (i2) * (s2) + (i3) * (s3))
// Cython's __Pyx_BufPtrStrided5d (mode='strided', 5 dimensions).
#define cy_Pyx_BufPtrStrided5d(buf, i0, s0, i1, s1, i2, s2, i3, s3, i4, s4) \
    ((char *)(buf) + (i0) * (s0) + (i1) * (s1) + (i2) * (s2) + (i3) * (s3) + (i4) * (s4))
// Cython's __Pyx_BufPtrStrided6d (mode='strided', 6 dimensions).
#define cy_Pyx_BufPtrStrided6d(buf, i0, s0, i1, s1, i2, s2, i3, s3, i4, s4, i5, s5) \
    ((char *)(buf) + (i0) * (s0) + (i1) * (s1) + (i2) * (s2) + (i3) * (s3) + (i4) * (s4) + (i5) * (s5))
// Cython's __Pyx_BufPtrStrided7d (mode='strided', 7 dimensions).
#define cy_Pyx_BufPtrStrided7d(buf, i0, s0, i1, s1, i2, s2, i3, s3, i4, s4, i5, s5, i6, s6) \
    ((char *)(buf) + (i0) * (s0) + (i1) * (s1) + (i2) * (s2) + (i3) * (s3) + (i4) * (s4) + (i5) * (s5) + (i6) * (s6))
// Cython's __Pyx_BufPtrStrided8d (mode='strided', 8 dimensions).
#define cy_Pyx_BufPtrStrided8d(buf, i0, s0, i1, s1, i2, s2, i3, s3, i4, s4, i5, s5, i6, s6, i7, s7) \
    ((char *)(buf) + (i0) * (s0) + (i1) * (s1) + (i2) * (s2) + (i3) * (s3) + (i4) * (s4) + (i5) * (s5) + (i6) * (s6) + (i7) * (s7))
// Cython's __Pyx_BufPtrCContig1d (mode='c', 1 dimension).
#define cy_Pyx_BufPtrCContig1d(buf, i0, s0) ((char *)(buf) + (i0) * cy_i_buf_itemsize(buf))
// Cython's __Pyx_BufPtrCContig2d (mode='c', 2 dimensions).
#define cy_Pyx_BufPtrCContig2d(buf, i0, s0, i1, s1) \
    ((char *)(buf) + (i0) * (s0) + (i1) * cy_i_buf_itemsize(buf))
// Cython's __Pyx_BufPtrCContig3d (mode='c', 3 dimensions).
#define cy_Pyx_BufPtrCContig3d(buf, i0, s0, i1, s1, i2, s2) \
    ((char *)(buf) + (i0) * (s0) + (i1) * (s1) + (i2) * cy_i_buf_itemsize(buf))
// Cython's __Pyx_BufPtrCContig4d (mode='c', 4 dimensions).
#define cy_Pyx_BufPtrCContig4d(buf, i0, s0, i1, s1, i2, s2, i3, s3) \
    ((char *)(buf) + (i0) * (s0) + (i1) * (s1) + (i2) * (s2) + (i3) * cy_i_buf_itemsize(buf))
// Cython's __Pyx_BufPtrCContig5d (mode='c', 5 dimensions).
#define cy_Pyx_BufPtrCContig5d(buf, i0, s0, i1, s1, i2, s2, i3, s3, i4, s4) \
    ((char *)(buf) + (i0) * (s0) + (i1) * (s1) + (i2) * (s2) + (i3) * (s3) + (i4) * cy_i_buf_itemsize(buf))
// Cython's __Pyx_BufPtrCContig6d (mode='c', 6 dimensions).
#define cy_Pyx_BufPtrCContig6d(buf, i0, s0, i1, s1, i2, s2, i3, s3, i4, s4, i5, s5) \
    ((char *)(buf) + (i0) * (s0) + (i1) * (s1) + (i2) * (s2) + (i3) * (s3) + (i4) * (s4) + (i5) * cy_i_buf_itemsize(buf))
// Cython's __Pyx_BufPtrCContig7d (mode='c', 7 dimensions).
#define cy_Pyx_BufPtrCContig7d(buf, i0, s0, i1, s1, i2, s2, i3, s3, i4, s4, i5, s5, i6, s6) \
    ((char *)(buf) + (i0) * (s0) + (i1) * (s1) + (i2) * (s2) + (i3) * (s3) + (i4) * (s4) + (i5) * (s5) + (i6) * cy_i_buf_itemsize(buf))
// Cython's __Pyx_BufPtrCContig8d (mode='c', 8 dimensions).
#define cy_Pyx_BufPtrCContig8d(buf, i0, s0, i1, s1, i2, s2, i3, s3, i4, s4, i5, s5, i6, s6, i7, s7) \
    ((char *)(buf) + (i0) * (s0) + (i1) * (s1) + (i2) * (s2) + (i3) * (s3) + (i4) * (s4) + (i5) * (s5) + (i6) * (s6) + (i7) * cy_i_buf_itemsize(buf))
// Cython's __Pyx_BufPtrFortranContig1d (mode='fortran', 1 dimension).
#define cy_Pyx_BufPtrFortranContig1d(buf, i0, s0) ((char *)(buf) + (i0) * cy_i_buf_itemsize(buf))
// Cython's __Pyx_BufPtrFortranContig2d (mode='fortran', 2 dimensions).
#define cy_Pyx_BufPtrFortranContig2d(buf, i0, s0, i1, s1) \
    ((char *)(buf) + (i1) * (s1) + (i0) * cy_i_buf_itemsize(buf))
// Cython's __Pyx_BufPtrFortranContig3d (mode='fortran', 3 dimensions).
#define cy_Pyx_BufPtrFortranContig3d(buf, i0, s0, i1, s1, i2, s2) \
    ((char *)(buf) + (i1) * (s1) + (i2) * (s2) + (i0) * cy_i_buf_itemsize(buf))
// Cython's __Pyx_BufPtrFortranContig4d (mode='fortran', 4 dimensions).
#define cy_Pyx_BufPtrFortranContig4d(buf, i0, s0, i1, s1, i2, s2, i3, s3) \
    ((char *)(buf) + (i1) * (s1) + (i2) * (s2) + (i3) * (s3) + (i0) * cy_i_buf_itemsize(buf))
// Cython's __Pyx_BufPtrFortranContig5d (mode='fortran', 5 dimensions).
#define cy_Pyx_BufPtrFortranContig5d(buf, i0, s0, i1, s1, i2, s2, i3, s3, i4, s4) \
    ((char *)(buf) + (i1) * (s1) + (i2) * (s2) + (i3) * (s3) + (i4) * (s4) + (i0) * cy_i_buf_itemsize(buf))
// Cython's __Pyx_BufPtrFortranContig6d (mode='fortran', 6 dimensions).
#define cy_Pyx_BufPtrFortranContig6d(buf, i0, s0, i1, s1, i2, s2, i3, s3, i4, s4, i5, s5) \
    ((char *)(buf) + (i1) * (s1) + (i2) * (s2) + (i3) * (s3) + (i4) * (s4) + (i5) * (s5) + (i0) * cy_i_buf_itemsize(buf))
// Cython's __Pyx_BufPtrFortranContig7d (mode='fortran', 7 dimensions).
#define cy_Pyx_BufPtrFortranContig7d(buf, i0, s0, i1, s1, i2, s2, i3, s3, i4, s4, i5, s5, i6, s6) \
    ((char *)(buf) + (i1) * (s1) + (i2) * (s2) + (i3) * (s3) + (i4) * (s4) + (i5) * (s5) + (i6) * (s6) + (i0) * cy_i_buf_itemsize(buf))
// Cython's __Pyx_BufPtrFortranContig8d (mode='fortran', 8 dimensions).
#define cy_Pyx_BufPtrFortranContig8d(buf, i0, s0, i1, s1, i2, s2, i3, s3, i4, s4, i5, s5, i6, s6, i7, s7) \
    ((char *)(buf) + (i1) * (s1) + (i2) * (s2) + (i3) * (s3) + (i4) * (s4) + (i5) * (s5) + (i6) * (s6) + (i7) * (s7) + (i0) * cy_i_buf_itemsize(buf))
// Cython's __Pyx_BufPtrFull1d (mode='full', the default, 1 dimension).
#define cy_Pyx_BufPtrFull1d(buf, i0, s0, o0) cy_i_buf_full_step((char *)(buf), (i0), (s0), (o0))
// Cython's __Pyx_BufPtrFull2d (mode='full', the default, 2 dimensions).
#define cy_Pyx_BufPtrFull2d(buf, i0, s0, o0, i1, s1, o1) \
    cy_i_buf_full_step(cy_i_buf_full_step((char *)(buf), (i0), (s0), (o0)), (i1), (s1), (o1))
// Cython's __Pyx_BufPtrFull3d (mode='full', the default, 3 dimensions).
#define cy_Pyx_BufPtrFull3d(buf, i0, s0, o0, i1, s1, o1, i2, s2, o2) \
    cy_i_buf_full_step(cy_i_buf_full_step(cy_i_buf_full_step((char *)(buf), (i0), (s0), (o0)), (i1), (s1), (o1)), (i2), (s2), (o2))
// Cython's __Pyx_BufPtrFull4d (mode='full', the default, 4 dimensions).
#define cy_Pyx_BufPtrFull4d(buf, i0, s0, o0, i1, s1, o1, i2, s2, o2, i3, s3, o3) \
    cy_i_buf_full_step(cy_i_buf_full_step(cy_i_buf_full_step(cy_i_buf_full_step((char *)(buf), (i0), (s0), (o0)), (i1), (s1), (o1)), (i2), (s2), (o2)), (i3), (s3), (o3))
// Cython's __Pyx_BufPtrFull5d (mode='full', the default, 5 dimensions).
#define cy_Pyx_BufPtrFull5d(buf, i0, s0, o0, i1, s1, o1, i2, s2, o2, i3, s3, o3, i4, s4, o4) \
    cy_i_buf_full_step(cy_i_buf_full_step(cy_i_buf_full_step(cy_i_buf_full_step(cy_i_buf_full_step((char *)(buf), (i0), (s0), (o0)), (i1), (s1), (o1)), (i2), (s2), (o2)), (i3), (s3), (o3)), (i4), (s4), (o4))
// Cython's __Pyx_BufPtrFull6d (mode='full', the default, 6 dimensions).
#define cy_Pyx_BufPtrFull6d(buf, i0, s0, o0, i1, s1, o1, i2, s2, o2, i3, s3, o3, i4, s4, o4, i5, s5, o5) \
    cy_i_buf_full_step(cy_i_buf_full_step(cy_i_buf_full_step(cy_i_buf_full_step(cy_i_buf_full_step(cy_i_buf_full_step((char *)(buf), (i0), (s0), (o0)), (i1), (s1), (o1)), (i2), (s2), (o2)), (i3), (s3), (o3)), (i4), (s4), (o4)), (i5), (s5), (o5))
// Cython's __Pyx_BufPtrFull7d (mode='full', the default, 7 dimensions).
#define cy_Pyx_BufPtrFull7d(buf, i0, s0, o0, i1, s1, o1, i2, s2, o2, i3, s3, o3, i4, s4, o4, i5, s5, o5, i6, s6, o6) \
    cy_i_buf_full_step(cy_i_buf_full_step(cy_i_buf_full_step(cy_i_buf_full_step(cy_i_buf_full_step(cy_i_buf_full_step(cy_i_buf_full_step((char *)(buf), (i0), (s0), (o0)), (i1), (s1), (o1)), (i2), (s2), (o2)), (i3), (s3), (o3)), (i4), (s4), (o4)), (i5), (s5), (o5)), (i6), (s6), (o6))
// Cython's __Pyx_BufPtrFull8d (mode='full', the default, 8 dimensions).
#define cy_Pyx_BufPtrFull8d(buf, i0, s0, o0, i1, s1, o1, i2, s2, o2, i3, s3, o3, i4, s4, o4, i5, s5, o5, i6, s6, o6, i7, s7, o7) \
    cy_i_buf_full_step(cy_i_buf_full_step(cy_i_buf_full_step(cy_i_buf_full_step(cy_i_buf_full_step(cy_i_buf_full_step(cy_i_buf_full_step(cy_i_buf_full_step((char *)(buf), (i0), (s0), (o0)), (i1), (s1), (o1)), (i2), (s2), (o2)), (i3), (s3), (o3)), (i4), (s4), (o4)), (i5), (s5), (o5)), (i6), (s6), (o6)), (i7), (s7), (o7))
// __Pyx_is_valid_index: 0 <= i < limit, as one unsigned comparison (indexing an axis of a view).
#define cy_Pyx_is_valid_index(i, limit) ((size_t)(i) < (size_t)(limit))
// The same, from a `nogil` block (there is no GIL to take).
#define cy_Pyx_RaiseBufferIndexErrorNogil(axis) cy_Pyx_RaiseBufferIndexError(axis)
// Acquiring and releasing a slice: nothing is counted; a cleared slice forgets its object.
#define cy_PYX_INC_MEMVIEW(slice, have_gil) ((void)(slice), (void)(have_gil))
// Cython's __PYX_XCLEAR_MEMVIEW: forget the slice's object and data (nothing to release).
#define cy_PYX_XCLEAR_MEMVIEW(slice, have_gil) \
    ((void)(have_gil), (slice)->memview = NULL, (slice)->data = NULL)

// A typed memoryview as a Python object and cython.view.array (runtime/c/cy2upy_memview.c), the
// runtime part MEMVIEW (rules/parts.toml): its functions and types are declared, and its
// source compiled, only in a firmware with a module that uses one of them.
//
// Cython's __pyx_memoryview_fromslice: the memoryview object (type `_memoryviewslice`) of a slice
// of `ndim` dimensions, whose items Python code reads and writes through the two per-type
// functions Cython writes (`__pyx_memview_get_double`, ...); None for a slice of None, NULL with
// the pending exception on failure. The object keeps the slice's memory alive.
#if CY2UPY_PART_MEMVIEW
mp_obj_t cy_pyx_memoryview_fromslice(cy_Pyx_memviewslice memviewslice, int ndim,
    mp_obj_t (*to_object_func)(char *), int (*to_dtype_func)(char *, mp_obj_t),
    int dtype_is_object);
#endif
// Cython's __pyx_memview_get_object: an item of a view of Python objects (`object[:]`), as the
// reader passed to cy_pyx_memoryview_fromslice.
static inline mp_obj_t cy_pyx_memview_get_object(const char *itemp) {
    return *(const mp_obj_t *)itemp;
}
// Cython's __pyx_memview_set_object: store an item of a view of Python objects; 1 (success).
static inline int cy_pyx_memview_set_object(const char *itemp, mp_obj_t obj) {
    *(mp_obj_t *)itemp = obj;
    return 1;
}
#if CY2UPY_PART_MEMVIEW
// Cython's __pyx_memoryview_copy_contents (`dst[...] = src`): copy the items of `src` into
// `dst`, broadcasting leading dimensions and extents of 1, through a temporary when the two
// overlap; 0, or -1 with ValueError "got differing extents in dimension ...".
int cy_pyx_memoryview_copy_contents(cy_Pyx_memviewslice src, cy_Pyx_memviewslice dst,
    int src_ndim, int dst_ndim, int dtype_is_object);
// Cython's __pyx_memoryview_copy_new_contig (`.copy()`, `.copy_fortran()`): a slice over a new
// cython.view.array ("c" or "fortran" order) holding a copy of `from_mvs`; memview NULL with the
// pending exception on failure.
cy_Pyx_memviewslice cy_pyx_memoryview_copy_new_contig(const cy_Pyx_memviewslice *from_mvs,
    const char *mode, int ndim, mp_int_t sizeof_dtype, int contig_flag, int dtype_is_object);
// Cython's __pyx_memslice_transpose (`.T`): reverse the slice's shape and strides, over the
// number of dimensions of the object it views.
int cy_pyx_memslice_transpose(cy_Pyx_memviewslice *memslice);
// Cython's __pyx_memviewslice_is_contig (`.is_c_contig()`, `.is_f_contig()`, through the
// per-dimension macros `__pyx_memviewslice_is_contig_C3`): is the slice contiguous in C ('C') or
// Fortran ('F') order over its `ndim` dimensions?
int cy_pyx_memviewslice_is_contig(const cy_Pyx_memviewslice mvs, char order, int ndim);
// The type of typed memoryviews as objects (Python name `_memoryviewslice`), which also stands for
// Cython's `cython.view.memoryview` class: `memoryview(obj, flags)` views the whole buffer.
extern const mp_obj_type_t cy_memview_type;
#endif
// The module state's `__pyx_memoryview_type`, as the memview stage writes it (src/memview.rs).
#define cy_pyx_memoryview_type (&cy_memview_type)
// Cython's cython.view.array, with its field names, which the module's own C reads and writes
// (`arr.data`, `arr.callback_free_data`). Its shape and strides live in `shape_and_strides`.
typedef struct cy_pyx_array_obj {
    mp_obj_base_t base;
    char *data;
    mp_int_t len;
    char *format;
    int ndim;
    mp_int_t *_shape;
    mp_int_t *_strides;
    mp_int_t itemsize;
    mp_obj_t mode;
    mp_obj_t _format;
    void (*callback_free_data)(void *data);
    int free_data;
    int dtype_is_object;
    mp_int_t shape_and_strides[16];
} cy_pyx_array_obj;
// The type of cython.view.array (Python name `array`).
#if CY2UPY_PART_MEMVIEW
extern const mp_obj_type_t cy_pyx_array_type_obj;
#endif
// The module state's `__pyx_array_type`, as the memview stage writes it (src/memview.rs).
#define cy_pyx_array_type (&cy_pyx_array_type_obj)
#if CY2UPY_PART_MEMVIEW
// Cython's __pyx_array_new: an array of `shape` (a tuple), over `buf` when not NULL (which it
// does not own: `<double[:n]> p`), else over new zeroed memory; NULL with the pending exception.
cy_pyx_array_obj *cy_pyx_array_new(mp_obj_t shape, mp_int_t itemsize, char *format,
    const char *c_mode, char *buf);
// Cython's __pyx_format_from_typeinfo: the struct-module format of an item type, as bytes (one
// character: scalar item types only).
mp_obj_t cy_pyx_format_from_typeinfo(const cy_Pyx_TypeInfo *type);
#endif

// ===========================================================================================
// Containers
// ===========================================================================================

// Lists. Items of a new list are None until set.
mp_obj_t cy_PyList_New(mp_int_t size);
// The built-in object an instance stands for: the object itself, or the sub-object of an
// instance of a class (an extension type or one defined in Python) deriving from the built-in
// type `native` (cy_native_base_obj_t). Runtime functions of a built-in type's C API read their
// argument through it, as CPython's work on the built-in part of a subclass instance.
mp_obj_t cy_native_of(mp_obj_t obj, const mp_obj_type_t *native);
// The list object of a list, or of an instance of a class deriving from list (its built-in
// sub-object, cy2upy_types.h).
static inline mp_obj_list_t *cy_list_obj(mp_obj_t list) {
    mp_obj_list_t *l = (mp_obj_list_t *)MP_OBJ_TO_PTR(list);
    if (MP_UNLIKELY(l->base.type != &mp_type_list)) {
        l = (mp_obj_list_t *)MP_OBJ_TO_PTR(cy_native_of(list, &mp_type_list));
    }
    return l;
}
// The item array of a list object (valid until the list is resized).
static inline mp_obj_t *cy_list_items(mp_obj_t list) {
    return cy_list_obj(list)->items;
}
// PyList_SET_ITEM: list[i] = v without checks (i in range, list a list).
#define cy_PyList_SET_ITEM(list, i, v) ((void)(cy_list_items(list)[i] = (v)))
// Cython's __Pyx_PyList_SET_ITEM: list[i] = v without checks; 0.
#define cy_Pyx_PyList_SET_ITEM(list, i, v) (cy_list_items(list)[i] = (v), 0)
// PyList_GET_ITEM: list[i] without checks.
#define cy_PyList_GET_ITEM(list, i) (cy_list_items(list)[i])
// PyList_GET_SIZE: len(list) without checks.
#define cy_PyList_GET_SIZE(list) ((mp_int_t)cy_list_obj(list)->len)
// Cython's __Pyx_PyList_GET_SIZE(list): the same as PyList_GET_SIZE here.
#define cy_Pyx_PyList_GET_SIZE(list) cy_PyList_GET_SIZE(list)
// Cython's __Pyx_PyList_GET_ITEM(list, i): the same as PyList_GET_ITEM here.
#define cy_Pyx_PyList_GET_ITEM(list, i) cy_PyList_GET_ITEM((list), (i))
// Cython's __Pyx_PyList_GET_ITEM_REF: list[i] without checks (no reference to take).
#define cy_Pyx_PyList_GET_ITEM_REF(list, i, unsafe_shared) cy_PyList_GET_ITEM((list), (i))
// Cython's __Pyx_PyList_GetItemRef: PyList_GetItem (no reference to take).
#define cy_Pyx_PyList_GetItemRef(list, i) cy_PyList_GetItem((list), (i))
// PyList_SetItem: list[i] = v (i not wrapped); 0, or -1 with a pending IndexError ("list
// assignment index out of range") or TypeError.
int cy_PyList_SetItem(mp_obj_t list, mp_int_t i, mp_obj_t v);
// PyList_GetItem: list[i] (i not wrapped); NULL with a pending IndexError ("list index out of
// range") or TypeError.
mp_obj_t cy_PyList_GetItem(mp_obj_t list, mp_int_t i);
// PyList_GetItemRef: PyList_GetItem (no reference to take).
#define cy_PyList_GetItemRef(list, i) cy_PyList_GetItem((list), (i))
// PyList_Size: len(list); -1 with a pending exception.
mp_int_t cy_PyList_Size(mp_obj_t list);
// PyList_Append: list.append(item); 0, or -1 with a pending exception.
int cy_PyList_Append(mp_obj_t list, mp_obj_t item);
// Cython's __Pyx_PyList_Append(list, item): the same as PyList_Append here.
#define cy_Pyx_PyList_Append(list, item) cy_PyList_Append((list), (item))
// Cython's __Pyx_ListComp_Append: list.append(item) in a list comprehension; 0, or -1.
#define cy_Pyx_ListComp_Append(list, item) cy_PyList_Append((list), (item))
// Cython's __Pyx_ListComp_AppendAndDecref: list.append(item) (nothing to release); 0, or -1.
#define cy_Pyx_ListComp_AppendAndDecref(list, item) cy_PyList_Append((list), (item))
// PyList_Insert: list.insert(index, item); 0, or -1 with a pending exception.
int cy_PyList_Insert(mp_obj_t list, mp_int_t index, mp_obj_t item);
// PyList_Sort: list.sort(); 0, or -1 with a pending exception.
int cy_PyList_Sort(mp_obj_t list);
// PyList_Reverse: list.reverse(); 0, or -1 with a pending exception.
int cy_PyList_Reverse(mp_obj_t list);
// PyList_AsTuple: tuple(list); NULL with a pending exception.
mp_obj_t cy_PyList_AsTuple(mp_obj_t list);
// PyList_GetSlice: list[low:high]; NULL with a pending exception.
mp_obj_t cy_PyList_GetSlice(mp_obj_t list, mp_int_t low, mp_int_t high);
// PyList_SetSlice: list[low:high] = items (items NULL deletes the slice); 0, or -1 with a pending
// exception.
int cy_PyList_SetSlice(mp_obj_t list, mp_int_t low, mp_int_t high, mp_obj_t items);
// PyList_Extend: list.extend(iterable); 0, or -1 with a pending exception.
int cy_PyList_Extend(mp_obj_t list, mp_obj_t iterable);
// Cython's __Pyx_PyList_Extend(list, iterable): the same as PyList_Extend here.
#define cy_Pyx_PyList_Extend(list, iterable) cy_PyList_Extend((list), (iterable))
// Cython's __Pyx_PyList_FromArray: a list of the n objects src[0..n); NULL with a pending
// exception.
mp_obj_t cy_Pyx_PyList_FromArray(mp_obj_t const *src, mp_int_t n);
// PySequence_List: list(iterable) (always a new list); NULL with a pending exception.
mp_obj_t cy_PySequence_List(mp_obj_t iterable);
// Cython's __Pyx_PySequence_ListKeepNew: list(obj), as PySequence_List.
#define cy_Pyx_PySequence_ListKeepNew(obj) cy_PySequence_List(obj)
// Cython's __Pyx_PySequence_List(obj): the same as PySequence_List here.
#define cy_Pyx_PySequence_List(obj) cy_PySequence_List(obj)
// list.pop() and list.pop(i), also for non-list objects with a pop method.
mp_obj_t cy_Pyx_PyObject_Pop(mp_obj_t obj);
// Cython's __Pyx_PyList_Pop: list.pop() (__Pyx_PyObject_Pop).
#define cy_Pyx_PyList_Pop(list) cy_Pyx_PyObject_Pop(list)
// obj.pop(i): with the index as an object (py_index, when not NULL) or as the C integer index;
// NULL with a pending exception.
mp_obj_t cy_pop_index(mp_obj_t obj, mp_obj_t py_index, mp_int_t index);
// Cython's __Pyx_PyObject_PopIndex: obj.pop(ix) (cy_pop_index).
#define cy_Pyx_PyObject_PopIndex(obj, py_ix, ix, is_signed, type, to_py_func) \
    cy_pop_index((obj), (py_ix), (mp_int_t)(ix))
// Cython's __Pyx_PyObject_PopNewIndex: obj.pop(py_ix) with an object index (cy_pop_index).
#define cy_Pyx_PyObject_PopNewIndex(obj, py_ix, is_signed, type, to_py_func) \
    cy_pop_index((obj), (py_ix), 0)
// Cython's __Pyx_PyList_PopIndex: list.pop(ix) (cy_pop_index).
#define cy_Pyx_PyList_PopIndex(obj, py_ix, ix, is_signed, type, to_py_func) \
    cy_pop_index((obj), (py_ix), (mp_int_t)(ix))

// Tuples. Items of a new tuple are None until set (Cython fills them before sharing it).
mp_obj_t cy_PyTuple_New(mp_int_t size);
// Py_BuildValue for the formats Cython writes (the shape of `<double[:n, :m]> p`): integer
// units `n`, `i`, `l`, in parentheses for a tuple; NULL with the pending exception.
mp_obj_t cy_Py_BuildValue(const char *format, ...);
// The item array of a tuple object.
static inline mp_obj_t *cy_tuple_items(mp_obj_t tuple) {
    return ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(tuple))->items;
}
// PyTuple_SET_ITEM: t[i] = v without checks, while Cython fills a new tuple.
#define cy_PyTuple_SET_ITEM(t, i, v) ((void)(cy_tuple_items(t)[i] = (v)))
// Cython's __Pyx_PyTuple_SET_ITEM: t[i] = v without checks; 0.
#define cy_Pyx_PyTuple_SET_ITEM(t, i, v) (cy_tuple_items(t)[i] = (v), 0)
// PyTuple_GET_ITEM: t[i] without checks.
#define cy_PyTuple_GET_ITEM(t, i) (cy_tuple_items(t)[i])
// Cython's __Pyx_PyTuple_GET_ITEM(t, i): the same as PyTuple_GET_ITEM here.
#define cy_Pyx_PyTuple_GET_ITEM(t, i) cy_PyTuple_GET_ITEM((t), (i))
// PyTuple_GET_SIZE: len(t) without checks.
#define cy_PyTuple_GET_SIZE(t) ((mp_int_t)((mp_obj_tuple_t *)MP_OBJ_TO_PTR(t))->len)
// Cython's __Pyx_PyTuple_GET_SIZE(t): the same as PyTuple_GET_SIZE here.
#define cy_Pyx_PyTuple_GET_SIZE(t) cy_PyTuple_GET_SIZE(t)
// PyTuple_SetItem: t[i] = v while filling a new tuple (i not wrapped); 0, or -1 with a pending
// IndexError or TypeError.
int cy_PyTuple_SetItem(mp_obj_t t, mp_int_t i, mp_obj_t v);
// PyTuple_GetItem: t[i] (i not wrapped); NULL with a pending IndexError ("tuple index out of
// range") or TypeError.
mp_obj_t cy_PyTuple_GetItem(mp_obj_t t, mp_int_t i);
// PyTuple_Size: len(t); -1 with a pending exception.
mp_int_t cy_PyTuple_Size(mp_obj_t t);
// PyTuple_GetSlice: t[low:high]; NULL with a pending exception.
mp_obj_t cy_PyTuple_GetSlice(mp_obj_t t, mp_int_t low, mp_int_t high);
// Cython's __Pyx_PyTuple_FromArray: a tuple of the n objects src[0..n); NULL with a pending
// exception.
mp_obj_t cy_Pyx_PyTuple_FromArray(mp_obj_t const *src, mp_int_t n);
// PyTuple_FromArray: a tuple of src[0..n), as __Pyx_PyTuple_FromArray.
#define cy_PyTuple_FromArray(src, n) cy_Pyx_PyTuple_FromArray((src), (n))
// PyTuple_Pack: a tuple of the n objects that follow; NULL with a pending exception.
mp_obj_t cy_PyTuple_Pack(mp_int_t n, ...);
// PySequence_Tuple: tuple(iterable); NULL with a pending exception.
mp_obj_t cy_PySequence_Tuple(mp_obj_t iterable);
// Cython's __Pyx_PySequence_Tuple(obj): the same as PySequence_Tuple here.
#define cy_Pyx_PySequence_Tuple(obj) cy_PySequence_Tuple(obj)

// Dicts.
mp_obj_t cy_PyDict_New(void);
// Cython's __Pyx_PyDict_NewPresized: a new dict with room for n items.
#define cy_Pyx_PyDict_NewPresized(n) cy_dict_new_presized((mp_int_t)(n))
// A new dict with room for n items; NULL with a pending exception.
mp_obj_t cy_dict_new_presized(mp_int_t n);
// PyDict_SetItem: dict[key] = value; 0, or -1 with a pending exception.
int cy_PyDict_SetItem(mp_obj_t dict, mp_obj_t key, mp_obj_t value);
// PyDict_SetItemString: dict[key] = value with a C string key; 0, or -1 with a pending exception.
int cy_PyDict_SetItemString(mp_obj_t dict, const char *key, mp_obj_t value);
// Borrowed lookup: MP_OBJ_NULL when missing, without a pending exception.
mp_obj_t cy_PyDict_GetItem(mp_obj_t dict, mp_obj_t key);
// PyDict_GetItemWithError: dict[key] borrowed, or NULL: without a pending exception when the key
// is missing, with one when the lookup failed.
mp_obj_t cy_PyDict_GetItemWithError(mp_obj_t dict, mp_obj_t key);
// PyDict_GetItemString: dict[key] for a C string key, or NULL without a pending exception when
// missing.
mp_obj_t cy_PyDict_GetItemString(mp_obj_t dict, const char *key);
// 1 found (*result set), 0 missing (*result = NULL), -1 error.
int cy_PyDict_GetItemRef(mp_obj_t dict, mp_obj_t key, mp_obj_t *result);
#define cy_Pyx_PyDict_GetItemRef(dict, key, result) cy_PyDict_GetItemRef((dict), (key), (result))
// d[key] with KeyError.
mp_obj_t cy_Pyx_PyDict_GetItem(mp_obj_t dict, mp_obj_t key);
// Cython's __Pyx_PyDict_GetItemDefault: dict.get(key, default_value); NULL with a pending
// exception.
mp_obj_t cy_Pyx_PyDict_GetItemDefault(mp_obj_t dict, mp_obj_t key, mp_obj_t default_value);
// Cython's __Pyx_PyDict_GetItemStr: dict[key] borrowed, NULL without a pending exception when
// missing (PyDict_GetItem).
#define cy_Pyx_PyDict_GetItemStr(dict, key) cy_PyDict_GetItem((dict), (key))
// Cython's __Pyx_PyDict_GetItemStrWithError: PyDict_GetItemWithError.
#define cy_Pyx_PyDict_GetItemStrWithError(dict, key) cy_PyDict_GetItemWithError((dict), (key))
// d.setdefault(key, default) (Cython 3.3's helper takes three arguments).
mp_obj_t cy_Pyx_PyDict_SetDefault(mp_obj_t dict, mp_obj_t key, mp_obj_t default_value);
// PyDict_DelItem: del dict[key]; 0, or -1 with a pending KeyError (or other exception).
int cy_PyDict_DelItem(mp_obj_t dict, mp_obj_t key);
// PyDict_Contains: key in dict: 1, 0, or -1 with a pending exception.
int cy_PyDict_Contains(mp_obj_t dict, mp_obj_t key);
// PyDict_Size: len(dict); -1 with a pending exception.
mp_int_t cy_PyDict_Size(mp_obj_t dict);
// PyDict_Copy: dict.copy(); NULL with a pending exception.
mp_obj_t cy_PyDict_Copy(mp_obj_t dict);
// PyDict_Update: dict.update(other); 0, or -1 with a pending exception.
int cy_PyDict_Update(mp_obj_t dict, mp_obj_t other);
// PyDict_Merge: dict.update(other); `override` is not looked at (always overrides).
#define cy_PyDict_Merge(dict, other, override) cy_PyDict_Update((dict), (other))
// PyDict_Clear: dict.clear().
void cy_PyDict_Clear(mp_obj_t dict);
// Cython's __Pyx_PyDict_Clear: dict.clear(); 0.
#define cy_Pyx_PyDict_Clear(dict) (cy_PyDict_Clear(dict), 0)
// PyDict_Keys: list(dict.keys()); NULL with a pending exception.
mp_obj_t cy_PyDict_Keys(mp_obj_t dict);
// list(o.keys()) of any mapping.
#define cy_PyMapping_Keys(o) cy_PyDict_Keys(o)
// PyDict_Values: list(dict.values()); NULL with a pending exception.
mp_obj_t cy_PyDict_Values(mp_obj_t dict);
// PyDict_Items: list(dict.items()); NULL with a pending exception.
mp_obj_t cy_PyDict_Items(mp_obj_t dict);
// type.name(self) for a built-in type (Cython's CALL_UNBOUND_METHOD): the built-in's own method
// on self's built-in part, whatever a Python subclass overrides (a `keys()` that calls
// `dict.keys(self)`); TypeError when self is not an instance of type. NULL with the error pending.
mp_obj_t cy_call_unbound_method0(const mp_obj_type_t *type, qstr name, mp_obj_t self);
#define cy_Pyx_PyDict_Keys(dict) cy_call_unbound_method0(&mp_type_dict, MP_QSTR_keys, (dict))
#define cy_Pyx_PyDict_Values(dict) cy_call_unbound_method0(&mp_type_dict, MP_QSTR_values, (dict))
#define cy_Pyx_PyDict_Items(dict) cy_call_unbound_method0(&mp_type_dict, MP_QSTR_items, (dict))
// frozendict is dict here (cy_Pyx_PyFrozenDict_TypePtr).
#define cy_Pyx_PyFrozenDict_Keys(dict) cy_Pyx_PyDict_Keys(dict)
#define cy_Pyx_PyFrozenDict_Values(dict) cy_Pyx_PyDict_Values(dict)
#define cy_Pyx_PyFrozenDict_Items(dict) cy_Pyx_PyDict_Items(dict)
// Iterate a dict's table: pos is the slot index (start at 0). 1 with *key/*value, 0 at the end.
int cy_PyDict_Next(mp_obj_t dict, mp_int_t *pos, mp_obj_t *key, mp_obj_t *value);
// Cython's __Pyx_PyDict_Pop: dict.pop(key[, default_value]) (no default when NULL: KeyError); NULL
// with a pending exception.
mp_obj_t cy_Pyx_PyDict_Pop(mp_obj_t dict, mp_obj_t key, mp_obj_t default_value);
// Cython's __Pyx_PyDict_Pop_ignore: dict.pop(key, default_value) with the result dropped; 0, or
// -1.
#define cy_Pyx_PyDict_Pop_ignore(dict, key, default_value) \
    (cy_Pyx_PyDict_Pop((dict), (key), (default_value)) ? 0 : -1)
// Cython's `for k, v in d.items()` protocol (see __Pyx_dict_iterator / __Pyx_dict_iter_next).
mp_obj_t cy_Pyx_dict_iterator(mp_obj_t iterable, int is_dict, mp_obj_t method_name,
    mp_int_t *p_orig_length, int *p_source_is_dict);
// Cython's __Pyx_dict_iter_next: the next key/value/item of a __Pyx_dict_iterator loop into the
// non-NULL of pkey, pvalue, pitem; 1, 0 at the end, -1 with a pending exception (RuntimeError when
// the dict changed size).
int cy_Pyx_dict_iter_next(mp_obj_t dict_or_iter, mp_int_t orig_length, mp_int_t *ppos,
    mp_obj_t *pkey, mp_obj_t *pvalue, mp_obj_t *pitem, int source_is_dict);
// Cython's __Pyx_PyDict_ContainsTF: item in dict (eq Py_EQ) or not in (Py_NE): 1, 0, or -1.
int cy_Pyx_PyDict_ContainsTF(mp_obj_t item, mp_obj_t dict, int eq);

// Sets.
mp_obj_t cy_PySet_New(mp_obj_t iterable);
// PyFrozenSet_New: frozenset(iterable), an empty one for NULL (a set on ports without
// frozenset); NULL with a pending exception.
mp_obj_t cy_PyFrozenSet_New(mp_obj_t iterable);
// PySet_Add: set.add(key); 0, or -1 with a pending exception.
int cy_PySet_Add(mp_obj_t set, mp_obj_t key);
// PySet_Discard: set.discard(key); 1 when key was there, 0 when not, -1 with a pending exception.
int cy_PySet_Discard(mp_obj_t set, mp_obj_t key);
// set.clear(): 0, or -1 with the error pending.
int cy_PySet_Clear(mp_obj_t set);
// Cython's __Pyx_PySet_GET_SIZE: len(set).
#define cy_Pyx_PySet_GET_SIZE(set) cy_PySet_Size(set)
// Cython's __Pyx_PyDict_GET_SIZE: len(dict).
#define cy_Pyx_PyDict_GET_SIZE(dict) cy_PyDict_Size(dict)
// PySet_Contains: key in set: 1, 0, or -1 with a pending exception.
int cy_PySet_Contains(mp_obj_t set, mp_obj_t key);
// PySet_Size: len(set); -1 with a pending exception.
mp_int_t cy_PySet_Size(mp_obj_t set);
// Cython's __Pyx_PySet_Add(set, key): the same as PySet_Add here.
#define cy_Pyx_PySet_Add(set, key) cy_PySet_Add((set), (key))
// Cython's __Pyx_PySet_Discard(set, key): the same as PySet_Discard here.
#define cy_Pyx_PySet_Discard(set, key) cy_PySet_Discard((set), (key))
// Cython's __Pyx_PySet_Remove: set.remove(key); 0, or -1 with a pending KeyError (or other
// exception).
int cy_Pyx_PySet_Remove(mp_obj_t set, mp_obj_t key);
// `key in set` (eq == cy_Py_EQ) or `not in`: as CPython's set, a key that is itself a set is
// looked up as a frozenset of its items. 1/0, or -1 with an error pending.
int cy_Pyx_PySet_ContainsTF(mp_obj_t key, mp_obj_t set, int eq);
// frozenset(it), or `it` itself when it is exactly a frozenset (Cython's pyfrozenset_new).
mp_obj_t cy_Pyx_PyFrozenSet_New(mp_obj_t it);
// frozenset of `length` values (Cython's pyfrozenset_fromarray).
mp_obj_t cy_Pyx_PyFrozenSet_FromArray(mp_obj_t const *values, mp_int_t length);
// set.pop(): an arbitrary item, removed; KeyError when the set is empty.
mp_obj_t cy_PySet_Pop(mp_obj_t set);
// Cython's `for x in s` over a set (Optimize.c set_iter). For an exact set or frozenset (or
// `is_set`) the set itself comes back and cy_Pyx_set_iter_next walks its table from *ppos,
// raising RuntimeError when the size changed since the start; anything else is iterated with
// iter()/next(). cy_Pyx_set_iter_next: 1 with *value, 0 at the end, -1 with an error pending.
mp_obj_t cy_Pyx_set_iterator(mp_obj_t iterable, int is_set, mp_int_t *p_orig_length,
    int *p_source_is_set);
int cy_Pyx_set_iter_next(mp_obj_t iter_obj, mp_int_t orig_length, mp_int_t *ppos,
    mp_obj_t *value, int source_is_set);

// Generic object / sequence protocol.
mp_obj_t cy_PyObject_GetItem(mp_obj_t obj, mp_obj_t key);
// Cython's __Pyx_PyObject_GetItem(obj, key): the same as PyObject_GetItem here.
#define cy_Pyx_PyObject_GetItem(obj, key) cy_PyObject_GetItem((obj), (key))
// Cython's __Pyx_PyObject_Dict_GetItem: obj[key] (KeyError when missing).
#define cy_Pyx_PyObject_Dict_GetItem(obj, key) cy_PyObject_GetItem((obj), (key))
// PyObject_SetItem: obj[key] = value; 0, or -1 with a pending exception.
int cy_PyObject_SetItem(mp_obj_t obj, mp_obj_t key, mp_obj_t value);
// PyObject_DelItem: del obj[key]; 0, or -1 with a pending exception.
int cy_PyObject_DelItem(mp_obj_t obj, mp_obj_t key);
// obj[i] for a C integer i (negative indices wrap as in Python).
mp_obj_t cy_getitem_int(mp_obj_t obj, mp_int_t i);
// obj[i] = value for a C integer i (negative indices wrap); 0, or -1 with a pending exception.
int cy_setitem_int(mp_obj_t obj, mp_int_t i, mp_obj_t value);
// del obj[i] for a C integer i (negative indices wrap); 0, or -1 with a pending exception.
int cy_delitem_int(mp_obj_t obj, mp_int_t i);
// The same with the index as an int object (NULL: the conversion failed, its error pending).
mp_obj_t cy_getitem_obj_int(mp_obj_t obj, mp_obj_t index);
int cy_setitem_obj_int(mp_obj_t obj, mp_obj_t index, mp_obj_t value);
int cy_delitem_obj_int(mp_obj_t obj, mp_obj_t index);
// Does the C integer i (of a type signed or not) fit mp_int_t? Cython's __Pyx_fits_Py_ssize_t,
// without the type, which the parser sees as one word (`unsigned_long`).
#define CY_MP_INT_MAX ((mp_int_t)(~(mp_uint_t)0 >> 1))
#define cy_fits_mp_int(i, is_signed) ((is_signed) \
    ? ((long long)(i) >= -(long long)CY_MP_INT_MAX - 1 && (long long)(i) <= (long long)CY_MP_INT_MAX) \
    : ((unsigned long long)(i) <= (unsigned long long)CY_MP_INT_MAX))
// o[i] for a C integer; an index that does not fit mp_int_t goes as an int object, as in Cython.
#define cy_Pyx_GetItemInt(o, i, type, is_signed, to_py_func, wraparound, boundscheck, has_gil, unsafe_shared) \
    (cy_fits_mp_int((i), (is_signed)) ? cy_getitem_int((o), (mp_int_t)(i)) \
        : cy_getitem_obj_int((o), to_py_func(i)))
// Cython's __Pyx_GetItemInt_List: list[i] for a C integer i (cy_getitem_int).
#define cy_Pyx_GetItemInt_List(o, i, type, is_signed, to_py_func, wraparound, boundscheck, has_gil, unsafe_shared) \
    cy_getitem_int((o), (mp_int_t)(i))
// Cython's __Pyx_GetItemInt_Tuple: tuple[i] for a C integer i (cy_getitem_int).
#define cy_Pyx_GetItemInt_Tuple(o, i, type, is_signed, to_py_func, wraparound, boundscheck, has_gil, unsafe_shared) \
    cy_getitem_int((o), (mp_int_t)(i))
// Cython's __Pyx_GetItemInt_Fast: obj[i] for a C integer i (cy_getitem_int).
#define cy_Pyx_GetItemInt_Fast(o, i, is_list, wraparound, boundscheck, unsafe_shared) \
    cy_getitem_int((o), (mp_int_t)(i))
// Cython's __Pyx_SetItemInt: obj[i] = v for a C integer i (cy_setitem_int).
#define cy_Pyx_SetItemInt(o, i, v, type, is_signed, to_py_func, wraparound, boundscheck, has_gil, unsafe_shared) \
    (cy_fits_mp_int((i), (is_signed)) ? cy_setitem_int((o), (mp_int_t)(i), (v)) \
        : cy_setitem_obj_int((o), to_py_func(i), (v)))
// Cython's __Pyx_SetItemInt_Fast: obj[i] = v for a C integer i (cy_setitem_int).
#define cy_Pyx_SetItemInt_Fast(o, i, v, is_list, wraparound, boundscheck, unsafe_shared) \
    cy_setitem_int((o), (mp_int_t)(i), (v))
// Cython 3.3's parameters (Utility/ObjectHandling.c), nine as for GetItemInt.
#define cy_Pyx_DelItemInt(o, i, type, is_signed, to_py_func, wraparound, boundscheck, has_gil, unsafe_shared) \
    (cy_fits_mp_int((i), (is_signed)) ? cy_delitem_int((o), (mp_int_t)(i)) \
        : cy_delitem_obj_int((o), to_py_func(i)))
// PySequence_GetItem: o[i] (negative i wraps); NULL with a pending exception.
#define cy_PySequence_GetItem(o, i) cy_getitem_int((o), (i))
// PySequence_ITEM: o[i], as PySequence_GetItem.
#define cy_PySequence_ITEM(o, i) cy_getitem_int((o), (i))
// Cython's __Pyx_PySequence_ITEM: o[i], as PySequence_GetItem.
#define cy_Pyx_PySequence_ITEM(o, i) cy_getitem_int((o), (i))
// PySequence_SetItem: o[i] = v; 0, or -1 with a pending exception.
#define cy_PySequence_SetItem(o, i, v) cy_setitem_int((o), (i), (v))
// PySequence_DelItem: del o[i]; 0, or -1 with a pending exception.
#define cy_PySequence_DelItem(o, i) cy_delitem_int((o), (i))
// obj[start:stop] with C or object bounds, as Cython's __Pyx_PyObject_GetSlice/SetSlice.
mp_obj_t cy_Pyx_PyObject_GetSlice(mp_obj_t obj, mp_int_t cstart, mp_int_t cstop,
    mp_obj_t *py_start, mp_obj_t *py_stop, mp_obj_t *py_slice, int has_cstart, int has_cstop,
    int wraparound);
// Cython's __Pyx_PyObject_SetSlice: obj[start:stop] = value (value NULL deletes), bounds as for
// __Pyx_PyObject_GetSlice; 0, or -1.
int cy_Pyx_PyObject_SetSlice(mp_obj_t obj, mp_obj_t value, mp_int_t cstart, mp_int_t cstop,
    mp_obj_t *py_start, mp_obj_t *py_stop, mp_obj_t *py_slice, int has_cstart, int has_cstop,
    int wraparound);
// Cython's __Pyx_PyObject_DelSlice: del obj[start:stop] (__Pyx_PyObject_SetSlice with NULL).
#define cy_Pyx_PyObject_DelSlice(obj, cstart, cstop, py_start, py_stop, py_slice, has_cstart, has_cstop, wraparound) \
    cy_Pyx_PyObject_SetSlice((obj), MP_OBJ_NULL, (cstart), (cstop), (py_start), (py_stop), (py_slice), (has_cstart), (has_cstop), (wraparound))
// PySequence_GetSlice: obj[low:high]; NULL with a pending exception.
mp_obj_t cy_PySequence_GetSlice(mp_obj_t obj, mp_int_t low, mp_int_t high);
// Cython's slicing of typed lists and tuples with C bounds: Python's slice semantics.
#define cy_Pyx_PyList_GetSlice(o, start, stop) cy_PySequence_GetSlice((o), (start), (stop))
// Cython's __Pyx_PyTuple_GetSlice(o, start, stop): the same as PySequence_GetSlice here.
#define cy_Pyx_PyTuple_GetSlice(o, start, stop) cy_PySequence_GetSlice((o), (start), (stop))
// PySlice_New: slice(start, stop, step), NULL arguments meaning None; NULL with a pending
// exception.
mp_obj_t cy_PySlice_New(mp_obj_t start, mp_obj_t stop, mp_obj_t step);
// slice.start / .stop / .step (Cython's PySliceAccessors).
#define cy_Pyx_PySlice_Start(o) cy_PyObject_GetAttr((o), MP_OBJ_NEW_QSTR(MP_QSTR_start))
#define cy_Pyx_PySlice_Stop(o) cy_PyObject_GetAttr((o), MP_OBJ_NEW_QSTR(MP_QSTR_stop))
#define cy_Pyx_PySlice_Step(o) cy_PyObject_GetAttr((o), MP_OBJ_NEW_QSTR(MP_QSTR_step))
// CPython's PySequence_Check: 1 when the object supports item access by index (it has
// __getitem__) and is not a dict, else 0. Never fails.
int cy_PySequence_Check(mp_obj_t obj);
// len(obj); -1 with a pending exception.
mp_int_t cy_PyObject_Length(mp_obj_t obj);
// PyObject_Size: len(obj); -1 with a pending exception.
#define cy_PyObject_Size(obj) cy_PyObject_Length(obj)
// PySequence_Size: len(obj); -1 with a pending exception.
#define cy_PySequence_Size(obj) cy_PyObject_Length(obj)
// PySequence_Length: len(obj); -1 with a pending exception.
#define cy_PySequence_Length(obj) cy_PyObject_Length(obj)
// PyMapping_Size: len(obj); -1 with a pending exception.
#define cy_PyMapping_Size(obj) cy_PyObject_Length(obj)
// Cython's __Pyx_PySequence_SIZE: len(obj); -1 with a pending exception.
#define cy_Pyx_PySequence_SIZE(obj) cy_PyObject_Length(obj)
// Cython's __Pyx_PyObject_Length(obj): the same as PyObject_Length here.
#define cy_Pyx_PyObject_Length(obj) cy_PyObject_Length(obj)
// item in seq: 1, 0, or -1.
int cy_PySequence_Contains(mp_obj_t seq, mp_obj_t item);
// Cython's `in` / `not in` (eq is Py_EQ or Py_NE): 1, 0, or -1.
int cy_Pyx_PySequence_ContainsTF(mp_obj_t item, mp_obj_t seq, int eq);
// PyMapping_HasKey: 1 when obj[key] succeeds, else 0; any error is cleared, as CPython does.
int cy_PyMapping_HasKey(mp_obj_t obj, mp_obj_t key);
// PySequence_Concat: a + b; NULL with a pending exception.
mp_obj_t cy_PySequence_Concat(mp_obj_t a, mp_obj_t b);
// PySequence_Repeat: a * n; NULL with a pending exception.
mp_obj_t cy_PySequence_Repeat(mp_obj_t a, mp_int_t n);
// PySequence_InPlaceConcat: a += b; NULL with a pending exception.
mp_obj_t cy_PySequence_InPlaceConcat(mp_obj_t a, mp_obj_t b);
// seq * n for a C integer n.
#define cy_Pyx_PySequence_Multiply(seq, n) cy_PySequence_Repeat((seq), (n))
// obj.append(x): list.append for lists, else the object's own append method. 0, or -1.
int cy_Pyx_PyObject_Append(mp_obj_t obj, mp_obj_t x);

// Iteration. cy_PyIter_Next returns MP_OBJ_NULL at the end *without* a pending exception.
mp_obj_t cy_PyObject_GetIter(mp_obj_t obj);
// PyIter_Next: next(iter), MP_OBJ_NULL at the end without a pending exception, MP_OBJ_NULL with
// one on error.
mp_obj_t cy_PyIter_Next(mp_obj_t iter);
// Cython's `for x in obj:` over an untyped object (src/forin.rs), its prologue: obj itself for
// an exact list or tuple (*pos = 0: read by index), else iter(obj) (*pos = -1); NULL with a
// pending exception.
mp_obj_t cy_Pyx_ForIter_Start(mp_obj_t obj, mp_int_t *pos);
// The loop's next item: seq[*pos] for a list or tuple (its length read at every step, as
// Cython's loop and MicroPython's list iterator do), else next(seq). NULL at the end without a
// pending exception (a StopIteration is cleared), NULL with one on any other error.
mp_obj_t cy_Pyx_ForIter_Next(mp_obj_t seq, mp_int_t *pos);
// Cython's __Pyx_PyIter_Next_Plain: PyIter_Next (NULL at the end without an exception).
#define cy_Pyx_PyIter_Next_Plain(iter) cy_PyIter_Next(iter)
// Cython's __Pyx_PyIter_NextDefault: next(iter, default_value) (cy_iter_next_default).
#define cy_Pyx_PyIter_NextDefault(iter, default_value) cy_iter_next_default((iter), (default_value))
// next(iter, default_value): the default at the end, or StopIteration pending when default_value
// is NULL; NULL with a pending exception.
mp_obj_t cy_iter_next_default(mp_obj_t iter, mp_obj_t default_value);
// next(it, default) (default NULL: next(it), StopIteration at the end), Cython's __Pyx_PyIter_Next2.
#define cy_Pyx_PyIter_Next2(iter, default_value) cy_iter_next_default((iter), (default_value))
// next(it): Cython's __Pyx_PyIter_Next is __Pyx_PyIter_Next2(it, NULL), StopIteration at the end
// (unlike __Pyx_PyIter_Next_Plain, the bare tp_iternext of for loops).
#define cy_Pyx_PyIter_Next(iter) cy_iter_next_default((iter), MP_OBJ_NULL)
// iternextfunc: the next() function of an iterator type.
typedef mp_obj_t (*cy_iternextfunc)(mp_obj_t);
// Cython's iternextfunc type: cy_iternextfunc.
#define cy_iternextfunc_t cy_iternextfunc
// Cython's __Pyx_PyObject_GetIterNextFunc: the next() function for iter (always PyIter_Next here).
#define cy_Pyx_PyObject_GetIterNextFunc(iter) (&cy_PyIter_Next)
// After an iternext returned NULL: 0 when the iterator is exhausted (clears a pending
// StopIteration), -1 when another exception is pending.
int cy_Pyx_IterFinish(void);
// iter(callable, sentinel): an iterator calling `callable` until it returns a value equal to
// `sentinel` (or raises StopIteration). NULL with a pending exception on failure.
mp_obj_t cy_PyCallIter_New(mp_obj_t callable, mp_obj_t sentinel);
// After unpacking `expected` values: 0 when retval is NULL and the iterator finished cleanly;
// -1 with ValueError "too many values to unpack" when retval is a further value.
int cy_Pyx_IternextUnpackEndCheck(mp_obj_t retval, mp_int_t expected);
// Unpack exactly n items of any iterable into out[0..n): 0, or -1 with Cython's messages.
int cy_unpack_sequence(mp_obj_t seq, mp_int_t n, mp_obj_t *out);

#ifdef __cplusplus
}
#endif

// -------------------------------------------------------------------------------------------
// Cython's type-specialised families: binary operators, comparisons, operations with a C
// constant, C integer conversions and powers, typed exception variables. Each macro is the rule
// for its name. Generated by runtime/tools/gen_header.py; do not edit by hand.
// -------------------------------------------------------------------------------------------
// BEGIN GENERATED
// __Pyx_PyNumber_Add_object_object: `a + b` for operands Cython typed object and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_Add_object_object(a, b) cy_binop(MP_BINARY_OP_ADD, (a), (b))
// __Pyx_PyNumber_Add_object_int: `a + b` for operands Cython typed object and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_Add_object_int(a, b) cy_binop(MP_BINARY_OP_ADD, (a), (b))
// __Pyx_PyNumber_Add_object_float: `a + b` for operands Cython typed object and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_Add_object_float(a, b) cy_binop(MP_BINARY_OP_ADD, (a), (b))
// __Pyx_PyNumber_Add_int_object: `a + b` for operands Cython typed int and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_Add_int_object(a, b) cy_binop(MP_BINARY_OP_ADD, (a), (b))
// __Pyx_PyNumber_Add_int_int: `a + b` for operands Cython typed int and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_Add_int_int(a, b) cy_binop(MP_BINARY_OP_ADD, (a), (b))
// __Pyx_PyNumber_Add_int_float: `a + b` for operands Cython typed int and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_Add_int_float(a, b) cy_binop(MP_BINARY_OP_ADD, (a), (b))
// __Pyx_PyNumber_Add_float_object: `a + b` for operands Cython typed float and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_Add_float_object(a, b) cy_binop(MP_BINARY_OP_ADD, (a), (b))
// __Pyx_PyNumber_Add_float_int: `a + b` for operands Cython typed float and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_Add_float_int(a, b) cy_binop(MP_BINARY_OP_ADD, (a), (b))
// __Pyx_PyNumber_Add_float_float: `a + b` for operands Cython typed float and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_Add_float_float(a, b) cy_binop(MP_BINARY_OP_ADD, (a), (b))
// __Pyx_PyNumber_InPlaceAdd_object_object: `a += b` for operands Cython typed object and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceAdd_object_object(a, b) cy_binop(MP_BINARY_OP_INPLACE_ADD, (a), (b))
// __Pyx_PyNumber_InPlaceAdd_object_int: `a += b` for operands Cython typed object and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceAdd_object_int(a, b) cy_binop(MP_BINARY_OP_INPLACE_ADD, (a), (b))
// __Pyx_PyNumber_InPlaceAdd_object_float: `a += b` for operands Cython typed object and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceAdd_object_float(a, b) cy_binop(MP_BINARY_OP_INPLACE_ADD, (a), (b))
// __Pyx_PyNumber_InPlaceAdd_int_object: `a += b` for operands Cython typed int and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceAdd_int_object(a, b) cy_binop(MP_BINARY_OP_INPLACE_ADD, (a), (b))
// __Pyx_PyNumber_InPlaceAdd_int_int: `a += b` for operands Cython typed int and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceAdd_int_int(a, b) cy_binop(MP_BINARY_OP_INPLACE_ADD, (a), (b))
// __Pyx_PyNumber_InPlaceAdd_int_float: `a += b` for operands Cython typed int and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceAdd_int_float(a, b) cy_binop(MP_BINARY_OP_INPLACE_ADD, (a), (b))
// __Pyx_PyNumber_InPlaceAdd_float_object: `a += b` for operands Cython typed float and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceAdd_float_object(a, b) cy_binop(MP_BINARY_OP_INPLACE_ADD, (a), (b))
// __Pyx_PyNumber_InPlaceAdd_float_int: `a += b` for operands Cython typed float and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceAdd_float_int(a, b) cy_binop(MP_BINARY_OP_INPLACE_ADD, (a), (b))
// __Pyx_PyNumber_InPlaceAdd_float_float: `a += b` for operands Cython typed float and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceAdd_float_float(a, b) cy_binop(MP_BINARY_OP_INPLACE_ADD, (a), (b))
// __Pyx_PyNumber_Subtract_object_object: `a - b` for operands Cython typed object and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_Subtract_object_object(a, b) cy_binop(MP_BINARY_OP_SUBTRACT, (a), (b))
// __Pyx_PyNumber_Subtract_object_int: `a - b` for operands Cython typed object and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_Subtract_object_int(a, b) cy_binop(MP_BINARY_OP_SUBTRACT, (a), (b))
// __Pyx_PyNumber_Subtract_object_float: `a - b` for operands Cython typed object and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_Subtract_object_float(a, b) cy_binop(MP_BINARY_OP_SUBTRACT, (a), (b))
// __Pyx_PyNumber_Subtract_int_object: `a - b` for operands Cython typed int and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_Subtract_int_object(a, b) cy_binop(MP_BINARY_OP_SUBTRACT, (a), (b))
// __Pyx_PyNumber_Subtract_int_int: `a - b` for operands Cython typed int and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_Subtract_int_int(a, b) cy_binop(MP_BINARY_OP_SUBTRACT, (a), (b))
// __Pyx_PyNumber_Subtract_int_float: `a - b` for operands Cython typed int and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_Subtract_int_float(a, b) cy_binop(MP_BINARY_OP_SUBTRACT, (a), (b))
// __Pyx_PyNumber_Subtract_float_object: `a - b` for operands Cython typed float and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_Subtract_float_object(a, b) cy_binop(MP_BINARY_OP_SUBTRACT, (a), (b))
// __Pyx_PyNumber_Subtract_float_int: `a - b` for operands Cython typed float and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_Subtract_float_int(a, b) cy_binop(MP_BINARY_OP_SUBTRACT, (a), (b))
// __Pyx_PyNumber_Subtract_float_float: `a - b` for operands Cython typed float and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_Subtract_float_float(a, b) cy_binop(MP_BINARY_OP_SUBTRACT, (a), (b))
// __Pyx_PyNumber_InPlaceSubtract_object_object: `a -= b` for operands Cython typed object and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceSubtract_object_object(a, b) cy_binop(MP_BINARY_OP_INPLACE_SUBTRACT, (a), (b))
// __Pyx_PyNumber_InPlaceSubtract_object_int: `a -= b` for operands Cython typed object and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceSubtract_object_int(a, b) cy_binop(MP_BINARY_OP_INPLACE_SUBTRACT, (a), (b))
// __Pyx_PyNumber_InPlaceSubtract_object_float: `a -= b` for operands Cython typed object and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceSubtract_object_float(a, b) cy_binop(MP_BINARY_OP_INPLACE_SUBTRACT, (a), (b))
// __Pyx_PyNumber_InPlaceSubtract_int_object: `a -= b` for operands Cython typed int and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceSubtract_int_object(a, b) cy_binop(MP_BINARY_OP_INPLACE_SUBTRACT, (a), (b))
// __Pyx_PyNumber_InPlaceSubtract_int_int: `a -= b` for operands Cython typed int and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceSubtract_int_int(a, b) cy_binop(MP_BINARY_OP_INPLACE_SUBTRACT, (a), (b))
// __Pyx_PyNumber_InPlaceSubtract_int_float: `a -= b` for operands Cython typed int and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceSubtract_int_float(a, b) cy_binop(MP_BINARY_OP_INPLACE_SUBTRACT, (a), (b))
// __Pyx_PyNumber_InPlaceSubtract_float_object: `a -= b` for operands Cython typed float and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceSubtract_float_object(a, b) cy_binop(MP_BINARY_OP_INPLACE_SUBTRACT, (a), (b))
// __Pyx_PyNumber_InPlaceSubtract_float_int: `a -= b` for operands Cython typed float and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceSubtract_float_int(a, b) cy_binop(MP_BINARY_OP_INPLACE_SUBTRACT, (a), (b))
// __Pyx_PyNumber_InPlaceSubtract_float_float: `a -= b` for operands Cython typed float and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceSubtract_float_float(a, b) cy_binop(MP_BINARY_OP_INPLACE_SUBTRACT, (a), (b))
// __Pyx_PyNumber_Multiply_object_object: `a * b` for operands Cython typed object and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_Multiply_object_object(a, b) cy_binop(MP_BINARY_OP_MULTIPLY, (a), (b))
// __Pyx_PyNumber_Multiply_object_int: `a * b` for operands Cython typed object and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_Multiply_object_int(a, b) cy_binop(MP_BINARY_OP_MULTIPLY, (a), (b))
// __Pyx_PyNumber_Multiply_object_float: `a * b` for operands Cython typed object and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_Multiply_object_float(a, b) cy_binop(MP_BINARY_OP_MULTIPLY, (a), (b))
// __Pyx_PyNumber_Multiply_int_object: `a * b` for operands Cython typed int and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_Multiply_int_object(a, b) cy_binop(MP_BINARY_OP_MULTIPLY, (a), (b))
// __Pyx_PyNumber_Multiply_int_int: `a * b` for operands Cython typed int and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_Multiply_int_int(a, b) cy_binop(MP_BINARY_OP_MULTIPLY, (a), (b))
// __Pyx_PyNumber_Multiply_int_float: `a * b` for operands Cython typed int and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_Multiply_int_float(a, b) cy_binop(MP_BINARY_OP_MULTIPLY, (a), (b))
// __Pyx_PyNumber_Multiply_float_object: `a * b` for operands Cython typed float and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_Multiply_float_object(a, b) cy_binop(MP_BINARY_OP_MULTIPLY, (a), (b))
// __Pyx_PyNumber_Multiply_float_int: `a * b` for operands Cython typed float and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_Multiply_float_int(a, b) cy_binop(MP_BINARY_OP_MULTIPLY, (a), (b))
// __Pyx_PyNumber_Multiply_float_float: `a * b` for operands Cython typed float and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_Multiply_float_float(a, b) cy_binop(MP_BINARY_OP_MULTIPLY, (a), (b))
// __Pyx_PyNumber_InPlaceMultiply_object_object: `a *= b` for operands Cython typed object and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceMultiply_object_object(a, b) cy_binop(MP_BINARY_OP_INPLACE_MULTIPLY, (a), (b))
// __Pyx_PyNumber_InPlaceMultiply_object_int: `a *= b` for operands Cython typed object and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceMultiply_object_int(a, b) cy_binop(MP_BINARY_OP_INPLACE_MULTIPLY, (a), (b))
// __Pyx_PyNumber_InPlaceMultiply_object_float: `a *= b` for operands Cython typed object and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceMultiply_object_float(a, b) cy_binop(MP_BINARY_OP_INPLACE_MULTIPLY, (a), (b))
// __Pyx_PyNumber_InPlaceMultiply_int_object: `a *= b` for operands Cython typed int and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceMultiply_int_object(a, b) cy_binop(MP_BINARY_OP_INPLACE_MULTIPLY, (a), (b))
// __Pyx_PyNumber_InPlaceMultiply_int_int: `a *= b` for operands Cython typed int and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceMultiply_int_int(a, b) cy_binop(MP_BINARY_OP_INPLACE_MULTIPLY, (a), (b))
// __Pyx_PyNumber_InPlaceMultiply_int_float: `a *= b` for operands Cython typed int and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceMultiply_int_float(a, b) cy_binop(MP_BINARY_OP_INPLACE_MULTIPLY, (a), (b))
// __Pyx_PyNumber_InPlaceMultiply_float_object: `a *= b` for operands Cython typed float and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceMultiply_float_object(a, b) cy_binop(MP_BINARY_OP_INPLACE_MULTIPLY, (a), (b))
// __Pyx_PyNumber_InPlaceMultiply_float_int: `a *= b` for operands Cython typed float and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceMultiply_float_int(a, b) cy_binop(MP_BINARY_OP_INPLACE_MULTIPLY, (a), (b))
// __Pyx_PyNumber_InPlaceMultiply_float_float: `a *= b` for operands Cython typed float and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceMultiply_float_float(a, b) cy_binop(MP_BINARY_OP_INPLACE_MULTIPLY, (a), (b))
// __Pyx_PyNumber_And_object_object: `a & b` for operands Cython typed object and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_And_object_object(a, b) cy_binop(MP_BINARY_OP_AND, (a), (b))
// __Pyx_PyNumber_And_object_int: `a & b` for operands Cython typed object and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_And_object_int(a, b) cy_binop(MP_BINARY_OP_AND, (a), (b))
// __Pyx_PyNumber_And_object_float: `a & b` for operands Cython typed object and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_And_object_float(a, b) cy_binop(MP_BINARY_OP_AND, (a), (b))
// __Pyx_PyNumber_And_int_object: `a & b` for operands Cython typed int and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_And_int_object(a, b) cy_binop(MP_BINARY_OP_AND, (a), (b))
// __Pyx_PyNumber_And_int_int: `a & b` for operands Cython typed int and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_And_int_int(a, b) cy_binop(MP_BINARY_OP_AND, (a), (b))
// __Pyx_PyNumber_And_int_float: `a & b` for operands Cython typed int and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_And_int_float(a, b) cy_binop(MP_BINARY_OP_AND, (a), (b))
// __Pyx_PyNumber_And_float_object: `a & b` for operands Cython typed float and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_And_float_object(a, b) cy_binop(MP_BINARY_OP_AND, (a), (b))
// __Pyx_PyNumber_And_float_int: `a & b` for operands Cython typed float and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_And_float_int(a, b) cy_binop(MP_BINARY_OP_AND, (a), (b))
// __Pyx_PyNumber_And_float_float: `a & b` for operands Cython typed float and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_And_float_float(a, b) cy_binop(MP_BINARY_OP_AND, (a), (b))
// __Pyx_PyNumber_InPlaceAnd_object_object: `a &= b` for operands Cython typed object and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceAnd_object_object(a, b) cy_binop(MP_BINARY_OP_INPLACE_AND, (a), (b))
// __Pyx_PyNumber_InPlaceAnd_object_int: `a &= b` for operands Cython typed object and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceAnd_object_int(a, b) cy_binop(MP_BINARY_OP_INPLACE_AND, (a), (b))
// __Pyx_PyNumber_InPlaceAnd_object_float: `a &= b` for operands Cython typed object and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceAnd_object_float(a, b) cy_binop(MP_BINARY_OP_INPLACE_AND, (a), (b))
// __Pyx_PyNumber_InPlaceAnd_int_object: `a &= b` for operands Cython typed int and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceAnd_int_object(a, b) cy_binop(MP_BINARY_OP_INPLACE_AND, (a), (b))
// __Pyx_PyNumber_InPlaceAnd_int_int: `a &= b` for operands Cython typed int and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceAnd_int_int(a, b) cy_binop(MP_BINARY_OP_INPLACE_AND, (a), (b))
// __Pyx_PyNumber_InPlaceAnd_int_float: `a &= b` for operands Cython typed int and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceAnd_int_float(a, b) cy_binop(MP_BINARY_OP_INPLACE_AND, (a), (b))
// __Pyx_PyNumber_InPlaceAnd_float_object: `a &= b` for operands Cython typed float and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceAnd_float_object(a, b) cy_binop(MP_BINARY_OP_INPLACE_AND, (a), (b))
// __Pyx_PyNumber_InPlaceAnd_float_int: `a &= b` for operands Cython typed float and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceAnd_float_int(a, b) cy_binop(MP_BINARY_OP_INPLACE_AND, (a), (b))
// __Pyx_PyNumber_InPlaceAnd_float_float: `a &= b` for operands Cython typed float and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceAnd_float_float(a, b) cy_binop(MP_BINARY_OP_INPLACE_AND, (a), (b))
// __Pyx_PyNumber_Or_object_object: `a | b` for operands Cython typed object and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_Or_object_object(a, b) cy_binop(MP_BINARY_OP_OR, (a), (b))
// __Pyx_PyNumber_Or_object_int: `a | b` for operands Cython typed object and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_Or_object_int(a, b) cy_binop(MP_BINARY_OP_OR, (a), (b))
// __Pyx_PyNumber_Or_object_float: `a | b` for operands Cython typed object and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_Or_object_float(a, b) cy_binop(MP_BINARY_OP_OR, (a), (b))
// __Pyx_PyNumber_Or_int_object: `a | b` for operands Cython typed int and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_Or_int_object(a, b) cy_binop(MP_BINARY_OP_OR, (a), (b))
// __Pyx_PyNumber_Or_int_int: `a | b` for operands Cython typed int and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_Or_int_int(a, b) cy_binop(MP_BINARY_OP_OR, (a), (b))
// __Pyx_PyNumber_Or_int_float: `a | b` for operands Cython typed int and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_Or_int_float(a, b) cy_binop(MP_BINARY_OP_OR, (a), (b))
// __Pyx_PyNumber_Or_float_object: `a | b` for operands Cython typed float and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_Or_float_object(a, b) cy_binop(MP_BINARY_OP_OR, (a), (b))
// __Pyx_PyNumber_Or_float_int: `a | b` for operands Cython typed float and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_Or_float_int(a, b) cy_binop(MP_BINARY_OP_OR, (a), (b))
// __Pyx_PyNumber_Or_float_float: `a | b` for operands Cython typed float and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_Or_float_float(a, b) cy_binop(MP_BINARY_OP_OR, (a), (b))
// __Pyx_PyNumber_InPlaceOr_object_object: `a |= b` for operands Cython typed object and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceOr_object_object(a, b) cy_binop(MP_BINARY_OP_INPLACE_OR, (a), (b))
// __Pyx_PyNumber_InPlaceOr_object_int: `a |= b` for operands Cython typed object and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceOr_object_int(a, b) cy_binop(MP_BINARY_OP_INPLACE_OR, (a), (b))
// __Pyx_PyNumber_InPlaceOr_object_float: `a |= b` for operands Cython typed object and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceOr_object_float(a, b) cy_binop(MP_BINARY_OP_INPLACE_OR, (a), (b))
// __Pyx_PyNumber_InPlaceOr_int_object: `a |= b` for operands Cython typed int and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceOr_int_object(a, b) cy_binop(MP_BINARY_OP_INPLACE_OR, (a), (b))
// __Pyx_PyNumber_InPlaceOr_int_int: `a |= b` for operands Cython typed int and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceOr_int_int(a, b) cy_binop(MP_BINARY_OP_INPLACE_OR, (a), (b))
// __Pyx_PyNumber_InPlaceOr_int_float: `a |= b` for operands Cython typed int and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceOr_int_float(a, b) cy_binop(MP_BINARY_OP_INPLACE_OR, (a), (b))
// __Pyx_PyNumber_InPlaceOr_float_object: `a |= b` for operands Cython typed float and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceOr_float_object(a, b) cy_binop(MP_BINARY_OP_INPLACE_OR, (a), (b))
// __Pyx_PyNumber_InPlaceOr_float_int: `a |= b` for operands Cython typed float and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceOr_float_int(a, b) cy_binop(MP_BINARY_OP_INPLACE_OR, (a), (b))
// __Pyx_PyNumber_InPlaceOr_float_float: `a |= b` for operands Cython typed float and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceOr_float_float(a, b) cy_binop(MP_BINARY_OP_INPLACE_OR, (a), (b))
// __Pyx_PyNumber_Xor_object_object: `a ^ b` for operands Cython typed object and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_Xor_object_object(a, b) cy_binop(MP_BINARY_OP_XOR, (a), (b))
// __Pyx_PyNumber_Xor_object_int: `a ^ b` for operands Cython typed object and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_Xor_object_int(a, b) cy_binop(MP_BINARY_OP_XOR, (a), (b))
// __Pyx_PyNumber_Xor_object_float: `a ^ b` for operands Cython typed object and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_Xor_object_float(a, b) cy_binop(MP_BINARY_OP_XOR, (a), (b))
// __Pyx_PyNumber_Xor_int_object: `a ^ b` for operands Cython typed int and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_Xor_int_object(a, b) cy_binop(MP_BINARY_OP_XOR, (a), (b))
// __Pyx_PyNumber_Xor_int_int: `a ^ b` for operands Cython typed int and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_Xor_int_int(a, b) cy_binop(MP_BINARY_OP_XOR, (a), (b))
// __Pyx_PyNumber_Xor_int_float: `a ^ b` for operands Cython typed int and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_Xor_int_float(a, b) cy_binop(MP_BINARY_OP_XOR, (a), (b))
// __Pyx_PyNumber_Xor_float_object: `a ^ b` for operands Cython typed float and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_Xor_float_object(a, b) cy_binop(MP_BINARY_OP_XOR, (a), (b))
// __Pyx_PyNumber_Xor_float_int: `a ^ b` for operands Cython typed float and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_Xor_float_int(a, b) cy_binop(MP_BINARY_OP_XOR, (a), (b))
// __Pyx_PyNumber_Xor_float_float: `a ^ b` for operands Cython typed float and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_Xor_float_float(a, b) cy_binop(MP_BINARY_OP_XOR, (a), (b))
// __Pyx_PyNumber_InPlaceXor_object_object: `a ^= b` for operands Cython typed object and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceXor_object_object(a, b) cy_binop(MP_BINARY_OP_INPLACE_XOR, (a), (b))
// __Pyx_PyNumber_InPlaceXor_object_int: `a ^= b` for operands Cython typed object and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceXor_object_int(a, b) cy_binop(MP_BINARY_OP_INPLACE_XOR, (a), (b))
// __Pyx_PyNumber_InPlaceXor_object_float: `a ^= b` for operands Cython typed object and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceXor_object_float(a, b) cy_binop(MP_BINARY_OP_INPLACE_XOR, (a), (b))
// __Pyx_PyNumber_InPlaceXor_int_object: `a ^= b` for operands Cython typed int and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceXor_int_object(a, b) cy_binop(MP_BINARY_OP_INPLACE_XOR, (a), (b))
// __Pyx_PyNumber_InPlaceXor_int_int: `a ^= b` for operands Cython typed int and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceXor_int_int(a, b) cy_binop(MP_BINARY_OP_INPLACE_XOR, (a), (b))
// __Pyx_PyNumber_InPlaceXor_int_float: `a ^= b` for operands Cython typed int and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceXor_int_float(a, b) cy_binop(MP_BINARY_OP_INPLACE_XOR, (a), (b))
// __Pyx_PyNumber_InPlaceXor_float_object: `a ^= b` for operands Cython typed float and object; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceXor_float_object(a, b) cy_binop(MP_BINARY_OP_INPLACE_XOR, (a), (b))
// __Pyx_PyNumber_InPlaceXor_float_int: `a ^= b` for operands Cython typed float and int; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceXor_float_int(a, b) cy_binop(MP_BINARY_OP_INPLACE_XOR, (a), (b))
// __Pyx_PyNumber_InPlaceXor_float_float: `a ^= b` for operands Cython typed float and float; NULL with a pending exception.
#define cy_Pyx_PyNumber_InPlaceXor_float_float(a, b) cy_binop(MP_BINARY_OP_INPLACE_XOR, (a), (b))
// __Pyx_PyObject_CompareEq_object_object: `a == b` for operands Cython typed object and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_object_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_object_int: `a == b` for operands Cython typed object and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_object_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_object_float: `a == b` for operands Cython typed object and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_object_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_object_str: `a == b` for operands Cython typed object and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_object_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_object_bytes: `a == b` for operands Cython typed object and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_object_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_object_bytearray: `a == b` for operands Cython typed object and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_object_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_int_object: `a == b` for operands Cython typed int and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_int_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_int_int: `a == b` for operands Cython typed int and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_int_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_int_float: `a == b` for operands Cython typed int and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_int_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_int_str: `a == b` for operands Cython typed int and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_int_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_int_bytes: `a == b` for operands Cython typed int and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_int_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_int_bytearray: `a == b` for operands Cython typed int and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_int_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_float_object: `a == b` for operands Cython typed float and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_float_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_float_int: `a == b` for operands Cython typed float and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_float_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_float_float: `a == b` for operands Cython typed float and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_float_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_float_str: `a == b` for operands Cython typed float and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_float_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_float_bytes: `a == b` for operands Cython typed float and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_float_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_float_bytearray: `a == b` for operands Cython typed float and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_float_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_str_object: `a == b` for operands Cython typed str and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_str_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_str_int: `a == b` for operands Cython typed str and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_str_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_str_float: `a == b` for operands Cython typed str and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_str_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_str_str: `a == b` for operands Cython typed str and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_str_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_str_bytes: `a == b` for operands Cython typed str and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_str_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_str_bytearray: `a == b` for operands Cython typed str and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_str_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_bytes_object: `a == b` for operands Cython typed bytes and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_bytes_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_bytes_int: `a == b` for operands Cython typed bytes and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_bytes_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_bytes_float: `a == b` for operands Cython typed bytes and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_bytes_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_bytes_str: `a == b` for operands Cython typed bytes and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_bytes_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_bytes_bytes: `a == b` for operands Cython typed bytes and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_bytes_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_bytes_bytearray: `a == b` for operands Cython typed bytes and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_bytes_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_bytearray_object: `a == b` for operands Cython typed bytearray and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_bytearray_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_bytearray_int: `a == b` for operands Cython typed bytearray and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_bytearray_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_bytearray_float: `a == b` for operands Cython typed bytearray and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_bytearray_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_bytearray_str: `a == b` for operands Cython typed bytearray and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_bytearray_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_bytearray_bytes: `a == b` for operands Cython typed bytearray and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_bytearray_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareEq_bytearray_bytearray: `a == b` for operands Cython typed bytearray and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareEq_bytearray_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_object_object: `a != b` for operands Cython typed object and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_object_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_object_int: `a != b` for operands Cython typed object and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_object_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_object_float: `a != b` for operands Cython typed object and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_object_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_object_str: `a != b` for operands Cython typed object and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_object_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_object_bytes: `a != b` for operands Cython typed object and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_object_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_object_bytearray: `a != b` for operands Cython typed object and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_object_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_int_object: `a != b` for operands Cython typed int and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_int_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_int_int: `a != b` for operands Cython typed int and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_int_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_int_float: `a != b` for operands Cython typed int and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_int_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_int_str: `a != b` for operands Cython typed int and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_int_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_int_bytes: `a != b` for operands Cython typed int and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_int_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_int_bytearray: `a != b` for operands Cython typed int and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_int_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_float_object: `a != b` for operands Cython typed float and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_float_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_float_int: `a != b` for operands Cython typed float and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_float_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_float_float: `a != b` for operands Cython typed float and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_float_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_float_str: `a != b` for operands Cython typed float and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_float_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_float_bytes: `a != b` for operands Cython typed float and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_float_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_float_bytearray: `a != b` for operands Cython typed float and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_float_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_str_object: `a != b` for operands Cython typed str and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_str_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_str_int: `a != b` for operands Cython typed str and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_str_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_str_float: `a != b` for operands Cython typed str and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_str_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_str_str: `a != b` for operands Cython typed str and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_str_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_str_bytes: `a != b` for operands Cython typed str and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_str_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_str_bytearray: `a != b` for operands Cython typed str and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_str_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_bytes_object: `a != b` for operands Cython typed bytes and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_bytes_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_bytes_int: `a != b` for operands Cython typed bytes and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_bytes_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_bytes_float: `a != b` for operands Cython typed bytes and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_bytes_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_bytes_str: `a != b` for operands Cython typed bytes and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_bytes_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_bytes_bytes: `a != b` for operands Cython typed bytes and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_bytes_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_bytes_bytearray: `a != b` for operands Cython typed bytes and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_bytes_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_bytearray_object: `a != b` for operands Cython typed bytearray and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_bytearray_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_bytearray_int: `a != b` for operands Cython typed bytearray and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_bytearray_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_bytearray_float: `a != b` for operands Cython typed bytearray and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_bytearray_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_bytearray_str: `a != b` for operands Cython typed bytearray and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_bytearray_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_bytearray_bytes: `a != b` for operands Cython typed bytearray and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_bytearray_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareNe_bytearray_bytearray: `a != b` for operands Cython typed bytearray and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareNe_bytearray_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_object_object: `a < b` for operands Cython typed object and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_object_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_object_int: `a < b` for operands Cython typed object and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_object_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_object_float: `a < b` for operands Cython typed object and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_object_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_object_str: `a < b` for operands Cython typed object and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_object_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_object_bytes: `a < b` for operands Cython typed object and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_object_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_object_bytearray: `a < b` for operands Cython typed object and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_object_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_int_object: `a < b` for operands Cython typed int and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_int_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_int_int: `a < b` for operands Cython typed int and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_int_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_int_float: `a < b` for operands Cython typed int and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_int_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_int_str: `a < b` for operands Cython typed int and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_int_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_int_bytes: `a < b` for operands Cython typed int and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_int_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_int_bytearray: `a < b` for operands Cython typed int and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_int_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_float_object: `a < b` for operands Cython typed float and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_float_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_float_int: `a < b` for operands Cython typed float and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_float_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_float_float: `a < b` for operands Cython typed float and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_float_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_float_str: `a < b` for operands Cython typed float and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_float_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_float_bytes: `a < b` for operands Cython typed float and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_float_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_float_bytearray: `a < b` for operands Cython typed float and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_float_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_str_object: `a < b` for operands Cython typed str and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_str_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_str_int: `a < b` for operands Cython typed str and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_str_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_str_float: `a < b` for operands Cython typed str and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_str_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_str_str: `a < b` for operands Cython typed str and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_str_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_str_bytes: `a < b` for operands Cython typed str and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_str_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_str_bytearray: `a < b` for operands Cython typed str and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_str_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_bytes_object: `a < b` for operands Cython typed bytes and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_bytes_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_bytes_int: `a < b` for operands Cython typed bytes and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_bytes_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_bytes_float: `a < b` for operands Cython typed bytes and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_bytes_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_bytes_str: `a < b` for operands Cython typed bytes and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_bytes_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_bytes_bytes: `a < b` for operands Cython typed bytes and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_bytes_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_bytes_bytearray: `a < b` for operands Cython typed bytes and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_bytes_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_bytearray_object: `a < b` for operands Cython typed bytearray and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_bytearray_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_bytearray_int: `a < b` for operands Cython typed bytearray and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_bytearray_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_bytearray_float: `a < b` for operands Cython typed bytearray and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_bytearray_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_bytearray_str: `a < b` for operands Cython typed bytearray and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_bytearray_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_bytearray_bytes: `a < b` for operands Cython typed bytearray and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_bytearray_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLt_bytearray_bytearray: `a < b` for operands Cython typed bytearray and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLt_bytearray_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_object_object: `a <= b` for operands Cython typed object and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_object_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_object_int: `a <= b` for operands Cython typed object and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_object_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_object_float: `a <= b` for operands Cython typed object and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_object_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_object_str: `a <= b` for operands Cython typed object and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_object_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_object_bytes: `a <= b` for operands Cython typed object and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_object_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_object_bytearray: `a <= b` for operands Cython typed object and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_object_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_int_object: `a <= b` for operands Cython typed int and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_int_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_int_int: `a <= b` for operands Cython typed int and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_int_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_int_float: `a <= b` for operands Cython typed int and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_int_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_int_str: `a <= b` for operands Cython typed int and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_int_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_int_bytes: `a <= b` for operands Cython typed int and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_int_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_int_bytearray: `a <= b` for operands Cython typed int and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_int_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_float_object: `a <= b` for operands Cython typed float and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_float_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_float_int: `a <= b` for operands Cython typed float and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_float_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_float_float: `a <= b` for operands Cython typed float and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_float_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_float_str: `a <= b` for operands Cython typed float and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_float_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_float_bytes: `a <= b` for operands Cython typed float and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_float_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_float_bytearray: `a <= b` for operands Cython typed float and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_float_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_str_object: `a <= b` for operands Cython typed str and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_str_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_str_int: `a <= b` for operands Cython typed str and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_str_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_str_float: `a <= b` for operands Cython typed str and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_str_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_str_str: `a <= b` for operands Cython typed str and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_str_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_str_bytes: `a <= b` for operands Cython typed str and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_str_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_str_bytearray: `a <= b` for operands Cython typed str and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_str_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_bytes_object: `a <= b` for operands Cython typed bytes and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_bytes_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_bytes_int: `a <= b` for operands Cython typed bytes and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_bytes_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_bytes_float: `a <= b` for operands Cython typed bytes and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_bytes_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_bytes_str: `a <= b` for operands Cython typed bytes and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_bytes_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_bytes_bytes: `a <= b` for operands Cython typed bytes and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_bytes_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_bytes_bytearray: `a <= b` for operands Cython typed bytes and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_bytes_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_bytearray_object: `a <= b` for operands Cython typed bytearray and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_bytearray_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_bytearray_int: `a <= b` for operands Cython typed bytearray and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_bytearray_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_bytearray_float: `a <= b` for operands Cython typed bytearray and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_bytearray_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_bytearray_str: `a <= b` for operands Cython typed bytearray and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_bytearray_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_bytearray_bytes: `a <= b` for operands Cython typed bytearray and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_bytearray_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareLe_bytearray_bytearray: `a <= b` for operands Cython typed bytearray and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareLe_bytearray_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_object_object: `a > b` for operands Cython typed object and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_object_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_object_int: `a > b` for operands Cython typed object and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_object_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_object_float: `a > b` for operands Cython typed object and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_object_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_object_str: `a > b` for operands Cython typed object and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_object_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_object_bytes: `a > b` for operands Cython typed object and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_object_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_object_bytearray: `a > b` for operands Cython typed object and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_object_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_int_object: `a > b` for operands Cython typed int and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_int_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_int_int: `a > b` for operands Cython typed int and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_int_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_int_float: `a > b` for operands Cython typed int and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_int_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_int_str: `a > b` for operands Cython typed int and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_int_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_int_bytes: `a > b` for operands Cython typed int and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_int_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_int_bytearray: `a > b` for operands Cython typed int and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_int_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_float_object: `a > b` for operands Cython typed float and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_float_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_float_int: `a > b` for operands Cython typed float and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_float_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_float_float: `a > b` for operands Cython typed float and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_float_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_float_str: `a > b` for operands Cython typed float and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_float_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_float_bytes: `a > b` for operands Cython typed float and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_float_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_float_bytearray: `a > b` for operands Cython typed float and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_float_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_str_object: `a > b` for operands Cython typed str and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_str_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_str_int: `a > b` for operands Cython typed str and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_str_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_str_float: `a > b` for operands Cython typed str and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_str_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_str_str: `a > b` for operands Cython typed str and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_str_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_str_bytes: `a > b` for operands Cython typed str and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_str_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_str_bytearray: `a > b` for operands Cython typed str and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_str_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_bytes_object: `a > b` for operands Cython typed bytes and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_bytes_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_bytes_int: `a > b` for operands Cython typed bytes and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_bytes_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_bytes_float: `a > b` for operands Cython typed bytes and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_bytes_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_bytes_str: `a > b` for operands Cython typed bytes and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_bytes_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_bytes_bytes: `a > b` for operands Cython typed bytes and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_bytes_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_bytes_bytearray: `a > b` for operands Cython typed bytes and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_bytes_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_bytearray_object: `a > b` for operands Cython typed bytearray and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_bytearray_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_bytearray_int: `a > b` for operands Cython typed bytearray and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_bytearray_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_bytearray_float: `a > b` for operands Cython typed bytearray and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_bytearray_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_bytearray_str: `a > b` for operands Cython typed bytearray and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_bytearray_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_bytearray_bytes: `a > b` for operands Cython typed bytearray and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_bytearray_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGt_bytearray_bytearray: `a > b` for operands Cython typed bytearray and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGt_bytearray_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_object_object: `a >= b` for operands Cython typed object and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_object_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_object_int: `a >= b` for operands Cython typed object and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_object_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_object_float: `a >= b` for operands Cython typed object and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_object_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_object_str: `a >= b` for operands Cython typed object and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_object_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_object_bytes: `a >= b` for operands Cython typed object and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_object_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_object_bytearray: `a >= b` for operands Cython typed object and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_object_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_int_object: `a >= b` for operands Cython typed int and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_int_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_int_int: `a >= b` for operands Cython typed int and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_int_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_int_float: `a >= b` for operands Cython typed int and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_int_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_int_str: `a >= b` for operands Cython typed int and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_int_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_int_bytes: `a >= b` for operands Cython typed int and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_int_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_int_bytearray: `a >= b` for operands Cython typed int and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_int_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_float_object: `a >= b` for operands Cython typed float and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_float_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_float_int: `a >= b` for operands Cython typed float and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_float_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_float_float: `a >= b` for operands Cython typed float and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_float_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_float_str: `a >= b` for operands Cython typed float and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_float_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_float_bytes: `a >= b` for operands Cython typed float and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_float_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_float_bytearray: `a >= b` for operands Cython typed float and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_float_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_str_object: `a >= b` for operands Cython typed str and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_str_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_str_int: `a >= b` for operands Cython typed str and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_str_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_str_float: `a >= b` for operands Cython typed str and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_str_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_str_str: `a >= b` for operands Cython typed str and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_str_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_str_bytes: `a >= b` for operands Cython typed str and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_str_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_str_bytearray: `a >= b` for operands Cython typed str and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_str_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_bytes_object: `a >= b` for operands Cython typed bytes and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_bytes_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_bytes_int: `a >= b` for operands Cython typed bytes and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_bytes_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_bytes_float: `a >= b` for operands Cython typed bytes and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_bytes_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_bytes_str: `a >= b` for operands Cython typed bytes and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_bytes_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_bytes_bytes: `a >= b` for operands Cython typed bytes and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_bytes_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_bytes_bytearray: `a >= b` for operands Cython typed bytes and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_bytes_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_bytearray_object: `a >= b` for operands Cython typed bytearray and object: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_bytearray_object(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_bytearray_int: `a >= b` for operands Cython typed bytearray and int: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_bytearray_int(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_bytearray_float: `a >= b` for operands Cython typed bytearray and float: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_bytearray_float(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_bytearray_str: `a >= b` for operands Cython typed bytearray and str: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_bytearray_str(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_bytearray_bytes: `a >= b` for operands Cython typed bytearray and bytes: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_bytearray_bytes(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareGe_bytearray_bytearray: `a >= b` for operands Cython typed bytearray and bytearray: the result object, or NULL with a pending exception.
#define cy_Pyx_PyObject_CompareGe_bytearray_bytearray(a, b, op) cy_PyObject_RichCompare((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_object_object: `a == b` for operands Cython typed object and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_object_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_object_int: `a == b` for operands Cython typed object and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_object_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_object_float: `a == b` for operands Cython typed object and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_object_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_object_str: `a == b` for operands Cython typed object and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_object_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_object_bytes: `a == b` for operands Cython typed object and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_object_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_object_bytearray: `a == b` for operands Cython typed object and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_object_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_int_object: `a == b` for operands Cython typed int and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_int_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_int_int: `a == b` for operands Cython typed int and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_int_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_int_float: `a == b` for operands Cython typed int and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_int_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_int_str: `a == b` for operands Cython typed int and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_int_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_int_bytes: `a == b` for operands Cython typed int and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_int_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_int_bytearray: `a == b` for operands Cython typed int and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_int_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_float_object: `a == b` for operands Cython typed float and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_float_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_float_int: `a == b` for operands Cython typed float and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_float_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_float_float: `a == b` for operands Cython typed float and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_float_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_float_str: `a == b` for operands Cython typed float and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_float_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_float_bytes: `a == b` for operands Cython typed float and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_float_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_float_bytearray: `a == b` for operands Cython typed float and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_float_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_str_object: `a == b` for operands Cython typed str and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_str_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_str_int: `a == b` for operands Cython typed str and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_str_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_str_float: `a == b` for operands Cython typed str and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_str_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_str_str: `a == b` for operands Cython typed str and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_str_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_str_bytes: `a == b` for operands Cython typed str and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_str_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_str_bytearray: `a == b` for operands Cython typed str and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_str_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_bytes_object: `a == b` for operands Cython typed bytes and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_bytes_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_bytes_int: `a == b` for operands Cython typed bytes and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_bytes_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_bytes_float: `a == b` for operands Cython typed bytes and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_bytes_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_bytes_str: `a == b` for operands Cython typed bytes and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_bytes_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_bytes_bytes: `a == b` for operands Cython typed bytes and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_bytes_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_bytes_bytearray: `a == b` for operands Cython typed bytes and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_bytes_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_bytearray_object: `a == b` for operands Cython typed bytearray and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_bytearray_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_bytearray_int: `a == b` for operands Cython typed bytearray and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_bytearray_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_bytearray_float: `a == b` for operands Cython typed bytearray and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_bytearray_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_bytearray_str: `a == b` for operands Cython typed bytearray and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_bytearray_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_bytearray_bytes: `a == b` for operands Cython typed bytearray and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_bytearray_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolEq_bytearray_bytearray: `a == b` for operands Cython typed bytearray and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolEq_bytearray_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_object_object: `a != b` for operands Cython typed object and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_object_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_object_int: `a != b` for operands Cython typed object and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_object_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_object_float: `a != b` for operands Cython typed object and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_object_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_object_str: `a != b` for operands Cython typed object and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_object_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_object_bytes: `a != b` for operands Cython typed object and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_object_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_object_bytearray: `a != b` for operands Cython typed object and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_object_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_int_object: `a != b` for operands Cython typed int and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_int_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_int_int: `a != b` for operands Cython typed int and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_int_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_int_float: `a != b` for operands Cython typed int and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_int_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_int_str: `a != b` for operands Cython typed int and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_int_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_int_bytes: `a != b` for operands Cython typed int and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_int_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_int_bytearray: `a != b` for operands Cython typed int and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_int_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_float_object: `a != b` for operands Cython typed float and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_float_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_float_int: `a != b` for operands Cython typed float and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_float_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_float_float: `a != b` for operands Cython typed float and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_float_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_float_str: `a != b` for operands Cython typed float and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_float_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_float_bytes: `a != b` for operands Cython typed float and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_float_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_float_bytearray: `a != b` for operands Cython typed float and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_float_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_str_object: `a != b` for operands Cython typed str and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_str_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_str_int: `a != b` for operands Cython typed str and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_str_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_str_float: `a != b` for operands Cython typed str and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_str_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_str_str: `a != b` for operands Cython typed str and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_str_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_str_bytes: `a != b` for operands Cython typed str and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_str_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_str_bytearray: `a != b` for operands Cython typed str and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_str_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_bytes_object: `a != b` for operands Cython typed bytes and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_bytes_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_bytes_int: `a != b` for operands Cython typed bytes and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_bytes_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_bytes_float: `a != b` for operands Cython typed bytes and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_bytes_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_bytes_str: `a != b` for operands Cython typed bytes and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_bytes_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_bytes_bytes: `a != b` for operands Cython typed bytes and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_bytes_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_bytes_bytearray: `a != b` for operands Cython typed bytes and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_bytes_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_bytearray_object: `a != b` for operands Cython typed bytearray and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_bytearray_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_bytearray_int: `a != b` for operands Cython typed bytearray and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_bytearray_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_bytearray_float: `a != b` for operands Cython typed bytearray and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_bytearray_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_bytearray_str: `a != b` for operands Cython typed bytearray and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_bytearray_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_bytearray_bytes: `a != b` for operands Cython typed bytearray and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_bytearray_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolNe_bytearray_bytearray: `a != b` for operands Cython typed bytearray and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolNe_bytearray_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_object_object: `a < b` for operands Cython typed object and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_object_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_object_int: `a < b` for operands Cython typed object and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_object_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_object_float: `a < b` for operands Cython typed object and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_object_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_object_str: `a < b` for operands Cython typed object and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_object_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_object_bytes: `a < b` for operands Cython typed object and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_object_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_object_bytearray: `a < b` for operands Cython typed object and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_object_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_int_object: `a < b` for operands Cython typed int and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_int_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_int_int: `a < b` for operands Cython typed int and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_int_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_int_float: `a < b` for operands Cython typed int and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_int_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_int_str: `a < b` for operands Cython typed int and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_int_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_int_bytes: `a < b` for operands Cython typed int and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_int_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_int_bytearray: `a < b` for operands Cython typed int and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_int_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_float_object: `a < b` for operands Cython typed float and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_float_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_float_int: `a < b` for operands Cython typed float and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_float_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_float_float: `a < b` for operands Cython typed float and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_float_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_float_str: `a < b` for operands Cython typed float and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_float_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_float_bytes: `a < b` for operands Cython typed float and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_float_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_float_bytearray: `a < b` for operands Cython typed float and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_float_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_str_object: `a < b` for operands Cython typed str and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_str_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_str_int: `a < b` for operands Cython typed str and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_str_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_str_float: `a < b` for operands Cython typed str and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_str_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_str_str: `a < b` for operands Cython typed str and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_str_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_str_bytes: `a < b` for operands Cython typed str and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_str_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_str_bytearray: `a < b` for operands Cython typed str and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_str_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_bytes_object: `a < b` for operands Cython typed bytes and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_bytes_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_bytes_int: `a < b` for operands Cython typed bytes and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_bytes_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_bytes_float: `a < b` for operands Cython typed bytes and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_bytes_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_bytes_str: `a < b` for operands Cython typed bytes and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_bytes_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_bytes_bytes: `a < b` for operands Cython typed bytes and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_bytes_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_bytes_bytearray: `a < b` for operands Cython typed bytes and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_bytes_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_bytearray_object: `a < b` for operands Cython typed bytearray and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_bytearray_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_bytearray_int: `a < b` for operands Cython typed bytearray and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_bytearray_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_bytearray_float: `a < b` for operands Cython typed bytearray and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_bytearray_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_bytearray_str: `a < b` for operands Cython typed bytearray and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_bytearray_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_bytearray_bytes: `a < b` for operands Cython typed bytearray and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_bytearray_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLt_bytearray_bytearray: `a < b` for operands Cython typed bytearray and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLt_bytearray_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_object_object: `a <= b` for operands Cython typed object and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_object_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_object_int: `a <= b` for operands Cython typed object and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_object_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_object_float: `a <= b` for operands Cython typed object and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_object_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_object_str: `a <= b` for operands Cython typed object and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_object_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_object_bytes: `a <= b` for operands Cython typed object and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_object_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_object_bytearray: `a <= b` for operands Cython typed object and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_object_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_int_object: `a <= b` for operands Cython typed int and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_int_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_int_int: `a <= b` for operands Cython typed int and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_int_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_int_float: `a <= b` for operands Cython typed int and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_int_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_int_str: `a <= b` for operands Cython typed int and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_int_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_int_bytes: `a <= b` for operands Cython typed int and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_int_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_int_bytearray: `a <= b` for operands Cython typed int and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_int_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_float_object: `a <= b` for operands Cython typed float and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_float_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_float_int: `a <= b` for operands Cython typed float and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_float_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_float_float: `a <= b` for operands Cython typed float and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_float_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_float_str: `a <= b` for operands Cython typed float and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_float_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_float_bytes: `a <= b` for operands Cython typed float and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_float_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_float_bytearray: `a <= b` for operands Cython typed float and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_float_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_str_object: `a <= b` for operands Cython typed str and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_str_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_str_int: `a <= b` for operands Cython typed str and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_str_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_str_float: `a <= b` for operands Cython typed str and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_str_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_str_str: `a <= b` for operands Cython typed str and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_str_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_str_bytes: `a <= b` for operands Cython typed str and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_str_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_str_bytearray: `a <= b` for operands Cython typed str and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_str_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_bytes_object: `a <= b` for operands Cython typed bytes and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_bytes_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_bytes_int: `a <= b` for operands Cython typed bytes and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_bytes_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_bytes_float: `a <= b` for operands Cython typed bytes and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_bytes_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_bytes_str: `a <= b` for operands Cython typed bytes and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_bytes_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_bytes_bytes: `a <= b` for operands Cython typed bytes and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_bytes_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_bytes_bytearray: `a <= b` for operands Cython typed bytes and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_bytes_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_bytearray_object: `a <= b` for operands Cython typed bytearray and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_bytearray_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_bytearray_int: `a <= b` for operands Cython typed bytearray and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_bytearray_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_bytearray_float: `a <= b` for operands Cython typed bytearray and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_bytearray_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_bytearray_str: `a <= b` for operands Cython typed bytearray and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_bytearray_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_bytearray_bytes: `a <= b` for operands Cython typed bytearray and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_bytearray_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolLe_bytearray_bytearray: `a <= b` for operands Cython typed bytearray and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolLe_bytearray_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_object_object: `a > b` for operands Cython typed object and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_object_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_object_int: `a > b` for operands Cython typed object and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_object_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_object_float: `a > b` for operands Cython typed object and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_object_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_object_str: `a > b` for operands Cython typed object and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_object_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_object_bytes: `a > b` for operands Cython typed object and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_object_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_object_bytearray: `a > b` for operands Cython typed object and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_object_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_int_object: `a > b` for operands Cython typed int and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_int_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_int_int: `a > b` for operands Cython typed int and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_int_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_int_float: `a > b` for operands Cython typed int and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_int_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_int_str: `a > b` for operands Cython typed int and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_int_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_int_bytes: `a > b` for operands Cython typed int and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_int_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_int_bytearray: `a > b` for operands Cython typed int and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_int_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_float_object: `a > b` for operands Cython typed float and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_float_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_float_int: `a > b` for operands Cython typed float and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_float_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_float_float: `a > b` for operands Cython typed float and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_float_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_float_str: `a > b` for operands Cython typed float and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_float_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_float_bytes: `a > b` for operands Cython typed float and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_float_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_float_bytearray: `a > b` for operands Cython typed float and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_float_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_str_object: `a > b` for operands Cython typed str and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_str_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_str_int: `a > b` for operands Cython typed str and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_str_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_str_float: `a > b` for operands Cython typed str and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_str_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_str_str: `a > b` for operands Cython typed str and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_str_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_str_bytes: `a > b` for operands Cython typed str and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_str_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_str_bytearray: `a > b` for operands Cython typed str and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_str_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_bytes_object: `a > b` for operands Cython typed bytes and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_bytes_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_bytes_int: `a > b` for operands Cython typed bytes and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_bytes_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_bytes_float: `a > b` for operands Cython typed bytes and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_bytes_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_bytes_str: `a > b` for operands Cython typed bytes and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_bytes_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_bytes_bytes: `a > b` for operands Cython typed bytes and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_bytes_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_bytes_bytearray: `a > b` for operands Cython typed bytes and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_bytes_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_bytearray_object: `a > b` for operands Cython typed bytearray and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_bytearray_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_bytearray_int: `a > b` for operands Cython typed bytearray and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_bytearray_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_bytearray_float: `a > b` for operands Cython typed bytearray and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_bytearray_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_bytearray_str: `a > b` for operands Cython typed bytearray and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_bytearray_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_bytearray_bytes: `a > b` for operands Cython typed bytearray and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_bytearray_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGt_bytearray_bytearray: `a > b` for operands Cython typed bytearray and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGt_bytearray_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_object_object: `a >= b` for operands Cython typed object and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_object_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_object_int: `a >= b` for operands Cython typed object and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_object_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_object_float: `a >= b` for operands Cython typed object and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_object_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_object_str: `a >= b` for operands Cython typed object and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_object_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_object_bytes: `a >= b` for operands Cython typed object and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_object_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_object_bytearray: `a >= b` for operands Cython typed object and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_object_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_int_object: `a >= b` for operands Cython typed int and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_int_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_int_int: `a >= b` for operands Cython typed int and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_int_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_int_float: `a >= b` for operands Cython typed int and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_int_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_int_str: `a >= b` for operands Cython typed int and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_int_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_int_bytes: `a >= b` for operands Cython typed int and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_int_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_int_bytearray: `a >= b` for operands Cython typed int and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_int_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_float_object: `a >= b` for operands Cython typed float and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_float_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_float_int: `a >= b` for operands Cython typed float and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_float_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_float_float: `a >= b` for operands Cython typed float and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_float_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_float_str: `a >= b` for operands Cython typed float and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_float_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_float_bytes: `a >= b` for operands Cython typed float and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_float_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_float_bytearray: `a >= b` for operands Cython typed float and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_float_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_str_object: `a >= b` for operands Cython typed str and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_str_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_str_int: `a >= b` for operands Cython typed str and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_str_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_str_float: `a >= b` for operands Cython typed str and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_str_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_str_str: `a >= b` for operands Cython typed str and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_str_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_str_bytes: `a >= b` for operands Cython typed str and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_str_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_str_bytearray: `a >= b` for operands Cython typed str and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_str_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_bytes_object: `a >= b` for operands Cython typed bytes and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_bytes_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_bytes_int: `a >= b` for operands Cython typed bytes and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_bytes_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_bytes_float: `a >= b` for operands Cython typed bytes and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_bytes_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_bytes_str: `a >= b` for operands Cython typed bytes and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_bytes_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_bytes_bytes: `a >= b` for operands Cython typed bytes and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_bytes_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_bytes_bytearray: `a >= b` for operands Cython typed bytes and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_bytes_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_bytearray_object: `a >= b` for operands Cython typed bytearray and object: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_bytearray_object(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_bytearray_int: `a >= b` for operands Cython typed bytearray and int: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_bytearray_int(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_bytearray_float: `a >= b` for operands Cython typed bytearray and float: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_bytearray_float(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_bytearray_str: `a >= b` for operands Cython typed bytearray and str: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_bytearray_str(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_bytearray_bytes: `a >= b` for operands Cython typed bytearray and bytes: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_bytearray_bytes(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyObject_CompareBoolGe_bytearray_bytearray: `a >= b` for operands Cython typed bytearray and bytearray: 1, 0, or -1 with a pending exception.
#define cy_Pyx_PyObject_CompareBoolGe_bytearray_bytearray(a, b, op) cy_PyObject_RichCompareBool((a), (b), (op))
// __Pyx_PyLong_AddObjC: `a + b` (or in place) with a C constant int on the right; NULL with a pending exception.
#define cy_Pyx_PyLong_AddObjC(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_ADD : MP_BINARY_OP_ADD, (a), (b))
// __Pyx_PyLong_SubtractObjC: `a - b` (or in place) with a C constant int on the right; NULL with a pending exception.
#define cy_Pyx_PyLong_SubtractObjC(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_SUBTRACT : MP_BINARY_OP_SUBTRACT, (a), (b))
// __Pyx_PyLong_MultiplyObjC: `a * b` (or in place) with a C constant int on the right; NULL with a pending exception.
#define cy_Pyx_PyLong_MultiplyObjC(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_MULTIPLY : MP_BINARY_OP_MULTIPLY, (a), (b))
// __Pyx_PyLong_AndObjC: `a & b` (or in place) with a C constant int on the right; NULL with a pending exception.
#define cy_Pyx_PyLong_AndObjC(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_AND : MP_BINARY_OP_AND, (a), (b))
// __Pyx_PyLong_OrObjC: `a | b` (or in place) with a C constant int on the right; NULL with a pending exception.
#define cy_Pyx_PyLong_OrObjC(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_OR : MP_BINARY_OP_OR, (a), (b))
// __Pyx_PyLong_XorObjC: `a ^ b` (or in place) with a C constant int on the right; NULL with a pending exception.
#define cy_Pyx_PyLong_XorObjC(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_XOR : MP_BINARY_OP_XOR, (a), (b))
// __Pyx_PyLong_LshiftObjC: `a << b` (or in place) with a C constant int on the right; NULL with a pending exception.
#define cy_Pyx_PyLong_LshiftObjC(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_LSHIFT : MP_BINARY_OP_LSHIFT, (a), (b))
// __Pyx_PyLong_RshiftObjC: `a >> b` (or in place) with a C constant int on the right; NULL with a pending exception.
#define cy_Pyx_PyLong_RshiftObjC(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_RSHIFT : MP_BINARY_OP_RSHIFT, (a), (b))
// __Pyx_PyLong_RemainderObjC: `a % b` (or in place) with a C constant int on the right; NULL with a pending exception.
#define cy_Pyx_PyLong_RemainderObjC(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_MODULO : MP_BINARY_OP_MODULO, (a), (b))
// __Pyx_PyLong_FloorDivideObjC: `a // b` (or in place) with a C constant int on the right; NULL with a pending exception.
#define cy_Pyx_PyLong_FloorDivideObjC(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_FLOOR_DIVIDE : MP_BINARY_OP_FLOOR_DIVIDE, (a), (b))
// __Pyx_PyLong_TrueDivideObjC: `a / b` (or in place) with a C constant int on the right; NULL with a pending exception.
#define cy_Pyx_PyLong_TrueDivideObjC(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_TRUE_DIVIDE : MP_BINARY_OP_TRUE_DIVIDE, (a), (b))
// __Pyx_PyFloat_AddObjC: `a + b` (or in place) with a C constant float on the right; NULL with a pending exception.
#define cy_Pyx_PyFloat_AddObjC(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_ADD : MP_BINARY_OP_ADD, (a), (b))
// __Pyx_PyFloat_SubtractObjC: `a - b` (or in place) with a C constant float on the right; NULL with a pending exception.
#define cy_Pyx_PyFloat_SubtractObjC(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_SUBTRACT : MP_BINARY_OP_SUBTRACT, (a), (b))
// __Pyx_PyFloat_RemainderObjC: `a % b` (or in place) with a C constant float on the right; NULL with a pending exception.
#define cy_Pyx_PyFloat_RemainderObjC(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_MODULO : MP_BINARY_OP_MODULO, (a), (b))
// __Pyx_PyFloat_TrueDivideObjC: `a / b` (or in place) with a C constant float on the right; NULL with a pending exception.
#define cy_Pyx_PyFloat_TrueDivideObjC(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_TRUE_DIVIDE : MP_BINARY_OP_TRUE_DIVIDE, (a), (b))
// __Pyx_PyFloat_DivideObjC: `a / b` (or in place) with a C constant float on the right; NULL with a pending exception.
#define cy_Pyx_PyFloat_DivideObjC(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_TRUE_DIVIDE : MP_BINARY_OP_TRUE_DIVIDE, (a), (b))
// __Pyx_PyLong_EqObjC: `a == b` with a C constant int on the right.
#define cy_Pyx_PyLong_EqObjC(a, b, cval, inplace) cy_binop(MP_BINARY_OP_EQUAL, (a), (b))
// __Pyx_PyFloat_EqObjC: `a == b` with a C constant float on the right.
#define cy_Pyx_PyFloat_EqObjC(a, b, cval, inplace, zerodiv) cy_binop(MP_BINARY_OP_EQUAL, (a), (b))
// __Pyx_PyLong_NeObjC: `a != b` with a C constant int on the right.
#define cy_Pyx_PyLong_NeObjC(a, b, cval, inplace) cy_binop(MP_BINARY_OP_NOT_EQUAL, (a), (b))
// __Pyx_PyFloat_NeObjC: `a != b` with a C constant float on the right.
#define cy_Pyx_PyFloat_NeObjC(a, b, cval, inplace, zerodiv) cy_binop(MP_BINARY_OP_NOT_EQUAL, (a), (b))
// __Pyx_PyLong_BoolAddObjC: `a + b` (or in place) with a C constant int on the right; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyLong_BoolAddObjC(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_ADD : MP_BINARY_OP_ADD, (a), (b))
// __Pyx_PyLong_BoolSubtractObjC: `a - b` (or in place) with a C constant int on the right; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyLong_BoolSubtractObjC(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_SUBTRACT : MP_BINARY_OP_SUBTRACT, (a), (b))
// __Pyx_PyLong_BoolMultiplyObjC: `a * b` (or in place) with a C constant int on the right; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyLong_BoolMultiplyObjC(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_MULTIPLY : MP_BINARY_OP_MULTIPLY, (a), (b))
// __Pyx_PyLong_BoolAndObjC: `a & b` (or in place) with a C constant int on the right; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyLong_BoolAndObjC(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_AND : MP_BINARY_OP_AND, (a), (b))
// __Pyx_PyLong_BoolOrObjC: `a | b` (or in place) with a C constant int on the right; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyLong_BoolOrObjC(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_OR : MP_BINARY_OP_OR, (a), (b))
// __Pyx_PyLong_BoolXorObjC: `a ^ b` (or in place) with a C constant int on the right; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyLong_BoolXorObjC(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_XOR : MP_BINARY_OP_XOR, (a), (b))
// __Pyx_PyLong_BoolLshiftObjC: `a << b` (or in place) with a C constant int on the right; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyLong_BoolLshiftObjC(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_LSHIFT : MP_BINARY_OP_LSHIFT, (a), (b))
// __Pyx_PyLong_BoolRshiftObjC: `a >> b` (or in place) with a C constant int on the right; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyLong_BoolRshiftObjC(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_RSHIFT : MP_BINARY_OP_RSHIFT, (a), (b))
// __Pyx_PyLong_BoolRemainderObjC: `a % b` (or in place) with a C constant int on the right; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyLong_BoolRemainderObjC(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_MODULO : MP_BINARY_OP_MODULO, (a), (b))
// __Pyx_PyLong_BoolFloorDivideObjC: `a // b` (or in place) with a C constant int on the right; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyLong_BoolFloorDivideObjC(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_FLOOR_DIVIDE : MP_BINARY_OP_FLOOR_DIVIDE, (a), (b))
// __Pyx_PyLong_BoolTrueDivideObjC: `a / b` (or in place) with a C constant int on the right; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyLong_BoolTrueDivideObjC(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_TRUE_DIVIDE : MP_BINARY_OP_TRUE_DIVIDE, (a), (b))
// __Pyx_PyFloat_BoolAddObjC: `a + b` (or in place) with a C constant float on the right; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyFloat_BoolAddObjC(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_ADD : MP_BINARY_OP_ADD, (a), (b))
// __Pyx_PyFloat_BoolSubtractObjC: `a - b` (or in place) with a C constant float on the right; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyFloat_BoolSubtractObjC(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_SUBTRACT : MP_BINARY_OP_SUBTRACT, (a), (b))
// __Pyx_PyFloat_BoolRemainderObjC: `a % b` (or in place) with a C constant float on the right; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyFloat_BoolRemainderObjC(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_MODULO : MP_BINARY_OP_MODULO, (a), (b))
// __Pyx_PyFloat_BoolTrueDivideObjC: `a / b` (or in place) with a C constant float on the right; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyFloat_BoolTrueDivideObjC(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_TRUE_DIVIDE : MP_BINARY_OP_TRUE_DIVIDE, (a), (b))
// __Pyx_PyFloat_BoolDivideObjC: `a / b` (or in place) with a C constant float on the right; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyFloat_BoolDivideObjC(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_TRUE_DIVIDE : MP_BINARY_OP_TRUE_DIVIDE, (a), (b))
// __Pyx_PyLong_BoolEqObjC: `a == b` with a C constant int on the right.
#define cy_Pyx_PyLong_BoolEqObjC(a, b, cval, inplace) cy_binop_bool(MP_BINARY_OP_EQUAL, (a), (b))
// __Pyx_PyFloat_BoolEqObjC: `a == b` with a C constant float on the right.
#define cy_Pyx_PyFloat_BoolEqObjC(a, b, cval, inplace, zerodiv) cy_binop_bool(MP_BINARY_OP_EQUAL, (a), (b))
// __Pyx_PyLong_BoolNeObjC: `a != b` with a C constant int on the right.
#define cy_Pyx_PyLong_BoolNeObjC(a, b, cval, inplace) cy_binop_bool(MP_BINARY_OP_NOT_EQUAL, (a), (b))
// __Pyx_PyFloat_BoolNeObjC: `a != b` with a C constant float on the right.
#define cy_Pyx_PyFloat_BoolNeObjC(a, b, cval, inplace, zerodiv) cy_binop_bool(MP_BINARY_OP_NOT_EQUAL, (a), (b))
// __Pyx_PyLong_AddCObj: `a + b` (or in place) with a C constant int on the left; NULL with a pending exception.
#define cy_Pyx_PyLong_AddCObj(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_ADD : MP_BINARY_OP_ADD, (a), (b))
// __Pyx_PyLong_SubtractCObj: `a - b` (or in place) with a C constant int on the left; NULL with a pending exception.
#define cy_Pyx_PyLong_SubtractCObj(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_SUBTRACT : MP_BINARY_OP_SUBTRACT, (a), (b))
// __Pyx_PyLong_MultiplyCObj: `a * b` (or in place) with a C constant int on the left; NULL with a pending exception.
#define cy_Pyx_PyLong_MultiplyCObj(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_MULTIPLY : MP_BINARY_OP_MULTIPLY, (a), (b))
// __Pyx_PyLong_AndCObj: `a & b` (or in place) with a C constant int on the left; NULL with a pending exception.
#define cy_Pyx_PyLong_AndCObj(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_AND : MP_BINARY_OP_AND, (a), (b))
// __Pyx_PyLong_OrCObj: `a | b` (or in place) with a C constant int on the left; NULL with a pending exception.
#define cy_Pyx_PyLong_OrCObj(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_OR : MP_BINARY_OP_OR, (a), (b))
// __Pyx_PyLong_XorCObj: `a ^ b` (or in place) with a C constant int on the left; NULL with a pending exception.
#define cy_Pyx_PyLong_XorCObj(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_XOR : MP_BINARY_OP_XOR, (a), (b))
// __Pyx_PyLong_LshiftCObj: `a << b` (or in place) with a C constant int on the left; NULL with a pending exception.
#define cy_Pyx_PyLong_LshiftCObj(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_LSHIFT : MP_BINARY_OP_LSHIFT, (a), (b))
// __Pyx_PyLong_RshiftCObj: `a >> b` (or in place) with a C constant int on the left; NULL with a pending exception.
#define cy_Pyx_PyLong_RshiftCObj(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_RSHIFT : MP_BINARY_OP_RSHIFT, (a), (b))
// __Pyx_PyLong_RemainderCObj: `a % b` (or in place) with a C constant int on the left; NULL with a pending exception.
#define cy_Pyx_PyLong_RemainderCObj(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_MODULO : MP_BINARY_OP_MODULO, (a), (b))
// __Pyx_PyLong_FloorDivideCObj: `a // b` (or in place) with a C constant int on the left; NULL with a pending exception.
#define cy_Pyx_PyLong_FloorDivideCObj(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_FLOOR_DIVIDE : MP_BINARY_OP_FLOOR_DIVIDE, (a), (b))
// __Pyx_PyLong_TrueDivideCObj: `a / b` (or in place) with a C constant int on the left; NULL with a pending exception.
#define cy_Pyx_PyLong_TrueDivideCObj(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_TRUE_DIVIDE : MP_BINARY_OP_TRUE_DIVIDE, (a), (b))
// __Pyx_PyFloat_AddCObj: `a + b` (or in place) with a C constant float on the left; NULL with a pending exception.
#define cy_Pyx_PyFloat_AddCObj(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_ADD : MP_BINARY_OP_ADD, (a), (b))
// __Pyx_PyFloat_SubtractCObj: `a - b` (or in place) with a C constant float on the left; NULL with a pending exception.
#define cy_Pyx_PyFloat_SubtractCObj(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_SUBTRACT : MP_BINARY_OP_SUBTRACT, (a), (b))
// __Pyx_PyFloat_RemainderCObj: `a % b` (or in place) with a C constant float on the left; NULL with a pending exception.
#define cy_Pyx_PyFloat_RemainderCObj(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_MODULO : MP_BINARY_OP_MODULO, (a), (b))
// __Pyx_PyFloat_TrueDivideCObj: `a / b` (or in place) with a C constant float on the left; NULL with a pending exception.
#define cy_Pyx_PyFloat_TrueDivideCObj(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_TRUE_DIVIDE : MP_BINARY_OP_TRUE_DIVIDE, (a), (b))
// __Pyx_PyFloat_DivideCObj: `a / b` (or in place) with a C constant float on the left; NULL with a pending exception.
#define cy_Pyx_PyFloat_DivideCObj(a, b, cval, inplace, zerodiv) cy_binop((inplace) ? MP_BINARY_OP_INPLACE_TRUE_DIVIDE : MP_BINARY_OP_TRUE_DIVIDE, (a), (b))
// __Pyx_PyLong_EqCObj: `a == b` with a C constant int on the left.
#define cy_Pyx_PyLong_EqCObj(a, b, cval, inplace) cy_binop(MP_BINARY_OP_EQUAL, (a), (b))
// __Pyx_PyFloat_EqCObj: `a == b` with a C constant float on the left.
#define cy_Pyx_PyFloat_EqCObj(a, b, cval, inplace, zerodiv) cy_binop(MP_BINARY_OP_EQUAL, (a), (b))
// __Pyx_PyLong_NeCObj: `a != b` with a C constant int on the left.
#define cy_Pyx_PyLong_NeCObj(a, b, cval, inplace) cy_binop(MP_BINARY_OP_NOT_EQUAL, (a), (b))
// __Pyx_PyFloat_NeCObj: `a != b` with a C constant float on the left.
#define cy_Pyx_PyFloat_NeCObj(a, b, cval, inplace, zerodiv) cy_binop(MP_BINARY_OP_NOT_EQUAL, (a), (b))
// __Pyx_PyLong_BoolAddCObj: `a + b` (or in place) with a C constant int on the left; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyLong_BoolAddCObj(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_ADD : MP_BINARY_OP_ADD, (a), (b))
// __Pyx_PyLong_BoolSubtractCObj: `a - b` (or in place) with a C constant int on the left; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyLong_BoolSubtractCObj(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_SUBTRACT : MP_BINARY_OP_SUBTRACT, (a), (b))
// __Pyx_PyLong_BoolMultiplyCObj: `a * b` (or in place) with a C constant int on the left; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyLong_BoolMultiplyCObj(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_MULTIPLY : MP_BINARY_OP_MULTIPLY, (a), (b))
// __Pyx_PyLong_BoolAndCObj: `a & b` (or in place) with a C constant int on the left; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyLong_BoolAndCObj(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_AND : MP_BINARY_OP_AND, (a), (b))
// __Pyx_PyLong_BoolOrCObj: `a | b` (or in place) with a C constant int on the left; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyLong_BoolOrCObj(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_OR : MP_BINARY_OP_OR, (a), (b))
// __Pyx_PyLong_BoolXorCObj: `a ^ b` (or in place) with a C constant int on the left; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyLong_BoolXorCObj(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_XOR : MP_BINARY_OP_XOR, (a), (b))
// __Pyx_PyLong_BoolLshiftCObj: `a << b` (or in place) with a C constant int on the left; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyLong_BoolLshiftCObj(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_LSHIFT : MP_BINARY_OP_LSHIFT, (a), (b))
// __Pyx_PyLong_BoolRshiftCObj: `a >> b` (or in place) with a C constant int on the left; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyLong_BoolRshiftCObj(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_RSHIFT : MP_BINARY_OP_RSHIFT, (a), (b))
// __Pyx_PyLong_BoolRemainderCObj: `a % b` (or in place) with a C constant int on the left; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyLong_BoolRemainderCObj(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_MODULO : MP_BINARY_OP_MODULO, (a), (b))
// __Pyx_PyLong_BoolFloorDivideCObj: `a // b` (or in place) with a C constant int on the left; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyLong_BoolFloorDivideCObj(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_FLOOR_DIVIDE : MP_BINARY_OP_FLOOR_DIVIDE, (a), (b))
// __Pyx_PyLong_BoolTrueDivideCObj: `a / b` (or in place) with a C constant int on the left; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyLong_BoolTrueDivideCObj(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_TRUE_DIVIDE : MP_BINARY_OP_TRUE_DIVIDE, (a), (b))
// __Pyx_PyFloat_BoolAddCObj: `a + b` (or in place) with a C constant float on the left; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyFloat_BoolAddCObj(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_ADD : MP_BINARY_OP_ADD, (a), (b))
// __Pyx_PyFloat_BoolSubtractCObj: `a - b` (or in place) with a C constant float on the left; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyFloat_BoolSubtractCObj(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_SUBTRACT : MP_BINARY_OP_SUBTRACT, (a), (b))
// __Pyx_PyFloat_BoolRemainderCObj: `a % b` (or in place) with a C constant float on the left; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyFloat_BoolRemainderCObj(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_MODULO : MP_BINARY_OP_MODULO, (a), (b))
// __Pyx_PyFloat_BoolTrueDivideCObj: `a / b` (or in place) with a C constant float on the left; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyFloat_BoolTrueDivideCObj(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_TRUE_DIVIDE : MP_BINARY_OP_TRUE_DIVIDE, (a), (b))
// __Pyx_PyFloat_BoolDivideCObj: `a / b` (or in place) with a C constant float on the left; its truth (1/0, -1 with a pending exception).
#define cy_Pyx_PyFloat_BoolDivideCObj(a, b, cval, inplace, zerodiv) cy_binop_bool((inplace) ? MP_BINARY_OP_INPLACE_TRUE_DIVIDE : MP_BINARY_OP_TRUE_DIVIDE, (a), (b))
// __Pyx_PyLong_BoolEqCObj: `a == b` with a C constant int on the left.
#define cy_Pyx_PyLong_BoolEqCObj(a, b, cval, inplace) cy_binop_bool(MP_BINARY_OP_EQUAL, (a), (b))
// __Pyx_PyFloat_BoolEqCObj: `a == b` with a C constant float on the left.
#define cy_Pyx_PyFloat_BoolEqCObj(a, b, cval, inplace, zerodiv) cy_binop_bool(MP_BINARY_OP_EQUAL, (a), (b))
// __Pyx_PyLong_BoolNeCObj: `a != b` with a C constant int on the left.
#define cy_Pyx_PyLong_BoolNeCObj(a, b, cval, inplace) cy_binop_bool(MP_BINARY_OP_NOT_EQUAL, (a), (b))
// __Pyx_PyFloat_BoolNeCObj: `a != b` with a C constant float on the left.
#define cy_Pyx_PyFloat_BoolNeCObj(a, b, cval, inplace, zerodiv) cy_binop_bool(MP_BINARY_OP_NOT_EQUAL, (a), (b))
// __Pyx_PyLong_As_int: a Python int (or an object with __index__) as int; OverflowError as CPython's when it does not fit, (type)-1 with the error pending.
#define cy_Pyx_PyLong_As_int(x) CY_AS_ANY((x), int, "int")
// __Pyx_PyLong_From_int: a int as a Python int.
#define cy_Pyx_PyLong_From_int(v) CY_INT_FROM(int, (v))
// __Pyx_PyLong_As_long: a Python int (or an object with __index__) as long; OverflowError as CPython's when it does not fit, (type)-1 with the error pending.
#define cy_Pyx_PyLong_As_long(x) CY_AS_ANY((x), long, "long")
// __Pyx_PyLong_From_long: a long as a Python int.
#define cy_Pyx_PyLong_From_long(v) CY_INT_FROM(long, (v))
// __Pyx_PyLong_As_short: a Python int (or an object with __index__) as short; OverflowError as CPython's when it does not fit, (type)-1 with the error pending.
#define cy_Pyx_PyLong_As_short(x) CY_AS_ANY((x), short, "short")
// __Pyx_PyLong_From_short: a short as a Python int.
#define cy_Pyx_PyLong_From_short(v) CY_INT_FROM(short, (v))
// __Pyx_PyLong_As_char: a Python int (or an object with __index__) as char; OverflowError as CPython's when it does not fit, (type)-1 with the error pending.
#define cy_Pyx_PyLong_As_char(x) CY_AS_ANY((x), char, "char")
// __Pyx_PyLong_From_char: a char as a Python int.
#define cy_Pyx_PyLong_From_char(v) CY_INT_FROM(char, (v))
// __Pyx_PyLong_As_signed_char: a Python int (or an object with __index__) as signed char; OverflowError as CPython's when it does not fit, (type)-1 with the error pending.
#define cy_Pyx_PyLong_As_signed_char(x) CY_AS_ANY((x), signed char, "signed char")
// __Pyx_PyLong_From_signed_char: a signed char as a Python int.
#define cy_Pyx_PyLong_From_signed_char(v) CY_INT_FROM(signed char, (v))
// __Pyx_PyLong_As_unsigned_char: a Python int (or an object with __index__) as unsigned char; OverflowError as CPython's when it does not fit, (type)-1 with the error pending.
#define cy_Pyx_PyLong_As_unsigned_char(x) CY_AS_ANY((x), unsigned char, "unsigned char")
// __Pyx_PyLong_From_unsigned_char: a unsigned char as a Python int.
#define cy_Pyx_PyLong_From_unsigned_char(v) CY_INT_FROM(unsigned char, (v))
// __Pyx_PyLong_As_unsigned_short: a Python int (or an object with __index__) as unsigned short; OverflowError as CPython's when it does not fit, (type)-1 with the error pending.
#define cy_Pyx_PyLong_As_unsigned_short(x) CY_AS_ANY((x), unsigned short, "unsigned short")
// __Pyx_PyLong_From_unsigned_short: a unsigned short as a Python int.
#define cy_Pyx_PyLong_From_unsigned_short(v) CY_INT_FROM(unsigned short, (v))
// __Pyx_PyLong_As_unsigned_int: a Python int (or an object with __index__) as unsigned int; OverflowError as CPython's when it does not fit, (type)-1 with the error pending.
#define cy_Pyx_PyLong_As_unsigned_int(x) CY_AS_ANY((x), unsigned int, "unsigned int")
// __Pyx_PyLong_From_unsigned_int: a unsigned int as a Python int.
#define cy_Pyx_PyLong_From_unsigned_int(v) CY_INT_FROM(unsigned int, (v))
// __Pyx_PyLong_As_unsigned_long: a Python int (or an object with __index__) as unsigned long; OverflowError as CPython's when it does not fit, (type)-1 with the error pending.
#define cy_Pyx_PyLong_As_unsigned_long(x) CY_AS_ANY((x), unsigned long, "unsigned long")
// __Pyx_PyLong_From_unsigned_long: a unsigned long as a Python int.
#define cy_Pyx_PyLong_From_unsigned_long(v) CY_INT_FROM(unsigned long, (v))
// __Pyx_PyLong_As_PY_LONG_LONG: a Python int (or an object with __index__) as long long; OverflowError as CPython's when it does not fit, (type)-1 with the error pending.
#define cy_Pyx_PyLong_As_PY_LONG_LONG(x) CY_AS_ANY((x), long long, "PY_LONG_LONG")
// __Pyx_PyLong_From_PY_LONG_LONG: a long long as a Python int.
#define cy_Pyx_PyLong_From_PY_LONG_LONG(v) CY_INT_FROM(long long, (v))
// __Pyx_PyLong_As_unsigned_PY_LONG_LONG: a Python int (or an object with __index__) as unsigned long long; OverflowError as CPython's when it does not fit, (type)-1 with the error pending.
#define cy_Pyx_PyLong_As_unsigned_PY_LONG_LONG(x) CY_AS_ANY((x), unsigned long long, "unsigned PY_LONG_LONG")
// __Pyx_PyLong_From_unsigned_PY_LONG_LONG: a unsigned long long as a Python int.
#define cy_Pyx_PyLong_From_unsigned_PY_LONG_LONG(v) CY_INT_FROM(unsigned long long, (v))
// __Pyx_PyLong_As_size_t: a Python int (or an object with __index__) as size_t; OverflowError as CPython's when it does not fit, (type)-1 with the error pending.
#define cy_Pyx_PyLong_As_size_t(x) CY_AS_ANY((x), size_t, "size_t")
// __Pyx_PyLong_From_size_t: a size_t as a Python int.
#define cy_Pyx_PyLong_From_size_t(v) CY_INT_FROM(size_t, (v))
// __Pyx_PyLong_As_int8_t: a Python int (or an object with __index__) as int8_t; OverflowError as CPython's when it does not fit, (type)-1 with the error pending.
#define cy_Pyx_PyLong_As_int8_t(x) CY_AS_ANY((x), int8_t, "int8_t")
// __Pyx_PyLong_From_int8_t: a int8_t as a Python int.
#define cy_Pyx_PyLong_From_int8_t(v) CY_INT_FROM(int8_t, (v))
// __Pyx_PyLong_As_int16_t: a Python int (or an object with __index__) as int16_t; OverflowError as CPython's when it does not fit, (type)-1 with the error pending.
#define cy_Pyx_PyLong_As_int16_t(x) CY_AS_ANY((x), int16_t, "int16_t")
// __Pyx_PyLong_From_int16_t: a int16_t as a Python int.
#define cy_Pyx_PyLong_From_int16_t(v) CY_INT_FROM(int16_t, (v))
// __Pyx_PyLong_As_int32_t: a Python int (or an object with __index__) as int32_t; OverflowError as CPython's when it does not fit, (type)-1 with the error pending.
#define cy_Pyx_PyLong_As_int32_t(x) CY_AS_ANY((x), int32_t, "int32_t")
// __Pyx_PyLong_From_int32_t: a int32_t as a Python int.
#define cy_Pyx_PyLong_From_int32_t(v) CY_INT_FROM(int32_t, (v))
// __Pyx_PyLong_As_int64_t: a Python int (or an object with __index__) as int64_t; OverflowError as CPython's when it does not fit, (type)-1 with the error pending.
#define cy_Pyx_PyLong_As_int64_t(x) CY_AS_ANY((x), int64_t, "int64_t")
// __Pyx_PyLong_From_int64_t: a int64_t as a Python int.
#define cy_Pyx_PyLong_From_int64_t(v) CY_INT_FROM(int64_t, (v))
// __Pyx_PyLong_As_uint8_t: a Python int (or an object with __index__) as uint8_t; OverflowError as CPython's when it does not fit, (type)-1 with the error pending.
#define cy_Pyx_PyLong_As_uint8_t(x) CY_AS_ANY((x), uint8_t, "uint8_t")
// __Pyx_PyLong_From_uint8_t: a uint8_t as a Python int.
#define cy_Pyx_PyLong_From_uint8_t(v) CY_INT_FROM(uint8_t, (v))
// __Pyx_PyLong_As_uint16_t: a Python int (or an object with __index__) as uint16_t; OverflowError as CPython's when it does not fit, (type)-1 with the error pending.
#define cy_Pyx_PyLong_As_uint16_t(x) CY_AS_ANY((x), uint16_t, "uint16_t")
// __Pyx_PyLong_From_uint16_t: a uint16_t as a Python int.
#define cy_Pyx_PyLong_From_uint16_t(v) CY_INT_FROM(uint16_t, (v))
// __Pyx_PyLong_As_uint32_t: a Python int (or an object with __index__) as uint32_t; OverflowError as CPython's when it does not fit, (type)-1 with the error pending.
#define cy_Pyx_PyLong_As_uint32_t(x) CY_AS_ANY((x), uint32_t, "uint32_t")
// __Pyx_PyLong_From_uint32_t: a uint32_t as a Python int.
#define cy_Pyx_PyLong_From_uint32_t(v) CY_INT_FROM(uint32_t, (v))
// __Pyx_PyLong_As_uint64_t: a Python int (or an object with __index__) as uint64_t; OverflowError as CPython's when it does not fit, (type)-1 with the error pending.
#define cy_Pyx_PyLong_As_uint64_t(x) CY_AS_ANY((x), uint64_t, "uint64_t")
// __Pyx_PyLong_From_uint64_t: a uint64_t as a Python int.
#define cy_Pyx_PyLong_From_uint64_t(v) CY_INT_FROM(uint64_t, (v))
// __Pyx_PyLong_As_intptr_t: a Python int (or an object with __index__) as intptr_t; OverflowError as CPython's when it does not fit, (type)-1 with the error pending.
#define cy_Pyx_PyLong_As_intptr_t(x) CY_AS_ANY((x), intptr_t, "intptr_t")
// __Pyx_PyLong_From_intptr_t: a intptr_t as a Python int.
#define cy_Pyx_PyLong_From_intptr_t(v) CY_INT_FROM(intptr_t, (v))
// __Pyx_PyLong_As_uintptr_t: a Python int (or an object with __index__) as uintptr_t; OverflowError as CPython's when it does not fit, (type)-1 with the error pending.
#define cy_Pyx_PyLong_As_uintptr_t(x) CY_AS_ANY((x), uintptr_t, "uintptr_t")
// __Pyx_PyLong_From_uintptr_t: a uintptr_t as a Python int.
#define cy_Pyx_PyLong_From_uintptr_t(v) CY_INT_FROM(uintptr_t, (v))
// __Pyx_PyLong_As_ptrdiff_t: a Python int (or an object with __index__) as ptrdiff_t; OverflowError as CPython's when it does not fit, (type)-1 with the error pending.
#define cy_Pyx_PyLong_As_ptrdiff_t(x) CY_AS_ANY((x), ptrdiff_t, "ptrdiff_t")
// __Pyx_PyLong_From_ptrdiff_t: a ptrdiff_t as a Python int.
#define cy_Pyx_PyLong_From_ptrdiff_t(v) CY_INT_FROM(ptrdiff_t, (v))
// __Pyx_pow_int: `b ** e` in int arithmetic, wrapping as C does; 0 for e < 0.
#define cy_Pyx_pow_int(b, e) ((int)cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))
// __Pyx_pow_long: `b ** e` in long arithmetic, wrapping as C does; 0 for e < 0.
#define cy_Pyx_pow_long(b, e) ((long)cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))
// __Pyx_pow_short: `b ** e` in short arithmetic, wrapping as C does; 0 for e < 0.
#define cy_Pyx_pow_short(b, e) ((short)cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))
// __Pyx_pow_char: `b ** e` in char arithmetic, wrapping as C does; 0 for e < 0.
#define cy_Pyx_pow_char(b, e) ((char)cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))
// __Pyx_pow_signed_char: `b ** e` in signed char arithmetic, wrapping as C does; 0 for e < 0.
#define cy_Pyx_pow_signed_char(b, e) ((signed char)cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))
// __Pyx_pow_unsigned_char: `b ** e` in unsigned char arithmetic, wrapping as C does; 0 for e < 0.
#define cy_Pyx_pow_unsigned_char(b, e) ((unsigned char)cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))
// __Pyx_pow_unsigned_short: `b ** e` in unsigned short arithmetic, wrapping as C does; 0 for e < 0.
#define cy_Pyx_pow_unsigned_short(b, e) ((unsigned short)cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))
// __Pyx_pow_unsigned_int: `b ** e` in unsigned int arithmetic, wrapping as C does; 0 for e < 0.
#define cy_Pyx_pow_unsigned_int(b, e) ((unsigned int)cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))
// __Pyx_pow_unsigned_long: `b ** e` in unsigned long arithmetic, wrapping as C does; 0 for e < 0.
#define cy_Pyx_pow_unsigned_long(b, e) ((unsigned long)cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))
// __Pyx_pow_PY_LONG_LONG: `b ** e` in long long arithmetic, wrapping as C does; 0 for e < 0.
#define cy_Pyx_pow_PY_LONG_LONG(b, e) ((long long)cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))
// __Pyx_pow_unsigned_PY_LONG_LONG: `b ** e` in unsigned long long arithmetic, wrapping as C does; 0 for e < 0.
#define cy_Pyx_pow_unsigned_PY_LONG_LONG(b, e) ((unsigned long long)cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))
// __Pyx_pow_size_t: `b ** e` in size_t arithmetic, wrapping as C does; 0 for e < 0.
#define cy_Pyx_pow_size_t(b, e) ((size_t)cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))
// __Pyx_pow_int8_t: `b ** e` in int8_t arithmetic, wrapping as C does; 0 for e < 0.
#define cy_Pyx_pow_int8_t(b, e) ((int8_t)cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))
// __Pyx_pow_int16_t: `b ** e` in int16_t arithmetic, wrapping as C does; 0 for e < 0.
#define cy_Pyx_pow_int16_t(b, e) ((int16_t)cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))
// __Pyx_pow_int32_t: `b ** e` in int32_t arithmetic, wrapping as C does; 0 for e < 0.
#define cy_Pyx_pow_int32_t(b, e) ((int32_t)cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))
// __Pyx_pow_int64_t: `b ** e` in int64_t arithmetic, wrapping as C does; 0 for e < 0.
#define cy_Pyx_pow_int64_t(b, e) ((int64_t)cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))
// __Pyx_pow_uint8_t: `b ** e` in uint8_t arithmetic, wrapping as C does; 0 for e < 0.
#define cy_Pyx_pow_uint8_t(b, e) ((uint8_t)cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))
// __Pyx_pow_uint16_t: `b ** e` in uint16_t arithmetic, wrapping as C does; 0 for e < 0.
#define cy_Pyx_pow_uint16_t(b, e) ((uint16_t)cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))
// __Pyx_pow_uint32_t: `b ** e` in uint32_t arithmetic, wrapping as C does; 0 for e < 0.
#define cy_Pyx_pow_uint32_t(b, e) ((uint32_t)cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))
// __Pyx_pow_uint64_t: `b ** e` in uint64_t arithmetic, wrapping as C does; 0 for e < 0.
#define cy_Pyx_pow_uint64_t(b, e) ((uint64_t)cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))
// __Pyx_pow_intptr_t: `b ** e` in intptr_t arithmetic, wrapping as C does; 0 for e < 0.
#define cy_Pyx_pow_intptr_t(b, e) ((intptr_t)cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))
// __Pyx_pow_uintptr_t: `b ** e` in uintptr_t arithmetic, wrapping as C does; 0 for e < 0.
#define cy_Pyx_pow_uintptr_t(b, e) ((uintptr_t)cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))
// __Pyx_pow_ptrdiff_t: `b ** e` in ptrdiff_t arithmetic, wrapping as C does; 0 for e < 0.
#define cy_Pyx_pow_ptrdiff_t(b, e) ((ptrdiff_t)cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))
// __Pyx_pow_Py_ssize_t: `b ** e` in mp_int_t arithmetic, wrapping as C does; 0 for e < 0.
#define cy_Pyx_pow_Py_ssize_t(b, e) ((mp_int_t)cy_rs_pow_u64((uint64_t)(b), (int64_t)(e)))
#if CY_HAVE_C_COMPLEX
// Cython's int complex (`int complex`, __pyx_t_int_complex): a struct of two ints, as Cython's own without C99 complex.
typedef struct { int real, imag; } cy_pyx_t_int_complex;
// Cython's int complex (`int complex`, __pyx_t_int_complex) from its real and imaginary parts.
static inline cy_pyx_t_int_complex cy_pyx_t_int_complex_from_parts(int x, int y) { cy_pyx_t_int_complex z; z.real = x; z.imag = y; return z; }
// __Pyx_c_eq_int: a == b for Cython's int complex (`int complex`, __pyx_t_int_complex).
static inline int cy_Pyx_c_eq_int(cy_pyx_t_int_complex a, cy_pyx_t_int_complex b) { return (a.real == b.real) && (a.imag == b.imag); }
// __Pyx_c_sum_int: a + b for Cython's int complex (`int complex`, __pyx_t_int_complex).
static inline cy_pyx_t_int_complex cy_Pyx_c_sum_int(cy_pyx_t_int_complex a, cy_pyx_t_int_complex b) { return cy_pyx_t_int_complex_from_parts(a.real + b.real, a.imag + b.imag); }
// __Pyx_c_diff_int: a - b for Cython's int complex (`int complex`, __pyx_t_int_complex).
static inline cy_pyx_t_int_complex cy_Pyx_c_diff_int(cy_pyx_t_int_complex a, cy_pyx_t_int_complex b) { return cy_pyx_t_int_complex_from_parts(a.real - b.real, a.imag - b.imag); }
// __Pyx_c_prod_int: a * b for Cython's int complex (`int complex`, __pyx_t_int_complex).
static inline cy_pyx_t_int_complex cy_Pyx_c_prod_int(cy_pyx_t_int_complex a, cy_pyx_t_int_complex b) { return cy_pyx_t_int_complex_from_parts(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real); }
// __Pyx_c_quot_int: a / b for Cython's int complex (`int complex`, __pyx_t_int_complex), in int arithmetic.
static inline cy_pyx_t_int_complex cy_Pyx_c_quot_int(cy_pyx_t_int_complex a, cy_pyx_t_int_complex b) { if (b.imag == 0) return cy_pyx_t_int_complex_from_parts(a.real / b.real, a.imag / b.real); int denom = b.real * b.real + b.imag * b.imag; return cy_pyx_t_int_complex_from_parts((a.real * b.real + a.imag * b.imag) / denom, (a.imag * b.real - a.real * b.imag) / denom); }
// __Pyx_c_neg_int: -a for Cython's int complex (`int complex`, __pyx_t_int_complex).
static inline cy_pyx_t_int_complex cy_Pyx_c_neg_int(cy_pyx_t_int_complex a) { return cy_pyx_t_int_complex_from_parts(-a.real, -a.imag); }
// __Pyx_c_is_zero_int: a == 0 for Cython's int complex (`int complex`, __pyx_t_int_complex).
static inline int cy_Pyx_c_is_zero_int(cy_pyx_t_int_complex a) { return (a.real == 0) && (a.imag == 0); }
// __Pyx_c_conj_int: the conjugate of Cython's int complex (`int complex`, __pyx_t_int_complex).
static inline cy_pyx_t_int_complex cy_Pyx_c_conj_int(cy_pyx_t_int_complex a) { return cy_pyx_t_int_complex_from_parts(a.real, -a.imag); }
// A Python complex (or number) as Cython's int complex (`int complex`, __pyx_t_int_complex), its parts converted to int.
static inline cy_pyx_t_int_complex cy_Pyx_PyComplex_As___pyx_t_int_complex(mp_obj_t o) { cy_double_complex d = cy_Pyx_PyComplex_As___pyx_t_double_complex(o); return cy_pyx_t_int_complex_from_parts((int)cy_Pyx_CREAL(d), (int)cy_Pyx_CIMAG(d)); }
#endif
#if CY_HAVE_C_COMPLEX
// Cython's long complex (`long complex`, __pyx_t_long_complex): a struct of two longs, as Cython's own without C99 complex.
typedef struct { long real, imag; } cy_pyx_t_long_complex;
// Cython's long complex (`long complex`, __pyx_t_long_complex) from its real and imaginary parts.
static inline cy_pyx_t_long_complex cy_pyx_t_long_complex_from_parts(long x, long y) { cy_pyx_t_long_complex z; z.real = x; z.imag = y; return z; }
// __Pyx_c_eq_long: a == b for Cython's long complex (`long complex`, __pyx_t_long_complex).
static inline int cy_Pyx_c_eq_long(cy_pyx_t_long_complex a, cy_pyx_t_long_complex b) { return (a.real == b.real) && (a.imag == b.imag); }
// __Pyx_c_sum_long: a + b for Cython's long complex (`long complex`, __pyx_t_long_complex).
static inline cy_pyx_t_long_complex cy_Pyx_c_sum_long(cy_pyx_t_long_complex a, cy_pyx_t_long_complex b) { return cy_pyx_t_long_complex_from_parts(a.real + b.real, a.imag + b.imag); }
// __Pyx_c_diff_long: a - b for Cython's long complex (`long complex`, __pyx_t_long_complex).
static inline cy_pyx_t_long_complex cy_Pyx_c_diff_long(cy_pyx_t_long_complex a, cy_pyx_t_long_complex b) { return cy_pyx_t_long_complex_from_parts(a.real - b.real, a.imag - b.imag); }
// __Pyx_c_prod_long: a * b for Cython's long complex (`long complex`, __pyx_t_long_complex).
static inline cy_pyx_t_long_complex cy_Pyx_c_prod_long(cy_pyx_t_long_complex a, cy_pyx_t_long_complex b) { return cy_pyx_t_long_complex_from_parts(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real); }
// __Pyx_c_quot_long: a / b for Cython's long complex (`long complex`, __pyx_t_long_complex), in long arithmetic.
static inline cy_pyx_t_long_complex cy_Pyx_c_quot_long(cy_pyx_t_long_complex a, cy_pyx_t_long_complex b) { if (b.imag == 0) return cy_pyx_t_long_complex_from_parts(a.real / b.real, a.imag / b.real); long denom = b.real * b.real + b.imag * b.imag; return cy_pyx_t_long_complex_from_parts((a.real * b.real + a.imag * b.imag) / denom, (a.imag * b.real - a.real * b.imag) / denom); }
// __Pyx_c_neg_long: -a for Cython's long complex (`long complex`, __pyx_t_long_complex).
static inline cy_pyx_t_long_complex cy_Pyx_c_neg_long(cy_pyx_t_long_complex a) { return cy_pyx_t_long_complex_from_parts(-a.real, -a.imag); }
// __Pyx_c_is_zero_long: a == 0 for Cython's long complex (`long complex`, __pyx_t_long_complex).
static inline int cy_Pyx_c_is_zero_long(cy_pyx_t_long_complex a) { return (a.real == 0) && (a.imag == 0); }
// __Pyx_c_conj_long: the conjugate of Cython's long complex (`long complex`, __pyx_t_long_complex).
static inline cy_pyx_t_long_complex cy_Pyx_c_conj_long(cy_pyx_t_long_complex a) { return cy_pyx_t_long_complex_from_parts(a.real, -a.imag); }
// A Python complex (or number) as Cython's long complex (`long complex`, __pyx_t_long_complex), its parts converted to long.
static inline cy_pyx_t_long_complex cy_Pyx_PyComplex_As___pyx_t_long_complex(mp_obj_t o) { cy_double_complex d = cy_Pyx_PyComplex_As___pyx_t_double_complex(o); return cy_pyx_t_long_complex_from_parts((long)cy_Pyx_CREAL(d), (long)cy_Pyx_CIMAG(d)); }
#endif
// __Pyx_PyArithmeticError_get_args: `e.args` of a caught exception typed ArithmeticError.
#define cy_Pyx_PyArithmeticError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyArithmeticError_set_args: `e.args = v` on a caught exception typed ArithmeticError.
#define cy_Pyx_PyArithmeticError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyArithmeticError_get_context: `e.__context__` of a caught exception typed ArithmeticError.
#define cy_Pyx_PyArithmeticError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyArithmeticError_set_context: `e.__context__ = v` on a caught exception typed ArithmeticError.
#define cy_Pyx_PyArithmeticError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyArithmeticError_get_cause: `e.__cause__` of a caught exception typed ArithmeticError.
#define cy_Pyx_PyArithmeticError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyArithmeticError_set_cause: `e.__cause__ = v` on a caught exception typed ArithmeticError.
#define cy_Pyx_PyArithmeticError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyArithmeticError_get_traceback: `e.__traceback__` of a caught exception typed ArithmeticError.
#define cy_Pyx_PyArithmeticError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyArithmeticError_set_traceback: `e.__traceback__ = v` on a caught exception typed ArithmeticError.
#define cy_Pyx_PyArithmeticError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyAssertionError_get_args: `e.args` of a caught exception typed AssertionError.
#define cy_Pyx_PyAssertionError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyAssertionError_set_args: `e.args = v` on a caught exception typed AssertionError.
#define cy_Pyx_PyAssertionError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyAssertionError_get_context: `e.__context__` of a caught exception typed AssertionError.
#define cy_Pyx_PyAssertionError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyAssertionError_set_context: `e.__context__ = v` on a caught exception typed AssertionError.
#define cy_Pyx_PyAssertionError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyAssertionError_get_cause: `e.__cause__` of a caught exception typed AssertionError.
#define cy_Pyx_PyAssertionError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyAssertionError_set_cause: `e.__cause__ = v` on a caught exception typed AssertionError.
#define cy_Pyx_PyAssertionError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyAssertionError_get_traceback: `e.__traceback__` of a caught exception typed AssertionError.
#define cy_Pyx_PyAssertionError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyAssertionError_set_traceback: `e.__traceback__ = v` on a caught exception typed AssertionError.
#define cy_Pyx_PyAssertionError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyAttributeError_get_args: `e.args` of a caught exception typed AttributeError.
#define cy_Pyx_PyAttributeError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyAttributeError_set_args: `e.args = v` on a caught exception typed AttributeError.
#define cy_Pyx_PyAttributeError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyAttributeError_get_context: `e.__context__` of a caught exception typed AttributeError.
#define cy_Pyx_PyAttributeError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyAttributeError_set_context: `e.__context__ = v` on a caught exception typed AttributeError.
#define cy_Pyx_PyAttributeError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyAttributeError_get_cause: `e.__cause__` of a caught exception typed AttributeError.
#define cy_Pyx_PyAttributeError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyAttributeError_set_cause: `e.__cause__ = v` on a caught exception typed AttributeError.
#define cy_Pyx_PyAttributeError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyAttributeError_get_traceback: `e.__traceback__` of a caught exception typed AttributeError.
#define cy_Pyx_PyAttributeError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyAttributeError_set_traceback: `e.__traceback__ = v` on a caught exception typed AttributeError.
#define cy_Pyx_PyAttributeError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyAttributeError_get_name: `e.name` of a caught exception typed AttributeError.
#define cy_Pyx_PyAttributeError_get_name(e) cy_exc_get((e), MP_QSTR_name)
// __Pyx_PyAttributeError_set_name: `e.name = v` on a caught exception typed AttributeError.
#define cy_Pyx_PyAttributeError_set_name(e, v) cy_exc_set((e), MP_QSTR_name, (v))
// __Pyx_PyAttributeError_get_obj: `e.obj` of a caught exception typed AttributeError.
#define cy_Pyx_PyAttributeError_get_obj(e) cy_exc_get((e), MP_QSTR_obj)
// __Pyx_PyAttributeError_set_obj: `e.obj = v` on a caught exception typed AttributeError.
#define cy_Pyx_PyAttributeError_set_obj(e, v) cy_exc_set((e), MP_QSTR_obj, (v))
// __Pyx_PyBaseException_set_args: `e.args = v` on a caught exception typed BaseException.
#define cy_Pyx_PyBaseException_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyBaseException_get_context: `e.__context__` of a caught exception typed BaseException.
#define cy_Pyx_PyBaseException_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyBaseException_set_context: `e.__context__ = v` on a caught exception typed BaseException.
#define cy_Pyx_PyBaseException_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyBaseException_get_cause: `e.__cause__` of a caught exception typed BaseException.
#define cy_Pyx_PyBaseException_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyBaseException_set_cause: `e.__cause__ = v` on a caught exception typed BaseException.
#define cy_Pyx_PyBaseException_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyBaseException_get_traceback: `e.__traceback__` of a caught exception typed BaseException.
#define cy_Pyx_PyBaseException_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyBaseException_set_traceback: `e.__traceback__ = v` on a caught exception typed BaseException.
#define cy_Pyx_PyBaseException_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyBlockingIOError_get_args: `e.args` of a caught exception typed BlockingIOError.
#define cy_Pyx_PyBlockingIOError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyBlockingIOError_set_args: `e.args = v` on a caught exception typed BlockingIOError.
#define cy_Pyx_PyBlockingIOError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyBlockingIOError_get_context: `e.__context__` of a caught exception typed BlockingIOError.
#define cy_Pyx_PyBlockingIOError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyBlockingIOError_set_context: `e.__context__ = v` on a caught exception typed BlockingIOError.
#define cy_Pyx_PyBlockingIOError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyBlockingIOError_get_cause: `e.__cause__` of a caught exception typed BlockingIOError.
#define cy_Pyx_PyBlockingIOError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyBlockingIOError_set_cause: `e.__cause__ = v` on a caught exception typed BlockingIOError.
#define cy_Pyx_PyBlockingIOError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyBlockingIOError_get_traceback: `e.__traceback__` of a caught exception typed BlockingIOError.
#define cy_Pyx_PyBlockingIOError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyBlockingIOError_set_traceback: `e.__traceback__ = v` on a caught exception typed BlockingIOError.
#define cy_Pyx_PyBlockingIOError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyBrokenPipeError_get_args: `e.args` of a caught exception typed BrokenPipeError.
#define cy_Pyx_PyBrokenPipeError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyBrokenPipeError_set_args: `e.args = v` on a caught exception typed BrokenPipeError.
#define cy_Pyx_PyBrokenPipeError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyBrokenPipeError_get_context: `e.__context__` of a caught exception typed BrokenPipeError.
#define cy_Pyx_PyBrokenPipeError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyBrokenPipeError_set_context: `e.__context__ = v` on a caught exception typed BrokenPipeError.
#define cy_Pyx_PyBrokenPipeError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyBrokenPipeError_get_cause: `e.__cause__` of a caught exception typed BrokenPipeError.
#define cy_Pyx_PyBrokenPipeError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyBrokenPipeError_set_cause: `e.__cause__ = v` on a caught exception typed BrokenPipeError.
#define cy_Pyx_PyBrokenPipeError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyBrokenPipeError_get_traceback: `e.__traceback__` of a caught exception typed BrokenPipeError.
#define cy_Pyx_PyBrokenPipeError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyBrokenPipeError_set_traceback: `e.__traceback__ = v` on a caught exception typed BrokenPipeError.
#define cy_Pyx_PyBrokenPipeError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyBufferError_get_args: `e.args` of a caught exception typed BufferError.
#define cy_Pyx_PyBufferError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyBufferError_set_args: `e.args = v` on a caught exception typed BufferError.
#define cy_Pyx_PyBufferError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyBufferError_get_context: `e.__context__` of a caught exception typed BufferError.
#define cy_Pyx_PyBufferError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyBufferError_set_context: `e.__context__ = v` on a caught exception typed BufferError.
#define cy_Pyx_PyBufferError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyBufferError_get_cause: `e.__cause__` of a caught exception typed BufferError.
#define cy_Pyx_PyBufferError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyBufferError_set_cause: `e.__cause__ = v` on a caught exception typed BufferError.
#define cy_Pyx_PyBufferError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyBufferError_get_traceback: `e.__traceback__` of a caught exception typed BufferError.
#define cy_Pyx_PyBufferError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyBufferError_set_traceback: `e.__traceback__ = v` on a caught exception typed BufferError.
#define cy_Pyx_PyBufferError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyBytesWarning_get_args: `e.args` of a caught exception typed BytesWarning.
#define cy_Pyx_PyBytesWarning_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyBytesWarning_set_args: `e.args = v` on a caught exception typed BytesWarning.
#define cy_Pyx_PyBytesWarning_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyBytesWarning_get_context: `e.__context__` of a caught exception typed BytesWarning.
#define cy_Pyx_PyBytesWarning_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyBytesWarning_set_context: `e.__context__ = v` on a caught exception typed BytesWarning.
#define cy_Pyx_PyBytesWarning_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyBytesWarning_get_cause: `e.__cause__` of a caught exception typed BytesWarning.
#define cy_Pyx_PyBytesWarning_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyBytesWarning_set_cause: `e.__cause__ = v` on a caught exception typed BytesWarning.
#define cy_Pyx_PyBytesWarning_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyBytesWarning_get_traceback: `e.__traceback__` of a caught exception typed BytesWarning.
#define cy_Pyx_PyBytesWarning_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyBytesWarning_set_traceback: `e.__traceback__ = v` on a caught exception typed BytesWarning.
#define cy_Pyx_PyBytesWarning_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyChildProcessError_get_args: `e.args` of a caught exception typed ChildProcessError.
#define cy_Pyx_PyChildProcessError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyChildProcessError_set_args: `e.args = v` on a caught exception typed ChildProcessError.
#define cy_Pyx_PyChildProcessError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyChildProcessError_get_context: `e.__context__` of a caught exception typed ChildProcessError.
#define cy_Pyx_PyChildProcessError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyChildProcessError_set_context: `e.__context__ = v` on a caught exception typed ChildProcessError.
#define cy_Pyx_PyChildProcessError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyChildProcessError_get_cause: `e.__cause__` of a caught exception typed ChildProcessError.
#define cy_Pyx_PyChildProcessError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyChildProcessError_set_cause: `e.__cause__ = v` on a caught exception typed ChildProcessError.
#define cy_Pyx_PyChildProcessError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyChildProcessError_get_traceback: `e.__traceback__` of a caught exception typed ChildProcessError.
#define cy_Pyx_PyChildProcessError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyChildProcessError_set_traceback: `e.__traceback__ = v` on a caught exception typed ChildProcessError.
#define cy_Pyx_PyChildProcessError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyConnectionAbortedError_get_args: `e.args` of a caught exception typed ConnectionAbortedError.
#define cy_Pyx_PyConnectionAbortedError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyConnectionAbortedError_set_args: `e.args = v` on a caught exception typed ConnectionAbortedError.
#define cy_Pyx_PyConnectionAbortedError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyConnectionAbortedError_get_context: `e.__context__` of a caught exception typed ConnectionAbortedError.
#define cy_Pyx_PyConnectionAbortedError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyConnectionAbortedError_set_context: `e.__context__ = v` on a caught exception typed ConnectionAbortedError.
#define cy_Pyx_PyConnectionAbortedError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyConnectionAbortedError_get_cause: `e.__cause__` of a caught exception typed ConnectionAbortedError.
#define cy_Pyx_PyConnectionAbortedError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyConnectionAbortedError_set_cause: `e.__cause__ = v` on a caught exception typed ConnectionAbortedError.
#define cy_Pyx_PyConnectionAbortedError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyConnectionAbortedError_get_traceback: `e.__traceback__` of a caught exception typed ConnectionAbortedError.
#define cy_Pyx_PyConnectionAbortedError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyConnectionAbortedError_set_traceback: `e.__traceback__ = v` on a caught exception typed ConnectionAbortedError.
#define cy_Pyx_PyConnectionAbortedError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyConnectionError_get_args: `e.args` of a caught exception typed ConnectionError.
#define cy_Pyx_PyConnectionError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyConnectionError_set_args: `e.args = v` on a caught exception typed ConnectionError.
#define cy_Pyx_PyConnectionError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyConnectionError_get_context: `e.__context__` of a caught exception typed ConnectionError.
#define cy_Pyx_PyConnectionError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyConnectionError_set_context: `e.__context__ = v` on a caught exception typed ConnectionError.
#define cy_Pyx_PyConnectionError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyConnectionError_get_cause: `e.__cause__` of a caught exception typed ConnectionError.
#define cy_Pyx_PyConnectionError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyConnectionError_set_cause: `e.__cause__ = v` on a caught exception typed ConnectionError.
#define cy_Pyx_PyConnectionError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyConnectionError_get_traceback: `e.__traceback__` of a caught exception typed ConnectionError.
#define cy_Pyx_PyConnectionError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyConnectionError_set_traceback: `e.__traceback__ = v` on a caught exception typed ConnectionError.
#define cy_Pyx_PyConnectionError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyConnectionRefusedError_get_args: `e.args` of a caught exception typed ConnectionRefusedError.
#define cy_Pyx_PyConnectionRefusedError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyConnectionRefusedError_set_args: `e.args = v` on a caught exception typed ConnectionRefusedError.
#define cy_Pyx_PyConnectionRefusedError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyConnectionRefusedError_get_context: `e.__context__` of a caught exception typed ConnectionRefusedError.
#define cy_Pyx_PyConnectionRefusedError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyConnectionRefusedError_set_context: `e.__context__ = v` on a caught exception typed ConnectionRefusedError.
#define cy_Pyx_PyConnectionRefusedError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyConnectionRefusedError_get_cause: `e.__cause__` of a caught exception typed ConnectionRefusedError.
#define cy_Pyx_PyConnectionRefusedError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyConnectionRefusedError_set_cause: `e.__cause__ = v` on a caught exception typed ConnectionRefusedError.
#define cy_Pyx_PyConnectionRefusedError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyConnectionRefusedError_get_traceback: `e.__traceback__` of a caught exception typed ConnectionRefusedError.
#define cy_Pyx_PyConnectionRefusedError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyConnectionRefusedError_set_traceback: `e.__traceback__ = v` on a caught exception typed ConnectionRefusedError.
#define cy_Pyx_PyConnectionRefusedError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyConnectionResetError_get_args: `e.args` of a caught exception typed ConnectionResetError.
#define cy_Pyx_PyConnectionResetError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyConnectionResetError_set_args: `e.args = v` on a caught exception typed ConnectionResetError.
#define cy_Pyx_PyConnectionResetError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyConnectionResetError_get_context: `e.__context__` of a caught exception typed ConnectionResetError.
#define cy_Pyx_PyConnectionResetError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyConnectionResetError_set_context: `e.__context__ = v` on a caught exception typed ConnectionResetError.
#define cy_Pyx_PyConnectionResetError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyConnectionResetError_get_cause: `e.__cause__` of a caught exception typed ConnectionResetError.
#define cy_Pyx_PyConnectionResetError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyConnectionResetError_set_cause: `e.__cause__ = v` on a caught exception typed ConnectionResetError.
#define cy_Pyx_PyConnectionResetError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyConnectionResetError_get_traceback: `e.__traceback__` of a caught exception typed ConnectionResetError.
#define cy_Pyx_PyConnectionResetError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyConnectionResetError_set_traceback: `e.__traceback__ = v` on a caught exception typed ConnectionResetError.
#define cy_Pyx_PyConnectionResetError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyDeprecationWarning_get_args: `e.args` of a caught exception typed DeprecationWarning.
#define cy_Pyx_PyDeprecationWarning_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyDeprecationWarning_set_args: `e.args = v` on a caught exception typed DeprecationWarning.
#define cy_Pyx_PyDeprecationWarning_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyDeprecationWarning_get_context: `e.__context__` of a caught exception typed DeprecationWarning.
#define cy_Pyx_PyDeprecationWarning_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyDeprecationWarning_set_context: `e.__context__ = v` on a caught exception typed DeprecationWarning.
#define cy_Pyx_PyDeprecationWarning_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyDeprecationWarning_get_cause: `e.__cause__` of a caught exception typed DeprecationWarning.
#define cy_Pyx_PyDeprecationWarning_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyDeprecationWarning_set_cause: `e.__cause__ = v` on a caught exception typed DeprecationWarning.
#define cy_Pyx_PyDeprecationWarning_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyDeprecationWarning_get_traceback: `e.__traceback__` of a caught exception typed DeprecationWarning.
#define cy_Pyx_PyDeprecationWarning_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyDeprecationWarning_set_traceback: `e.__traceback__ = v` on a caught exception typed DeprecationWarning.
#define cy_Pyx_PyDeprecationWarning_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyEOFError_get_args: `e.args` of a caught exception typed EOFError.
#define cy_Pyx_PyEOFError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyEOFError_set_args: `e.args = v` on a caught exception typed EOFError.
#define cy_Pyx_PyEOFError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyEOFError_get_context: `e.__context__` of a caught exception typed EOFError.
#define cy_Pyx_PyEOFError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyEOFError_set_context: `e.__context__ = v` on a caught exception typed EOFError.
#define cy_Pyx_PyEOFError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyEOFError_get_cause: `e.__cause__` of a caught exception typed EOFError.
#define cy_Pyx_PyEOFError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyEOFError_set_cause: `e.__cause__ = v` on a caught exception typed EOFError.
#define cy_Pyx_PyEOFError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyEOFError_get_traceback: `e.__traceback__` of a caught exception typed EOFError.
#define cy_Pyx_PyEOFError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyEOFError_set_traceback: `e.__traceback__ = v` on a caught exception typed EOFError.
#define cy_Pyx_PyEOFError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyEnvironmentError_get_args: `e.args` of a caught exception typed EnvironmentError.
#define cy_Pyx_PyEnvironmentError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyEnvironmentError_set_args: `e.args = v` on a caught exception typed EnvironmentError.
#define cy_Pyx_PyEnvironmentError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyEnvironmentError_get_context: `e.__context__` of a caught exception typed EnvironmentError.
#define cy_Pyx_PyEnvironmentError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyEnvironmentError_set_context: `e.__context__ = v` on a caught exception typed EnvironmentError.
#define cy_Pyx_PyEnvironmentError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyEnvironmentError_get_cause: `e.__cause__` of a caught exception typed EnvironmentError.
#define cy_Pyx_PyEnvironmentError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyEnvironmentError_set_cause: `e.__cause__ = v` on a caught exception typed EnvironmentError.
#define cy_Pyx_PyEnvironmentError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyEnvironmentError_get_traceback: `e.__traceback__` of a caught exception typed EnvironmentError.
#define cy_Pyx_PyEnvironmentError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyEnvironmentError_set_traceback: `e.__traceback__ = v` on a caught exception typed EnvironmentError.
#define cy_Pyx_PyEnvironmentError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyException_set_args: `e.args = v` on a caught exception typed Exception.
#define cy_Pyx_PyException_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyException_get_context: `e.__context__` of a caught exception typed Exception.
#define cy_Pyx_PyException_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyException_set_context: `e.__context__ = v` on a caught exception typed Exception.
#define cy_Pyx_PyException_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyException_get_cause: `e.__cause__` of a caught exception typed Exception.
#define cy_Pyx_PyException_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyException_set_cause: `e.__cause__ = v` on a caught exception typed Exception.
#define cy_Pyx_PyException_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyException_get_traceback: `e.__traceback__` of a caught exception typed Exception.
#define cy_Pyx_PyException_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyException_set_traceback: `e.__traceback__ = v` on a caught exception typed Exception.
#define cy_Pyx_PyException_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyFileExistsError_get_args: `e.args` of a caught exception typed FileExistsError.
#define cy_Pyx_PyFileExistsError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyFileExistsError_set_args: `e.args = v` on a caught exception typed FileExistsError.
#define cy_Pyx_PyFileExistsError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyFileExistsError_get_context: `e.__context__` of a caught exception typed FileExistsError.
#define cy_Pyx_PyFileExistsError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyFileExistsError_set_context: `e.__context__ = v` on a caught exception typed FileExistsError.
#define cy_Pyx_PyFileExistsError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyFileExistsError_get_cause: `e.__cause__` of a caught exception typed FileExistsError.
#define cy_Pyx_PyFileExistsError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyFileExistsError_set_cause: `e.__cause__ = v` on a caught exception typed FileExistsError.
#define cy_Pyx_PyFileExistsError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyFileExistsError_get_traceback: `e.__traceback__` of a caught exception typed FileExistsError.
#define cy_Pyx_PyFileExistsError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyFileExistsError_set_traceback: `e.__traceback__ = v` on a caught exception typed FileExistsError.
#define cy_Pyx_PyFileExistsError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyFileNotFoundError_get_args: `e.args` of a caught exception typed FileNotFoundError.
#define cy_Pyx_PyFileNotFoundError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyFileNotFoundError_set_args: `e.args = v` on a caught exception typed FileNotFoundError.
#define cy_Pyx_PyFileNotFoundError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyFileNotFoundError_get_context: `e.__context__` of a caught exception typed FileNotFoundError.
#define cy_Pyx_PyFileNotFoundError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyFileNotFoundError_set_context: `e.__context__ = v` on a caught exception typed FileNotFoundError.
#define cy_Pyx_PyFileNotFoundError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyFileNotFoundError_get_cause: `e.__cause__` of a caught exception typed FileNotFoundError.
#define cy_Pyx_PyFileNotFoundError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyFileNotFoundError_set_cause: `e.__cause__ = v` on a caught exception typed FileNotFoundError.
#define cy_Pyx_PyFileNotFoundError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyFileNotFoundError_get_traceback: `e.__traceback__` of a caught exception typed FileNotFoundError.
#define cy_Pyx_PyFileNotFoundError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyFileNotFoundError_set_traceback: `e.__traceback__ = v` on a caught exception typed FileNotFoundError.
#define cy_Pyx_PyFileNotFoundError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyFloatingPointError_get_args: `e.args` of a caught exception typed FloatingPointError.
#define cy_Pyx_PyFloatingPointError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyFloatingPointError_set_args: `e.args = v` on a caught exception typed FloatingPointError.
#define cy_Pyx_PyFloatingPointError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyFloatingPointError_get_context: `e.__context__` of a caught exception typed FloatingPointError.
#define cy_Pyx_PyFloatingPointError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyFloatingPointError_set_context: `e.__context__ = v` on a caught exception typed FloatingPointError.
#define cy_Pyx_PyFloatingPointError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyFloatingPointError_get_cause: `e.__cause__` of a caught exception typed FloatingPointError.
#define cy_Pyx_PyFloatingPointError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyFloatingPointError_set_cause: `e.__cause__ = v` on a caught exception typed FloatingPointError.
#define cy_Pyx_PyFloatingPointError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyFloatingPointError_get_traceback: `e.__traceback__` of a caught exception typed FloatingPointError.
#define cy_Pyx_PyFloatingPointError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyFloatingPointError_set_traceback: `e.__traceback__ = v` on a caught exception typed FloatingPointError.
#define cy_Pyx_PyFloatingPointError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyFutureWarning_get_args: `e.args` of a caught exception typed FutureWarning.
#define cy_Pyx_PyFutureWarning_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyFutureWarning_set_args: `e.args = v` on a caught exception typed FutureWarning.
#define cy_Pyx_PyFutureWarning_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyFutureWarning_get_context: `e.__context__` of a caught exception typed FutureWarning.
#define cy_Pyx_PyFutureWarning_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyFutureWarning_set_context: `e.__context__ = v` on a caught exception typed FutureWarning.
#define cy_Pyx_PyFutureWarning_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyFutureWarning_get_cause: `e.__cause__` of a caught exception typed FutureWarning.
#define cy_Pyx_PyFutureWarning_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyFutureWarning_set_cause: `e.__cause__ = v` on a caught exception typed FutureWarning.
#define cy_Pyx_PyFutureWarning_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyFutureWarning_get_traceback: `e.__traceback__` of a caught exception typed FutureWarning.
#define cy_Pyx_PyFutureWarning_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyFutureWarning_set_traceback: `e.__traceback__ = v` on a caught exception typed FutureWarning.
#define cy_Pyx_PyFutureWarning_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyGeneratorExit_get_args: `e.args` of a caught exception typed GeneratorExit.
#define cy_Pyx_PyGeneratorExit_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyGeneratorExit_set_args: `e.args = v` on a caught exception typed GeneratorExit.
#define cy_Pyx_PyGeneratorExit_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyGeneratorExit_get_context: `e.__context__` of a caught exception typed GeneratorExit.
#define cy_Pyx_PyGeneratorExit_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyGeneratorExit_set_context: `e.__context__ = v` on a caught exception typed GeneratorExit.
#define cy_Pyx_PyGeneratorExit_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyGeneratorExit_get_cause: `e.__cause__` of a caught exception typed GeneratorExit.
#define cy_Pyx_PyGeneratorExit_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyGeneratorExit_set_cause: `e.__cause__ = v` on a caught exception typed GeneratorExit.
#define cy_Pyx_PyGeneratorExit_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyGeneratorExit_get_traceback: `e.__traceback__` of a caught exception typed GeneratorExit.
#define cy_Pyx_PyGeneratorExit_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyGeneratorExit_set_traceback: `e.__traceback__ = v` on a caught exception typed GeneratorExit.
#define cy_Pyx_PyGeneratorExit_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyIOError_get_args: `e.args` of a caught exception typed IOError.
#define cy_Pyx_PyIOError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyIOError_set_args: `e.args = v` on a caught exception typed IOError.
#define cy_Pyx_PyIOError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyIOError_get_context: `e.__context__` of a caught exception typed IOError.
#define cy_Pyx_PyIOError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyIOError_set_context: `e.__context__ = v` on a caught exception typed IOError.
#define cy_Pyx_PyIOError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyIOError_get_cause: `e.__cause__` of a caught exception typed IOError.
#define cy_Pyx_PyIOError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyIOError_set_cause: `e.__cause__ = v` on a caught exception typed IOError.
#define cy_Pyx_PyIOError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyIOError_get_traceback: `e.__traceback__` of a caught exception typed IOError.
#define cy_Pyx_PyIOError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyIOError_set_traceback: `e.__traceback__ = v` on a caught exception typed IOError.
#define cy_Pyx_PyIOError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyImportError_get_args: `e.args` of a caught exception typed ImportError.
#define cy_Pyx_PyImportError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyImportError_set_args: `e.args = v` on a caught exception typed ImportError.
#define cy_Pyx_PyImportError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyImportError_get_context: `e.__context__` of a caught exception typed ImportError.
#define cy_Pyx_PyImportError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyImportError_set_context: `e.__context__ = v` on a caught exception typed ImportError.
#define cy_Pyx_PyImportError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyImportError_get_cause: `e.__cause__` of a caught exception typed ImportError.
#define cy_Pyx_PyImportError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyImportError_set_cause: `e.__cause__ = v` on a caught exception typed ImportError.
#define cy_Pyx_PyImportError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyImportError_get_traceback: `e.__traceback__` of a caught exception typed ImportError.
#define cy_Pyx_PyImportError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyImportError_set_traceback: `e.__traceback__ = v` on a caught exception typed ImportError.
#define cy_Pyx_PyImportError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyImportWarning_get_args: `e.args` of a caught exception typed ImportWarning.
#define cy_Pyx_PyImportWarning_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyImportWarning_set_args: `e.args = v` on a caught exception typed ImportWarning.
#define cy_Pyx_PyImportWarning_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyImportWarning_get_context: `e.__context__` of a caught exception typed ImportWarning.
#define cy_Pyx_PyImportWarning_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyImportWarning_set_context: `e.__context__ = v` on a caught exception typed ImportWarning.
#define cy_Pyx_PyImportWarning_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyImportWarning_get_cause: `e.__cause__` of a caught exception typed ImportWarning.
#define cy_Pyx_PyImportWarning_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyImportWarning_set_cause: `e.__cause__ = v` on a caught exception typed ImportWarning.
#define cy_Pyx_PyImportWarning_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyImportWarning_get_traceback: `e.__traceback__` of a caught exception typed ImportWarning.
#define cy_Pyx_PyImportWarning_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyImportWarning_set_traceback: `e.__traceback__ = v` on a caught exception typed ImportWarning.
#define cy_Pyx_PyImportWarning_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyIndentationError_get_args: `e.args` of a caught exception typed IndentationError.
#define cy_Pyx_PyIndentationError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyIndentationError_set_args: `e.args = v` on a caught exception typed IndentationError.
#define cy_Pyx_PyIndentationError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyIndentationError_get_context: `e.__context__` of a caught exception typed IndentationError.
#define cy_Pyx_PyIndentationError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyIndentationError_set_context: `e.__context__ = v` on a caught exception typed IndentationError.
#define cy_Pyx_PyIndentationError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyIndentationError_get_cause: `e.__cause__` of a caught exception typed IndentationError.
#define cy_Pyx_PyIndentationError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyIndentationError_set_cause: `e.__cause__ = v` on a caught exception typed IndentationError.
#define cy_Pyx_PyIndentationError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyIndentationError_get_traceback: `e.__traceback__` of a caught exception typed IndentationError.
#define cy_Pyx_PyIndentationError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyIndentationError_set_traceback: `e.__traceback__ = v` on a caught exception typed IndentationError.
#define cy_Pyx_PyIndentationError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyIndexError_get_args: `e.args` of a caught exception typed IndexError.
#define cy_Pyx_PyIndexError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyIndexError_set_args: `e.args = v` on a caught exception typed IndexError.
#define cy_Pyx_PyIndexError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyIndexError_get_context: `e.__context__` of a caught exception typed IndexError.
#define cy_Pyx_PyIndexError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyIndexError_set_context: `e.__context__ = v` on a caught exception typed IndexError.
#define cy_Pyx_PyIndexError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyIndexError_get_cause: `e.__cause__` of a caught exception typed IndexError.
#define cy_Pyx_PyIndexError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyIndexError_set_cause: `e.__cause__ = v` on a caught exception typed IndexError.
#define cy_Pyx_PyIndexError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyIndexError_get_traceback: `e.__traceback__` of a caught exception typed IndexError.
#define cy_Pyx_PyIndexError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyIndexError_set_traceback: `e.__traceback__ = v` on a caught exception typed IndexError.
#define cy_Pyx_PyIndexError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyInterruptedError_get_args: `e.args` of a caught exception typed InterruptedError.
#define cy_Pyx_PyInterruptedError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyInterruptedError_set_args: `e.args = v` on a caught exception typed InterruptedError.
#define cy_Pyx_PyInterruptedError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyInterruptedError_get_context: `e.__context__` of a caught exception typed InterruptedError.
#define cy_Pyx_PyInterruptedError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyInterruptedError_set_context: `e.__context__ = v` on a caught exception typed InterruptedError.
#define cy_Pyx_PyInterruptedError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyInterruptedError_get_cause: `e.__cause__` of a caught exception typed InterruptedError.
#define cy_Pyx_PyInterruptedError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyInterruptedError_set_cause: `e.__cause__ = v` on a caught exception typed InterruptedError.
#define cy_Pyx_PyInterruptedError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyInterruptedError_get_traceback: `e.__traceback__` of a caught exception typed InterruptedError.
#define cy_Pyx_PyInterruptedError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyInterruptedError_set_traceback: `e.__traceback__ = v` on a caught exception typed InterruptedError.
#define cy_Pyx_PyInterruptedError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyIsADirectoryError_get_args: `e.args` of a caught exception typed IsADirectoryError.
#define cy_Pyx_PyIsADirectoryError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyIsADirectoryError_set_args: `e.args = v` on a caught exception typed IsADirectoryError.
#define cy_Pyx_PyIsADirectoryError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyIsADirectoryError_get_context: `e.__context__` of a caught exception typed IsADirectoryError.
#define cy_Pyx_PyIsADirectoryError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyIsADirectoryError_set_context: `e.__context__ = v` on a caught exception typed IsADirectoryError.
#define cy_Pyx_PyIsADirectoryError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyIsADirectoryError_get_cause: `e.__cause__` of a caught exception typed IsADirectoryError.
#define cy_Pyx_PyIsADirectoryError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyIsADirectoryError_set_cause: `e.__cause__ = v` on a caught exception typed IsADirectoryError.
#define cy_Pyx_PyIsADirectoryError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyIsADirectoryError_get_traceback: `e.__traceback__` of a caught exception typed IsADirectoryError.
#define cy_Pyx_PyIsADirectoryError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyIsADirectoryError_set_traceback: `e.__traceback__ = v` on a caught exception typed IsADirectoryError.
#define cy_Pyx_PyIsADirectoryError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyKeyError_set_args: `e.args = v` on a caught exception typed KeyError.
#define cy_Pyx_PyKeyError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyKeyError_get_context: `e.__context__` of a caught exception typed KeyError.
#define cy_Pyx_PyKeyError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyKeyError_set_context: `e.__context__ = v` on a caught exception typed KeyError.
#define cy_Pyx_PyKeyError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyKeyError_get_cause: `e.__cause__` of a caught exception typed KeyError.
#define cy_Pyx_PyKeyError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyKeyError_set_cause: `e.__cause__ = v` on a caught exception typed KeyError.
#define cy_Pyx_PyKeyError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyKeyError_get_traceback: `e.__traceback__` of a caught exception typed KeyError.
#define cy_Pyx_PyKeyError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyKeyError_set_traceback: `e.__traceback__ = v` on a caught exception typed KeyError.
#define cy_Pyx_PyKeyError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyKeyboardInterrupt_get_args: `e.args` of a caught exception typed KeyboardInterrupt.
#define cy_Pyx_PyKeyboardInterrupt_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyKeyboardInterrupt_set_args: `e.args = v` on a caught exception typed KeyboardInterrupt.
#define cy_Pyx_PyKeyboardInterrupt_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyKeyboardInterrupt_get_context: `e.__context__` of a caught exception typed KeyboardInterrupt.
#define cy_Pyx_PyKeyboardInterrupt_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyKeyboardInterrupt_set_context: `e.__context__ = v` on a caught exception typed KeyboardInterrupt.
#define cy_Pyx_PyKeyboardInterrupt_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyKeyboardInterrupt_get_cause: `e.__cause__` of a caught exception typed KeyboardInterrupt.
#define cy_Pyx_PyKeyboardInterrupt_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyKeyboardInterrupt_set_cause: `e.__cause__ = v` on a caught exception typed KeyboardInterrupt.
#define cy_Pyx_PyKeyboardInterrupt_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyKeyboardInterrupt_get_traceback: `e.__traceback__` of a caught exception typed KeyboardInterrupt.
#define cy_Pyx_PyKeyboardInterrupt_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyKeyboardInterrupt_set_traceback: `e.__traceback__ = v` on a caught exception typed KeyboardInterrupt.
#define cy_Pyx_PyKeyboardInterrupt_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyLookupError_get_args: `e.args` of a caught exception typed LookupError.
#define cy_Pyx_PyLookupError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyLookupError_set_args: `e.args = v` on a caught exception typed LookupError.
#define cy_Pyx_PyLookupError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyLookupError_get_context: `e.__context__` of a caught exception typed LookupError.
#define cy_Pyx_PyLookupError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyLookupError_set_context: `e.__context__ = v` on a caught exception typed LookupError.
#define cy_Pyx_PyLookupError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyLookupError_get_cause: `e.__cause__` of a caught exception typed LookupError.
#define cy_Pyx_PyLookupError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyLookupError_set_cause: `e.__cause__ = v` on a caught exception typed LookupError.
#define cy_Pyx_PyLookupError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyLookupError_get_traceback: `e.__traceback__` of a caught exception typed LookupError.
#define cy_Pyx_PyLookupError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyLookupError_set_traceback: `e.__traceback__ = v` on a caught exception typed LookupError.
#define cy_Pyx_PyLookupError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyMemoryError_get_args: `e.args` of a caught exception typed MemoryError.
#define cy_Pyx_PyMemoryError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyMemoryError_set_args: `e.args = v` on a caught exception typed MemoryError.
#define cy_Pyx_PyMemoryError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyMemoryError_get_context: `e.__context__` of a caught exception typed MemoryError.
#define cy_Pyx_PyMemoryError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyMemoryError_set_context: `e.__context__ = v` on a caught exception typed MemoryError.
#define cy_Pyx_PyMemoryError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyMemoryError_get_cause: `e.__cause__` of a caught exception typed MemoryError.
#define cy_Pyx_PyMemoryError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyMemoryError_set_cause: `e.__cause__ = v` on a caught exception typed MemoryError.
#define cy_Pyx_PyMemoryError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyMemoryError_get_traceback: `e.__traceback__` of a caught exception typed MemoryError.
#define cy_Pyx_PyMemoryError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyMemoryError_set_traceback: `e.__traceback__ = v` on a caught exception typed MemoryError.
#define cy_Pyx_PyMemoryError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyModuleNotFoundError_get_args: `e.args` of a caught exception typed ModuleNotFoundError.
#define cy_Pyx_PyModuleNotFoundError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyModuleNotFoundError_set_args: `e.args = v` on a caught exception typed ModuleNotFoundError.
#define cy_Pyx_PyModuleNotFoundError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyModuleNotFoundError_get_context: `e.__context__` of a caught exception typed ModuleNotFoundError.
#define cy_Pyx_PyModuleNotFoundError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyModuleNotFoundError_set_context: `e.__context__ = v` on a caught exception typed ModuleNotFoundError.
#define cy_Pyx_PyModuleNotFoundError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyModuleNotFoundError_get_cause: `e.__cause__` of a caught exception typed ModuleNotFoundError.
#define cy_Pyx_PyModuleNotFoundError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyModuleNotFoundError_set_cause: `e.__cause__ = v` on a caught exception typed ModuleNotFoundError.
#define cy_Pyx_PyModuleNotFoundError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyModuleNotFoundError_get_traceback: `e.__traceback__` of a caught exception typed ModuleNotFoundError.
#define cy_Pyx_PyModuleNotFoundError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyModuleNotFoundError_set_traceback: `e.__traceback__ = v` on a caught exception typed ModuleNotFoundError.
#define cy_Pyx_PyModuleNotFoundError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyNameError_get_args: `e.args` of a caught exception typed NameError.
#define cy_Pyx_PyNameError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyNameError_set_args: `e.args = v` on a caught exception typed NameError.
#define cy_Pyx_PyNameError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyNameError_get_context: `e.__context__` of a caught exception typed NameError.
#define cy_Pyx_PyNameError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyNameError_set_context: `e.__context__ = v` on a caught exception typed NameError.
#define cy_Pyx_PyNameError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyNameError_get_cause: `e.__cause__` of a caught exception typed NameError.
#define cy_Pyx_PyNameError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyNameError_set_cause: `e.__cause__ = v` on a caught exception typed NameError.
#define cy_Pyx_PyNameError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyNameError_get_traceback: `e.__traceback__` of a caught exception typed NameError.
#define cy_Pyx_PyNameError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyNameError_set_traceback: `e.__traceback__ = v` on a caught exception typed NameError.
#define cy_Pyx_PyNameError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyNameError_get_name: `e.name` of a caught exception typed NameError.
#define cy_Pyx_PyNameError_get_name(e) cy_exc_get((e), MP_QSTR_name)
// __Pyx_PyNameError_set_name: `e.name = v` on a caught exception typed NameError.
#define cy_Pyx_PyNameError_set_name(e, v) cy_exc_set((e), MP_QSTR_name, (v))
// __Pyx_PyNotADirectoryError_get_args: `e.args` of a caught exception typed NotADirectoryError.
#define cy_Pyx_PyNotADirectoryError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyNotADirectoryError_set_args: `e.args = v` on a caught exception typed NotADirectoryError.
#define cy_Pyx_PyNotADirectoryError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyNotADirectoryError_get_context: `e.__context__` of a caught exception typed NotADirectoryError.
#define cy_Pyx_PyNotADirectoryError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyNotADirectoryError_set_context: `e.__context__ = v` on a caught exception typed NotADirectoryError.
#define cy_Pyx_PyNotADirectoryError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyNotADirectoryError_get_cause: `e.__cause__` of a caught exception typed NotADirectoryError.
#define cy_Pyx_PyNotADirectoryError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyNotADirectoryError_set_cause: `e.__cause__ = v` on a caught exception typed NotADirectoryError.
#define cy_Pyx_PyNotADirectoryError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyNotADirectoryError_get_traceback: `e.__traceback__` of a caught exception typed NotADirectoryError.
#define cy_Pyx_PyNotADirectoryError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyNotADirectoryError_set_traceback: `e.__traceback__ = v` on a caught exception typed NotADirectoryError.
#define cy_Pyx_PyNotADirectoryError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyNotImplementedError_get_args: `e.args` of a caught exception typed NotImplementedError.
#define cy_Pyx_PyNotImplementedError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyNotImplementedError_set_args: `e.args = v` on a caught exception typed NotImplementedError.
#define cy_Pyx_PyNotImplementedError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyNotImplementedError_get_context: `e.__context__` of a caught exception typed NotImplementedError.
#define cy_Pyx_PyNotImplementedError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyNotImplementedError_set_context: `e.__context__ = v` on a caught exception typed NotImplementedError.
#define cy_Pyx_PyNotImplementedError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyNotImplementedError_get_cause: `e.__cause__` of a caught exception typed NotImplementedError.
#define cy_Pyx_PyNotImplementedError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyNotImplementedError_set_cause: `e.__cause__ = v` on a caught exception typed NotImplementedError.
#define cy_Pyx_PyNotImplementedError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyNotImplementedError_get_traceback: `e.__traceback__` of a caught exception typed NotImplementedError.
#define cy_Pyx_PyNotImplementedError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyNotImplementedError_set_traceback: `e.__traceback__ = v` on a caught exception typed NotImplementedError.
#define cy_Pyx_PyNotImplementedError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyOSError_get_args: `e.args` of a caught exception typed OSError.
#define cy_Pyx_PyOSError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyOSError_set_args: `e.args = v` on a caught exception typed OSError.
#define cy_Pyx_PyOSError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyOSError_get_context: `e.__context__` of a caught exception typed OSError.
#define cy_Pyx_PyOSError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyOSError_set_context: `e.__context__ = v` on a caught exception typed OSError.
#define cy_Pyx_PyOSError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyOSError_get_cause: `e.__cause__` of a caught exception typed OSError.
#define cy_Pyx_PyOSError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyOSError_set_cause: `e.__cause__ = v` on a caught exception typed OSError.
#define cy_Pyx_PyOSError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyOSError_get_traceback: `e.__traceback__` of a caught exception typed OSError.
#define cy_Pyx_PyOSError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyOSError_set_traceback: `e.__traceback__ = v` on a caught exception typed OSError.
#define cy_Pyx_PyOSError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyOverflowError_get_args: `e.args` of a caught exception typed OverflowError.
#define cy_Pyx_PyOverflowError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyOverflowError_set_args: `e.args = v` on a caught exception typed OverflowError.
#define cy_Pyx_PyOverflowError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyOverflowError_get_context: `e.__context__` of a caught exception typed OverflowError.
#define cy_Pyx_PyOverflowError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyOverflowError_set_context: `e.__context__ = v` on a caught exception typed OverflowError.
#define cy_Pyx_PyOverflowError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyOverflowError_get_cause: `e.__cause__` of a caught exception typed OverflowError.
#define cy_Pyx_PyOverflowError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyOverflowError_set_cause: `e.__cause__ = v` on a caught exception typed OverflowError.
#define cy_Pyx_PyOverflowError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyOverflowError_get_traceback: `e.__traceback__` of a caught exception typed OverflowError.
#define cy_Pyx_PyOverflowError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyOverflowError_set_traceback: `e.__traceback__ = v` on a caught exception typed OverflowError.
#define cy_Pyx_PyOverflowError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyPendingDeprecationWarning_get_args: `e.args` of a caught exception typed PendingDeprecationWarning.
#define cy_Pyx_PyPendingDeprecationWarning_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyPendingDeprecationWarning_set_args: `e.args = v` on a caught exception typed PendingDeprecationWarning.
#define cy_Pyx_PyPendingDeprecationWarning_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyPendingDeprecationWarning_get_context: `e.__context__` of a caught exception typed PendingDeprecationWarning.
#define cy_Pyx_PyPendingDeprecationWarning_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyPendingDeprecationWarning_set_context: `e.__context__ = v` on a caught exception typed PendingDeprecationWarning.
#define cy_Pyx_PyPendingDeprecationWarning_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyPendingDeprecationWarning_get_cause: `e.__cause__` of a caught exception typed PendingDeprecationWarning.
#define cy_Pyx_PyPendingDeprecationWarning_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyPendingDeprecationWarning_set_cause: `e.__cause__ = v` on a caught exception typed PendingDeprecationWarning.
#define cy_Pyx_PyPendingDeprecationWarning_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyPendingDeprecationWarning_get_traceback: `e.__traceback__` of a caught exception typed PendingDeprecationWarning.
#define cy_Pyx_PyPendingDeprecationWarning_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyPendingDeprecationWarning_set_traceback: `e.__traceback__ = v` on a caught exception typed PendingDeprecationWarning.
#define cy_Pyx_PyPendingDeprecationWarning_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyPermissionError_get_args: `e.args` of a caught exception typed PermissionError.
#define cy_Pyx_PyPermissionError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyPermissionError_set_args: `e.args = v` on a caught exception typed PermissionError.
#define cy_Pyx_PyPermissionError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyPermissionError_get_context: `e.__context__` of a caught exception typed PermissionError.
#define cy_Pyx_PyPermissionError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyPermissionError_set_context: `e.__context__ = v` on a caught exception typed PermissionError.
#define cy_Pyx_PyPermissionError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyPermissionError_get_cause: `e.__cause__` of a caught exception typed PermissionError.
#define cy_Pyx_PyPermissionError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyPermissionError_set_cause: `e.__cause__ = v` on a caught exception typed PermissionError.
#define cy_Pyx_PyPermissionError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyPermissionError_get_traceback: `e.__traceback__` of a caught exception typed PermissionError.
#define cy_Pyx_PyPermissionError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyPermissionError_set_traceback: `e.__traceback__ = v` on a caught exception typed PermissionError.
#define cy_Pyx_PyPermissionError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyProcessLookupError_get_args: `e.args` of a caught exception typed ProcessLookupError.
#define cy_Pyx_PyProcessLookupError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyProcessLookupError_set_args: `e.args = v` on a caught exception typed ProcessLookupError.
#define cy_Pyx_PyProcessLookupError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyProcessLookupError_get_context: `e.__context__` of a caught exception typed ProcessLookupError.
#define cy_Pyx_PyProcessLookupError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyProcessLookupError_set_context: `e.__context__ = v` on a caught exception typed ProcessLookupError.
#define cy_Pyx_PyProcessLookupError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyProcessLookupError_get_cause: `e.__cause__` of a caught exception typed ProcessLookupError.
#define cy_Pyx_PyProcessLookupError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyProcessLookupError_set_cause: `e.__cause__ = v` on a caught exception typed ProcessLookupError.
#define cy_Pyx_PyProcessLookupError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyProcessLookupError_get_traceback: `e.__traceback__` of a caught exception typed ProcessLookupError.
#define cy_Pyx_PyProcessLookupError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyProcessLookupError_set_traceback: `e.__traceback__ = v` on a caught exception typed ProcessLookupError.
#define cy_Pyx_PyProcessLookupError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyRecursionError_get_args: `e.args` of a caught exception typed RecursionError.
#define cy_Pyx_PyRecursionError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyRecursionError_set_args: `e.args = v` on a caught exception typed RecursionError.
#define cy_Pyx_PyRecursionError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyRecursionError_get_context: `e.__context__` of a caught exception typed RecursionError.
#define cy_Pyx_PyRecursionError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyRecursionError_set_context: `e.__context__ = v` on a caught exception typed RecursionError.
#define cy_Pyx_PyRecursionError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyRecursionError_get_cause: `e.__cause__` of a caught exception typed RecursionError.
#define cy_Pyx_PyRecursionError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyRecursionError_set_cause: `e.__cause__ = v` on a caught exception typed RecursionError.
#define cy_Pyx_PyRecursionError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyRecursionError_get_traceback: `e.__traceback__` of a caught exception typed RecursionError.
#define cy_Pyx_PyRecursionError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyRecursionError_set_traceback: `e.__traceback__ = v` on a caught exception typed RecursionError.
#define cy_Pyx_PyRecursionError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyReferenceError_get_args: `e.args` of a caught exception typed ReferenceError.
#define cy_Pyx_PyReferenceError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyReferenceError_set_args: `e.args = v` on a caught exception typed ReferenceError.
#define cy_Pyx_PyReferenceError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyReferenceError_get_context: `e.__context__` of a caught exception typed ReferenceError.
#define cy_Pyx_PyReferenceError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyReferenceError_set_context: `e.__context__ = v` on a caught exception typed ReferenceError.
#define cy_Pyx_PyReferenceError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyReferenceError_get_cause: `e.__cause__` of a caught exception typed ReferenceError.
#define cy_Pyx_PyReferenceError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyReferenceError_set_cause: `e.__cause__ = v` on a caught exception typed ReferenceError.
#define cy_Pyx_PyReferenceError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyReferenceError_get_traceback: `e.__traceback__` of a caught exception typed ReferenceError.
#define cy_Pyx_PyReferenceError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyReferenceError_set_traceback: `e.__traceback__ = v` on a caught exception typed ReferenceError.
#define cy_Pyx_PyReferenceError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyResourceWarning_get_args: `e.args` of a caught exception typed ResourceWarning.
#define cy_Pyx_PyResourceWarning_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyResourceWarning_set_args: `e.args = v` on a caught exception typed ResourceWarning.
#define cy_Pyx_PyResourceWarning_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyResourceWarning_get_context: `e.__context__` of a caught exception typed ResourceWarning.
#define cy_Pyx_PyResourceWarning_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyResourceWarning_set_context: `e.__context__ = v` on a caught exception typed ResourceWarning.
#define cy_Pyx_PyResourceWarning_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyResourceWarning_get_cause: `e.__cause__` of a caught exception typed ResourceWarning.
#define cy_Pyx_PyResourceWarning_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyResourceWarning_set_cause: `e.__cause__ = v` on a caught exception typed ResourceWarning.
#define cy_Pyx_PyResourceWarning_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyResourceWarning_get_traceback: `e.__traceback__` of a caught exception typed ResourceWarning.
#define cy_Pyx_PyResourceWarning_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyResourceWarning_set_traceback: `e.__traceback__ = v` on a caught exception typed ResourceWarning.
#define cy_Pyx_PyResourceWarning_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyRuntimeError_get_args: `e.args` of a caught exception typed RuntimeError.
#define cy_Pyx_PyRuntimeError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyRuntimeError_set_args: `e.args = v` on a caught exception typed RuntimeError.
#define cy_Pyx_PyRuntimeError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyRuntimeError_get_context: `e.__context__` of a caught exception typed RuntimeError.
#define cy_Pyx_PyRuntimeError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyRuntimeError_set_context: `e.__context__ = v` on a caught exception typed RuntimeError.
#define cy_Pyx_PyRuntimeError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyRuntimeError_get_cause: `e.__cause__` of a caught exception typed RuntimeError.
#define cy_Pyx_PyRuntimeError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyRuntimeError_set_cause: `e.__cause__ = v` on a caught exception typed RuntimeError.
#define cy_Pyx_PyRuntimeError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyRuntimeError_get_traceback: `e.__traceback__` of a caught exception typed RuntimeError.
#define cy_Pyx_PyRuntimeError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyRuntimeError_set_traceback: `e.__traceback__ = v` on a caught exception typed RuntimeError.
#define cy_Pyx_PyRuntimeError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyRuntimeWarning_get_args: `e.args` of a caught exception typed RuntimeWarning.
#define cy_Pyx_PyRuntimeWarning_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyRuntimeWarning_set_args: `e.args = v` on a caught exception typed RuntimeWarning.
#define cy_Pyx_PyRuntimeWarning_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyRuntimeWarning_get_context: `e.__context__` of a caught exception typed RuntimeWarning.
#define cy_Pyx_PyRuntimeWarning_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyRuntimeWarning_set_context: `e.__context__ = v` on a caught exception typed RuntimeWarning.
#define cy_Pyx_PyRuntimeWarning_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyRuntimeWarning_get_cause: `e.__cause__` of a caught exception typed RuntimeWarning.
#define cy_Pyx_PyRuntimeWarning_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyRuntimeWarning_set_cause: `e.__cause__ = v` on a caught exception typed RuntimeWarning.
#define cy_Pyx_PyRuntimeWarning_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyRuntimeWarning_get_traceback: `e.__traceback__` of a caught exception typed RuntimeWarning.
#define cy_Pyx_PyRuntimeWarning_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyRuntimeWarning_set_traceback: `e.__traceback__ = v` on a caught exception typed RuntimeWarning.
#define cy_Pyx_PyRuntimeWarning_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyStopAsyncIteration_get_args: `e.args` of a caught exception typed StopAsyncIteration.
#define cy_Pyx_PyStopAsyncIteration_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyStopAsyncIteration_set_args: `e.args = v` on a caught exception typed StopAsyncIteration.
#define cy_Pyx_PyStopAsyncIteration_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyStopAsyncIteration_get_context: `e.__context__` of a caught exception typed StopAsyncIteration.
#define cy_Pyx_PyStopAsyncIteration_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyStopAsyncIteration_set_context: `e.__context__ = v` on a caught exception typed StopAsyncIteration.
#define cy_Pyx_PyStopAsyncIteration_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyStopAsyncIteration_get_cause: `e.__cause__` of a caught exception typed StopAsyncIteration.
#define cy_Pyx_PyStopAsyncIteration_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyStopAsyncIteration_set_cause: `e.__cause__ = v` on a caught exception typed StopAsyncIteration.
#define cy_Pyx_PyStopAsyncIteration_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyStopAsyncIteration_get_traceback: `e.__traceback__` of a caught exception typed StopAsyncIteration.
#define cy_Pyx_PyStopAsyncIteration_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyStopAsyncIteration_set_traceback: `e.__traceback__ = v` on a caught exception typed StopAsyncIteration.
#define cy_Pyx_PyStopAsyncIteration_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyStopIteration_get_args: `e.args` of a caught exception typed StopIteration.
#define cy_Pyx_PyStopIteration_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyStopIteration_set_args: `e.args = v` on a caught exception typed StopIteration.
#define cy_Pyx_PyStopIteration_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyStopIteration_get_context: `e.__context__` of a caught exception typed StopIteration.
#define cy_Pyx_PyStopIteration_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyStopIteration_set_context: `e.__context__ = v` on a caught exception typed StopIteration.
#define cy_Pyx_PyStopIteration_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyStopIteration_get_cause: `e.__cause__` of a caught exception typed StopIteration.
#define cy_Pyx_PyStopIteration_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyStopIteration_set_cause: `e.__cause__ = v` on a caught exception typed StopIteration.
#define cy_Pyx_PyStopIteration_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyStopIteration_get_traceback: `e.__traceback__` of a caught exception typed StopIteration.
#define cy_Pyx_PyStopIteration_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyStopIteration_set_traceback: `e.__traceback__ = v` on a caught exception typed StopIteration.
#define cy_Pyx_PyStopIteration_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyStopIteration_get_value: `e.value` of a caught exception typed StopIteration.
#define cy_Pyx_PyStopIteration_get_value(e) cy_exc_get((e), MP_QSTR_value)
// __Pyx_PyStopIteration_set_value: `e.value = v` on a caught exception typed StopIteration.
#define cy_Pyx_PyStopIteration_set_value(e, v) cy_exc_set((e), MP_QSTR_value, (v))
// __Pyx_PySyntaxError_get_args: `e.args` of a caught exception typed SyntaxError.
#define cy_Pyx_PySyntaxError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PySyntaxError_set_args: `e.args = v` on a caught exception typed SyntaxError.
#define cy_Pyx_PySyntaxError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PySyntaxError_get_context: `e.__context__` of a caught exception typed SyntaxError.
#define cy_Pyx_PySyntaxError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PySyntaxError_set_context: `e.__context__ = v` on a caught exception typed SyntaxError.
#define cy_Pyx_PySyntaxError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PySyntaxError_get_cause: `e.__cause__` of a caught exception typed SyntaxError.
#define cy_Pyx_PySyntaxError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PySyntaxError_set_cause: `e.__cause__ = v` on a caught exception typed SyntaxError.
#define cy_Pyx_PySyntaxError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PySyntaxError_get_traceback: `e.__traceback__` of a caught exception typed SyntaxError.
#define cy_Pyx_PySyntaxError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PySyntaxError_set_traceback: `e.__traceback__ = v` on a caught exception typed SyntaxError.
#define cy_Pyx_PySyntaxError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PySyntaxWarning_get_args: `e.args` of a caught exception typed SyntaxWarning.
#define cy_Pyx_PySyntaxWarning_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PySyntaxWarning_set_args: `e.args = v` on a caught exception typed SyntaxWarning.
#define cy_Pyx_PySyntaxWarning_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PySyntaxWarning_get_context: `e.__context__` of a caught exception typed SyntaxWarning.
#define cy_Pyx_PySyntaxWarning_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PySyntaxWarning_set_context: `e.__context__ = v` on a caught exception typed SyntaxWarning.
#define cy_Pyx_PySyntaxWarning_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PySyntaxWarning_get_cause: `e.__cause__` of a caught exception typed SyntaxWarning.
#define cy_Pyx_PySyntaxWarning_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PySyntaxWarning_set_cause: `e.__cause__ = v` on a caught exception typed SyntaxWarning.
#define cy_Pyx_PySyntaxWarning_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PySyntaxWarning_get_traceback: `e.__traceback__` of a caught exception typed SyntaxWarning.
#define cy_Pyx_PySyntaxWarning_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PySyntaxWarning_set_traceback: `e.__traceback__ = v` on a caught exception typed SyntaxWarning.
#define cy_Pyx_PySyntaxWarning_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PySystemError_get_args: `e.args` of a caught exception typed SystemError.
#define cy_Pyx_PySystemError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PySystemError_set_args: `e.args = v` on a caught exception typed SystemError.
#define cy_Pyx_PySystemError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PySystemError_get_context: `e.__context__` of a caught exception typed SystemError.
#define cy_Pyx_PySystemError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PySystemError_set_context: `e.__context__ = v` on a caught exception typed SystemError.
#define cy_Pyx_PySystemError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PySystemError_get_cause: `e.__cause__` of a caught exception typed SystemError.
#define cy_Pyx_PySystemError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PySystemError_set_cause: `e.__cause__ = v` on a caught exception typed SystemError.
#define cy_Pyx_PySystemError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PySystemError_get_traceback: `e.__traceback__` of a caught exception typed SystemError.
#define cy_Pyx_PySystemError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PySystemError_set_traceback: `e.__traceback__ = v` on a caught exception typed SystemError.
#define cy_Pyx_PySystemError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PySystemExit_get_args: `e.args` of a caught exception typed SystemExit.
#define cy_Pyx_PySystemExit_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PySystemExit_set_args: `e.args = v` on a caught exception typed SystemExit.
#define cy_Pyx_PySystemExit_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PySystemExit_get_context: `e.__context__` of a caught exception typed SystemExit.
#define cy_Pyx_PySystemExit_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PySystemExit_set_context: `e.__context__ = v` on a caught exception typed SystemExit.
#define cy_Pyx_PySystemExit_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PySystemExit_get_cause: `e.__cause__` of a caught exception typed SystemExit.
#define cy_Pyx_PySystemExit_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PySystemExit_set_cause: `e.__cause__ = v` on a caught exception typed SystemExit.
#define cy_Pyx_PySystemExit_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PySystemExit_get_traceback: `e.__traceback__` of a caught exception typed SystemExit.
#define cy_Pyx_PySystemExit_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PySystemExit_set_traceback: `e.__traceback__ = v` on a caught exception typed SystemExit.
#define cy_Pyx_PySystemExit_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PySystemExit_get_code: `e.code` of a caught exception typed SystemExit.
#define cy_Pyx_PySystemExit_get_code(e) cy_exc_get((e), MP_QSTR_code)
// __Pyx_PySystemExit_set_code: `e.code = v` on a caught exception typed SystemExit.
#define cy_Pyx_PySystemExit_set_code(e, v) cy_exc_set((e), MP_QSTR_code, (v))
// __Pyx_PyTabError_get_args: `e.args` of a caught exception typed TabError.
#define cy_Pyx_PyTabError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyTabError_set_args: `e.args = v` on a caught exception typed TabError.
#define cy_Pyx_PyTabError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyTabError_get_context: `e.__context__` of a caught exception typed TabError.
#define cy_Pyx_PyTabError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyTabError_set_context: `e.__context__ = v` on a caught exception typed TabError.
#define cy_Pyx_PyTabError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyTabError_get_cause: `e.__cause__` of a caught exception typed TabError.
#define cy_Pyx_PyTabError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyTabError_set_cause: `e.__cause__ = v` on a caught exception typed TabError.
#define cy_Pyx_PyTabError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyTabError_get_traceback: `e.__traceback__` of a caught exception typed TabError.
#define cy_Pyx_PyTabError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyTabError_set_traceback: `e.__traceback__ = v` on a caught exception typed TabError.
#define cy_Pyx_PyTabError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyTimeoutError_get_args: `e.args` of a caught exception typed TimeoutError.
#define cy_Pyx_PyTimeoutError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyTimeoutError_set_args: `e.args = v` on a caught exception typed TimeoutError.
#define cy_Pyx_PyTimeoutError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyTimeoutError_get_context: `e.__context__` of a caught exception typed TimeoutError.
#define cy_Pyx_PyTimeoutError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyTimeoutError_set_context: `e.__context__ = v` on a caught exception typed TimeoutError.
#define cy_Pyx_PyTimeoutError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyTimeoutError_get_cause: `e.__cause__` of a caught exception typed TimeoutError.
#define cy_Pyx_PyTimeoutError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyTimeoutError_set_cause: `e.__cause__ = v` on a caught exception typed TimeoutError.
#define cy_Pyx_PyTimeoutError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyTimeoutError_get_traceback: `e.__traceback__` of a caught exception typed TimeoutError.
#define cy_Pyx_PyTimeoutError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyTimeoutError_set_traceback: `e.__traceback__ = v` on a caught exception typed TimeoutError.
#define cy_Pyx_PyTimeoutError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyTypeError_get_args: `e.args` of a caught exception typed TypeError.
#define cy_Pyx_PyTypeError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyTypeError_set_args: `e.args = v` on a caught exception typed TypeError.
#define cy_Pyx_PyTypeError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyTypeError_get_context: `e.__context__` of a caught exception typed TypeError.
#define cy_Pyx_PyTypeError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyTypeError_set_context: `e.__context__ = v` on a caught exception typed TypeError.
#define cy_Pyx_PyTypeError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyTypeError_get_cause: `e.__cause__` of a caught exception typed TypeError.
#define cy_Pyx_PyTypeError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyTypeError_set_cause: `e.__cause__ = v` on a caught exception typed TypeError.
#define cy_Pyx_PyTypeError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyTypeError_get_traceback: `e.__traceback__` of a caught exception typed TypeError.
#define cy_Pyx_PyTypeError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyTypeError_set_traceback: `e.__traceback__ = v` on a caught exception typed TypeError.
#define cy_Pyx_PyTypeError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyUnboundLocalError_get_args: `e.args` of a caught exception typed UnboundLocalError.
#define cy_Pyx_PyUnboundLocalError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyUnboundLocalError_set_args: `e.args = v` on a caught exception typed UnboundLocalError.
#define cy_Pyx_PyUnboundLocalError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyUnboundLocalError_get_context: `e.__context__` of a caught exception typed UnboundLocalError.
#define cy_Pyx_PyUnboundLocalError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyUnboundLocalError_set_context: `e.__context__ = v` on a caught exception typed UnboundLocalError.
#define cy_Pyx_PyUnboundLocalError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyUnboundLocalError_get_cause: `e.__cause__` of a caught exception typed UnboundLocalError.
#define cy_Pyx_PyUnboundLocalError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyUnboundLocalError_set_cause: `e.__cause__ = v` on a caught exception typed UnboundLocalError.
#define cy_Pyx_PyUnboundLocalError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyUnboundLocalError_get_traceback: `e.__traceback__` of a caught exception typed UnboundLocalError.
#define cy_Pyx_PyUnboundLocalError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyUnboundLocalError_set_traceback: `e.__traceback__ = v` on a caught exception typed UnboundLocalError.
#define cy_Pyx_PyUnboundLocalError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyUnicodeDecodeError_get_args: `e.args` of a caught exception typed UnicodeDecodeError.
#define cy_Pyx_PyUnicodeDecodeError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyUnicodeDecodeError_set_args: `e.args = v` on a caught exception typed UnicodeDecodeError.
#define cy_Pyx_PyUnicodeDecodeError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyUnicodeDecodeError_get_context: `e.__context__` of a caught exception typed UnicodeDecodeError.
#define cy_Pyx_PyUnicodeDecodeError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyUnicodeDecodeError_set_context: `e.__context__ = v` on a caught exception typed UnicodeDecodeError.
#define cy_Pyx_PyUnicodeDecodeError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyUnicodeDecodeError_get_cause: `e.__cause__` of a caught exception typed UnicodeDecodeError.
#define cy_Pyx_PyUnicodeDecodeError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyUnicodeDecodeError_set_cause: `e.__cause__ = v` on a caught exception typed UnicodeDecodeError.
#define cy_Pyx_PyUnicodeDecodeError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyUnicodeDecodeError_get_traceback: `e.__traceback__` of a caught exception typed UnicodeDecodeError.
#define cy_Pyx_PyUnicodeDecodeError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyUnicodeDecodeError_set_traceback: `e.__traceback__ = v` on a caught exception typed UnicodeDecodeError.
#define cy_Pyx_PyUnicodeDecodeError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyUnicodeDecodeError_get_encoding: `e.encoding` of a caught exception typed UnicodeDecodeError.
#define cy_Pyx_PyUnicodeDecodeError_get_encoding(e) cy_exc_get((e), MP_QSTR_encoding)
// __Pyx_PyUnicodeDecodeError_set_encoding: `e.encoding = v` on a caught exception typed UnicodeDecodeError.
#define cy_Pyx_PyUnicodeDecodeError_set_encoding(e, v) cy_exc_set((e), MP_QSTR_encoding, (v))
// __Pyx_PyUnicodeDecodeError_get_object: `e.object` of a caught exception typed UnicodeDecodeError.
#define cy_Pyx_PyUnicodeDecodeError_get_object(e) cy_exc_get((e), MP_QSTR_object)
// __Pyx_PyUnicodeDecodeError_set_object: `e.object = v` on a caught exception typed UnicodeDecodeError.
#define cy_Pyx_PyUnicodeDecodeError_set_object(e, v) cy_exc_set((e), MP_QSTR_object, (v))
// __Pyx_PyUnicodeDecodeError_get_reason: `e.reason` of a caught exception typed UnicodeDecodeError.
#define cy_Pyx_PyUnicodeDecodeError_get_reason(e) cy_exc_get((e), MP_QSTR_reason)
// __Pyx_PyUnicodeDecodeError_set_reason: `e.reason = v` on a caught exception typed UnicodeDecodeError.
#define cy_Pyx_PyUnicodeDecodeError_set_reason(e, v) cy_exc_set((e), MP_QSTR_reason, (v))
// __Pyx_PyUnicodeEncodeError_get_args: `e.args` of a caught exception typed UnicodeEncodeError.
#define cy_Pyx_PyUnicodeEncodeError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyUnicodeEncodeError_set_args: `e.args = v` on a caught exception typed UnicodeEncodeError.
#define cy_Pyx_PyUnicodeEncodeError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyUnicodeEncodeError_get_context: `e.__context__` of a caught exception typed UnicodeEncodeError.
#define cy_Pyx_PyUnicodeEncodeError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyUnicodeEncodeError_set_context: `e.__context__ = v` on a caught exception typed UnicodeEncodeError.
#define cy_Pyx_PyUnicodeEncodeError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyUnicodeEncodeError_get_cause: `e.__cause__` of a caught exception typed UnicodeEncodeError.
#define cy_Pyx_PyUnicodeEncodeError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyUnicodeEncodeError_set_cause: `e.__cause__ = v` on a caught exception typed UnicodeEncodeError.
#define cy_Pyx_PyUnicodeEncodeError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyUnicodeEncodeError_get_traceback: `e.__traceback__` of a caught exception typed UnicodeEncodeError.
#define cy_Pyx_PyUnicodeEncodeError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyUnicodeEncodeError_set_traceback: `e.__traceback__ = v` on a caught exception typed UnicodeEncodeError.
#define cy_Pyx_PyUnicodeEncodeError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyUnicodeEncodeError_get_encoding: `e.encoding` of a caught exception typed UnicodeEncodeError.
#define cy_Pyx_PyUnicodeEncodeError_get_encoding(e) cy_exc_get((e), MP_QSTR_encoding)
// __Pyx_PyUnicodeEncodeError_set_encoding: `e.encoding = v` on a caught exception typed UnicodeEncodeError.
#define cy_Pyx_PyUnicodeEncodeError_set_encoding(e, v) cy_exc_set((e), MP_QSTR_encoding, (v))
// __Pyx_PyUnicodeEncodeError_get_object: `e.object` of a caught exception typed UnicodeEncodeError.
#define cy_Pyx_PyUnicodeEncodeError_get_object(e) cy_exc_get((e), MP_QSTR_object)
// __Pyx_PyUnicodeEncodeError_set_object: `e.object = v` on a caught exception typed UnicodeEncodeError.
#define cy_Pyx_PyUnicodeEncodeError_set_object(e, v) cy_exc_set((e), MP_QSTR_object, (v))
// __Pyx_PyUnicodeEncodeError_get_reason: `e.reason` of a caught exception typed UnicodeEncodeError.
#define cy_Pyx_PyUnicodeEncodeError_get_reason(e) cy_exc_get((e), MP_QSTR_reason)
// __Pyx_PyUnicodeEncodeError_set_reason: `e.reason = v` on a caught exception typed UnicodeEncodeError.
#define cy_Pyx_PyUnicodeEncodeError_set_reason(e, v) cy_exc_set((e), MP_QSTR_reason, (v))
// __Pyx_PyUnicodeError_get_args: `e.args` of a caught exception typed UnicodeError.
#define cy_Pyx_PyUnicodeError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyUnicodeError_set_args: `e.args = v` on a caught exception typed UnicodeError.
#define cy_Pyx_PyUnicodeError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyUnicodeError_get_context: `e.__context__` of a caught exception typed UnicodeError.
#define cy_Pyx_PyUnicodeError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyUnicodeError_set_context: `e.__context__ = v` on a caught exception typed UnicodeError.
#define cy_Pyx_PyUnicodeError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyUnicodeError_get_cause: `e.__cause__` of a caught exception typed UnicodeError.
#define cy_Pyx_PyUnicodeError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyUnicodeError_set_cause: `e.__cause__ = v` on a caught exception typed UnicodeError.
#define cy_Pyx_PyUnicodeError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyUnicodeError_get_traceback: `e.__traceback__` of a caught exception typed UnicodeError.
#define cy_Pyx_PyUnicodeError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyUnicodeError_set_traceback: `e.__traceback__ = v` on a caught exception typed UnicodeError.
#define cy_Pyx_PyUnicodeError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyUnicodeError_get_encoding: `e.encoding` of a caught exception typed UnicodeError.
#define cy_Pyx_PyUnicodeError_get_encoding(e) cy_exc_get((e), MP_QSTR_encoding)
// __Pyx_PyUnicodeError_set_encoding: `e.encoding = v` on a caught exception typed UnicodeError.
#define cy_Pyx_PyUnicodeError_set_encoding(e, v) cy_exc_set((e), MP_QSTR_encoding, (v))
// __Pyx_PyUnicodeError_get_object: `e.object` of a caught exception typed UnicodeError.
#define cy_Pyx_PyUnicodeError_get_object(e) cy_exc_get((e), MP_QSTR_object)
// __Pyx_PyUnicodeError_set_object: `e.object = v` on a caught exception typed UnicodeError.
#define cy_Pyx_PyUnicodeError_set_object(e, v) cy_exc_set((e), MP_QSTR_object, (v))
// __Pyx_PyUnicodeError_get_reason: `e.reason` of a caught exception typed UnicodeError.
#define cy_Pyx_PyUnicodeError_get_reason(e) cy_exc_get((e), MP_QSTR_reason)
// __Pyx_PyUnicodeError_set_reason: `e.reason = v` on a caught exception typed UnicodeError.
#define cy_Pyx_PyUnicodeError_set_reason(e, v) cy_exc_set((e), MP_QSTR_reason, (v))
// __Pyx_PyUnicodeTranslateError_get_args: `e.args` of a caught exception typed UnicodeTranslateError.
#define cy_Pyx_PyUnicodeTranslateError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyUnicodeTranslateError_set_args: `e.args = v` on a caught exception typed UnicodeTranslateError.
#define cy_Pyx_PyUnicodeTranslateError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyUnicodeTranslateError_get_context: `e.__context__` of a caught exception typed UnicodeTranslateError.
#define cy_Pyx_PyUnicodeTranslateError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyUnicodeTranslateError_set_context: `e.__context__ = v` on a caught exception typed UnicodeTranslateError.
#define cy_Pyx_PyUnicodeTranslateError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyUnicodeTranslateError_get_cause: `e.__cause__` of a caught exception typed UnicodeTranslateError.
#define cy_Pyx_PyUnicodeTranslateError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyUnicodeTranslateError_set_cause: `e.__cause__ = v` on a caught exception typed UnicodeTranslateError.
#define cy_Pyx_PyUnicodeTranslateError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyUnicodeTranslateError_get_traceback: `e.__traceback__` of a caught exception typed UnicodeTranslateError.
#define cy_Pyx_PyUnicodeTranslateError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyUnicodeTranslateError_set_traceback: `e.__traceback__ = v` on a caught exception typed UnicodeTranslateError.
#define cy_Pyx_PyUnicodeTranslateError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyUnicodeTranslateError_get_encoding: `e.encoding` of a caught exception typed UnicodeTranslateError.
#define cy_Pyx_PyUnicodeTranslateError_get_encoding(e) cy_exc_get((e), MP_QSTR_encoding)
// __Pyx_PyUnicodeTranslateError_set_encoding: `e.encoding = v` on a caught exception typed UnicodeTranslateError.
#define cy_Pyx_PyUnicodeTranslateError_set_encoding(e, v) cy_exc_set((e), MP_QSTR_encoding, (v))
// __Pyx_PyUnicodeTranslateError_get_object: `e.object` of a caught exception typed UnicodeTranslateError.
#define cy_Pyx_PyUnicodeTranslateError_get_object(e) cy_exc_get((e), MP_QSTR_object)
// __Pyx_PyUnicodeTranslateError_set_object: `e.object = v` on a caught exception typed UnicodeTranslateError.
#define cy_Pyx_PyUnicodeTranslateError_set_object(e, v) cy_exc_set((e), MP_QSTR_object, (v))
// __Pyx_PyUnicodeTranslateError_get_reason: `e.reason` of a caught exception typed UnicodeTranslateError.
#define cy_Pyx_PyUnicodeTranslateError_get_reason(e) cy_exc_get((e), MP_QSTR_reason)
// __Pyx_PyUnicodeTranslateError_set_reason: `e.reason = v` on a caught exception typed UnicodeTranslateError.
#define cy_Pyx_PyUnicodeTranslateError_set_reason(e, v) cy_exc_set((e), MP_QSTR_reason, (v))
// __Pyx_PyUnicodeWarning_get_args: `e.args` of a caught exception typed UnicodeWarning.
#define cy_Pyx_PyUnicodeWarning_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyUnicodeWarning_set_args: `e.args = v` on a caught exception typed UnicodeWarning.
#define cy_Pyx_PyUnicodeWarning_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyUnicodeWarning_get_context: `e.__context__` of a caught exception typed UnicodeWarning.
#define cy_Pyx_PyUnicodeWarning_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyUnicodeWarning_set_context: `e.__context__ = v` on a caught exception typed UnicodeWarning.
#define cy_Pyx_PyUnicodeWarning_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyUnicodeWarning_get_cause: `e.__cause__` of a caught exception typed UnicodeWarning.
#define cy_Pyx_PyUnicodeWarning_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyUnicodeWarning_set_cause: `e.__cause__ = v` on a caught exception typed UnicodeWarning.
#define cy_Pyx_PyUnicodeWarning_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyUnicodeWarning_get_traceback: `e.__traceback__` of a caught exception typed UnicodeWarning.
#define cy_Pyx_PyUnicodeWarning_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyUnicodeWarning_set_traceback: `e.__traceback__ = v` on a caught exception typed UnicodeWarning.
#define cy_Pyx_PyUnicodeWarning_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyUserWarning_get_args: `e.args` of a caught exception typed UserWarning.
#define cy_Pyx_PyUserWarning_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyUserWarning_set_args: `e.args = v` on a caught exception typed UserWarning.
#define cy_Pyx_PyUserWarning_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyUserWarning_get_context: `e.__context__` of a caught exception typed UserWarning.
#define cy_Pyx_PyUserWarning_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyUserWarning_set_context: `e.__context__ = v` on a caught exception typed UserWarning.
#define cy_Pyx_PyUserWarning_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyUserWarning_get_cause: `e.__cause__` of a caught exception typed UserWarning.
#define cy_Pyx_PyUserWarning_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyUserWarning_set_cause: `e.__cause__ = v` on a caught exception typed UserWarning.
#define cy_Pyx_PyUserWarning_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyUserWarning_get_traceback: `e.__traceback__` of a caught exception typed UserWarning.
#define cy_Pyx_PyUserWarning_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyUserWarning_set_traceback: `e.__traceback__ = v` on a caught exception typed UserWarning.
#define cy_Pyx_PyUserWarning_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyValueError_get_args: `e.args` of a caught exception typed ValueError.
#define cy_Pyx_PyValueError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyValueError_set_args: `e.args = v` on a caught exception typed ValueError.
#define cy_Pyx_PyValueError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyValueError_get_context: `e.__context__` of a caught exception typed ValueError.
#define cy_Pyx_PyValueError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyValueError_set_context: `e.__context__ = v` on a caught exception typed ValueError.
#define cy_Pyx_PyValueError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyValueError_get_cause: `e.__cause__` of a caught exception typed ValueError.
#define cy_Pyx_PyValueError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyValueError_set_cause: `e.__cause__ = v` on a caught exception typed ValueError.
#define cy_Pyx_PyValueError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyValueError_get_traceback: `e.__traceback__` of a caught exception typed ValueError.
#define cy_Pyx_PyValueError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyValueError_set_traceback: `e.__traceback__ = v` on a caught exception typed ValueError.
#define cy_Pyx_PyValueError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyWarning_get_args: `e.args` of a caught exception typed Warning.
#define cy_Pyx_PyWarning_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyWarning_set_args: `e.args = v` on a caught exception typed Warning.
#define cy_Pyx_PyWarning_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyWarning_get_context: `e.__context__` of a caught exception typed Warning.
#define cy_Pyx_PyWarning_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyWarning_set_context: `e.__context__ = v` on a caught exception typed Warning.
#define cy_Pyx_PyWarning_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyWarning_get_cause: `e.__cause__` of a caught exception typed Warning.
#define cy_Pyx_PyWarning_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyWarning_set_cause: `e.__cause__ = v` on a caught exception typed Warning.
#define cy_Pyx_PyWarning_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyWarning_get_traceback: `e.__traceback__` of a caught exception typed Warning.
#define cy_Pyx_PyWarning_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyWarning_set_traceback: `e.__traceback__ = v` on a caught exception typed Warning.
#define cy_Pyx_PyWarning_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyZeroDivisionError_get_args: `e.args` of a caught exception typed ZeroDivisionError.
#define cy_Pyx_PyZeroDivisionError_get_args(e) cy_exc_get((e), MP_QSTR_args)
// __Pyx_PyZeroDivisionError_set_args: `e.args = v` on a caught exception typed ZeroDivisionError.
#define cy_Pyx_PyZeroDivisionError_set_args(e, v) cy_exc_set((e), MP_QSTR_args, (v))
// __Pyx_PyZeroDivisionError_get_context: `e.__context__` of a caught exception typed ZeroDivisionError.
#define cy_Pyx_PyZeroDivisionError_get_context(e) cy_exc_get((e), MP_QSTR___context__)
// __Pyx_PyZeroDivisionError_set_context: `e.__context__ = v` on a caught exception typed ZeroDivisionError.
#define cy_Pyx_PyZeroDivisionError_set_context(e, v) cy_exc_set((e), MP_QSTR___context__, (v))
// __Pyx_PyZeroDivisionError_get_cause: `e.__cause__` of a caught exception typed ZeroDivisionError.
#define cy_Pyx_PyZeroDivisionError_get_cause(e) cy_exc_get((e), MP_QSTR___cause__)
// __Pyx_PyZeroDivisionError_set_cause: `e.__cause__ = v` on a caught exception typed ZeroDivisionError.
#define cy_Pyx_PyZeroDivisionError_set_cause(e, v) cy_exc_set((e), MP_QSTR___cause__, (v))
// __Pyx_PyZeroDivisionError_get_traceback: `e.__traceback__` of a caught exception typed ZeroDivisionError.
#define cy_Pyx_PyZeroDivisionError_get_traceback(e) cy_exc_get((e), MP_QSTR___traceback__)
// __Pyx_PyZeroDivisionError_set_traceback: `e.__traceback__ = v` on a caught exception typed ZeroDivisionError.
#define cy_Pyx_PyZeroDivisionError_set_traceback(e, v) cy_exc_set((e), MP_QSTR___traceback__, (v))
// __Pyx_PyExc_ArithmeticError_Check: is obj an instance of ArithmeticError (a subclass included)?
#define cy_Pyx_PyExc_ArithmeticError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_ArithmeticError)))
// __Pyx_PyExc_AssertionError_Check: is obj an instance of AssertionError (a subclass included)?
#define cy_Pyx_PyExc_AssertionError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_AssertionError)))
// __Pyx_PyExc_AttributeError_Check: is obj an instance of AttributeError (a subclass included)?
#define cy_Pyx_PyExc_AttributeError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_AttributeError)))
// __Pyx_PyExc_BaseException_Check: is obj an instance of BaseException (a subclass included)?
#define cy_Pyx_PyExc_BaseException_Check(obj) (mp_obj_is_exception_instance(obj))
// __Pyx_PyExc_BlockingIOError_Check: is obj an instance of BlockingIOError (a subclass included)?
#define cy_Pyx_PyExc_BlockingIOError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_BlockingIOError))
// __Pyx_PyExc_BrokenPipeError_Check: is obj an instance of BrokenPipeError (a subclass included)?
#define cy_Pyx_PyExc_BrokenPipeError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_BrokenPipeError))
// __Pyx_PyExc_BufferError_Check: is obj an instance of BufferError (a subclass included)?
#define cy_Pyx_PyExc_BufferError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_BufferError))
// __Pyx_PyExc_BytesWarning_Check: is obj an instance of BytesWarning (a subclass included)?
#define cy_Pyx_PyExc_BytesWarning_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_BytesWarning))
// __Pyx_PyExc_ChildProcessError_Check: is obj an instance of ChildProcessError (a subclass included)?
#define cy_Pyx_PyExc_ChildProcessError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_ChildProcessError))
// __Pyx_PyExc_ConnectionAbortedError_Check: is obj an instance of ConnectionAbortedError (a subclass included)?
#define cy_Pyx_PyExc_ConnectionAbortedError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_ConnectionAbortedError))
// __Pyx_PyExc_ConnectionError_Check: is obj an instance of ConnectionError (a subclass included)?
#define cy_Pyx_PyExc_ConnectionError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_ConnectionError))
// __Pyx_PyExc_ConnectionRefusedError_Check: is obj an instance of ConnectionRefusedError (a subclass included)?
#define cy_Pyx_PyExc_ConnectionRefusedError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_ConnectionRefusedError))
// __Pyx_PyExc_ConnectionResetError_Check: is obj an instance of ConnectionResetError (a subclass included)?
#define cy_Pyx_PyExc_ConnectionResetError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_ConnectionResetError))
// __Pyx_PyExc_DeprecationWarning_Check: is obj an instance of DeprecationWarning (a subclass included)?
#define cy_Pyx_PyExc_DeprecationWarning_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_DeprecationWarning))
// __Pyx_PyExc_EOFError_Check: is obj an instance of EOFError (a subclass included)?
#define cy_Pyx_PyExc_EOFError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_EOFError)))
// __Pyx_PyExc_EnvironmentError_Check: is obj an instance of EnvironmentError (a subclass included)?
#define cy_Pyx_PyExc_EnvironmentError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_EnvironmentError))
// __Pyx_PyExc_Exception_Check: is obj an instance of Exception (a subclass included)?
#define cy_Pyx_PyExc_Exception_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_Exception)))
// __Pyx_PyExc_FileExistsError_Check: is obj an instance of FileExistsError (a subclass included)?
#define cy_Pyx_PyExc_FileExistsError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_FileExistsError))
// __Pyx_PyExc_FileNotFoundError_Check: is obj an instance of FileNotFoundError (a subclass included)?
#define cy_Pyx_PyExc_FileNotFoundError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_FileNotFoundError))
// __Pyx_PyExc_FloatingPointError_Check: is obj an instance of FloatingPointError (a subclass included)?
#define cy_Pyx_PyExc_FloatingPointError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_FloatingPointError))
// __Pyx_PyExc_FutureWarning_Check: is obj an instance of FutureWarning (a subclass included)?
#define cy_Pyx_PyExc_FutureWarning_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_FutureWarning))
// __Pyx_PyExc_GeneratorExit_Check: is obj an instance of GeneratorExit (a subclass included)?
#define cy_Pyx_PyExc_GeneratorExit_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_GeneratorExit)))
// __Pyx_PyExc_IOError_Check: is obj an instance of IOError (a subclass included)?
#define cy_Pyx_PyExc_IOError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_IOError))
// __Pyx_PyExc_ImportError_Check: is obj an instance of ImportError (a subclass included)?
#define cy_Pyx_PyExc_ImportError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_ImportError)))
// __Pyx_PyExc_ImportWarning_Check: is obj an instance of ImportWarning (a subclass included)?
#define cy_Pyx_PyExc_ImportWarning_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_ImportWarning))
// __Pyx_PyExc_IndentationError_Check: is obj an instance of IndentationError (a subclass included)?
#define cy_Pyx_PyExc_IndentationError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_IndentationError)))
// __Pyx_PyExc_IndexError_Check: is obj an instance of IndexError (a subclass included)?
#define cy_Pyx_PyExc_IndexError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_IndexError)))
// __Pyx_PyExc_InterruptedError_Check: is obj an instance of InterruptedError (a subclass included)?
#define cy_Pyx_PyExc_InterruptedError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_InterruptedError))
// __Pyx_PyExc_IsADirectoryError_Check: is obj an instance of IsADirectoryError (a subclass included)?
#define cy_Pyx_PyExc_IsADirectoryError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_IsADirectoryError))
// __Pyx_PyExc_KeyError_Check: is obj an instance of KeyError (a subclass included)?
#define cy_Pyx_PyExc_KeyError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_KeyError)))
// __Pyx_PyExc_KeyboardInterrupt_Check: is obj an instance of KeyboardInterrupt (a subclass included)?
#define cy_Pyx_PyExc_KeyboardInterrupt_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_KeyboardInterrupt)))
// __Pyx_PyExc_LookupError_Check: is obj an instance of LookupError (a subclass included)?
#define cy_Pyx_PyExc_LookupError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_LookupError)))
// __Pyx_PyExc_MemoryError_Check: is obj an instance of MemoryError (a subclass included)?
#define cy_Pyx_PyExc_MemoryError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_MemoryError)))
// __Pyx_PyExc_ModuleNotFoundError_Check: is obj an instance of ModuleNotFoundError (a subclass included)?
#define cy_Pyx_PyExc_ModuleNotFoundError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_ModuleNotFoundError))
// __Pyx_PyExc_NameError_Check: is obj an instance of NameError (a subclass included)?
#define cy_Pyx_PyExc_NameError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_NameError)))
// __Pyx_PyExc_NotADirectoryError_Check: is obj an instance of NotADirectoryError (a subclass included)?
#define cy_Pyx_PyExc_NotADirectoryError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_NotADirectoryError))
// __Pyx_PyExc_NotImplementedError_Check: is obj an instance of NotImplementedError (a subclass included)?
#define cy_Pyx_PyExc_NotImplementedError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_NotImplementedError)))
// __Pyx_PyExc_OSError_Check: is obj an instance of OSError (a subclass included)?
#define cy_Pyx_PyExc_OSError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_OSError)))
// __Pyx_PyExc_OverflowError_Check: is obj an instance of OverflowError (a subclass included)?
#define cy_Pyx_PyExc_OverflowError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_OverflowError)))
// __Pyx_PyExc_PendingDeprecationWarning_Check: is obj an instance of PendingDeprecationWarning (a subclass included)?
#define cy_Pyx_PyExc_PendingDeprecationWarning_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_PendingDeprecationWarning))
// __Pyx_PyExc_PermissionError_Check: is obj an instance of PermissionError (a subclass included)?
#define cy_Pyx_PyExc_PermissionError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_PermissionError))
// __Pyx_PyExc_ProcessLookupError_Check: is obj an instance of ProcessLookupError (a subclass included)?
#define cy_Pyx_PyExc_ProcessLookupError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_ProcessLookupError))
// __Pyx_PyExc_RecursionError_Check: is obj an instance of RecursionError (a subclass included)?
#define cy_Pyx_PyExc_RecursionError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_RecursionError))
// __Pyx_PyExc_ReferenceError_Check: is obj an instance of ReferenceError (a subclass included)?
#define cy_Pyx_PyExc_ReferenceError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_ReferenceError))
// __Pyx_PyExc_ResourceWarning_Check: is obj an instance of ResourceWarning (a subclass included)?
#define cy_Pyx_PyExc_ResourceWarning_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_ResourceWarning))
// __Pyx_PyExc_RuntimeError_Check: is obj an instance of RuntimeError (a subclass included)?
#define cy_Pyx_PyExc_RuntimeError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_RuntimeError)))
// __Pyx_PyExc_RuntimeWarning_Check: is obj an instance of RuntimeWarning (a subclass included)?
#define cy_Pyx_PyExc_RuntimeWarning_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_RuntimeWarning))
// __Pyx_PyExc_StopAsyncIteration_Check: is obj an instance of StopAsyncIteration (a subclass included)?
#define cy_Pyx_PyExc_StopAsyncIteration_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_StopAsyncIteration))
// __Pyx_PyExc_StopIteration_Check: is obj an instance of StopIteration (a subclass included)?
#define cy_Pyx_PyExc_StopIteration_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_StopIteration)))
// __Pyx_PyExc_SyntaxError_Check: is obj an instance of SyntaxError (a subclass included)?
#define cy_Pyx_PyExc_SyntaxError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_SyntaxError)))
// __Pyx_PyExc_SyntaxWarning_Check: is obj an instance of SyntaxWarning (a subclass included)?
#define cy_Pyx_PyExc_SyntaxWarning_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_SyntaxWarning))
// __Pyx_PyExc_SystemError_Check: is obj an instance of SystemError (a subclass included)?
#define cy_Pyx_PyExc_SystemError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_SystemError))
// __Pyx_PyExc_SystemExit_Check: is obj an instance of SystemExit (a subclass included)?
#define cy_Pyx_PyExc_SystemExit_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_SystemExit)))
// __Pyx_PyExc_TabError_Check: is obj an instance of TabError (a subclass included)?
#define cy_Pyx_PyExc_TabError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_TabError))
// __Pyx_PyExc_TimeoutError_Check: is obj an instance of TimeoutError (a subclass included)?
#define cy_Pyx_PyExc_TimeoutError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_TimeoutError))
// __Pyx_PyExc_TypeError_Check: is obj an instance of TypeError (a subclass included)?
#define cy_Pyx_PyExc_TypeError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_TypeError)))
// __Pyx_PyExc_UnboundLocalError_Check: is obj an instance of UnboundLocalError (a subclass included)?
#define cy_Pyx_PyExc_UnboundLocalError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_UnboundLocalError))
// __Pyx_PyExc_UnicodeDecodeError_Check: is obj an instance of UnicodeDecodeError (a subclass included)?
#define cy_Pyx_PyExc_UnicodeDecodeError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_UnicodeDecodeError))
// __Pyx_PyExc_UnicodeEncodeError_Check: is obj an instance of UnicodeEncodeError (a subclass included)?
#define cy_Pyx_PyExc_UnicodeEncodeError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_UnicodeEncodeError))
// __Pyx_PyExc_UnicodeError_Check: is obj an instance of UnicodeError (a subclass included)?
#define cy_Pyx_PyExc_UnicodeError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_UnicodeError))
// __Pyx_PyExc_UnicodeTranslateError_Check: is obj an instance of UnicodeTranslateError (a subclass included)?
#define cy_Pyx_PyExc_UnicodeTranslateError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_UnicodeTranslateError))
// __Pyx_PyExc_UnicodeWarning_Check: is obj an instance of UnicodeWarning (a subclass included)?
#define cy_Pyx_PyExc_UnicodeWarning_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_UnicodeWarning))
// __Pyx_PyExc_UserWarning_Check: is obj an instance of UserWarning (a subclass included)?
#define cy_Pyx_PyExc_UserWarning_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_UserWarning))
// __Pyx_PyExc_ValueError_Check: is obj an instance of ValueError (a subclass included)?
#define cy_Pyx_PyExc_ValueError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_ValueError)))
// __Pyx_PyExc_Warning_Check: is obj an instance of Warning (a subclass included)?
#define cy_Pyx_PyExc_Warning_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), cy_exc_Warning))
// __Pyx_PyExc_ZeroDivisionError_Check: is obj an instance of ZeroDivisionError (a subclass included)?
#define cy_Pyx_PyExc_ZeroDivisionError_Check(obj) (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_ZeroDivisionError)))
// END GENERATED

#include "cy2upy_types.h"

#endif // CY2UPY_H
