// cy2upy_types.c: extension types (Cython's cdef classes) built from PyType_Spec tables.
//
// See runtime/include/cy2upy_types.h for the model. In short: an extension type is a MicroPython
// type flagged MP_TYPE_FLAG_INSTANCE_TYPE whose instances start with MicroPython's instance header
// and continue with Cython's C struct. Its MicroPython slots call Cython's slot functions; its dict
// holds the methods and, for classes a script derives from it, dunder wrappers of the slots.
//
// Functions named cy_Py* / cy_Pyx_* keep the pending-exception convention of the translated code.
// The slot functions of the types (make_new, print, unary_op, ...) are called by MicroPython and
// raise the pending exception with cy_raise_pending() when Cython's function reports an error.

#include "cy2upy.h"
#include "cy2upy_internal.h"
#include "py/objtype.h"

#ifndef CY2UPY_TYPE_FINALISERS
#define CY2UPY_TYPE_FINALISERS (MICROPY_ENABLE_FINALISER)
#endif

// ===========================================================================================
// Type lookups
// ===========================================================================================

static mp_obj_t ext_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw,
    const mp_obj_t *args);

MP_ALWAYSINLINE static inline bool is_extension(const mp_obj_type_t *type) {
    return MP_OBJ_TYPE_GET_SLOT_OR_NULL(type, make_new) == ext_make_new;
}

bool cy_type_is_extension(const mp_obj_type_t *type) {
    return is_extension(type);
}

cy_type_t *cy_type_extension_base(const mp_obj_type_t *type) {
    if (is_extension(type)) {
        return (cy_type_t *)type;
    }
    while (type != NULL && type != &mp_type_object) {
        if (cy_type_is_extension(type)) {
            return (cy_type_t *)type;
        }
        if (!MP_OBJ_TYPE_HAS_SLOT(type, parent)) {
            return NULL;
        }
        const void *parent = MP_OBJ_TYPE_GET_SLOT(type, parent);
        if (((const mp_obj_base_t *)parent)->type == &mp_type_tuple) {
            const mp_obj_tuple_t *bases = parent;
            for (size_t i = 0; i < bases->len; i++) {
                cy_type_t *t = cy_type_extension_base(MP_OBJ_TO_PTR(bases->items[i]));
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

// The extension type of an instance whose type has one of our slots (so it is one, or derives
// from one).
MP_ALWAYSINLINE static inline cy_type_t *ext_of(mp_obj_t self) {
    // self is an instance (a pointer to an object), and mostly one of the extension type itself.
    const mp_obj_type_t *type = ((const mp_obj_base_t *)MP_OBJ_TO_PTR(self))->type;
    if (MP_OBJ_TYPE_GET_SLOT_OR_NULL(type, make_new) == ext_make_new) {
        return (cy_type_t *)type;
    }
    return cy_type_extension_base(type);
}

// cy_PyType_GetSlot of a slot other than tp_base and tp_free, for the runtime's own callers (a
// firmware links GetSlot's other cases only when a module asks for them).
static void *type_slot(const mp_obj_type_t *type, int slot);

static inline void *slot_of(const cy_type_t *t, int slot) {
    return t->slot[slot];
}

// `attr` in the dict of `type` or of its bases, in MicroPython's (depth-first) order; the type
// whose dict holds it goes to *owner.
static mp_obj_t lookup_in_bases(const mp_obj_type_t *type, qstr attr, const mp_obj_type_t **owner) {
    while (type != NULL && type != &mp_type_object) {
        if (MP_OBJ_TYPE_HAS_SLOT(type, locals_dict)) {
            mp_map_t *map = &MP_OBJ_TYPE_GET_SLOT(type, locals_dict)->map;
            mp_map_elem_t *elem = mp_map_lookup(map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
            if (elem != NULL) {
                if (owner != NULL) {
                    *owner = type;
                }
                return elem->value;
            }
        }
        if (!MP_OBJ_TYPE_HAS_SLOT(type, parent)) {
            return MP_OBJ_NULL;
        }
        const void *parent = MP_OBJ_TYPE_GET_SLOT(type, parent);
        if (((const mp_obj_base_t *)parent)->type == &mp_type_tuple) {
            const mp_obj_tuple_t *bases = parent;
            for (size_t i = 0; i < bases->len; i++) {
                mp_obj_t v = lookup_in_bases(MP_OBJ_TO_PTR(bases->items[i]), attr, owner);
                if (v != MP_OBJ_NULL) {
                    return v;
                }
            }
            return MP_OBJ_NULL;
        }
        type = parent;
    }
    return MP_OBJ_NULL;
}

// The name CPython prints for a type: module.name for extension types, the name otherwise.
static void print_type_name(const mp_print_t *print, const mp_obj_type_t *type) {
    if (cy_type_is_extension(type) && ((const cy_type_t *)type)->module != MP_QSTRnull) {
        mp_printf(print, "%q.", ((const cy_type_t *)type)->module);
    }
    mp_printf(print, "%q", (qstr)type->name);
}

// Raise TypeError/AttributeError whose message names a type (MicroPython context only).
static MP_NORETURN void raise_with_type(const mp_obj_type_t *exc, const char *before,
    const mp_obj_type_t *type, const char *after) {
    vstr_t vstr;
    mp_print_t print;
    vstr_init_print(&vstr, 32, &print);
    mp_print_str(&print, before);
    print_type_name(&print, type);
    mp_print_str(&print, after);
    mp_obj_t msg = mp_obj_new_str_from_vstr(&vstr);
    nlr_raise(mp_obj_new_exception_arg1(exc, msg));
}

// ===========================================================================================
// Arguments of tp_new / tp_init / tp_call: (args tuple, kwargs dict or NULL)
// ===========================================================================================

static mp_obj_t args_tuple(size_t n_args, const mp_obj_t *args) {
    return n_args ? mp_obj_new_tuple(n_args, args) : mp_const_empty_tuple;
}

static mp_obj_t kwargs_dict(size_t n_args, size_t n_kw, const mp_obj_t *args) {
    if (n_kw == 0) {
        return MP_OBJ_NULL;
    }
    mp_obj_t d = mp_obj_new_dict(n_kw);
    for (size_t i = 0; i < n_kw; i++) {
        mp_obj_dict_store(d, args[n_args + 2 * i], args[n_args + 2 * i + 1]);
    }
    return d;
}

static inline mp_obj_t check(mp_obj_t r) {
    if (r == MP_OBJ_NULL) {
        cy_raise_pending();
    }
    return r;
}

static inline int check_int(int r) {
    if (r < 0 && cy_err_occurred() != MP_OBJ_NULL) {
        cy_raise_pending();
    }
    return r;
}

// ===========================================================================================
// Built-in bases (`cdef class L(list)`)
// ===========================================================================================

// An instance of a class deriving from a built-in type is MicroPython's instance of a class with
// a native base (py/objtype.c): the header, then the built-in object as its one sub-object
// (cy_native_base_obj_t), then Cython's fields. MicroPython's own lookups (methods of the
// built-in, its operators through mp_obj_class_lookup, super().__init__) work on it as on an
// instance of a class defined in Python that derives from the built-in.

mp_obj_t cy_native_of(mp_obj_t obj, const mp_obj_type_t *native) {
    if (!mp_obj_is_obj(obj)) {
        return obj;
    }
    const mp_obj_type_t *type = ((const mp_obj_base_t *)MP_OBJ_TO_PTR(obj))->type;
    if (type == native || !(type->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        return obj;
    }
    mp_obj_t sub = mp_obj_cast_to_native_base(obj, MP_OBJ_FROM_PTR(native));
    return sub != MP_OBJ_NULL ? sub : obj;
}

// The built-in base of `type` (an extension type or a class derived from one), or NULL.
static const mp_obj_type_t *native_base_of(const mp_obj_type_t *type) {
    cy_type_t *t = cy_type_extension_base(type);
    return t != NULL ? t->native : NULL;
}

// Does CPython fill an instance of this built-in type in tp_init (its tp_new ignores the
// arguments)? Those are the mutable containers; the immutable types take their value in tp_new.
static bool native_filled_by_init(const mp_obj_type_t *native) {
    return native == &mp_type_list || native == &mp_type_dict
           #if MICROPY_PY_BUILTINS_SET
           || native == &mp_type_set
           #endif
           #if MICROPY_PY_BUILTINS_BYTEARRAY
           || native == &mp_type_bytearray
           #endif
    ;
}

// The built-in type `type` is or derives from, through classes defined in Python or extension
// types (the first found depth-first), or NULL for `object`.
const mp_obj_type_t *cy_i_python_class_native_base(const mp_obj_type_t *type) {
    while (type->flags & MP_TYPE_FLAG_INSTANCE_TYPE) {
        if (!MP_OBJ_TYPE_HAS_SLOT(type, parent)) {
            return NULL;
        }
        const void *parent = MP_OBJ_TYPE_GET_SLOT(type, parent);
        if (((const mp_obj_base_t *)parent)->type == &mp_type_tuple) {
            const mp_obj_tuple_t *bases = parent;
            for (size_t i = 0; i < bases->len; i++) {
                const mp_obj_type_t *b = cy_i_python_class_native_base(MP_OBJ_TO_PTR(bases->items[i]));
                if (b != NULL) {
                    return b;
                }
            }
            return NULL;
        }
        type = parent;
    }
    return type != &mp_type_object ? type : NULL;
}

void cy_i_native_ready(mp_obj_t obj) {
    if (!mp_obj_is_obj(obj)) {
        return;
    }
    const mp_obj_type_t *type = ((const mp_obj_base_t *)MP_OBJ_TO_PTR(obj))->type;
    if (!(type->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        return;
    }
    mp_obj_instance_t *o = MP_OBJ_TO_PTR(obj);
    if (o->subobj[0] != MP_OBJ_FROM_PTR(&mp_native_base_init_wrapper_obj)) {
        return;
    }
    const mp_obj_type_t *native = cy_i_python_class_native_base(type);
    if (native != NULL && native_filled_by_init(native)) {
        o->subobj[0] = MP_OBJ_TYPE_GET_SLOT(native, make_new)(native, 0, 0, NULL);
    }
}

// `list.__init__(self, ...)`, `dict.__init__(self, ...)` and the like, which MicroPython's
// built-ins do not have as attributes, called on an instance of a Python class deriving from
// the built-in: the built-in part made from the arguments (MicroPython's own
// `super().__init__(...)`), except that a dict part already made keeps its items and is updated,
// as CPython's dict.__init__ does. On the built-in object itself, only the no-argument form.
static mp_obj_t builtin_init(size_t n_args, const mp_obj_t *args, mp_map_t *kw_args) {
    mp_obj_t self = args[0];
    size_t n_kw = kw_args != NULL ? kw_args->used : 0;
    const mp_obj_type_t *type = mp_obj_get_type(self);
    const mp_obj_type_t *native = (type->flags & MP_TYPE_FLAG_INSTANCE_TYPE)
        ? cy_i_python_class_native_base(type) : NULL;
    if (native == NULL) {
        if (n_args == 1 && n_kw == 0) {
            return mp_const_none;
        }
        mp_raise_TypeError(MP_ERROR_TEXT("__init__ of a built-in object with arguments"));
    }
    mp_obj_instance_t *o = MP_OBJ_TO_PTR(self);
    mp_obj_t *a = cy_i_args_with_kw_map(args + 1, n_args - 1, n_kw, kw_args);
    size_t j = n_args - 1 + 2 * n_kw;
    if (native == &mp_type_dict && o->subobj[0] != MP_OBJ_FROM_PTR(&mp_native_base_init_wrapper_obj)) {
        mp_obj_t update[2];
        mp_load_method(o->subobj[0], MP_QSTR_update, update);
        mp_obj_t *b = m_new(mp_obj_t, 2 + j);
        b[0] = update[0];
        b[1] = update[1];
        memcpy(b + 2, a, j * sizeof(mp_obj_t));
        return mp_call_method_n_kw(n_args - 1, n_kw, b);
    }
    o->subobj[0] = MP_OBJ_TYPE_GET_SLOT(native, make_new)(native, n_args - 1, n_kw, a);
    return mp_const_none;
}
MP_DEFINE_CONST_FUN_OBJ_KW(cy_i_builtin_init_obj, 1, builtin_init);

// native(*args, **kwds) from CPython's (args tuple, kwds dict or NULL).
static mp_obj_t native_make_raising(const mp_obj_type_t *native, mp_obj_t args, mp_obj_t kwds) {
    size_t n = 0;
    mp_obj_t *items = NULL;
    if (args != MP_OBJ_NULL) {
        mp_obj_tuple_get(args, &n, &items);
    }
    mp_map_t *map = kwds != MP_OBJ_NULL && kwds != mp_const_none ? mp_obj_dict_get_map(kwds) : NULL;
    size_t n_kw = map != NULL ? map->used : 0;
    mp_obj_t *a = items;
    if (n_kw != 0) {
        a = m_new(mp_obj_t, n + 2 * n_kw);
        memcpy(a, items, n * sizeof(mp_obj_t));
        size_t j = n;
        for (size_t i = 0; i < map->alloc; i++) {
            if (mp_map_slot_is_filled(map, i)) {
                a[j++] = map->table[i].key;
                a[j++] = map->table[i].value;
            }
        }
    }
    return MP_OBJ_TYPE_GET_SLOT(native, make_new)(native, n, n_kw, a);
}

// tp_new of a built-in base: a blank instance of `type` whose sub-object is the built-in object
// (empty for the types CPython fills in tp_init).
static mp_obj_t native_tp_new_raising(const mp_obj_type_t *type, mp_obj_t args, mp_obj_t kwds) {
    if (!(type->flags & MP_TYPE_FLAG_INSTANCE_TYPE)) {
        // The built-in type itself (`type.__new__(type, (name, bases, ns))`, with which Cython
        // checks the bases of a cdef class with several).
        return native_make_raising(type, args, kwds);
    }
    const mp_obj_type_t *native = native_base_of(type);
    if (native == NULL) {
        raise_with_type(&mp_type_TypeError, "cannot create '", type, "' instances");
    }
    mp_obj_t o = check(cy_Pyx_AllocateExtensionType(type, 0));
    cy_native_base_obj_t *inst = MP_OBJ_TO_PTR(o);
    inst->cy_native = native_filled_by_init(native)
        ? MP_OBJ_TYPE_GET_SLOT(native, make_new)(native, 0, 0, NULL)
        : native_make_raising(native, args, kwds);
    return o;
}

static mp_obj_t native_tp_new(const mp_obj_type_t *type, mp_obj_t args, mp_obj_t kwds) {
    CY_TRY_RETURN_OBJ(native_tp_new_raising(type, args, kwds));
}

// tp_init of list, dict, set and bytearray as a base: the sub-object made anew from the
// arguments (MicroPython's super().__init__() of a native base does the same).
static int native_tp_init(mp_obj_t self, mp_obj_t args, mp_obj_t kwds) {
    CY_TRY_BEGIN
    const mp_obj_type_t *native = native_base_of(mp_obj_get_type(self));
    if (native != NULL) {
        ((cy_native_base_obj_t *)MP_OBJ_TO_PTR(self))->cy_native = native_make_raising(native, args, kwds);
    }
    CY_TRY_END(return -1);
    return 0;
}

static void native_tp_dealloc(mp_obj_t self) {
    (void)self;
}

void cy_Pyx_call_next_tp_dealloc(mp_obj_t obj, destructor current_tp_dealloc) {
    cy_type_t *t = cy_type_extension_base(mp_obj_get_type(obj));
    while (t != NULL && t->slot[cy_Py_tp_dealloc] != (void *)current_tp_dealloc) {
        t = t->base;
    }
    while (t != NULL && t->slot[cy_Py_tp_dealloc] == (void *)current_tp_dealloc) {
        t = t->base;
    }
    if (t != NULL && t->slot[cy_Py_tp_dealloc] != NULL) {
        ((destructor)t->slot[cy_Py_tp_dealloc])(obj);
    }
}

// Does `type` (a class defined in Python) have a built-in or extension type among its bases?
static bool has_c_layout(const mp_obj_type_t *type) {
    if (type == &mp_type_object) {
        return false;
    }
    if (!(type->flags & MP_TYPE_FLAG_INSTANCE_TYPE) || cy_type_is_extension(type)) {
        return true;
    }
    if (!MP_OBJ_TYPE_HAS_SLOT(type, parent)) {
        return false;
    }
    const void *parent = MP_OBJ_TYPE_GET_SLOT(type, parent);
    if (((const mp_obj_base_t *)parent)->type == &mp_type_tuple) {
        const mp_obj_tuple_t *t = parent;
        for (size_t i = 0; i < t->len; i++) {
            if (has_c_layout(MP_OBJ_TO_PTR(t->items[i]))) {
                return true;
            }
        }
        return false;
    }
    return has_c_layout(parent);
}

int cy_Pyx_validate_bases_tuple(const char *type_name, int has_dictoffset, mp_obj_t bases) {
    (void)has_dictoffset;
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(bases, &n, &items);
    for (size_t i = 1; i < n; i++) {
        const mp_obj_type_t *b = MP_OBJ_TO_PTR(items[i]);
        if (!mp_obj_is_type(items[i], &mp_type_type) || has_c_layout(b)) {
            cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError),
                "%s: only the first base of an extension type may have a C layout or be a built-in type",
                type_name);
            return -1;
        }
    }
    return 0;
}

int cy_Pyx_validate_extern_base(cy_PyTypeObject *base) {
    const mp_obj_type_t *native = cy_type_is_extension(base) ? ((const cy_type_t *)base)->native : base;
    if (native == &mp_type_int || native == &mp_type_tuple || native == &mp_type_bytes) {
        cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_TypeError),
            "inheritance from PyVarObject types like '%s' not currently supported",
            qstr_str(native->name));
        return -1;
    }
    return 0;
}

// The built-in type `self` derives from, with *sub its built-in object, or NULL. The operator
// dispatchers fall back to the built-in's slots for what Cython's slots leave out, as
// MicroPython's instance_unary_op and instance_binary_op do for a class with a native base.
static const mp_obj_type_t *native_sub(mp_obj_t self, mp_obj_t *sub) {
    const mp_obj_type_t *native = native_base_of(mp_obj_get_type(self));
    if (native != NULL) {
        *sub = ((cy_native_base_obj_t *)MP_OBJ_TO_PTR(self))->cy_native;
    }
    return native;
}

// The built-in's unary operator on the sub-object, or MP_OBJ_NULL when `self` has no built-in
// base or the built-in does not support it. An immediate sub-object (a small int, an interned
// str) goes through mp_unary_op, which raises for what it does not support.
static mp_obj_t native_unary_op(mp_unary_op_t op, mp_obj_t self) {
    mp_obj_t sub;
    const mp_obj_type_t *native = native_sub(self, &sub);
    if (native == NULL) {
        return MP_OBJ_NULL;
    }
    if (!mp_obj_is_obj(sub)) {
        return mp_unary_op(op, sub);
    }
    mp_unary_op_fun_t f = MP_OBJ_TYPE_GET_SLOT_OR_NULL(mp_obj_get_type(sub), unary_op);
    return f != NULL ? f(op, sub) : MP_OBJ_NULL;
}

// The built-in's binary operator with the sub-object as the left operand (the right one for a
// reflected operator), or MP_OBJ_NULL. An in-place operator that returns the sub-object returns
// `self`, so `x += y` keeps x's class.
static mp_obj_t native_binary_op(mp_binary_op_t op, mp_obj_t self, mp_obj_t other) {
    mp_obj_t sub;
    const mp_obj_type_t *native = native_sub(self, &sub);
    if (native == NULL) {
        return MP_OBJ_NULL;
    }
    #if MICROPY_PY_REVERSE_SPECIAL_METHODS
    if (op >= MP_BINARY_OP_REVERSE_OR && op <= MP_BINARY_OP_REVERSE_POWER) {
        return mp_binary_op(op - (MP_BINARY_OP_REVERSE_OR - MP_BINARY_OP_OR), other, sub);
    }
    #endif
    mp_obj_t r;
    if (!mp_obj_is_obj(sub)) {
        r = mp_binary_op(op, sub, other);
    } else {
        mp_binary_op_fun_t f = MP_OBJ_TYPE_GET_SLOT_OR_NULL(mp_obj_get_type(sub), binary_op);
        r = f != NULL ? f(op, sub, other) : MP_OBJ_NULL;
    }
    if (r == sub && op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
        r = self;
    }
    return r;
}

// ===========================================================================================
// Instances
// ===========================================================================================

// Memory for an instance of `size` bytes, or NULL. MicroPython's allocator starts its search
// for free blocks where the last one-block allocation ended; allocations of several blocks leave
// that place alone (a hole before them may still take a single block). An instance of a cdef
// class with any field is at least two blocks (the instance header alone is one on 64-bit hosts,
// most of one on 32-bit boards), so a loop creating instances, and nothing else, would search
// from the same place every time, over everything allocated since the last collection: the time
// per instance grows with the heap. A one-block allocation grown in place to `size` is the same
// object, found at the same first free place, and it moves the start of the next search past it.
// It costs a second call of the allocator, so only every fourth instance is made that way: the
// others search over at most the three instances made since. When it cannot grow in place (it
// went into a one-block hole), the block is left to the next collection, so that the hole is not
// found again and again, and the instance is allocated as usual.
static void *alloc_instance_maybe(size_t size) {
    #if MICROPY_ENABLE_GC
    // Shared by threads without a lock: a lost update only changes which instance moves the place.
    static uint8_t count;
    if (size > MICROPY_BYTES_PER_GC_BLOCK && (++count & 3) == 0) {
        uint8_t *p = m_new_maybe(uint8_t, MICROPY_BYTES_PER_GC_BLOCK);
        if (p != NULL) {
            uint8_t *q = m_renew_maybe(uint8_t, p, MICROPY_BYTES_PER_GC_BLOCK, size, false);
            if (q != NULL) {
                return q;
            }
        }
    }
    #endif
    return m_malloc_maybe(size);
}

// The common case of allocating an instance of `size` bytes of `type` (no finaliser): the
// instance, or MP_OBJ_NULL when there is no memory without a collection that raises (the caller
// then makes the raising allocation, which gives the usual MemoryError).
MP_ALWAYSINLINE static inline mp_obj_t instance_new_maybe(const mp_obj_type_t *type, size_t size) {
    void *p = alloc_instance_maybe(size);
    if (p == NULL) {
        return MP_OBJ_NULL;
    }
    #if !MICROPY_GC_CONSERVATIVE_CLEAR
    // (With the collector's conservative clear, which is MicroPython's default, gc_alloc and
    // gc_realloc already zeroed every block.)
    memset(p, 0, size);
    #endif
    ((mp_obj_base_t *)p)->type = type;
    return MP_OBJ_FROM_PTR(p);
}

// An instance of `size` bytes of `type`, with a finaliser or not, by an allocation that may
// collect and raise: the usual MemoryError becomes the pending exception (MP_OBJ_NULL).
static mp_obj_t instance_new_or_error(const mp_obj_type_t *type, size_t size, bool finaliser) {
    (void)finaliser;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        void *p;
        #if CY2UPY_TYPE_FINALISERS
        if (finaliser) {
            p = m_malloc_with_finaliser(size);
        } else
        #endif
        {
            p = m_malloc(size);
        }
        nlr_pop();
        memset(p, 0, size);
        ((mp_obj_base_t *)p)->type = type;
        return MP_OBJ_FROM_PTR(p);
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return MP_OBJ_NULL;
}

mp_obj_t cy_Pyx_AllocateExtensionType(cy_PyTypeObject *type, int is_final) {
    (void)is_final;
    cy_type_t *ext = is_extension(type) ? (cy_type_t *)type : cy_type_extension_base(type);
    size_t size = ext != NULL ? ext->basicsize : sizeof(mp_obj_instance_t);
    bool finaliser = false;
    #if CY2UPY_TYPE_FINALISERS
    finaliser = ext != NULL && (ext->finalise
                                || (type != (const mp_obj_type_t *)ext
                                    && lookup_in_bases(type, MP_QSTR___del__, NULL) != MP_OBJ_NULL));
    #endif
    // The common case needs no nlr frame: an allocation that does not raise.
    mp_obj_t o = finaliser ? MP_OBJ_NULL : instance_new_maybe(type, size);
    return o != MP_OBJ_NULL ? o : instance_new_or_error(type, size, finaliser);
}

static void free_noop(void *p) {
    (void)p;
}

// tp_new(type, args tuple, kwargs dict), then tp_init when the result is an instance of type
// (MicroPython context: raises).
static mp_obj_t new_init_raising(const mp_obj_type_t *type, newfunc tp_new, size_t n_args,
    size_t n_kw, const mp_obj_t *args) {
    mp_obj_t a = args_tuple(n_args, args);
    mp_obj_t k = kwargs_dict(n_args, n_kw, args);
    mp_obj_t o = check(tp_new(type, a, k));
    initproc tp_init = (initproc)type_slot(type, cy_Py_tp_init);
    if (tp_init != NULL
        && mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(o)), MP_OBJ_FROM_PTR(type))) {
        if (tp_init(o, a, k) < 0) {
            cy_raise_pending();
        }
    }
    return o;
}

static mp_obj_t new_init_from_vectorcall_raising(cy_PyTypeObject *type, mp_obj_t const *args,
    size_t nargsf, mp_obj_t kwnames) {
    newfunc tp_new = (newfunc)type_slot(type, cy_Py_tp_new);
    if (tp_new == NULL) {
        raise_with_type(&mp_type_TypeError, "cannot create '", type, "' instances");
    }
    size_t n_kw = kwnames != MP_OBJ_NULL ? (size_t)MP_OBJ_SMALL_INT_VALUE(kwnames) : 0;
    return new_init_raising(type, tp_new, (size_t)cy_PyVectorcall_NARGS(nargsf), n_kw, args);
}

mp_obj_t cy_Pyx_CallNewInitFromVectorcall(cy_PyTypeObject *type, mp_obj_t const *args,
    size_t nargsf, mp_obj_t kwnames) {
    CY_TRY_RETURN_OBJ(new_init_from_vectorcall_raising(type, args, nargsf, kwnames));
}

mp_obj_t cy_Pyx_tp_new_basic(const mp_obj_type_t *type, mp_obj_t args, mp_obj_t kwds) {
    (void)args;
    (void)kwds;
    return cy_Pyx_AllocateExtensionType(type, 0);
}

// What cy_Pyx_tp_vectorcall_basic does for its own type `t`, which ext_make_new does inline: a
// new instance, passed to the type's own __init__ wrapper when it has one. NULL with a pending
// exception on failure.
MP_ALWAYSINLINE static inline mp_obj_t basic_new_init(const cy_type_t *t, mp_obj_t const *args,
    mp_int_t nargs, mp_obj_t kwnames) {
    // cy_Pyx_AllocateExtensionType for exactly the type `t`, inline: its size and whether it
    // needs a finaliser are the type's own.
    // (The flag is read again on the rare path rather than kept in a register across the call.)
    const mp_obj_type_t *type = (const mp_obj_type_t *)t;
    mp_obj_t o = MP_OBJ_NULL;
    if (!CY2UPY_TYPE_FINALISERS || !t->finalise) {
        o = instance_new_maybe(type, t->basicsize);
    }
    if (MP_UNLIKELY(o == MP_OBJ_NULL)) {
        o = instance_new_or_error(type, t->basicsize, CY2UPY_TYPE_FINALISERS && t->finalise);
        if (o == MP_OBJ_NULL) {
            return o;
        }
    }
    cy_Pyx_tpinitvectorcallfunc init = (cy_Pyx_tpinitvectorcallfunc)slot_of(t, cy_Py_tp_init_vectorcall);
    if (init != NULL && init(o, args, nargs, kwnames) < 0) {
        return MP_OBJ_NULL;
    }
    return o;
}

// ext_make_new does the work of this function itself when the type's own slot table names it
// (the only way the runtime reaches a tp_vectorcall), so a call of it is for another type:
// tp_new and tp_init, as Cython's tp_vectorcall does for a type other than its own (for the
// class itself that is the same work, through an argument tuple).
mp_obj_t cy_Pyx_tp_vectorcall_basic(mp_obj_t type, mp_obj_t const *args, size_t nargsf,
    mp_obj_t kwnames) {
    return cy_Pyx_CallNewInitFromVectorcall(MP_OBJ_TO_PTR(type), args, nargsf, kwnames);
}

static mp_obj_t tp_new_raising(mp_obj_t type_obj, mp_obj_t args, mp_obj_t kwargs) {
    if (!mp_obj_is_type(type_obj, &mp_type_type)) {
        mp_raise_TypeError(MP_ERROR_TEXT("X.__new__(X): X is not a type object"));
    }
    const mp_obj_type_t *type = MP_OBJ_TO_PTR(type_obj);
    newfunc tp_new = (newfunc)type_slot(type, cy_Py_tp_new);
    if (tp_new != NULL) {
        return check(tp_new(type, args, kwargs));
    }
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(args, &n, &items);
    mp_map_t *map = kwargs != MP_OBJ_NULL ? mp_obj_dict_get_map(kwargs) : NULL;
    size_t n_kw = map != NULL ? map->used : 0;
    bool python_class = (type->flags & MP_TYPE_FLAG_INSTANCE_TYPE) != 0;
    size_t first = python_class ? 1 : 0;
    mp_obj_t *a = m_new(mp_obj_t, first + n + 2 * n_kw);
    if (python_class) {
        a[0] = type_obj;
    }
    memcpy(a + first, items, n * sizeof(mp_obj_t));
    size_t j = first + n;
    for (size_t i = 0; map != NULL && i < map->alloc; i++) {
        if (mp_map_slot_is_filled(map, i)) {
            a[j++] = map->table[i].key;
            a[j++] = map->table[i].value;
        }
    }
    mp_obj_t fn = type_obj;
    if (python_class) {
        mp_obj_t dest[2];
        mp_load_method(type_obj, MP_QSTR___new__, dest);
        fn = dest[0];
    }
    return mp_call_function_n_kw(fn, first + n, n_kw, a);
}

mp_obj_t cy_Pyx_tp_new_kwargs(mp_obj_t type_obj, mp_obj_t args, mp_obj_t kwargs) {
    CY_TRY_RETURN_OBJ(tp_new_raising(type_obj, args, kwargs));
}

// The items of the tuple `args` followed by the (name, value) pairs of the dict `kwds` (or
// MP_OBJ_NULL): a FASTCALL argument array in `buf` (n_buf entries) or, when longer, on the heap.
// *nargs and *kwnames get the counts. MicroPython context: raises (TypeError, MemoryError).
static mp_obj_t *fastcall_args_raising(mp_obj_t args, mp_obj_t kwds, mp_obj_t *buf, size_t n_buf,
    mp_int_t *nargs, mp_obj_t *kwnames) {
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(args, &n, &items);
    *nargs = (mp_int_t)n;
    *kwnames = MP_OBJ_NULL;
    mp_map_t *map = kwds != MP_OBJ_NULL ? mp_obj_dict_get_map(kwds) : NULL;
    if (map == NULL || map->used == 0) {
        return items;
    }
    size_t total = n + 2 * map->used;
    mp_obj_t *out = total <= n_buf ? buf : m_new(mp_obj_t, total);
    memcpy(out, items, n * sizeof(mp_obj_t));
    size_t j = n;
    for (size_t i = 0; i < map->alloc; i++) {
        if (mp_map_slot_is_filled(map, i)) {
            out[j++] = map->table[i].key;
            out[j++] = map->table[i].value;
        }
    }
    *kwnames = MP_OBJ_NEW_SMALL_INT(map->used);
    return out;
}

mp_obj_t cy_Pyx_CallTpnewAsVectorcall(cy_Pyx_tpnewvectorcallfunc f, cy_PyTypeObject *type,
    mp_obj_t args, mp_obj_t kwds) {
    mp_obj_t buf[8];
    mp_int_t nargs;
    mp_obj_t kwnames;
    mp_obj_t *a;
    CY_TRY_ASSIGN(a, fastcall_args_raising(args, kwds, buf, MP_ARRAY_SIZE(buf), &nargs, &kwnames));
    if (a == MP_OBJ_NULL) {
        return MP_OBJ_NULL;
    }
    return f(type, a, nargs, kwnames);
}

int cy_Pyx_CallTpinitAsVectorcall(cy_Pyx_tpinitvectorcallfunc f, mp_obj_t self, mp_obj_t args,
    mp_obj_t kwds) {
    mp_obj_t buf[8];
    mp_int_t nargs;
    mp_obj_t kwnames;
    mp_obj_t *a;
    CY_TRY_ASSIGN(a, fastcall_args_raising(args, kwds, buf, MP_ARRAY_SIZE(buf), &nargs, &kwnames));
    if (a == MP_OBJ_NULL) {
        return -1;
    }
    return f(self, a, nargs, kwnames);
}

// Cython's tp_vectorcall of a type (see cy_Pyx_CallTpnewAsVectorcall in cy2upy_types.h).
typedef mp_obj_t (*tp_vectorcall_func)(mp_obj_t type, mp_obj_t const *args, size_t nargsf,
    mp_obj_t kwnames);

// make_new: the type's tp_vectorcall on MicroPython's argument array when it has one; else
// tp_new(type, args, kwargs), then tp_init when the result is an instance of type.
static mp_obj_t ext_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw,
    const mp_obj_t *args) {
    const cy_type_t *t = (const cy_type_t *)type;
    newfunc tp_new = (newfunc)slot_of(t, cy_Py_tp_new);
    if (tp_new == NULL || (t->flags & cy_Py_TPFLAGS_DISALLOW_INSTANTIATION)) {
        raise_with_type(&mp_type_TypeError, "cannot create '", type, "' instances");
    }
    tp_vectorcall_func vc = (tp_vectorcall_func)slot_of(t, cy_Py_tp_vectorcall);
    if (vc == cy_Pyx_tp_vectorcall_basic) {
        // The runtime's own, named by this type's table: its work without the call.
        return check(basic_new_init(t, args, n_args, CY_KWDS_OF_COUNT(n_kw)));
    }
    if (vc != NULL) {
        return check(vc(MP_OBJ_FROM_PTR(type), args, n_args, CY_KWDS_OF_COUNT(n_kw)));
    }
    return new_init_raising(type, tp_new, n_args, n_kw, args);
}

