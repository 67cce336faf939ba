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

// The UTF-8 form of code point ch (surrogates included) appended to vs.
static void vstr_add_code_point(vstr_t *vs, uint32_t ch) {
    if (ch < 0x80) {
        vstr_add_byte(vs, (byte)ch);
    } else if (ch < 0x800) {
        vstr_add_byte(vs, (byte)(0xc0 | (ch >> 6)));
        vstr_add_byte(vs, (byte)(0x80 | (ch & 0x3f)));
    } else if (ch < 0x10000) {
        vstr_add_byte(vs, (byte)(0xe0 | (ch >> 12)));
        vstr_add_byte(vs, (byte)(0x80 | ((ch >> 6) & 0x3f)));
        vstr_add_byte(vs, (byte)(0x80 | (ch & 0x3f)));
    } else {
        vstr_add_byte(vs, (byte)(0xf0 | (ch >> 18)));
        vstr_add_byte(vs, (byte)(0x80 | ((ch >> 12) & 0x3f)));
        vstr_add_byte(vs, (byte)(0x80 | ((ch >> 6) & 0x3f)));
        vstr_add_byte(vs, (byte)(0x80 | (ch & 0x3f)));
    }
}

// The str of vs's UTF-8, or NULL with a pending exception.
static mp_obj_t str_from_vstr_guarded(vstr_t *vs) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r = mp_obj_new_str_from_utf8_vstr(vs);
        nlr_pop();
        return r;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return MP_OBJ_NULL;
}

mp_obj_t cy_PyUnicode_DecodeUTF16(const char *s, mp_int_t size, const char *errors, int *byteorder) {
    (void)errors;
    const byte *d = (const byte *)s;
    size_t n = (size_t)size, i = 0;
    int bo = byteorder != NULL ? *byteorder : 0;
    if (bo == 0 && n >= 2) {
        if (d[0] == 0xff && d[1] == 0xfe) {
            bo = -1;
            i = 2;
        } else if (d[0] == 0xfe && d[1] == 0xff) {
            bo = 1;
            i = 2;
        }
    }
    if (bo == 0) {
        bo = -1;
    }
    const char *enc = byteorder != NULL && *byteorder < 0 ? "utf-16-le"
        : byteorder != NULL && *byteorder > 0 ? "utf-16-be" : "utf-16";
    vstr_t vs;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) != 0) {
        cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
        return MP_OBJ_NULL;
    }
    // Room for the longest result up front (3 UTF-8 bytes per 2 input bytes), so that adding a
    // code point below never allocates outside the guard.
    vstr_init(&vs, n / 2 * 3 + 4);
    nlr_pop();
    #define CY_U16(k) (bo < 0 ? (uint32_t)(d[k] | (d[(k) + 1] << 8)) : (uint32_t)((d[k] << 8) | d[(k) + 1]))
    while (i + 1 < n) {
        uint32_t u = CY_U16(i);
        if (u >= 0xd800 && u < 0xdc00) {
            if (i + 3 >= n) {
                vstr_clear(&vs);
                cy_exc_set_decode_error(enc, s, n, i, n, "unexpected end of data");
                return MP_OBJ_NULL;
            }
            uint32_t lo = CY_U16(i + 2);
            if (lo < 0xdc00 || lo >= 0xe000) {
                vstr_clear(&vs);
                cy_exc_set_decode_error(enc, s, n, i, i + 2, "illegal UTF-16 surrogate");
                return MP_OBJ_NULL;
            }
            u = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
            i += 2;
        } else if (u >= 0xdc00 && u < 0xe000) {
            vstr_clear(&vs);
            cy_exc_set_decode_error(enc, s, n, i, i + 2, "illegal encoding");
            return MP_OBJ_NULL;
        }
        i += 2;
        vstr_add_code_point(&vs, u);
    }
    #undef CY_U16
    if (i < n) {
        vstr_clear(&vs);
        cy_exc_set_decode_error(enc, s, n, i, n, "truncated data");
        return MP_OBJ_NULL;
    }
    if (byteorder != NULL) {
        *byteorder = bo;
    }
    return str_from_vstr_guarded(&vs);
}

