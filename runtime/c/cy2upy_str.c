// cy2upy_str.c: strings and bytes: str/bytes/bytearray construction, formatting,
// joining, slicing, methods and decoding.
//
// Part of the C half of cython2upy's runtime (what each file holds: cy2upy_internal.h).

#include "cy2upy_internal.h"

// ===========================================================================================
// Strings and bytes
// ===========================================================================================

mp_obj_t cy_PyUnicode_FromString(const char *s) {
    CY_TRY_RETURN_OBJ(mp_obj_new_str(s, strlen(s)));
}

mp_obj_t cy_PyUnicode_FromStringAndSize(const char *s, mp_int_t len) {
    mp_obj_t r;
    CY_TRY_ASSIGN(r, mp_obj_new_str(s ? s : "", (size_t)len));
    if (r == MP_OBJ_NULL && s != NULL) {
        cy_exc_refine_decode_error(s, (size_t)len);
    }
    return r;
}

mp_obj_t cy_PyUnicode_DecodeUTF8(const char *s, mp_int_t len, const char *errors) {
    (void)errors;
    if (s != NULL && cy_exc_check_utf8(s, (size_t)len) < 0) {
        return MP_OBJ_NULL;
    }
    return cy_PyUnicode_FromStringAndSize(s, len);
}

mp_obj_t cy_PyUnicode_DecodeASCII(const char *s, mp_int_t len, const char *errors) {
    (void)errors;
    if (s != NULL && cy_exc_check_ascii(s, (size_t)len) < 0) {
        return MP_OBJ_NULL;
    }
    return cy_PyUnicode_FromStringAndSize(s, len);
}

mp_obj_t cy_PyBytes_FromStringAndSize(const char *s, mp_int_t len) {
    if (s == NULL) {
        // CPython's uninitialised bytes: zeroed here.
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            vstr_t vs;
            vstr_init_len(&vs, (size_t)len);
            memset(vs.buf, 0, (size_t)len);
            mp_obj_t r = mp_obj_new_bytes_from_vstr(&vs);
            nlr_pop();
            return r;
        }
        cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
        return MP_OBJ_NULL;
    }
    CY_TRY_RETURN_OBJ(mp_obj_new_bytes((const byte *)s, (size_t)len));
}

mp_obj_t cy_PyBytes_FromString(const char *s) {
    return cy_PyBytes_FromStringAndSize(s, (mp_int_t)strlen(s));
}

const char *cy_PyUnicode_AsUTF8AndSize(mp_obj_t obj, mp_int_t *size) {
    size_t len;
    const char *d = cy_i_str_data_or_null(obj, &len);
    if (d == NULL) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "bad argument type: %.200s",
            cy_obj_tp_name(obj));
        return NULL;
    }
    if (size) {
        *size = (mp_int_t)len;
    }
    return d;
}

const char *cy_PyUnicode_AsUTF8(mp_obj_t obj) {
    return cy_PyUnicode_AsUTF8AndSize(obj, NULL);
}

const char *cy_PyBytes_AsString(mp_obj_t obj) {
    mp_buffer_info_t bufinfo;
    if (!mp_obj_is_str(obj) && mp_get_buffer(obj, &bufinfo, MP_BUFFER_READ)) {
        return (const char *)bufinfo.buf;
    }
    cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "expected bytes, %.200s found",
        cy_obj_tp_name(obj));
    return NULL;
}

const char *cy_Pyx_PyObject_AsStringAndSize(mp_obj_t obj, mp_int_t *length) {
    size_t len;
    const char *d = cy_i_str_data_or_null(obj, &len);
    if (d != NULL) {
        *length = (mp_int_t)len;
        return d;
    }
    mp_buffer_info_t bufinfo;
    if (mp_get_buffer(obj, &bufinfo, MP_BUFFER_READ)) {
        *length = (mp_int_t)bufinfo.len;
        return (const char *)bufinfo.buf;
    }
    cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "expected bytes, %.200s found",
        cy_obj_tp_name(obj));
    return NULL;
}

mp_int_t cy_PyUnicode_GetLength(mp_obj_t obj) {
    if (!mp_obj_is_str(obj)) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "bad argument type: %.200s",
            cy_obj_tp_name(obj));
        return -1;
    }
    return cy_PyObject_Length(obj);
}