static void ext_print(const mp_print_t *print, mp_obj_t self, mp_print_kind_t kind) {
    cy_type_t *t = ext_of(self);
    reprfunc f = NULL;
    if ((kind & ~PRINT_EXC_SUBCLASS) == PRINT_STR) {
        f = (reprfunc)slot_of(t, cy_Py_tp_str);
    }
    if (f == NULL) {
        f = (reprfunc)slot_of(t, cy_Py_tp_repr);
    }
    mp_obj_t sub;
    if (f == NULL && native_sub(self, &sub) != NULL) {
        mp_obj_print_helper(print, sub, kind);
        return;
    }
    if (f == NULL) {
        mp_print_str(print, "<");
        print_type_name(print, mp_obj_get_type(self));
        mp_printf(print, " object at %p>", MP_OBJ_TO_PTR(self));
        return;
    }
    mp_obj_t r = check(f(self));
    if (!mp_obj_is_str(r)) {
        raise_with_type(&mp_type_TypeError, "__str__ returned non-string (type ", mp_obj_get_type(r), ")");
    }
    mp_obj_print_helper(print, r, PRINT_STR);
}

mp_obj_t cy_ext_call(mp_obj_t self, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    ternaryfunc f = (ternaryfunc)slot_of(ext_of(self), cy_Py_tp_call);
    if (f == NULL) {
        raise_with_type(&mp_type_TypeError, "'", mp_obj_get_type(self), "' object is not callable");
    }
    return check(f(self, args_tuple(n_args, args), kwargs_dict(n_args, n_kw, args)));
}

static bool ext_is_unhashable(const cy_type_t *t) {
    return slot_of(t, cy_Py_tp_hash) == NULL && slot_of(t, cy_Py_tp_richcompare) != NULL;
}

