// cy2upy_number.c: numbers: int and float objects, C integer conversions with CPython's
// overflow errors, and complex numbers.
//
// Part of the C half of cython2upy's runtime (what each file holds: cy2upy_internal.h).

#include "cy2upy_internal.h"

// ===========================================================================================
// Numbers
// ===========================================================================================

mp_obj_t cy_int_from_ll_big(long long value) {
    if (value >= MP_SMALL_INT_MIN && value <= MP_SMALL_INT_MAX) {
        return MP_OBJ_NEW_SMALL_INT((mp_int_t)value);
    }
    CY_TRY_RETURN_OBJ(mp_obj_new_int_from_ll(value));
}

mp_obj_t cy_int_from_ull_big(unsigned long long value) {
    if (value <= (unsigned long long)MP_SMALL_INT_MAX) {
        return MP_OBJ_NEW_SMALL_INT((mp_int_t)value);
    }
    CY_TRY_RETURN_OBJ(mp_obj_new_int_from_ull(value));
}

static void overflow_error(int negative, const char *type_name) {
    uint8_t buf[260];
    size_t n = cy_rs_fmt_overflow(buf, sizeof(buf), negative, type_name);
    cy_i_set_buf_msg(&mp_type_OverflowError, buf, n);
}

// obj as an int object (itself when it is one), per Cython's __Pyx_PyNumber_Long.
static mp_obj_t as_int_object(mp_obj_t obj) {
    if (mp_obj_is_int(obj) || mp_obj_is_bool(obj)) {
        return obj;
    }
    return cy_Pyx_PyNumber_Long(obj);
}

// An int (small, big, or bool), or what __Pyx_PyNumber_Long makes an int of, as 64 bits. 0 ok,
// 1 too large for 64 bits, -1 error.
static int int_obj_to_64(mp_obj_t obj, int is_signed, uint64_t *out, int *negative) {
    obj = as_int_object(obj);
    if (obj == MP_OBJ_NULL) {
        return -1;
    }
    if (mp_obj_is_small_int(obj)) {
        mp_int_t v = MP_OBJ_SMALL_INT_VALUE(obj);
        *negative = v < 0;
        *out = (uint64_t)(int64_t)v;
        return 0;
    }
    if (mp_obj_is_bool(obj)) {
        *negative = 0;
        *out = obj == mp_const_true;
        return 0;
    }
    #if MICROPY_LONGINT_IMPL != MICROPY_LONGINT_IMPL_NONE
    *negative = mp_obj_int_sign(obj) < 0;
    if (*negative && !is_signed) {
        return 0;
    }
    byte buf[8];
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_int_to_bytes(obj, sizeof(buf), buf, false, is_signed, true);
        nlr_pop();
    } else {
        mp_obj_t exc = MP_OBJ_FROM_PTR(nlr.ret_val);
        if (mp_obj_exception_match(exc, MP_OBJ_FROM_PTR(&mp_type_OverflowError))) {
            return 1;
        }
        cy_err_set(exc);
        return -1;
    }
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--) {
        v = (v << 8) | buf[i];
    }
    if (is_signed && *negative != ((int64_t)v < 0)) {
        // int.to_bytes lets -2**64 through as 0 (its check compares magnitudes).
        return 1;
    }
    *out = v;
    return 0;
    #else
    (void)is_signed;
    cy_err_set_msg(&mp_type_TypeError, "an integer is required");
    return -1;
    #endif
}

// Cython's conversions on the Limited-API path go through CPython's PyLong_AsLong (or
// PyLong_AsLongLong when the C type is wider than long) and then narrow to the C type. So a
// value beyond C long gets CPython's message, one that fits long but not the C type Cython's.
#define CY_LONG_BITS ((unsigned)(sizeof(long) * CHAR_BIT))

static void cpython_overflow(int is_signed, unsigned via_bits) {
    if (via_bits > CY_LONG_BITS) {
        cy_err_set_msg(&mp_type_OverflowError, "int too big to convert");
    } else if (is_signed) {
        cy_err_set_msg(&mp_type_OverflowError, "Python int too large to convert to C long");
    } else {
        cy_err_set_msg(&mp_type_OverflowError, "Python int too large to convert to C unsigned long");
    }
}

