// cy2upy_object.c: objects: comparison, repr, isinstance/issubclass, and the object and
// sequence protocol (items, slices, lengths).
//
// Part of the C half of cython2upy's runtime (what each file holds: cy2upy_internal.h).

#include "cy2upy_internal.h"

// ===========================================================================================
// Objects
// ===========================================================================================

int cy_PyObject_IsTrue(mp_obj_t obj) {
    if (obj == mp_const_true) {
        return 1;
    }
    if (obj == mp_const_false || obj == mp_const_none) {
        return 0;
    }
    CY_TRY_RETURN_INT(mp_obj_is_true(obj), -1);
}

int cy_Pyx_PyObject_IsTrueAndDecref(mp_obj_t obj) {
    if (obj == MP_OBJ_NULL) {
        return -1;
    }
    return cy_PyObject_IsTrue(obj);
}

int cy_PyObject_Not(mp_obj_t obj) {
    int r = cy_PyObject_IsTrue(obj);
    return r < 0 ? r : !r;
}

static mp_binary_op_t compare_op(int op) {
    switch (op) {
        case 0:
            return MP_BINARY_OP_LESS;
        case 1:
            return MP_BINARY_OP_LESS_EQUAL;
        case 2:
            return MP_BINARY_OP_EQUAL;
        case 3:
            return MP_BINARY_OP_NOT_EQUAL;
        case 4:
            return MP_BINARY_OP_MORE;
        default:
            return MP_BINARY_OP_MORE_EQUAL;
    }
}

mp_obj_t cy_PyObject_RichCompare(mp_obj_t a, mp_obj_t b, int op) {
    CY_TRY_RETURN_OBJ(mp_binary_op(compare_op(op), a, b));
}

int cy_PyObject_RichCompareBool(mp_obj_t a, mp_obj_t b, int op) {
    if (a == b && (op == cy_Py_EQ || op == cy_Py_NE)) {
        return op == cy_Py_EQ;
    }
    if (mp_obj_is_small_int(a) && mp_obj_is_small_int(b)) {
        mp_int_t x = MP_OBJ_SMALL_INT_VALUE(a), y = MP_OBJ_SMALL_INT_VALUE(b);
        switch (op) {
            case 0:
                return x < y;
            case 1:
                return x <= y;
            case 2:
                return x == y;
            case 3:
                return x != y;
            case 4:
                return x > y;
            default:
                return x >= y;
        }
    }
    CY_TRY_RETURN_INT(mp_obj_is_true(mp_binary_op(compare_op(op), a, b)), -1);
}

mp_int_t cy_PyObject_Hash(mp_obj_t obj) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t h = mp_unary_op(MP_UNARY_OP_HASH, obj);
        nlr_pop();
        mp_int_t v = mp_obj_get_int_truncated(h);
        return v == -1 ? -2 : v;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return -1;
}

mp_obj_t cy_PyObject_Str(mp_obj_t obj) {
    if (mp_obj_is_str(obj)) {
        return obj;
    }
    CY_TRY_RETURN_OBJ(mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_str), obj));
}

static mp_obj_t repr_raising(mp_obj_t obj) {
    vstr_t vs;
    mp_print_t print;
    vstr_init_print(&vs, 16, &print);
    mp_obj_print_helper(&print, obj, PRINT_REPR);
    return mp_obj_new_str_from_vstr(&vs);
}

mp_obj_t cy_PyWeakref_GetObject(mp_obj_t ref) {
    if (ref == MP_OBJ_NULL) {
        cy_err_set_msg(&cy_type_SystemError, "bad argument to internal function");
        return MP_OBJ_NULL;
    }
    CY_TRY_RETURN_OBJ(mp_call_function_0(ref));
}

mp_obj_t cy_PyObject_Repr(mp_obj_t obj) {
    CY_TRY_RETURN_OBJ(repr_raising(obj));
}

mp_obj_t cy_PyObject_Type(mp_obj_t obj) {
    return MP_OBJ_FROM_PTR(mp_obj_get_type(obj));
}

// A class made by a metaclass stands for the type MicroPython made (cy_i_class_type).
static mp_obj_t class_info(mp_obj_t cls) {
    return mp_obj_is_type(cls, &mp_type_tuple) ? cy_i_type_bases(cls) : cy_i_class_type(cls);
}

static int isinstance_raising(mp_obj_t obj, mp_obj_t cls) {
    mp_obj_t isinstance_fn = MP_OBJ_FROM_PTR(&mp_builtin_isinstance_obj);
    return mp_obj_is_true(mp_call_function_2(isinstance_fn, obj, class_info(cls)));
}

int cy_PyObject_IsInstance(mp_obj_t obj, mp_obj_t cls) {
    CY_TRY_RETURN_INT(isinstance_raising(obj, cls), -1);
}