mp_obj_t cy_ext_unary_op(mp_unary_op_t op, mp_obj_t self) {
    cy_type_t *t = ext_of(self);
    int slot;
    switch (op) {
        case MP_UNARY_OP_BOOL: {
            inquiry f = (inquiry)slot_of(t, cy_Py_nb_bool);
            if (f == NULL) {
                return native_unary_op(op, self); // MicroPython then tries len(), then True
            }
            return mp_obj_new_bool(check_int(f(self)));
        }
        case MP_UNARY_OP_LEN: {
            lenfunc f = (lenfunc)slot_of(t, cy_Py_mp_length);
            if (f == NULL) {
                f = (lenfunc)slot_of(t, cy_Py_sq_length);
            }
            if (f == NULL) {
                return native_unary_op(op, self);
            }
            mp_int_t n = f(self);
            if (n < 0) {
                check_int(-1);
                mp_raise_ValueError(MP_ERROR_TEXT("__len__() should return >= 0"));
            }
            return MP_OBJ_NEW_SMALL_INT(n);
        }
        case MP_UNARY_OP_HASH: {
            hashfunc f = (hashfunc)slot_of(t, cy_Py_tp_hash);
            if (f == NULL && t->native != NULL && !ext_is_unhashable(t)) {
                return native_unary_op(op, self);
            }
            if (f == NULL) {
                if (ext_is_unhashable(t)) {
                    raise_with_type(&mp_type_TypeError, "unhashable type: '", mp_obj_get_type(self), "'");
                }
                return MP_OBJ_NEW_SMALL_INT((mp_uint_t)MP_OBJ_TO_PTR(self) >> 4);
            }
            mp_int_t h = f(self);
            if (h == -1 && cy_err_occurred() != MP_OBJ_NULL) {
                cy_raise_pending();
            }
            // A small int, as MicroPython's own hashes are (what does not fit is truncated, as
            // MicroPython truncates a class's __hash__); negative values keep their sign.
            return MP_OBJ_NEW_SMALL_INT(h);
        }
        case MP_UNARY_OP_POSITIVE:
            slot = cy_Py_nb_positive;
            break;
        case MP_UNARY_OP_NEGATIVE:
            slot = cy_Py_nb_negative;
            break;
        case MP_UNARY_OP_INVERT:
            slot = cy_Py_nb_invert;
            break;
        case MP_UNARY_OP_ABS:
            slot = cy_Py_nb_absolute;
            break;
        case MP_UNARY_OP_INT_MAYBE:
            slot = slot_of(t, cy_Py_nb_int) ? cy_Py_nb_int : cy_Py_nb_index;
            break;
        #if MICROPY_PY_BUILTINS_FLOAT
        case MP_UNARY_OP_FLOAT_MAYBE:
            slot = cy_Py_nb_float;
            break;
        #endif
        default:
            return native_unary_op(op, self);
    }
    unaryfunc f = (unaryfunc)slot_of(t, slot);
    if (f == NULL) {
        return native_unary_op(op, self);
    }
    return check(f(self));
}

// CPython's number slot for a MicroPython binary operator (the in-place and reflected forms use
// the plain one, with the operands swapped for the reflected form), or 0.
static int nb_slot_of(mp_binary_op_t op, bool *inplace, bool *reflected) {
    *inplace = false;
    *reflected = false;
    if (op >= MP_BINARY_OP_INPLACE_OR && op <= MP_BINARY_OP_INPLACE_POWER) {
        *inplace = true;
        op += MP_BINARY_OP_OR - MP_BINARY_OP_INPLACE_OR;
    }
    #if MICROPY_PY_REVERSE_SPECIAL_METHODS
    else if (op >= MP_BINARY_OP_REVERSE_OR && op <= MP_BINARY_OP_REVERSE_POWER) {
        *reflected = true;
        op -= MP_BINARY_OP_REVERSE_OR - MP_BINARY_OP_OR;
    }
    #endif
    switch (op) {
        case MP_BINARY_OP_OR:
            return *inplace ? cy_Py_nb_inplace_or : cy_Py_nb_or;
        case MP_BINARY_OP_XOR:
            return *inplace ? cy_Py_nb_inplace_xor : cy_Py_nb_xor;
        case MP_BINARY_OP_AND:
            return *inplace ? cy_Py_nb_inplace_and : cy_Py_nb_and;
        case MP_BINARY_OP_LSHIFT:
            return *inplace ? cy_Py_nb_inplace_lshift : cy_Py_nb_lshift;
        case MP_BINARY_OP_RSHIFT:
            return *inplace ? cy_Py_nb_inplace_rshift : cy_Py_nb_rshift;
        case MP_BINARY_OP_ADD:
            return *inplace ? cy_Py_nb_inplace_add : cy_Py_nb_add;
        case MP_BINARY_OP_SUBTRACT:
            return *inplace ? cy_Py_nb_inplace_subtract : cy_Py_nb_subtract;
        case MP_BINARY_OP_MULTIPLY:
            return *inplace ? cy_Py_nb_inplace_multiply : cy_Py_nb_multiply;
        case MP_BINARY_OP_MAT_MULTIPLY:
            return *inplace ? cy_Py_nb_inplace_matrix_multiply : cy_Py_nb_matrix_multiply;
        case MP_BINARY_OP_FLOOR_DIVIDE:
            return *inplace ? cy_Py_nb_inplace_floor_divide : cy_Py_nb_floor_divide;
        case MP_BINARY_OP_TRUE_DIVIDE:
            return *inplace ? cy_Py_nb_inplace_true_divide : cy_Py_nb_true_divide;
        case MP_BINARY_OP_MODULO:
            return *inplace ? cy_Py_nb_inplace_remainder : cy_Py_nb_remainder;
        case MP_BINARY_OP_POWER:
            return *inplace ? cy_Py_nb_inplace_power : cy_Py_nb_power;
        case MP_BINARY_OP_DIVMOD:
            return *inplace ? 0 : cy_Py_nb_divmod;
        default:
            return 0;
    }
}

static int richcmp_op_of(mp_binary_op_t op) {
    switch (op) {
        case MP_BINARY_OP_LESS:
            return cy_Py_LT;
        case MP_BINARY_OP_LESS_EQUAL:
            return cy_Py_LE;
        case MP_BINARY_OP_EQUAL:
            return cy_Py_EQ;
        case MP_BINARY_OP_NOT_EQUAL:
            return cy_Py_NE;
        case MP_BINARY_OP_MORE:
            return cy_Py_GT;
        case MP_BINARY_OP_MORE_EQUAL:
            return cy_Py_GE;
        default:
            return -1;
    }
}

// NotImplemented from a slot means "not supported": MicroPython then tries the reflected
// operation or the other operand, as CPython does.
static inline mp_obj_t not_implemented_to_null(mp_obj_t r) {
    check(r);
    #if MICROPY_PY_BUILTINS_NOTIMPLEMENTED
    return r == mp_const_notimplemented ? MP_OBJ_NULL : r;
    #else
    return r;
    #endif
}

mp_obj_t cy_ext_binary_op(mp_binary_op_t op, mp_obj_t lhs, mp_obj_t rhs) {
    cy_type_t *t = ext_of(lhs);
    int cmp = richcmp_op_of(op);
    if (cmp >= 0) {
        richcmpfunc f = (richcmpfunc)slot_of(t, cy_Py_tp_richcompare);
        if (f == NULL) {
            return native_binary_op(op, lhs, rhs);
        }
        return not_implemented_to_null(f(lhs, rhs, cmp));
    }
    if (op == MP_BINARY_OP_CONTAINS) {
        objobjproc f = (objobjproc)slot_of(t, cy_Py_sq_contains);
        if (f == NULL) {
            return native_binary_op(op, lhs, rhs); // without one MicroPython then iterates
        }
        return mp_obj_new_bool(check_int(f(lhs, rhs)));
    }
    bool inplace, reflected;
    int slot = nb_slot_of(op, &inplace, &reflected);
    void *f = slot != 0 ? slot_of(t, slot) : NULL;
    if (f == NULL) {
        // A built-in base's operator; otherwise an in-place operator falls back to the plain one.
        return native_binary_op(op, lhs, rhs);
    }
    mp_obj_t a = reflected ? rhs : lhs;
    mp_obj_t b = reflected ? lhs : rhs;
    if (slot == cy_Py_nb_power || slot == cy_Py_nb_inplace_power) {
        return not_implemented_to_null(((ternaryfunc)f)(a, b, mp_const_none));
    }
    return not_implemented_to_null(((binaryfunc)f)(a, b));
}

// The built-in base's subscript on the sub-object (MicroPython's own, which raises for what
// the built-in does not support), or MP_OBJ_NULL without a built-in base.
static mp_obj_t native_subscr(mp_obj_t self, mp_obj_t index, mp_obj_t value) {
    mp_obj_t sub;
    if (native_sub(self, &sub) == NULL) {
        return MP_OBJ_NULL;
    }
    return mp_obj_subscr(sub, index, value);
}

mp_obj_t cy_ext_subscr(mp_obj_t self, mp_obj_t index, mp_obj_t value) {
    cy_type_t *t = ext_of(self);
    if (value == MP_OBJ_SENTINEL) {
        binaryfunc f = (binaryfunc)slot_of(t, cy_Py_mp_subscript);
        if (f != NULL) {
            return check(f(self, index));
        }
        ssizeargfunc g = (ssizeargfunc)slot_of(t, cy_Py_sq_item);
        if (g != NULL && mp_obj_is_int(index)) {
            return check(g(self, mp_obj_get_int(index)));
        }
        return native_subscr(self, index, value);
    }
    mp_obj_t v = value; // MP_OBJ_NULL deletes, as in CPython's slots
    objobjargproc f = (objobjargproc)slot_of(t, cy_Py_mp_ass_subscript);
    if (f != NULL) {
        check_int(f(self, index, v));
        return mp_const_none;
    }
    ssizeobjargproc g = (ssizeobjargproc)slot_of(t, cy_Py_sq_ass_item);
    if (g != NULL && mp_obj_is_int(index)) {
        check_int(g(self, mp_obj_get_int(index), v));
        return mp_const_none;
    }
    return native_subscr(self, index, value);
}

// Is `o` an iterator (has a next)? CPython's iter() refuses what __iter__ returns otherwise.
static bool is_iterator(mp_obj_t o) {
    const mp_obj_type_t *t = mp_obj_get_type(o);
    if (t->flags & MP_TYPE_FLAG_ITER_IS_ITERNEXT) {
        return true;
    }
    if ((t->flags & MP_TYPE_FLAG_ITER_IS_CUSTOM) && MP_OBJ_TYPE_HAS_SLOT(t, iter)) {
        return ((const mp_getiter_iternext_custom_t *)MP_OBJ_TYPE_GET_SLOT(t, iter))->iternext != NULL;
    }
    if (t->flags & MP_TYPE_FLAG_INSTANCE_TYPE) {
        mp_obj_t dest[2];
        mp_load_method_maybe(o, MP_QSTR___next__, dest);
        return dest[0] != MP_OBJ_NULL;
    }
    return false;
}

static mp_obj_t ext_getiter(mp_obj_t self, mp_obj_iter_buf_t *iter_buf) {
    getiterfunc f = (getiterfunc)slot_of(ext_of(self), cy_Py_tp_iter);
    mp_obj_t sub;
    if (f == NULL && native_sub(self, &sub) != NULL) {
        return mp_getiter(sub, iter_buf);
    }
    if (f == NULL) {
        raise_with_type(&mp_type_TypeError, "'", mp_obj_get_type(self), "' object is not iterable");
    }
    mp_obj_t it = check(f(self));
    if (!is_iterator(it)) {
        raise_with_type(&mp_type_TypeError, "iter() returned non-iterator of type '",
            mp_obj_get_type(it), "'");
    }
    return it;
}

// tp_iternext returns NULL at the end, with no exception or a StopIteration pending.
static mp_obj_t iternext_result(mp_obj_t r) {
    if (r != MP_OBJ_NULL) {
        return r;
    }
    mp_obj_t exc = cy_err_occurred();
    if (exc == MP_OBJ_NULL) {
        return MP_OBJ_STOP_ITERATION;
    }
    if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(exc)),
        MP_OBJ_FROM_PTR(&mp_type_StopIteration))) {
        mp_obj_t value = mp_obj_exception_get_value(exc);
        if (value == mp_const_none) {
            cy_err_clear();
            return MP_OBJ_STOP_ITERATION;
        }
    }
    cy_raise_pending();
}

static mp_obj_t ext_iternext(mp_obj_t self) {
    iternextfunc f = (iternextfunc)slot_of(ext_of(self), cy_Py_tp_iternext);
    if (f == NULL) {
        raise_with_type(&mp_type_TypeError, "'", mp_obj_get_type(self), "' object is not an iterator");
    }
    return iternext_result(f(self));
}

const mp_getiter_iternext_custom_t cy_ext_iter = {
    .getiter = ext_getiter,
    .iternext = ext_iternext,
};

// ===========================================================================================
// Attributes
// ===========================================================================================

// Accessors: the getters and setters of tp_getset / tp_members entries, as callables that a
// `property` object holds (so classes defined in Python that derive from an extension type find
// them through MicroPython's own property support).
enum {
    ACC_GET,
    ACC_SET,
    ACC_DEL,
    ACC_MEMBER_GET,
    ACC_MEMBER_SET,
    ACC_MEMBER_DEL,
};

typedef struct _cy_accessor_t {
    mp_obj_base_t base;
    const void *def; // cy_PyGetSetDef or cy_PyMemberDef
    const mp_obj_type_t *owner;
    uint8_t kind;
} cy_accessor_t;

static const mp_obj_type_t cy_accessor_type;

// A C integer of `size` bytes at p, sign-extended or not.
static long long load_signed(const char *p, int size) {
    switch (size) {
        case 1:
            return *(const int8_t *)p;
        case 2:
            return *(const int16_t *)p;
        case 4:
            return *(const int32_t *)p;
        default:
            return *(const int64_t *)p;
    }
}

static unsigned long long load_unsigned(const char *p, int size) {
    switch (size) {
        case 1:
            return *(const uint8_t *)p;
        case 2:
            return *(const uint16_t *)p;
        case 4:
            return *(const uint32_t *)p;
        default:
            return *(const uint64_t *)p;
    }
}

static void store_int(char *p, int size, unsigned long long v) {
    switch (size) {
        case 1:
            *(uint8_t *)p = (uint8_t)v;
            break;
        case 2:
            *(uint16_t *)p = (uint16_t)v;
            break;
        case 4:
            *(uint32_t *)p = (uint32_t)v;
            break;
        default:
            *(uint64_t *)p = (uint64_t)v;
            break;
    }
}

// The value of a pending-error conversion: raise when it failed.
#define MEMBER_CHECKED(v, failed) ((failed) && cy_err_occurred() != MP_OBJ_NULL ? (cy_raise_pending(), (v)) : (v))

// C integers as int objects, raising (the conversions' small-int case inline).
static mp_obj_t member_int(long long v) {
    return check(cy_int_from_ll(v));
}

static mp_obj_t member_uint(unsigned long long v) {
    return check(cy_int_from_ull(v));
}

static mp_obj_t member_get(mp_obj_t self, const cy_PyMemberDef *m) {
    char *p = (char *)MP_OBJ_TO_PTR(self) + m->offset;
    int size = m->type & 0xf;
    switch (m->type & ~0xf) {
        case CY_T_SIGNED:
            return member_int(load_signed(p, size));
        case CY_T_UNSIGNED:
            return member_uint(load_unsigned(p, size));
    }
    switch (m->type) {
        case CY_T_BINT:
            return mp_obj_new_bool(*(int *)p);
        case CY_T_SSIZE:
            return mp_obj_new_int(*(mp_int_t *)p);
        case cy_Py_T_OBJECT:
        case cy_Py_T_OBJECT_EX: {
            mp_obj_t v = *(mp_obj_t *)p;
            if (v == MP_OBJ_NULL) {
                if (m->type == cy_Py_T_OBJECT) {
                    return mp_const_none;
                }
                mp_raise_msg_varg(&mp_type_AttributeError,
                    MP_ERROR_TEXT("'%s' object has no attribute '%s'"),
                    cy_obj_tp_name(self), m->name);
            }
            return v;
        }
        case cy_Py_T_SHORT:
            return mp_obj_new_int(*(short *)p);
        case cy_Py_T_INT:
            return mp_obj_new_int(*(int *)p);
        case cy_Py_T_LONG:
            return member_int(*(long *)p);
        case cy_Py_T_LONGLONG:
            return member_int(*(long long *)p);
        case cy_Py_T_PYSSIZET:
            return mp_obj_new_int(*(mp_int_t *)p);
        case cy_Py_T_BYTE:
            return mp_obj_new_int(*(signed char *)p);
        case cy_Py_T_UBYTE:
            return mp_obj_new_int(*(unsigned char *)p);
        case cy_Py_T_USHORT:
            return mp_obj_new_int(*(unsigned short *)p);
        case cy_Py_T_UINT:
            return mp_obj_new_int_from_uint(*(unsigned int *)p);
        case cy_Py_T_ULONG:
            return member_uint(*(unsigned long *)p);
        case cy_Py_T_ULONGLONG:
            return member_uint(*(unsigned long long *)p);
        case cy_Py_T_BOOL:
            return mp_obj_new_bool(*(char *)p);
        #if MICROPY_PY_BUILTINS_FLOAT
        case cy_Py_T_FLOAT:
            return mp_obj_new_float((mp_float_t)*(float *)p);
        case cy_Py_T_DOUBLE:
            return mp_obj_new_float((mp_float_t)*(double *)p);
        #endif
        default:
            mp_raise_msg_varg(&mp_type_NotImplementedError,
                MP_ERROR_TEXT("member '%s' has an unsupported C type"), m->name);
    }
}

void cy_member_store_signed(char *field, const cy_PyMemberDef *m, mp_obj_t value) {
    int size = m->type & 0xf;
    long long x = cy_int_as_signed_fast(value, (unsigned)size * 8, m->c_type);
    store_int(field, size, (unsigned long long)MEMBER_CHECKED(x, x == -1));
}

void cy_member_store_unsigned(char *field, const cy_PyMemberDef *m, mp_obj_t value) {
    int size = m->type & 0xf;
    unsigned long long x = cy_int_as_unsigned_fast(value, (unsigned)size * 8, m->c_type);
    store_int(field, size, MEMBER_CHECKED(x, x == (unsigned long long)-1));
}

void cy_member_store_ssize(char *field, const cy_PyMemberDef *m, mp_obj_t value) {
    (void)m;
    mp_int_t x = cy_Pyx_PyIndex_AsSsize_t(value);
    *(mp_int_t *)field = MEMBER_CHECKED(x, x == -1);
}

void cy_member_store_bint(char *field, const cy_PyMemberDef *m, mp_obj_t value) {
    (void)m;
    int x = cy_PyObject_IsTrue(value);
    *(int *)field = MEMBER_CHECKED(x, x < 0);
}

