// cy2upy_args.c: argument errors (counts, types, keywords) and Cython's keyword parsing
// (__Pyx_ParseKeywords).
//
// Part of the C half of cython2upy's runtime (what each file holds: cy2upy_internal.h).

#include "cy2upy_internal.h"

// ===========================================================================================
// Argument errors
// ===========================================================================================

void cy_Pyx_RaiseArgtupleInvalid(const char *func_name, int exact, mp_int_t num_min,
    mp_int_t num_max, mp_int_t num_found) {
    uint8_t buf[320];
    size_t n = cy_rs_fmt_argtuple_invalid(buf, sizeof(buf), func_name, exact, num_min, num_max,
        num_found);
    cy_i_set_buf_msg(&mp_type_TypeError, buf, n);
}

static void raise_kw_error(int kind, const char *func_name, mp_obj_t kw_name) {
    uint8_t buf[400];
    size_t kw_len = 0;
    const char *kw = cy_i_str_data_or_null(kw_name, &kw_len);
    size_t n = cy_rs_fmt_kw_error(buf, sizeof(buf), kind, func_name, (const uint8_t *)kw, kw_len);
    cy_i_set_buf_msg(&mp_type_TypeError, buf, n);
}

void cy_Pyx_RaiseDoubleKeywordsError(const char *func_name, mp_obj_t kw_name) {
    raise_kw_error(CY_RS_KW_DUPLICATE, func_name, kw_name);
}

// f(**a, **b): the items of source_mapping (a dict, or any mapping through dict()) added to
// kwdict; a key already there is Cython's "function() got multiple values for keyword argument".
int cy_Pyx_MergeKeywords(mp_obj_t kwdict, mp_obj_t source_mapping) {
    mp_obj_t duplicate = MP_OBJ_NULL;
    CY_TRY_BEGIN
    mp_obj_t src = source_mapping;
    if (!mp_obj_is_dict_or_ordereddict(src)) {
        src = mp_obj_new_dict(0);
        if (!cy_i_dict_merge_mapping(src, source_mapping)) {
            src = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_dict), source_mapping);
        }
    }
    mp_map_t *from = mp_obj_dict_get_map(src);
    mp_map_t *to = mp_obj_dict_get_map(kwdict);
    for (size_t i = 0; i < from->alloc && duplicate == MP_OBJ_NULL; i++) {
        if (mp_map_slot_is_filled(from, i)) {
            if (mp_map_lookup(to, from->table[i].key, MP_MAP_LOOKUP) != NULL) {
                duplicate = from->table[i].key;
            } else {
                mp_obj_dict_store(kwdict, from->table[i].key, from->table[i].value);
            }
        }
    }
    CY_TRY_END(return -1);
    if (duplicate != MP_OBJ_NULL) {
        cy_Pyx_RaiseDoubleKeywordsError("function", duplicate);
        return -1;
    }
    return 0;
}

void cy_Pyx_RaiseKeywordRequired(const char *func_name, mp_obj_t kw_name) {
    raise_kw_error(CY_RS_KW_REQUIRED, func_name, kw_name);
}

void cy_Pyx_RaiseNeedMoreValuesError(mp_int_t index) {
    uint8_t buf[80];
    size_t n = cy_rs_fmt_unpack(buf, sizeof(buf), 0, index);
    cy_i_set_buf_msg(&mp_type_ValueError, buf, n);
}

void cy_Pyx_RaiseTooManyValuesError(mp_int_t expected) {
    uint8_t buf[80];
    size_t n = cy_rs_fmt_unpack(buf, sizeof(buf), 1, expected);
    cy_i_set_buf_msg(&mp_type_ValueError, buf, n);
}

void cy_Pyx_RaiseNoneNotIterableError(void) {
    cy_err_set_msg(&mp_type_TypeError, "'NoneType' object is not iterable");
}

void cy_Pyx_RaiseUnboundLocalError(const char *varname) {
    cy_PyErr_Format(cy_exc_UnboundLocalError,
        "cannot access local variable '%s' where it is not associated with a value", varname);
}