static int hex_digit(byte c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

mp_obj_t cy_PyUnicode_DecodeUnicodeEscape(const char *s, mp_int_t size, const char *errors) {
    (void)errors;
    const byte *d = (const byte *)s;
    size_t n = (size_t)size, i = 0;
    vstr_t vs;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) != 0) {
        cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
        return MP_OBJ_NULL;
    }
    // Room for the longest result up front (at most 2 UTF-8 bytes per input byte).
    vstr_init(&vs, 2 * n + 4);
    nlr_pop();
    while (i < n) {
        byte c = d[i];
        if (c != '\\' || i + 1 >= n) {
            if (c == '\\') {
                vstr_clear(&vs);
                cy_exc_set_decode_error("unicodeescape", s, n, i, n, "\\ at end of string");
                return MP_OBJ_NULL;
            }
            vstr_add_code_point(&vs, c);
            i++;
            continue;
        }
        size_t start = i;
        byte e = d[i + 1];
        i += 2;
        uint32_t ch;
        int digits = 0;
        switch (e) {
            case '\n': continue;
            case '\\': ch = '\\'; break;
            case '\'': ch = '\''; break;
            case '"': ch = '"'; break;
            case 'a': ch = 7; break;
            case 'b': ch = 8; break;
            case 'f': ch = 12; break;
            case 'n': ch = 10; break;
            case 'r': ch = 13; break;
            case 't': ch = 9; break;
            case 'v': ch = 11; break;
            case 'x': digits = 2; break;
            case 'u': digits = 4; break;
            case 'U': digits = 8; break;
            default:
                if (e >= '0' && e <= '7') {
                    ch = e - '0';
                    for (int k = 0; k < 2 && i < n && d[i] >= '0' && d[i] <= '7'; k++) {
                        ch = ch * 8 + (d[i++] - '0');
                    }
                } else {
                    // An unknown escape stays as written.
                    vstr_add_byte(&vs, '\\');
                    vstr_add_code_point(&vs, e);
                    continue;
                }
                break;
        }
        if (digits > 0) {
            ch = 0;
            for (int k = 0; k < digits; k++) {
                int h = i < n ? hex_digit(d[i]) : -1;
                if (h < 0) {
                    static const char *const reasons[] = {
                        "truncated \\xXX escape", "truncated \\uXXXX escape",
                        "truncated \\UXXXXXXXX escape",
                    };
                    vstr_clear(&vs);
                    cy_exc_set_decode_error("unicodeescape", s, n, start, i,
                        reasons[digits == 2 ? 0 : digits == 4 ? 1 : 2]);
                    return MP_OBJ_NULL;
                }
                ch = ch * 16 + (uint32_t)h;
                i++;
            }
            if (ch > 0x10ffff) {
                vstr_clear(&vs);
                cy_exc_set_decode_error("unicodeescape", s, n, start, i, "illegal Unicode character");
                return MP_OBJ_NULL;
            }
        }
        vstr_add_code_point(&vs, ch);
    }
    return str_from_vstr_guarded(&vs);
}

int cy_Pyx_BytesContains(char character, mp_obj_t bytes, int eq) {
    mp_buffer_info_t info;
    if (!mp_get_buffer(bytes, &info, MP_BUFFER_READ)) {
        cy_Pyx_RaiseUnexpectedTypeError("bytes", bytes);
        return -1;
    }
    int found = memchr(info.buf, (unsigned char)character, info.len) != NULL;
    return found == (eq == cy_Py_EQ);
}

mp_obj_t cy_PyByteArray_FromStringAndSize(const char *s, mp_int_t len) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t r;
        if (s != NULL) {
            r = mp_obj_new_bytearray((size_t)len, s);
        } else {
            // CPython's uninitialised bytearray: zeroed here.
            byte *zeros = m_new0(byte, (size_t)len);
            r = mp_obj_new_bytearray((size_t)len, zeros);
            m_del(byte, zeros, (size_t)len);
        }
        nlr_pop();
        return r;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return MP_OBJ_NULL;
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

char *cy_PyBytes_AsString(mp_obj_t obj) {
    mp_buffer_info_t bufinfo;
    if (!mp_obj_is_str(obj) && mp_get_buffer(obj, &bufinfo, MP_BUFFER_READ)) {
        return (char *)bufinfo.buf;
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
        return (char *)bufinfo.buf;
    }
    cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "expected bytes, %.200s found",
        cy_obj_tp_name(obj));
    return NULL;
}

