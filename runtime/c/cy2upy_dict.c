// cy2upy_dict.c: dicts: items, iteration, methods and merging.
//
// Part of the C half of cython2upy's runtime (what each file holds: cy2upy_internal.h).

#include "cy2upy_internal.h"

// ===========================================================================================
// Dicts
// ===========================================================================================

mp_obj_t cy_PyDict_New(void) {
    CY_TRY_RETURN_OBJ(mp_obj_new_dict(0));
}

mp_obj_t cy_dict_new_presized(mp_int_t n) {
    CY_TRY_RETURN_OBJ(mp_obj_new_dict(n < 0 ? 0 : (size_t)n));
}

int cy_PyDict_SetItem(mp_obj_t dict, mp_obj_t key, mp_obj_t value) {
    dict = cy_native_of(dict, &mp_type_dict); // a dict subclass's __setitem__ is not called
    CY_TRY_BEGIN
    if (mp_obj_is_dict_or_ordereddict(dict)) {
        mp_obj_dict_store(dict, key, value);
    } else {
        mp_obj_subscr(dict, key, value);
    }
    CY_TRY_END(return -1);
    return 0;
}

int cy_PyDict_SetItemString(mp_obj_t dict, const char *key, mp_obj_t value) {
    mp_obj_t k;
    CY_TRY_ASSIGN(k, MP_OBJ_NEW_QSTR(qstr_from_str(key)));
    if (k == MP_OBJ_NULL) {
        return -1;
    }
    return cy_PyDict_SetItem(dict, k, value);
}