long long cy_int_as_signed(mp_obj_t obj, unsigned bits, const char *type_name) {
    uint64_t u;
    int negative;
    int r = int_obj_to_64(obj, 1, &u, &negative);
    if (r < 0) {
        return -1;
    }
    unsigned via_bits = bits <= CY_LONG_BITS ? CY_LONG_BITS : 64;
    if (r > 0 || cy_rs_check_narrow_i64((int64_t)u, via_bits, 1) != 0) {
        cpython_overflow(1, via_bits);
        return -1;
    }
    if (bits < via_bits && cy_rs_check_narrow_i64((int64_t)u, bits, 1) != 0) {
        overflow_error(0, type_name);
        return -1;
    }
    return (long long)(int64_t)u;
}

unsigned long long cy_int_as_unsigned(mp_obj_t obj, unsigned bits, const char *type_name) {
    uint64_t u;
    int negative;
    int r = int_obj_to_64(obj, 0, &u, &negative);
    if (r < 0) {
        return (unsigned long long)-1;
    }
    if (negative) {
        overflow_error(1, type_name);
        return (unsigned long long)-1;
    }
    unsigned via_bits = bits <= CY_LONG_BITS ? CY_LONG_BITS : 64;
    if (r > 0 || cy_rs_check_narrow_u64(u, via_bits, 0) != 0) {
        cpython_overflow(0, via_bits);
        return (unsigned long long)-1;
    }
    if (bits < via_bits && cy_rs_check_narrow_u64(u, bits, 0) != 0) {
        overflow_error(0, type_name);
        return (unsigned long long)-1;
    }
    return u;
}

#if defined(__SIZEOF_INT128__)
// An int as 128 bits (two's complement when is_signed): 0, or -1 with a pending error
// (OverflowError naming type_name when it does not fit, as Cython's conversion).
static int int_to_128(mp_obj_t obj, int is_signed, const char *type_name, unsigned __int128 *out) {
    obj = as_int_object(obj);
    if (obj == MP_OBJ_NULL) {
        return -1;
    }
    int negative = cy_binop_bool(MP_BINARY_OP_LESS, obj, MP_OBJ_NEW_SMALL_INT(0));
    if (negative < 0) {
        return -1;
    }
    if (negative && !is_signed) {
        overflow_error(1, type_name);
        return -1;
    }
    // The range first: signed -2**127 <= obj < 2**127, unsigned obj < 2**128.
    mp_obj_t limit = cy_binop(MP_BINARY_OP_LSHIFT, MP_OBJ_NEW_SMALL_INT(1),
        MP_OBJ_NEW_SMALL_INT(is_signed ? 127 : 128));
    if (limit == MP_OBJ_NULL) {
        return -1;
    }
    int too_big = cy_binop_bool(MP_BINARY_OP_MORE_EQUAL, obj, limit);
    if (too_big == 0 && negative) {
        mp_obj_t low = cy_unop(MP_UNARY_OP_NEGATIVE, limit);
        too_big = low == MP_OBJ_NULL ? -1 : cy_binop_bool(MP_BINARY_OP_LESS, obj, low);
    }
    if (too_big != 0) {
        if (too_big > 0) {
            overflow_error(0, type_name);
        }
        return -1;
    }
    mp_obj_t mask = cy_int_from_ull(UINT64_MAX);
    mp_obj_t lo = mask == MP_OBJ_NULL ? MP_OBJ_NULL : cy_binop(MP_BINARY_OP_AND, obj, mask);
    mp_obj_t hi = lo == MP_OBJ_NULL ? MP_OBJ_NULL
        : cy_binop(MP_BINARY_OP_RSHIFT, obj, MP_OBJ_NEW_SMALL_INT(64));
    if (hi == MP_OBJ_NULL) {
        return -1;
    }
    unsigned long long lo_v = cy_int_as_unsigned(lo, 64, type_name);
    uint64_t hi_bits;
    if (is_signed) {
        long long hi_v = cy_int_as_signed(hi, 64, type_name);
        hi_bits = (uint64_t)hi_v;
    } else {
        hi_bits = cy_int_as_unsigned(hi, 64, type_name);
    }
    if (cy_err_occurred() != MP_OBJ_NULL) {
        return -1;
    }
    *out = ((unsigned __int128)hi_bits << 64) | (unsigned __int128)lo_v;
    return 0;
}

