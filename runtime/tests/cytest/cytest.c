// cytest: a hand-written module in the shape of cython2upy's output, to test the runtime
// without the translator. The function bodies are Cython 3.3.1's code for this .pyx after the
// translation (type rewrites, refcounting deleted, API names renamed to the runtime's):
//
//     import math
//     GREETING = "hello"
//     counter = 0
//     def fib(int n): ...                      # FASTCALL, C int argument
//     def add(a, b=2, *, scale=1): ...         # defaults, keyword-only, ParseKeywords
//     def greet(name): ...                     # module globals, str concatenation
//     def fmt(x, y): return "%d-%s" % (x, y)   # f-string style join
//     def bump(): ...                          # METH_NOARGS, global store
//     def hyp(double x, double y): ...         # math.sqrt through a call
//     def check(x): raise ValueError(...)      # raise, traceback
//     def call(f, x): return f(x)              # callback
//     def things(): return [1, 2.5, True, None, "s", (1, 2), {"k": 1}]
//     def pct(x, y): return "%s and %r" % (x, y)
//     def conv(x): return <int>x, <unsigned char>x, <double>x   (overflow checks)
//     def catch(f): try: f() except ValueError as e: return "caught " + str(e)
//     def kwargs(a, **kw): return (a, kw)
//     def items(d): for k, v in d.items(): out.append((k, v)) ...
//     def varargs(*args, **kwargs): return (len(args), kwargs)
//
// The module object follows docs/ARCHITECTURE.md: a ROM globals table with __init__ and
// __getattr__, and a RAM dict in the GC-allocated module state behind a root pointer.

#include "cy2upy.h"
#include "py/objmodule.h"

typedef struct {
    mp_obj_t __pyx_d;
    mp_obj_t __pyx_tuple[2];
    mp_obj_t __pyx_int_0, __pyx_int_1, __pyx_int_2, __pyx_float_2_5;
    // interned names (compile-time qstrs), kept as objects so argnames can point at them
    mp_obj_t __pyx_n_u_n, __pyx_n_u_a, __pyx_n_u_b, __pyx_n_u_scale, __pyx_n_u_name,
        __pyx_n_u_x, __pyx_n_u_y, __pyx_n_u_f, __pyx_n_u_d;
} __pyx_mstatetype;

MP_REGISTER_ROOT_POINTER(void *cytest_state);
#define __pyx_mstate_global ((__pyx_mstatetype *)MP_STATE_VM(cytest_state))

static const char *__pyx_f[] = {"cytest.pyx"};

#define N(q) MP_OBJ_NEW_QSTR(MP_QSTR_##q)
// A ROM str constant, as the translator emits for string literals.
static const MP_DEFINE_STR_OBJ(__pyx_kp_u_comma, ", ");
static const MP_DEFINE_STR_OBJ(__pyx_kp_u_bang, "!");
static const MP_DEFINE_STR_OBJ(__pyx_kp_u_dash, "-");
static const MP_DEFINE_STR_OBJ(__pyx_kp_u_negative, "negative");
static const MP_DEFINE_STR_OBJ(__pyx_kp_u_pct, "%s and %r");
static const MP_DEFINE_STR_OBJ(__pyx_kp_u_caught, "caught ");
#define K(name) MP_OBJ_FROM_PTR(&__pyx_kp_u_##name)

// ----------------------------------------------------------------------------------------
// def fib(int n)

static mp_obj_t __pyx_pf_6cytest_fib(mp_obj_t __pyx_self, int __pyx_v_n) {
    int __pyx_v_a = 0, __pyx_v_b = 1;
    mp_obj_t __pyx_r = NULL;
    mp_obj_t __pyx_t_6 = NULL;
    int __pyx_lineno = 0;
    const char *__pyx_filename = NULL;
    int __pyx_clineno = 0;
    (void)__pyx_self;
    for (int i = 0; i < __pyx_v_n; i++) {
        int t = __pyx_v_b;
        __pyx_v_b = __pyx_v_a + __pyx_v_b;
        __pyx_v_a = t;
    }
    __pyx_t_6 = cy_Pyx_PyLong_From_int(__pyx_v_a);
    if (MP_UNLIKELY(!__pyx_t_6)) { __pyx_filename = __pyx_f[0]; __pyx_lineno = 14; goto __pyx_L1_error; }
    __pyx_r = __pyx_t_6;
    goto __pyx_L0;
__pyx_L1_error:;
    cy_Pyx_AddTraceback("cytest.fib", __pyx_clineno, __pyx_lineno, __pyx_filename);
    __pyx_r = NULL;
__pyx_L0:;
    return __pyx_r;
}