void cy_Pyx_RaiseClosureNameError(const char *varname) {
    cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_NameError),
        "free variable '%s' referenced before assignment in enclosing scope", varname);
}

int cy_Pyx_RaiseUnexpectedTypeError(const char *expected, mp_obj_t obj) {
    cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "Expected %s, got %.200s", expected,
        cy_obj_tp_name(obj));
    return 0;
}

int cy_Pyx_ArgTypeTest(mp_obj_t obj, mp_const_obj_t type, int none_allowed, const char *name,
    int exact) {
    const mp_obj_type_t *t = (const mp_obj_type_t *)MP_OBJ_TO_PTR(type);
    if (none_allowed && obj == mp_const_none) {
        return 1;
    }
    const mp_obj_type_t *ot = mp_obj_get_type(obj);
    if (ot == t) {
        return 1;
    }
    if (!exact && mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(ot), MP_OBJ_FROM_PTR(t))) {
        return 1;
    }
    cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError),
        "Argument '%.200s' has incorrect type (expected %.200s, got %.200s)", name,
        cy_type_tp_name(t), cy_type_tp_name(ot));
    return 0;
}

int cy_Pyx_CheckKeywordStrings(mp_obj_t kwds) {
    (void)kwds;
    return 0;
}

// CPython's TypeError for a keyword `key` that `function_name` does not take, or for a key that
// is not a str (which CPython refuses before the call). MicroPython's own formatter writes the
// text, so a module whose errors are all of this kind links no PyErr_Format.
static void set_unexpected_keyword(const char *function_name, mp_obj_t key) {
    cy_err_set(mp_obj_is_str(key)
        ? mp_obj_new_exception_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("%s() got an unexpected keyword argument '%s'"), function_name,
            mp_obj_str_get_str(key))
        : mp_obj_new_exception_msg(&mp_type_TypeError, MP_ERROR_TEXT("keywords must be strings")));
}

void cy_Pyx_RejectKeywords(const char *function_name, mp_obj_t kwds) {
    if (kwds != MP_OBJ_NULL && mp_obj_is_dict_or_ordereddict(kwds)) {
        mp_map_t *map = mp_obj_dict_get_map(kwds);
        for (size_t i = 0; i < map->alloc; i++) {
            if (mp_map_slot_is_filled(map, i)) {
                set_unexpected_keyword(function_name, map->table[i].key);
                return;
            }
        }
    }
    cy_err_set(mp_obj_new_exception_msg_varg(&mp_type_TypeError,
        MP_ERROR_TEXT("%s() takes no keyword arguments"), function_name));
}

int cy_Pyx_RejectArgs(const char *function_name, mp_obj_t const *args, mp_int_t nargs,
    mp_obj_t kwds) {
    if (nargs > 0) {
        cy_Pyx_RaiseArgtupleInvalid(function_name, 1, 0, 0, nargs);
        return -1;
    }
    if (kwds != MP_OBJ_NULL && cy_Pyx_NumKwargs_FASTCALL(kwds) > 0) {
        // The first keyword's name is at args[nargs] (MicroPython's name, value pairs).
        set_unexpected_keyword(function_name, args[nargs]);
        return -1;
    }
    return 0;
}

mp_obj_t cy_Pyx_PyException_get_args(mp_obj_t exc) {
    CY_TRY_RETURN_OBJ(mp_load_attr(exc, MP_QSTR_args));
}

void cy_Pyx_RaiseMappingExpectedError(mp_obj_t arg) {
    cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "'%.200s' object is not a mapping",
        cy_obj_tp_name(arg));
}

// ===========================================================================================
// Keyword parsing
// ===========================================================================================

