// cy2upy_call.c: calls: positional, keyword and vectorcall calls of objects and
// methods.
//
// Part of the C half of cython2upy's runtime (what each file holds: cy2upy_internal.h).

#include "cy2upy_internal.h"

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

int cy_Pyx_CheckVectorcallKwarg(mp_obj_t kwnames, mp_int_t i) {
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(kwnames, &n, &items);
    if ((size_t)i < n && !mp_obj_is_str(items[i])) {
        cy_err_set_msg(&mp_type_TypeError, "keywords must be strings");
        return -1;
    }
    return 0;
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

mp_obj_t cy_i_call_method_raising(mp_obj_t self, mp_obj_t name, size_t n, const mp_obj_t *args,
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
        if (n > 0 && mp_obj_is_type(self, &mp_type_type)
            && !(((const mp_obj_type_t *)MP_OBJ_TO_PTR(self))->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
            // `dict.__getitem__(self, key)` on an instance of a class deriving from dict: a
            // built-in's method takes the built-in object (MicroPython checks its exact type).
            buf[2] = cy_native_of(buf[2], MP_OBJ_TO_PTR(self));
        }
        return call_raising(buf[0], n, n_kw, buf + 2);
    }
    return mp_call_method_n_kw(n, n_kw, buf);
}

static mp_obj_t call_unbound0_raising(const mp_obj_type_t *type, qstr name, mp_obj_t self) {
    const mp_obj_type_t *self_type = mp_obj_get_type(self);
    mp_obj_t native = MP_OBJ_NULL;
    if (self_type->flags & MP_TYPE_FLAG_INSTANCE_TYPE) {
        native = mp_obj_cast_to_native_base(self, MP_OBJ_FROM_PTR(type));
    } else if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(self_type), MP_OBJ_FROM_PTR(type))) {
        native = self;
    }
    if (native == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("descriptor '%q' for '%q' objects doesn't apply to a '%s' object"),
            name, (qstr)type->name, mp_obj_get_type_str(self));
    }
    mp_obj_t dest[2];
    mp_load_method(native, name, dest);
    return mp_call_method_n_kw(0, 0, dest);
}

mp_obj_t cy_call_unbound_method0(const mp_obj_type_t *type, qstr name, mp_obj_t self) {
    CY_TRY_RETURN_OBJ(call_unbound0_raising(type, name, self));
}

mp_obj_t cy_Pyx_PyObject_FastCallMethod(mp_obj_t name, mp_obj_t const *args, size_t nargsf) {
    size_t n = (size_t)cy_PyVectorcall_NARGS(nargsf);
    if (n == 0) {
        cy_err_set_msg(&mp_type_TypeError, "method call without self");
        return MP_OBJ_NULL;
    }
    CY_TRY_RETURN_OBJ(cy_i_call_method_raising(args[0], name, n - 1, args + 1, 0, NULL));
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
    CY_TRY_RETURN_OBJ(cy_i_call_method_raising(args[0], name, n - 1, args + 1, n_kw, names));
}

// CPython hands the argument tuple of PyObject_Call to a METH_VARARGS function as it is, and
// Cython relies on it (`f(*t)` receives `t` itself, not a copy). So does the runtime, for its
// function objects called directly or as methods bound to an extension type's instance. False
// when the call is not one of those (the caller then calls the usual way).
static bool call_varargs_direct(mp_obj_t func, mp_obj_t args, mp_obj_t kw, mp_obj_t *result) {
    mp_obj_t self = MP_OBJ_NULL;
    if (mp_obj_is_type(func, &mp_type_bound_meth)) {
        const cy_bound_meth_t *b = MP_OBJ_TO_PTR(func);
        self = b->self;
        func = b->meth;
    }
    if ((!mp_obj_is_type(func, &cy_function_type) && !mp_obj_is_type(func, &cy_cfunction_type))
        || args == MP_OBJ_NULL || !mp_obj_is_exact_type(args, &mp_type_tuple)) {
        return false;
    }
    const cy_function_obj_t *f = MP_OBJ_TO_PTR(func);
    const cy_methoddef_t *ml = f->ml;
    int flags = ml->ml_flags & ~(CY_METH_CLASS | CY_METH_STATIC | CY_METH_COEXIST | CY_METH_METHOD);
    if (flags != CY_METH_VARARGS && flags != (CY_METH_VARARGS | CY_METH_KEYWORDS)) {
        return false;
    }
    // As cy_function_call: an extension type's method takes the instance as its C self.
    bool method = (f->flags & (cy_Pyx_CYFUNCTION_CCLASS | cy_Pyx_CYFUNCTION_STATICMETHOD)) == cy_Pyx_CYFUNCTION_CCLASS;
    if (method != (self != MP_OBJ_NULL)) {
        return false;
    }
    if (!method) {
        self = mp_obj_is_type(func, &cy_cfunction_type) ? f->closure : func;
    }
    bool has_kw = kw != MP_OBJ_NULL && kw != mp_const_none;
    if (has_kw && !mp_obj_is_type(kw, &mp_type_dict)) {
        return false;
    }
    has_kw = has_kw && mp_obj_dict_get_map(kw)->used > 0;
    if (has_kw && !(flags & CY_METH_KEYWORDS)) {
        return false;
    }
    if (flags & CY_METH_KEYWORDS) {
        *result = ((cy_PyCFunctionWithKeywords)(void (*)(void))ml->ml_meth)(self, args,
            has_kw ? kw : MP_OBJ_NULL);
    } else {
        *result = ml->ml_meth(self, args);
    }
    return true;
}

mp_obj_t cy_PyObject_Call(mp_obj_t func, mp_obj_t args, mp_obj_t kw) {
    mp_obj_t direct;
    if (call_varargs_direct(func, args, kw, &direct)) {
        return direct;
    }
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
    CY_TRY_RETURN_OBJ(cy_i_call_method_raising(obj, name, 0, NULL, 0, NULL));
}

mp_obj_t cy_Pyx_PyObject_CallMethod1(mp_obj_t obj, mp_obj_t name, mp_obj_t arg) {
    CY_TRY_RETURN_OBJ(cy_i_call_method_raising(obj, name, 1, &arg, 0, NULL));
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
    CY_TRY_RETURN_OBJ(cy_i_call_method_raising(obj, name, n, buf, 0, NULL));
}

mp_obj_t cy_PyMethod_New(mp_obj_t func, mp_obj_t self) {
    CY_TRY_RETURN_OBJ(mp_obj_new_bound_meth(func, self));
}

int cy_PyCallable_Check(mp_obj_t obj) {
    return mp_obj_is_callable(obj) ? 1 : 0;
}

static mp_obj_t call_unbound_raising(cy_Pyx_CachedCFunction *cfunc, mp_obj_t self, size_t n,
    const mp_obj_t *args) {
    return cy_i_call_method_raising(self, *cfunc->method_name, n, args, 0, NULL);
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