static mp_obj_t __pyx_pw_6cytest_1fib(mp_obj_t __pyx_self, mp_obj_t const *__pyx_args,
    mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds) {
    int __pyx_v_n;
    mp_obj_t const *__pyx_kwvalues;
    mp_obj_t values[1] = {0};
    int __pyx_lineno = 0;
    const char *__pyx_filename = NULL;
    int __pyx_clineno = 0;
    __pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
    {
        mp_obj_t *const __pyx_pyargnames[] = {&__pyx_mstate_global->__pyx_n_u_n, 0};
        const mp_int_t __pyx_kwds_len = (__pyx_kwds) ? cy_Pyx_NumKwargs_FASTCALL(__pyx_kwds) : 0;
        if (__pyx_kwds_len > 0) {
            switch (__pyx_nargs) {
                case 1:
                    values[0] = cy_Pyx_ArgRef_FASTCALL(__pyx_args, 0);
                    MP_FALLTHROUGH
                case 0:
                    break;
                default:
                    goto __pyx_L5_argtuple_error;
            }
            const mp_int_t kwd_pos_args = __pyx_nargs;
            if (cy_Pyx_ParseKeywords(__pyx_kwds, __pyx_kwvalues, __pyx_pyargnames, 0, values, kwd_pos_args, __pyx_kwds_len, "fib", 0) < (0)) { __pyx_lineno = 10; goto __pyx_L3_error; }
            for (mp_int_t i = __pyx_nargs; i < 1; i++) {
                if (MP_UNLIKELY(!values[i])) { cy_Pyx_RaiseArgtupleInvalid("fib", 1, 1, 1, i); __pyx_lineno = 10; goto __pyx_L3_error; }
            }
        } else if (MP_UNLIKELY(__pyx_nargs != 1)) {
            goto __pyx_L5_argtuple_error;
        } else {
            values[0] = cy_Pyx_ArgRef_FASTCALL(__pyx_args, 0);
        }
        __pyx_v_n = cy_Pyx_PyLong_As_int(values[0]);
        if (MP_UNLIKELY((__pyx_v_n == (int)-1) && cy_PyErr_Occurred())) { __pyx_lineno = 10; goto __pyx_L3_error; }
    }
    goto __pyx_L4_argument_unpacking_done;
__pyx_L5_argtuple_error:;
    cy_Pyx_RaiseArgtupleInvalid("fib", 1, 1, 1, __pyx_nargs);
    __pyx_lineno = 10;
__pyx_L3_error:;
    __pyx_filename = __pyx_f[0];
    cy_Pyx_AddTraceback("cytest.fib", __pyx_clineno, __pyx_lineno, __pyx_filename);
    return NULL;
__pyx_L4_argument_unpacking_done:;
    return __pyx_pf_6cytest_fib(__pyx_self, __pyx_v_n);
}
static cy_methoddef_t __pyx_mdef_6cytest_1fib = {"fib", (cy_PyCFunction)(void (*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6cytest_1fib, cy_Pyx_METH_FASTCALL | cy_METH_KEYWORDS, 0};

// ----------------------------------------------------------------------------------------
// def add(a, b=2, *, scale=1)

static mp_obj_t __pyx_pf_6cytest_add(mp_obj_t __pyx_self, mp_obj_t a, mp_obj_t b, mp_obj_t scale) {
    mp_obj_t __pyx_t_1 = NULL, __pyx_t_2 = NULL;
    (void)__pyx_self;
    __pyx_t_1 = cy_Pyx_PyNumber_Add_object_object(a, b);
    if (!__pyx_t_1) goto __pyx_L1_error;
    __pyx_t_2 = cy_Pyx_PyNumber_Multiply_object_object(__pyx_t_1, scale);
    if (!__pyx_t_2) goto __pyx_L1_error;
    return __pyx_t_2;
__pyx_L1_error:;
    cy_Pyx_AddTraceback("cytest.add", 0, 17, __pyx_f[0]);
    return NULL;
}

static mp_obj_t __pyx_pw_6cytest_3add(mp_obj_t __pyx_self, mp_obj_t const *__pyx_args,
    mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds) {
    mp_obj_t values[3] = {0, 0, 0};
    mp_obj_t const *__pyx_kwvalues = cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs);
    mp_obj_t *const __pyx_pyargnames[] = {&__pyx_mstate_global->__pyx_n_u_a, &__pyx_mstate_global->__pyx_n_u_b, &__pyx_mstate_global->__pyx_n_u_scale, 0};
    const mp_int_t __pyx_kwds_len = (__pyx_kwds) ? cy_Pyx_NumKwargs_FASTCALL(__pyx_kwds) : 0;
    if (__pyx_kwds_len > 0) {
        switch (__pyx_nargs) {
            case 2:
                values[1] = cy_Pyx_ArgRef_FASTCALL(__pyx_args, 1);
                MP_FALLTHROUGH
            case 1:
                values[0] = cy_Pyx_ArgRef_FASTCALL(__pyx_args, 0);
                MP_FALLTHROUGH
            case 0:
                break;
            default:
                goto __pyx_L5_argtuple_error;
        }
        if (cy_Pyx_ParseKeywords(__pyx_kwds, __pyx_kwvalues, __pyx_pyargnames, 0, values, __pyx_nargs, __pyx_kwds_len, "add", 0) < 0) goto __pyx_L3_error;
        if (!values[1]) values[1] = __pyx_mstate_global->__pyx_int_2;
        if (!values[2]) values[2] = __pyx_mstate_global->__pyx_int_1;
        for (mp_int_t i = __pyx_nargs; i < 1; i++) {
            if (!values[i]) { cy_Pyx_RaiseArgtupleInvalid("add", 0, 1, 2, i); goto __pyx_L3_error; }
        }
    } else {
        switch (__pyx_nargs) {
            case 2:
                values[1] = cy_Pyx_ArgRef_FASTCALL(__pyx_args, 1);
                MP_FALLTHROUGH
            case 1:
                values[0] = cy_Pyx_ArgRef_FASTCALL(__pyx_args, 0);
                break;
            default:
                goto __pyx_L5_argtuple_error;
        }
        if (!values[1]) values[1] = __pyx_mstate_global->__pyx_int_2;
        if (!values[2]) values[2] = __pyx_mstate_global->__pyx_int_1;
    }
    goto __pyx_L4_argument_unpacking_done;
__pyx_L5_argtuple_error:;
    cy_Pyx_RaiseArgtupleInvalid("add", 0, 1, 2, __pyx_nargs);
__pyx_L3_error:;
    cy_Pyx_AddTraceback("cytest.add", 0, 16, __pyx_f[0]);
    return NULL;
__pyx_L4_argument_unpacking_done:;
    return __pyx_pf_6cytest_add(__pyx_self, values[0], values[1], values[2]);
}
static cy_methoddef_t __pyx_mdef_6cytest_3add = {"add", (cy_PyCFunction)(void (*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_6cytest_3add, cy_Pyx_METH_FASTCALL | cy_METH_KEYWORDS, 0};

// ----------------------------------------------------------------------------------------
// Single-argument functions share one wrapper shape; written out via a macro here.

#define ONE_ARG_WRAPPER(NAME, PYNAME, LINE, ARGNAME) \
    static mp_obj_t __pyx_pw_##NAME(mp_obj_t __pyx_self, mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds) { \
        mp_obj_t values[1] = {0}; \
        mp_obj_t *const __pyx_pyargnames[] = {&__pyx_mstate_global->ARGNAME, 0}; \
        const mp_int_t __pyx_kwds_len = (__pyx_kwds) ? cy_Pyx_NumKwargs_FASTCALL(__pyx_kwds) : 0; \
        if (__pyx_kwds_len > 0) { \
            if (__pyx_nargs > 1) goto argtuple_error; \
            if (__pyx_nargs == 1) values[0] = __pyx_args[0]; \
            if (cy_Pyx_ParseKeywords(__pyx_kwds, cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs), __pyx_pyargnames, 0, values, __pyx_nargs, __pyx_kwds_len, PYNAME, 0) < 0) goto error; \
            if (!values[0]) { cy_Pyx_RaiseArgtupleInvalid(PYNAME, 1, 1, 1, 0); goto error; } \
        } else if (__pyx_nargs != 1) { \
            goto argtuple_error; \
        } else { \
            values[0] = __pyx_args[0]; \
        } \
        return __pyx_pf_##NAME(__pyx_self, values[0]); \
    argtuple_error: \
        cy_Pyx_RaiseArgtupleInvalid(PYNAME, 1, 1, 1, __pyx_nargs); \
    error: \
        cy_Pyx_AddTraceback("cytest." PYNAME, 0, LINE, __pyx_f[0]); \
        return NULL; \
    } \
    static cy_methoddef_t __pyx_mdef_##NAME = {PYNAME, (cy_PyCFunction)(void (*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_##NAME, cy_Pyx_METH_FASTCALL | cy_METH_KEYWORDS, 0};

#define TWO_ARG_WRAPPER(NAME, PYNAME, LINE, ARG0, ARG1) \
    static mp_obj_t __pyx_pw_##NAME(mp_obj_t __pyx_self, mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds) { \
        mp_obj_t values[2] = {0, 0}; \
        mp_obj_t *const __pyx_pyargnames[] = {&__pyx_mstate_global->ARG0, &__pyx_mstate_global->ARG1, 0}; \
        const mp_int_t __pyx_kwds_len = (__pyx_kwds) ? cy_Pyx_NumKwargs_FASTCALL(__pyx_kwds) : 0; \
        if (__pyx_kwds_len > 0) { \
            if (__pyx_nargs > 2) goto argtuple_error; \
            for (mp_int_t i = 0; i < __pyx_nargs; i++) values[i] = __pyx_args[i]; \
            if (cy_Pyx_ParseKeywords(__pyx_kwds, cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs), __pyx_pyargnames, 0, values, __pyx_nargs, __pyx_kwds_len, PYNAME, 0) < 0) goto error; \
            for (mp_int_t i = __pyx_nargs; i < 2; i++) { \
                if (!values[i]) { cy_Pyx_RaiseArgtupleInvalid(PYNAME, 1, 2, 2, i); goto error; } \
            } \
        } else if (__pyx_nargs != 2) { \
            goto argtuple_error; \
        } else { \
            values[0] = __pyx_args[0]; \
            values[1] = __pyx_args[1]; \
        } \
        return __pyx_pf_##NAME(__pyx_self, values[0], values[1]); \
    argtuple_error: \
        cy_Pyx_RaiseArgtupleInvalid(PYNAME, 1, 2, 2, __pyx_nargs); \
    error: \
        cy_Pyx_AddTraceback("cytest." PYNAME, 0, LINE, __pyx_f[0]); \
        return NULL; \
    } \
    static cy_methoddef_t __pyx_mdef_##NAME = {PYNAME, (cy_PyCFunction)(void (*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_##NAME, cy_Pyx_METH_FASTCALL | cy_METH_KEYWORDS, 0};