static int issubclass_raising(mp_obj_t derived, mp_obj_t cls) {
    mp_obj_t fn = MP_OBJ_FROM_PTR(&mp_builtin_issubclass_obj);
    return mp_obj_is_true(mp_call_function_2(fn, cy_i_class_type(derived), class_info(cls)));
}

int cy_PyObject_IsSubclass(mp_obj_t derived, mp_obj_t cls) {
    CY_TRY_RETURN_INT(issubclass_raising(derived, cls), -1);
}

// ===========================================================================================
// Object / sequence protocol
// ===========================================================================================

#if MICROPY_PY_BUILTINS_SLICE
// How many items a bound slice takes.
static size_t slice_count(const mp_bound_slice_t *b) {
    if (b->step > 0) {
        return b->stop > b->start ? (size_t)((b->stop - b->start + b->step - 1) / b->step) : 0;
    }
    return b->start > b->stop ? (size_t)((b->start - b->stop - b->step - 1) / -b->step) : 0;
}

// CPython's str, bytes and tuple take a slice with any step; MicroPython's take only step 1
// (NotImplementedError otherwise). Cython slices them through PyObject_GetItem, so the runtime
// takes the other steps itself for these exact types; anything else is MP_OBJ_NULL (not
// handled here).
static mp_obj_t step_slice_raising(mp_obj_t obj, mp_obj_t key) {
    if (!mp_obj_is_type(key, &mp_type_slice)) {
        return MP_OBJ_NULL;
    }
    mp_obj_t step = ((mp_obj_slice_t *)MP_OBJ_TO_PTR(key))->step;
    if (step == mp_const_none || step == MP_OBJ_NEW_SMALL_INT(1)) {
        return MP_OBJ_NULL;
    }
    mp_bound_slice_t b;
    if (mp_obj_is_exact_type(obj, &mp_type_tuple)) {
        size_t len;
        mp_obj_t *items;
        mp_obj_tuple_get(obj, &len, &items);
        mp_obj_slice_indices(key, (mp_int_t)len, &b);
        size_t n = slice_count(&b);
        mp_obj_t r = mp_obj_new_tuple(n, NULL);
        mp_obj_t *out = cy_tuple_items(r);
        for (size_t i = 0; i < n; i++) {
            out[i] = items[b.start + (mp_int_t)i * b.step];
        }
        return r;
    }
    if (mp_obj_is_exact_type(obj, &mp_type_bytes)) {
        size_t len;
        const byte *data = (const byte *)mp_obj_str_get_data(obj, &len);
        mp_obj_slice_indices(key, (mp_int_t)len, &b);
        size_t n = slice_count(&b);
        vstr_t vstr;
        vstr_init_len(&vstr, n);
        for (size_t i = 0; i < n; i++) {
            vstr.buf[i] = (char)data[b.start + (mp_int_t)i * b.step];
        }
        return mp_obj_new_bytes_from_vstr(&vstr);
    }
    if (mp_obj_is_str(obj)) { // an exact str, or an interned one
        size_t len;
        const byte *data = (const byte *)mp_obj_str_get_data(obj, &len);
        // Where each character starts (UTF-8 in a unicode build, one byte per character else).
        size_t chars = 0;
        for (const byte *p = data; p < data + len; p = utf8_next_char(p)) {
            chars++;
        }
        const byte **start = m_new(const byte *, chars + 1);
        size_t k = 0;
        for (const byte *p = data; p < data + len; p = utf8_next_char(p)) {
            start[k++] = p;
        }
        start[chars] = data + len;
        mp_obj_slice_indices(key, (mp_int_t)chars, &b);
        size_t n = slice_count(&b);
        vstr_t vstr;
        vstr_init(&vstr, n);
        for (size_t i = 0; i < n; i++) {
            mp_int_t c = b.start + (mp_int_t)i * b.step;
            vstr_add_strn(&vstr, (const char *)start[c], start[c + 1] - start[c]);
        }
        m_del(const byte *, start, chars + 1);
        return mp_obj_new_str_from_vstr(&vstr);
    }
    return MP_OBJ_NULL;
}
#endif

static mp_obj_t getitem_raising(mp_obj_t obj, mp_obj_t key) {
    #if MICROPY_PY_BUILTINS_SLICE
    mp_obj_t r = step_slice_raising(obj, key);
    if (r != MP_OBJ_NULL) {
        return r;
    }
    #endif
    return mp_obj_subscr(obj, key, MP_OBJ_SENTINEL);
}

mp_obj_t cy_PyObject_GetItem(mp_obj_t obj, mp_obj_t key) {
    CY_TRY_RETURN_OBJ(getitem_raising(obj, key));
}

