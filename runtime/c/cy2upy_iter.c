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

// The next item of an iterator, or NULL at its end or with the exception it raised pending;
// with `finish`, a StopIteration it raised (or a subclass's) ends it as its end does.
MP_ALWAYSINLINE static inline mp_obj_t iter_next(mp_obj_t iter, bool finish) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r = mp_iternext(iter);
        nlr_pop();
        return r == MP_OBJ_STOP_ITERATION ? MP_OBJ_NULL : r;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    if (finish) {
        cy_Pyx_IterFinish();
    }
    return MP_OBJ_NULL;
}

mp_obj_t cy_PyIter_Next(mp_obj_t iter) {
    return iter_next(iter, false);
}

// The next item of an iterator for cy_Pyx_ForIter_Next (a call of its own, so that the list's
// path sets up no nlr buffer, and a tail call, so that the iterator's path makes no more calls
// than Cython's loop did through cy_PyIter_Next). StopIteration (or a subclass) ends the loop;
// any other exception stays pending.
static MP_NOINLINE mp_obj_t for_iter_next_iterator(mp_obj_t iter) {
    return iter_next(iter, true);
}

mp_obj_t cy_Pyx_ForIter_Start(mp_obj_t obj, mp_int_t *pos) {
    if (mp_obj_is_exact_type(obj, &mp_type_list) || mp_obj_is_exact_type(obj, &mp_type_tuple)) {
        *pos = 0;
        return obj;
    }
    *pos = -1;
    return cy_PyObject_GetIter(obj);
}

mp_obj_t cy_Pyx_ForIter_Next(mp_obj_t seq, mp_int_t *pos) {
    mp_int_t i = *pos;
    if (MP_LIKELY(i >= 0)) {
        // A list or a tuple (cy_Pyx_ForIter_Start): its length now, a list's items where they
        // are now.
        size_t len;
        mp_obj_t *items;
        if (((mp_obj_base_t *)MP_OBJ_TO_PTR(seq))->type == &mp_type_list) {
            mp_obj_list_t *list = MP_OBJ_TO_PTR(seq);
            len = list->len;
            items = list->items;
        } else {
            mp_obj_tuple_t *tuple = MP_OBJ_TO_PTR(seq);
            len = tuple->len;
            items = tuple->items;
        }
        if ((size_t)i >= len) {
            return MP_OBJ_NULL;
        }
        *pos = i + 1;
        return items[i];
    }
    return for_iter_next_iterator(seq);
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

typedef struct {
    mp_obj_base_t base;
    mp_obj_t callable; // MP_OBJ_NULL once exhausted
    mp_obj_t sentinel;
} cy_calliter_t;

static mp_obj_t calliter_iternext(mp_obj_t self_in) {
    cy_calliter_t *self = MP_OBJ_TO_PTR(self_in);
    if (self->callable == MP_OBJ_NULL) {
        return MP_OBJ_STOP_ITERATION;
    }
    mp_obj_t r;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        r = mp_call_function_0(self->callable);
        nlr_pop();
    } else {
        if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(((mp_obj_base_t *)nlr.ret_val)->type),
            MP_OBJ_FROM_PTR(&mp_type_StopIteration))) {
            self->callable = MP_OBJ_NULL;
            return MP_OBJ_STOP_ITERATION;
        }
        nlr_jump(nlr.ret_val);
    }
    if (mp_obj_equal(r, self->sentinel)) {
        self->callable = MP_OBJ_NULL;
        return MP_OBJ_STOP_ITERATION;
    }
    return r;
}

static MP_DEFINE_CONST_OBJ_TYPE(cy_calliter_type, MP_QSTR_callable_iterator,
    MP_TYPE_FLAG_ITER_IS_ITERNEXT, iter, calliter_iternext);

static mp_obj_t calliter_new_raising(mp_obj_t callable, mp_obj_t sentinel) {
    cy_calliter_t *it = mp_obj_malloc(cy_calliter_t, &cy_calliter_type);
    it->callable = callable;
    it->sentinel = sentinel;
    return MP_OBJ_FROM_PTR(it);
}

mp_obj_t cy_PyCallIter_New(mp_obj_t callable, mp_obj_t sentinel) {
    CY_TRY_RETURN_OBJ(calliter_new_raising(callable, sentinel));
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
