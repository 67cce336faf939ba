// cy2upy_func.c: function objects: Cython's cyfunction (__Pyx_CyFunction_New) and C
// functions, with their call slots, attributes and argument tuples.
//
// Part of the C half of cython2upy's runtime (what each file holds: cy2upy_internal.h).

#include "cy2upy_internal.h"

// ===========================================================================================
// Function objects
// ===========================================================================================

static void argcount_error(const cy_function_obj_t *f, const char *message, size_t given) {
    uint8_t buf[320];
    size_t n = cy_rs_fmt_argcount(buf, sizeof(buf), f->ml->ml_name, message, (intptr_t)given);
    cy_i_set_buf_msg(&mp_type_TypeError, buf, n);
}

static void no_keywords_error(const cy_function_obj_t *f) {
    uint8_t buf[240];
    size_t n = cy_rs_fmt_kw_error(buf, sizeof(buf), CY_RS_KW_NO_KEYWORDS, f->ml->ml_name, NULL, 0);
    cy_i_set_buf_msg(&mp_type_TypeError, buf, n);
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

// A METH_VARARGS function: its arguments as a tuple and a dict. Out of line, so that the common
// conventions in cy_function_call need no nlr frame on the stack.
static MP_NOINLINE mp_obj_t call_varargs(const cy_function_obj_t *f, mp_obj_t self, int flags,
    size_t n_args, size_t n_kw, const mp_obj_t *args) {
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
        return ((cy_PyCFunctionWithKeywords)(void (*)(void))f->ml->ml_meth)(self, tuple, dict);
    }
    return f->ml->ml_meth(self, tuple);
}

// A method of an extension type (Cython's CCLASS flag, not a staticmethod) takes the instance
// (or, for a classmethod, the class) as its first argument: it is the C function's self.
#define IS_METHOD(f) (((f)->flags & (cy_Pyx_CYFUNCTION_CCLASS | cy_Pyx_CYFUNCTION_STATICMETHOD)) \
    == cy_Pyx_CYFUNCTION_CCLASS)

// The call of the function's C function by its convention, for cy_function_call, which has
// checked a method's self (args[0]).
static mp_obj_t call_checked(mp_obj_t func, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const cy_function_obj_t *f = MP_OBJ_TO_PTR(func);
    const cy_methoddef_t *ml = f->ml;
    int flags = ml->ml_flags & ~(CY_METH_CLASS | CY_METH_STATIC | CY_METH_COEXIST | CY_METH_METHOD);
    // A function made by PyCFunction_NewEx passes the self it was made with, as CPython's
    // builtin functions pass m_self.
    mp_obj_t self = mp_obj_is_type(func, &cy_cfunction_type) ? f->closure : func;
    if (IS_METHOD(f)) {
        self = args[0];
        args++;
        n_args--;
    }
    // The convention of every `def` function and method Cython writes, tested first.
    if (flags == (CY_METH_FASTCALL | CY_METH_KEYWORDS)) {
        return ((cy_Pyx_PyCFunction_FastCallWithKeywords)(void (*)(void))ml->ml_meth)(
            self, args, (mp_int_t)n_args, CY_KWDS_OF_COUNT(n_kw));
    }
    switch (flags) {
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
        case CY_METH_VARARGS | CY_METH_KEYWORDS:
            return call_varargs(f, self, flags, n_args, n_kw, args);
        default:
            cy_err_set(mp_obj_new_exception_msg_varg(&mp_type_TypeError,
                MP_ERROR_TEXT("%.200s() has an unsupported calling convention (flags 0x%x)"),
                ml->ml_name, ml->ml_flags));
            return MP_OBJ_NULL;
    }
}

// A method's name in the errors about its self: a specialisation of a method with fused
// argument types has the name Cython gives its C function (`__pyx_fuse_0scale`), which is the
// method's own after the prefix.
static const char *method_name(const cy_function_obj_t *f) {
    const char *name = f->ml->ml_name;
    static const char prefix[] = "__pyx_fuse_";
    if (strncmp(name, prefix, sizeof(prefix) - 1) == 0) {
        name += sizeof(prefix) - 1;
        while (unichar_isdigit((unichar)*name)) {
            name++;
        }
    }
    return name;
}