__int128 cy_int_as_i128(mp_obj_t obj, const char *type_name) {
    unsigned __int128 v;
    return int_to_128(obj, 1, type_name, &v) < 0 ? (__int128)-1 : (__int128)v;
}

unsigned __int128 cy_int_as_u128(mp_obj_t obj, const char *type_name) {
    unsigned __int128 v;
    return int_to_128(obj, 0, type_name, &v) < 0 ? (unsigned __int128)-1 : v;
}

mp_obj_t cy_int_from_u128(unsigned __int128 v) {
    uint64_t hi = (uint64_t)(v >> 64);
    if (hi == 0) {
        return cy_int_from_ull((uint64_t)v);
    }
    mp_obj_t h = cy_int_from_ull(hi);
    mp_obj_t shifted = h == MP_OBJ_NULL ? MP_OBJ_NULL
        : cy_binop(MP_BINARY_OP_LSHIFT, h, MP_OBJ_NEW_SMALL_INT(64));
    mp_obj_t l = shifted == MP_OBJ_NULL ? MP_OBJ_NULL : cy_int_from_ull((uint64_t)v);
    return l == MP_OBJ_NULL ? MP_OBJ_NULL : cy_binop(MP_BINARY_OP_OR, shifted, l);
}

mp_obj_t cy_int_from_i128(__int128 v) {
    if (v >= 0) {
        return cy_int_from_u128((unsigned __int128)v);
    }
    mp_obj_t magnitude = cy_int_from_u128(-(unsigned __int128)v);
    return magnitude == MP_OBJ_NULL ? MP_OBJ_NULL : cy_unop(MP_UNARY_OP_NEGATIVE, magnitude);
}
#endif

mp_obj_t cy_PyLong_FromDouble(double v) {
    CY_TRY_RETURN_OBJ(mp_obj_new_int_from_float((mp_float_t)v));
}

mp_obj_t cy_PyLong_FromString(const char *str, char **pend, int base) {
    size_t len = strlen(str);
    const char *s = str;
    if (pend) {
        *pend = (char *)str + len;
    }
    // MicroPython's parser takes the digits only: the sign is an argument.
    bool negative = false;
    if (len > 0 && (*s == '-' || *s == '+')) {
        negative = *s == '-';
        s++;
        len--;
    }
    CY_TRY_RETURN_OBJ(mp_obj_new_int_from_str_len(&s, len, negative, (unsigned)base));
}

long cy_PyLong_AsLong(mp_obj_t obj) {
    return CY_AS_S(obj, long, "long");
}

long long cy_PyLong_AsLongLong(mp_obj_t obj) {
    return CY_AS_S(obj, long long, "long long");
}

unsigned long cy_PyLong_AsUnsignedLong(mp_obj_t obj) {
    return CY_AS_U(obj, unsigned long, "unsigned long");
}

unsigned long long cy_PyLong_AsUnsignedLongLong(mp_obj_t obj) {
    return CY_AS_U(obj, unsigned long long, "unsigned long long");
}