const char *cy_Pyx_PyObject_AsStringEnc(mp_obj_t obj, mp_int_t *length, int encoding) {
    size_t len;
    const char *d = cy_i_str_data_or_null(obj, &len);
    if (d != NULL && encoding != 0) {
        if (encoding == 1) {
            for (size_t i = 0; i < len; i++) {
                if ((unsigned char)d[i] >= 0x80) {
                    // The character position of the first non-ASCII character.
                    size_t pos = (size_t)utf8_charlen((const byte *)d, i);
                    cy_exc_set_encode_error("ascii", obj, pos, pos + 1, "ordinal not in range(128)");
                    return NULL;
                }
            }
        }
    } else if (d == NULL && (mp_obj_is_type(obj, &mp_type_bytes) || mp_obj_is_type(obj, &mp_type_bytearray))) {
        mp_buffer_info_t bufinfo;
        mp_get_buffer(obj, &bufinfo, MP_BUFFER_READ);
        d = (const char *)bufinfo.buf;
        len = bufinfo.len;
    } else {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "expected bytes, %.200s found",
            cy_obj_tp_name(obj));
        return NULL;
    }
    if (length != NULL) {
        *length = (mp_int_t)len;
    }
    return d;
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

// A bytes-like tail-match argument as bytes (MicroPython's bytes methods take only bytes).
static mp_obj_t bytes_arg(mp_obj_t arg) {
    mp_buffer_info_t info;
    if (mp_obj_is_type(arg, &mp_type_bytes) || !mp_get_buffer(arg, &info, MP_BUFFER_READ)) {
        return arg;
    }
    return cy_PyBytes_FromStringAndSize((const char *)info.buf, (mp_int_t)info.len);
}

int cy_Pyx_PyBytes_Tailmatch(mp_obj_t s, mp_obj_t substr, mp_int_t start, mp_int_t end,
    int direction) {
    if (mp_obj_is_type(substr, &mp_type_tuple)) {
        size_t n;
        mp_obj_t *items;
        mp_obj_tuple_get(substr, &n, &items);
        for (size_t i = 0; i < n; i++) {
            int r = cy_Pyx_PyBytes_Tailmatch(s, items[i], start, end, direction);
            if (r != 0) {
                return r;
            }
        }
        return 0;
    }
    mp_obj_t sub = bytes_arg(substr);
    if (sub == MP_OBJ_NULL) {
        return -1;
    }
    return cy_Pyx_PyUnicode_Tailmatch(s, sub, start, end, direction);
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
        // Cython's ord() of a str is its Py_UCS4 conversion (ValueError for another length).
        return (long)cy_Pyx_PyUnicode_AsPy_UCS4(c);
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

// A code point from a one-character str, or an int up to 0x10ffff, as Cython's conversions to
// `ctype` (Py_UCS4, Py_UNICODE) do: their messages name the C type.
static uint32_t code_point_from_str(mp_obj_t s, const char *ctype) {
    if (!mp_obj_is_str(s)) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "bad argument type: %.200s",
            cy_obj_tp_name(s));
        return (uint32_t)-1;
    }
    mp_int_t length;
    uint32_t ch = single_char(s, &length);
    if (length != 1) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_ValueError),
            "only single character unicode strings can be converted to %s, got length %zd",
            ctype, (size_t)length);
        return (uint32_t)-1;
    }
    return ch;
}

static uint32_t code_point_from_obj(mp_obj_t obj, const char *ctype) {
    if (mp_obj_is_str(obj)) {
        return code_point_from_str(obj, ctype);
    }
    long long v = cy_int_as_signed(obj, 64, "long");
    if (v == -1 && cy_err_occurred() != MP_OBJ_NULL) {
        return (uint32_t)-1;
    }
    if (v < 0) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_OverflowError),
            "cannot convert negative value to %s", ctype);
        return (uint32_t)-1;
    }
    if (v > 0x10ffff) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_OverflowError),
            "value too large to convert to %s", ctype);
        return (uint32_t)-1;
    }
    return (uint32_t)v;
}

uint32_t cy_Pyx_PyUnicode_AsPy_UCS4(mp_obj_t s) {
    return code_point_from_str(s, "Py_UCS4");
}