// A method called without self: TypeError. A method descriptor names its class, as CPython's
// do; Cython's function does not.
static MP_NOINLINE mp_obj_t no_self_error(const cy_function_obj_t *f) {
    if ((f->flags & CY_FUNCTION_METHOD_DESCR) && f->classobj != MP_OBJ_NULL) {
        cy_err_set(mp_obj_new_exception_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("unbound method %q.%s() needs an argument"),
            (qstr)((const mp_obj_type_t *)MP_OBJ_TO_PTR(f->classobj))->name, method_name(f)));
    } else {
        cy_err_set(mp_obj_new_exception_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("%.200s() needs an argument"), method_name(f)));
    }
    return MP_OBJ_NULL;
}

// A method whose self is not an exact instance of its class: called when self is an instance of
// a subclass (or, for a classmethod, any class), else TypeError as CPython's method descriptors
// word it.
static MP_NOINLINE mp_obj_t call_other_self(mp_obj_t func, size_t n_args, size_t n_kw,
    const mp_obj_t *args) {
    const cy_function_obj_t *f = MP_OBJ_TO_PTR(func);
    if (!(f->flags & cy_Pyx_CYFUNCTION_CLASSMETHOD)
        && !mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(args[0])), f->classobj)) {
        cy_err_set(mp_obj_new_exception_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("descriptor '%s' for '%s' objects doesn't apply to a '%s' object"),
            method_name(f), cy_type_tp_name(MP_OBJ_TO_PTR(f->classobj)), cy_obj_tp_name(args[0])));
        return MP_OBJ_NULL;
    }
    return call_checked(func, n_args, n_kw, args);
}

