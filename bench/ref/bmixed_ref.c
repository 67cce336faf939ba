// Hand-written counterpart of bench/bmixed.pyx: fib, greet, total and a Counter type, the
// everyday module whose footprint and import RAM the benchmarks compare.
#include "py/runtime.h"

static mp_obj_t fib(mp_obj_t n_in) {
    mp_int_t n = mp_obj_get_int(n_in);
    long a = 0, b = 1;
    for (mp_int_t i = 0; i < n; i++) {
        long t = a + b;
        a = b;
        b = t;
    }
    return mp_obj_new_int(a);
}
static MP_DEFINE_CONST_FUN_OBJ_1(fib_obj, fib);

static mp_obj_t greet(size_t n_args, const mp_obj_t *args) {
    mp_obj_t punctuation = n_args > 1 ? args[1] : MP_OBJ_NEW_QSTR(MP_QSTR__0x21_);
    mp_obj_t s = mp_binary_op(MP_BINARY_OP_ADD, MP_OBJ_NEW_QSTR(MP_QSTR_Hello_comma__space_), args[0]);
    return mp_binary_op(MP_BINARY_OP_ADD, s, punctuation);
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(greet_obj, 1, 2, greet);

static mp_obj_t total(mp_obj_t values) {
    mp_obj_iter_buf_t iter_buf;
    mp_obj_t iter = mp_getiter(values, &iter_buf), item;
    mp_float_t s = 0;
    while ((item = mp_iternext(iter)) != MP_OBJ_STOP_ITERATION) {
        s += mp_obj_get_float(item);
    }
    return mp_obj_new_float(s);
}
static MP_DEFINE_CONST_FUN_OBJ_1(total_obj, total);

typedef struct {
    mp_obj_base_t base;
    long count;
} counter_obj_t;

static mp_obj_t counter_make_new(const mp_obj_type_t *type, size_t n_args, size_t n_kw,
    const mp_obj_t *args) {
    mp_arg_check_num(n_args, n_kw, 0, 1, false);
    counter_obj_t *self = mp_obj_malloc(counter_obj_t, type);
    self->count = n_args > 0 ? mp_obj_get_int(args[0]) : 0;
    return MP_OBJ_FROM_PTR(self);
}

static mp_obj_t counter_inc(mp_obj_t self_in) {
    counter_obj_t *self = MP_OBJ_TO_PTR(self_in);
    self->count += 1;
    return mp_obj_new_int(self->count);
}
static MP_DEFINE_CONST_FUN_OBJ_1(counter_inc_obj, counter_inc);

static void counter_attr(mp_obj_t self_in, qstr attr, mp_obj_t *dest) {
    counter_obj_t *self = MP_OBJ_TO_PTR(self_in);
    if (attr == MP_QSTR_count) {
        if (dest[0] == MP_OBJ_NULL) {
            dest[0] = mp_obj_new_int(self->count);
        } else if (dest[1] != MP_OBJ_NULL) {
            self->count = mp_obj_get_int(dest[1]);
            dest[0] = MP_OBJ_NULL;
        }
        return;
    }
    dest[1] = MP_OBJ_SENTINEL;
}

static const mp_rom_map_elem_t counter_locals_dict_table[] = {
    { MP_ROM_QSTR(MP_QSTR_inc), MP_ROM_PTR(&counter_inc_obj) },
};
static MP_DEFINE_CONST_DICT(counter_locals_dict, counter_locals_dict_table);

static MP_DEFINE_CONST_OBJ_TYPE(
    counter_type,
    MP_QSTR_Counter,
    MP_TYPE_FLAG_NONE,
    make_new, counter_make_new,
    attr, counter_attr,
    locals_dict, &counter_locals_dict
    );

static const mp_rom_map_elem_t bmixed_ref_globals_table[] = {
    { MP_ROM_QSTR(MP_QSTR___name__), MP_ROM_QSTR(MP_QSTR_bmixed_ref) },
    { MP_ROM_QSTR(MP_QSTR_fib), MP_ROM_PTR(&fib_obj) },
    { MP_ROM_QSTR(MP_QSTR_greet), MP_ROM_PTR(&greet_obj) },
    { MP_ROM_QSTR(MP_QSTR_total), MP_ROM_PTR(&total_obj) },
    { MP_ROM_QSTR(MP_QSTR_Counter), MP_ROM_PTR(&counter_type) },
};
static MP_DEFINE_CONST_DICT(bmixed_ref_globals, bmixed_ref_globals_table);

const mp_obj_module_t bmixed_ref_module = {
    .base = { &mp_type_module },
    .globals = (mp_obj_dict_t *)&bmixed_ref_globals,
};
MP_REGISTER_MODULE(MP_QSTR_bmixed_ref, bmixed_ref_module);