// 1 when the two names are equal, 0 when not, -1 when key is not a str (pending TypeError).
static int name_eq(mp_obj_t name, mp_obj_t key) {
    if (name == key) {
        return 1;
    }
    if (mp_obj_is_qstr(name) && mp_obj_is_qstr(key)) {
        return 0; // distinct interned strings
    }
    size_t nl, kl;
    const char *n = cy_i_str_data_or_null(name, &nl);
    const char *k = cy_i_str_data_or_null(key, &kl);
    if (n == NULL || k == NULL) {
        return 0;
    }
    return cy_rs_name_eq((const uint8_t *)n, nl, (const uint8_t *)k, kl);
}

// Handle one keyword argument; 0, or -1 with a pending exception.
static MP_NOINLINE int parse_one_kw(mp_obj_t key, mp_obj_t value, mp_obj_t *const argnames[], mp_obj_t kwds2,
    mp_obj_t values[], mp_int_t num_pos_args, const char *function_name, int ignore_unknown) {
    mp_obj_t *const *first_kw_arg = argnames + num_pos_args;
    if (!mp_obj_is_str(key)) {
        uint8_t buf[240];
        size_t n = cy_rs_fmt_kw_error(buf, sizeof(buf), CY_RS_KW_NOT_STRING, function_name, NULL, 0);
        cy_i_set_buf_msg(&mp_type_TypeError, buf, n);
        return -1;
    }
    // Fast pass: identical (interned) name objects.
    for (mp_obj_t *const *name = first_kw_arg; *name; name++) {
        if (**name == key) {
            values[name - argnames] = value;
            return 0;
        }
    }
    for (mp_obj_t *const *name = first_kw_arg; *name; name++) {
        if (name_eq(**name, key)) {
            values[name - argnames] = value;
            return 0;
        }
    }
    for (mp_obj_t *const *name = argnames; name != first_kw_arg; name++) {
        if (name_eq(**name, key)) {
            cy_Pyx_RaiseDoubleKeywordsError(function_name, key);
            return -1;
        }
    }
    if (kwds2 != MP_OBJ_NULL) {
        return cy_PyDict_SetItem(kwds2, key, value);
    }
    if (ignore_unknown) {
        return 0;
    }
    raise_kw_error(CY_RS_KW_UNEXPECTED, function_name, key);
    return -1;
}