mp_obj_t cy_function_call(mp_obj_t func, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const cy_function_obj_t *f = MP_OBJ_TO_PTR(func);
    if (IS_METHOD(f)) {
        if (n_args < 1) {
            return no_self_error(f);
        }
        // The C function takes self for an instance of its class. A call through the class
        // (`Type.method(obj)`) may pass any object. The class is known for the methods of
        // extension types (set when they are stored in its dict), not for Python classes'.
        mp_obj_t self = args[0];
        if (f->classobj != MP_OBJ_NULL
            && !(mp_obj_is_obj(self) && ((mp_obj_base_t *)MP_OBJ_TO_PTR(self))->type == MP_OBJ_TO_PTR(f->classobj))) {
            return call_other_self(func, n_args, n_kw, args);
        }
    }
    return call_checked(func, n_args, n_kw, args);
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

// Where the text signature of a binding=False function's or a method descriptor's doc ends (its
// ")"), or NULL.
static const char *text_signature_end(mp_obj_t self_in, const cy_function_obj_t *f) {
    const char *doc = CY_DOC(f->ml->ml_doc);
    size_t name_len = strlen(f->ml->ml_name);
    if (doc == NULL
        || (!mp_obj_is_type(self_in, &cy_cfunction_type) && !(f->flags & CY_FUNCTION_METHOD_DESCR))
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
        } else if (dest[1] != MP_OBJ_NULL && attr == MP_QSTR___annotations__
                   && mp_obj_is_type(dest[1], &mp_type_dict)) {
            f->annotations = dest[1];
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
            const char *doc = CY_DOC(f->ml->ml_doc);
            const char *sig = text_signature_end(self_in, f);
            if (attr == MP_QSTR___text_signature__) {
                size_t name_len = strlen(f->ml->ml_name);
                dest[0] = sig ? mp_obj_new_str(doc + name_len, sig + 1 - (doc + name_len)) : mp_const_none;
            } else {
                // Nothing after the signature is no docstring (CPython's
                // _PyType_GetDocFromInternalDoc).
                doc = sig ? sig + 6 : doc;
                dest[0] = doc && (sig == NULL || *doc != '\0') ? mp_obj_new_str_from_cstr(doc) : mp_const_none;
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
        case MP_QSTR___annotations__:
            if (f->annotations == MP_OBJ_NULL) {
                f->annotations = mp_obj_new_dict(0);
            }
            dest[0] = f->annotations;
            break;
        case MP_QSTR___call__:
            // CPython's method-wrapper of tp_call; calling the function itself does the same.
            dest[0] = self_in;
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

int cy_PyCFunction_GET_FLAGS(mp_obj_t op) {
    if (mp_obj_is_type(op, &cy_function_type) || mp_obj_is_type(op, &cy_cfunction_type)) {
        return ((cy_function_obj_t *)MP_OBJ_TO_PTR(op))->ml->ml_flags;
    }
    return 0;
}

mp_obj_t cy_PyCFunction_NewEx(const cy_methoddef_t *ml, mp_obj_t self, mp_obj_t module) {
    mp_obj_t func = cy_Pyx_CyFunction_New(ml, 0, MP_OBJ_NULL, self, module, MP_OBJ_NULL, MP_OBJ_NULL);
    if (func != MP_OBJ_NULL) {
        ((cy_function_obj_t *)MP_OBJ_TO_PTR(func))->base.type = &cy_cfunction_type;
    }
    return func;
}

mp_obj_t cy_Pyx_CyFunction_New(const cy_methoddef_t *ml, int flags, mp_obj_t qualname,
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
        f->annotations = MP_OBJ_NULL;
        f->classobj = MP_OBJ_NULL;
        nlr_pop();
        return MP_OBJ_FROM_PTR(f);
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return MP_OBJ_NULL;
}

int cy_Pyx_DefineFunctions(const cy_Pyx_DefSpec *defs, mp_int_t n, mp_obj_t target,
    int (*store)(mp_obj_t, mp_obj_t, mp_obj_t), mp_obj_t module, mp_obj_t globals,
    const mp_obj_t *tuples) {
    for (mp_int_t i = 0; i < n; i++) {
        const cy_Pyx_DefSpec *d = &defs[i];
        mp_obj_t f = cy_Pyx_CyFunction_New(d->ml, d->flags, *d->qualname, MP_OBJ_NULL, module,
            globals, MP_OBJ_NULL);
        if (f == MP_OBJ_NULL) {
            return -1;
        }
        if (d->defaults) {
            cy_Pyx_CyFunction_SetDefaultsTuple(f, tuples[d->defaults - 1]);
        }
        if (store(target, *d->name, f) < 0) {
            return -1;
        }
    }
    return 0;
}

static mp_obj_t fused_call_raising(mp_obj_t self_in, size_t n_args, size_t n_kw,
    const mp_obj_t *args) {
    cy_fused_function_obj_t *ff = MP_OBJ_TO_PTR(self_in);
    mp_obj_t dispatch[4];
    dispatch[0] = ff->__signatures__;
    dispatch[1] = mp_obj_new_tuple(n_args, args);
    dispatch[2] = n_kw ? mp_obj_new_dict(n_kw) : mp_const_none;
    for (size_t i = 0; i < n_kw; i++) {
        mp_obj_dict_store(dispatch[2], args[n_args + 2 * i], args[n_args + 2 * i + 1]);
    }
    dispatch[3] = or_none(ff->func.defaults_tuple);
    // The dispatcher is this function's own C function (for a method of an extension type the
    // signatures dict is its `self`, as in Cython's __pyx_FusedFunction_call).
    mp_obj_t special = cy_check_result(cy_function_call(self_in, 4, 0, dispatch));
    return mp_call_function_n_kw(special, n_args, n_kw, args);
}

static mp_obj_t fused_call(mp_obj_t self_in, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    cy_fused_function_obj_t *ff = MP_OBJ_TO_PTR(self_in);
    if (ff->__signatures__ == MP_OBJ_NULL) {
        return cy_check_result(cy_function_call(self_in, n_args, n_kw, args));
    }
    return fused_call_raising(self_in, n_args, n_kw, args);
}

// The signature string of one index item: a type's name, else str(item).
static void fused_sig_part(vstr_t *vs, mp_obj_t item) {
    if (mp_obj_is_type(item, &mp_type_type)) {
        vstr_add_str(vs, qstr_str(((mp_obj_type_t *)MP_OBJ_TO_PTR(item))->name));
    } else {
        mp_print_t print;
        vstr_t tmp;
        vstr_init_print(&tmp, 16, &print);
        mp_obj_print_helper(&print, item, PRINT_STR);
        vstr_add_strn(vs, tmp.buf, tmp.len);
        vstr_clear(&tmp);
    }
}

// f[sig]: the specialisation for a type, a type name or a tuple of them (joined with '|').
static mp_obj_t fused_subscr(mp_obj_t self_in, mp_obj_t index, mp_obj_t value) {
    cy_fused_function_obj_t *ff = MP_OBJ_TO_PTR(self_in);
    if (value != MP_OBJ_SENTINEL) {
        return MP_OBJ_NULL; // no store or delete
    }
    if (ff->__signatures__ == MP_OBJ_NULL) {
        mp_raise_TypeError(MP_ERROR_TEXT("Function is not fused"));
    }
    vstr_t vs;
    vstr_init(&vs, 16);
    if (mp_obj_is_type(index, &mp_type_tuple)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(index, &n, &items);
        for (size_t i = 0; i < n; i++) {
            if (i) {
                vstr_add_byte(&vs, '|');
            }
            fused_sig_part(&vs, items[i]);
        }
    } else {
        fused_sig_part(&vs, index);
    }
    return mp_obj_subscr(ff->__signatures__, mp_obj_new_str_from_vstr(&vs), MP_OBJ_SENTINEL);
}

static void fused_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    cy_fused_function_obj_t *ff = MP_OBJ_TO_PTR(self_in);
    if (dest[0] == MP_OBJ_NULL && attr == MP_QSTR___signatures__) {
        if (ff->__signatures__ != MP_OBJ_NULL) {
            dest[0] = ff->__signatures__;
        }
        return;
    }
    cyfunction_attr(self_in, attr, dest);
}

MP_DEFINE_CONST_OBJ_TYPE(
    cy_fused_function_type,
    MP_QSTR_fused_cython_function,
    MP_TYPE_FLAG_BINDS_SELF,
    call, fused_call,
    print, cyfunction_print,
    attr, fused_attr,
    subscr, fused_subscr
    );

static mp_obj_t fused_new_raising(void) {
    cy_fused_function_obj_t *ff = m_new_obj(cy_fused_function_obj_t);
    memset(ff, 0, sizeof(*ff));
    return MP_OBJ_FROM_PTR(ff);
}

mp_obj_t cy_pyx_FusedFunction_New(const cy_methoddef_t *ml, int flags, mp_obj_t qualname,
    mp_obj_t closure, mp_obj_t module, mp_obj_t globals, mp_obj_t code) {
    (void)code;
    mp_obj_t o;
    CY_TRY_ASSIGN(o, fused_new_raising());
    if (o == MP_OBJ_NULL) {
        return o;
    }
    cy_fused_function_obj_t *ff = MP_OBJ_TO_PTR(o);
    ff->func.base.type = &cy_fused_function_type;
    ff->func.ml = ml;
    ff->func.flags = flags;
    ff->func.qualname = qualname;
    ff->func.closure = closure;
    ff->func.module = module;
    ff->func.globals = globals;
    ff->__signatures__ = MP_OBJ_NULL;
    return o;
}

int cy_Pyx_RaiseFusedFunctionArgTypeError(mp_obj_t arg_name, mp_int_t arg_tuple_idx,
    mp_int_t min_positional_args, mp_int_t arg_count) {
    if (arg_tuple_idx < min_positional_args) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "Expected at least %zd argument%.1s, got %zd",
            min_positional_args, min_positional_args != 1 ? "s" : "", arg_count);
    } else {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "Missing keyword-only argument: '%U'",
            arg_name);
    }
    return -1;
}