// def greet(name): return GREETING + ", " + name + "!"
static mp_obj_t __pyx_pf_greet(mp_obj_t __pyx_self, mp_obj_t name) {
    mp_obj_t t1, t2;
    (void)__pyx_self;
    cy_Pyx_GetModuleGlobalName(t1, N(GREETING));
    if (!t1) goto error;
    t2 = cy_PyNumber_Add(t1, K(comma));
    if (!t2) goto error;
    t1 = cy_Pyx_PyNumber_Add_object_object(t2, name);
    if (!t1) goto error;
    t2 = cy_PyNumber_Add(t1, K(bang));
    if (!t2) goto error;
    return t2;
error:
    cy_Pyx_AddTraceback("cytest.greet", 0, 20, __pyx_f[0]);
    return NULL;
}
ONE_ARG_WRAPPER(greet, "greet", 19, __pyx_n_u_name)

// def fmt(x, y): return "%d-%s" % (x, y)
static mp_obj_t __pyx_pf_fmt(mp_obj_t __pyx_self, mp_obj_t x, mp_obj_t y) {
    mp_obj_t t1, t2, t3[3], t6;
    (void)__pyx_self;
    t1 = cy_Pyx_PyObject_FormatAndDecref(cy_Pyx_PyNumber_Long(x), N(d));
    if (!t1) goto error;
    t2 = cy_Pyx_PyObject_FormatSimpleAndDecref(cy_PyObject_Str(y), MP_OBJ_NEW_QSTR(MP_QSTR_));
    if (!t2) goto error;
    t3[0] = t1;
    t3[1] = K(dash);
    t3[2] = t2;
    t6 = cy_Pyx_PyUnicode_Join(t3, 3, 1, 0);
    if (!t6) goto error;
    return t6;
error:
    cy_Pyx_AddTraceback("cytest.fmt", 0, 23, __pyx_f[0]);
    return NULL;
}
TWO_ARG_WRAPPER(fmt, "fmt", 22, __pyx_n_u_x, __pyx_n_u_y)

