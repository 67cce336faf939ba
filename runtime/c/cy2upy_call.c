// cy2upy_call.c: calls: positional, keyword and vectorcall calls of objects and
// methods.
//
// Part of the C half of cython2upy's runtime (what each file holds: cy2upy_internal.h).

#include "cy2upy_internal.h"
#include "py/objtype.h"

// ===========================================================================================
// Calls
// ===========================================================================================

// Call func with n positional args and n_kw (name, value) pairs already interleaved after them.
static mp_obj_t call_raising(mp_obj_t func, size_t n, size_t n_kw, const mp_obj_t *args) {
    if (mp_obj_is_type(func, &cy_function_type)) {
        return cy_function_call(func, n, n_kw, args);
    }
    return mp_call_function_n_kw(func, n, n_kw, args);
}

mp_obj_t *cy_i_args_with_kw_map(const mp_obj_t *pos, size_t n_pos, size_t n_kw, mp_map_t *kw_args) {
    mp_obj_t *a = m_new(mp_obj_t, n_pos + 2 * n_kw);
    memcpy(a, pos, n_pos * sizeof(mp_obj_t));
    size_t j = n_pos;
    for (size_t i = 0; kw_args != NULL && i < kw_args->alloc; i++) {
        if (mp_map_slot_is_filled(kw_args, i)) {
            a[j++] = kw_args->table[i].key;
            a[j++] = kw_args->table[i].value;
        }
    }
    return a;
}

// Assemble positionals + keywords into one array; kwnames/kwvals or a kw map. Raises.
static mp_obj_t call_assembled_raising(mp_obj_t func, size_t n, const mp_obj_t *pos, size_t n_kw,
    const mp_obj_t *kwnames, const mp_obj_t *kwvals, mp_map_t *kwmap) {
    mp_obj_t stack[CY_ARGS_ON_STACK];
    size_t total = n + 2 * n_kw;
    mp_obj_t *buf = total <= CY_ARGS_ON_STACK ? stack : m_new(mp_obj_t, total);
    for (size_t i = 0; i < n; i++) {
        buf[i] = pos[i];
    }
    if (kwmap) {
        size_t j = n;
        for (size_t i = 0; i < kwmap->alloc; i++) {
            if (mp_map_slot_is_filled(kwmap, i)) {
                buf[j++] = kwmap->table[i].key;
                buf[j++] = kwmap->table[i].value;
            }
        }
    } else {
        for (size_t i = 0; i < n_kw; i++) {
            buf[n + 2 * i] = kwnames[i];
            buf[n + 2 * i + 1] = kwvals[i];
        }
    }
    return call_raising(func, n, n_kw, buf);
}

// dict(m) of a mapping that is not a dict: CPython takes keys() and m[key] (MicroPython's dict()
// would iterate m as pairs). MP_OBJ_NULL when m is a dict or has no keys(). Raises.
static mp_obj_t dict_of_mapping_raising(mp_obj_t m) {
    if (mp_obj_is_dict_or_ordereddict(m)) {
        return MP_OBJ_NULL;
    }
    mp_obj_t d = mp_obj_new_dict(0);
    return cy_i_dict_merge_mapping(d, m) ? d : MP_OBJ_NULL;
}

static mp_obj_t fastcall_raising(mp_obj_t func, size_t n, mp_obj_t const *args) {
    if (n == 1 && func == MP_OBJ_FROM_PTR(&mp_type_dict)) {
        mp_obj_t d = dict_of_mapping_raising(args[0]);
        if (d != MP_OBJ_NULL) {
            return d;
        }
    }
    return mp_call_function_n_kw(func, n, 0, args);
}

mp_obj_t cy_Pyx_PyObject_FastCall(mp_obj_t func, mp_obj_t const *args, size_t nargsf) {
    size_t n = (size_t)cy_PyVectorcall_NARGS(nargsf);
    if (mp_obj_is_type(func, &cy_function_type)) {
        return cy_function_call(func, n, 0, args);
    }
    CY_TRY_RETURN_OBJ(fastcall_raising(func, n, args));
}

mp_obj_t cy_Pyx_PyObject_FastCallDict(mp_obj_t func, mp_obj_t const *args, size_t nargsf,
    mp_obj_t kwargs) {
    size_t n = (size_t)cy_PyVectorcall_NARGS(nargsf);
    if (kwargs == MP_OBJ_NULL || cy_PyDict_Size(kwargs) == 0) {
        return cy_Pyx_PyObject_FastCall(func, args, n);
    }
    mp_map_t *map = mp_obj_dict_get_map(kwargs);
    CY_TRY_RETURN_OBJ(call_assembled_raising(func, n, args, map->used, NULL, NULL, map));
}

int cy_Pyx_CheckVectorcallKwarg(mp_obj_t kwnames, mp_int_t i) {
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(kwnames, &n, &items);
    if ((size_t)i < n && !mp_obj_is_str(items[i])) {
        cy_err_set_msg(&mp_type_TypeError, "keywords must be strings");
        return -1;
    }
    return 0;
}

