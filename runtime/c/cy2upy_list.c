// cy2upy_list.c: lists and tuples: construction, items, appending, slicing and method calls.
//
// Part of the C half of cython2upy's runtime (what each file holds: cy2upy_internal.h).

#include <stdarg.h>

#include "cy2upy_internal.h"

// ===========================================================================================
// Lists and tuples
// ===========================================================================================

static mp_obj_t new_list_raising(mp_int_t size) {
    mp_obj_t l = mp_obj_new_list((size_t)size, NULL);
    mp_obj_t *items = cy_list_items(l);
    for (mp_int_t i = 0; i < size; i++) {
        items[i] = mp_const_none;
    }
    return l;
}

mp_obj_t cy_PyList_New(mp_int_t size) {
    if (size < 0) {
        cy_err_set_msg(&mp_type_ValueError, "negative size");
        return MP_OBJ_NULL;
    }
    CY_TRY_RETURN_OBJ(new_list_raising(size));
}

int cy_i_index_error(const char *what) {
    cy_err_set(mp_obj_new_exception_msg_varg(&mp_type_IndexError, MP_ERROR_TEXT("%s index out of range"), what));
    return -1;
}

// Item slot i of an exact list or tuple (CPython's PyList_/PyTuple_ GetItem and SetItem take no
// negative indices), or NULL with CPython's error pending.
static mp_obj_t *item_slot(mp_obj_t seq, const mp_obj_type_t *type, mp_int_t i, const char *what) {
    seq = cy_native_of(seq, type);
    if (!mp_obj_is_type(seq, type)) {
        cy_err_set_msg(&mp_type_TypeError, "bad argument to internal function");
        return NULL;
    }
    size_t len;
    mp_obj_t *items;
    mp_obj_get_array(seq, &len, &items);
    if (i < 0 || (size_t)i >= len) {
        cy_i_index_error(what);
        return NULL;
    }
    return &items[i];
}

int cy_PyList_SetItem(mp_obj_t list, mp_int_t i, mp_obj_t v) {
    mp_obj_t *slot = item_slot(list, &mp_type_list, i, "list assignment");
    if (slot == NULL) {
        return -1;
    }
    *slot = v;
    return 0;
}

mp_obj_t cy_PyList_GetItem(mp_obj_t list, mp_int_t i) {
    mp_obj_t *slot = item_slot(list, &mp_type_list, i, "list");
    return slot == NULL ? MP_OBJ_NULL : *slot;
}

mp_int_t cy_PyList_Size(mp_obj_t list) {
    return cy_PyObject_Length(list);
}

int cy_PyList_Append(mp_obj_t list, mp_obj_t item) {
    CY_TRY_BEGIN
    // The list itself, or the list part of an instance of a Python subclass of list: CPython's
    // PyList_Append does not call an overriding append().
    mp_obj_t native = mp_obj_cast_to_native_base(list, MP_OBJ_FROM_PTR(&mp_type_list));
    if (native != MP_OBJ_NULL) {
        mp_obj_list_append(native, item);
    } else {
        cy_i_call_method_raising(list, MP_OBJ_NEW_QSTR(MP_QSTR_append), 1, &item, 0, NULL);
    }
    CY_TRY_END(return -1);
    return 0;
}

int cy_i_call_method_status(mp_obj_t obj, qstr name, size_t n, const mp_obj_t *args) {
    CY_TRY_BEGIN
    cy_i_call_method_raising(obj, MP_OBJ_NEW_QSTR(name), n, args, 0, NULL);
    CY_TRY_END(return -1);
    return 0;
}

int cy_PyList_Insert(mp_obj_t list, mp_int_t index, mp_obj_t item) {
    mp_obj_t args[2] = {MP_OBJ_NEW_SMALL_INT(index), item};
    return cy_i_call_method_status(list, MP_QSTR_insert, 2, args);
}

int cy_PyList_Sort(mp_obj_t list) {
    return cy_i_call_method_status(list, MP_QSTR_sort, 0, NULL);
}

int cy_PyList_Reverse(mp_obj_t list) {
    return cy_i_call_method_status(list, MP_QSTR_reverse, 0, NULL);
}

int cy_PyList_Extend(mp_obj_t list, mp_obj_t iterable) {
    return cy_i_call_method_status(list, MP_QSTR_extend, 1, &iterable);
}

mp_obj_t cy_PyList_AsTuple(mp_obj_t list) {
    return cy_PySequence_Tuple(list);
}

// A slice of C bounds. Bounds beyond the small ints (PY_SSIZE_T_MAX for "to the end") slice
// the same as the nearest small int, as no sequence is that long: no big int is made for them.
static mp_obj_t slice_bound_obj(mp_int_t i) {
    return MP_OBJ_NEW_SMALL_INT(i > MP_SMALL_INT_MAX ? MP_SMALL_INT_MAX : i < MP_SMALL_INT_MIN ? MP_SMALL_INT_MIN : i);
}

static mp_obj_t slice_of(mp_int_t low, mp_int_t high) {
    return mp_obj_new_slice(slice_bound_obj(low), slice_bound_obj(high), mp_const_none);
}

mp_obj_t cy_PySequence_GetSlice(mp_obj_t obj, mp_int_t low, mp_int_t high) {
    CY_TRY_RETURN_OBJ(mp_obj_subscr(obj, slice_of(low, high), MP_OBJ_SENTINEL));
}

mp_obj_t cy_PyList_GetSlice(mp_obj_t list, mp_int_t low, mp_int_t high) {
    return cy_PySequence_GetSlice(list, low, high);
}