// def bump(): global counter; counter += 1; return counter
static mp_obj_t __pyx_pf_bump(mp_obj_t __pyx_self) {
    mp_obj_t t1, t2;
    (void)__pyx_self;
    cy_Pyx_GetModuleGlobalName(t1, N(counter));
    if (!t1) goto error;
    t2 = cy_Pyx_PyLong_AddObjC(t1, __pyx_mstate_global->__pyx_int_1, 1, 1, 0);
    if (!t2) goto error;
    if (cy_PyDict_SetItem(__pyx_mstate_global->__pyx_d, N(counter), t2) < 0) goto error;
    cy_Pyx_GetModuleGlobalName(t2, N(counter));
    if (!t2) goto error;
    return t2;
error:
    cy_Pyx_AddTraceback("cytest.bump", 0, 27, __pyx_f[0]);
    return NULL;
}
static mp_obj_t __pyx_pw_bump(mp_obj_t __pyx_self, mp_obj_t unused) {
    mp_obj_t const *__pyx_kwvalues;
    (void)unused;
    __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs); // names not in scope
    (void)__pyx_kwvalues;
    return __pyx_pf_bump(__pyx_self);
}
static cy_methoddef_t __pyx_mdef_bump = {"bump", (cy_PyCFunction)__pyx_pw_bump, cy_METH_NOARGS, 0};