mp_obj_t cy_Pyx_Object_VectorcallKwds(mp_obj_t func, mp_obj_t const *args, size_t nargsf,
    mp_obj_t kwnames) {
    size_t n = (size_t)cy_PyVectorcall_NARGS(nargsf);
    if (kwnames == MP_OBJ_NULL) {
        return cy_Pyx_PyObject_FastCall(func, args, n);
    }
    size_t n_kw;
    mp_obj_t *names;
    mp_obj_tuple_get(kwnames, &n_kw, &names);
    CY_TRY_RETURN_OBJ(call_assembled_raising(func, n, args, n_kw, names, args + n, NULL));
}

// ===========================================================================================
// Special methods of built-in objects
// ===========================================================================================

// MicroPython's built-in types have their operators in slots, not as attributes: `f.__add__(2)`,
// `list.__contains__(self, x)` and `super().__len__()` in a subclass of list find nothing. When
// translated code looks such a name up and MicroPython finds none, the runtime gives a method
// that applies the operator to the built-in object (for an instance of a class deriving from a
// built-in type, its built-in sub-object).

enum {
    SP_UNARY, SP_BINARY, SP_RBINARY, SP_IN, SP_LEN, SP_GETITEM, SP_SETITEM, SP_DELITEM,
    SP_ITER, SP_REPR, SP_STR,
};

typedef struct {
    uint16_t name;
    uint8_t kind;
    uint8_t op;
    uint8_t n_args; // besides self
} special_def_t;

static const special_def_t special_defs[] = {
    {MP_QSTR___len__, SP_LEN, 0, 0},
    {MP_QSTR___contains__, SP_IN, 0, 1},
    {MP_QSTR___getitem__, SP_GETITEM, 0, 1},
    {MP_QSTR___setitem__, SP_SETITEM, 0, 2},
    {MP_QSTR___delitem__, SP_DELITEM, 0, 1},
    {MP_QSTR___iter__, SP_ITER, 0, 0},
    {MP_QSTR___repr__, SP_REPR, 0, 0},
    {MP_QSTR___str__, SP_STR, 0, 0},
    {MP_QSTR___hash__, SP_UNARY, MP_UNARY_OP_HASH, 0},
    {MP_QSTR___bool__, SP_UNARY, MP_UNARY_OP_BOOL, 0},
    {MP_QSTR___neg__, SP_UNARY, MP_UNARY_OP_NEGATIVE, 0},
    {MP_QSTR___pos__, SP_UNARY, MP_UNARY_OP_POSITIVE, 0},
    {MP_QSTR___abs__, SP_UNARY, MP_UNARY_OP_ABS, 0},
    {MP_QSTR___invert__, SP_UNARY, MP_UNARY_OP_INVERT, 0},
    {MP_QSTR___eq__, SP_BINARY, MP_BINARY_OP_EQUAL, 1},
    {MP_QSTR___ne__, SP_BINARY, MP_BINARY_OP_NOT_EQUAL, 1},
    {MP_QSTR___lt__, SP_BINARY, MP_BINARY_OP_LESS, 1},
    {MP_QSTR___le__, SP_BINARY, MP_BINARY_OP_LESS_EQUAL, 1},
    {MP_QSTR___gt__, SP_BINARY, MP_BINARY_OP_MORE, 1},
    {MP_QSTR___ge__, SP_BINARY, MP_BINARY_OP_MORE_EQUAL, 1},
    {MP_QSTR___add__, SP_BINARY, MP_BINARY_OP_ADD, 1},
    {MP_QSTR___sub__, SP_BINARY, MP_BINARY_OP_SUBTRACT, 1},
    {MP_QSTR___mul__, SP_BINARY, MP_BINARY_OP_MULTIPLY, 1},
    {MP_QSTR___truediv__, SP_BINARY, MP_BINARY_OP_TRUE_DIVIDE, 1},
    {MP_QSTR___floordiv__, SP_BINARY, MP_BINARY_OP_FLOOR_DIVIDE, 1},
    {MP_QSTR___mod__, SP_BINARY, MP_BINARY_OP_MODULO, 1},
    {MP_QSTR___pow__, SP_BINARY, MP_BINARY_OP_POWER, 1},
    {MP_QSTR___and__, SP_BINARY, MP_BINARY_OP_AND, 1},
    {MP_QSTR___or__, SP_BINARY, MP_BINARY_OP_OR, 1},
    {MP_QSTR___xor__, SP_BINARY, MP_BINARY_OP_XOR, 1},
    {MP_QSTR___lshift__, SP_BINARY, MP_BINARY_OP_LSHIFT, 1},
    {MP_QSTR___rshift__, SP_BINARY, MP_BINARY_OP_RSHIFT, 1},
    {MP_QSTR___radd__, SP_RBINARY, MP_BINARY_OP_ADD, 1},
    {MP_QSTR___rsub__, SP_RBINARY, MP_BINARY_OP_SUBTRACT, 1},
    {MP_QSTR___rmul__, SP_RBINARY, MP_BINARY_OP_MULTIPLY, 1},
    {MP_QSTR___rtruediv__, SP_RBINARY, MP_BINARY_OP_TRUE_DIVIDE, 1},
    {MP_QSTR___rfloordiv__, SP_RBINARY, MP_BINARY_OP_FLOOR_DIVIDE, 1},
    {MP_QSTR___rmod__, SP_RBINARY, MP_BINARY_OP_MODULO, 1},
    {MP_QSTR___rpow__, SP_RBINARY, MP_BINARY_OP_POWER, 1},
};