void cy_member_store_float(char *field, const cy_PyMemberDef *m, mp_obj_t value) {
    #if MICROPY_PY_BUILTINS_FLOAT
    double x = cy_PyFloat_AsDouble(value);
    x = MEMBER_CHECKED(x, x == -1.0);
    if (m->type == cy_Py_T_FLOAT) {
        *(float *)field = (float)x;
    } else {
        *(double *)field = x;
    }
    #else
    (void)field;
    (void)value;
    mp_raise_msg_varg(&mp_type_NotImplementedError,
        MP_ERROR_TEXT("member '%s' has an unsupported C type"), m->name);
    #endif
}

void cy_member_store_object(char *field, const cy_PyMemberDef *m, mp_obj_t value) {
    (void)m;
    *(mp_obj_t *)field = value;
}

static void member_set(mp_obj_t self, const cy_PyMemberDef *m, mp_obj_t v) {
    if (m->flags & cy_Py_READONLY) {
        mp_raise_msg_varg(&mp_type_AttributeError, MP_ERROR_TEXT("readonly attribute"));
    }
    char *p = (char *)MP_OBJ_TO_PTR(self) + m->offset;
    if (m->store != NULL) {
        // A Cython attribute: its property's `__del__` stores None in an object, and without
        // one deletion is NotImplementedError.
        if (v == MP_OBJ_NULL) {
            if (m->type != cy_Py_T_OBJECT) {
                mp_raise_msg(&mp_type_NotImplementedError, MP_ERROR_TEXT("__del__"));
            }
            v = mp_const_none;
        }
        m->store(p, m, v);
        return;
    }
    if (v == MP_OBJ_NULL && m->type != cy_Py_T_OBJECT && m->type != cy_Py_T_OBJECT_EX) {
        mp_raise_TypeError(MP_ERROR_TEXT("can't delete numeric/char attribute"));
    }
    switch (m->type) {
        case cy_Py_T_OBJECT:
        case cy_Py_T_OBJECT_EX:
            *(mp_obj_t *)p = v;
            break;
        case cy_Py_T_SHORT:
            *(short *)p = (short)mp_obj_get_int(v);
            break;
        case cy_Py_T_INT:
            *(int *)p = (int)mp_obj_get_int(v);
            break;
        case cy_Py_T_LONG:
            *(long *)p = (long)mp_obj_get_int(v);
            break;
        case cy_Py_T_LONGLONG:
            *(long long *)p = (long long)mp_obj_get_int(v);
            break;
        case cy_Py_T_PYSSIZET:
            *(mp_int_t *)p = mp_obj_get_int(v);
            break;
        case cy_Py_T_BOOL:
            *(char *)p = mp_obj_is_true(v);
            break;
        #if MICROPY_PY_BUILTINS_FLOAT
        case cy_Py_T_FLOAT:
            *(float *)p = (float)mp_obj_get_float(v);
            break;
        case cy_Py_T_DOUBLE:
            *(double *)p = (double)mp_obj_get_float(v);
            break;
        #endif
        default:
            mp_raise_msg_varg(&mp_type_NotImplementedError,
                MP_ERROR_TEXT("member '%s' has an unsupported C type"), m->name);
    }
}

// Run an accessor on `self`, an instance of its owner (MicroPython context: raises).
static mp_obj_t accessor_run_unchecked(const cy_accessor_t *a, mp_obj_t self, mp_obj_t value) {
    switch (a->kind) {
        case ACC_GET: {
            const cy_PyGetSetDef *d = a->def;
            return check(d->get(self, d->closure));
        }
        case ACC_SET:
        case ACC_DEL: {
            const cy_PyGetSetDef *d = a->def;
            check_int(d->set(self, a->kind == ACC_SET ? value : MP_OBJ_NULL, d->closure));
            return mp_const_none;
        }
        case ACC_MEMBER_GET:
            return member_get(self, a->def);
        default:
            member_set(self, a->def, a->kind == ACC_MEMBER_SET ? value : MP_OBJ_NULL);
            return mp_const_none;
    }
}

// Run an accessor on any object (a property's getter called by MicroPython).
static mp_obj_t accessor_run(const cy_accessor_t *a, mp_obj_t self, mp_obj_t value) {
    if (!mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(self)), MP_OBJ_FROM_PTR(a->owner))) {
        // Both kinds of definition start with the attribute's name.
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("descriptor '%s' for '%s' objects doesn't apply to a '%s' object"),
            *(const char *const *)a->def, cy_type_tp_name(a->owner), cy_obj_tp_name(self));
    }
    return accessor_run_unchecked(a, self, value);
}

static mp_obj_t accessor_call(mp_obj_t fun, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const cy_accessor_t *a = MP_OBJ_TO_PTR(fun);
    size_t want = (a->kind == ACC_SET || a->kind == ACC_MEMBER_SET) ? 2 : 1;
    mp_arg_check_num(n_args, n_kw, want, want, false);
    return accessor_run(a, args[0], want == 2 ? args[1] : MP_OBJ_NULL);
}

static MP_DEFINE_CONST_OBJ_TYPE(
    cy_accessor_type,
    MP_QSTR_getset_descriptor,
    MP_TYPE_FLAG_NONE,
    call, accessor_call
    );

static mp_obj_t new_accessor(const void *def, const mp_obj_type_t *owner, uint8_t kind) {
    cy_accessor_t *a = mp_obj_malloc(cy_accessor_t, &cy_accessor_type);
    a->def = def;
    a->owner = owner;
    a->kind = kind;
    return MP_OBJ_FROM_PTR(a);
}

static mp_obj_t new_property(mp_obj_t fget, mp_obj_t fset, mp_obj_t fdel, const char *doc) {
    #if MICROPY_PY_BUILTINS_PROPERTY
    (void)doc; // MicroPython's property keeps no docstring
    mp_obj_t args[3] = {fget, fset, fdel};
    return mp_call_function_n_kw(MP_OBJ_FROM_PTR(&mp_type_property), 3, 0, args);
    #else
    (void)fget;
    (void)fset;
    (void)fdel;
    (void)doc;
    mp_raise_msg(&mp_type_RuntimeError,
        MP_ERROR_TEXT("properties of extension types need MICROPY_PY_BUILTINS_PROPERTY"));
    #endif
}

#if MICROPY_PY_BUILTINS_PROPERTY
#define is_property(o) mp_obj_is_type((o), &mp_type_property)
#else
#define is_property(o) (false)
#define mp_obj_property_get(o) ((const mp_obj_t *)NULL)
#endif

// The instance dict slot of an extension type instance with `cdef dict __dict__`, or NULL.
static mp_obj_t *instance_dict_slot(mp_obj_t self) {
    cy_type_t *t = cy_type_extension_base(mp_obj_get_type(self));
    if (t == NULL || t->dictoffset <= 0) {
        return NULL;
    }
    mp_obj_t *slot = (mp_obj_t *)((char *)MP_OBJ_TO_PTR(self) + t->dictoffset);
    if (*slot == MP_OBJ_NULL || *slot == mp_const_none) {
        *slot = mp_obj_new_dict(0);
    }
    return slot;
}

mp_obj_t cy_PyObject_GenericGetDict(mp_obj_t obj, void *context) {
    (void)context;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t *slot = instance_dict_slot(obj);
        if (slot == NULL) {
            mp_raise_msg(&mp_type_AttributeError, MP_ERROR_TEXT("This object has no __dict__"));
        }
        nlr_pop();
        return *slot;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return MP_OBJ_NULL;
}