mp_int_t cy_PyLong_AsSsize_t(mp_obj_t obj) {
    if (mp_obj_is_small_int(obj)) {
        return MP_OBJ_SMALL_INT_VALUE(obj);
    }
    uint64_t u;
    int negative;
    int r = int_obj_to_64(obj, 1, &u, &negative);
    if (r < 0) {
        return -1;
    }
    if (r > 0 || cy_rs_check_narrow_i64((int64_t)u, (uint32_t)(sizeof(mp_int_t) * CHAR_BIT), 1) != 0) {
        cy_err_set_msg(&mp_type_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (mp_int_t)(int64_t)u;
}

size_t cy_PyLong_AsSize_t(mp_obj_t obj) {
    return CY_AS_U(obj, size_t, "size_t");
}

double cy_PyLong_AsDouble(mp_obj_t obj) {
    return cy_PyFloat_AsDouble(obj);
}

mp_int_t cy_Pyx_PyIndex_AsSsize_t(mp_obj_t obj) {
    if (mp_obj_is_small_int(obj)) {
        return MP_OBJ_SMALL_INT_VALUE(obj);
    }
    if (!mp_obj_is_int(obj) && !mp_obj_is_bool(obj)) {
        obj = cy_PyNumber_Index(obj);
        if (obj == MP_OBJ_NULL) {
            return -1;
        }
    }
    return cy_PyLong_AsSsize_t(obj);
}

// CPython's PyNumber_Index: an int as it is, else what the object's __index__ returns (a
// Python class's method or an extension type's nb_index slot), which must be an int.
mp_obj_t cy_PyNumber_Index(mp_obj_t obj) {
    if (mp_obj_is_int(obj)) {
        return obj;
    }
    if (mp_obj_is_bool(obj)) {
        return MP_OBJ_NEW_SMALL_INT(obj == mp_const_true);
    }
    mp_obj_t dest[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
    #if MICROPY_PY_BUILTINS_FLOAT
    if (!mp_obj_is_float(obj))
    #endif
    {
        nlr_buf_t nlr;
        if (nlr_push(&nlr) == 0) {
            mp_load_method_maybe(obj, MP_QSTR___index__, dest);
            mp_obj_t r = dest[0] == MP_OBJ_NULL ? MP_OBJ_NULL : mp_call_method_n_kw(0, 0, dest);
            nlr_pop();
            if (r != MP_OBJ_NULL) {
                if (mp_obj_is_int(r) || mp_obj_is_bool(r)) {
                    return mp_obj_is_bool(r) ? MP_OBJ_NEW_SMALL_INT(r == mp_const_true) : r;
                }
                return cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError),
                    "__index__ returned non-int (type %.200s)", cy_obj_tp_name(r));
            }
        } else {
            cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
            return MP_OBJ_NULL;
        }
    }
    return cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError),
        "'%.200s' object cannot be interpreted as an integer", cy_obj_tp_name(obj));
}

// Does int(obj) convert obj as CPython's nb_int slot would (a number or an object with
// __int__), rather than parse it (str, bytes) or fail?
static bool has_nb_int(mp_obj_t obj) {
    if (mp_obj_is_bool(obj)) {
        return true;
    }
    #if MICROPY_PY_BUILTINS_FLOAT
    if (mp_obj_is_float(obj)) {
        return true;
    }
    #endif
    if (mp_obj_is_str(obj) || mp_obj_is_type(obj, &mp_type_bytes)
        || mp_obj_is_type(obj, &mp_type_bytearray) || obj == mp_const_none) {
        return false;
    }
    mp_obj_t dest[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_load_method_maybe(obj, MP_QSTR___int__, dest);
        nlr_pop();
    } else {
        // A failing __getattr__: let int() report it.
        return true;
    }
    // Or an instance of a class derived from int.
    return dest[0] != MP_OBJ_NULL
           || mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(&mp_type_int));
}

mp_obj_t cy_Pyx_PyNumber_Long(mp_obj_t obj) {
    if (mp_obj_is_int(obj)) {
        return obj;
    }
    // Cython's __Pyx_PyNumber_IntOrLong: only what has nb_int converts.
    if (!has_nb_int(obj)) {
        cy_err_set_msg(&mp_type_TypeError, "an integer is required");
        return MP_OBJ_NULL;
    }
    // What has nb_int is no text: int() calls its __int__ (or reads the int it derives from)
    // without the Unicode digits of cy_PyNumber_Long, which a firmware then need not link.
    CY_TRY_RETURN_OBJ(mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_int), obj));
}

#if MICROPY_PY_BUILTINS_STR_UNICODE
// The zero of each run of ten decimal digits (Unicode category Nd) past ASCII, from Unicode 14.0
// (CPython 3.11's unicodedata: every character with a decimal value is in one of these runs).
static const uint32_t unicode_digit_zeros[] = {
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
};

// The white space of str.isspace() past ASCII.
static const uint16_t unicode_spaces[] = {
    0x85, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
    0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
};