// A special method: bound when `type` is NULL (the object is the bound method's self), else
// taken from the built-in type `type` (its first argument is the object).
typedef struct _cy_special_t {
    mp_obj_base_t base;
    const special_def_t *def;
    const mp_obj_type_t *type;
} cy_special_t;

static mp_obj_t special_call(mp_obj_t fun, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const cy_special_t *sp = MP_OBJ_TO_PTR(fun);
    const special_def_t *d = sp->def;
    mp_arg_check_num(n_args, n_kw, 1 + d->n_args, 1 + d->n_args, false);
    mp_obj_t self = args[0];
    const mp_obj_type_t *native = sp->type != NULL ? sp->type : cy_i_python_class_native_base(mp_obj_get_type(self));
    if (native != NULL) {
        if (sp->type != NULL
            && !mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(self)), MP_OBJ_FROM_PTR(native))) {
            mp_raise_msg_varg(&mp_type_TypeError,
                MP_ERROR_TEXT("descriptor '%q' for '%q' objects doesn't apply to a '%s' object"),
                (qstr)d->name, (qstr)native->name, mp_obj_get_type_str(self));
        }
        cy_i_native_ready(self);
        self = cy_native_of(self, native);
    }
    switch (d->kind) {
        case SP_UNARY:
            return mp_unary_op(d->op, self);
        case SP_BINARY:
            return mp_binary_op(d->op, self, args[1]);
        case SP_RBINARY:
            return mp_binary_op(d->op, args[1], self);
        case SP_IN:
            return mp_binary_op(MP_BINARY_OP_IN, args[1], self);
        case SP_LEN:
            return mp_obj_len(self);
        case SP_GETITEM:
            return mp_obj_subscr(self, args[1], MP_OBJ_SENTINEL);
        case SP_SETITEM:
            mp_obj_subscr(self, args[1], args[2]);
            return mp_const_none;
        case SP_DELITEM:
            mp_obj_subscr(self, args[1], MP_OBJ_NULL);
            return mp_const_none;
        case SP_ITER:
            return mp_getiter(self, NULL);
        default: {
            vstr_t vstr;
            mp_print_t print;
            vstr_init_print(&vstr, 16, &print);
            mp_obj_print_helper(&print, self, d->kind == SP_REPR ? PRINT_REPR : PRINT_STR);
            return mp_obj_new_str_from_vstr(&vstr);
        }
    }
}

static MP_DEFINE_CONST_OBJ_TYPE(
    cy_special_type,
    MP_QSTR_method_wrapper,
    MP_TYPE_FLAG_NONE,
    call, special_call
    );

// Methods that MicroPython's int, float and str lack, for translated code that calls them
// (`c.bit_length()`, `f.is_integer()`, `s.expandtabs(4)`): found when MicroPython finds no such
// attribute, bound to the built-in object as the special methods above.

static mp_obj_t int_bit_length(mp_obj_t self) {
    if (mp_obj_is_small_int(self)) {
        mp_int_t v = MP_OBJ_SMALL_INT_VALUE(self);
        mp_uint_t u = v < 0 ? (mp_uint_t)0 - (mp_uint_t)v : (mp_uint_t)v;
        mp_int_t n = 0;
        while (u != 0) {
            u >>= 1;
            n++;
        }
        return MP_OBJ_NEW_SMALL_INT(n);
    }
    mp_obj_t u = mp_unary_op(MP_UNARY_OP_ABS, self);
    mp_int_t n = 0;
    while (mp_obj_is_true(u)) {
        u = mp_binary_op(MP_BINARY_OP_RSHIFT, u, MP_OBJ_NEW_SMALL_INT(1));
        n++;
    }
    return MP_OBJ_NEW_SMALL_INT(n);
}
static MP_DEFINE_CONST_FUN_OBJ_1(int_bit_length_obj, int_bit_length);

#if MICROPY_PY_BUILTINS_FLOAT
static mp_obj_t float_is_integer(mp_obj_t self) {
    mp_float_t f = mp_obj_get_float(self);
    return mp_obj_new_bool(isfinite(f) && MICROPY_FLOAT_C_FUN(floor)(f) == f);
}
static MP_DEFINE_CONST_FUN_OBJ_1(float_is_integer_obj, float_is_integer);
#endif

// str.expandtabs(tabsize=8): columns count characters (UTF-8 lead bytes).
static mp_obj_t str_expandtabs(size_t n_args, const mp_obj_t *args) {
    size_t len;
    const char *s = mp_obj_str_get_data(args[0], &len);
    mp_int_t tab = n_args > 1 ? mp_obj_get_int(args[1]) : 8;
    vstr_t vstr;
    vstr_init(&vstr, len);
    mp_int_t col = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '\t') {
            mp_int_t pad = tab > 0 ? tab - col % tab : 0;
            for (mp_int_t k = 0; k < pad; k++) {
                vstr_add_byte(&vstr, ' ');
            }
            col += pad;
        } else {
            vstr_add_byte(&vstr, (byte)c);
            if (c == '\n' || c == '\r') {
                col = 0;
            } else if (((byte)c & 0xC0) != 0x80) {
                col++;
            }
        }
    }
    return mp_obj_new_str_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(str_expandtabs_obj, 1, 2, str_expandtabs);