// def hyp(double x, double y): return math.sqrt(x * x + y * y)
static mp_obj_t __pyx_pf_hyp(mp_obj_t __pyx_self, mp_obj_t ox, mp_obj_t oy) {
    mp_obj_t t1, t2 = NULL, t3, t4;
    size_t t5;
    double x, y;
    (void)__pyx_self;
    x = cy_Pyx_PyFloat_AsDouble(ox);
    if (x == (double)-1 && cy_PyErr_Occurred()) goto error;
    y = cy_Pyx_PyFloat_AsDouble(oy);
    if (y == (double)-1 && cy_PyErr_Occurred()) goto error;
    cy_Pyx_GetModuleGlobalName(t3, N(math));
    if (!t3) goto error;
    t4 = cy_Pyx_PyObject_GetAttrStr(t3, N(sqrt));
    if (!t4) goto error;
    t3 = cy_PyFloat_FromDouble((x * x) + (y * y));
    if (!t3) goto error;
    t5 = 1;
    if (MP_UNLIKELY(cy_PyMethod_Check(t4))) {
        t2 = cy_PyMethod_GET_SELF(t4);
        t5 = 0;
    }
    {
        mp_obj_t __pyx_callargs[2] = {t2, t3};
        t1 = cy_Pyx_PyObject_FastCall((mp_obj_t)t4, __pyx_callargs + t5, (2 - t5) | (t5 * cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
        if (!t1) goto error;
    }
    return t1;
error:
    cy_Pyx_AddTraceback("cytest.hyp", 0, 31, __pyx_f[0]);
    return NULL;
}
TWO_ARG_WRAPPER(hyp, "hyp", 30, __pyx_n_u_x, __pyx_n_u_y)

// def check(x): if x < 0: raise ValueError("negative"); return x * x
static mp_obj_t __pyx_pf_check(mp_obj_t __pyx_self, mp_obj_t x) {
    int t1;
    mp_obj_t t2;
    int lineno = 34;
    (void)__pyx_self;
    t1 = cy_Pyx_PyObject_CompareBoolLt_object_int(x, __pyx_mstate_global->__pyx_int_0, cy_Py_LT);
    if (t1 < 0) goto error;
    if (t1) {
        size_t t4 = 1;
        mp_obj_t __pyx_callargs[2] = {NULL, K(negative)};
        lineno = 35;
        t2 = cy_Pyx_PyObject_FastCall((mp_obj_t)(((cy_PyTypeObject *)MP_OBJ_FROM_PTR(&mp_type_ValueError))), __pyx_callargs + t4, (2 - t4) | (t4 * cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
        if (!t2) goto error;
        cy_Pyx_Raise(t2, 0, 0, 0);
        goto error;
    }
    lineno = 36;
    {
        int v = cy_Pyx_PyLong_As_int(x);
        if (v == -1 && cy_PyErr_Occurred()) goto error;
        t2 = cy_Pyx_PyLong_From_int(v * v);
        if (!t2) goto error;
    }
    return t2;
error:
    cy_Pyx_AddTraceback("cytest.check", 0, lineno, __pyx_f[0]);
    return NULL;
}
ONE_ARG_WRAPPER(check, "check", 33, __pyx_n_u_x)

// def call(f, x): return f(x)
static mp_obj_t __pyx_pf_call(mp_obj_t __pyx_self, mp_obj_t f, mp_obj_t x) {
    size_t t4 = 1;
    mp_obj_t __pyx_callargs[2] = {NULL, x};
    (void)__pyx_self;
    mp_obj_t r = cy_Pyx_PyObject_FastCall((mp_obj_t)f, __pyx_callargs + t4, (2 - t4) | (t4 * cy_Pyx_PY_VECTORCALL_ARGUMENTS_OFFSET));
    if (!r) {
        cy_Pyx_AddTraceback("cytest.call", 0, 39, __pyx_f[0]);
    }
    return r;
}
TWO_ARG_WRAPPER(call, "call", 38, __pyx_n_u_f, __pyx_n_u_x)

// def things(): return [1, 2.5, True, None, "s", (1, 2), {"k": 1}]
static mp_obj_t __pyx_pf_things(mp_obj_t __pyx_self) {
    mp_obj_t t1, t2;
    (void)__pyx_self;
    t1 = cy_Pyx_PyDict_NewPresized(1);
    if (!t1) goto error;
    if (cy_PyDict_SetItem(t1, N(k), __pyx_mstate_global->__pyx_int_1) < 0) goto error;
    t2 = cy_PyList_New(7);
    if (!t2) goto error;
    if (cy_Pyx_PyList_SET_ITEM(t2, 0, __pyx_mstate_global->__pyx_int_1) != 0) goto error;
    if (cy_Pyx_PyList_SET_ITEM(t2, 1, __pyx_mstate_global->__pyx_float_2_5) != 0) goto error;
    if (cy_Pyx_PyList_SET_ITEM(t2, 2, mp_const_true) != 0) goto error;
    if (cy_Pyx_PyList_SET_ITEM(t2, 3, mp_const_none) != 0) goto error;
    if (cy_Pyx_PyList_SET_ITEM(t2, 4, N(s)) != 0) goto error;
    if (cy_Pyx_PyList_SET_ITEM(t2, 5, __pyx_mstate_global->__pyx_tuple[0]) != 0) goto error;
    if (cy_Pyx_PyList_SET_ITEM(t2, 6, t1) != 0) goto error;
    return t2;
error:
    cy_Pyx_AddTraceback("cytest.things", 0, 42, __pyx_f[0]);
    return NULL;
}
static mp_obj_t __pyx_pw_things(mp_obj_t __pyx_self, mp_obj_t unused) {
    (void)unused;
    return __pyx_pf_things(__pyx_self);
}
static cy_methoddef_t __pyx_mdef_things = {"things", (cy_PyCFunction)__pyx_pw_things, cy_METH_NOARGS, 0};

// def pct(x, y): return "%s and %r" % (x, y)
static mp_obj_t __pyx_pf_pct(mp_obj_t __pyx_self, mp_obj_t x, mp_obj_t y) {
    mp_obj_t t, r;
    (void)__pyx_self;
    t = cy_PyTuple_New(2);
    if (!t) goto error;
    if (cy_Pyx_PyTuple_SET_ITEM(t, 0, x) != 0) goto error;
    if (cy_Pyx_PyTuple_SET_ITEM(t, 1, y) != 0) goto error;
    r = cy_Pyx_PyUnicode_FormatSafe(K(pct), t);
    if (!r) goto error;
    return r;
error:
    cy_Pyx_AddTraceback("cytest.pct", 0, 45, __pyx_f[0]);
    return NULL;
}
TWO_ARG_WRAPPER(pct, "pct", 44, __pyx_n_u_x, __pyx_n_u_y)

// def conv(x): return <int>x, <unsigned char>x, <double>x  (as typed locals)
static mp_obj_t __pyx_pf_conv(mp_obj_t __pyx_self, mp_obj_t x) {
    int i;
    unsigned char uc;
    double d;
    mp_obj_t items[3];
    (void)__pyx_self;
    i = cy_Pyx_PyLong_As_int(x);
    if (i == -1 && cy_PyErr_Occurred()) goto error;
    uc = cy_Pyx_PyLong_As_unsigned_char(x);
    if (uc == (unsigned char)-1 && cy_PyErr_Occurred()) goto error;
    d = cy_Pyx_PyFloat_AsDouble(x);
    if (d == -1.0 && cy_PyErr_Occurred()) goto error;
    items[0] = cy_Pyx_PyLong_From_int(i);
    if (!items[0]) goto error;
    items[1] = cy_Pyx_PyLong_From_unsigned_char(uc);
    if (!items[1]) goto error;
    items[2] = cy_PyFloat_FromDouble(d);
    if (!items[2]) goto error;
    return cy_Pyx_PyTuple_FromArray(items, 3);
error:
    cy_Pyx_AddTraceback("cytest.conv", 0, 48, __pyx_f[0]);
    return NULL;
}
ONE_ARG_WRAPPER(conv, "conv", 47, __pyx_n_u_x)

// def catch(f):
//     try: f()
//     except ValueError as e: return "caught " + str(e)
//     return None
static mp_obj_t __pyx_pf_catch(mp_obj_t __pyx_self, mp_obj_t f) {
    mp_obj_t t1 = 0, t2 = 0, t3 = 0, t4, t5, t6, e, r;
    (void)__pyx_self;
    cy_Pyx_PyThreadState_declare
    cy_Pyx_PyThreadState_assign
    cy_Pyx_ExceptionSave(&t1, &t2, &t3);
    t4 = cy_Pyx_PyObject_FastCall(f, NULL, 0);
    if (!t4) goto try_error;
    cy_Pyx_ExceptionReset(t1, t2, t3);
    return mp_const_none;
try_error:;
    if (cy_Pyx_PyErr_ExceptionMatches(MP_OBJ_FROM_PTR(&mp_type_ValueError))) {
        cy_Pyx_AddTraceback("cytest.catch", 0, 52, __pyx_f[0]);
        if (cy_Pyx_GetException(&t4, &t5, &t6) < 0) goto except_error;
        e = t5;
        r = cy_Pyx_PyObject_Unicode(e);
        if (!r) goto except_error;
        r = cy_Pyx_PyUnicode_Concat(K(caught), r);
        if (!r) goto except_error;
        cy_Pyx_ExceptionReset(t1, t2, t3);
        return r;
    }
except_error:;
    cy_Pyx_ExceptionReset(t1, t2, t3);
    cy_Pyx_AddTraceback("cytest.catch", 0, 51, __pyx_f[0]);
    return NULL;
}
ONE_ARG_WRAPPER(catch, "catch", 50, __pyx_n_u_f)

// def kwargs(a, **kw): return (a, kw)
static mp_obj_t __pyx_pw_kwargs(mp_obj_t __pyx_self, mp_obj_t const *__pyx_args, mp_int_t __pyx_nargs, mp_obj_t __pyx_kwds) {
    mp_obj_t values[1] = {0};
    mp_obj_t kw = cy_PyDict_New();
    mp_obj_t *const __pyx_pyargnames[] = {&__pyx_mstate_global->__pyx_n_u_a, 0};
    (void)__pyx_self;
    if (!kw) return NULL;
    const mp_int_t n_kw = (__pyx_kwds) ? cy_Pyx_NumKwargs_FASTCALL(__pyx_kwds) : 0;
    if (__pyx_nargs > 1) goto argtuple_error;
    if (__pyx_nargs == 1) values[0] = __pyx_args[0];
    if (n_kw > 0 && cy_Pyx_ParseKeywords(__pyx_kwds, cy_Pyx_KwValues_FASTCALL(__pyx_args, __pyx_nargs), __pyx_pyargnames, kw, values, __pyx_nargs, n_kw, "kwargs", 0) < 0) goto error;
    if (!values[0]) { cy_Pyx_RaiseArgtupleInvalid("kwargs", 1, 1, 1, 0); goto error; }
    {
        mp_obj_t items[2] = {values[0], kw};
        return cy_Pyx_PyTuple_FromArray(items, 2);
    }
argtuple_error:
    cy_Pyx_RaiseArgtupleInvalid("kwargs", 1, 1, 1, __pyx_nargs);
error:
    cy_Pyx_AddTraceback("cytest.kwargs", 0, 55, __pyx_f[0]);
    return NULL;
}
static cy_methoddef_t __pyx_mdef_kwargs = {"kwargs", (cy_PyCFunction)(void (*)(void))(cy_Pyx_PyCFunction_FastCallWithKeywords)__pyx_pw_kwargs, cy_Pyx_METH_FASTCALL | cy_METH_KEYWORDS, 0};

// def items(d): out = []; for k, v in d.items(): out.append((k, v)); out.sort(); return out
static mp_obj_t __pyx_pf_items(mp_obj_t __pyx_self, mp_obj_t d) {
    mp_obj_t out, it, k, v;
    mp_int_t orig_len, pos = 0;
    int is_dict;
    (void)__pyx_self;
    out = cy_PyList_New(0);
    if (!out) goto error;
    it = cy_Pyx_dict_iterator(d, 0, N(items), &orig_len, &is_dict);
    if (!it) goto error;
    for (;;) {
        int r = cy_Pyx_dict_iter_next(it, orig_len, &pos, &k, &v, NULL, is_dict);
        if (r == 0) break;
        if (r < 0) goto error;
        mp_obj_t kv[2] = {k, v};
        mp_obj_t t = cy_Pyx_PyTuple_FromArray(kv, 2);
        if (!t || cy_Pyx_PyList_Append(out, t) < 0) goto error;
    }
    if (cy_PyList_Sort(out) < 0) goto error;
    return out;
error:
    cy_Pyx_AddTraceback("cytest.items", 0, 58, __pyx_f[0]);
    return NULL;
}
ONE_ARG_WRAPPER(items, "items", 57, __pyx_n_u_d)

// def varargs(*args, **kwargs): return (len(args), kwargs)   (METH_VARARGS | METH_KEYWORDS)
static mp_obj_t __pyx_pw_varargs(mp_obj_t __pyx_self, mp_obj_t __pyx_args, mp_obj_t __pyx_kwds) {
    mp_obj_t __pyx_v_kwargs;
    mp_int_t __pyx_nargs;
    mp_obj_t const *__pyx_kwvalues;
    (void)__pyx_self;
    __pyx_nargs = cy_PyTuple_Size(__pyx_args);
    if (MP_UNLIKELY(__pyx_nargs < 0)) return NULL;
    __pyx_kwvalues = cy_Pyx_KwValues_VARARGS(__pyx_args, __pyx_nargs);
    const mp_int_t __pyx_kwds_len = (__pyx_kwds) ? cy_Pyx_NumKwargs_VARARGS(__pyx_kwds) : 0;
    if (MP_UNLIKELY(__pyx_kwds_len < 0)) return NULL;
    if (__pyx_kwds_len > 0) {
        if (MP_UNLIKELY(cy_Pyx_CheckKeywordStrings(__pyx_kwds) == -1)) return NULL;
        __pyx_v_kwargs = cy_Pyx_KwargsAsDict_VARARGS(__pyx_kwds, __pyx_kwvalues);
        if (MP_UNLIKELY(!__pyx_v_kwargs)) return NULL;
    } else {
        __pyx_v_kwargs = cy_PyDict_New();
        if (MP_UNLIKELY(!__pyx_v_kwargs)) return NULL;
    }
    mp_obj_t n = cy_PyLong_FromSsize_t(cy_PyObject_Length(__pyx_args));
    if (!n) return NULL;
    mp_obj_t items[2] = {n, __pyx_v_kwargs};
    return cy_Pyx_PyTuple_FromArray(items, 2);
}
static cy_methoddef_t __pyx_mdef_varargs = {"varargs", (cy_PyCFunction)(void (*)(void))(cy_PyCFunctionWithKeywords)__pyx_pw_varargs, cy_METH_VARARGS | cy_METH_KEYWORDS, 0};

// ----------------------------------------------------------------------------------------
// Module init: the body of __pyx_pymod_exec_cytest after translation.

static int __pyx_pymod_exec_cytest(void) {
    mp_obj_t t1, t2, t3;
    __pyx_mstatetype *st = m_new0(__pyx_mstatetype, 1);
    MP_STATE_VM(cytest_state) = st;
    st->__pyx_d = cy_PyDict_New();
    if (!st->__pyx_d) goto error;
    st->__pyx_int_0 = cy_PyLong_FromLong(0);
    st->__pyx_int_1 = cy_PyLong_FromLong(1);
    st->__pyx_int_2 = cy_PyLong_FromLong(2);
    st->__pyx_float_2_5 = cy_PyFloat_FromDouble(2.5);
    if (!st->__pyx_float_2_5) goto error;
    st->__pyx_n_u_n = N(n);
    st->__pyx_n_u_a = N(a);
    st->__pyx_n_u_b = N(b);
    st->__pyx_n_u_scale = N(scale);
    st->__pyx_n_u_name = N(name);
    st->__pyx_n_u_x = N(x);
    st->__pyx_n_u_y = N(y);
    st->__pyx_n_u_f = N(f);
    st->__pyx_n_u_d = N(d);
    {
        mp_obj_t tmp[2] = {st->__pyx_int_1, st->__pyx_int_2};
        st->__pyx_tuple[0] = cy_Pyx_PyTuple_FromArray(tmp, 2);
        if (!st->__pyx_tuple[0]) goto error;
    }
    {
        mp_obj_t tmp[1] = {st->__pyx_int_2};
        st->__pyx_tuple[1] = cy_Pyx_PyTuple_FromArray(tmp, 1);
        if (!st->__pyx_tuple[1]) goto error;
    }
    // import math
    t1 = cy_Pyx_Import(N(math), 0, 0, NULL, 0);
    if (!t1) goto error;
    if (cy_PyDict_SetItem(st->__pyx_d, N(math), t1) < 0) goto error;
    if (cy_PyDict_SetItem(st->__pyx_d, N(GREETING), N(hello)) < 0) goto error;
    if (cy_PyDict_SetItem(st->__pyx_d, N(counter), st->__pyx_int_0) < 0) goto error;
    // def fib
    t2 = cy_Pyx_CyFunction_New(&__pyx_mdef_6cytest_1fib, 0, N(fib), NULL, N(cytest), st->__pyx_d, MP_OBJ_NULL);
    if (!t2) goto error;
    if (cy_PyDict_SetItem(st->__pyx_d, N(fib), t2) < 0) goto error;
    // def add (defaults)
    t2 = cy_Pyx_PyDict_NewPresized(1);
    if (!t2) goto error;
    if (cy_PyDict_SetItem(t2, N(scale), st->__pyx_int_1) < 0) goto error;
    t3 = cy_Pyx_CyFunction_New(&__pyx_mdef_6cytest_3add, 0, N(add), NULL, N(cytest), st->__pyx_d, MP_OBJ_NULL);
    if (!t3) goto error;
    cy_Pyx_CyFunction_SetDefaultsTuple(t3, st->__pyx_tuple[1]);
    cy_Pyx_CyFunction_SetDefaultsKwDict(t3, t2);
    if (cy_PyDict_SetItem(st->__pyx_d, N(add), t3) < 0) goto error;
    {
        static cy_methoddef_t *const defs[] = {
            &__pyx_mdef_greet, &__pyx_mdef_fmt, &__pyx_mdef_bump, &__pyx_mdef_hyp,
            &__pyx_mdef_check, &__pyx_mdef_call, &__pyx_mdef_things, &__pyx_mdef_pct,
            &__pyx_mdef_conv, &__pyx_mdef_catch, &__pyx_mdef_kwargs, &__pyx_mdef_items,
            &__pyx_mdef_varargs,
        };
        for (size_t i = 0; i < MP_ARRAY_SIZE(defs); i++) {
            mp_obj_t name = cy_PyUnicode_FromString(defs[i]->ml_name);
            if (!name) goto error;
            t2 = cy_Pyx_CyFunction_New(defs[i], 0, name, NULL, N(cytest), st->__pyx_d, MP_OBJ_NULL);
            if (!t2) goto error;
            if (cy_PyDict_SetItem(st->__pyx_d, name, t2) < 0) goto error;
        }
    }
    return 0;
error:
    cy_Pyx_AddTraceback("init cytest", 0, 1, __pyx_f[0]);
    MP_STATE_VM(cytest_state) = NULL;
    return -1;
}

// __init__ runs on every import (built-in modules are not cached): build the state once.
static mp_obj_t cytest___init__(void) {
    if (MP_STATE_VM(cytest_state) == NULL) {
        if (__pyx_pymod_exec_cytest() < 0) {
            cy_raise_pending();
        }
    }
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_0(cytest___init___obj, cytest___init__);

static mp_obj_t cytest___getattr__(mp_obj_t attr) {
    if (MP_STATE_VM(cytest_state) != NULL) {
        mp_map_elem_t *elem = mp_map_lookup(mp_obj_dict_get_map(__pyx_mstate_global->__pyx_d), attr, MP_MAP_LOOKUP);
        if (elem != NULL) {
            return elem->value;
        }
    }
    mp_raise_msg_varg(&mp_type_AttributeError, MP_ERROR_TEXT("module 'cytest' has no attribute '%q'"), mp_obj_str_get_qstr(attr));
}
static MP_DEFINE_CONST_FUN_OBJ_1(cytest___getattr___obj, cytest___getattr__);

// For tests: the pending-exception slot must be empty between calls.
static mp_obj_t cytest_pending(void) {
    return mp_obj_new_bool(cy_err_occurred() != MP_OBJ_NULL);
}
static MP_DEFINE_CONST_FUN_OBJ_0(cytest_pending_obj, cytest_pending);

static const mp_rom_map_elem_t cytest_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_cytest) },
    { MP_ROM_QSTR(MP_QSTR___init__), MP_ROM_PTR(&cytest___init___obj) },
    { MP_ROM_QSTR(MP_QSTR___getattr__), MP_ROM_PTR(&cytest___getattr___obj) },
    { MP_ROM_QSTR(MP_QSTR__pending), MP_ROM_PTR(&cytest_pending_obj) },
};
static MP_DEFINE_CONST_DICT(cytest_globals, cytest_globals_table);

const mp_obj_module_t cytest_user_cmodule = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&cytest_globals,
};

MP_REGISTER_MODULE(MP_QSTR_cytest, cytest_user_cmodule);