uint32_t cy_Pyx_PyObject_AsPy_UCS4(mp_obj_t obj) {
    return code_point_from_obj(obj, "Py_UCS4");
}

cy_Py_UNICODE cy_Pyx_PyObject_AsPy_UNICODE(mp_obj_t obj) {
    return (cy_Py_UNICODE)code_point_from_obj(obj, "Py_UNICODE");
}

size_t cy_Pyx_Py_UNICODE_strlen(const cy_Py_UNICODE *u) {
    size_t n = 0;
    while (u[n] != 0) {
        n++;
    }
    return n;
}

mp_int_t cy_Pyx_Py_UNICODE_ssize_strlen(const cy_Py_UNICODE *u) {
    size_t n = cy_Pyx_Py_UNICODE_strlen(u);
    if (n > (size_t)MP_INT_MAX) {
        cy_err_set_msg(&mp_type_OverflowError, "Py_UNICODE string is too long");
        return -1;
    }
    return (mp_int_t)n;
}

mp_obj_t cy_PyUnicode_FromUnicode(const cy_Py_UNICODE *u, mp_int_t len) {
    for (mp_int_t i = 0; i < len; i++) {
        if (u[i] > 0x10ffff) {
            cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_ValueError),
                "character U+%x is not in range [U+0000; U+10ffff]", (unsigned)u[i]);
            return MP_OBJ_NULL;
        }
    }
    vstr_t vs;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) != 0) {
        cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
        return MP_OBJ_NULL;
    }
    // Room for the longest result up front (4 UTF-8 bytes per unit).
    vstr_init(&vs, 4 * (size_t)len + 1);
    nlr_pop();
    for (mp_int_t i = 0; i < len; i++) {
        vstr_add_code_point(&vs, u[i]);
    }
    return str_from_vstr_guarded(&vs);
}

cy_Py_UNICODE *cy_PyUnicode_AsUnicode(mp_obj_t obj) {
    size_t len;
    const char *d = cy_i_str_data_or_null(obj, &len);
    if (d == NULL) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError), "bad argument type: %.200s",
            cy_obj_tp_name(obj));
        return NULL;
    }
    size_t n = utf8_charlen((const byte *)d, len);
    cy_Py_UNICODE *out;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) != 0) {
        cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
        return NULL;
    }
    out = m_new(cy_Py_UNICODE, n + 1);
    nlr_pop();
    const byte *p = (const byte *)d;
    for (size_t i = 0; i < n; i++) {
        out[i] = utf8_get_char(p);
        p = utf8_next_char(p);
    }
    out[n] = 0;
    return out;
}

mp_obj_t cy_PyUnicode_FromObject(mp_obj_t o) {
    size_t len;
    const char *d = cy_i_str_data_or_null(o, &len);
    if (d == NULL) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError),
            "Can't convert '%.100s' object to str implicitly", cy_obj_tp_name(o));
        return MP_OBJ_NULL;
    }
    if (mp_obj_is_qstr(o)) {
        return o;
    }
    CY_TRY_RETURN_OBJ(MP_OBJ_NEW_QSTR(qstr_from_strn(d, len)));
}

mp_obj_t cy_Pyx_Intern(mp_obj_t s) {
    if (!mp_obj_is_str(s)) {
        cy_Pyx_RaiseUnexpectedTypeError("str", s);
        return MP_OBJ_NULL;
    }
    return s;
}

mp_obj_t cy_Pyx_PyUnicode_Type_Multiply(mp_obj_t seq, mp_int_t mul) {
    if (!mp_obj_is_str(seq)) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError),
            "descriptor '__mul__' requires a 'str' object but received a '%.200s'",
            cy_obj_tp_name(seq));
        return MP_OBJ_NULL;
    }
    return cy_PySequence_Repeat(seq, mul);
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

int cy_Pyx_PyByteArray_AppendObject(mp_obj_t ba, mp_obj_t value) {
    mp_int_t v = cy_Pyx_PyIndex_AsSsize_t(value);
    if (v == -1 && cy_err_occurred() != MP_OBJ_NULL) {
        return -1;
    }
    if (v < 0 || v > 255) {
        cy_err_set_msg(&mp_type_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    return cy_Pyx_PyByteArray_Append(ba, (int)v);
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