mp_int_t cy_PyBytes_Size(mp_obj_t obj) {
    mp_buffer_info_t bufinfo;
    if (!mp_obj_is_str(obj) && mp_get_buffer(obj, &bufinfo, MP_BUFFER_READ)) {
        return (mp_int_t)bufinfo.len;
    }
    cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "expected bytes, %.200s found",
        cy_obj_tp_name(obj));
    return -1;
}

mp_obj_t cy_PyUnicode_Concat(mp_obj_t a, mp_obj_t b) {
    return cy_binop(MP_BINARY_OP_ADD, a, b);
}

mp_obj_t cy_Pyx_PyUnicode_ConcatInPlace(mp_obj_t left, mp_obj_t right) {
    return cy_binop(MP_BINARY_OP_INPLACE_ADD, left, right);
}

static mp_obj_t join_raising(mp_obj_t *values, mp_int_t count) {
    size_t total = 0;
    for (mp_int_t i = 0; i < count; i++) {
        size_t len;
        if (cy_i_str_data_or_null(values[i], &len) == NULL) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("expected str, got %s"),
                cy_obj_tp_name(values[i]));
        }
        total += len;
    }
    vstr_t vs;
    vstr_init(&vs, total);
    for (mp_int_t i = 0; i < count; i++) {
        size_t len;
        const char *d = mp_obj_str_get_data(values[i], &len);
        vstr_add_strn(&vs, d, len);
    }
    return mp_obj_new_str_from_utf8_vstr(&vs);
}

mp_obj_t cy_Pyx_PyUnicode_Join(mp_obj_t *values, mp_int_t value_count, mp_int_t result_ulength,
    int kind) {
    (void)result_ulength;
    (void)kind;
    CY_TRY_RETURN_OBJ(join_raising(values, value_count));
}

mp_obj_t cy_PyUnicode_Join(mp_obj_t sep, mp_obj_t seq) {
    mp_obj_t arg = seq;
    CY_TRY_RETURN_OBJ(cy_i_call_method_raising(sep, MP_OBJ_NEW_QSTR(MP_QSTR_join), 1, &arg, 0, NULL));
}

mp_obj_t cy_PyUnicode_Format(mp_obj_t format, mp_obj_t args) {
    return cy_binop(MP_BINARY_OP_MODULO, format, args);
}

static mp_obj_t format_raising(mp_obj_t obj, mp_obj_t spec) {
    size_t spec_len = 0;
    const char *s = spec == MP_OBJ_NULL ? NULL : cy_i_str_data_or_null(spec, &spec_len);
    if (s == NULL || spec_len == 0) {
        if (mp_obj_is_str(obj)) {
            return obj;
        }
        return mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_str), obj);
    }
    vstr_t vs;
    vstr_init(&vs, spec_len + 4);
    vstr_add_str(&vs, "{:");
    vstr_add_strn(&vs, s, spec_len);
    vstr_add_byte(&vs, '}');
    mp_obj_t args[2] = {mp_obj_new_str_from_vstr(&vs), obj};
    return mp_obj_str_format(2, args, NULL);
}

mp_obj_t cy_Pyx_PyObject_Format(mp_obj_t obj, mp_obj_t format_spec) {
    CY_TRY_RETURN_OBJ(format_raising(obj, format_spec));
}

mp_obj_t cy_PyObject_Format(mp_obj_t obj, mp_obj_t format_spec) {
    return cy_Pyx_PyObject_Format(obj, format_spec);
}