// CPython's int() and float() of a str read every Unicode decimal digit as its ASCII digit and
// every Unicode white space as a space (_PyUnicode_TransformDecimalAndSpaceToASCII), then parse
// ASCII; MicroPython's parse ASCII digits only. The str so transformed (any other non-ASCII
// character as '?', which no number parses), or `obj` itself when it is not a str or is ASCII.
static mp_obj_t ascii_number_text(mp_obj_t obj) {
    if (!mp_obj_is_str(obj)) {
        return obj;
    }
    GET_STR_DATA_LEN(obj, data, len);
    size_t i = 0;
    while (i < len && data[i] < 0x80) {
        i++;
    }
    if (i == len) {
        return obj;
    }
    vstr_t vstr;
    vstr_init(&vstr, len);
    vstr_add_strn(&vstr, (const char *)data, i);
    for (const byte *p = data + i, *end = data + len; p < end; p = utf8_next_char(p)) {
        unichar c = utf8_get_char(p);
        char a = c < 0x80 ? (char)c : '?';
        for (size_t k = 0; a == '?' && k < MP_ARRAY_SIZE(unicode_digit_zeros); k++) {
            if (c >= unicode_digit_zeros[k] && c < unicode_digit_zeros[k] + 10) {
                a = (char)('0' + (c - unicode_digit_zeros[k]));
            }
        }
        for (size_t k = 0; a == '?' && k < MP_ARRAY_SIZE(unicode_spaces); k++) {
            if (c == unicode_spaces[k]) {
                a = ' ';
            }
        }
        vstr_add_byte(&vstr, (byte)a);
    }
    return mp_obj_new_str_from_vstr(&vstr);
}
#else
static mp_obj_t ascii_number_text(mp_obj_t obj) {
    return obj;
}
#endif

mp_obj_t cy_PyNumber_Long(mp_obj_t obj) {
    if (mp_obj_is_int(obj)) {
        return obj;
    }
    CY_TRY_RETURN_OBJ(mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_int), ascii_number_text(obj)));
}

mp_obj_t cy_PyNumber_Float(mp_obj_t obj) {
    #if MICROPY_PY_BUILTINS_FLOAT
    if (mp_obj_is_float(obj)) {
        return obj;
    }
    CY_TRY_RETURN_OBJ(mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_float), ascii_number_text(obj)));
    #else
    (void)obj;
    cy_err_set_msg(&mp_type_TypeError, "float is not supported");
    return MP_OBJ_NULL;
    #endif
}

// Replace *number_var by convert(*number_var), None kept when accept_none: Cython's
// __Pyx_PyInt_FromNumber / __Pyx_PyFloat_FromNumber for `int`/`float`-typed arguments.
static int number_from(mp_obj_t *number_var, int accept_none, mp_obj_t (*convert)(mp_obj_t)) {
    if (accept_none && *number_var == mp_const_none) {
        return 0;
    }
    mp_obj_t r = convert(*number_var);
    if (r == MP_OBJ_NULL) {
        return -1;
    }
    *number_var = r;
    return 0;
}

int cy_Pyx_PyInt_FromNumber(mp_obj_t *number_var, const char *argname, int accept_none) {
    (void)argname;
    return number_from(number_var, accept_none, cy_PyNumber_Long);
}

int cy_Pyx_PyFloat_FromNumber(mp_obj_t *number_var, const char *argname, int accept_none) {
    (void)argname;
    return number_from(number_var, accept_none, cy_PyNumber_Float);
}

mp_obj_t cy_PyFloat_FromDouble(double value) {
    #if MICROPY_PY_BUILTINS_FLOAT
    CY_TRY_RETURN_OBJ(mp_obj_new_float((mp_float_t)value));
    #else
    (void)value;
    cy_err_set_msg(&mp_type_TypeError, "float is not supported");
    return MP_OBJ_NULL;
    #endif
}

