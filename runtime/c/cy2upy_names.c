// cy2upy_names.c: names: module globals, builtins, imports and attribute lookup.
//
// Part of the C half of cython2upy's runtime (what each file holds: cy2upy_internal.h).

#include "cy2upy_internal.h"

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

static mp_obj_t exec_raising(mp_obj_t code, mp_obj_t globals, mp_obj_t locals) {
    #if MICROPY_PY_BUILTINS_EVAL_EXEC
    mp_obj_t args[3] = {code, globals, locals};
    return mp_call_function_n_kw(MP_OBJ_FROM_PTR(&mp_builtin_exec_obj), 3, 0, args);
    #else
    (void)code;
    (void)globals;
    (void)locals;
    mp_raise_msg(&mp_type_NotImplementedError, MP_ERROR_TEXT("exec is not enabled"));
    #endif
}

mp_obj_t cy_exec3(mp_obj_t code, mp_obj_t globals, mp_obj_t locals, mp_obj_t module_dict) {
    if (globals == MP_OBJ_NULL || globals == mp_const_none) {
        globals = module_dict;
    } else if (!mp_obj_is_dict_or_ordereddict(globals)) {
        return cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError),
            "exec() arg 2 must be a dict, not %.100s", mp_obj_get_type_str(globals));
    }
    if (locals == MP_OBJ_NULL || locals == mp_const_none) {
        locals = globals;
    }
    CY_TRY_RETURN_OBJ(exec_raising(code, globals, locals));
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

static mp_obj_t getattr_raising(mp_obj_t obj, mp_obj_t name) {
    mp_obj_t dest[2];
    cy_i_load_method_raising(obj, cy_obj_to_qstr(name), dest);
    return dest[1] != MP_OBJ_NULL ? mp_obj_new_bound_meth(dest[0], dest[1]) : dest[0];
}

mp_obj_t cy_Pyx_PyObject_GetAttrStr(mp_obj_t obj, mp_obj_t name) {
    CY_TRY_RETURN_OBJ(getattr_raising(obj, name));
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

int cy_PyObject_HasAttr(mp_obj_t obj, mp_obj_t name) {
    int r = cy_Pyx_HasAttr(obj, name);
    if (r < 0) {
        cy_PyErr_Clear();
        return 0;
    }
    return r;
}

mp_obj_t cy_PyObject_Dir(mp_obj_t obj) {
    mp_obj_t dir;
    CY_TRY_ASSIGN(dir, lookup_builtin_raising(MP_OBJ_NEW_QSTR(MP_QSTR_dir)));
    if (dir == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    return cy_Pyx_PyObject_CallOneArg(dir, obj);
}