// Load attribute `attr` of `self` the way CPython's PyObject_GenericGetAttr does: properties of
// the type, then the instance's own attributes, then other class attributes (bound as methods).
// Returns false when there is none. MicroPython context (raises on errors of getters).
static bool generic_load(mp_obj_t self, qstr attr, mp_obj_t *dest) {
    const mp_obj_type_t *type = mp_obj_get_type(self);
    const mp_obj_type_t *owner = NULL;
    mp_obj_t member = lookup_in_bases(type, attr, &owner);
    if (member != MP_OBJ_NULL && is_property(member)) {
        const mp_obj_t *proxy = mp_obj_property_get(member);
        if (proxy[0] == mp_const_none) {
            mp_raise_msg(&mp_type_AttributeError, MP_ERROR_TEXT("unreadable attribute"));
        }
        if (mp_obj_is_type(proxy[0], &cy_accessor_type)) {
            // Found in the dict of its owner, a base of self's type: no need to check self.
            const cy_accessor_t *a = MP_OBJ_TO_PTR(proxy[0]);
            dest[0] = a->owner == owner ? accessor_run_unchecked(a, self, MP_OBJ_NULL)
                                        : accessor_run(a, self, MP_OBJ_NULL);
        } else {
            dest[0] = mp_call_function_1(proxy[0], self);
        }
        return true;
    }
    mp_obj_t *dict = attr == MP_QSTR___dict__ ? NULL : instance_dict_slot(self);
    if (dict != NULL) {
        mp_map_elem_t *elem = mp_map_lookup(mp_obj_dict_get_map(*dict), MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
        if (elem != NULL) {
            dest[0] = elem->value;
            return true;
        }
    }
    mp_obj_instance_t *inst = MP_OBJ_TO_PTR(self);
    if (inst->members.alloc != 0) {
        mp_map_elem_t *elem = mp_map_lookup(&inst->members, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
        if (elem != NULL) {
            dest[0] = elem->value;
            return true;
        }
    }
    mp_obj_t sub;
    bool native = native_sub(self, &sub) != NULL;
    if (member != MP_OBJ_NULL) {
        // A method of a built-in base applies to the built-in object (py/objtype.c does the same).
        bool on_native = native && !(owner->flags & MP_TYPE_FLAG_INSTANCE_TYPE) && owner != &mp_type_object;
        mp_convert_member_lookup(on_native ? sub : self, owner, member, dest);
        return true;
    }
    if (native) {
        // Attributes a built-in type makes in its attr slot (complex.real, ...).
        mp_load_method_maybe(sub, attr, dest);
        return dest[0] != MP_OBJ_NULL;
    }
    return false;
}

// Store (value) or delete (MP_OBJ_NULL) attribute `attr`: properties of the type, else the
// instance's attribute map for instances of classes defined in Python; extension types have no
// instance dict (AttributeError, as on CPython).
static void generic_store(mp_obj_t self, qstr attr, mp_obj_t value) {
    const mp_obj_type_t *type = mp_obj_get_type(self);
    mp_obj_t member = lookup_in_bases(type, attr, NULL);
    if (member != MP_OBJ_NULL && is_property(member)) {
        const mp_obj_t *proxy = mp_obj_property_get(member);
        mp_obj_t f = proxy[value != MP_OBJ_NULL ? 1 : 2];
        if (f == mp_const_none) {
            const mp_obj_type_t *owner = type;
            if (mp_obj_is_type(proxy[0], &cy_accessor_type)) {
                owner = ((cy_accessor_t *)MP_OBJ_TO_PTR(proxy[0]))->owner;
            }
            vstr_t vstr;
            mp_print_t print;
            vstr_init_print(&vstr, 32, &print);
            mp_printf(&print, "attribute '%q' of '", attr);
            print_type_name(&print, owner);
            mp_print_str(&print, "' objects is not writable");
            nlr_raise(mp_obj_new_exception_arg1(&mp_type_AttributeError, mp_obj_new_str_from_vstr(&vstr)));
        }
        if (mp_obj_is_type(f, &cy_accessor_type)) {
            accessor_run(MP_OBJ_TO_PTR(f), self, value);
        } else if (value != MP_OBJ_NULL) {
            mp_call_function_2(f, self, value);
        } else {
            mp_call_function_1(f, self);
        }
        return;
    }
    mp_obj_t *dict = instance_dict_slot(self);
    if (dict != NULL) {
        if (value != MP_OBJ_NULL) {
            mp_obj_dict_store(*dict, MP_OBJ_NEW_QSTR(attr), value);
            return;
        }
        if (mp_map_lookup(mp_obj_dict_get_map(*dict), MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_REMOVE_IF_FOUND) != NULL) {
            return;
        }
    } else if (!cy_type_is_extension(type)) {
        mp_obj_instance_t *inst = MP_OBJ_TO_PTR(self);
        if (value != MP_OBJ_NULL) {
            mp_map_lookup(&inst->members, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND)->value = value;
            return;
        }
        if (mp_map_lookup(&inst->members, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP_REMOVE_IF_FOUND) != NULL) {
            return;
        }
    }
    vstr_t vstr;
    mp_print_t print;
    vstr_init_print(&vstr, 32, &print);
    mp_print_str(&print, "'");
    print_type_name(&print, type);
    mp_printf(&print, "' object has no attribute '%q'", attr);
    nlr_raise(mp_obj_new_exception_arg1(&mp_type_AttributeError, mp_obj_new_str_from_vstr(&vstr)));
}

// The member type of a word-sized signed C integer (a `long`, or whatever is as wide as
// mp_int_t): it holds any small int as it is.
#define MEMBER_WORD (CY_T_SIGNED | (int)sizeof(mp_int_t))

// What a load through a cache entry does (its `load`, chosen by fill_entry): read a word-sized
// signed integer member (the common `long` attribute) without member_get's decoding, run a
// getter (any other member's too), or bind a class attribute.
static void load_member_word(mp_obj_t self, const struct _cy_attr_cache_t *c, mp_obj_t *dest) {
    const cy_PyMemberDef *m = ((const cy_accessor_t *)c->acc[0])->def;
    mp_int_t v = *(const mp_int_t *)((const char *)MP_OBJ_TO_PTR(self) + m->offset);
    dest[0] = MP_SMALL_INT_FITS(v) ? MP_OBJ_NEW_SMALL_INT(v) : mp_obj_new_int(v);
}

static void load_accessor(mp_obj_t self, const struct _cy_attr_cache_t *c, mp_obj_t *dest) {
    dest[0] = accessor_run_unchecked(c->acc[0], self, MP_OBJ_NULL);
}

static void load_class_attr(mp_obj_t self, const struct _cy_attr_cache_t *c, mp_obj_t *dest) {
    mp_convert_member_lookup(self, ((const mp_obj_base_t *)MP_OBJ_TO_PTR(self))->type, c->value, dest);
}

// The cache entry of `attr` in extension type `t` (see attr_cache in cy_type_t) while the type's
// own dict still holds, at the entry's index, that name with that value; NULL otherwise. An
// entry is filled only for a type with a dict, so a named entry implies the dict.
MP_ALWAYSINLINE static inline const struct _cy_attr_cache_t *cached_entry(cy_type_t *t, qstr attr) {
    const struct _cy_attr_cache_t *c = &t->attr_cache[attr & (CY_ATTR_CACHE_WAYS - 1)];
    if (c->attr != attr) {
        return NULL;
    }
    const mp_map_t *map = &MP_OBJ_TYPE_GET_SLOT((const mp_obj_type_t *)t, locals_dict)->map;
    size_t i = c->index;
    if (i < map->alloc && map->table[i].key == MP_OBJ_NEW_QSTR(attr) && map->table[i].value == c->value) {
        return c;
    }
    return NULL;
}

// The cache entry of `attr` in extension type `t`, filled by one lookup in the type's own dict;
// NULL when the type's own dict has no `attr` (the caller then takes the generic path, which
// looks in the type's own dict first too, so whatever is found there is what it would find).
static MP_NOINLINE const struct _cy_attr_cache_t *fill_entry(cy_type_t *t, qstr attr) {
    const mp_obj_type_t *type = (const mp_obj_type_t *)t;
    if (!MP_OBJ_TYPE_HAS_SLOT(type, locals_dict)) {
        return NULL;
    }
    mp_map_t *map = &MP_OBJ_TYPE_GET_SLOT(type, locals_dict)->map;
    mp_map_elem_t *elem = mp_map_lookup(map, MP_OBJ_NEW_QSTR(attr), MP_MAP_LOOKUP);
    if (elem == NULL) {
        return NULL;
    }
    struct _cy_attr_cache_t *c = &t->attr_cache[attr & (CY_ATTR_CACHE_WAYS - 1)];
    c->attr = attr;
    c->index = (size_t)(elem - map->table);
    c->value = elem->value;
    c->acc[0] = c->acc[1] = NULL;
    c->store = NULL;
    c->load = NULL;
    bool getattro = slot_of(t, cy_Py_tp_getattro) != NULL;
    bool setattro = slot_of(t, cy_Py_tp_setattro) != NULL;
    if (is_property(elem->value)) {
        // The getter and setter, when they are accessors of this type's getsets and members
        // and the type has no tp_getattro / tp_setattro to ask first.
        const mp_obj_t *proxy = mp_obj_property_get(elem->value);
        for (size_t k = 0; k < 2; k++) {
            if (mp_obj_is_type(proxy[k], &cy_accessor_type) && !(k == 0 ? getattro : setattro)) {
                const cy_accessor_t *a = MP_OBJ_TO_PTR(proxy[k]);
                c->acc[k] = a->owner == type ? a : NULL;
            }
        }
        // A word-sized member is read, and a Cython attribute's member written, by the attr
        // slot itself (what member_get and member_set's path for a writable Cython attribute do).
        const cy_accessor_t *get = c->acc[0], *set = c->acc[1];
        if (get != NULL) {
            bool word = get->kind == ACC_MEMBER_GET && ((const cy_PyMemberDef *)get->def)->type == MEMBER_WORD;
            c->load = word ? load_member_word : load_accessor;
        }
        if (set != NULL && set->kind == ACC_MEMBER_SET) {
            const cy_PyMemberDef *m = set->def;
            c->store = !(m->flags & cy_Py_READONLY) && m->store != NULL ? m : NULL;
        }
    } else if (!getattro && t->dictoffset <= 0) {
        // A method or other class attribute: without an instance dict nothing comes before it
        // (an instance of exactly an extension type has no attribute map of its own).
        c->load = load_class_attr;
    }
    return c;
}

// The attr slot. For an instance of exactly an extension type, the cache entry of the name in
// the type's own dict (see attr_cache in cy_type_t) says what to do: read a member, run a
// getter, bind a method, store a member or run a setter. Everything else, and whatever the
// entry does not cover, goes through the type's tp_getattro / tp_setattro or the generic path.
// The finaliser's __del__ is looked up by the collector: it is answered without tp_getattro.
static void ext_attr(mp_obj_t self, qstr attr, mp_obj_t *dest) {
    const mp_obj_type_t *type = ((const mp_obj_base_t *)MP_OBJ_TO_PTR(self))->type;
    if (MP_OBJ_TYPE_GET_SLOT_OR_NULL(type, make_new) == ext_make_new) {
        const cy_type_t *t = (const cy_type_t *)type;
        const struct _cy_attr_cache_t *c = cached_entry((cy_type_t *)type, attr);
        // Filled only where an entry can serve: not for a deletion, nor past tp_getattro /
        // tp_setattro, which would then be asked after a lookup for nothing.
        if (c == NULL && (dest[0] == MP_OBJ_NULL ? slot_of(t, cy_Py_tp_getattro) == NULL
                                                 : dest[1] != MP_OBJ_NULL && slot_of(t, cy_Py_tp_setattro) == NULL)) {
            c = fill_entry((cy_type_t *)type, attr);
        }
        if (c != NULL) {
            if (dest[0] == MP_OBJ_NULL) {
                if (c->load != NULL) {
                    c->load(self, c, dest);
                    return;
                }
            } else if (dest[1] != MP_OBJ_NULL) {
                if (c->store != NULL) {
                    const cy_PyMemberDef *m = c->store;
                    char *field = (char *)MP_OBJ_TO_PTR(self) + m->offset;
                    if (m->type == MEMBER_WORD && mp_obj_is_small_int(dest[1])) {
                        // What every store of a word-sized signed integer does with a small int.
                        *(mp_int_t *)field = MP_OBJ_SMALL_INT_VALUE(dest[1]);
                    } else {
                        m->store(field, m, dest[1]);
                    }
                    dest[0] = MP_OBJ_NULL;
                    return;
                }
                if (c->acc[1] != NULL) {
                    accessor_run_unchecked(c->acc[1], self, dest[1]);
                    dest[0] = MP_OBJ_NULL;
                    return;
                }
            }
        }
    }
    cy_type_t *t = ext_of(self);
    if (dest[0] == MP_OBJ_NULL) {
        getattrofunc f = (getattrofunc)slot_of(t, cy_Py_tp_getattro);
        if (f != NULL && attr != MP_QSTR___del__) {
            dest[0] = check(f(self, MP_OBJ_NEW_QSTR(attr)));
        } else {
            generic_load(self, attr, dest);
        }
        return;
    }
    // Store or delete.
    setattrofunc f = (setattrofunc)slot_of(t, cy_Py_tp_setattro);
    if (f != NULL) {
        check_int(f(self, MP_OBJ_NEW_QSTR(attr), dest[1]));
    } else {
        generic_store(self, attr, dest[1]);
    }
    dest[0] = MP_OBJ_NULL;
}

// PyObject_GenericGetAttr / SetAttr (Cython's tp_getattro and tp_setattro call them first).
mp_obj_t cy_PyObject_GenericGetAttr(mp_obj_t obj, mp_obj_t name) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t dest[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
        qstr attr = mp_obj_str_get_qstr(name);
        if (!generic_load(obj, attr, dest)) {
            mp_raise_msg_varg(&mp_type_AttributeError,
                MP_ERROR_TEXT("'%s' object has no attribute '%q'"), cy_obj_tp_name(obj), attr);
        }
        mp_obj_t r = dest[1] == MP_OBJ_NULL ? dest[0] : mp_obj_new_bound_meth(dest[0], dest[1]);
        nlr_pop();
        return r;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return MP_OBJ_NULL;
}

int cy_PyObject_GenericSetAttr(mp_obj_t obj, mp_obj_t name, mp_obj_t value) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        generic_store(obj, mp_obj_str_get_qstr(name), value);
        nlr_pop();
        return 0;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return -1;
}

// ===========================================================================================
// Dunder wrappers: the slots as methods in the type's dict
// ===========================================================================================

enum {
    W_NEW, W_INIT, W_REPR, W_HASH, W_BOOL, W_LEN, W_UNARY, W_BINARY, W_RBINARY, W_TERNARY,
    W_RTERNARY, W_RICHCMP, W_GETITEM, W_SQ_GETITEM, W_SETITEM, W_DELITEM, W_CONTAINS, W_ITER,
    W_NEXT, W_CALL, W_GETATTR, W_DEL, W_DESCR_GET, W_DESCR_SET, W_DESCR_DELETE,
};

// The first two fields are cy_PyWrapperDescrObject's (Cython sets d_base to a docstring).
typedef struct _cy_slotwrap_t {
    mp_obj_base_t base;
    cy_wrapperbase *d_base;
    void *fn;
    const mp_obj_type_t *owner;
    uint8_t kind;
    uint8_t op;
    qstr_short_t name;
} cy_slotwrap_t;

// TypeError("Owner.__new__(Sub) is not safe, use Base.__new__()"), as CPython words it.
static MP_NORETURN void new_not_safe(const mp_obj_type_t *owner, const mp_obj_type_t *sub,
    const mp_obj_type_t *base) {
    vstr_t vstr;
    mp_print_t print;
    vstr_init_print(&vstr, 48, &print);
    print_type_name(&print, owner);
    mp_print_str(&print, ".__new__(");
    print_type_name(&print, sub);
    mp_print_str(&print, ") is not safe, use ");
    print_type_name(&print, base);
    mp_print_str(&print, ".__new__()");
    nlr_raise(mp_obj_new_exception_arg1(&mp_type_TypeError, mp_obj_new_str_from_vstr(&vstr)));
}

static mp_obj_t slotwrap_call(mp_obj_t fun, size_t n_args, size_t n_kw, const mp_obj_t *args) {
    const cy_slotwrap_t *w = MP_OBJ_TO_PTR(fun);
    if (n_args < 1) {
        const char *owner = cy_type_tp_name(w->owner);
        if (w->kind == W_NEW) {
            mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%s.__new__(): not enough arguments"),
                owner);
        }
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("descriptor '%q' of '%s' object needs an argument"), (qstr)w->name, owner);
    }
    mp_obj_t self = args[0];
    if (w->kind == W_NEW) {
        // __new__(cls, *args, **kwargs): cls must derive from the owner (CPython's words).
        if (!mp_obj_is_type(self, &mp_type_type)) {
            mp_raise_msg_varg(&mp_type_TypeError,
                MP_ERROR_TEXT("%s.__new__(X): X is not a type object (%s)"),
                cy_type_tp_name(w->owner), cy_obj_tp_name(self));
        }
        if (!mp_obj_is_subclass_fast(self, MP_OBJ_FROM_PTR(w->owner))) {
            const char *owner = cy_type_tp_name(w->owner);
            const char *sub = cy_type_tp_name(MP_OBJ_TO_PTR(self));
            mp_raise_msg_varg(&mp_type_TypeError,
                MP_ERROR_TEXT("%s.__new__(%s): %s is not a subtype of %s"), owner, sub, sub, owner);
        }
        // CPython's tp_new_wrapper: the nearest type that is not a Python class must create its
        // instances with this very tp_new (`Base.__new__(Sub)` skips Sub's own __cinit__).
        const mp_obj_type_t *sub = MP_OBJ_TO_PTR(self);
        const mp_obj_type_t *staticbase = (const mp_obj_type_t *)cy_type_extension_base(sub);
        if (staticbase != NULL && type_slot(staticbase, cy_Py_tp_new) != (void *)w->fn) {
            new_not_safe(w->owner, sub, staticbase);
        }
        return check(((newfunc)w->fn)(MP_OBJ_TO_PTR(self), args_tuple(n_args - 1, args + 1),
            kwargs_dict(n_args - 1, n_kw, args + 1)));
    }
    if (!mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(self)), MP_OBJ_FROM_PTR(w->owner))) {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("descriptor '%q' requires a '%s' object but received a '%s'"),
            (qstr)w->name, cy_type_tp_name(w->owner), cy_obj_tp_name(self));
    }
    if (w->kind == W_INIT || w->kind == W_CALL) {
        mp_obj_t a = args_tuple(n_args - 1, args + 1);
        mp_obj_t k = kwargs_dict(n_args - 1, n_kw, args + 1);
        if (w->kind == W_CALL) {
            return check(((ternaryfunc)w->fn)(self, a, k));
        }
        check_int(((initproc)w->fn)(self, a, k));
        return mp_const_none;
    }
    size_t want = 0;
    switch (w->kind) {
        case W_BINARY:
        case W_RBINARY:
        case W_RICHCMP:
        case W_GETITEM:
        case W_SQ_GETITEM:
        case W_DELITEM:
        case W_CONTAINS:
        case W_GETATTR:
        case W_DESCR_DELETE:
            want = 1;
            break;
        case W_DESCR_GET:
            want = n_args == 3 ? 2 : 1;
            break;
        case W_DESCR_SET:
            want = 2;
            break;
        case W_SETITEM:
            want = 2;
            break;
        case W_TERNARY:
        case W_RTERNARY:
            if (n_args == 3) {
                want = 2;
            } else {
                want = 1;
            }
            break;
        default:
            break;
    }
    mp_arg_check_num(n_args - 1, n_kw, want, want, false);
    const mp_obj_t *a = args + 1;
    switch (w->kind) {
        case W_REPR:
        case W_UNARY:
        case W_ITER:
            return check(((unaryfunc)w->fn)(self));
        case W_HASH: {
            mp_int_t h = ((hashfunc)w->fn)(self);
            if (h == -1 && cy_err_occurred() != MP_OBJ_NULL) {
                cy_raise_pending();
            }
            return mp_obj_new_int(h);
        }
        case W_BOOL:
            return mp_obj_new_bool(check_int(((inquiry)w->fn)(self)));
        case W_LEN: {
            mp_int_t n = ((lenfunc)w->fn)(self);
            check_int(n < 0 ? -1 : 0);
            return mp_obj_new_int(n);
        }
        case W_BINARY:
            return check(((binaryfunc)w->fn)(self, a[0]));
        case W_RBINARY:
            return check(((binaryfunc)w->fn)(a[0], self));
        case W_TERNARY:
            return check(((ternaryfunc)w->fn)(self, a[0], want == 2 ? a[1] : mp_const_none));
        case W_RTERNARY:
            return check(((ternaryfunc)w->fn)(a[0], self, want == 2 ? a[1] : mp_const_none));
        case W_RICHCMP:
            return check(((richcmpfunc)w->fn)(self, a[0], w->op));
        case W_GETITEM:
            return check(((binaryfunc)w->fn)(self, a[0]));
        case W_SQ_GETITEM:
            return check(((ssizeargfunc)w->fn)(self, mp_obj_get_int(a[0])));
        case W_SETITEM:
            check_int(((objobjargproc)w->fn)(self, a[0], a[1]));
            return mp_const_none;
        case W_DELITEM:
            check_int(((objobjargproc)w->fn)(self, a[0], MP_OBJ_NULL));
            return mp_const_none;
        case W_CONTAINS:
            return mp_obj_new_bool(check_int(((objobjproc)w->fn)(self, a[0])));
        case W_NEXT: {
            mp_obj_t r = iternext_result(((iternextfunc)w->fn)(self));
            if (r == MP_OBJ_STOP_ITERATION) {
                mp_raise_type(&mp_type_StopIteration);
            }
            return r;
        }
        case W_GETATTR:
            return check(((getattrofunc)w->fn)(self, a[0]));
        case W_DESCR_GET:
            return check(((descrgetfunc)w->fn)(self, a[0] == mp_const_none ? MP_OBJ_NULL : a[0],
                want == 2 ? a[1] : mp_const_none));
        case W_DESCR_SET:
            check_int(((descrsetfunc)w->fn)(self, a[0], a[1]));
            return mp_const_none;
        case W_DESCR_DELETE:
            check_int(((descrsetfunc)w->fn)(self, a[0], MP_OBJ_NULL));
            return mp_const_none;
        case W_DEL: {
            // The finaliser: tp_finalize (__del__), then Cython's tp_dealloc (which runs
            // __dealloc__). The pending exception of the interrupted code is kept.
            mp_obj_t saved = cy_err_fetch();
            cy_type_t *t = cy_type_extension_base(mp_obj_get_type(self));
            destructor fin = t != NULL ? (destructor)t->slot[cy_Py_tp_finalize] : NULL;
            if (fin != NULL) {
                fin(self);
                cy_err_clear();
            }
            ((destructor)w->fn)(self);
            cy_err_clear();
            if (saved != MP_OBJ_NULL) {
                cy_err_set(saved);
            }
            return mp_const_none;
        }
        default:
            return mp_const_none;
    }
}

// A slot wrapper's attributes: `__doc__` (None unless Cython gave the special method one) and
// `__text_signature__`, which CPython takes from a doc "name(...)\n--\n\n..."
// (embedsignature.format=clinic) and leaves out of __doc__.
static void slotwrap_attr(mp_obj_t self, qstr attr, mp_obj_t *dest) {
    const cy_slotwrap_t *w = MP_OBJ_TO_PTR(self);
    if (dest[0] != MP_OBJ_NULL || (attr != MP_QSTR___doc__ && attr != MP_QSTR___text_signature__)) {
        return;
    }
    const char *doc = w->d_base != NULL ? CY_DOC(w->d_base->doc) : NULL;
    const char *open = doc != NULL ? strchr(doc, '(') : NULL;
    const char *end = open != NULL ? strstr(open, ")\n--\n\n") : NULL;
    for (const char *p = doc; end != NULL && p < open; p++) {
        if (!unichar_isident(*p)) {
            end = NULL; // the signature must start the doc: "name(...)"
        }
    }
    if (attr == MP_QSTR___text_signature__) {
        dest[0] = end != NULL ? mp_obj_new_str(open, end + 1 - open) : mp_const_none;
    } else {
        doc = end != NULL ? end + 6 : doc;
        dest[0] = doc != NULL && (end == NULL || *doc != '\0') ? mp_obj_new_str_from_cstr(doc) : mp_const_none;
    }
}

// A slot wrapper's d_base before Cython sets one: no docstring.
static cy_wrapperbase no_doc;

MP_DEFINE_CONST_OBJ_TYPE(
    cy_slotwrap_type,
    MP_QSTR_wrapper_descriptor,
    MP_TYPE_FLAG_BINDS_SELF,
    call, slotwrap_call,
    attr, slotwrap_attr
    );

// Add name -> wrapper to the dict unless the dict has the name already (Cython lists some special
// methods in tp_methods too; those are the user's own functions and win).
static void add_wrapper(mp_obj_dict_t *dict, const mp_obj_type_t *owner, qstr name, int kind,
    void *fn, int op) {
    if (fn == NULL) {
        return;
    }
    mp_map_elem_t *elem = mp_map_lookup(&dict->map, MP_OBJ_NEW_QSTR(name), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
    if (elem->value != MP_OBJ_NULL) {
        // Cython lists __getitem__ as sq_item (C index) and mp_subscript (any key): the latter
        // is the method.
        bool sq_item = mp_obj_is_type(elem->value, &cy_slotwrap_type)
            && ((cy_slotwrap_t *)MP_OBJ_TO_PTR(elem->value))->kind == W_SQ_GETITEM;
        if (!(sq_item && kind == W_GETITEM)) {
            return;
        }
    }
    cy_slotwrap_t *w = mp_obj_malloc(cy_slotwrap_t, &cy_slotwrap_type);
    w->d_base = &no_doc;
    w->fn = fn;
    w->owner = owner;
    w->kind = (uint8_t)kind;
    w->op = (uint8_t)op;
    w->name = (qstr_short_t)name;
    elem->value = MP_OBJ_FROM_PTR(w);
    if (kind == W_NEW) {
        // A static method, as CPython's tp_new wrapper: `obj.__new__(cls)` on an instance does
        // not bind obj.
        elem->value = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_staticmethod), elem->value);
    }
}

typedef struct {
    uint8_t slot;
    uint8_t kind;
    uint16_t name;
    uint16_t rname; // the reflected method, for binary number slots
} wrapper_def_t;

static const wrapper_def_t wrapper_defs[] = {
    {cy_Py_tp_init, W_INIT, MP_QSTR___init__, 0},
    {cy_Py_tp_repr, W_REPR, MP_QSTR___repr__, 0},
    {cy_Py_tp_str, W_REPR, MP_QSTR___str__, 0},
    {cy_Py_tp_hash, W_HASH, MP_QSTR___hash__, 0},
    {cy_Py_tp_call, W_CALL, MP_QSTR___call__, 0},
    {cy_Py_tp_iter, W_ITER, MP_QSTR___iter__, 0},
    {cy_Py_tp_iternext, W_NEXT, MP_QSTR___next__, 0},
    {cy_Py_tp_getattro, W_GETATTR, MP_QSTR___getattr__, 0},
    {cy_Py_tp_descr_get, W_DESCR_GET, MP_QSTR___get__, 0},
    {cy_Py_nb_bool, W_BOOL, MP_QSTR___bool__, 0},
    {cy_Py_mp_length, W_LEN, MP_QSTR___len__, 0},
    {cy_Py_sq_length, W_LEN, MP_QSTR___len__, 0},
    {cy_Py_mp_subscript, W_GETITEM, MP_QSTR___getitem__, 0},
    {cy_Py_sq_item, W_SQ_GETITEM, MP_QSTR___getitem__, 0},
    {cy_Py_mp_ass_subscript, W_SETITEM, MP_QSTR___setitem__, 0},
    {cy_Py_mp_ass_subscript, W_DELITEM, MP_QSTR___delitem__, 0},
    {cy_Py_sq_contains, W_CONTAINS, MP_QSTR___contains__, 0},
    {cy_Py_nb_negative, W_UNARY, MP_QSTR___neg__, 0},
    {cy_Py_nb_positive, W_UNARY, MP_QSTR___pos__, 0},
    {cy_Py_nb_absolute, W_UNARY, MP_QSTR___abs__, 0},
    {cy_Py_nb_invert, W_UNARY, MP_QSTR___invert__, 0},
    {cy_Py_nb_int, W_UNARY, MP_QSTR___int__, 0},
    {cy_Py_nb_float, W_UNARY, MP_QSTR___float__, 0},
    {cy_Py_nb_index, W_UNARY, MP_QSTR___index__, 0},
    {cy_Py_nb_add, W_BINARY, MP_QSTR___add__, MP_QSTR___radd__},
    {cy_Py_nb_subtract, W_BINARY, MP_QSTR___sub__, MP_QSTR___rsub__},
    {cy_Py_nb_multiply, W_BINARY, MP_QSTR___mul__, MP_QSTR___rmul__},
    {cy_Py_nb_matrix_multiply, W_BINARY, MP_QSTR___matmul__, MP_QSTR___rmatmul__},
    {cy_Py_nb_true_divide, W_BINARY, MP_QSTR___truediv__, MP_QSTR___rtruediv__},
    {cy_Py_nb_floor_divide, W_BINARY, MP_QSTR___floordiv__, MP_QSTR___rfloordiv__},
    {cy_Py_nb_remainder, W_BINARY, MP_QSTR___mod__, MP_QSTR___rmod__},
    {cy_Py_nb_divmod, W_BINARY, MP_QSTR___divmod__, 0},
    {cy_Py_nb_power, W_TERNARY, MP_QSTR___pow__, MP_QSTR___rpow__},
    {cy_Py_nb_lshift, W_BINARY, MP_QSTR___lshift__, MP_QSTR___rlshift__},
    {cy_Py_nb_rshift, W_BINARY, MP_QSTR___rshift__, MP_QSTR___rrshift__},
    {cy_Py_nb_and, W_BINARY, MP_QSTR___and__, MP_QSTR___rand__},
    {cy_Py_nb_or, W_BINARY, MP_QSTR___or__, MP_QSTR___ror__},
    {cy_Py_nb_xor, W_BINARY, MP_QSTR___xor__, MP_QSTR___rxor__},
    // The in-place operators' wrappers: the runtime part INPLACE_WRAPPERS (rules/parts.toml),
    // on when a module of the firmware has a type with one of these slots, since most of their
    // names are in no other qstr pool entry.
    #if CY2UPY_PART_INPLACE_WRAPPERS
    {cy_Py_nb_inplace_add, W_BINARY, MP_QSTR___iadd__, 0},
    {cy_Py_nb_inplace_subtract, W_BINARY, MP_QSTR___isub__, 0},
    {cy_Py_nb_inplace_multiply, W_BINARY, MP_QSTR___imul__, 0},
    {cy_Py_nb_inplace_matrix_multiply, W_BINARY, MP_QSTR___imatmul__, 0},
    {cy_Py_nb_inplace_true_divide, W_BINARY, MP_QSTR___itruediv__, 0},
    {cy_Py_nb_inplace_floor_divide, W_BINARY, MP_QSTR___ifloordiv__, 0},
    {cy_Py_nb_inplace_remainder, W_BINARY, MP_QSTR___imod__, 0},
    {cy_Py_nb_inplace_power, W_TERNARY, MP_QSTR___ipow__, 0},
    {cy_Py_nb_inplace_lshift, W_BINARY, MP_QSTR___ilshift__, 0},
    {cy_Py_nb_inplace_rshift, W_BINARY, MP_QSTR___irshift__, 0},
    {cy_Py_nb_inplace_and, W_BINARY, MP_QSTR___iand__, 0},
    {cy_Py_nb_inplace_or, W_BINARY, MP_QSTR___ior__, 0},
    {cy_Py_nb_inplace_xor, W_BINARY, MP_QSTR___ixor__, 0},
    #endif
};