int cy_Pyx_ParseKeywords(mp_obj_t kwds, mp_obj_t const *kwvalues, mp_obj_t *const argnames[],
    mp_obj_t kwds2, mp_obj_t values[], mp_int_t num_pos_args, mp_int_t num_kwargs,
    const char *function_name, int ignore_unknown_kwargs) {
    if (kwds == MP_OBJ_NULL) {
        return 0;
    }
    if (mp_obj_is_small_int(kwds)) {
        // FASTCALL: (name, value) pairs from MicroPython's argument array.
        mp_int_t n = MP_OBJ_SMALL_INT_VALUE(kwds);
        if (num_kwargs < n) {
            n = num_kwargs;
        }
        for (mp_int_t i = 0; i < n; i++) {
            if (parse_one_kw(kwvalues[2 * i], kwvalues[2 * i + 1], argnames, kwds2, values,
                num_pos_args, function_name, ignore_unknown_kwargs) < 0) {
                return -1;
            }
        }
        return 0;
    }
    if (!mp_obj_is_dict_or_ordereddict(kwds)) {
        cy_err_set_msg(&mp_type_TypeError, "keywords must be a dict");
        return -1;
    }
    mp_map_t *map = mp_obj_dict_get_map(kwds);
    for (size_t i = 0; i < map->alloc; i++) {
        if (mp_map_slot_is_filled(map, i)) {
            if (parse_one_kw(map->table[i].key, map->table[i].value, argnames, kwds2, values,
                num_pos_args, function_name, ignore_unknown_kwargs) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

mp_obj_t cy_Pyx_KwargsAsDict_FASTCALL(mp_obj_t kwds, mp_obj_t const *kwvalues) {
    mp_int_t n = (kwds == MP_OBJ_NULL) ? 0 : MP_OBJ_SMALL_INT_VALUE(kwds);
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t d = mp_obj_new_dict((size_t)n);
        for (mp_int_t i = 0; i < n; i++) {
            mp_obj_dict_store(d, kwvalues[2 * i], kwvalues[2 * i + 1]);
        }
        nlr_pop();
        return d;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return MP_OBJ_NULL;
}

int cy_Pyx_ParseArgs(const cy_Pyx_ArgSpec *spec, mp_obj_t const *args, mp_int_t nargs,
    mp_obj_t kwds, mp_obj_t values[]) {
    return cy_Pyx_ParseArgsKw(spec, args, nargs, kwds, MP_OBJ_NULL, values);
}

int cy_Pyx_ParseArgsKw(const cy_Pyx_ArgSpec *spec, mp_obj_t const *args, mp_int_t nargs,
    mp_obj_t kwds, mp_obj_t kwds2, mp_obj_t values[]) {
    // Cython's block raises the same errors on two paths, with and without keywords; they are
    // merged here where the order of the checks cannot change which error a call gets.
    const mp_int_t min = spec->min_pos, max = spec->max_pos, npo = spec->npos_only;
    const int flags = spec->flags;
    const mp_int_t nkw = kwds != MP_OBJ_NULL ? cy_Pyx_NumKwargs_FASTCALL(kwds) : 0;
    mp_int_t count = nargs;
    // A wrapper whose inline path sets every value leaves them uninitialised (src/args.rs):
    // a value no argument gives must read as missing.
    if (flags & cy_Pyx_ARGS_CLEAR) {
        for (mp_int_t i = 0; i < spec->nall; i++) {
            values[i] = MP_OBJ_NULL;
        }
    }
    if (nkw > 0 && !(flags & cy_Pyx_ARGS_KEYWORDS)) {
        cy_Pyx_RejectKeywords(spec->name, kwds);
        return -1;
    }
    // Too many positional arguments, or too few: with keywords, only the positional-only ones
    // count yet.
    if ((!(flags & cy_Pyx_ARGS_STAR) && nargs > max)
        || nargs < (nkw > 0 ? (mp_int_t)spec->nreq_posonly : min)) {
        goto argtuple_error;
    }
    for (mp_int_t i = 0; i < nargs && i < max; i++) {
        values[i] = args[i];
    }
    if (nkw > 0) {
        // How many of the parameters that keywords can name were passed by position.
        mp_int_t kwd_pos_args = nargs > npo ? nargs - npo : 0;
        if (kwd_pos_args > max - npo) {
            kwd_pos_args = max - npo;
        }
        // MicroPython's (name, value) pairs (FASTCALL). A name that is the parameter's own
        // interned name object is placed here; any other goes the whole way (equal names that
        // are other objects, a parameter passed twice, **kwargs, unknown names).
        mp_obj_t *const *names = spec->argnames;
        mp_obj_t *kw_values = (npo > 0 && npo < spec->nall) ? values + npo : values;
        const mp_obj_t *kv = args + nargs;
        for (mp_int_t i = 0; i < nkw; i++, kv += 2) {
            mp_obj_t *const *name = names + kwd_pos_args;
            while (*name != NULL && **name != kv[0]) {
                name++;
            }
            if (*name != NULL) {
                kw_values[name - names] = kv[1];
            } else if (parse_one_kw(kv[0], kv[1], names, kwds2, kw_values, kwd_pos_args, spec->name,
                (flags & cy_Pyx_ARGS_STARSTAR) != 0) < 0) {
                return -1;
            }
        }
        for (; count < min; count++) {
            if (!values[count]) {
                goto argtuple_error;
            }
        }
    }
    // Keyword-only parameters without a default (without keywords, the first one is missing).
    for (mp_int_t i = max; i < max + spec->nreqkw; i++) {
        if (!values[i]) {
            cy_Pyx_RaiseKeywordRequired(spec->name, *spec->argnames[i - npo]);
            return -1;
        }
    }
    return 0;
argtuple_error:
    cy_Pyx_RaiseArgtupleInvalid(spec->name, (flags & cy_Pyx_ARGS_EXACT) != 0, min, max, count);
    return -1;
}
