// cy2upy_iter.c: iteration: iterators and their next().
//
// Part of the C half of cython2upy's runtime (what each file holds: cy2upy_internal.h).

#include "cy2upy_internal.h"

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