int cy_PyList_SetSlice(mp_obj_t list, mp_int_t low, mp_int_t high, mp_obj_t items) {
    CY_TRY_BEGIN
    mp_obj_subscr(list, slice_of(low, high), items == MP_OBJ_NULL ? MP_OBJ_NULL : items);
    CY_TRY_END(return -1);
    return 0;
}

mp_obj_t cy_Pyx_PyList_FromArray(mp_obj_t const *src, mp_int_t n) {
    CY_TRY_RETURN_OBJ(mp_obj_new_list((size_t)n, (mp_obj_t *)src));
}

mp_obj_t cy_PySequence_List(mp_obj_t iterable) {
    CY_TRY_RETURN_OBJ(mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_list), iterable));
}

mp_obj_t cy_Pyx_PyObject_Pop(mp_obj_t obj) {
    CY_TRY_RETURN_OBJ(cy_i_call_method_raising(obj, MP_OBJ_NEW_QSTR(MP_QSTR_pop), 0, NULL, 0, NULL));
}

mp_obj_t cy_pop_index(mp_obj_t obj, mp_obj_t py_index, mp_int_t index) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        // Cython passes None when it has no index object: the C index is the one to use.
        mp_obj_t arg = py_index != MP_OBJ_NULL && py_index != mp_const_none ? py_index
            : mp_obj_new_int(index);
        mp_obj_t r = cy_i_call_method_raising(obj, MP_OBJ_NEW_QSTR(MP_QSTR_pop), 1, &arg, 0, NULL);
        nlr_pop();
        return r;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return MP_OBJ_NULL;
}

static mp_obj_t new_tuple_raising(mp_int_t size) {
    mp_obj_t t = mp_obj_new_tuple((size_t)size, NULL);
    if (size > 0) {
        mp_obj_t *items = cy_tuple_items(t);
        for (mp_int_t i = 0; i < size; i++) {
            items[i] = mp_const_none;
        }
    }
    return t;
}

mp_obj_t cy_PyTuple_New(mp_int_t size) {
    if (size < 0) {
        cy_err_set_msg(&mp_type_ValueError, "negative size");
        return MP_OBJ_NULL;
    }
    CY_TRY_RETURN_OBJ(new_tuple_raising(size));
}

int cy_PyTuple_SetItem(mp_obj_t t, mp_int_t i, mp_obj_t v) {
    mp_obj_t *slot = item_slot(t, &mp_type_tuple, i, "tuple assignment");
    if (slot == NULL) {
        return -1;
    }
    *slot = v;
    return 0;
}

mp_obj_t cy_PyTuple_GetItem(mp_obj_t t, mp_int_t i) {
    mp_obj_t *slot = item_slot(t, &mp_type_tuple, i, "tuple");
    return slot == NULL ? MP_OBJ_NULL : *slot;
}

mp_int_t cy_PyTuple_Size(mp_obj_t t) {
    return cy_PyObject_Length(t);
}

mp_obj_t cy_PyTuple_GetSlice(mp_obj_t t, mp_int_t low, mp_int_t high) {
    return cy_PySequence_GetSlice(t, low, high);
}

mp_obj_t cy_Pyx_PyTuple_FromArray(mp_obj_t const *src, mp_int_t n) {
    CY_TRY_RETURN_OBJ(mp_obj_new_tuple(n < 0 ? 0 : (size_t)n, src));
}

mp_obj_t cy_PyTuple_Pack(mp_int_t n, ...) {
    mp_obj_t stack[CY_ARGS_ON_STACK];
    if (n < 0 || n > CY_ARGS_ON_STACK) {
        cy_err_set_msg(&mp_type_ValueError, "PyTuple_Pack: too many items");
        return MP_OBJ_NULL;
    }
    va_list ap;
    va_start(ap, n);
    for (mp_int_t i = 0; i < n; i++) {
        stack[i] = va_arg(ap, mp_obj_t);
    }
    va_end(ap);
    return cy_Pyx_PyTuple_FromArray(stack, n);
}

mp_obj_t cy_PySequence_Tuple(mp_obj_t iterable) {
    if (mp_obj_is_exact_type(iterable, &mp_type_tuple)) {
        return iterable;
    }
    CY_TRY_RETURN_OBJ(mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_tuple), iterable));
}

mp_obj_t cy_Py_BuildValue(const char *format, ...) {
    mp_obj_t items[8];
    size_t n = 0;
    bool tuple = false;
    va_list ap;
    va_start(ap, format);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        for (const char *f = format; *f; f++) {
            mp_int_t v;
            switch (*f) {
                case '(': tuple = true; continue;
                case ')': case ' ': case ',': continue;
                case 'n': v = va_arg(ap, mp_int_t); break;
                case 'i': v = va_arg(ap, int); break;
                case 'l': v = va_arg(ap, long); break;
                default:
                    mp_raise_msg_varg(&cy_type_SystemError,
                        MP_ERROR_TEXT("Py_BuildValue: format unit '%c' is not supported"), *f);
            }
            if (n == MP_ARRAY_SIZE(items)) {
                mp_raise_msg(&cy_type_SystemError, MP_ERROR_TEXT("Py_BuildValue: too many items"));
            }
            items[n++] = mp_obj_new_int(v);
        }
        mp_obj_t r = tuple || n != 1 ? mp_obj_new_tuple(n, items) : items[0];
        nlr_pop();
        va_end(ap);
        return r;
    }
    va_end(ap);
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return MP_OBJ_NULL;
}