// str.swapcase() (ASCII letters, as MicroPython's upper() and lower()).
static mp_obj_t str_swapcase(mp_obj_t self) {
    size_t len;
    const char *s = mp_obj_str_get_data(self, &len);
    vstr_t vstr;
    vstr_init(&vstr, len);
    for (size_t i = 0; i < len; i++) {
        unichar c = (byte)s[i];
        vstr_add_byte(&vstr, (byte)(unichar_isupper(c) ? unichar_tolower(c)
                                    : unichar_islower(c) ? unichar_toupper(c) : c));
    }
    return mp_obj_new_str_from_vstr(&vstr);
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_swapcase_obj, str_swapcase);

// str.istitle() (ASCII letters): upper-case letters only start words, lower-case ones only
// follow a cased letter, and there is at least one cased letter.
static mp_obj_t str_istitle(mp_obj_t self) {
    size_t len;
    const char *s = mp_obj_str_get_data(self, &len);
    bool cased = false, prev_cased = false;
    for (size_t i = 0; i < len; i++) {
        unichar c = (byte)s[i];
        if (unichar_isupper(c)) {
            if (prev_cased) {
                return mp_const_false;
            }
            prev_cased = cased = true;
        } else if (unichar_islower(c)) {
            if (!prev_cased) {
                return mp_const_false;
            }
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return mp_obj_new_bool(cased);
}
static MP_DEFINE_CONST_FUN_OBJ_1(str_istitle_obj, str_istitle);

typedef struct {
    const mp_obj_type_t *type;
    uint16_t name;
    const mp_obj_base_t *fun;
} extra_method_t;

static const extra_method_t extra_methods[] = {
    {&mp_type_int, MP_QSTR_bit_length, &int_bit_length_obj.base},
    #if MICROPY_PY_BUILTINS_FLOAT
    {&mp_type_float, MP_QSTR_is_integer, &float_is_integer_obj.base},
    #endif
    {&mp_type_str, MP_QSTR_expandtabs, &str_expandtabs_obj.base},
    {&mp_type_str, MP_QSTR_swapcase, &str_swapcase_obj.base},
    {&mp_type_str, MP_QSTR_istitle, &str_istitle_obj.base},
};

static mp_obj_t extra_method(const mp_obj_type_t *type, qstr attr) {
    for (size_t i = 0; i < MP_ARRAY_SIZE(extra_methods); i++) {
        if (extra_methods[i].type == type && extra_methods[i].name == attr) {
            return MP_OBJ_FROM_PTR(extra_methods[i].fun);
        }
    }
    return MP_OBJ_NULL;
}

// `X.__new__` where MicroPython has none: in CPython every object finds one in its type's MRO
// (object.__new__ at the end; a built-in type's own). Bound to X's type (X itself when X is a
// type), it takes (cls, *args, **kwargs) with CPython's checks: cls must be a type deriving from
// the owner; a Python class gets object.__new__ (MicroPython's), a built-in type is called.
static mp_obj_t missing_new(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    const mp_obj_type_t *owner = MP_OBJ_TO_PTR(args[0]);
    if (n_args < 2) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%q.__new__(): not enough arguments"),
            (qstr)owner->name);
    }
    mp_obj_t cls = args[1];
    if (!mp_obj_is_type(cls, &mp_type_type)) {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("%q.__new__(X): X is not a type object (%s)"), (qstr)owner->name,
            mp_obj_get_type_str(cls));
    }
    const mp_obj_type_t *type = MP_OBJ_TO_PTR(cls);
    if (!mp_obj_is_subclass_fast(cls, MP_OBJ_FROM_PTR(owner))) {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("%q.__new__(%q): %q is not a subtype of %q"), (qstr)owner->name,
            (qstr)type->name, (qstr)type->name, (qstr)owner->name);
    }
    size_t n_kw = kw_args != NULL ? kw_args->used : 0;
    if (!(type->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        // A built-in type: MicroPython creates its objects only by calling it.
        mp_obj_t *a = cy_i_args_with_kw_map(args + 2, n_args - 2, n_kw, kw_args);
        return mp_call_function_n_kw(cls, n_args - 2, n_kw, a);
    }
    bool object_owner = owner == &mp_type_object || (owner->flags & MP_TYPE_FLAG_INSTANCE_TYPE);
    const mp_obj_type_t *native = cy_i_python_class_native_base(type);
    if (cy_type_extension_base(type) != NULL
        || (!object_owner && (native == NULL || native != owner))) {
        // The instance needs another base's C part: CPython names the base whose __new__ to use.
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("%q.__new__(%q) is not safe, use the base's __new__()"),
            (qstr)owner->name, (qstr)type->name);
    }
    if (object_owner && (n_args > 2 || n_kw > 0)) {
        mp_obj_t init[2];
        mp_load_method_maybe(cls, MP_QSTR___init__, init);
        if (init[0] == MP_OBJ_NULL) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%q() takes no arguments"),
                (qstr)type->name);
        }
    }
    mp_obj_t object_new[2];
    mp_load_method(MP_OBJ_FROM_PTR(&mp_type_object), MP_QSTR___new__, object_new);
    mp_obj_t obj = mp_call_function_1(object_new[0], cls);
    if (!object_owner) {
        // `int.__new__(IntSub, 5)`, `type.__new__(Meta, name, bases, ns)`: the built-in part
        // made from the arguments (a namespace that is not a dict copied into one for type).
        mp_obj_t *a = cy_i_args_with_kw_map(args + 2, n_args - 2, n_kw, kw_args);
        if (native == &mp_type_type && n_args == 5 && mp_obj_is_type(a[1], &mp_type_tuple)) {
            a[1] = cy_i_type_bases(a[1]);
        }
        if (native == &mp_type_type && n_args == 5 && !mp_obj_is_dict_or_ordereddict(a[2])) {
            mp_obj_t ns = mp_obj_new_dict(0);
            cy_i_native_ready(a[2]);
            if (!cy_i_dict_merge_mapping(ns, a[2])) {
                mp_raise_TypeError(MP_ERROR_TEXT("type.__new__() argument 3 must be a mapping"));
            }
            a[2] = ns;
        }
        ((mp_obj_instance_t *)MP_OBJ_TO_PTR(obj))->subobj[0] =
            MP_OBJ_TYPE_GET_SLOT(native, make_new)(native, n_args - 2, n_kw, a);
    }
    return obj;
}
static MP_DEFINE_CONST_FUN_OBJ_KW(missing_new_obj, 1, missing_new);