mp_obj_t cy_Pyx_PyObject_FormatAndDecref(mp_obj_t obj, mp_obj_t format_spec) {
    if (obj == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    return cy_Pyx_PyObject_Format(obj, format_spec);
}

mp_obj_t cy_Pyx_PyObject_FormatSimpleAndDecref(mp_obj_t obj, mp_obj_t format_spec) {
    (void)format_spec;
    if (obj == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    return cy_Pyx_PyObject_Format(obj, MP_OBJ_NULL);
}

mp_obj_t cy_str_from_cint(long long value, int is_unsigned, mp_int_t width, char padding,
    char format_char) {
    uint8_t buf[96];
    size_t n = cy_rs_fmt_int(buf, sizeof(buf), (int64_t)value, is_unsigned,
        width < 80 ? width : 80, (uint8_t)padding, (uint8_t)format_char);
    CY_TRY_RETURN_OBJ(mp_obj_new_str((const char *)buf, n));
}

mp_obj_t cy_Pyx_PyUnicode_FromDouble(double value, char format_char, int precision) {
    #if MICROPY_PY_BUILTINS_FLOAT
    char spec[24];
    size_t n = 0;
    if (precision >= 0) {
        uint8_t digits[24];
        size_t d = cy_rs_fmt_int(digits, sizeof(digits), precision, 0, 0, ' ', 'd');
        spec[n++] = '.';
        memcpy(spec + n, digits, d);
        n += d;
    }
    spec[n++] = format_char;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r = format_raising(mp_obj_new_float((mp_float_t)value), mp_obj_new_str(spec, n));
        nlr_pop();
        return r;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return MP_OBJ_NULL;
    #else
    (void)value;
    (void)format_char;
    (void)precision;
    cy_err_set_msg(&mp_type_TypeError, "float is not supported");
    return MP_OBJ_NULL;
    #endif
}

mp_obj_t cy_PyUnicode_Decode(const char *s, mp_int_t size, const char *encoding, const char *errors) {
    (void)encoding;
    return cy_PyUnicode_DecodeUTF8(s, size, errors);
}

mp_obj_t cy_PyUnicode_AsEncodedString(mp_obj_t obj, const char *encoding, const char *errors) {
    (void)encoding;
    (void)errors;
    mp_int_t len;
    const char *d = cy_PyUnicode_AsUTF8AndSize(obj, &len);
    if (d == NULL) {
        return MP_OBJ_NULL;
    }
    return cy_PyBytes_FromStringAndSize(d, len);
}

int cy_Pyx_PyUnicode_ContainsTF(mp_obj_t substring, mp_obj_t text, int eq) {
    return cy_Pyx_PySequence_ContainsTF(substring, text, eq);
}

int cy_Pyx_PyUnicode_Equals(mp_obj_t a, mp_obj_t b, int op) {
    return cy_PyObject_RichCompareBool(a, b, op);
}

mp_obj_t cy_PyUnicode_Split(mp_obj_t s, mp_obj_t sep, mp_int_t maxsplit) {
    mp_obj_t args[3] = {s, sep == MP_OBJ_NULL ? mp_const_none : sep, MP_OBJ_NEW_SMALL_INT(maxsplit)};
    CY_TRY_RETURN_OBJ(mp_obj_str_split(3, args));
}

int cy_Pyx_PyUnicode_Tailmatch(mp_obj_t s, mp_obj_t substr, mp_int_t start, mp_int_t end,
    int direction) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t args[3] = {substr, mp_obj_new_int(start), mp_obj_new_int(end)};
        mp_obj_t name = MP_OBJ_NEW_QSTR(direction < 0 ? MP_QSTR_startswith : MP_QSTR_endswith);
        mp_obj_t r = cy_i_call_method_raising(s, name, 3, args, 0, NULL);
        int b = mp_obj_is_true(r);
        nlr_pop();
        return b;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return -1;
}

// Call method `name` of a str with the given arguments, under a guard.
static mp_obj_t str_method(mp_obj_t s, qstr name, size_t n, const mp_obj_t *args) {
    CY_TRY_RETURN_OBJ(cy_i_call_method_raising(s, MP_OBJ_NEW_QSTR(name), n, args, 0, NULL));
}

mp_obj_t cy_PyUnicode_Splitlines(mp_obj_t s, int keepends) {
    #if MICROPY_PY_BUILTINS_STR_SPLITLINES
    mp_obj_t arg = mp_obj_new_bool(keepends);
    return str_method(s, MP_QSTR_splitlines, 1, &arg);
    #else
    (void)s;
    (void)keepends;
    cy_err_set_msg(&mp_type_NotImplementedError, "str.splitlines is not in this build");
    return MP_OBJ_NULL;
    #endif
}

// A C index or count as an int object. Beyond the small ints (PY_SSIZE_T_MAX for "to the end",
// "no limit") it acts as the nearest small int does, as no string is that long.
static mp_obj_t index_obj(mp_int_t i) {
    return MP_OBJ_NEW_SMALL_INT(i > MP_SMALL_INT_MAX ? MP_SMALL_INT_MAX : i < MP_SMALL_INT_MIN ? MP_SMALL_INT_MIN : i);
}

mp_int_t cy_PyUnicode_Find(mp_obj_t s, mp_obj_t sub, mp_int_t start, mp_int_t end, int direction) {
    mp_obj_t args[3] = {sub, index_obj(start), index_obj(end)};
    mp_obj_t r = str_method(s, direction >= 0 ? MP_QSTR_find : MP_QSTR_rfind, 3, args);
    return r == MP_OBJ_NULL ? -2 : mp_obj_get_int(r);
}

mp_int_t cy_PyUnicode_FindChar(mp_obj_t s, uint32_t ch, mp_int_t start, mp_int_t end, int direction) {
    mp_obj_t sub = cy_PyUnicode_FromOrdinal((int)ch);
    if (sub == MP_OBJ_NULL) {
        return -2;
    }
    return cy_PyUnicode_Find(s, sub, start, end, direction);
}

mp_int_t cy_PyUnicode_Count(mp_obj_t s, mp_obj_t sub, mp_int_t start, mp_int_t end) {
    mp_obj_t args[3] = {sub, index_obj(start), index_obj(end)};
    mp_obj_t r = str_method(s, MP_QSTR_count, 3, args);
    return r == MP_OBJ_NULL ? -1 : mp_obj_get_int(r);
}

mp_obj_t cy_PyUnicode_Replace(mp_obj_t s, mp_obj_t old, mp_obj_t new_, mp_int_t maxcount) {
    mp_obj_t args[3] = {old, new_, index_obj(maxcount)};
    return str_method(s, MP_QSTR_replace, maxcount < 0 ? 2 : 3, args);
}

int cy_PyUnicode_Contains(mp_obj_t s, mp_obj_t sub) {
    return cy_PySequence_Contains(s, sub);
}

// s[start:stop] for 0 <= start <= stop <= len(s) (character indices).
static mp_obj_t substring_raising(mp_obj_t s, mp_int_t start, mp_int_t stop) {
    size_t blen;
    const byte *d = (const byte *)mp_obj_str_get_data(s, &blen);
    #if MICROPY_PY_BUILTINS_STR_UNICODE
    const byte *top = d + blen;
    const byte *a = d;
    for (mp_int_t k = 0; k < start && a < top; k++) {
        a = utf8_next_char(a);
    }
    const byte *b = a;
    for (mp_int_t k = start; k < stop && b < top; k++) {
        b = utf8_next_char(b);
    }
    return mp_obj_new_str((const char *)a, (size_t)(b - a));
    #else
    (void)blen;
    return mp_obj_new_str((const char *)d + start, (size_t)(stop - start));
    #endif
}

mp_obj_t cy_PyUnicode_Substring(mp_obj_t s, mp_int_t start, mp_int_t end) {
    mp_int_t len = cy_PyUnicode_GetLength(s);
    if (len < 0) {
        return MP_OBJ_NULL;
    }
    if (start < 0 || end < 0) {
        cy_err_set_msg(&mp_type_IndexError, "string index out of range");
        return MP_OBJ_NULL;
    }
    if (end > len) {
        end = len;
    }
    if (start >= end) {
        return MP_OBJ_NEW_QSTR(MP_QSTR_);
    }
    CY_TRY_RETURN_OBJ(substring_raising(s, start, end));
}

mp_obj_t cy_Pyx_PyUnicode_Substring(mp_obj_t s, mp_int_t start, mp_int_t stop) {
    mp_int_t len = cy_PyUnicode_GetLength(s);
    if (len < 0) {
        return MP_OBJ_NULL;
    }
    if (start < 0) {
        start += len;
        if (start < 0) {
            start = 0;
        }
    }
    if (stop < 0) {
        stop += len;
    } else if (stop > len) {
        stop = len;
    }
    if (stop <= start) {
        return MP_OBJ_NEW_QSTR(MP_QSTR_);
    }
    if (start == 0 && stop == len) {
        return s;
    }
    CY_TRY_RETURN_OBJ(substring_raising(s, start, stop));
}

mp_obj_t cy_PyUnicode_FromOrdinal(int ordinal) {
    #if MICROPY_PY_BUILTINS_STR_UNICODE
    if (ordinal < 0 || ordinal > 0x10ffff) {
    #else
    if (ordinal < 0 || ordinal > 0xff) {
    #endif
        cy_err_set_msg(&mp_type_ValueError, "chr() arg not in range(0x110000)");
        return MP_OBJ_NULL;
    }
    if (ordinal < 0x80) {
        // One ASCII character: MicroPython interns those, no allocation.
        char c = (char)ordinal;
        CY_TRY_RETURN_OBJ(mp_obj_new_str_via_qstr(&c, 1));
    }
    mp_obj_t arg = MP_OBJ_NEW_SMALL_INT(ordinal);
    CY_TRY_RETURN_OBJ(mp_call_function_1(MP_OBJ_FROM_PTR(&mp_builtin_chr_obj), arg));
}

mp_obj_t cy_Pyx_PyUnicode_Unicode(mp_obj_t s) {
    if (s == mp_const_none) {
        return MP_OBJ_NEW_QSTR(MP_QSTR_None);
    }
    return s;
}

double cy_Pyx_PyObject_AsDouble(mp_obj_t obj) {
    #if MICROPY_PY_BUILTINS_FLOAT
    if (mp_obj_is_float(obj)) {
        return (double)mp_obj_float_get(obj);
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t f = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_float), obj);
        double d = (double)mp_obj_float_get(f);
        nlr_pop();
        return d;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return -1.0;
    #else
    (void)obj;
    cy_err_set_msg(&mp_type_TypeError, "float is not supported");
    return -1.0;
    #endif
}

double cy_Pyx_PyUnicode_AsDouble(mp_obj_t s) {
    return cy_Pyx_PyObject_AsDouble(s);
}

// The code point of the one-character str s, or (uint32_t)-1 (no exception) for another length.
static uint32_t single_char(mp_obj_t s, mp_int_t *length) {
    size_t blen;
    const byte *d = (const byte *)mp_obj_str_get_data(s, &blen);
    #if MICROPY_PY_BUILTINS_STR_UNICODE
    *length = (mp_int_t)utf8_charlen(d, blen);
    return *length == 1 ? (uint32_t)utf8_get_char(d) : (uint32_t)-1;
    #else
    *length = (mp_int_t)blen;
    return blen == 1 ? d[0] : (uint32_t)-1;
    #endif
}

long cy_Pyx_PyObject_Ord(mp_obj_t c) {
    mp_int_t length;
    if (mp_obj_is_str(c)) {
        uint32_t ch = single_char(c, &length);
        if (length == 1) {
            return (long)ch;
        }
    } else if (mp_obj_is_type(c, &mp_type_bytes) || mp_obj_is_type(c, &mp_type_bytearray)) {
        mp_buffer_info_t bufinfo;
        mp_get_buffer_raise(c, &bufinfo, MP_BUFFER_READ);
        length = (mp_int_t)bufinfo.len;
        if (length == 1) {
            return ((const byte *)bufinfo.buf)[0];
        }
    } else {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError),
            "ord() expected string of length 1, but %.200s found", cy_obj_tp_name(c));
        return (long)(uint32_t)-1;
    }
    cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError),
        "ord() expected a character, but string of length %zd found", (size_t)length);
    return (long)(uint32_t)-1;
}