static const uint16_t richcmp_names[6] = {
    MP_QSTR___lt__, MP_QSTR___le__, MP_QSTR___eq__, MP_QSTR___ne__, MP_QSTR___gt__, MP_QSTR___ge__,
};

// Wrappers for the spec's own slots (inherited ones are in the bases' dicts).
static void add_wrappers(cy_type_t *t, mp_obj_dict_t *dict, const cy_PyType_Slot *own) {
    const mp_obj_type_t *owner = (const mp_obj_type_t *)t;
    for (const cy_PyType_Slot *s = own; s->slot != 0; s++) {
        if (s->slot == cy_Py_tp_new) {
            add_wrapper(dict, owner, MP_QSTR___new__, W_NEW, s->pfunc, 0);
        } else if (s->slot == cy_Py_tp_richcompare) {
            for (int op = 0; op < 6; op++) {
                add_wrapper(dict, owner, richcmp_names[op], W_RICHCMP, s->pfunc, op);
            }
        } else if (s->slot == cy_Py_tp_dealloc) {
            #if CY2UPY_TYPE_FINALISERS
            if (t->finalise) {
                add_wrapper(dict, owner, MP_QSTR___del__, W_DEL, s->pfunc, 0);
            }
            #endif
        } else if (s->slot == cy_Py_tp_descr_set) {
            add_wrapper(dict, owner, MP_QSTR___set__, W_DESCR_SET, s->pfunc, 0);
            add_wrapper(dict, owner, MP_QSTR___delete__, W_DESCR_DELETE, s->pfunc, 0);
        } else {
            for (size_t i = 0; i < MP_ARRAY_SIZE(wrapper_defs); i++) {
                const wrapper_def_t *d = &wrapper_defs[i];
                if (d->slot != s->slot) {
                    continue;
                }
                add_wrapper(dict, owner, d->name, d->kind, s->pfunc, 0);
                if (d->rname != 0) {
                    add_wrapper(dict, owner, d->rname, d->kind == W_TERNARY ? W_RTERNARY : W_RBINARY,
                        s->pfunc, 0);
                }
            }
        }
    }
}

// ===========================================================================================
// PyType_FromModuleAndSpec
// ===========================================================================================

// Slots whose function a subtype inherits from its base (CPython's inherit_slots; the tables
// tp_methods, tp_getset, tp_members, tp_doc and the base are per type, and so is
// tp_vectorcall, which creates instances of its own type only).
static bool slot_is_inherited(int slot) {
    switch (slot) {
        case cy_Py_tp_methods:
        case cy_Py_tp_getset:
        case cy_Py_tp_members:
        case cy_Py_tp_doc:
        case cy_Py_tp_base:
        case cy_Py_tp_bases:
        case cy_Py_tp_vectorcall:
        case cy_Py_tp_init_vectorcall:
            return false;
        default:
            return true;
    }
}

// The class of a method of an extension type (Cython's CCLASS function, not a static or class
// method), which cy_function_call checks self against.
static void set_class_of(cy_function_obj_t *f, const mp_obj_type_t *type) {
    if ((f->flags & (cy_Pyx_CYFUNCTION_CCLASS | cy_Pyx_CYFUNCTION_STATICMETHOD
        | cy_Pyx_CYFUNCTION_CLASSMETHOD)) == cy_Pyx_CYFUNCTION_CCLASS && f->classobj == MP_OBJ_NULL) {
        f->classobj = MP_OBJ_FROM_PTR(type);
    }
}

// A function stored in an extension type's dict: a method's class is recorded. For a method
// with fused argument types, the dispatcher stored there calls its C function with the
// signatures dict as self, so the class goes to its specialisations, the methods it calls.
static void set_method_class(mp_obj_t func, const mp_obj_type_t *type) {
    if (!is_extension(type)) {
        return;
    }
    if (mp_obj_is_type(func, &cy_function_type)) {
        set_class_of(MP_OBJ_TO_PTR(func), type);
    } else if (mp_obj_is_type(func, &cy_fused_function_type)) {
        mp_obj_t signatures = cy_Pyx_as_FusedFunctionObject(func)->__signatures__;
        if (signatures == MP_OBJ_NULL || !mp_obj_is_type(signatures, &mp_type_dict)) {
            return;
        }
        mp_map_t *map = mp_obj_dict_get_map(signatures);
        for (size_t i = 0; i < map->alloc; i++) {
            mp_obj_t special = map->table[i].value;
            if (mp_map_slot_is_filled(map, i) && cy_CyFunction_Check(special)) {
                set_class_of(MP_OBJ_TO_PTR(special), type);
            }
        }
    }
}

static void add_methods(cy_type_t *t, mp_obj_dict_t *dict, const cy_methoddef_t *ml) {
    mp_obj_t module = t->module != MP_QSTRnull ? MP_OBJ_NEW_QSTR(t->module) : mp_const_none;
    for (; ml != NULL && ml->ml_name != NULL; ml++) {
        int flags = cy_Pyx_CYFUNCTION_CCLASS | CY_FUNCTION_METHOD_DESCR;
        if (ml->ml_flags & CY_METH_STATIC) {
            flags |= cy_Pyx_CYFUNCTION_STATICMETHOD;
        } else if (ml->ml_flags & CY_METH_CLASS) {
            flags |= cy_Pyx_CYFUNCTION_CLASSMETHOD;
        }
        mp_obj_t f = cy_Pyx_CyFunction_New(ml, flags, MP_OBJ_NULL, MP_OBJ_NULL, module, MP_OBJ_NULL,
            MP_OBJ_NULL);
        if (f == MP_OBJ_NULL) {
            cy_raise_pending();
        }
        set_method_class(f, (const mp_obj_type_t *)t);
        if (flags & cy_Pyx_CYFUNCTION_STATICMETHOD) {
            f = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_staticmethod), f);
        } else if (flags & cy_Pyx_CYFUNCTION_CLASSMETHOD) {
            f = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_classmethod), f);
        }
        mp_obj_dict_store(MP_OBJ_FROM_PTR(dict), MP_OBJ_NEW_QSTR(qstr_from_str(ml->ml_name)), f);
    }
}

static bool add_getsets(cy_type_t *t, mp_obj_dict_t *dict, const cy_PyGetSetDef *gs) {
    bool any = false;
    for (; gs != NULL && gs->name != NULL; gs++) {
        const mp_obj_type_t *owner = (const mp_obj_type_t *)t;
        mp_obj_t fget = gs->get ? new_accessor(gs, owner, ACC_GET) : mp_const_none;
        mp_obj_t fset = gs->set ? new_accessor(gs, owner, ACC_SET) : mp_const_none;
        mp_obj_t fdel = gs->set ? new_accessor(gs, owner, ACC_DEL) : mp_const_none;
        mp_obj_dict_store(MP_OBJ_FROM_PTR(dict), MP_OBJ_NEW_QSTR(qstr_from_str(gs->name)),
            new_property(fget, fset, fdel, gs->doc));
        any = true;
    }
    return any;
}

static bool add_members(cy_type_t *t, mp_obj_dict_t *dict, const cy_PyMemberDef *m) {
    bool any = false;
    for (; m != NULL && m->name != NULL; m++) {
        size_t len = strlen(m->name);
        if (strcmp(m->name, "__dictoffset__") == 0) {
            t->dictoffset = m->offset;
            continue;
        }
        if (len > 8 && strncmp(m->name, "__", 2) == 0 && strcmp(m->name + len - 8, "offset__") == 0) {
            continue; // __weaklistoffset__, __vectorcalloffset__
        }
        const mp_obj_type_t *owner = (const mp_obj_type_t *)t;
        mp_obj_t fget = new_accessor(m, owner, ACC_MEMBER_GET);
        bool writable = !(m->flags & cy_Py_READONLY);
        mp_obj_t fset = writable ? new_accessor(m, owner, ACC_MEMBER_SET) : mp_const_none;
        // Deleting a Cython attribute runs its setter's deletion branch.
        mp_obj_t fdel = writable && m->store != NULL ? new_accessor(m, owner, ACC_MEMBER_DEL) : mp_const_none;
        mp_obj_dict_store(MP_OBJ_FROM_PTR(dict), MP_OBJ_NEW_QSTR(qstr_from_str(m->name)),
            new_property(fget, fset, fdel, m->doc));
        any = true;
    }
    return any;
}

// The blank instance that cy_dealloc_probe recognises (see cy2upy_types.h); only set during
// dealloc_runs_user_code, which runs at import with no other Python code in between.
static void *dealloc_probe_obj;
static bool dealloc_probe_hit;

bool cy_dealloc_probe(mp_obj_t o) {
    if (dealloc_probe_obj == NULL || MP_OBJ_TO_PTR(o) != dealloc_probe_obj) {
        return false;
    }
    dealloc_probe_hit = true;
    return true;
}

// Does tp_dealloc of `t` reach a __dealloc__? Runs it on a blank instance that stops there.
static bool dealloc_runs_user_code(cy_type_t *t) {
    destructor dealloc = (destructor)t->slot[cy_Py_tp_dealloc];
    if (dealloc == NULL) {
        return false;
    }
    mp_obj_base_t *blank = m_malloc0(t->basicsize);
    blank->type = (const mp_obj_type_t *)t;
    mp_obj_t saved = cy_err_fetch();
    dealloc_probe_obj = blank;
    dealloc_probe_hit = false;
    dealloc(MP_OBJ_FROM_PTR(blank));
    dealloc_probe_obj = NULL;
    cy_err_clear();
    if (saved != MP_OBJ_NULL) {
        cy_err_set(saved);
    }
    m_del(uint8_t, blank, t->basicsize);
    return dealloc_probe_hit;
}

// The built-in-base machinery as type creation and PyType_GetSlot reach it: set by the entry
// for types with bases (cy_type_from_spec_with_bases), the only way to a built-in base, so a
// firmware whose classes all have none (Cython passes NULL) links none of it.
static void *(*native_slot)(const mp_obj_type_t *native, int slot);

// The slots of a built-in type as the base of a cdef class (cy_PyType_GetSlot).
static void *native_slot_of(const mp_obj_type_t *native, int slot) {
    switch (slot) {
        case cy_Py_tp_new:
            return (void *)native_tp_new;
        case cy_Py_tp_init:
            return native_filled_by_init(native) ? (void *)native_tp_init : NULL;
        case cy_Py_tp_dealloc:
            return (void *)native_tp_dealloc;
        default:
            return NULL;
    }
}

// The MicroPython dispatchers a type inherits from its base.
typedef struct {
    mp_call_fun_t call;
    mp_unary_op_fun_t unary_op;
    mp_binary_op_fun_t binary_op;
    mp_subscr_fun_t subscr;
    const void *iter;
    mp_buffer_fun_t buffer;
} dispatchers_t;

// What `t` inherits from its extension base `b`: the slots CPython's inherit_slots copies (tp_hash
// goes with tp_richcompare: a type with its own either inherits neither) and the dispatchers.
static void inherit_from_base(cy_type_t *t, const cy_type_t *b, dispatchers_t *d) {
    bool own_hash = false, own_richcompare = false;
    for (const cy_PyType_Slot *s = t->spec->slots; s->slot != 0; s++) {
        own_hash |= s->slot == cy_Py_tp_hash;
        own_richcompare |= s->slot == cy_Py_tp_richcompare;
    }
    for (int i = 0; i < CY_NUM_TYPE_SLOTS; i++) {
        if (slot_is_inherited(i)) {
            t->slot[i] = b->slot[i];
        }
    }
    if (own_hash || own_richcompare) {
        t->slot[cy_Py_tp_hash] = NULL;
        t->slot[cy_Py_tp_richcompare] = NULL;
    }
    d->call = MP_OBJ_TYPE_GET_SLOT_OR_NULL(&b->mp, call);
    d->unary_op = MP_OBJ_TYPE_GET_SLOT_OR_NULL(&b->mp, unary_op);
    d->binary_op = MP_OBJ_TYPE_GET_SLOT_OR_NULL(&b->mp, binary_op);
    d->subscr = MP_OBJ_TYPE_GET_SLOT_OR_NULL(&b->mp, subscr);
    d->iter = MP_OBJ_TYPE_GET_SLOT_OR_NULL(&b->mp, iter);
    d->buffer = MP_OBJ_TYPE_GET_SLOT_OR_NULL(&b->mp, buffer);
}

// Set with native_slot, by the same entry: only a type with bases has an extension base.
static void (*inherit)(cy_type_t *t, const cy_type_t *b, dispatchers_t *d);