// The super object's fields (py/objtype.c's mp_obj_super_t).
typedef struct {
    mp_obj_base_t base;
    const mp_obj_type_t *type;
    mp_obj_t obj;
} cy_super_view_t;

// The bound method's fields (py/objboundmeth.c's mp_obj_bound_meth_t).
typedef struct {
    mp_obj_base_t base;
    mp_obj_t meth;
    mp_obj_t self;
} cy_bound_meth_view_t;

static bool is_builtin_function(mp_obj_t f) {
    return mp_obj_is_type(f, &mp_type_fun_builtin_0) || mp_obj_is_type(f, &mp_type_fun_builtin_1)
           || mp_obj_is_type(f, &mp_type_fun_builtin_2) || mp_obj_is_type(f, &mp_type_fun_builtin_3)
           || mp_obj_is_type(f, &mp_type_fun_builtin_var);
}

// The key under which `map` holds `fun` (itself, or inside a staticmethod or classmethod).
static qstr key_of_value(const mp_map_t *map, mp_obj_t fun) {
    for (size_t i = 0; i < map->alloc; i++) {
        if (!mp_map_slot_is_filled(map, i) || !mp_obj_is_qstr(map->table[i].key)) {
            continue;
        }
        mp_obj_t v = map->table[i].value;
        if (mp_obj_is_type(v, &mp_type_staticmethod) || mp_obj_is_type(v, &mp_type_classmethod)) {
            v = ((const mp_obj_static_class_method_t *)MP_OBJ_TO_PTR(v))->fun;
        }
        if (v == fun) {
            return MP_OBJ_QSTR_VALUE(map->table[i].key);
        }
    }
    return MP_QSTRnull;
}

// The type of `type`'s MRO (depth-first) whose dict holds `fun`, its key in *name; NULL if none.
static const mp_obj_type_t *method_owner(const mp_obj_type_t *type, mp_obj_t fun, qstr *name) {
    while (type != NULL) {
        if (MP_OBJ_TYPE_HAS_SLOT(type, locals_dict)) {
            *name = key_of_value(&MP_OBJ_TYPE_GET_SLOT(type, locals_dict)->map, fun);
            if (*name != MP_QSTRnull) {
                return type;
            }
        }
        if (!MP_OBJ_TYPE_HAS_SLOT(type, parent)) {
            return NULL;
        }
        const void *parent = MP_OBJ_TYPE_GET_SLOT(type, parent);
        if (((const mp_obj_base_t *)parent)->type == &mp_type_tuple) {
            const mp_obj_tuple_t *bases = parent;
            for (size_t i = 0; i < bases->len; i++) {
                const mp_obj_type_t *t = method_owner(MP_OBJ_TO_PTR(bases->items[i]), fun, name);
                if (t != NULL) {
                    return t;
                }
            }
            return NULL;
        }
        type = parent;
    }
    return NULL;
}

// `__name__` and `__qualname__` of MicroPython's built-in functions and methods, which keep no
// name of their own (`[].pop.__name__`, `len.__name__`): the key under which the bound
// method's type, or the builtins module, holds the function. False for anything else.
static bool builtin_function_name(mp_obj_t obj, qstr attr, mp_obj_t *dest) {
    mp_obj_t fun = obj;
    const mp_obj_type_t *owner = NULL;
    qstr name = MP_QSTRnull;
    if (mp_obj_is_type(obj, &mp_type_bound_meth)) {
        const cy_bound_meth_view_t *b = MP_OBJ_TO_PTR(obj);
        fun = b->meth;
        if (is_builtin_function(fun)) {
            owner = method_owner(mp_obj_get_type(b->self), fun, &name);
        }
    } else if (is_builtin_function(fun)) {
        name = key_of_value(&mp_module_builtins.globals->map, fun);
    }
    if (name == MP_QSTRnull) {
        return false;
    }
    if (attr == MP_QSTR___qualname__ && owner != NULL) {
        vstr_t vstr;
        vstr_init(&vstr, 16);
        vstr_add_str(&vstr, qstr_str((qstr)owner->name));
        vstr_add_byte(&vstr, '.');
        vstr_add_str(&vstr, qstr_str(name));
        dest[0] = mp_obj_new_str_from_vstr(&vstr);
    } else {
        dest[0] = MP_OBJ_NEW_QSTR(name);
    }
    dest[1] = MP_OBJ_NULL;
    return true;
}