uint32_t cy_Pyx_PyUnicode_AsPy_UCS4(mp_obj_t s) {
    if (!mp_obj_is_str(s)) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "bad argument type: %.200s",
            cy_obj_tp_name(s));
        return (uint32_t)-1;
    }
    mp_int_t length;
    uint32_t ch = single_char(s, &length);
    if (length != 1) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_ValueError),
            "only single character unicode strings can be converted to Py_UCS4, got length %zd",
            (size_t)length);
        return (uint32_t)-1;
    }
    return ch;
}

uint32_t cy_Pyx_PyObject_AsPy_UCS4(mp_obj_t obj) {
    if (mp_obj_is_str(obj)) {
        return cy_Pyx_PyUnicode_AsPy_UCS4(obj);
    }
    long long v = cy_int_as_signed(obj, 64, "long");
    if (v == -1 && cy_err_occurred() != MP_OBJ_NULL) {
        return (uint32_t)-1;
    }
    if (v < 0) {
        cy_err_set_msg(&mp_type_OverflowError, "cannot convert negative value to Py_UCS4");
        return (uint32_t)-1;
    }
    if (v > 0x10ffff) {
        cy_err_set_msg(&mp_type_OverflowError, "value too large to convert to Py_UCS4");
        return (uint32_t)-1;
    }
    return (uint32_t)v;
}