// A type from `spec` with `b` (an extension type) or `native` (a built-in type) as its base, or
// neither for object; `several` is the tuple of several bases, or MP_OBJ_NULL.
static mp_obj_t from_spec_raising(cy_PyType_Spec *spec, cy_type_t *b, const mp_obj_type_t *native,
    mp_obj_t several) {
    cy_type_t *t = m_new0(cy_type_t, 1);
    t->spec = spec;
    t->base = b;
    t->native = b != NULL ? b->native : native;
    t->flags = (spec->flags & ~(cy_Py_TPFLAGS_HAVE_GC | cy_Py_TPFLAGS_IS_ABSTRACT)) | cy_Py_TPFLAGS_HEAPTYPE
               | cy_Py_TPFLAGS_READY;
    t->basicsize = spec->basicsize > 0 ? (size_t)spec->basicsize : (b ? b->basicsize : sizeof(mp_obj_instance_t));
    // (At least the instance header, which the allocation of an instance relies on.)
    t->basicsize = MAX(t->basicsize, sizeof(mp_obj_instance_t));

    // Name: "module.Name" (a dotted module keeps its dots).
    const char *dot = strrchr(spec->name, '.');
    const char *name = dot ? dot + 1 : spec->name;
    t->module = dot ? qstr_from_strn(spec->name, (size_t)(dot - spec->name)) : MP_QSTRnull;

    // Slots: inherited first, then the spec's own.
    dispatchers_t d = {0};
    if (b != NULL) {
        inherit(t, b, &d);
    }
    for (const cy_PyType_Slot *s = spec->slots; s->slot != 0; s++) {
        if (s->slot > 0 && s->slot < CY_NUM_TYPE_SLOTS) {
            t->slot[s->slot] = s->pfunc;
        }
    }
    // tp_init inherited from the built-in (list, dict, set and bytearray have one).
    bool native_init = false;
    if (native != NULL && t->slot[cy_Py_tp_init] == NULL) {
        t->slot[cy_Py_tp_init] = native_slot(native, cy_Py_tp_init);
        native_init = t->slot[cy_Py_tp_init] != NULL;
    }
    t->slot[cy_Py_tp_free] = (void *)free_noop;
    t->dictoffset = b != NULL ? b->dictoffset : 0;

    // The MicroPython type.
    mp_obj_full_type_t *mt = &t->mp;
    mt->base.type = &mp_type_type;
    mt->name = qstr_from_str(name);
    mt->flags = MP_TYPE_FLAG_INSTANCE_TYPE | MP_TYPE_FLAG_EQ_NOT_REFLEXIVE
        | MP_TYPE_FLAG_EQ_CHECKS_OTHER_TYPE | MP_TYPE_FLAG_EQ_HAS_NEQ_TEST;
    if (b != NULL) {
        mt->flags |= b->mp.flags & MP_TYPE_FLAG_HAS_SPECIAL_ACCESSORS;
    }
    mp_obj_dict_t *dict = MP_OBJ_TO_PTR(mp_obj_new_dict(0));
    // Each MicroPython slot has a fixed place in the 11 of mp_obj_full_type_t. The dispatchers
    // beyond make_new, print and attr come from the spec's pseudo slots, or from the base.
    mp_call_fun_t call = d.call;
    mp_unary_op_fun_t unary_op = d.unary_op;
    mp_binary_op_fun_t binary_op = d.binary_op;
    mp_subscr_fun_t subscr = d.subscr;
    const void *iter = d.iter;
    mp_buffer_fun_t buffer = d.buffer;
    for (const cy_PyType_Slot *s = spec->slots; s->slot != 0; s++) {
        switch (s->slot) {
            case cy_Py_mp_call:
                call = (mp_call_fun_t)s->pfunc;
                break;
            case cy_Py_mp_unary_op:
                unary_op = (mp_unary_op_fun_t)s->pfunc;
                break;
            case cy_Py_mp_binary_op:
                binary_op = (mp_binary_op_fun_t)s->pfunc;
                break;
            case cy_Py_mp_subscr:
                subscr = (mp_subscr_fun_t)s->pfunc;
                break;
            case cy_Py_mp_iter:
                iter = s->pfunc;
                break;
            case cy_Py_mp_buffer:
                buffer = (mp_buffer_fun_t)s->pfunc;
                break;
            default:
                break;
        }
    }
    MP_OBJ_TYPE_SET_SLOT(mt, make_new, ext_make_new, 0);
    MP_OBJ_TYPE_SET_SLOT(mt, print, ext_print, 1);
    if (call != NULL) {
        MP_OBJ_TYPE_SET_SLOT(mt, call, call, 2);
    }
    if (unary_op != NULL) {
        MP_OBJ_TYPE_SET_SLOT(mt, unary_op, unary_op, 3);
    }
    if (binary_op != NULL) {
        MP_OBJ_TYPE_SET_SLOT(mt, binary_op, binary_op, 4);
    }
    MP_OBJ_TYPE_SET_SLOT(mt, attr, ext_attr, 5);
    if (subscr != NULL) {
        MP_OBJ_TYPE_SET_SLOT(mt, subscr, subscr, 6);
    }
    if (iter != NULL) {
        mt->flags |= MP_TYPE_FLAG_ITER_IS_CUSTOM;
        MP_OBJ_TYPE_SET_SLOT(mt, iter, iter, 7);
    }
    if (several != MP_OBJ_NULL) {
        MP_OBJ_TYPE_SET_SLOT(mt, parent, MP_OBJ_TO_PTR(several), 8);
    } else if (b != NULL || native != NULL) {
        MP_OBJ_TYPE_SET_SLOT(mt, parent, b != NULL ? (const void *)b : (const void *)native, 8);
    }
    MP_OBJ_TYPE_SET_SLOT(mt, locals_dict, dict, 9);
    if (buffer != NULL) {
        MP_OBJ_TYPE_SET_SLOT(mt, buffer, buffer, 10);
    }

    // The dict: methods, properties, slot wrappers, __module__ and __doc__.
    bool accessors = false;
    for (const cy_PyType_Slot *s = spec->slots; s->slot != 0; s++) {
        switch (s->slot) {
            case cy_Py_tp_methods:
                add_methods(t, dict, s->pfunc);
                break;
            case cy_Py_tp_getset:
                accessors |= add_getsets(t, dict, s->pfunc);
                break;
            case cy_Py_tp_members:
                accessors |= add_members(t, dict, s->pfunc);
                break;
            case cy_Py_tp_doc:
                if (CY_DOC(s->pfunc) != NULL) {
                    mp_obj_dict_store(MP_OBJ_FROM_PTR(dict), MP_OBJ_NEW_QSTR(MP_QSTR___doc__),
                        mp_obj_new_str_from_cstr(s->pfunc));
                }
                break;
            default:
                break;
        }
    }
    // Without a docstring __doc__ is None, not a base's (CPython's type creation stores None).
    mp_map_elem_t *doc = mp_map_lookup(&dict->map, MP_OBJ_NEW_QSTR(MP_QSTR___doc__), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
    if (doc->value == MP_OBJ_NULL) {
        doc->value = mp_const_none;
    }
    if (accessors) {
        mt->flags |= MP_TYPE_FLAG_HAS_SPECIAL_ACCESSORS;
    }
    #if CY2UPY_TYPE_FINALISERS
    t->finalise = (b != NULL && b->finalise) || t->slot[cy_Py_tp_finalize] != NULL
        || dealloc_runs_user_code(t);
    #endif
    add_wrappers(t, dict, spec->slots);
    if (native_init) {
        // A class a script derives from this one finds the built-in's __init__ here.
        add_wrapper(dict, (const mp_obj_type_t *)t, MP_QSTR___init__, W_INIT, t->slot[cy_Py_tp_init], 0);
    }
    if (t->module != MP_QSTRnull) {
        mp_obj_dict_store(MP_OBJ_FROM_PTR(dict), MP_OBJ_NEW_QSTR(MP_QSTR___module__),
            MP_OBJ_NEW_QSTR(t->module));
    }
    return MP_OBJ_FROM_PTR(t);
}

mp_obj_t cy_type_from_spec(mp_obj_t module, cy_PyType_Spec *spec) {
    (void)module;
    CY_TRY_RETURN_OBJ(from_spec_raising(spec, NULL, NULL, MP_OBJ_NULL));
}

static mp_obj_t from_spec_with_bases_raising(cy_PyType_Spec *spec, mp_obj_t bases) {
    native_slot = native_slot_of;
    inherit = inherit_from_base;
    // The base: an extension type, or object.
    const mp_obj_type_t *base = NULL;
    // Several bases (`cdef class C(CBase, PyBase)`): the first gives the C layout and the slots,
    // the others are classes defined in Python (cy_Pyx_validate_bases_tuple), found through
    // MicroPython's multiple inheritance (the type's parent is the tuple).
    mp_obj_t several = MP_OBJ_NULL;
    if (bases != MP_OBJ_NULL && bases != mp_const_none) {
        mp_obj_t b = bases;
        if (mp_obj_is_type(bases, &mp_type_tuple)) {
            size_t n;
            mp_obj_t *items;
            mp_obj_tuple_get(bases, &n, &items);
            if (n > 1) {
                #if MICROPY_MULTIPLE_INHERITANCE
                if (cy_Pyx_validate_bases_tuple(spec->name, 0, bases) < 0) {
                    cy_raise_pending();
                }
                several = bases;
                #else
                mp_raise_msg_varg(&mp_type_TypeError,
                    MP_ERROR_TEXT("%s: several bases need MICROPY_MULTIPLE_INHERITANCE"), spec->name);
                #endif
            }
            b = n ? items[0] : MP_OBJ_NULL;
        }
        if (b != MP_OBJ_NULL) {
            if (!mp_obj_is_type(b, &mp_type_type)) {
                mp_raise_TypeError(MP_ERROR_TEXT("bases must be types"));
            }
            base = MP_OBJ_TO_PTR(b);
            if (base == &mp_type_object) {
                base = NULL;
            } else if (!cy_type_is_extension(base)
                       && ((base->flags & MP_TYPE_FLAG_INSTANCE_TYPE)
                           || !MP_OBJ_TYPE_HAS_SLOT(base, make_new) || base == &mp_type_type)) {
                mp_raise_msg_varg(&mp_type_TypeError,
                    MP_ERROR_TEXT("%s: an extension type can only derive from another extension type or a built-in type, not '%q'"),
                    spec->name, (qstr)base->name);
            }
        }
    }
    // A built-in base (list, dict, int, str, ...): MicroPython's native base of a class.
    const mp_obj_type_t *native = NULL;
    if (base != NULL && !cy_type_is_extension(base)) {
        native = base;
        base = NULL;
    }
    cy_type_t *b = (cy_type_t *)base;
    if (b != NULL && !(b->flags & cy_Py_TPFLAGS_BASETYPE)) {
        mp_raise_msg_varg(&mp_type_TypeError,
            MP_ERROR_TEXT("type '%q' is not an acceptable base type"), (qstr)base->name);
    }

    return from_spec_raising(spec, b, native, several);
}

mp_obj_t cy_type_from_spec_with_bases(mp_obj_t module, cy_PyType_Spec *spec, mp_obj_t bases) {
    (void)module;
    CY_TRY_RETURN_OBJ(from_spec_with_bases_raising(spec, bases));
}

// ===========================================================================================
// Type queries used by Cython's module code
// ===========================================================================================

void *cy_PyType_GetSlot(cy_PyTypeObject *type, int slot) {
    if (type == NULL) {
        return NULL;
    }
    if (slot == cy_Py_tp_base) {
        if (cy_type_is_extension(type)) {
            const cy_type_t *t = (const cy_type_t *)type;
            return t->base != NULL ? (void *)t->base
                 : t->native != NULL ? (void *)t->native : (void *)&mp_type_object;
        }
        if (MP_OBJ_TYPE_HAS_SLOT(type, parent)) {
            const void *p = MP_OBJ_TYPE_GET_SLOT(type, parent);
            if (((const mp_obj_base_t *)p)->type == &mp_type_tuple) {
                return MP_OBJ_TO_PTR(((const mp_obj_tuple_t *)p)->items[0]);
            }
            return (void *)p;
        }
        return type == &mp_type_object ? NULL : (void *)&mp_type_object;
    }
    if (slot == cy_Py_tp_free) {
        return (void *)free_noop;
    }
    if (!(type->flags & MP_TYPE_FLAG_INSTANCE_TYPE) && type != &mp_type_object) {
        // A built-in type's slot asked for by a module (Cython calls `type`'s tp_new to check
        // the bases of a class with several), whether or not a type with bases exists yet.
        return native_slot_of(type, slot);
    }
    return type_slot(type, slot);
}

static void *type_slot(const mp_obj_type_t *type, int slot) {
    if (!(type->flags & MP_TYPE_FLAG_INSTANCE_TYPE) && type != &mp_type_object) {
        // A built-in type as the base of a cdef class. Before the first type with bases there is
        // no such class, and the one caller that may still ask, tp_new of `T.__new__(list, ...)`
        // (cy_Pyx_tp_new_kwargs), calls the built-in type instead, which is the same.
        return native_slot != NULL ? native_slot(type, slot) : NULL;
    }
    // A class derived in Python from an extension type has the slots of its extension base.
    cy_type_t *t = cy_type_extension_base(type);
    if (t == NULL || slot <= 0 || slot >= CY_NUM_TYPE_SLOTS) {
        return NULL;
    }
    return t->slot[slot];
}

static mp_obj_t qualified_name_raising(const mp_obj_type_t *type) {
    vstr_t vstr;
    mp_print_t print;
    vstr_init_print(&vstr, 16, &print);
    print_type_name(&print, type);
    return mp_obj_new_str_from_vstr(&vstr);
}

cy_Pyx_TypeName cy_Pyx_PyType_GetFullyQualifiedName(cy_PyTypeObject *type) {
    CY_TRY_RETURN_OBJ(qualified_name_raising(type));
}

unsigned long cy_PyType_GetFlags(cy_PyTypeObject *type) {
    if (is_extension(type)) {
        return ((const cy_type_t *)type)->flags;
    }
    if (type->flags & MP_TYPE_FLAG_INSTANCE_TYPE) {
        return cy_Py_TPFLAGS_DEFAULT | cy_Py_TPFLAGS_HEAPTYPE | cy_Py_TPFLAGS_BASETYPE
               | cy_Py_TPFLAGS_HAVE_GC | cy_Py_TPFLAGS_READY;
    }
    return cy_Py_TPFLAGS_DEFAULT | cy_Py_TPFLAGS_BASETYPE | cy_Py_TPFLAGS_READY;
}

int cy_Pyx_SetVtable(cy_PyTypeObject *type, void *vtable) {
    if (!cy_type_is_extension(type)) {
        cy_err_set_msg(&mp_type_TypeError, "vtable of a type that is not an extension type");
        return -1;
    }
    ((cy_type_t *)type)->vtable = vtable;
    return 0;
}

void *cy_Pyx_GetVtable(cy_PyTypeObject *type) {
    cy_type_t *t = cy_type_extension_base(type);
    if (t == NULL || t->vtable == NULL) {
        cy_err_set_msg(&mp_type_TypeError, "type has no C method table (__pyx_vtable__)");
        return NULL;
    }
    return t->vtable;
}

static void set_item_on_type_dict_raising(mp_obj_t type, mp_obj_t name, mp_obj_t value) {
    mp_obj_type_t *t = MP_OBJ_TO_PTR(type);
    if (!mp_obj_is_type(type, &mp_type_type) || !MP_OBJ_TYPE_HAS_SLOT(t, locals_dict)
        || MP_OBJ_TYPE_GET_SLOT(t, locals_dict)->map.is_fixed) {
        mp_raise_TypeError(MP_ERROR_TEXT("can't set attributes of a built-in type"));
    }
    mp_obj_dict_store(MP_OBJ_FROM_PTR(MP_OBJ_TYPE_GET_SLOT(t, locals_dict)), name, value);
    if (is_property(value)) {
        t->flags |= MP_TYPE_FLAG_HAS_SPECIAL_ACCESSORS;
    }
    set_method_class(value, t);
}

int cy_set_item_on_type_dict(mp_obj_t type, mp_obj_t name, mp_obj_t value) {
    CY_TRY_BEGIN
    set_item_on_type_dict_raising(type, name, value);
    CY_TRY_END(return -1);
    return 0;
}

static mp_obj_t name_in_class_raising(mp_obj_t nmspace, mp_obj_t name, mp_obj_t module_dict) {
    qstr q = mp_obj_str_get_qstr(name);
    if (mp_obj_is_type(nmspace, &mp_type_type)) {
        mp_obj_t v = lookup_in_bases(MP_OBJ_TO_PTR(nmspace), q, NULL);
        if (v != MP_OBJ_NULL) {
            return v;
        }
    } else if (mp_obj_is_dict_or_ordereddict(nmspace)) {
        mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(nmspace), name, MP_MAP_LOOKUP);
        if (e != NULL) {
            return e->value;
        }
    } else {
        mp_obj_t dest[2];
        mp_load_method_protected(nmspace, q, dest, true);
        if (dest[0] != MP_OBJ_NULL) {
            return dest[1] == MP_OBJ_NULL ? dest[0] : mp_obj_new_bound_meth(dest[0], dest[1]);
        }
    }
    if (module_dict != MP_OBJ_NULL) {
        mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(module_dict), name, MP_MAP_LOOKUP);
        if (e != NULL) {
            return e->value;
        }
    }
    mp_map_elem_t *e = mp_map_lookup((mp_map_t *)&mp_module_builtins_globals.map, name, MP_MAP_LOOKUP);
    if (e != NULL) {
        return e->value;
    }
    mp_raise_msg_varg(&mp_type_NameError, MP_ERROR_TEXT("name '%q' is not defined"), q);
}

mp_obj_t cy_get_name_in_class(mp_obj_t nmspace, mp_obj_t name, mp_obj_t module_dict) {
    CY_TRY_RETURN_OBJ(name_in_class_raising(nmspace, name, module_dict));
}

mp_obj_t cy_Pyx_Method_ClassMethod(mp_obj_t method) {
    if (mp_obj_is_type(method, &mp_type_classmethod)) {
        return method;
    }
    CY_TRY_RETURN_OBJ(mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_classmethod), method));
}

int cy_Pyx_TypeTest(mp_obj_t obj, cy_PyTypeObject *type) {
    if (type == NULL) {
        cy_err_set_msg(&mp_type_RuntimeError, "Missing type object");
        return 0;
    }
    if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(obj)), MP_OBJ_FROM_PTR(type))) {
        return 1;
    }
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        vstr_t vstr;
        mp_print_t print;
        vstr_init_print(&vstr, 32, &print);
        mp_print_str(&print, "Cannot convert ");
        print_type_name(&print, mp_obj_get_type(obj));
        mp_print_str(&print, " to ");
        print_type_name(&print, type);
        mp_obj_t exc = mp_obj_new_exception_arg1(&mp_type_TypeError, mp_obj_new_str_from_vstr(&vstr));
        nlr_pop();
        cy_err_set(exc);
    } else {
        cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    }
    return 0;
}

int cy_Pyx_IsSameCFunction(mp_obj_t func, void (*cfunc)(void)) {
    if (mp_obj_is_type(func, &mp_type_bound_meth)) {
        func = ((cy_bound_meth_t *)MP_OBJ_TO_PTR(func))->meth;
    }
    if (mp_obj_is_type(func, &mp_type_staticmethod) || mp_obj_is_type(func, &mp_type_classmethod)) {
        func = ((mp_obj_static_class_method_t *)MP_OBJ_TO_PTR(func))->fun;
    }
    if (!mp_obj_is_type(func, &cy_function_type)) {
        return 0;
    }
    const cy_function_obj_t *f = MP_OBJ_TO_PTR(func);
    return (void (*)(void))f->ml->ml_meth == cfunc;
}

mp_obj_t cy_Pyx_GetAttr3(mp_obj_t obj, mp_obj_t name, mp_obj_t dflt) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        mp_obj_t dest[2];
        mp_load_method_protected(obj, mp_obj_str_get_qstr(name), dest, false);
        mp_obj_t r = dest[0] == MP_OBJ_NULL ? dflt
            : dest[1] == MP_OBJ_NULL ? dest[0] : mp_obj_new_bound_meth(dest[0], dest[1]);
        nlr_pop();
        return r;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return MP_OBJ_NULL;
}

// ===========================================================================================
// Pickling helpers of module code
// ===========================================================================================

int cy_Pyx_CheckUnpickleChecksum(long checksum, long checksum1, long checksum2, long checksum3,
    const char *members) {
    if (checksum == checksum1 || checksum == checksum2 || checksum == checksum3) {
        return 0;
    }
    cy_PyErr_Format(MP_OBJ_FROM_PTR(&mp_type_ValueError),
        "Incompatible checksums (0x%x vs (0x%x, 0x%x, 0x%x) = (%s))", (unsigned)checksum,
        (unsigned)checksum1, (unsigned)checksum2, (unsigned)checksum3, members);
    return -1;
}

static void update_unpickled_raising(mp_obj_t obj, mp_obj_t state, mp_int_t index) {
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(state, &n, &items);
    if ((size_t)index >= n || items[index] == mp_const_none) {
        return;
    }
    mp_map_t *map = mp_obj_dict_get_map(items[index]);
    for (size_t i = 0; i < map->alloc; i++) {
        if (mp_map_slot_is_filled(map, i)) {
            mp_store_attr(obj, mp_obj_str_get_qstr(map->table[i].key), map->table[i].value);
        }
    }
}

int cy_Pyx_UpdateUnpickledDict(mp_obj_t obj, mp_obj_t state, mp_int_t index) {
    CY_TRY_BEGIN
    update_unpickled_raising(obj, state, index);
    CY_TRY_END(return -1);
    return 0;
}

// ===========================================================================================
// Python classes defined in the module
// ===========================================================================================