void cy_i_load_method_raising(mp_obj_t obj, qstr attr, mp_obj_t *dest) {
    mp_load_method_maybe(obj, attr, dest);
    if (dest[0] != MP_OBJ_NULL) {
        return;
    }
    const special_def_t *d = NULL;
    for (size_t i = 0; i < MP_ARRAY_SIZE(special_defs); i++) {
        if (special_defs[i].name == attr) {
            d = &special_defs[i];
            break;
        }
    }
    const mp_obj_type_t *type = mp_obj_get_type(obj);
    mp_obj_t self = obj;
    const mp_obj_type_t *from = NULL;
    if (d != NULL && type == &mp_type_type) {
        // A built-in type's unbound special method: `list.__contains__(self, x)`.
        from = cy_i_python_class_native_base(MP_OBJ_TO_PTR(obj));
        self = MP_OBJ_NULL;
    } else if (d != NULL && type == &mp_type_super) {
        // `super().__len__()` where the next class is the built-in base.
        self = ((cy_super_view_t *)MP_OBJ_TO_PTR(obj))->obj;
        if (cy_i_python_class_native_base(mp_obj_get_type(self)) == NULL) {
            d = NULL;
        }
    } else if (d != NULL && cy_i_python_class_native_base(type) == NULL) {
        d = NULL;
    }
    if (d == NULL || (self == MP_OBJ_NULL && from == NULL)) {
        // A method MicroPython's built-in lacks: on the object, or taken from the type.
        mp_obj_t target = type == &mp_type_type ? MP_OBJ_NULL : obj;
        const mp_obj_type_t *t = target != MP_OBJ_NULL ? cy_i_python_class_native_base(type) : MP_OBJ_TO_PTR(obj);
        mp_obj_t f = t != NULL ? extra_method(t, attr) : MP_OBJ_NULL;
        if (f != MP_OBJ_NULL) {
            dest[0] = f;
            dest[1] = target != MP_OBJ_NULL ? cy_native_of(target, t) : MP_OBJ_NULL;
            return;
        }
        if (attr == MP_QSTR___init__ && type == &mp_type_type
            && !(((const mp_obj_type_t *)MP_OBJ_TO_PTR(obj))->flags & MP_TYPE_FLAG_INSTANCE_TYPE)
            && !cy_type_is_extension(MP_OBJ_TO_PTR(obj))) {
            dest[0] = MP_OBJ_FROM_PTR(&cy_i_builtin_init_obj);
            dest[1] = MP_OBJ_NULL;
            return;
        }
        if (attr == MP_QSTR___new__) {
            dest[0] = MP_OBJ_FROM_PTR(&missing_new_obj);
            dest[1] = type == &mp_type_type ? obj : MP_OBJ_FROM_PTR(type);
            return;
        }
        if ((attr == MP_QSTR___name__ || attr == MP_QSTR___qualname__)
            && builtin_function_name(obj, attr, dest)) {
            return;
        }
        mp_load_method(obj, attr, dest); // raises AttributeError
        return;
    }
    cy_special_t *sp = mp_obj_malloc(cy_special_t, &cy_special_type);
    sp->def = d;
    sp->type = from;
    dest[0] = MP_OBJ_FROM_PTR(sp);
    dest[1] = self;
}

mp_obj_t cy_i_call_method_raising(mp_obj_t self, mp_obj_t name, size_t n, const mp_obj_t *args,
    size_t n_kw, const mp_obj_t *kwnames) {
    qstr attr = cy_obj_to_qstr(name);
    if (attr == MP_QSTR_update && n == 1 && n_kw == 0 && mp_obj_is_dict_or_ordereddict(self)
        && cy_i_dict_merge_mapping(self, args[0])) {
        // d.update(m) of a mapping that is not a dict (MicroPython's would iterate it as pairs).
        return mp_const_none;
    }
    mp_obj_t stack[CY_ARGS_ON_STACK];
    size_t total = 2 + n + 2 * n_kw;
    mp_obj_t *buf = total <= CY_ARGS_ON_STACK ? stack : m_new(mp_obj_t, total);
    cy_i_load_method_raising(self, attr, buf);
    for (size_t i = 0; i < n; i++) {
        buf[2 + i] = args[i];
    }
    for (size_t i = 0; i < n_kw; i++) {
        buf[2 + n + 2 * i] = kwnames[i];
        buf[2 + n + 2 * i + 1] = args[n + i];
    }
    if (buf[1] == MP_OBJ_NULL) {
        if (n > 0 && mp_obj_is_type(self, &mp_type_type)
            && !(((const mp_obj_type_t *)MP_OBJ_TO_PTR(self))->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
            // `dict.__getitem__(self, key)` on an instance of a class deriving from dict: a
            // built-in's method takes the built-in object (MicroPython checks its exact type).
            cy_i_native_ready(buf[2]);
            buf[2] = cy_native_of(buf[2], MP_OBJ_TO_PTR(self));
        }
        return call_raising(buf[0], n, n_kw, buf + 2);
    }
    return mp_call_method_n_kw(n, n_kw, buf);
}

static mp_obj_t call_unbound0_raising(const mp_obj_type_t *type, qstr name, mp_obj_t self) {
    const mp_obj_type_t *self_type = mp_obj_get_type(self);
    mp_obj_t native = MP_OBJ_NULL;
    if (self_type->flags & MP_TYPE_FLAG_INSTANCE_TYPE) {
        native = mp_obj_cast_to_native_base(self, MP_OBJ_FROM_PTR(type));
    } else if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(self_type), MP_OBJ_FROM_PTR(type))) {
        native = self;
    }
    if (native == MP_OBJ_NULL) {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("descriptor '%q' for '%q' objects doesn't apply to a '%s' object"),
            name, (qstr)type->name, mp_obj_get_type_str(self));
    }
    mp_obj_t dest[2];
    mp_load_method(native, name, dest);
    return mp_call_method_n_kw(0, 0, dest);
}

