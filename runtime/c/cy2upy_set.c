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
    int r = cy_PySequence_Contains(set, key);
    #if MICROPY_PY_BUILTINS_FROZENSET
    // CPython's set_contains: an unhashable set key is looked up as frozenset(key).
    if (r < 0 && cy_PyAnySet_Check(set) && mp_obj_is_type(key, &mp_type_set)
        && cy_PyErr_ExceptionMatches(MP_OBJ_FROM_PTR(&mp_type_TypeError))) {
        cy_PyErr_Clear();
        mp_obj_t frozen = cy_PyFrozenSet_New(key);
        if (frozen == MP_OBJ_NULL) {
            return -1;
        }
        r = cy_PySequence_Contains(set, frozen);
    }
    #endif
    return r;
}

int cy_Pyx_PySet_ContainsTF(mp_obj_t key, mp_obj_t set, int eq) {
    int r = cy_PySet_Contains(set, key);
    if (r < 0) {
        return r;
    }
    return eq == cy_Py_EQ ? r : !r;
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

mp_obj_t cy_Pyx_PyFrozenSet_New(mp_obj_t it) {
    #if MICROPY_PY_BUILTINS_FROZENSET
    if (mp_obj_is_exact_type(it, &mp_type_frozenset)) {
        return it;
    }
    #endif
    return cy_PyFrozenSet_New(it);
}

mp_obj_t cy_Pyx_PyFrozenSet_FromArray(mp_obj_t const *values, mp_int_t length) {
    mp_obj_t t = cy_Pyx_PyTuple_FromArray(values, length);
    return t == MP_OBJ_NULL ? t : cy_PyFrozenSet_New(t);
}

mp_obj_t cy_PySet_Pop(mp_obj_t set) {
    CY_TRY_RETURN_OBJ(cy_i_call_method_raising(set, MP_OBJ_NEW_QSTR(MP_QSTR_pop), 0, NULL, 0, NULL));
}

#if MICROPY_PY_BUILTINS_SET
// The layout of py/objset.c's mp_obj_set_t (set and frozenset), which py/obj.h does not export.
typedef struct {
    mp_obj_base_t base;
    mp_set_t set;
} cy_set_obj_t;

static bool is_exact_set_or_frozenset(mp_obj_t o) {
    #if MICROPY_PY_BUILTINS_FROZENSET
    if (mp_obj_is_exact_type(o, &mp_type_frozenset)) {
        return true;
    }
    #endif
    return mp_obj_is_exact_type(o, &mp_type_set);
}
#endif

mp_obj_t cy_Pyx_set_iterator(mp_obj_t iterable, int is_set, mp_int_t *p_orig_length,
    int *p_source_is_set) {
    #if MICROPY_PY_BUILTINS_SET
    // `is_set` is Cython's static knowledge; a `set` typed variable may still hold None or a
    // subclass, which iter() handles (and reports) as CPython does.
    (void)is_set;
    if (is_exact_set_or_frozenset(iterable)) {
        *p_source_is_set = 1;
        *p_orig_length = (mp_int_t)((cy_set_obj_t *)MP_OBJ_TO_PTR(iterable))->set.used;
        return iterable;
    }
    #else
    (void)is_set;
    #endif
    *p_source_is_set = 0;
    *p_orig_length = 0;
    return cy_PyObject_GetIter(iterable);
}

int cy_Pyx_set_iter_next(mp_obj_t iter_obj, mp_int_t orig_length, mp_int_t *ppos,
    mp_obj_t *value, int source_is_set) {
    #if MICROPY_PY_BUILTINS_SET
    if (source_is_set) {
        mp_set_t *set = &((cy_set_obj_t *)MP_OBJ_TO_PTR(iter_obj))->set;
        if ((mp_int_t)set->used != orig_length) {
            cy_err_set_msg(&mp_type_RuntimeError, "set changed size during iteration");
            return -1;
        }
        for (size_t i = (size_t)*ppos; i < set->alloc; i++) {
            if (mp_set_slot_is_filled(set, i)) {
                *value = set->table[i];
                *ppos = (mp_int_t)i + 1;
                return 1;
            }
        }
        *ppos = (mp_int_t)set->alloc;
        return 0;
    }
    #else
    (void)orig_length;
    (void)ppos;
    (void)source_is_set;
    #endif
    *value = cy_PyIter_Next(iter_obj);
    if (*value == MP_OBJ_NULL) {
        return cy_Pyx_IterFinish();
    }
    return 1;
}