// A class made by a metaclass deriving from `type` (`type.__new__(Meta, name, bases, ns)`, see
// missing_new in cy2upy_call.c) is an instance of Meta whose built-in part is the type
// MicroPython made: MicroPython's types are all of type `type`. Where it is a base of a new class,
// MicroPython's type() takes only types: its built-in part stands for it.
mp_obj_t cy_i_class_type(mp_obj_t cls) {
    if (mp_obj_is_type(cls, &mp_type_type) || !mp_obj_is_obj(cls)
        || cy_i_python_class_native_base(mp_obj_get_type(cls)) != &mp_type_type) {
        return cls;
    }
    mp_obj_t t = ((mp_obj_instance_t *)MP_OBJ_TO_PTR(cls))->subobj[0];
    // Not made yet while type.__init__ has not run.
    return mp_obj_is_type(t, &mp_type_type) ? t : cls;
}

mp_obj_t cy_i_type_bases(mp_obj_t bases) {
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(bases, &n, &items);
    mp_obj_t copy = MP_OBJ_NULL;
    for (size_t i = 0; i < n; i++) {
        mp_obj_t t = cy_i_class_type(items[i]);
        if (t == items[i]) {
            continue;
        }
        if (copy == MP_OBJ_NULL) {
            copy = mp_obj_new_tuple(n, items);
        }
        ((mp_obj_tuple_t *)MP_OBJ_TO_PTR(copy))->items[i] = t;
    }
    return copy != MP_OBJ_NULL ? copy : bases;
}

// Cython's __Pyx_CalculateMetaclass: the most derived of `metaclass` and the types of the bases
// (a class made by a metaclass has that metaclass as its type), else `type`.
static mp_obj_t calculate_metaclass_raising(const mp_obj_type_t *metaclass, mp_obj_t bases) {
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(bases, &n, &items);
    for (size_t i = 0; i < n; i++) {
        const mp_obj_type_t *t = mp_obj_get_type(items[i]);
        if (metaclass == NULL) {
            metaclass = t;
            continue;
        }
        if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(metaclass), MP_OBJ_FROM_PTR(t))) {
            continue;
        }
        if (mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(t), MP_OBJ_FROM_PTR(metaclass))) {
            metaclass = t;
            continue;
        }
        mp_raise_TypeError(MP_ERROR_TEXT("metaclass conflict: the metaclass of a derived class "
            "must be a (non-strict) subclass of the metaclasses of all its bases"));
    }
    return MP_OBJ_FROM_PTR(metaclass != NULL ? metaclass : &mp_type_type);
}

mp_obj_t cy_Pyx_CalculateMetaclass(cy_PyTypeObject *metaclass, mp_obj_t bases) {
    CY_TRY_RETURN_OBJ(calculate_metaclass_raising(metaclass, bases));
}

// Cython's __Pyx_FindInheritedMetaclass: from the type of the first base, else `type`.
static mp_obj_t inherited_metaclass_raising(mp_obj_t bases) {
    size_t n;
    mp_obj_t *items;
    mp_obj_tuple_get(bases, &n, &items);
    if (n == 0) {
        return MP_OBJ_FROM_PTR(&mp_type_type);
    }
    return calculate_metaclass_raising(mp_obj_get_type(items[0]), bases);
}

static mp_obj_t metaclass_get_raising(mp_obj_t bases, mp_obj_t mkw) {
    if (mkw != MP_OBJ_NULL && mkw != mp_const_none) {
        mp_map_elem_t *e = mp_map_lookup(mp_obj_dict_get_map(mkw),
            MP_OBJ_NEW_QSTR(MP_QSTR_metaclass), MP_MAP_LOOKUP_REMOVE_IF_FOUND);
        if (e != NULL) {
            mp_obj_t metaclass = e->value;
            if (mp_obj_is_type(metaclass, &mp_type_type)) {
                return calculate_metaclass_raising(MP_OBJ_TO_PTR(metaclass), bases);
            }
            return metaclass;
        }
    }
    return inherited_metaclass_raising(bases);
}

mp_obj_t cy_Pyx_Py3MetaclassGet(mp_obj_t bases, mp_obj_t mkw) {
    CY_TRY_RETURN_OBJ(metaclass_get_raising(bases, mkw));
}

mp_obj_t cy_Pyx_PEP560_update_bases(mp_obj_t bases) {
    return bases;
}

// Cython's __Pyx_Py3MetaclassPrepare: the namespace is `metaclass.__prepare__(name, bases,
// **mkw)` when the metaclass has one (MicroPython's `type` has none: a new dict), then gets
// __module__, __qualname__ and __doc__ by item assignment (a mapping's own __setitem__ runs).
static mp_obj_t prepare_raising(mp_obj_t metaclass, mp_obj_t bases, mp_obj_t name,
    mp_obj_t qualname, mp_obj_t mkw, mp_obj_t modname, mp_obj_t doc) {
    bool have_mkw = mkw != MP_OBJ_NULL && mkw != mp_const_none && mp_obj_is_true(mp_obj_len(mkw));
    mp_obj_t prepare[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
    if (metaclass != MP_OBJ_NULL && metaclass != MP_OBJ_FROM_PTR(&mp_type_type)) {
        mp_load_method_maybe(metaclass, MP_QSTR___prepare__, prepare);
    }
    mp_obj_t ns;
    if (prepare[0] != MP_OBJ_NULL) {
        mp_map_t *map = have_mkw ? mp_obj_dict_get_map(mkw) : NULL;
        size_t n_kw = map != NULL ? map->used : 0;
        size_t first = prepare[1] != MP_OBJ_NULL ? 1 : 0;
        mp_obj_t *a = m_new(mp_obj_t, first + 2 + 2 * n_kw);
        if (first) {
            a[0] = prepare[1];
        }
        a[first] = name;
        a[first + 1] = bases;
        size_t j = first + 2;
        for (size_t i = 0; map != NULL && i < map->alloc; i++) {
            if (mp_map_slot_is_filled(map, i)) {
                a[j++] = map->table[i].key;
                a[j++] = map->table[i].value;
            }
        }
        ns = mp_call_function_n_kw(prepare[0], first + 2, n_kw, a);
    } else {
        // type.__prepare__ takes any keywords; the metaclass call gets them.
        ns = mp_obj_new_dict(3);
    }
    if (modname != MP_OBJ_NULL) {
        mp_obj_subscr(ns, MP_OBJ_NEW_QSTR(MP_QSTR___module__), modname);
    }
    if (qualname != MP_OBJ_NULL) {
        mp_obj_subscr(ns, MP_OBJ_NEW_QSTR(MP_QSTR___qualname__), qualname);
    }
    if (doc != MP_OBJ_NULL) {
        mp_obj_subscr(ns, MP_OBJ_NEW_QSTR(MP_QSTR___doc__), doc);
    }
    return ns;
}

mp_obj_t cy_Pyx_Py3MetaclassPrepare(mp_obj_t metaclass, mp_obj_t bases, mp_obj_t name,
    mp_obj_t qualname, mp_obj_t mkw, mp_obj_t modname, mp_obj_t doc) {
    CY_TRY_RETURN_OBJ(prepare_raising(metaclass, bases, name, qualname, mkw, modname, doc));
}

// Exception classes defined in the .pyx get CPython's defaults for what every exception has
// there and MicroPython's do not: `e.__cause__`, `e.__context__`, `e.__traceback__` (None:
// MicroPython has no traceback objects) and `e.__suppress_context__` (False) read these class
// attributes until `raise ... from` stores the instance's own (cy_Pyx_Raise).
static void add_exception_defaults(mp_obj_t bases, mp_obj_t dict) {
    size_t n;
    mp_obj_t *items;
    if (mp_obj_is_type(bases, &mp_type_tuple)) {
        mp_obj_tuple_get(bases, &n, &items);
    } else {
        n = 1;
        items = &bases;
    }
    bool exception = false;
    for (size_t i = 0; i < n; i++) {
        exception |= mp_obj_is_type(items[i], &mp_type_type)
                     && mp_obj_is_subclass_fast(items[i], MP_OBJ_FROM_PTR(&mp_type_BaseException));
    }
    if (!exception) {
        return;
    }
    static const qstr names[] = {MP_QSTR___cause__, MP_QSTR___context__, MP_QSTR___traceback__,
                                 MP_QSTR___suppress_context__};
    mp_map_t *map = mp_obj_dict_get_map(dict);
    for (size_t i = 0; i < MP_ARRAY_SIZE(names); i++) {
        mp_map_elem_t *e = mp_map_lookup(map, MP_OBJ_NEW_QSTR(names[i]), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
        if (e->value == MP_OBJ_NULL) {
            e->value = names[i] == MP_QSTR___suppress_context__ ? mp_const_false : mp_const_none;
        }
    }
}

// A class defined in Python deriving from an extension type with tp_getattro (Cython's
// `__getattribute__` or `__getattr__`): CPython's subclass inherits the slot, so every attribute
// load goes through it first, and a `__getattr__` the Python class defines runs only when it
// raises AttributeError (slot_tp_getattr_hook). MicroPython's instance attr slot looks in the
// instance and class dicts and calls `__getattr__` only for a name found in neither, which for
// the base's slot (its `__getattr__` wrapper) is too late. class_create_raising gives such a
// class this attr slot instead; stores and deletes, and loads on a class without the base's
// slot, stay MicroPython's (`instance_attr`, the slot MicroPython gave the class).
static mp_attr_fun_t instance_attr;

static void python_sub_attr(mp_obj_t self, qstr attr, mp_obj_t *dest) {
    const mp_obj_type_t *type = ((const mp_obj_base_t *)MP_OBJ_TO_PTR(self))->type;
    cy_type_t *t = cy_type_extension_base(type);
    getattrofunc f = t != NULL ? (getattrofunc)slot_of(t, cy_Py_tp_getattro) : NULL;
    // The finaliser's __del__ is looked up by the collector: not through the user's code.
    if (dest[0] != MP_OBJ_NULL || f == NULL || attr == MP_QSTR___del__) {
        instance_attr(self, attr, dest);
        return;
    }
    mp_obj_t hook = lookup_in_bases(type, MP_QSTR___getattr__, NULL);
    if (hook == MP_OBJ_NULL || (mp_obj_is_type(hook, &cy_slotwrap_type)
                                && ((const cy_slotwrap_t *)MP_OBJ_TO_PTR(hook))->kind == W_GETATTR)) {
        dest[0] = check(f(self, MP_OBJ_NEW_QSTR(attr)));
        return;
    }
    mp_obj_t r = f(self, MP_OBJ_NEW_QSTR(attr));
    if (r == MP_OBJ_NULL) {
        if (!cy_PyErr_ExceptionMatches(MP_OBJ_FROM_PTR(&mp_type_AttributeError))) {
            cy_raise_pending();
        }
        cy_err_clear();
        // The Python class's own __getattr__, bound to the instance.
        mp_obj_t meth[3] = {MP_OBJ_NULL, MP_OBJ_NULL, MP_OBJ_NEW_QSTR(attr)};
        mp_convert_member_lookup(self, type, hook, meth);
        r = meth[1] != MP_OBJ_NULL ? mp_call_method_n_kw(1, 0, meth) : mp_call_function_1(meth[0], meth[2]);
    }
    dest[0] = r;
}

static void inherit_getattro(mp_obj_t cls) {
    if (!mp_obj_is_type(cls, &mp_type_type)) {
        return;
    }
    mp_obj_type_t *type = MP_OBJ_TO_PTR(cls);
    if (!(type->flags & MP_TYPE_FLAG_INSTANCE_TYPE) || !MP_OBJ_TYPE_HAS_SLOT(type, attr)
        || cy_type_is_extension(type)) {
        return;
    }
    cy_type_t *t = cy_type_extension_base(type);
    if (t == NULL || slot_of(t, cy_Py_tp_getattro) == NULL) {
        return;
    }
    mp_attr_fun_t own = MP_OBJ_TYPE_GET_SLOT(type, attr);
    if (own == python_sub_attr) {
        return;
    }
    instance_attr = own;
    type->slots[type->slot_index_attr - 1] = (void *)python_sub_attr;
}

static mp_obj_t class_create_raising(mp_obj_t metaclass, mp_obj_t name, mp_obj_t bases,
    mp_obj_t dict, mp_obj_t mkw, int calculate_metaclass, int allow_py2_metaclass) {
    mp_obj_t owned = MP_OBJ_NULL;
    if (allow_py2_metaclass) {
        // Python 2's `__metaclass__` in the class body, which Cython still honours.
        nlr_buf_t nlr;
        cy_i_native_ready(dict);
        if (nlr_push(&nlr) == 0) {
            owned = mp_obj_subscr(dict, MP_OBJ_NEW_QSTR(MP_QSTR___metaclass__), MP_OBJ_SENTINEL);
            nlr_pop();
        } else if (!mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(((mp_obj_base_t *)nlr.ret_val)->type),
            MP_OBJ_FROM_PTR(&mp_type_KeyError))) {
            nlr_jump(nlr.ret_val);
        }
        if (owned != MP_OBJ_NULL) {
            metaclass = owned;
        }
    }
    if (calculate_metaclass && (metaclass == MP_OBJ_NULL || mp_obj_is_type(metaclass, &mp_type_type))) {
        metaclass = calculate_metaclass_raising(
            metaclass != MP_OBJ_NULL ? MP_OBJ_TO_PTR(metaclass) : NULL, bases);
    }
    mp_obj_t meta_new[2] = {MP_OBJ_NULL, MP_OBJ_NULL};
    if (!mp_obj_is_dict_or_ordereddict(dict)) {
        mp_load_method_maybe(metaclass, MP_QSTR___new__, meta_new);
    }
    if (!mp_obj_is_dict_or_ordereddict(dict) && meta_new[0] == MP_OBJ_NULL) {
        // The mapping a metaclass's __prepare__ returned, for MicroPython's type(), which needs
        // a dict: CPython's type.__new__ copies it into one. A metaclass's own __new__ gets the
        // mapping itself.
        mp_obj_t copy = mp_obj_new_dict(0);
        cy_i_native_ready(dict);
        if (!cy_i_dict_merge_mapping(copy, dict)) {
            mp_raise_TypeError(MP_ERROR_TEXT("type() argument 3 must be a mapping"));
        }
        dict = copy;
    }
    // The dict itself, or the dict part of the mapping handed to a metaclass's __new__.
    cy_i_native_ready(dict);
    mp_obj_t d = cy_native_of(dict, &mp_type_dict);
    if (mp_obj_is_dict_or_ordereddict(d)) {
        // MicroPython keeps __qualname__ nowhere; drop it so it does not show as a class
        // attribute.
        mp_obj_dict_delete(d, MP_OBJ_NEW_QSTR(MP_QSTR___qualname__));
        // Without a docstring __doc__ is None, not a base's (CPython's type() stores None).
        mp_map_elem_t *doc = mp_map_lookup(mp_obj_dict_get_map(d),
            MP_OBJ_NEW_QSTR(MP_QSTR___doc__), MP_MAP_LOOKUP_ADD_IF_NOT_FOUND);
        if (doc->value == MP_OBJ_NULL) {
            doc->value = mp_const_none;
        }
        add_exception_defaults(bases, d);
    }
    // metaclass(name, bases, dict, **mkw)
    mp_map_t *map = mkw != MP_OBJ_NULL && mkw != mp_const_none ? mp_obj_dict_get_map(mkw) : NULL;
    size_t n_kw = map != NULL ? map->used : 0;
    mp_obj_t pos[3] = {name, cy_i_type_bases(bases), dict};
    mp_obj_t *args = cy_i_args_with_kw_map(pos, 3, n_kw, map);
    mp_obj_t cls = mp_call_function_n_kw(metaclass, 3, n_kw, args);
    inherit_getattro(cls);
    return cls;
}

mp_obj_t cy_Pyx_Py3ClassCreate(mp_obj_t metaclass, mp_obj_t name, mp_obj_t bases, mp_obj_t dict,
    mp_obj_t mkw, int calculate_metaclass, int allow_py2_metaclass) {
    CY_TRY_RETURN_OBJ(class_create_raising(metaclass, name, bases, dict, mkw, calculate_metaclass,
        allow_py2_metaclass));
}

int cy_Pyx_SetNameInClass(mp_obj_t nmspace, mp_obj_t name, mp_obj_t value) {
    CY_TRY_BEGIN
    mp_obj_subscr(nmspace, name, value);
    CY_TRY_END(return -1);
    return 0;
}

// `def __new__` in a Python class body: a staticmethod around the function, as Cython's
// __Pyx_SetNewInClass makes it (instance creation then passes the class explicitly).
int cy_Pyx_SetNewInClass(mp_obj_t nmspace, mp_obj_t name, mp_obj_t value) {
    if (cy_CyFunction_Check(value)) {
        CY_TRY_BEGIN
        value = mp_call_function_1(MP_OBJ_FROM_PTR(&mp_type_staticmethod), value);
        CY_TRY_END(return -1);
    }
    return cy_Pyx_SetNameInClass(nmspace, name, value);
}

int cy_Pyx_CyFunction_InitClassCell(mp_obj_t functions, mp_obj_t cls) {
    size_t n;
    mp_obj_t *items;
    mp_obj_list_get(functions, &n, &items);
    for (size_t i = 0; i < n; i++) {
        if (cy_CyFunction_Check(items[i])) {
            ((cy_function_obj_t *)MP_OBJ_TO_PTR(items[i]))->classobj = cls;
        }
    }
    return 0;
}

// ===========================================================================================
// Types of other modules
// ===========================================================================================

static const mp_obj_type_t *import_type_raising(mp_obj_t module, const char *module_name,
    const char *class_name) {
    mp_obj_t t = mp_load_attr(module, qstr_from_str(class_name));
    if (!mp_obj_is_type(t, &mp_type_type)) {
        mp_raise_msg_varg(&mp_type_TypeError, MP_ERROR_TEXT("%s.%s is not a type object"),
            module_name, class_name);
    }
    return MP_OBJ_TO_PTR(t);
}

cy_PyTypeObject *cy_Pyx_ImportType(mp_obj_t module, const char *module_name,
    const char *class_name, size_t size, size_t alignment, int check_size) {
    (void)size;
    (void)alignment;
    (void)check_size;
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        const mp_obj_type_t *t = import_type_raising(module, module_name, class_name);
        nlr_pop();
        return t;
    }
    cy_err_set(MP_OBJ_FROM_PTR(nlr.ret_val));
    return NULL;
}