mp_obj_t cy_call_unbound_method0(const mp_obj_type_t *type, qstr name, mp_obj_t self) {
    CY_TRY_RETURN_OBJ(call_unbound0_raising(type, name, self));
}

mp_obj_t cy_Pyx_PyObject_FastCallMethod(mp_obj_t name, mp_obj_t const *args, size_t nargsf) {
    size_t n = (size_t)cy_PyVectorcall_NARGS(nargsf);
    if (n == 0) {
        cy_err_set_msg(&mp_type_TypeError, "method call without self");
        return MP_OBJ_NULL;
    }
    CY_TRY_RETURN_OBJ(cy_i_call_method_raising(args[0], name, n - 1, args + 1, 0, NULL));
}

mp_obj_t cy_PyObject_VectorcallMethod(mp_obj_t name, mp_obj_t const *args, size_t nargsf,
    mp_obj_t kwnames) {
    size_t n = (size_t)cy_PyVectorcall_NARGS(nargsf);
    size_t n_kw = 0;
    mp_obj_t *names = NULL;
    if (kwnames != MP_OBJ_NULL) {
        mp_obj_tuple_get(kwnames, &n_kw, &names);
    }
    if (n == 0) {
        cy_err_set_msg(&mp_type_TypeError, "method call without self");
        return MP_OBJ_NULL;
    }
    CY_TRY_RETURN_OBJ(cy_i_call_method_raising(args[0], name, n - 1, args + 1, n_kw, names));
}

// CPython hands the argument tuple of PyObject_Call to a METH_VARARGS function as it is, and
// Cython relies on it (`f(*t)` receives `t` itself, not a copy). So does the runtime, for its
// function objects called directly or as methods bound to an extension type's instance. False
// when the call is not one of those (the caller then calls the usual way).
static bool call_varargs_direct(mp_obj_t func, mp_obj_t args, mp_obj_t kw, mp_obj_t *result) {
    mp_obj_t self = MP_OBJ_NULL;
    if (mp_obj_is_type(func, &mp_type_bound_meth)) {
        const cy_bound_meth_t *b = MP_OBJ_TO_PTR(func);
        self = b->self;
        func = b->meth;
    }
    if ((!mp_obj_is_type(func, &cy_function_type) && !mp_obj_is_type(func, &cy_cfunction_type))
        || args == MP_OBJ_NULL || !mp_obj_is_exact_type(args, &mp_type_tuple)) {
        return false;
    }
    const cy_function_obj_t *f = MP_OBJ_TO_PTR(func);
    const cy_methoddef_t *ml = f->ml;
    int flags = ml->ml_flags & ~(CY_METH_CLASS | CY_METH_STATIC | CY_METH_COEXIST | CY_METH_METHOD);
    if (flags != CY_METH_VARARGS && flags != (CY_METH_VARARGS | CY_METH_KEYWORDS)) {
        return false;
    }
    // As cy_function_call: an extension type's method takes the instance as its C self.
    bool method = (f->flags & (cy_Pyx_CYFUNCTION_CCLASS | cy_Pyx_CYFUNCTION_STATICMETHOD)) == cy_Pyx_CYFUNCTION_CCLASS;
    if (method != (self != MP_OBJ_NULL)) {
        return false;
    }
    if (!method) {
        self = mp_obj_is_type(func, &cy_cfunction_type) ? f->closure : func;
    }
    bool has_kw = kw != MP_OBJ_NULL && kw != mp_const_none;
    if (has_kw && !mp_obj_is_type(kw, &mp_type_dict)) {
        return false;
    }
    has_kw = has_kw && mp_obj_dict_get_map(kw)->used > 0;
    if (has_kw && !(flags & CY_METH_KEYWORDS)) {
        return false;
    }
    if (flags & CY_METH_KEYWORDS) {
        *result = ((cy_PyCFunctionWithKeywords)(void (*)(void))ml->ml_meth)(self, args,
            has_kw ? kw : MP_OBJ_NULL);
    } else {
        *result = ml->ml_meth(self, args);
    }
    return true;
}