double cy_PyFloat_AsDouble(mp_obj_t obj) {
    #if MICROPY_PY_BUILTINS_FLOAT
    if (mp_obj_is_float(obj)) {
        return (double)mp_obj_float_get(obj);
    }
    if (mp_obj_is_small_int(obj)) {
        return (double)MP_OBJ_SMALL_INT_VALUE(obj);
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_float_t v;
        bool ok = mp_obj_get_float_maybe(obj, &v);
        nlr_pop();
        if (ok) {
            return (double)v;
        }
    } else {
        cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
        return -1.0;
    }
    cy_err_set(mp_obj_new_exception_msg_varg(&mp_type_TypeError,
        MP_ERROR_TEXT("must be real number, not %.200s"), cy_obj_tp_name(obj)));
    return -1.0;
    #else
    (void)obj;
    cy_err_set_msg(&mp_type_TypeError, "float is not supported");
    return -1.0;
    #endif
}

mp_obj_t cy_PyComplex_FromDoubles(double real, double imag) {
    #if MICROPY_PY_BUILTINS_COMPLEX
    CY_TRY_RETURN_OBJ(mp_obj_new_complex((mp_float_t)real, (mp_float_t)imag));
    #else
    (void)real;
    (void)imag;
    cy_err_set_msg(&mp_type_TypeError, "complex is not supported");
    return MP_OBJ_NULL;
    #endif
}

#if CY_HAVE_C_COMPLEX
mp_obj_t cy_pyx_Py_FromSoftComplex(cy_double_complex z) {
    if (cimag(z) != 0.0) {
        return cy_PyComplex_FromDoubles(creal(z), cimag(z));
    }
    return cy_PyFloat_FromDouble(creal(z));
}

cy_double_complex cy_Pyx_PyComplex_As___pyx_t_double_complex(mp_obj_t obj) {
    #if MICROPY_PY_BUILTINS_COMPLEX
    mp_float_t re, im;
    if (mp_obj_get_complex_maybe(obj, &re, &im)) {
        return cy_pyx_t_double_complex_from_parts((double)re, (double)im);
    }
    cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError),
        "complex() argument must be a string or a number, not '%.200s'", cy_obj_tp_name(obj));
    #else
    (void)obj;
    cy_err_set_msg(&mp_type_TypeError, "complex is not supported");
    #endif
    return cy_pyx_t_double_complex_from_parts(-1.0, 0.0);
}
#endif

// CPython's `a += b` and `a *= b` try the operands' number methods (a's in-place one, then a's
// and b's binary ones, b's being its reflected method) before a sequence's in-place
// concatenation or repetition; a list and a bytearray have only the latter. MicroPython's list
// extends at once. So for a list or bytearray on the left, b's reflected method (__radd__,
// __rmul__), when its class has one, runs first; MP_OBJ_NULL when there is none or it returns
// NotImplemented (then the sequence operation follows). Raises.
static mp_obj_t sequence_inplace_reflected_raising(mp_binary_op_t op, mp_obj_t a, mp_obj_t b) {
    qstr reflected = op == MP_BINARY_OP_INPLACE_ADD ? MP_QSTR___radd__
                   : op == MP_BINARY_OP_INPLACE_MULTIPLY ? MP_QSTR___rmul__ : MP_QSTRnull;
    if (reflected == MP_QSTRnull
        || !(mp_obj_is_exact_type(a, &mp_type_list) || mp_obj_is_exact_type(a, &mp_type_bytearray))
        || mp_obj_is_small_int(b) || mp_obj_get_type(b) == mp_obj_get_type(a)) {
        return MP_OBJ_NULL;
    }
    mp_obj_t dest[3] = {MP_OBJ_NULL, MP_OBJ_NULL, a};
    mp_load_method_maybe(b, reflected, dest);
    if (dest[0] == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    mp_obj_t r = dest[1] == MP_OBJ_NULL ? mp_call_function_1(dest[0], a) : mp_call_method_n_kw(1, 0, dest);
    return r == mp_const_notimplemented ? MP_OBJ_NULL : r;
}

// The reflected method of each arithmetic operator, in the order of MP_BINARY_OP_OR ..
// MP_BINARY_OP_POWER (and of their in-place forms).
static const uint16_t reflected_names[] = {
    MP_QSTR___ror__, MP_QSTR___rxor__, MP_QSTR___rand__, MP_QSTR___rlshift__, MP_QSTR___rrshift__,
    MP_QSTR___radd__, MP_QSTR___rsub__, MP_QSTR___rmul__, MP_QSTR___rmatmul__,
    MP_QSTR___rfloordiv__, MP_QSTR___rtruediv__, MP_QSTR___rmod__, MP_QSTR___rpow__,
};

// CPython's binary_op1: when the right operand's type is a proper subclass of the left one's and
// has the reflected method, that method runs first (`'%s' % S('x')` calls S.__rmod__,
// `1 + I(2)` calls I.__radd__). MicroPython asks the left operand first, which for a built-in
// type succeeds. So for a built-in left operand (a class defined in Python or a cdef class on the
// left dispatches both ways itself), b's reflected method when b's class derives from a's type
// and has one; MP_OBJ_NULL when not, or when it returns NotImplemented. Raises.
static mp_obj_t subclass_reflected_raising(mp_binary_op_t op, mp_obj_t a, mp_obj_t b) {
    size_t i;
    if (op >= MP_BINARY_OP_OR && op <= MP_BINARY_OP_POWER) {
        i = op - MP_BINARY_OP_OR;
    } else if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
        i = op - MP_BINARY_OP_INPLACE_OR;
    } else {
        return MP_OBJ_NULL;
    }
    if (!mp_obj_is_obj(b)) {
        return MP_OBJ_NULL;
    }
    const mp_obj_type_t *tb = ((const mp_obj_base_t *)MP_OBJ_TO_PTR(b))->type;
    const mp_obj_type_t *ta = mp_obj_get_type(a);
    if (ta == tb || (ta->flags & MP_TYPE_FLAG_INSTANCE_TYPE) || cy_type_is_extension(ta)
        || ta == &mp_type_object || !mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(tb), MP_OBJ_FROM_PTR(ta))) {
        return MP_OBJ_NULL;
    }
    mp_obj_t dest[3] = {MP_OBJ_NULL, MP_OBJ_NULL, a};
    mp_load_method_maybe(b, reflected_names[i], dest);
    if (dest[0] == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    mp_obj_t r = dest[1] == MP_OBJ_NULL ? mp_call_function_1(dest[0], a) : mp_call_method_n_kw(1, 0, dest);
    return r == mp_const_notimplemented ? MP_OBJ_NULL : r;
}