int cy_PyObject_SetItem(mp_obj_t obj, mp_obj_t key, mp_obj_t value) {
    CY_TRY_BEGIN
    cy_i_native_ready(obj);
    mp_obj_subscr(obj, key, value);
    CY_TRY_END(return -1);
    return 0;
}

int cy_PyObject_DelItem(mp_obj_t obj, mp_obj_t key) {
    CY_TRY_BEGIN
    mp_obj_subscr(obj, key, MP_OBJ_NULL);
    CY_TRY_END(return -1);
    return 0;
}

// A sequence indexed by an int too large for a machine word: CPython's IndexError where
// MicroPython raises OverflowError.
static void index_overflow_is_index_error(void) {
    if (cy_PyErr_ExceptionMatches(MP_OBJ_FROM_PTR(&mp_type_OverflowError))) {
        cy_PyErr_Clear();
        cy_err_set_msg(&mp_type_IndexError, "cannot fit 'int' into an index-sized integer");
    }
}

mp_obj_t cy_getitem_obj_int(mp_obj_t obj, mp_obj_t index) {
    mp_obj_t r = index == MP_OBJ_NULL ? MP_OBJ_NULL : cy_PyObject_GetItem(obj, index);
    if (r == MP_OBJ_NULL && index != MP_OBJ_NULL) {
        index_overflow_is_index_error();
    }
    return r;
}

int cy_setitem_obj_int(mp_obj_t obj, mp_obj_t index, mp_obj_t value) {
    int r = index == MP_OBJ_NULL ? -1 : cy_PyObject_SetItem(obj, index, value);
    if (r < 0 && index != MP_OBJ_NULL) {
        index_overflow_is_index_error();
    }
    return r;
}

int cy_delitem_obj_int(mp_obj_t obj, mp_obj_t index) {
    int r = index == MP_OBJ_NULL ? -1 : cy_PyObject_DelItem(obj, index);
    if (r < 0 && index != MP_OBJ_NULL) {
        index_overflow_is_index_error();
    }
    return r;
}

// (An exact list is its own list object: no cy_list_obj on these paths, which run per item.)
mp_obj_t cy_getitem_int(mp_obj_t obj, mp_int_t i) {
    if (mp_obj_is_exact_type(obj, &mp_type_list)) {
        const mp_obj_list_t *l = MP_OBJ_TO_PTR(obj);
        mp_int_t n = (mp_int_t)l->len;
        mp_int_t j = i < 0 ? i + n : i;
        if (j < 0 || j >= n) {
            cy_i_index_error("list");
            return MP_OBJ_NULL;
        }
        return l->items[j];
    }
    if (mp_obj_is_exact_type(obj, &mp_type_tuple)) {
        mp_int_t n = cy_PyTuple_GET_SIZE(obj);
        mp_int_t j = i < 0 ? i + n : i;
        if (j < 0 || j >= n) {
            cy_i_index_error("tuple");
            return MP_OBJ_NULL;
        }
        return cy_tuple_items(obj)[j];
    }
    CY_TRY_RETURN_OBJ(mp_obj_subscr(obj, mp_obj_new_int(i), MP_OBJ_SENTINEL));
}

int cy_setitem_int(mp_obj_t obj, mp_int_t i, mp_obj_t value) {
    if (mp_obj_is_exact_type(obj, &mp_type_list)) {
        mp_obj_list_t *l = MP_OBJ_TO_PTR(obj);
        mp_int_t n = (mp_int_t)l->len;
        mp_int_t j = i < 0 ? i + n : i;
        if (j < 0 || j >= n) {
            return cy_i_index_error("list assignment");
        }
        l->items[j] = value;
        return 0;
    }
    CY_TRY_BEGIN
    mp_obj_subscr(obj, mp_obj_new_int(i), value);
    CY_TRY_END(return -1);
    return 0;
}

int cy_delitem_int(mp_obj_t obj, mp_int_t i) {
    CY_TRY_BEGIN
    mp_obj_subscr(obj, mp_obj_new_int(i), MP_OBJ_NULL);
    CY_TRY_END(return -1);
    return 0;
}

static mp_obj_t slice_bound(mp_obj_t *py, mp_int_t c, int has_c) {
    if (py != NULL && *py != MP_OBJ_NULL) {
        return *py;
    }
    return has_c ? mp_obj_new_int(c) : mp_const_none;
}

static mp_obj_t make_slice_raising(mp_int_t cstart, mp_int_t cstop, mp_obj_t *py_start,
    mp_obj_t *py_stop, mp_obj_t *py_slice, int has_cstart, int has_cstop) {
    if (py_slice != NULL && *py_slice != MP_OBJ_NULL) {
        return *py_slice;
    }
    return mp_obj_new_slice(slice_bound(py_start, cstart, has_cstart),
        slice_bound(py_stop, cstop, has_cstop), mp_const_none);
}