mp_obj_t cy_PyObject_Call(mp_obj_t func, mp_obj_t args, mp_obj_t kw) {
    mp_obj_t direct;
    if (call_varargs_direct(func, args, kw, &direct)) {
        return direct;
    }
    size_t n = 0;
    mp_obj_t *items = NULL;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        if (args != MP_OBJ_NULL) {
            mp_obj_get_array(args, &n, &items);
        }
        mp_map_t *map = NULL;
        size_t n_kw = 0;
        if (kw != MP_OBJ_NULL && kw != mp_const_none) {
            map = mp_obj_dict_get_map(kw);
            n_kw = map->used;
        }
        mp_obj_t r = n_kw ? call_assembled_raising(func, n, items, n_kw, NULL, NULL, map)
                          : call_raising(func, n, 0, items);
        nlr_pop();
        return r;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return MP_OBJ_NULL;
}

mp_obj_t cy_Pyx_PyObject_CallNoArg(mp_obj_t func) {
    return cy_Pyx_PyObject_FastCall(func, NULL, 0);
}

mp_obj_t cy_Pyx_PyObject_CallOneArg(mp_obj_t func, mp_obj_t arg) {
    return cy_Pyx_PyObject_FastCall(func, &arg, 1);
}

mp_obj_t cy_Pyx_PyObject_Call2Args(mp_obj_t func, mp_obj_t arg1, mp_obj_t arg2) {
    mp_obj_t args[2] = {arg1, arg2};
    return cy_Pyx_PyObject_FastCall(func, args, 2);
}

mp_obj_t cy_Pyx_PyObject_CallMethod0(mp_obj_t obj, mp_obj_t name) {
    CY_TRY_RETURN_OBJ(cy_i_call_method_raising(obj, name, 0, NULL, 0, NULL));
}

mp_obj_t cy_Pyx_PyObject_CallMethod1(mp_obj_t obj, mp_obj_t name, mp_obj_t arg) {
    CY_TRY_RETURN_OBJ(cy_i_call_method_raising(obj, name, 1, &arg, 0, NULL));
}

static size_t collect_varargs(va_list ap, mp_obj_t *buf, size_t cap) {
    size_t n = 0;
    for (;;) {
        mp_obj_t a = va_arg(ap, mp_obj_t);
        if (a == MP_OBJ_NULL) {
            break;
        }
        if (n < cap) {
            buf[n] = a;
        }
        n++;
    }
    return n;
}

mp_obj_t cy_PyObject_CallFunctionObjArgs(mp_obj_t func, ...) {
    mp_obj_t buf[CY_ARGS_ON_STACK];
    va_list ap;
    va_start(ap, func);
    size_t n = collect_varargs(ap, buf, CY_ARGS_ON_STACK);
    va_end(ap);
    if (n > CY_ARGS_ON_STACK) {
        cy_err_set_msg(&mp_type_TypeError, "too many arguments");
        return MP_OBJ_NULL;
    }
    return cy_Pyx_PyObject_FastCall(func, buf, n);
}

mp_obj_t cy_PyObject_CallMethodObjArgs(mp_obj_t obj, mp_obj_t name, ...) {
    mp_obj_t buf[CY_ARGS_ON_STACK];
    va_list ap;
    va_start(ap, name);
    size_t n = collect_varargs(ap, buf, CY_ARGS_ON_STACK);
    va_end(ap);
    if (n > CY_ARGS_ON_STACK) {
        cy_err_set_msg(&mp_type_TypeError, "too many arguments");
        return MP_OBJ_NULL;
    }
    CY_TRY_RETURN_OBJ(cy_i_call_method_raising(obj, name, n, buf, 0, NULL));
}

mp_obj_t cy_PyMethod_New(mp_obj_t func, mp_obj_t self) {
    CY_TRY_RETURN_OBJ(mp_obj_new_bound_meth(func, self));
}

int cy_PyCallable_Check(mp_obj_t obj) {
    return mp_obj_is_callable(obj) ? 1 : 0;
}

static mp_obj_t call_unbound_raising(cy_Pyx_CachedCFunction *cfunc, mp_obj_t self, size_t n,
    const mp_obj_t *args) {
    return cy_i_call_method_raising(self, *cfunc->method_name, n, args, 0, NULL);
}

mp_obj_t cy_Pyx_CallUnboundCMethod0(cy_Pyx_CachedCFunction *cfunc, mp_obj_t self) {
    CY_TRY_RETURN_OBJ(call_unbound_raising(cfunc, self, 0, NULL));
}

mp_obj_t cy_Pyx_CallUnboundCMethod1(cy_Pyx_CachedCFunction *cfunc, mp_obj_t self, mp_obj_t arg) {
    CY_TRY_RETURN_OBJ(call_unbound_raising(cfunc, self, 1, &arg));
}

mp_obj_t cy_Pyx_CallUnboundCMethod2(cy_Pyx_CachedCFunction *cfunc, mp_obj_t self, mp_obj_t arg1,
    mp_obj_t arg2) {
    mp_obj_t args[2] = {arg1, arg2};
    CY_TRY_RETURN_OBJ(call_unbound_raising(cfunc, self, 2, args));
}
