// cy2upy_set.c: sets: construction and methods.
//
// Part of the C half of cython2upy's runtime (what each file holds: cy2upy_internal.h).

#include "cy2upy_internal.h"

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
        cy_i_call_method_raising(set, MP_OBJ_NEW_QSTR(MP_QSTR_add), 1, &key, 0, NULL);
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
    return cy_i_call_method_status(set, MP_QSTR_discard, 1, &key) < 0 ? -1 : 1;
}

int cy_PySet_Clear(mp_obj_t set) {
    return cy_i_call_method_status(set, MP_QSTR_clear, 0, NULL) < 0 ? -1 : 0;
}

int cy_Pyx_PySet_Remove(mp_obj_t set, mp_obj_t key) {
    return cy_i_call_method_status(set, MP_QSTR_remove, 1, &key);
}

mp_int_t cy_PySet_Size(mp_obj_t set) {
    return cy_PyObject_Length(set);
}