mp_obj_t cy_PyDict_GetItemWithError(mp_obj_t dict, mp_obj_t key) {
    dict = cy_native_of(dict, &mp_type_dict);
    if (!mp_obj_is_dict_or_ordereddict(dict)) {
        cy_err_set_msg(&mp_type_TypeError, "bad argument to internal function");
        return MP_OBJ_NULL;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_map_elem_t *elem = mp_map_lookup(mp_obj_dict_get_map(dict), key, MP_MAP_LOOKUP);
        nlr_pop();
        return elem ? elem->value : MP_OBJ_NULL;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return MP_OBJ_NULL;
}

mp_obj_t cy_PyDict_GetItem(mp_obj_t dict, mp_obj_t key) {
    mp_obj_t saved = cy_err_fetch();
    mp_obj_t r = cy_PyDict_GetItemWithError(dict, key);
    SET_PENDING(saved);
    return r;
}

mp_obj_t cy_PyDict_GetItemString(mp_obj_t dict, const char *key) {
    qstr q = qstr_find_strn(key, strlen(key));
    if (q == MP_QSTRnull) {
        return MP_OBJ_NULL; // no such interned name, so no such qstr key
    }
    return cy_PyDict_GetItem(dict, MP_OBJ_NEW_QSTR(q));
}

int cy_PyDict_GetItemRef(mp_obj_t dict, mp_obj_t key, mp_obj_t *result) {
    *result = cy_PyDict_GetItemWithError(dict, key);
    if (*result != MP_OBJ_NULL) {
        return 1;
    }
    return PENDING == MP_OBJ_NULL ? 0 : -1;
}

mp_obj_t cy_Pyx_PyDict_GetItem(mp_obj_t dict, mp_obj_t key) {
    mp_obj_t r = cy_PyDict_GetItemWithError(dict, key);
    if (r == MP_OBJ_NULL && PENDING == MP_OBJ_NULL) {
        // PyErr_SetObject takes a tuple value as the arguments: a tuple key is wrapped in one,
        // as Cython's __Pyx_PyDict_GetItem does, so that the KeyError's argument is the key.
        if (mp_obj_is_type(key, &mp_type_tuple)) {
            mp_obj_t args = cy_PyTuple_Pack(1, key);
            if (args == MP_OBJ_NULL) {
                return MP_OBJ_NULL;
            }
            key = args;
        }
        cy_PyErr_SetObject(MP_OBJ_FROM_PTR(&mp_type_KeyError), key);
    }
    return r;
}

mp_obj_t cy_Pyx_PyDict_GetItemDefault(mp_obj_t dict, mp_obj_t key, mp_obj_t default_value) {
    mp_obj_t r = cy_PyDict_GetItemWithError(dict, key);
    if (r == MP_OBJ_NULL && PENDING == MP_OBJ_NULL) {
        return default_value;
    }
    return r;
}

mp_obj_t cy_Pyx_PyDict_SetDefault(mp_obj_t dict, mp_obj_t key, mp_obj_t default_value) {
    mp_obj_t args[2] = {key, default_value};
    CY_TRY_RETURN_OBJ(cy_i_call_method_raising(dict, MP_OBJ_NEW_QSTR(MP_QSTR_setdefault), 2, args, 0, NULL));
}

int cy_PyDict_DelItem(mp_obj_t dict, mp_obj_t key) {
    return cy_PyObject_DelItem(cy_native_of(dict, &mp_type_dict), key);
}

int cy_PyDict_Contains(mp_obj_t dict, mp_obj_t key) {
    // The dict's own lookup: a dict subclass's __contains__ is not called.
    return cy_PySequence_Contains(cy_native_of(dict, &mp_type_dict), key);
}

mp_int_t cy_PyDict_Size(mp_obj_t dict) {
    if (dict == MP_OBJ_NULL) {
        return 0;
    }
    dict = cy_native_of(dict, &mp_type_dict);
    if (mp_obj_is_dict_or_ordereddict(dict)) {
        return (mp_int_t)mp_obj_dict_len(dict);
    }
    return cy_PyObject_Length(dict);
}

mp_obj_t cy_PyDict_Copy(mp_obj_t dict) {
    if (dict == MP_OBJ_NULL) {
        return cy_PyDict_New();
    }
    CY_TRY_RETURN_OBJ(cy_i_call_method_raising(dict, MP_OBJ_NEW_QSTR(MP_QSTR_copy), 0, NULL, 0, NULL));
}

bool cy_i_dict_merge_mapping(mp_obj_t dict, mp_obj_t src) {
    if (mp_obj_is_dict_or_ordereddict(src)) {
        mp_map_t *from = mp_obj_dict_get_map(src);
        for (size_t i = 0; i < from->alloc; i++) {
            if (mp_map_slot_is_filled(from, i)) {
                mp_obj_subscr(dict, from->table[i].key, from->table[i].value);
            }
        }
        return true;
    }
    mp_obj_t keys[2];
    mp_load_method_maybe(src, MP_QSTR_keys, keys);
    if (keys[0] == MP_OBJ_NULL) {
        return false;
    }
    mp_obj_t iter = mp_getiter(mp_call_method_n_kw(0, 0, keys), NULL);
    mp_obj_t key;
    while ((key = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        mp_obj_subscr(dict, key, mp_obj_subscr(src, key, MP_OBJ_SENTINEL));
    }
    return true;
}

int cy_PyDict_Update(mp_obj_t dict, mp_obj_t other) {
    if (!mp_obj_is_dict_or_ordereddict(other)) {
        // A mapping that is not a dict: MicroPython's update() would iterate it as pairs.
        bool merged = false;
        CY_TRY_BEGIN
        merged = cy_i_dict_merge_mapping(dict, other);
        CY_TRY_END(return -1);
        if (merged) {
            return 0;
        }
    }
    return cy_i_call_method_status(dict, MP_QSTR_update, 1, &other);
}

void cy_PyDict_Clear(mp_obj_t dict) {
    if (cy_i_call_method_status(dict, MP_QSTR_clear, 0, NULL) < 0) {
        cy_err_clear();
    }
}

mp_obj_t cy_PyDict_Keys(mp_obj_t dict) {
    mp_obj_t v = cy_Pyx_PyObject_CallMethod0(dict, MP_OBJ_NEW_QSTR(MP_QSTR_keys));
    return v == MP_OBJ_NULL ? v : cy_PySequence_List(v);
}

mp_obj_t cy_PyDict_Values(mp_obj_t dict) {
    mp_obj_t v = cy_Pyx_PyObject_CallMethod0(dict, MP_OBJ_NEW_QSTR(MP_QSTR_values));
    return v == MP_OBJ_NULL ? v : cy_PySequence_List(v);
}

mp_obj_t cy_PyDict_Items(mp_obj_t dict) {
    mp_obj_t v = cy_Pyx_PyObject_CallMethod0(dict, MP_OBJ_NEW_QSTR(MP_QSTR_items));
    return v == MP_OBJ_NULL ? v : cy_PySequence_List(v);
}

int cy_PyDict_Next(mp_obj_t dict, mp_int_t *pos, mp_obj_t *key, mp_obj_t *value) {
    mp_map_t *map = mp_obj_dict_get_map(cy_native_of(dict, &mp_type_dict));
    for (size_t i = (size_t)*pos; i < map->alloc; i++) {
        if (mp_map_slot_is_filled(map, i)) {
            if (key) {
                *key = map->table[i].key;
            }
            if (value) {
                *value = map->table[i].value;
            }
            *pos = (mp_int_t)i + 1;
            return 1;
        }
    }
    *pos = (mp_int_t)map->alloc;
    return 0;
}

mp_obj_t cy_Pyx_PyDict_Pop(mp_obj_t dict, mp_obj_t key, mp_obj_t default_value) {
    mp_obj_t args[2] = {key, default_value};
    size_t n = default_value == MP_OBJ_NULL ? 1 : 2;
    CY_TRY_RETURN_OBJ(cy_i_call_method_raising(dict, MP_OBJ_NEW_QSTR(MP_QSTR_pop), n, args, 0, NULL));
}

mp_obj_t cy_Pyx_dict_iterator(mp_obj_t iterable, int is_dict, mp_obj_t method_name,
    mp_int_t *p_orig_length, int *p_source_is_dict) {
    is_dict = is_dict || mp_obj_is_exact_type(iterable, &mp_type_dict);
    *p_source_is_dict = is_dict;
    if (is_dict) {
        *p_orig_length = (mp_int_t)mp_obj_dict_len(iterable);
        return iterable;
    }
    *p_orig_length = 0;
    if (method_name != MP_OBJ_NULL) {
        mp_obj_t r = cy_Pyx_PyObject_CallMethod0(iterable, method_name);
        return r == MP_OBJ_NULL ? r : cy_PyObject_GetIter(r);
    }
    return cy_PyObject_GetIter(iterable);
}

static int unpack2(mp_obj_t item, mp_obj_t *a, mp_obj_t *b) {
    if (mp_obj_is_exact_type(item, &mp_type_tuple) && cy_PyTuple_GET_SIZE(item) == 2) {
        *a = cy_tuple_items(item)[0];
        *b = cy_tuple_items(item)[1];
        return 0;
    }
    mp_obj_t out[2];
    if (cy_unpack_sequence(item, 2, out) < 0) {
        return -1;
    }
    *a = out[0];
    *b = out[1];
    return 0;
}

int cy_Pyx_dict_iter_next(mp_obj_t dict_or_iter, mp_int_t orig_length, mp_int_t *ppos,
    mp_obj_t *pkey, mp_obj_t *pvalue, mp_obj_t *pitem, int source_is_dict) {
    if (source_is_dict) {
        if ((mp_int_t)mp_obj_dict_len(dict_or_iter) != orig_length) {
            cy_err_set_msg(&mp_type_RuntimeError, "dictionary changed size during iteration");
            return -1;
        }
        mp_obj_t k, v;
        if (!cy_PyDict_Next(dict_or_iter, ppos, &k, &v)) {
            return 0;
        }
        if (pitem) {
            mp_obj_t kv[2] = {k, v};
            mp_obj_t t = cy_Pyx_PyTuple_FromArray(kv, 2);
            if (t == MP_OBJ_NULL) {
                return -1;
            }
            *pitem = t;
        } else {
            if (pkey) {
                *pkey = k;
            }
            if (pvalue) {
                *pvalue = v;
            }
        }
        return 1;
    }
    mp_obj_t next = cy_PyIter_Next(dict_or_iter);
    if (next == MP_OBJ_NULL) {
        return PENDING == MP_OBJ_NULL ? 0 : -1;
    }
    if (pitem) {
        *pitem = next;
    } else if (pkey && pvalue) {
        if (unpack2(next, pkey, pvalue) < 0) {
            return -1;
        }
    } else if (pkey) {
        *pkey = next;
    } else if (pvalue) {
        *pvalue = next;
    }
    return 1;
}

int cy_Pyx_PyDict_ContainsTF(mp_obj_t item, mp_obj_t dict, int eq) {
    return cy_Pyx_PySequence_ContainsTF(item, dict, eq);
}