uint32_t cy_unicode_getitem(mp_obj_t s, mp_int_t i, int wraparound) {
    mp_int_t len = cy_PyUnicode_GetLength(s);
    if (len < 0) {
        return (uint32_t)-1;
    }
    if (wraparound && i < 0) {
        i += len;
    }
    if (i < 0 || i >= len) {
        cy_err_set_msg(&mp_type_IndexError, "string index out of range");
        return (uint32_t)-1;
    }
    void *data;
    int kind;
    mp_int_t length;
    cy_Pyx_init_unicode_iteration(s, &length, &data, &kind);
    return cy_unicode_read_cursor(&data, &kind, i);
}

int cy_Pyx_UnicodeContainsUCS4(uint32_t ch, mp_obj_t text, int eq) {
    void *data;
    int kind;
    mp_int_t length;
    if (cy_Pyx_init_unicode_iteration(text, &length, &data, &kind) < 0) {
        return -1;
    }
    int found = 0;
    for (mp_int_t i = 0; i < length; i++) {
        if (cy_unicode_read_cursor(&data, &kind, i) == ch) {
            found = 1;
            break;
        }
    }
    return found == (eq == cy_Py_EQ);
}

int cy_Pyx_init_unicode_iteration(mp_obj_t s, mp_int_t *length, void **data, int *kind) {
    size_t blen;
    const char *d = cy_i_str_data_or_null(s, &blen);
    if (d == NULL) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "bad argument type: %.200s",
            cy_obj_tp_name(s));
        return -1;
    }
    #if MICROPY_PY_BUILTINS_STR_UNICODE
    *length = (mp_int_t)utf8_charlen((const byte *)d, blen);
    #else
    *length = (mp_int_t)blen;
    #endif
    *data = (void *)d;
    *kind = 0;
    return 0;
}