static mp_obj_t binop_raising(mp_binary_op_t op, mp_obj_t a, mp_obj_t b) {
    mp_obj_t r = sequence_inplace_reflected_raising(op, a, b);
    if (r == MP_OBJ_NULL) {
        r = subclass_reflected_raising(op, a, b);
    }
    return r != MP_OBJ_NULL ? r : mp_binary_op(op, a, b);
}

mp_obj_t cy_binop(mp_binary_op_t op, mp_obj_t a, mp_obj_t b) {
    CY_TRY_RETURN_OBJ(binop_raising(op, a, b));
}

int cy_binop_bool(mp_binary_op_t op, mp_obj_t a, mp_obj_t b) {
    CY_TRY_RETURN_INT(mp_obj_is_true(mp_binary_op(op, a, b)), -1);
}

mp_obj_t cy_unop(mp_unary_op_t op, mp_obj_t a) {
    CY_TRY_RETURN_OBJ(mp_unary_op(op, a));
}

mp_obj_t cy_PyNumber_Power(mp_obj_t a, mp_obj_t b, mp_obj_t c) {
    if (c == MP_OBJ_NULL || c == mp_const_none) {
        return cy_binop(MP_BINARY_OP_POWER, a, b);
    }
    mp_obj_t args[3] = {a, b, c};
    CY_TRY_RETURN_OBJ(mp_call_function_n_kw(MP_OBJ_FROM_PTR(&mp_builtin_pow_obj), 3, 0, args));
}

mp_obj_t cy_PyNumber_InPlacePower(mp_obj_t a, mp_obj_t b, mp_obj_t c) {
    if (c == MP_OBJ_NULL || c == mp_const_none) {
        return cy_binop(MP_BINARY_OP_INPLACE_POWER, a, b);
    }
    return cy_PyNumber_Power(a, b, c);
}

double cy_Pyx_mod_double(double a, double b, int b_is_constant) {
    (void)b_is_constant;
    double r = fmod(a, b);
    if (r != 0.0 && ((r < 0.0) != (b < 0.0))) {
        r += b;
    }
    return r;
}