mp_obj_t cy_Pyx_PyObject_GetSlice(mp_obj_t obj, mp_int_t cstart, mp_int_t cstop,
    mp_obj_t *py_start, mp_obj_t *py_stop, mp_obj_t *py_slice, int has_cstart, int has_cstop,
    int wraparound) {
    (void)wraparound;
    CY_TRY_RETURN_OBJ(mp_obj_subscr(obj, make_slice_raising(cstart, cstop, py_start, py_stop,
        py_slice, has_cstart, has_cstop), MP_OBJ_SENTINEL));
}

int cy_Pyx_PyObject_SetSlice(mp_obj_t obj, mp_obj_t value, mp_int_t cstart, mp_int_t cstop,
    mp_obj_t *py_start, mp_obj_t *py_stop, mp_obj_t *py_slice, int has_cstart, int has_cstop,
    int wraparound) {
    (void)wraparound;
    CY_TRY_BEGIN
    mp_obj_subscr(obj, make_slice_raising(cstart, cstop, py_start, py_stop, py_slice, has_cstart,
        has_cstop), value);
    CY_TRY_END(return -1);
    return 0;
}

mp_obj_t cy_PySlice_New(mp_obj_t start, mp_obj_t stop, mp_obj_t step) {
    CY_TRY_RETURN_OBJ(mp_obj_new_slice(start ? start : mp_const_none, stop ? stop : mp_const_none,
        step ? step : mp_const_none));
}

mp_int_t cy_PyObject_Length(mp_obj_t obj) {
    if (mp_obj_is_exact_type(obj, &mp_type_list)) {
        return cy_PyList_GET_SIZE(obj);
    }
    if (mp_obj_is_exact_type(obj, &mp_type_tuple)) {
        return cy_PyTuple_GET_SIZE(obj);
    }
    CY_TRY_RETURN_INT(MP_OBJ_SMALL_INT_VALUE(mp_obj_len(obj)), -1);
}

int cy_PySequence_Check(mp_obj_t obj) {
    const mp_obj_type_t *type = mp_obj_get_type(obj);
    if (mp_obj_is_dict_or_ordereddict(obj)
        || mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(type), MP_OBJ_FROM_PTR(&mp_type_dict))) {
        return 0;
    }
    if (!MP_OBJ_TYPE_HAS_SLOT(type, subscr)) {
        return 0;
    }
    if (type->flags & MP_TYPE_FLAG_INSTANCE_TYPE) {
        // A class defined in Python: MicroPython gives every such class the subscr slot.
        mp_obj_t dest[2];
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_load_method_maybe(obj, MP_QSTR___getitem__, dest);
            nlr_pop();
            return dest[0] != MP_OBJ_NULL;
        }
        return 0;
    }
    return 1;
}

int cy_PyMapping_HasKey(mp_obj_t obj, mp_obj_t key) {
    if (cy_PyObject_GetItem(obj, key) == MP_OBJ_NULL) {
        cy_PyErr_Clear();
        return 0;
    }
    return 1;
}

int cy_PySequence_Contains(mp_obj_t seq, mp_obj_t item) {
    return cy_binop_bool(MP_BINARY_OP_IN, item, seq);
}

int cy_Pyx_PySequence_ContainsTF(mp_obj_t item, mp_obj_t seq, int eq) {
    int r = cy_binop_bool(MP_BINARY_OP_IN, item, seq);
    if (r < 0) {
        return r;
    }
    return eq == cy_Py_EQ ? r : !r;
}

mp_obj_t cy_PySequence_Concat(mp_obj_t a, mp_obj_t b) {
    return cy_binop(MP_BINARY_OP_ADD, a, b);
}

mp_obj_t cy_PySequence_Repeat(mp_obj_t a, mp_int_t n) {
    return cy_binop(MP_BINARY_OP_MULTIPLY, a, MP_OBJ_NEW_SMALL_INT(n));
}

// PySequence_InPlaceConcat: the sequence's own in-place concatenation, no number methods.
mp_obj_t cy_PySequence_InPlaceConcat(mp_obj_t a, mp_obj_t b) {
    CY_TRY_RETURN_OBJ(mp_binary_op(MP_BINARY_OP_INPLACE_ADD, a, b));
}

int cy_Pyx_PyObject_Append(mp_obj_t obj, mp_obj_t x) {
    if (mp_obj_is_exact_type(obj, &mp_type_list)) {
        return cy_PyList_Append(obj, x);
    }
    CY_TRY_BEGIN
    mp_obj_t dest[3];
    mp_load_method(obj, MP_QSTR_append, dest);
    dest[2] = x;
    mp_call_method_n_kw(1, 0, dest);
    CY_TRY_END(return -1);
    return 0;
}