uint32_t cy_unicode_read_cursor(void **data, int *kind, mp_int_t i) {
    const byte *p = (const byte *)*data;
    #if MICROPY_PY_BUILTINS_STR_UNICODE
    mp_int_t k = *kind;
    while (k < i) {
        p = utf8_next_char(p);
        k++;
    }
    while (k > i) {
        // Step back over continuation bytes (10xxxxxx) to the previous lead byte.
        do {
            p--;
        } while ((*p & 0xc0) == 0x80);
        k--;
    }
    *data = (void *)p;
    *kind = (int)k;
    return (uint32_t)utf8_get_char(p);
    #else
    (void)kind;
    return p[i];
    #endif
}

int cy_unicode_predicate(uint32_t ch, int which) {
    switch (which) {
        case CY_UNI_ALNUM:
            return unichar_isalnum(ch);
        case CY_UNI_ALPHA:
            return unichar_isalpha(ch);
        case CY_UNI_DECIMAL:
        case CY_UNI_DIGIT:
        case CY_UNI_NUMERIC:
            return unichar_isdigit(ch);
        case CY_UNI_LOWER:
            return unichar_islower(ch);
        case CY_UNI_SPACE:
            return unichar_isspace(ch);
        case CY_UNI_TITLE:
        case CY_UNI_UPPER:
            return unichar_isupper(ch);
        case CY_UNI_PRINTABLE:
            return ch >= 0x20 && ch < 0x7f;
        default:
            return 0;
    }
}

mp_obj_t cy_PyNumber_ToBase(mp_obj_t n, int base) {
    const mp_obj_fun_builtin_fixed_t *f = base == 16 ? &mp_builtin_hex_obj
        : base == 8 ? &mp_builtin_oct_obj : &mp_builtin_bin_obj;
    CY_TRY_RETURN_OBJ(mp_call_function_1(MP_OBJ_FROM_PTR(f), n));
}

// Clip [start:stop] of a buffer of `length` bytes as Cython's decode helpers do.
static void clip_range(mp_int_t length, mp_int_t *start, mp_int_t *stop) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) {
            *start = 0;
        }
    }
    if (*stop < 0) {
        *stop += length;
    }
    if (*stop > length) {
        *stop = length;
    }
    if (*stop < *start) {
        *stop = *start;
    }
}