void cy_Pyx_CyFunction_SetDefaultsTuple(mp_obj_t func, mp_obj_t tuple) {
    ((cy_function_obj_t *)MP_OBJ_TO_PTR(func))->defaults_tuple = tuple;
}

void cy_Pyx_CyFunction_SetDefaultsKwDict(mp_obj_t func, mp_obj_t dict) {
    ((cy_function_obj_t *)MP_OBJ_TO_PTR(func))->defaults_kwdict = dict;
}

void cy_Pyx_CyFunction_SetAnnotationsDict(mp_obj_t func, mp_obj_t dict) {
    ((cy_function_obj_t *)MP_OBJ_TO_PTR(func))->annotations = dict;
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

void *cy_module_state_new(size_t size, mp_obj_t name, mp_obj_t doc) {
    cy_module_state_head_t *state = m_malloc0(size);
    state->d = mp_obj_new_dict(0);
    state->b = MP_OBJ_FROM_PTR(&mp_module_builtins);
    state->empty_tuple = mp_const_empty_tuple;
    state->empty_bytes = mp_const_empty_bytes;
    state->empty_unicode = MP_OBJ_NEW_QSTR(MP_QSTR_);
    mp_obj_dict_store(state->d, MP_OBJ_NEW_QSTR(MP_QSTR___name__), name);
    mp_obj_dict_store(state->d, MP_OBJ_NEW_QSTR(MP_QSTR___doc__), doc);
    return state;
}

void cy_module_state_attr(void **state, mp_obj_t (*init)(void), qstr attr, mp_obj_t *dest) {
    if (*state == NULL) {
        init(); // sets *state, or raises
    }
    mp_obj_t dict = ((cy_module_state_head_t *)*state)->d;
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

int cy_add_functions(mp_obj_t dict, const cy_methoddef_t *methods, mp_obj_t module_name) {
    for (const cy_methoddef_t *ml = methods; ml && ml->ml_name; ml++) {
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