static mp_obj_t decode_raising(const char *data, mp_int_t start, mp_int_t stop) {
    mp_obj_t args[2] = {
        mp_obj_new_bytes((const byte *)data + start, (size_t)(stop - start)),
        MP_OBJ_NEW_QSTR(MP_QSTR_utf_hyphen_8),
    };
    return mp_obj_str_make_new(&mp_type_str, 2, 0, args);
}

mp_obj_t cy_decode_buffer(const char *data, mp_int_t length, mp_int_t start, mp_int_t stop) {
    clip_range(length, &start, &stop);
    if (cy_exc_check_utf8(data + start, (size_t)(stop - start)) < 0) {
        return MP_OBJ_NULL;
    }
    CY_TRY_RETURN_OBJ(decode_raising(data, start, stop));
}

mp_obj_t cy_decode_object(mp_obj_t buffer, mp_int_t start, mp_int_t stop) {
    mp_buffer_info_t bufinfo;
    if (mp_obj_is_str(buffer) || !mp_get_buffer(buffer, &bufinfo, MP_BUFFER_READ)) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "expected bytes, %.200s found",
            cy_obj_tp_name(buffer));
        return MP_OBJ_NULL;
    }
    return cy_decode_buffer((const char *)bufinfo.buf, (mp_int_t)bufinfo.len, start, stop);
}

int cy_bytes_getitem(mp_obj_t b, mp_int_t i, int wraparound) {
    mp_buffer_info_t bufinfo;
    if (mp_obj_is_str(b) || !mp_get_buffer(b, &bufinfo, MP_BUFFER_READ)) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "expected bytes, %.200s found",
            cy_obj_tp_name(b));
        return -1;
    }
    mp_int_t n = (mp_int_t)bufinfo.len;
    if (wraparound && i < 0) {
        i += n;
    }
    if (i < 0 || i >= n) {
        cy_err_set_msg(&mp_type_IndexError, "string index out of range");
        return -1;
    }
    return ((const byte *)bufinfo.buf)[i];
}

int cy_bytearray_setitem(mp_obj_t ba, mp_int_t i, int v, int wraparound) {
    mp_buffer_info_t bufinfo;
    if (!mp_obj_is_type(ba, &mp_type_bytearray) || !mp_get_buffer(ba, &bufinfo, MP_BUFFER_WRITE)) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "expected bytearray, %.200s found",
            cy_obj_tp_name(ba));
        return -1;
    }
    mp_int_t n = (mp_int_t)bufinfo.len;
    if (wraparound && i < 0) {
        i += n;
    }
    if (i < 0 || i >= n) {
        cy_err_set_msg(&mp_type_IndexError, "bytearray index out of range");
        return -1;
    }
    if (v < 0 || v > 255) {
        cy_err_set_msg(&mp_type_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    ((byte *)bufinfo.buf)[i] = (byte)v;
    return 0;
}

int cy_Pyx_PyByteArray_Append(mp_obj_t ba, int value) {
    if (value < 0 || value > 255) {
        cy_err_set_msg(&mp_type_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    return cy_i_call_method_status(ba, MP_QSTR_append, 1, (mp_obj_t[]){MP_OBJ_NEW_SMALL_INT(value)});
}

int cy_Pyx_PyByteArray_ExtendBytes(mp_obj_t ba, mp_obj_t value) {
    return cy_i_call_method_status(ba, MP_QSTR_extend, 1, &value);
}

mp_obj_t cy_PyUnicode_AsASCIIString(mp_obj_t s) {
    mp_int_t len;
    const char *d = cy_PyUnicode_AsUTF8AndSize(s, &len);
    if (d == NULL) {
        return MP_OBJ_NULL;
    }
    size_t chars = 0;
    for (mp_int_t k = 0; k < len; k++) {
        unsigned char c = (unsigned char)d[k];
        if (c >= 0x80) {
            // CPython's error covers the run of non-ASCII characters from the first one.
            size_t end = chars;
            for (mp_int_t j = k; j < len && (unsigned char)d[j] >= 0x80; j++) {
                end += ((unsigned char)d[j] & 0xC0) != 0x80;
            }
            cy_exc_set_encode_error("ascii", s, chars, end, "ordinal not in range(128)");
            return MP_OBJ_NULL;
        }
        chars++;
    }
    return cy_PyBytes_FromStringAndSize(d, len);
}
